// Events benchmark (not a test): a generated feed of 10,000 events (5 % weekly, 10 % all-day,
// about 8.6 MB) through the real dorfplatz-sync, end to end from a local file, then the query the
// "Was ist los?" screen makes for the next 7 days.
//   bench_events [SYNC_BINARY]        (./dorfplatz.sh benchmark events)
// Prints the median of 5 syncs (wall time and peak memory of the child, from getrusage) beside the
// median of 5 runs of the peer, libical's own parse and expansion of the same file in a child
// process (icalparser_parse_string, icalcomponent_foreach_recurrence over the same window; this
// program run as `bench_events --libical-peer FILE`), and the median of 200 queries.
// Goals (issue 16): the sync within 1.5 times the peer's time, its peak within 50 MiB.
#include "core/events/eventcache.h"
#include "core/events/eventsource.h"
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
#include <cstring>
#include <ctime>
#include <libical/ical.h>
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

// The window dorfplatz-sync expands with its default settings: from yesterday to 60 days ahead.
constexpr int pastDays = 1;
constexpr int futureDays = 60;

// fork/exec instead of QProcess so that wait4() gives this one child's peak memory. The child's
// standard output goes to `output`.
SyncRun runChild(const QList<QByteArray> &command, const QString &output)
{
    SyncRun run;
    std::vector<char *> argv;
    for (const QByteArray &argument : command)
        argv.push_back(const_cast<char *>(argument.constData()));
    argv.push_back(nullptr);
    const QByteArray outputPath = QFile::encodeName(output);
    std::fflush(stdout); // or the child's freopen() would print our buffered lines again
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        FILE *out = std::freopen(outputPath.constData(), "w", stdout);
        (void)out;
        execv(argv.front(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.peakKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

SyncRun runSync(const QString &binary, const QString &config, const QString &data)
{
    const QString output = QDir(data).filePath(u"sync.jsonl"_s);
    SyncRun run = runChild({QFile::encodeName(binary), "--json", "--config",
                            QFile::encodeName(config), "--data", QFile::encodeName(data)},
                           output);
    QFile lines(output);
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

SyncRun runPeer(const QString &feed, const QString &data)
{
    const QString output = QDir(data).filePath(u"peer.txt"_s);
    SyncRun run = runChild({QFile::encodeName(QCoreApplication::applicationFilePath()),
                            "--libical-peer", QFile::encodeName(feed)},
                           output);
    QFile count(output);
    if (count.open(QIODevice::ReadOnly))
        run.occurrences = count.readAll().trimmed().toInt();
    return run;
}

void countOccurrence(icalcomponent *, icaltime_span *, void *data)
{
    ++*static_cast<int *>(data);
}

// The peer: what libical itself does with the file, the way its documentation shows: the whole
// text parsed into one tree, every VEVENT expanded over the sync's window. Plain C and stdio, no
// Qt, so that only libical's own work counts. Prints the number of occurrences.
int libicalPeer(const char *path)
{
    FILE *file = std::fopen(path, "rb");
    if (!file)
        return 1;
    std::vector<char> text;
    char chunk[65536];
    for (size_t read = 0; (read = std::fread(chunk, 1, sizeof chunk, file)) > 0;)
        text.insert(text.end(), chunk, chunk + read);
    std::fclose(file);
    text.push_back('\0');
    icalcomponent *root = icalparser_parse_string(text.data());
    std::vector<char>().swap(text);
    if (!root)
        return 1;

    const time_t now = std::time(nullptr);
    const time_t today = now - now % 86400;
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    const icaltimetype from = icaltime_from_timet_with_zone(today - pastDays * 86400, 0, utc);
    const icaltimetype to = icaltime_from_timet_with_zone(today + (futureDays + 1) * 86400, 0, utc);
    int occurrences = 0;
    for (icalcomponent *calendar =
             icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT
                 ? root
                 : icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
         calendar;
         calendar = calendar == root
                        ? nullptr
                        : icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT)) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            icalcomponent_foreach_recurrence(event, from, to, countOccurrence, &occurrences);
    }
    icalcomponent_free(root);
    std::printf("%d\n", occurrences);
    return 0;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--libical-peer") == 0)
        return libicalPeer(argv[2]);
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
    generator.firstDay = QDate::currentDate().addDays(-pastDays);
    generator.days = pastDays + futureDays;
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

    // Sync and peer take turns, so that both see the same state of the machine.
    QList<double> times;
    QList<long> peaks;
    QList<double> peerTimes;
    QList<long> peerPeaks;
    SyncRun last;
    SyncRun lastPeer;
    for (int i = 0; i < 5; ++i) {
        last = runSync(binary, config, data);
        if (last.exitCode != 0) {
            std::printf("dorfplatz-sync failed with exit code %d\n", last.exitCode);
            return 1;
        }
        times.append(last.ms);
        peaks.append(last.peakKiB);
        lastPeer = runPeer(feedFile.fileName(), data);
        if (lastPeer.exitCode != 0) {
            std::printf("the libical peer failed with exit code %d\n", lastPeer.exitCode);
            return 1;
        }
        peerTimes.append(lastPeer.ms);
        peerPeaks.append(lastPeer.peakKiB);
    }
    const double syncMs = median(times);
    const double syncMiB = double(median(peaks)) / 1024.0;
    const double peerMs = median(peerTimes);
    std::printf("sync (dorfplatz-sync, whole process, median of 5): %.0f ms, peak memory %.1f MiB, "
                "%d occurrences stored\n",
                syncMs, syncMiB, last.occurrences);
    std::printf("peer (libical's own parse and expansion, median of 5): %.0f ms, peak memory "
                "%.1f MiB, %d occurrences (range %.0f-%.0f ms)\n",
                peerMs, double(median(peerPeaks)) / 1024.0, lastPeer.occurrences,
                *std::min_element(peerTimes.cbegin(), peerTimes.cend()),
                *std::max_element(peerTimes.cbegin(), peerTimes.cend()));
    std::printf("sync / peer: %.2f x the time (goal <= 1.5: %s), peak %.1f MiB (goal <= 50: %s)\n",
                syncMs / peerMs, syncMs <= 1.5 * peerMs ? "met" : "NOT met", syncMiB,
                syncMiB <= 50.0 ? "met" : "NOT met");

    QString error;
    const auto cache = EventCache::open(QDir(data).filePath(EventCache::fileName), &error, true);
    if (!cache) {
        std::printf("cannot open the cache: %s\n", qPrintable(error));
        return 1;
    }
    const QDateTime from(QDate::currentDate(), QTime(0, 0));
    const QDateTime to = from.addDays(7);
    // Wall time is what the screen waits; the thread's CPU time is printed beside it because on
    // this shared two-core machine the wall time also counts other processes' turns.
    QList<double> queries;
    QList<double> queryCpu;
    qsizetype found = 0;
    // BENCH_QUERY_RUNS: more runs, e.g. to profile the query with perf.
    const int queryRuns = qEnvironmentVariableIntValue("BENCH_QUERY_RUNS") > 0
                              ? qEnvironmentVariableIntValue("BENCH_QUERY_RUNS")
                              : 200;
    for (int i = 0; i < queryRuns; ++i) {
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        const EventOccurrences rows = cache->occurrences(from.toUTC(), to.toUTC());
        queries.append(double(timer.nsecsElapsed()) / 1e6);
        queryCpu.append(threadCpuMs() - cpuBefore);
        found = rows.size();
        // The rows are freed here, outside the measurement: the screen frees the last week's rows
        // when it replaces them, after it has drawn the new ones.
    }
    std::printf("query for the next 7 days (median of %d): %.2f ms (CPU %.2f ms), %lld "
                "occurrences (goal <= 1 ms: %s)\n",
                queryRuns, median(queries), median(queryCpu), static_cast<long long>(found),
                median(queries) <= 1.0 ? "met" : "NOT met");

    // The screen reads through EventSource, which answers the same days again from memory while
    // nothing was committed (a stat() and PRAGMA data_version): the next visit of the screen.
    EventSource source(QDir(data).filePath(EventCache::fileName));
    (void)source.occurrences(from.toUTC(), to.toUTC());
    QList<double> visits;
    for (int i = 0; i < queryRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        found = source.occurrences(from.toUTC(), to.toUTC()).size();
        visits.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("the same days again through EventSource, nothing committed (median of %d): "
                "%.3f ms, %lld occurrences\n",
                queryRuns, median(visits), static_cast<long long>(found));
    return 0;
}
