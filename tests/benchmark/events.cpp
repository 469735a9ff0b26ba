// Events benchmark (not a test): a generated feed of 10,000 events (5 % weekly, 10 % all-day,
// about 8.6 MB) through the real dorfplatz-sync, end to end from a local file, then the query the
// "Was ist los?" screen makes for the next 7 days.
//   bench_events [SYNC_BINARY]        (./dorfplatz.sh benchmark events)
// Prints the median of 5 syncs (wall time and peak memory of the child, from getrusage) and the
// median of 200 queries.
#include "core/events/eventcache.h"
#include "core/events/syncstep.h"
#include "support/icsgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

template <typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct SyncRun
{
    double ms = 0;
    long peakKiB = 0;
    int exitCode = -1;
    int occurrences = 0;
};

// fork/exec instead of QProcess so that wait4() gives this one child's peak memory.
SyncRun runSync(const QString &binary, const QString &config, const QString &data)
{
    SyncRun run;
    const QByteArray program = QFile::encodeName(binary);
    const QByteArray configArg = QFile::encodeName(config);
    const QByteArray dataArg = QFile::encodeName(data);
    const QByteArray output = QFile::encodeName(QDir(data).filePath(u"sync.jsonl"_s));
    std::fflush(stdout); // or the child's freopen() would print our buffered lines again
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        FILE *out = std::freopen(output.constData(), "w", stdout);
        (void)out;
        execl(program.constData(), program.constData(), "--json", "--config", configArg.constData(),
              "--data", dataArg.constData(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.peakKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile lines(QString::fromLocal8Bit(output));
    if (lines.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : lines.readAll().split('\n')) {
            const std::optional<SyncStep> step =
                SyncStep::fromJson(QJsonDocument::fromJson(line).object());
            if (step && step->kind == SyncStep::Kind::FeedDone)
                run.occurrences = step->occurrences.value_or(0);
        }
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString binary =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QCoreApplication::applicationDirPath() + u"/../../app/dorfplatz-sync"_s;
    QTemporaryDir dir;
    QDir root(dir.path());
    root.mkpath(u"config"_s);
    root.mkpath(u"data"_s);
    const QString config = root.filePath(u"config"_s);
    const QString data = root.filePath(u"data"_s);

    Test::IcsGenerator generator;
    generator.events = 10000;
    generator.recurringPercent = 5;
    generator.allDayPercent = 10;
    generator.descriptionBytes = 500;
    generator.firstDay = QDate::currentDate().addDays(-1);
    generator.days = 61;
    const QByteArray feed = generator.generate();
    QFile feedFile(QDir(config).filePath(u"big.ics"_s));
    feedFile.open(QIODevice::WriteOnly);
    feedFile.write(feed);
    feedFile.close();
    QFile feeds(QDir(config).filePath(u"feeds.json"_s));
    feeds.open(QIODevice::WriteOnly);
    feeds.write(
        R"({"version": 1, "feeds": [{"id": "gross", "name": "Großer Kalender", "url": "big.ics"}]})");
    feeds.close();
    std::printf("feed: %d events, %.2f MB (5 %% weekly, 10 %% all-day)\n", generator.events,
                double(feed.size()) / 1e6);

    QList<double> times;
    QList<long> peaks;
    SyncRun last;
    for (int i = 0; i < 5; ++i) {
        last = runSync(binary, config, data);
        if (last.exitCode != 0) {
            std::printf("dorfplatz-sync failed with exit code %d\n", last.exitCode);
            return 1;
        }
        times.append(last.ms);
        peaks.append(last.peakKiB);
    }
    std::printf("sync (dorfplatz-sync, whole process, median of 5): %.0f ms, peak memory %.1f MiB, "
                "%d occurrences stored\n",
                median(times), double(median(peaks)) / 1024.0, last.occurrences);

    QString error;
    const auto cache = EventCache::open(QDir(data).filePath(EventCache::fileName), &error, true);
    if (!cache) {
        std::printf("cannot open the cache: %s\n", qPrintable(error));
        return 1;
    }
    const QDateTime from(QDate::currentDate(), QTime(0, 0));
    const QDateTime to = from.addDays(7);
    QList<double> queries;
    qsizetype found = 0;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        found = cache->occurrences(from.toUTC(), to.toUTC()).size();
        queries.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("query for the next 7 days (median of 200): %.2f ms, %lld occurrences\n",
                median(queries), static_cast<long long>(found));
    return 0;
}
