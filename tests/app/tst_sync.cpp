// dorfplatz-sync as the nightly timer and the kiosk run it: the real program through QProcess,
// feeds from a real HTTP server on 127.0.0.1, the cache a real SQLite file. Includes the crash
// test: the sync killed with SIGKILL at random moments must never leave a damaged or half-written
// cache behind. And what the program links: the domain core, nothing of the player or the GUI.
#include "core/accounts/auditlog.h"
#include "core/config/configversions.h"
#include "core/db/database.h"
#include "core/events/eventcache.h"
#include "core/events/feedtextlimits.h"
#include "core/i18n/translations.h"
#include "support/icsgenerator.h"
#include "support/testhttpserver.h"
#include "sync/filelock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <sys/stat.h>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString out;
    QString err;

    QJsonObject last() const { return lines.isEmpty() ? QJsonObject{} : lines.last(); }
    QJsonObject feedDone(const QString &id) const
    {
        for (const QJsonObject &line : lines) {
            if (line.value(u"event"_s).toString() == u"feed-done" &&
                line.value(u"id"_s).toString() == id)
                return line;
        }
        return {};
    }
};

// Occurrences per title prefix ("A", "B") of one feed, and whether anything else is mixed in.
struct FeedRows
{
    QMap<QString, int> byPrefix;
    int total = 0;
};

// A calendar a stranger could publish: one event with a title and a place of 300 characters
// without a space, a description of `descriptionBytes` bytes of words, every hour from two days
// ago (so the 1,000 occurrences allowed per event all fall into the window).
QByteArray hourlyHugeEvent(qsizetype descriptionBytes)
{
    QByteArray description;
    description.reserve(descriptionBytes + 16);
    while (description.size() < descriptionBytes)
        description += "Kirmes im Dorf ";
    description.truncate(descriptionBytes);
    QByteArray line = "DESCRIPTION:" + description;
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 25 + 8);
    for (qsizetype at = 0; at < line.size(); at += 74) // ASCII: any cut is between characters
        folded += (at == 0 ? QByteArray() : QByteArray(" ")) + line.mid(at, 74) + "\r\n";
    const QString start =
        QDateTime::currentDateTimeUtc().addDays(-2).toString(u"yyyyMMdd'T'HH0000'Z'"_s);
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dorfplatz//Test//DE\r\n"
           "BEGIN:VEVENT\r\nUID:huge@test.dorfplatz.invalid\r\nDTSTAMP:20260101T000000Z\r\n"
           "DTSTART:" +
           start.toLatin1() +
           "\r\nDURATION:PT30M\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:" + QByteArray(300, 'T') +
           "\r\nLOCATION:" + QByteArray(300, 'L') + "\r\n" + folded +
           "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

int modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777)
                                                                     : -1;
}

qint64 cacheBytes(const QDir &data)
{
    qint64 bytes = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        bytes += QFileInfo(data.filePath(EventCache::fileName + suffix)).size();
    return bytes;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void helpNamesExitCodes();
    void wrongArgument();
    void missingConfigFolderIsAnError_data();
    void missingConfigFolderIsAnError();
    void publishedConfigurationNeedsNoInstalledFolder();
    void failuresInPlainWords();
    void brokenFeedsJson();
    void syncsOverHttpAsJson();
    void notModifiedStillFollowsTheWindow();
    void humanOutputIsGerman();
    void failingFeedKeepsLastGoodRows();
    void secondSyncStepsAside();
    void unwritableDataFolder();
    void demoConfigurationWorksOffline();
    void sigkillNeverDamagesTheCache();
    void linksCoreOnly();
    void hugeDescriptionOnAnHourlyRuleStaysSmall();
    void feedOverTheByteBudgetKeepsTheNearestDates();
    void dataFolderIsPrivate();

private:
    Run sync(const QStringList &extra = {}, bool json = true);
    void writeFeeds(const QList<std::pair<QString, QUrl>> &feeds);
    FeedRows rows(const QString &feedId) const;
    QString cachePath() const { return m_data.filePath(EventCache::fileName); }

    std::unique_ptr<QTemporaryDir> m_dirs;
    QDir m_config;
    QDir m_data;
    std::unique_ptr<Test::HttpServer> m_server;
    Translations m_translations;
};

// The program's German sentence for `source` (SyncCommand's), as the test has it installed.
static QString german(const char *source)
{
    return QCoreApplication::translate("Dorfplatz::SyncCommand", source);
}

void TestSync::initTestCase()
{
    QVERIFY(m_translations.install(u"de"_s));
}

void TestSync::init()
{
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
    QDir root(m_dirs->path());
    QVERIFY(root.mkpath(u"config"_s) && root.mkpath(u"data"_s));
    m_config = QDir(root.filePath(u"config"_s));
    m_data = QDir(root.filePath(u"data"_s));
    m_server = std::make_unique<Test::HttpServer>();
    QVERIFY(m_server->listen());
}

Run TestSync::sync(const QStringList &extra, bool json)
{
    QProcess process;
    QStringList arguments{u"--config"_s, m_config.path(), u"--data"_s, m_data.path()};
    if (json)
        arguments.append(u"--json"_s);
    process.start(QStringLiteral(DORFPLATZ_SYNC_BINARY), arguments + extra);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    // The server answers on this thread's event loop, so wait on the signal, not with a blocking
    // waitForFinished().
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (json) {
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
            run.lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    }
    return run;
}

void TestSync::writeFeeds(const QList<std::pair<QString, QUrl>> &feeds)
{
    QJsonArray array;
    for (const auto &[id, url] : feeds) {
        array.append(QJsonObject{
            {u"id"_s, id}, {u"name"_s, u"Kalender %1"_s.arg(id)}, {u"url"_s, url.toString()}});
    }
    QFile file(m_config.filePath(u"feeds.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"version"_s, 1},
                                         {u"retries"_s, 0},
                                         {u"timeoutSeconds"_s, 10},
                                         {u"feeds"_s, array}})
                   .toJson());
}

FeedRows TestSync::rows(const QString &feedId) const
{
    FeedRows result;
    QString error;
    const auto cache = EventCache::open(cachePath(), &error, true);
    if (!cache)
        return result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EventOccurrence &occurrence :
         cache->occurrences(now.addDays(-30), now.addDays(400), &error)) {
        if (occurrence.feedId != feedId)
            continue;
        ++result.total;
        result.byPrefix[occurrence.title.section(u' ', 0, 0)] += 1;
    }
    return result;
}

void TestSync::helpNamesExitCodes()
{
    const Run run = sync({u"--help"_s}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"--json"_s), qPrintable(run.out));
    // German by default, and every exit code is explained.
    QVERIFY2(run.out.contains(u"Exit-Codes"_s), qPrintable(run.out));
    for (int code = 0; code <= 8; ++code)
        QVERIFY2(run.out.contains(u"  %1  "_s.arg(code)), qPrintable(run.out));
}

void TestSync::wrongArgument()
{
    const Run unknown = sync({u"--no-such-option"_s});
    QCOMPARE(unknown.exitCode, 2);
    // German, with the way to the options; not Qt's English "Unknown option".
    QCOMPARE(unknown.err,
             QCoreApplication::translate("Dorfplatz::OptionError",
                                         "There is no option %1; \"%2\" lists them all.")
                     .arg(u"--no-such-option"_s, u"dorfplatz-sync --help"_s) +
                 u'\n');
    const Run positional = sync({u"positional"_s});
    QCOMPARE(positional.exitCode, 2);
    QVERIFY2(positional.err.contains(u"dorfplatz-sync --help"_s), qPrintable(positional.err));
}

void TestSync::missingConfigFolderIsAnError_data()
{
    QTest::addColumn<QString>("config"); // relative to the temporary folder; "" for m_config
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // %1: the folder

    QTest::addRow("folder missing")
        << u"a/typo"_s << 7
        << german("The folder %1 does not exist: check the path given with --config.");
    QTest::addRow("a file, not a folder")
        << u"a-file"_s << 7 << german("%1 is not a folder: check the path given with --config.");
    QTest::addRow("no feeds.json")
        << QString() << 8
        << german("There is no feeds.json in the folder %1: put the calendars there in a "
                  "feeds.json, or give the right folder with --config.");
}

void TestSync::missingConfigFolderIsAnError()
{
    QFETCH(QString, config);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    // A mistyped path in a timer unit must fail every night, not "sync" nothing: its own exit
    // code and sentence, and nothing made (no data folder, cache or lock).
    const QDir root(m_dirs->path());
    QFile file(root.filePath(u"a-file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString folder = config.isEmpty() ? m_config.path() : root.filePath(config);
    const QString data = root.filePath(u"fresh/data"_s);
    for (const bool json : {true, false}) {
        const Run run = sync({u"--config"_s, folder, u"--data"_s, data}, json);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err, message.arg(folder) + u'\n');
        if (json) {
            QCOMPARE(run.last().value(u"event"_s).toString(), u"error"_s);
            QCOMPARE(run.last().value(u"exitCode"_s).toInt(), exitCode);
        } else {
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        }
        QVERIFY(!QDir(root.filePath(u"fresh"_s)).exists());
    }
}

void TestSync::publishedConfigurationNeedsNoInstalledFolder()
{
    // The guides' published version is what the kiosk and the sync read; the installed folder
    // matters only after --reset-config, so its absence is said but fails nothing.
    const QString demo =
        QString::fromLocal8Bit(qgetenv("DORFPLATZ_SOURCE_DIR")) + u"/kiosk-config/demo"_s;
    ConfigVersions versions(m_data.path());
    const ConfigVersions::Result published = versions.publish(
        demo, demo, Actor{std::nullopt, u"test"_s}, u"test"_s, QDateTime::currentDateTimeUtc());
    QVERIFY2(published.version, qPrintable(published.error));
    const QString typo = m_dirs->filePath(u"a/typo"_s);
    const Run run = sync({u"--config"_s, typo}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(typo), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Kalender"_s), qPrintable(run.out));
}

void TestSync::failuresInPlainWords()
{
    m_server->addStatus(u"/moved.ics"_s, 404);
    QTcpServer closed; // a port that refuses: listened on once, then closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl refused(u"http://127.0.0.1:%1/x.ics"_s.arg(closed.serverPort()));
    closed.close();
    // .invalid never resolves (RFC 6761), with or without a network.
    const QUrl unknownHost(u"http://kalender.dorfplatz.invalid/x.ics"_s);
    writeFeeds({{u"moved"_s, m_server->url(u"/moved.ics"_s)},
                {u"refused"_s, refused},
                {u"dns"_s, unknownHost}});

    const Run plain = sync({}, false);
    QCOMPARE(plain.exitCode, 5);
    const QString notFound = german("The server answers with %1: check the address").arg(404);
    const QString noConnection = german("The server %1 accepts no connection").arg(u"127.0.0.1"_s);
    QVERIFY2(plain.out.contains(notFound + u". "_s), qPrintable(plain.out));
    QVERIFY2(plain.out.contains(noConnection + u". "_s), qPrintable(plain.out));
    QVERIFY2(
        plain.out.contains(german("No connection to the internet (the name %1 cannot be resolved)")
                               .arg(u"kalender.dorfplatz.invalid"_s) +
                           u". "_s),
        qPrintable(plain.out));
    // Qt's words ("Connection refused", "HTTP 404 Not Found") only with --verbose, and in the
    // --json lines the kiosk logs.
    QVERIFY2(!plain.out.contains(u"HTTP 404"_s), qPrintable(plain.out));
    QVERIFY2(!plain.err.contains(u"HTTP 404"_s), qPrintable(plain.err));
    const Run verbose = sync({u"--verbose"_s}, false);
    QVERIFY2(verbose.out.contains(notFound + u" — HTTP 404"_s), qPrintable(verbose.out));
    QVERIFY2(verbose.out.contains(noConnection + u" — "_s), qPrintable(verbose.out));
    const Run json = sync();
    QCOMPARE(json.feedDone(u"refused"_s).value(u"failure"_s).toString(), u"refused"_s);
    QCOMPARE(json.feedDone(u"dns"_s).value(u"failure"_s).toString(), u"host-not-found"_s);
}

void TestSync::brokenFeedsJson()
{
    QFile file(m_config.filePath(u"feeds.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "feeds": [{"id": "x", "url": "nowhere.ics"}]})");
    file.close();
    const Run run = sync();
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.last().value(u"event"_s).toString(), u"error"_s);
    // The guide reads what is wrong in German: the missing name and the missing file.
    QVERIFY2(run.err.contains(u"feeds[0].name"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"nowhere.ics"_s), qPrintable(run.err));
}

void TestSync::syncsOverHttpAsJson()
{
    Test::IcsGenerator generator;
    generator.events = 50;
    generator.titlePrefix = u"A"_s;
    m_server->addContent(u"/kusel.ics"_s, "text/calendar", generator.generate());
    writeFeeds({{u"kusel"_s, m_server->url(u"/kusel.ics"_s)}});

    const Run run = sync();
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.lines.size() >= 4);
    QCOMPARE(run.lines.first().value(u"event"_s).toString(), u"start"_s);
    QCOMPARE(run.lines.first().value(u"feeds"_s).toInt(), 1);
    const QJsonObject done = run.feedDone(u"kusel"_s);
    QCOMPARE(done.value(u"result"_s).toString(), u"updated"_s);
    QCOMPARE(done.value(u"events"_s).toInt(), 50);
    QCOMPARE(done.value(u"done"_s).toInt(), 1);
    QCOMPARE(done.value(u"total"_s).toInt(), 1);
    QCOMPARE(run.last().value(u"event"_s).toString(), u"finished"_s);
    QCOMPARE(run.last().value(u"exitCode"_s).toInt(), 0);
    const FeedRows stored = rows(u"kusel"_s);
    QCOMPARE(stored.total, done.value(u"occurrences"_s).toInt());
    QVERIFY(stored.total >= 50);

    QString error;
    const auto cache = EventCache::open(cachePath(), &error, true);
    QVERIFY2(cache, qPrintable(error));
    const FeedStatus status = cache->feedStatus(u"kusel"_s);
    QCOMPARE(status.name, u"Kalender kusel"_s);
    QVERIFY(status.lastSuccess.isValid());
    QVERIFY(status.error.isEmpty());
}

void TestSync::notModifiedStillFollowsTheWindow()
{
    Test::IcsGenerator generator;
    generator.events = 40;
    m_server->addConditional(u"/kusel.ics"_s, "text/calendar", generator.generate(), "\"v1\"",
                             "Wed, 25 Nov 2026 03:00:00 GMT");
    writeFeeds({{u"kusel"_s, m_server->url(u"/kusel.ics"_s)}});
    const Run first = sync();
    QCOMPARE(first.exitCode, 0);
    const int stored = rows(u"kusel"_s).total;
    QCOMPARE(first.feedDone(u"kusel"_s).value(u"occurrences"_s).toInt(), stored);

    // The second night the server says "not modified"; the kept copy is expanded again, so the
    // rows stay complete (and would follow the window as days pass).
    const Run second = sync();
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(m_server->lastHeader(u"/kusel.ics"_s, "If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(m_server->notModifiedCount(u"/kusel.ics"_s), 1);
    QCOMPARE(second.feedDone(u"kusel"_s).value(u"result"_s).toString(), u"unchanged"_s);
    QCOMPARE(second.feedDone(u"kusel"_s).value(u"occurrences"_s).toInt(), stored);
    QCOMPARE(rows(u"kusel"_s).total, stored);
    QVERIFY(QFileInfo::exists(m_data.filePath(u"feeds/kusel.ics"_s)));

    // Without the kept copy the sync asks unconditionally and gets the whole calendar.
    QVERIFY(QFile::remove(m_data.filePath(u"feeds/kusel.ics"_s)));
    const Run third = sync();
    QCOMPARE(third.feedDone(u"kusel"_s).value(u"result"_s).toString(), u"updated"_s);
    QCOMPARE(m_server->notModifiedCount(u"/kusel.ics"_s), 1);
}

void TestSync::humanOutputIsGerman()
{
    Test::IcsGenerator generator;
    generator.events = 5;
    m_server->addContent(u"/kusel.ics"_s, "text/calendar", generator.generate());
    m_server->addStatus(u"/broken.ics"_s, 500);
    writeFeeds({{u"kusel"_s, m_server->url(u"/kusel.ics"_s)},
                {u"broken"_s, m_server->url(u"/broken.ics"_s)}});
    const Run run = sync({}, false);
    QCOMPARE(run.exitCode, 1); // one of two failed
    QVERIFY2(run.out.contains(u"[1/2] Kalender kusel: "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Termine gespeichert"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(german("The server answers with %1: a fault of the server, which "
                                     "usually passes")
                                  .arg(500)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Fertig in"_s), qPrintable(run.out));
}

void TestSync::failingFeedKeepsLastGoodRows()
{
    Test::IcsGenerator generator;
    generator.events = 30;
    generator.titlePrefix = u"A"_s;
    m_server->addContent(u"/kusel.ics"_s, "text/calendar", generator.generate());
    writeFeeds({{u"kusel"_s, m_server->url(u"/kusel.ics"_s)}});
    QCOMPARE(sync().exitCode, 0);
    const int before = rows(u"kusel"_s).total;
    QVERIFY(before >= 30);

    // The server breaks, then serves garbage: both times the last good rows stay.
    m_server->clearRoutes();
    m_server->addStatus(u"/kusel.ics"_s, 500);
    Run run = sync();
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.feedDone(u"kusel"_s).value(u"result"_s).toString(), u"failed"_s);
    QCOMPARE(run.feedDone(u"kusel"_s).value(u"failure"_s).toString(), u"http"_s);
    QCOMPARE(rows(u"kusel"_s).total, before);

    m_server->clearRoutes();
    m_server->addContent(u"/kusel.ics"_s, "text/calendar", "<html>Wartungsarbeiten</html>");
    run = sync();
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.feedDone(u"kusel"_s).value(u"failure"_s).toString(), u"invalid"_s);
    QCOMPARE(rows(u"kusel"_s).byPrefix.value(u"A"_s), before);

    QString error;
    const auto cache = EventCache::open(cachePath(), &error, true);
    QVERIFY(cache);
    const FeedStatus status = cache->feedStatus(u"kusel"_s);
    QVERIFY(!status.error.isEmpty());
    QVERIFY(status.lastSuccess.isValid());
    QVERIFY(status.lastAttempt >= status.lastSuccess);
}

void TestSync::secondSyncStepsAside()
{
    writeFeeds({});
    FileLock held(m_data.filePath(u"events.sync.lock"_s));
    QVERIFY(held.tryLock());
    const Run run = sync();
    QCOMPARE(run.exitCode, 6);
    held.unlock();
    QCOMPARE(sync().exitCode, 0);
}

void TestSync::unwritableDataFolder()
{
    writeFeeds({});
    QFile blocker(m_data.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run run = sync({u"--data"_s, blocker.fileName()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.isEmpty());
}

void TestSync::demoConfigurationWorksOffline()
{
    m_config =
        QDir(QString::fromLocal8Bit(qgetenv("DORFPLATZ_SOURCE_DIR")) + u"/kiosk-config/demo"_s);
    QVERIFY(m_config.exists(u"feeds.json"_s));
    const Run run = sync();
    QCOMPARE(run.exitCode, 0);
    const QJsonObject done = run.feedDone(u"kusel"_s);
    QCOMPARE(done.value(u"result"_s).toString(), u"updated"_s);
    QCOMPARE(done.value(u"skipped"_s).toInt(), 0);
    // Weekly events on every day of the week: the demo is never empty.
    QVERIFY2(done.value(u"occurrences"_s).toInt() >= 60,
             qPrintable(QString::number(done.value(u"occurrences"_s).toInt())));
}

void TestSync::sigkillNeverDamagesTheCache()
{
    // Two feeds. Every run serves a new version of both, with titles marked by the run ("R7 …")
    // and a different number of events, so after a kill each feed must hold exactly the version
    // it held before the run, or exactly the one of this run: never a mix, never a part.
    const auto feed = [](const QString &prefix, int events) {
        Test::IcsGenerator generator;
        generator.events = events;
        generator.titlePrefix = prefix;
        generator.recurringPercent = 0;
        return generator.generate();
    };
    const int sizes[2][2] = {{1500, 900}, {1200, 1700}}; // [feed][run % 2]
    const QStringList ids{u"nord"_s, u"sued"_s};
    writeFeeds({{ids[0], m_server->url(u"/nord.ics"_s)}, {ids[1], m_server->url(u"/sued.ics"_s)}});
    const auto serve = [&](int run) {
        m_server->clearRoutes();
        const QString prefix = u"R%1"_s.arg(run);
        m_server->addContent(u"/nord.ics"_s, "text/calendar", feed(prefix, sizes[0][run % 2]));
        m_server->addContent(u"/sued.ics"_s, "text/calendar", feed(prefix, sizes[1][run % 2]));
    };

    // One full run first, to learn how long a run takes (the kills are spread over that time).
    serve(0);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(sync().exitCode, 0);
    int fullRunMs = int(clock.elapsed());
    qInfo("a full sync of %d + %d events takes %d ms", sizes[0][0], sizes[1][0], fullRunMs);
    QString held[2] = {u"R0"_s, u"R0"_s}; // the version each feed holds now
    int heldCount[2] = {sizes[0][0], sizes[1][0]};

    int killed = 0;
    int completed = 0;
    int killedAfterOneFeed = 0; // killed between the two feeds' commits
    int killedAfterBoth = 0;    // killed after both commits, before the process ended
    QRandomGenerator random(20261127);
    int runs = 0;
    // The expected length follows the runs that did finish, since the machine may be busier or
    // quieter than during the first run.
    for (int run = 1; killed < 50 && run <= 150; ++run, ++runs) {
        serve(run);
        QProcess process;
        QElapsedTimer elapsed;
        elapsed.start();
        process.start(QStringLiteral(DORFPLATZ_SYNC_BINARY),
                      {u"--config"_s, m_config.path(), u"--data"_s, m_data.path(), u"--json"_s});
        QVERIFY(process.waitForStarted(10000));
        QSignalSpy finished(&process, &QProcess::finished);
        QTimer::singleShot(int(random.bounded(fullRunMs)), &process,
                           [&process] { process.kill(); });
        QVERIFY(finished.wait(60000));
        const bool wasKilled = process.exitStatus() == QProcess::CrashExit;
        if (wasKilled) {
            ++killed;
        } else {
            ++completed;
            QVERIFY2(process.exitCode() == 0,
                     qPrintable(u"run %1 ended with exit code %2: %3"_s.arg(run)
                                    .arg(process.exitCode())
                                    .arg(QString::fromUtf8(process.readAllStandardError()))));
            fullRunMs = std::max(20, int(elapsed.elapsed()));
        }

        {
            QString error;
            auto db = Database::open(cachePath(), &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery check(db->connection());
            QVERIFY(check.exec(u"PRAGMA quick_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
        int updated = 0;
        for (int f = 0; f < 2; ++f) {
            const FeedRows stored = rows(ids[f]);
            const QString now = u"R%1"_s.arg(run);
            QVERIFY2(stored.byPrefix.size() == 1,
                     qPrintable(u"run %1, feed %2: %3 versions mixed"_s.arg(run).arg(ids[f]).arg(
                         stored.byPrefix.size())));
            const QString version = stored.byPrefix.keys().value(0);
            QVERIFY2(version == held[f] || version == now,
                     qPrintable(u"run %1, feed %2: holds %3"_s.arg(run).arg(ids[f], version)));
            const int expected = version == now ? sizes[f][run % 2] : heldCount[f];
            QVERIFY2(stored.total == expected,
                     qPrintable(u"run %1, feed %2: %3 rows of %4, expected %5"_s.arg(run)
                                    .arg(ids[f])
                                    .arg(stored.total)
                                    .arg(version)
                                    .arg(expected)));
            if (version == now) {
                ++updated;
                held[f] = now;
                heldCount[f] = expected;
            }
        }
        if (!wasKilled)
            QCOMPARE(updated, 2);
        else if (updated == 1)
            ++killedAfterOneFeed;
        else if (updated == 2)
            ++killedAfterBoth;
    }
    qInfo("%d runs: %d killed (%d before any commit, %d between the two feeds, %d after both), "
          "%d completed before the kill",
          runs, killed, killed - killedAfterOneFeed - killedAfterBoth, killedAfterOneFeed,
          killedAfterBoth, completed);
    QVERIFY2(killed >= 50, qPrintable(QString::number(killed)));
    // No staging file from a killed run is left once a run completes.
    QCOMPARE(sync().exitCode, 0);
    const QStringList leftovers = m_data.entryList({u"*staging*"_s}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
}

void TestSync::linksCoreOnly()
{
    // The nightly sync runs without a display or sound card: a player or GUI library would be
    // loaded for nothing and could fail to load there. CMake keeps the layers apart; this checks
    // what the built program really pulls in, libraries of libraries included.
    QProcess ldd;
    ldd.start(u"ldd"_s, {QStringLiteral(DORFPLATZ_SYNC_BINARY)});
    QVERIFY2(ldd.waitForFinished(30000), qPrintable(ldd.errorString()));
    QCOMPARE(ldd.exitStatus(), QProcess::NormalExit);
    QCOMPARE(ldd.exitCode(), 0);
    const QStringList lines =
        QString::fromLocal8Bit(ldd.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList forbidden{u"libvlc"_s,     u"Qt6Multimedia"_s, u"Qt6Gui"_s,
                                u"Qt6Widgets"_s, u"Qt6Svg"_s,        u"Qt6WebEngine"_s};
    for (const QString &line : lines) {
        for (const QString &library : forbidden)
            QVERIFY2(!line.contains(library, Qt::CaseInsensitive), qPrintable(line.trimmed()));
    }
    // Without this, a changed ldd output format would let every check above pass.
    const bool core = std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(u"libQt6Core.so"_s);
    });
    QVERIFY2(core, qPrintable(lines.join(u'\n')));
}

void TestSync::hugeDescriptionOnAnHourlyRuleStaysSmall()
{
    // Before the limits, each of the 1,000 occurrences held the whole 15 MB: a 15 GB cache.
    const QString file = m_config.filePath(u"huge.ics"_s);
    {
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::WriteOnly));
        const QByteArray content = hourlyHugeEvent(15 * 1024 * 1024);
        QCOMPARE(ics.write(content), content.size());
    }
    writeFeeds({{u"huge"_s, QUrl::fromLocalFile(file)}});
    QElapsedTimer timer;
    timer.start();
    const Run run = sync();
    const qint64 ms = timer.elapsed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject done = run.feedDone(u"huge"_s);
    QCOMPARE(done.value(u"result"_s).toString(), u"updated"_s);
    const int stored = done.value(u"occurrences"_s).toInt();
    const int dropped = done.value(u"dropped"_s).toInt();
    QCOMPARE(stored + dropped, 1000); // every occurrence allowed, kept or left out for its text
    QVERIFY2(dropped > 0, qPrintable(QString::number(dropped)));
    qInfo("15 MB description, hourly: sync %lld ms, %d occurrences kept, %d left out, cache %lld "
          "bytes",
          ms, stored, dropped, cacheBytes(m_data));
    QVERIFY2(cacheBytes(m_data) < 8 * 1024 * 1024, qPrintable(QString::number(cacheBytes(m_data))));

    QString error;
    const auto cache = EventCache::open(cachePath(), &error, true);
    QVERIFY2(cache, qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const EventOccurrences rows = cache->occurrences(now.addDays(-30), now.addDays(400), &error);
    QCOMPARE(rows.size(), stored);
    qint64 bytes = 0;
    for (const EventOccurrence &row : rows) {
        QCOMPARE(row.title, QString(199, u'T') + u"…"_s);
        QCOMPARE(row.location, QString(199, u'L') + u"…"_s);
        QVERIFY(row.description.size() <= FeedTextLimits::maxDescription);
        QVERIFY(row.description.size() > FeedTextLimits::maxDescription - 20);
        QVERIFY(row.description.endsWith(u"Dorf…"_s) || row.description.endsWith(u"im…"_s) ||
                row.description.endsWith(u"Kirmes…"_s));
        bytes += FeedTextLimits::costOf(row);
    }
    QVERIFY(bytes <= FeedTextLimits::maxBytesPerFeed);
    // The nearest dates are the ones kept: the last one kept is still this month, not in 41 days.
    QVERIFY(rows.first().start < now.addSecs(3600));
    QVERIFY(rows.last().start < now.addDays(30));
}

void TestSync::feedOverTheByteBudgetKeepsTheNearestDates()
{
    // 1,000 ordinary events over 60 days with 4 KB of description each: 4 MB of text.
    Test::IcsGenerator generator;
    generator.events = 1000;
    generator.recurringPercent = 0;
    generator.descriptionBytes = 4000;
    m_server->addContent(u"/kusel.ics"_s, "text/calendar", generator.generate());
    writeFeeds({{u"kusel"_s, m_server->url(u"/kusel.ics"_s)}});
    const Run run = sync();
    QCOMPARE(run.exitCode, 0);
    const QJsonObject done = run.feedDone(u"kusel"_s);
    const int stored = done.value(u"occurrences"_s).toInt();
    const int dropped = done.value(u"dropped"_s).toInt();
    QCOMPARE(stored + dropped, 1000);
    QVERIFY2(dropped > 300 && stored > 300, qPrintable(u"%1 %2"_s.arg(stored).arg(dropped)));
    QCOMPARE(rows(u"kusel"_s).total, stored);

    QString error;
    const auto cache = EventCache::open(cachePath(), &error, true);
    QVERIFY(cache);
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    const EventOccurrences kept =
        cache->occurrences(today.addDays(-30), today.addDays(400), &error);
    qint64 bytes = 0;
    for (const EventOccurrence &occurrence : kept)
        bytes += FeedTextLimits::costOf(occurrence);
    QVERIFY(bytes <= FeedTextLimits::maxBytesPerFeed);
    QVERIFY(bytes > FeedTextLimits::maxBytesPerFeed - 8 * 1024); // filled up to the last one
    // The coming days are there (dates already over come last, so at this time of day today's
    // first ones may be left out); the far end of the 60 days is what was left out.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(kept.first().start < now.addDays(2));
    QVERIFY(std::any_of(kept.cbegin(), kept.cend(), [&now](const EventOccurrence &occurrence) {
        return occurrence.start >= now && occurrence.start < now.addDays(2);
    }));
    QVERIFY(kept.last().start < today.addDays(40));

    // The people at the console read it too (the sentence itself is in the translations).
    const Run human = sync({}, false);
    const QStringList lines = human.out.split(u'\n');
    const auto line = std::find_if(lines.cbegin(), lines.cend(), [](const QString &text) {
        return text.contains(u"Kalender kusel: "_s) && text.contains(u"gespeichert"_s);
    });
    QVERIFY2(line != lines.cend(), qPrintable(human.out));
    QVERIFY2(line->contains(u". %1 "_s.arg(dropped)), qPrintable(*line));
}

void TestSync::dataFolderIsPrivate()
{
    // It holds the events cache here, and the database and the call profile in the kiosk.
    writeFeeds({});
    const QString fresh = m_data.filePath(u"new/dorfplatz"_s);
    QCOMPARE(sync({u"--data"_s, fresh}).exitCode, 0);
    QCOMPARE(modeOf(fresh), 0700);
    // A folder made open before (an older version) is closed.
    QVERIFY(QFile::setPermissions(m_data.path(), QFile::permissions(m_data.path()) |
                                                     QFile::ReadOther | QFile::ExeOther));
    QCOMPARE(sync().exitCode, 0);
    QCOMPARE(modeOf(m_data.path()), 0700);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
