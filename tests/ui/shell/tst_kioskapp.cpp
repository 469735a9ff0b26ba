// KioskApp's start-up work after the first paint: the database and the last good copy of the
// configuration. When the data folder cannot be used (a full or broken disk), the kiosk keeps
// running and tells staff in German, through the header's notice.
#include "core/app/commandline.h"
#include "core/calls/incomingcalls.h"
#include "core/db/database.h"
#include "core/events/eventsource.h"
#include "core/events/synclauncher.h"
#include "support/testconfig.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/missedcallsbanner.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/shell/kioskapp.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

class TestKioskApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startupOpensDatabaseAndKeepsConfig();
    void unusableDataFolderIsReportedToStaff();
    void staleCacheStartsSyncAndScreenDataFollows();
    void freshCacheStartsNoSync();
    void missedCallsSurviveARestartUntilSeen();
    void aDamagedDatabaseComesBackFromTheNightlyCopy();
};

void TestKioskApp::startupOpensDatabaseAndKeepsConfig()
{
    QTemporaryDir data;
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = data.filePath(u"sub/folder"_s); // created on demand
    KioskApp app(options);
    app.setSyncProgram(data.filePath(u"no-such-sync"_s)); // the sync has its own test below
    QCOMPARE(app.activeConfig().origin, ActiveConfig::Origin::Configured);
    QVERIFY(app.translationsLoaded());
    QVERIFY(!app.database()); // nothing slow before the first paint

    QVERIFY(app.finishStartup());
    QVERIFY(app.database());
    QVERIFY(QFileInfo::exists(data.filePath(u"sub/folder/app.db"_s)));
    QVERIFY(QFileInfo::exists(data.filePath(u"sub/folder/last-good-config/kiosk.json"_s)));
    QVERIFY(!app.shell().hasNotice());
}

// "Anna hat angerufen" stays on the home screen until the resident saw it, also when the kiosk
// restarted in between (app.db, table kiosk_state).
void TestKioskApp::missedCallsSurviveARestartUntilSeen()
{
    QTemporaryDir data;
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = data.path();
    const MissedCall missed{u"anna"_s,
                            QDateTime(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::utc()), true};
    {
        KioskApp app(options);
        app.setSyncProgram(data.filePath(u"no-such-sync"_s));
        QVERIFY(app.finishStartup());
        // As IncomingCalls records a declined call (tst_incomingcalls rings for real).
        app.shell().calls()->incoming().restoreMissedCalls({missed});
    }
    {
        KioskApp app(options);
        app.setSyncProgram(data.filePath(u"no-such-sync"_s));
        QVERIFY(app.shell().calls()->incoming().missedCalls().isEmpty()); // before the database
        QVERIFY(app.finishStartup());
        QCOMPARE(app.shell().calls()->incoming().missedCalls(), QList<MissedCall>{missed});
        QVERIFY(app.shell().calls()->banner()->hasCalls());
        app.shell().calls()->incoming().markSeen();
    }
    KioskApp app(options);
    app.setSyncProgram(data.filePath(u"no-such-sync"_s));
    QVERIFY(app.finishStartup());
    QVERIFY(app.shell().calls()->incoming().missedCalls().isEmpty());
}

// Every day's first start (and the first hour after each midnight) makes a copy of app.db; a
// damaged app.db is replaced by the newest sound copy, and staff are told what was lost.
void TestKioskApp::aDamagedDatabaseComesBackFromTheNightlyCopy()
{
    QTemporaryDir data;
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = data.path();
    {
        KioskApp app(options);
        app.setSyncProgram(data.filePath(u"no-such-sync"_s));
        QVERIFY(app.finishStartup());
        QVERIFY(!app.backUpIfDue()); // today's copy was made at the start
    }
    const QStringList copies = QDir(data.filePath(u"backups"_s)).entryList(QDir::Files);
    QCOMPARE(copies, QStringList{u"app-%1.db"_s.arg(QDate::currentDate().toString(Qt::ISODate))});
    {
        QFile appDb(data.filePath(u"app.db"_s));
        QVERIFY(appDb.open(QIODevice::ReadWrite));
        appDb.write(QByteArray(8192, 'x'));
    }
    KioskApp app(options);
    app.setSyncProgram(data.filePath(u"no-such-sync"_s));
    QVERIFY(app.finishStartup());
    QVERIFY(app.database());
    const QStringList problems = app.shell().staffProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).startsWith(u"Die Datenbank war beschädigt."_s),
             qPrintable(problems.at(0)));
    QCOMPARE(QDir(data.path()).entryList({u"app.db.damaged-*"_s}, QDir::Files).size(), 1);
}

void TestKioskApp::unusableDataFolderIsReportedToStaff()
{
    QTemporaryDir scratch;
    // A regular file where the data folder should be: nothing can be created below it, even as
    // root (the same path as a full or read-only disk through the code).
    const QString blocker = scratch.filePath(u"blocker"_s);
    QVERIFY(Test::writeFile(blocker, "not a folder"));
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = blocker + u"/data"_s;
    KioskApp app(options);
    app.shell().window()->resize(1920, 1080);
    app.shell().window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.shell().window()));

    QVERIFY(!app.finishStartup());
    QVERIFY(!app.database());
    // The residents' screen stays as it is; staff see the notice and read why.
    QCOMPARE(app.activeConfig().origin, ActiveConfig::Origin::Configured);
    QVERIFY(app.shell().hasNotice());
    QVERIFY(app.shell().window()->header()->noticeButton()->isVisible());
    const QStringList problems = app.shell().staffProblems();
    QCOMPARE(problems.size(), 2); // the database, and the copy of the good settings
    QVERIFY2(problems.at(0).startsWith(u"Der Datenordner "_s), qPrintable(problems.at(0)));
    QVERIFY(problems.at(0).endsWith(u"Ist die Festplatte voll?"_s));
    QVERIFY2(problems.at(1).startsWith(u"Eine Sicherung der fehlerfreien Einstellungen"_s),
             qPrintable(problems.at(1)));
}

void TestKioskApp::staleCacheStartsSyncAndScreenDataFollows()
{
    // No cache at all counts as stale: the kiosk starts dorfplatz-sync (the real one, on the
    // demo's local calendar) as a child, shows that it runs, and reads the new data when it ends.
    QTemporaryDir data;
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = data.path();
    KioskApp app(options);
    app.setSyncProgram(QStringLiteral(DORFPLATZ_SYNC_BINARY));
    EventSource &events = app.shell().events();
    QVERIFY(!events.lastSuccess().isValid());
    QSignalSpy running(&events, &EventSource::syncRunningChanged);
    QSignalSpy changed(&events, &EventSource::changed);

    QVERIFY(app.finishStartup());
    QVERIFY(app.syncLauncher());
    QSignalSpy finished(app.syncLauncher(), &SyncLauncher::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(0).first().toBool(), true);
    QCOMPARE(running.at(1).first().toBool(), false);
    QVERIFY(!events.syncRunning());
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(events.lastSuccess().isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!events.occurrences(now.addDays(-1), now.addDays(7)).isEmpty());
    // Tried a moment ago: no second sync within the hour, even if asked.
    QVERIFY(!app.startSyncIfStale());
}

void TestKioskApp::freshCacheStartsNoSync()
{
    QTemporaryDir data;
    {
        QString error;
        auto cache = EventCache::open(data.filePath(EventCache::fileName), &error);
        QVERIFY2(cache, qPrintable(error));
        FeedStatus status;
        status.feedId = u"kusel"_s;
        status.lastAttempt = status.lastSuccess =
            QDateTime::currentDateTimeUtc().addSecs(-3600 * 2);
        QVERIFY2(cache->replaceFeed(status, {}, &error), qPrintable(error));
    }
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = data.path();
    KioskApp app(options);
    app.setSyncProgram(QStringLiteral(DORFPLATZ_SYNC_BINARY));
    QVERIFY(app.finishStartup());
    QVERIFY(!app.syncLauncher()->isRunning()); // two hours old: nothing to do

    // 27 hours old and last tried 2 hours ago: stale, so the sync starts.
    {
        QString error;
        auto cache = EventCache::open(data.filePath(EventCache::fileName), &error);
        QVERIFY2(cache, qPrintable(error));
        FeedStatus status;
        status.feedId = u"kusel"_s;
        status.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-3600 * 27);
        status.lastAttempt = QDateTime::currentDateTimeUtc().addSecs(-3600 * 2);
        QVERIFY2(cache->replaceFeed(status, {}, &error), qPrintable(error));
    }
    app.shell().events().checkForChanges();
    QVERIFY(app.startSyncIfStale());
    QSignalSpy finished(app.syncLauncher(), &SyncLauncher::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toInt(), 0);
}

QTEST_MAIN(TestKioskApp)
#include "tst_kioskapp.moc"
