#include "core/events/eventcache.h"
#include "core/events/eventsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

namespace {

// The test executable doubles as a stand-in for dorfplatz-sync: started with this argument it
// writes rounds of a feed into a cache, in a process of its own, as the real sync will.
constexpr char writerArgument[] = "--write-rounds";

const QString feed = u"concurrent"_s;
const QDateTime base(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
const QDateTime rangeFrom = base.addDays(-1);
const QDateTime rangeTo = base.addDays(61);

// `count` occurrences over 60 days, each title carrying the round ("round 7: event 123").
EventOccurrences roundRows(int round, int count)
{
    EventOccurrences result;
    result.reserve(count);
    const qint64 spanMs = qint64(60) * 24 * 3600 * 1000;
    for (int i = 0; i < count; ++i) {
        EventOccurrence occurrence;
        occurrence.feedId = feed;
        occurrence.uid = u"e%1"_s.arg(i);
        occurrence.start = base.addMSecs(spanMs * i / count);
        occurrence.end = occurrence.start.addSecs(5400);
        occurrence.title = u"round %1: event %2"_s.arg(round).arg(i);
        occurrence.description =
            u"Seniorennachmittag mit Kaffee, Kuchen und Liedern. "_s.repeated(6);
        occurrence.location = u"Gemeindehaus Altenglan"_s;
        result.append(occurrence);
    }
    return result;
}

FeedStatus roundStatus(int round)
{
    FeedStatus status;
    status.feedId = feed;
    status.name = u"Gleichzeitig"_s;
    status.lastAttempt = base.addSecs(round * 60);
    status.lastSuccess = status.lastAttempt;
    status.events = round;
    return status;
}

bool writeRound(EventCache &cache, int round, int count, QString *error)
{
    return cache.replaceFeed(roundStatus(round), roundRows(round, count), error);
}

// The round all rows belong to; -1 when they are of mixed rounds or not as many as written.
int roundOf(const EventOccurrences &rows, int count)
{
    if (rows.size() != count)
        return -1;
    const QString first = rows.constFirst().title;
    const QString prefix = first.left(first.indexOf(u':') + 1);
    for (const EventOccurrence &row : rows) {
        if (!row.title.startsWith(prefix))
            return -1;
    }
    return prefix.mid(6, prefix.size() - 7).toInt();
}

int runWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const QString path = args.at(2);
    const int rounds = args.at(3).toInt();
    const int count = args.at(4).toInt();
    QString error;
    const auto cache = EventCache::open(path, &error);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    for (int round = 1; round <= rounds; ++round) {
        if (!writeRound(*cache, round, count, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
        std::printf("committed %d\n", round);
        std::fflush(stdout);
    }
    return 0;
}

bool anyTimerActive(const QObject &object)
{
    const QList<QTimer *> timers = object.findChildren<QTimer *>();
    return std::any_of(timers.cbegin(), timers.cend(),
                       [](const QTimer *timer) { return timer->isActive(); });
}

} // namespace

class TestEventSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void screenReadsWhileSyncWrites();
    void missingCacheAppears();
    void unusableCacheIsReplacedBySync();
    void failedReadGivesLastGoodResult();
    void statusAndLastAttemptFailed();
    void syncRunningChecksAtOnce();
    void noChangeNoSignal();
    void nightlySyncWakesAnIdleSource();

private:
    QString cachePath() const { return m_dir->filePath(EventCache::fileName); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEventSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEventSource::screenReadsWhileSyncWrites()
{
    constexpr int rounds = 20;
    constexpr int count = 10000;
    {
        QString error;
        const auto cache = EventCache::open(cachePath(), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY2(writeRound(*cache, 0, count, &error), qPrintable(error));
    }

    EventSource source(cachePath());
    source.setSettleDelay(20ms);
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), count), 0);
    QSignalSpy changed(&source, &EventSource::changed);

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QString::fromLatin1(writerArgument), cachePath(), QString::number(rounds),
                  QString::number(count)});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

    // Read as fast as the screen possibly could, without giving the event loop a turn (so the
    // file watch does not report before the writer is done).
    QSet<int> seen;
    int reads = 0;
    int lastRound = 0;
    while (!writer.waitForFinished(0)) {
        const EventOccurrences rows = source.occurrences(rangeFrom, rangeTo);
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
        const int round = roundOf(rows, count);
        QVERIFY2(round >= 0,
                 qPrintable(u"read %1: %2 rows of mixed rounds"_s.arg(reads).arg(rows.size())));
        QVERIFY2(round >= lastRound, "a read went back to older data");
        lastRound = round;
        seen.insert(round);
        ++reads;
        QVERIFY(!source.feedStatuses().isEmpty());
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
    }
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(writer.readAllStandardOutput().count("committed"), rounds);
    qInfo("%d reads during %d commits, %lld rounds seen", reads, rounds, qint64(seen.size()));
    QVERIFY2(seen.size() >= 2, "the reads did not overlap the writes");

    // After the last commit the screen hears of it and reads the new data.
    QVERIFY(changed.isEmpty());
    QVERIFY(changed.wait(5000));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), count), rounds);
    QVERIFY(source.error().isEmpty());
    QCOMPARE(source.lastSuccess(), roundStatus(rounds).lastSuccess);
    changed.clear();
    source.checkForChanges();
    QVERIFY(changed.isEmpty());
}

void TestEventSource::missingCacheAppears()
{
    EventSource source(cachePath());
    source.setSettleDelay(10ms);
    QSignalSpy changed(&source, &EventSource::changed);

    QVERIFY(source.occurrences(rangeFrom, rangeTo).isEmpty());
    QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
    QVERIFY(source.feedStatuses().isEmpty());
    QVERIFY(source.lastSuccess().isNull());
    QVERIFY(!source.lastAttemptFailed());
    source.checkForChanges();
    QVERIFY(changed.isEmpty());
    QVERIFY(!QFile::exists(cachePath())); // the kiosk does not create it

    QString error;
    const auto cache = EventCache::open(cachePath(), &error);
    QVERIFY2(cache, qPrintable(error));
    QVERIFY2(writeRound(*cache, 1, 100, &error), qPrintable(error));

    QVERIFY(changed.wait(5000));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 100), 1);
    QVERIFY(source.error().isEmpty());
    QCOMPARE(source.lastSuccess(), roundStatus(1).lastSuccess);

    changed.clear();
    QVERIFY2(writeRound(*cache, 2, 50, &error), qPrintable(error));
    QVERIFY(changed.wait(5000));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 50), 2);
}

void TestEventSource::unusableCacheIsReplacedBySync()
{
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    EventSource source(cachePath());
    source.setSettleDelay(10ms);
    QSignalSpy changed(&source, &EventSource::changed);
    QVERIFY(source.occurrences(rangeFrom, rangeTo).isEmpty());
    QVERIFY2(source.error().contains(u"not an SQLite database"_s), qPrintable(source.error()));

    QString error;
    const auto cache = EventCache::open(cachePath(), &error);
    QVERIFY2(cache, qPrintable(error));
    QVERIFY2(writeRound(*cache, 3, 10, &error), qPrintable(error));

    QVERIFY(changed.wait(5000));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 3);
    QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));

    // The new file is watched, not the deleted one.
    changed.clear();
    QVERIFY2(writeRound(*cache, 4, 10, &error), qPrintable(error));
    QVERIFY(changed.wait(5000));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 4);
}

void TestEventSource::failedReadGivesLastGoodResult()
{
    QString error;
    const auto writer = EventCache::open(cachePath(), &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY2(writeRound(*writer, 1, 10, &error), qPrintable(error));
    const QStringList before = QSqlDatabase::connectionNames();
    EventSource source(cachePath());
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 1);
    QCOMPARE(source.feedStatuses().size(), 1);
    QVERIFY(source.error().isEmpty());

    // WAL readers are not blocked by the writer, so a read that fails has to be made: a
    // temporary table on the source's own connection hides the real one.
    QStringList added = QSqlDatabase::connectionNames();
    added.removeIf([&](const QString &name) { return before.contains(name); });
    QCOMPARE(added.size(), 1);
    {
        QSqlDatabase reader = QSqlDatabase::database(added.constFirst(), false);
        QSqlQuery query(reader);
        QVERIFY(query.exec(u"CREATE TEMP TABLE occurrences (x)"_s));
        QVERIFY(query.exec(u"CREATE TEMP TABLE feed_status (x)"_s));
    }
    // Nothing was committed since: the same question is answered from memory.
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 1);
    QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));

    // After a commit the source reads again, fails, and gives the last good result.
    QVERIFY2(writeRound(*writer, 2, 10, &error), qPrintable(error));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 1);
    QVERIFY2(source.error().contains(u"no such column"_s), qPrintable(source.error()));
    QCOMPARE(source.feedStatuses().size(), 1);
    QVERIFY(!source.error().isEmpty());
    // A question not asked before has no last good answer.
    QVERIFY(source.occurrences(rangeFrom, rangeTo.addDays(1)).isEmpty());

    {
        QSqlDatabase reader = QSqlDatabase::database(added.constFirst(), false);
        QSqlQuery query(reader);
        QVERIFY(query.exec(u"DROP TABLE temp.occurrences"_s));
        QVERIFY(query.exec(u"DROP TABLE temp.feed_status"_s));
    }
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo.addDays(1)), 10), 2);
    QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 2);
}

void TestEventSource::statusAndLastAttemptFailed()
{
    QString error;
    const auto cache = EventCache::open(cachePath(), &error);
    QVERIFY2(cache, qPrintable(error));
    QVERIFY2(writeRound(*cache, 1, 10, &error), qPrintable(error));

    EventSource source(cachePath());
    QVERIFY(!source.lastAttemptFailed());
    QCOMPARE(source.lastAttempt(), roundStatus(1).lastAttempt);

    const QDateTime attempt = base.addDays(1);
    QVERIFY(cache->recordFailure(feed, {}, attempt, u"HTTP 404"_s, &error));
    QVERIFY(source.lastAttemptFailed());
    QCOMPARE(source.lastAttempt(), attempt);
    QCOMPARE(source.lastSuccess(), roundStatus(1).lastSuccess);
    QCOMPARE(source.feedStatuses().constFirst().error, u"HTTP 404"_s);
}

void TestEventSource::syncRunningChecksAtOnce()
{
    QString error;
    const auto cache = EventCache::open(cachePath(), &error);
    QVERIFY2(cache, qPrintable(error));
    QVERIFY2(writeRound(*cache, 1, 10, &error), qPrintable(error));

    EventSource source(cachePath());
    // The event loop does not run before setSyncRunning(false): only the end of the sync can tell.
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 1);
    QSignalSpy changed(&source, &EventSource::changed);
    QSignalSpy running(&source, &EventSource::syncRunningChanged);

    source.setSyncRunning(true);
    QVERIFY(source.syncRunning());
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.constLast().constFirst().toBool(), true);
    source.setSyncRunning(true);
    QCOMPARE(running.size(), 1);

    QVERIFY2(writeRound(*cache, 2, 10, &error), qPrintable(error));
    QVERIFY(changed.isEmpty());
    source.setSyncRunning(false);
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.constLast().constFirst().toBool(), false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 2);
}

void TestEventSource::noChangeNoSignal()
{
    QString error;
    const auto cache = EventCache::open(cachePath(), &error);
    QVERIFY2(cache, qPrintable(error));
    QVERIFY2(writeRound(*cache, 1, 10, &error), qPrintable(error));

    EventSource source(cachePath());
    QSignalSpy changed(&source, &EventSource::changed);
    QVERIFY(!source.occurrences(rangeFrom, rangeTo).isEmpty());
    for (int i = 0; i < 5; ++i)
        source.checkForChanges();
    QVERIFY(changed.isEmpty());

    // A failed attempt is a change as well: the footer says so.
    QVERIFY(cache->recordFailure(feed, {}, base.addDays(1), u"offline"_s, &error));
    source.checkForChanges();
    QCOMPARE(changed.size(), 1);
}

// The nightly sync is started by systemd, not by the kiosk: the source learns of its commit from
// the file system, and between syncs no timer of its own wakes the kiosk (issue 16: idle CPU).
void TestEventSource::nightlySyncWakesAnIdleSource()
{
    {
        QString error;
        const auto cache = EventCache::open(cachePath(), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY2(writeRound(*cache, 1, 10, &error), qPrintable(error));
    }
    EventSource source(cachePath());
    source.setSettleDelay(10ms);
    QVERIFY(source.watchedPaths().isEmpty()); // nothing before the first read
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 1);
    const QStringList watched = source.watchedPaths();
    QVERIFY2(watched.contains(m_dir->path()), qPrintable(watched.join(u", ")));
    QVERIFY2(watched.contains(cachePath()), qPrintable(watched.join(u", ")));
    QVERIFY2(watched.contains(cachePath() + u"-wal"_s), qPrintable(watched.join(u", ")));
    QVERIFY(!anyTimerActive(source));

    QSignalSpy changed(&source, &EventSource::changed);
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QString::fromLatin1(writerArgument), cachePath(), u"2"_s, u"10"_s});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitCode(), 0);

    QVERIFY(changed.wait(5000));
    QCOMPARE(roundOf(source.occurrences(rangeFrom, rangeTo), 10), 2);
    // Once the files are quiet, the source is quiet too.
    QTRY_VERIFY_WITH_TIMEOUT(!anyTimerActive(source), 5000);
    changed.clear();
    source.checkForChanges();
    QVERIFY(changed.isEmpty());
}

} // namespace Dorfplatz

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], Dorfplatz::writerArgument) == 0)
        return Dorfplatz::runWriter(argc, argv);
    QCoreApplication app(argc, argv);
    Dorfplatz::TestEventSource test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventsource.moc"
