// The funding report's counts from the whole kiosk (issue 14), with the test's clock: a scripted
// day through the real signals — two plays of the house radio opened from its tile (real local
// audio), "Was ist los?" opened from its tile, a call with Anna (CallCoordinator's inCallChanged
// and the CallEngine's participantsChanged, emitted here: there is no Jitsi in the test), a
// session of the programme that ran by itself and one a call ran through — end up as counts in
// app.db, and nothing of Anna (name or id) is in app.db or in the report written from it.
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "core/usage/usagecounts.h"
#include "media/streamsession.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/callengine.h"
#include "ui/events/eventsscreen.h"
#include "ui/kit/navigator.h"
#include "ui/kit/tile.h"
#include "ui/player/playerscreen.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionrunner.h"
#include "ui/shell/usagerecorder.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

using Kind = UsageCounts::Kind;

class TestUsageRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aScriptedDayIsCounted();
    void aStreamThatNeverPlayedAndAnUnansweredCallAreNotCounted();

private:
    QDateTime at(int h, int m, int s = 0) const;
    Session save(const QString &title, SessionContent content, QTime start, bool byItself);
    void go(const QDateTime &now);
    Screen *current() const { return m_shell->navigator()->current(); }
    // Taps the tile `id` on the home screen; the screen it opened.
    Screen *tapTile(const QString &id);
    // Plays the house radio from its tile for `minutes` of the test's clock, then home.
    void playRadio(std::chrono::minutes minutes);
    UsageCounts::MonthCounts december() const;
    QByteArray databaseBytes() const;

    Test::TestConfigDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<ActiveConfig> m_active;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KioskShell> m_shell;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(8, 0))};
};

void TestUsageRecorder::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
}

void TestUsageRecorder::init()
{
    m_active = std::make_unique<ActiveConfig>(
        loadActiveConfig(m_config.path(), LastGoodConfig(m_data.path())));
    QCOMPARE(m_active->origin, ActiveConfig::Origin::Configured);
    QVERIFY(m_active->config->contact(u"anna"_s));
    QString error;
    m_db = Database::open(m_data.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_clock.set(at(8, 0));
    m_shell = std::make_unique<KioskShell>(*m_active, m_config.path(), m_data.path(), m_clock);
    QVERIFY(!m_shell->usage()); // nothing to count into before the database
    m_shell->useDatabase(*m_db, nullptr);
    QVERIFY(m_shell->usage());
    m_shell->window()->resize(1920, 1080);
    m_shell->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
}

void TestUsageRecorder::cleanup()
{
    m_shell.reset();
    m_db.reset();
    m_active.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_data.filePath(u"app.db"_s + suffix));
}

QDateTime TestUsageRecorder::at(int h, int m, int s) const
{
    return QDateTime(QDate(2026, 12, 8), QTime(h, m, s), QTimeZone::systemTimeZone());
}

Session TestUsageRecorder::save(const QString &title, SessionContent content, QTime start,
                                bool byItself)
{
    Session s;
    s.title = title;
    s.content = std::move(content);
    s.start = QDateTime(QDate(2026, 12, 8), start, QTimeZone::systemTimeZone());
    s.duration = 45min;
    s.startsByItself = byItself;
    return m_shell->schedule()->save(s, Actor{1, u"Test"_s}, m_clock.now()).value_or(Session{});
}

void TestUsageRecorder::go(const QDateTime &now)
{
    m_clock.set(now);
    m_shell->sessions()->scheduler().check();
}

Screen *TestUsageRecorder::tapTile(const QString &id)
{
    m_shell->navigator()->goHome();
    auto *tile = m_shell->window()->findChild<Tile *>(u"tile-"_s + id);
    if (!tile)
        return nullptr;
    // Taps of the test are minutes apart on its clock, not the 600 ms a double tap would be.
    tile->guard().setTimeSource([this] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::seconds(m_clock.now().toSecsSinceEpoch()));
    });
    QTest::mouseClick(tile, Qt::LeftButton);
    return current();
}

void TestUsageRecorder::playRadio(std::chrono::minutes minutes)
{
    QSignalSpy counted(m_shell->usage(), &UsageRecorder::counted);
    auto *player = qobject_cast<PlayerScreen *>(tapTile(u"hausradio"_s));
    QVERIFY(player);
    const QPointer<PlayerScreen> radio = player;
    StreamSession *session = player->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->phase(), StreamSession::Phase::Playing, 20000);
    // Paused in between: the pause is not played time.
    m_clock.set(m_clock.now().addDuration(minutes - 1min));
    session->pause();
    QCOMPARE(session->phase(), StreamSession::Phase::Paused);
    m_clock.set(m_clock.now().addDuration(5min));
    session->resume();
    QTRY_COMPARE_WITH_TIMEOUT(session->phase(), StreamSession::Phase::Playing, 20000);
    m_clock.set(m_clock.now().addDuration(1min));
    QCOMPARE(counted.size(), 0); // counted when it goes, not before
    m_shell->navigator()->goHome();
    QTRY_VERIFY(!radio);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).value<Kind>(), Kind::StreamPlayed);
}

UsageCounts::MonthCounts TestUsageRecorder::december() const
{
    const QList<UsageCounts::MonthCounts> months =
        UsageCounts(*m_db).months(QDate(2026, 12, 1), QDate(2026, 12, 31));
    return months.isEmpty() ? UsageCounts::MonthCounts{} : months.constFirst();
}

QByteArray TestUsageRecorder::databaseBytes() const
{
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_data.filePath(u"app.db"_s + suffix));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestUsageRecorder::aScriptedDayIsCounted()
{
    const Session gymnastics =
        save(u"Sitzgymnastik"_s, {SessionContent::Kind::Announcement, {}}, QTime(10, 0), true);
    QVERIFY(gymnastics.id > 0);
    const Session singing =
        save(u"Singkreis"_s, {SessionContent::Kind::Announcement, {}}, QTime(16, 0), true);
    QVERIFY(singing.id > 0);

    // Two plays of the house radio: 12 and 30 minutes played (each with 5 minutes paused).
    go(at(8, 30));
    playRadio(12min);
    go(at(9, 0));
    playRadio(30min);
    QCOMPARE(december()[Kind::StreamPlayed].count, 2);
    QCOMPARE(december()[Kind::StreamPlayed].seconds, (12 + 30) * 60);

    // "Was ist los?" from its tile: counted at once.
    QVERIFY(qobject_cast<EventsScreen *>(tapTile(u"was-ist-los"_s)));
    QCOMPARE(december()[Kind::EventsOpened].count, 1);
    m_shell->navigator()->goHome();

    // The gymnastics session runs by itself from 10:00:30 to 10:45.
    go(at(10, 0));
    go(at(10, 0, 30));
    QVERIFY(m_shell->sessions()->isRunning());
    QCOMPARE(december()[Kind::SessionHeld].count, 0);
    go(at(10, 45));
    QVERIFY(!m_shell->sessions()->isRunning());
    QCOMPARE(december()[Kind::SessionHeld].count, 1);

    // A call with Anna, 7 min 30 s from the moment she came into the room. The coordinator and
    // the engine say so with their own signals (no Jitsi in the test).
    CallCoordinator *calls = m_shell->calls();
    QVERIFY(calls);
    m_clock.set(at(14, 0));
    Q_EMIT calls->inCallChanged(true);
    m_clock.set(at(14, 0, 40)); // ringing at Anna's until she answers
    Q_EMIT calls->engine().participantsChanged(1);
    m_clock.set(at(14, 5));
    Q_EMIT calls->engine().participantsChanged(2); // her son joins: the same call
    m_clock.set(at(14, 8, 10));
    Q_EMIT calls->inCallChanged(false);
    QCOMPARE(december()[Kind::CallMade].count, 1);
    QCOMPARE(december()[Kind::CallMade].seconds, 7 * 60 + 30);

    // A call runs through the singing session's start and its whole time: missed.
    m_clock.set(at(15, 58));
    Q_EMIT calls->inCallChanged(true);
    go(at(16, 0, 30));
    QVERIFY(!m_shell->sessions()->isRunning());
    m_clock.set(at(16, 50));
    Q_EMIT calls->inCallChanged(false); // nobody came: not a call made
    QCOMPARE(december()[Kind::SessionMissed].count, 1);
    QCOMPARE(december()[Kind::SessionHeld].count, 1);
    QCOMPARE(december()[Kind::CallMade].count, 1);

    const UsageCounts::MonthCounts counts = december();
    QCOMPARE(counts[Kind::StreamPlayed].minutes(), 42);
    QCOMPARE(counts[Kind::CallMade].minutes(), 7);
    QCOMPARE(counts[Kind::EventsOpened].count, 1);
    QCOMPARE(counts[Kind::VisitHeld].count, 0);
    QCOMPARE(counts[Kind::VisitMissed].count, 0);

    // Nothing of Anna in the database file or in the report: not her name, not her id.
    const ContactConfig *anna = m_active->config->contact(u"anna"_s);
    QVERIFY(anna);
    const QString report = m_data.filePath(u"report.csv"_s);
    QString error;
    QVERIFY2(UsageCounts::writeCsv(report, {counts}, &error), qPrintable(error));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains("2026-12;1;1;2;42;1;7;0;0;0;1\r\n"));
    const QByteArray db = databaseBytes();
    QVERIFY(db.size() > 0);
    for (const QString &personal : {anna->name, anna->id}) {
        QVERIFY2(!csv.contains(personal.toUtf8()), qPrintable(personal));
        QVERIFY2(!db.contains(personal.toUtf8()), qPrintable(personal));
        // SQLite may keep text as UTF-16 too.
        const QByteArray utf16(reinterpret_cast<const char *>(personal.utf16()),
                               personal.size() * 2);
        QVERIFY2(!db.contains(utf16), qPrintable(personal));
    }
}

void TestUsageRecorder::aStreamThatNeverPlayedAndAnUnansweredCallAreNotCounted()
{
    go(at(9, 0));
    const QPointer<PlayerScreen> radio = qobject_cast<PlayerScreen *>(tapTile(u"hausradio"_s));
    QVERIFY(!radio.isNull());
    // Gone before a sound was heard.
    m_shell->navigator()->goHome();
    QTRY_VERIFY(!radio);

    CallCoordinator *calls = m_shell->calls();
    QVERIFY(calls);
    Q_EMIT calls->inCallChanged(true);
    m_clock.set(at(9, 3));
    Q_EMIT calls->inCallChanged(false);

    const UsageCounts::MonthCounts counts = december();
    for (const UsageCounts::KindCounts &kind : counts.kinds)
        QCOMPARE(kind.count, 0);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestUsageRecorder)
#include "tst_usagerecorder.moc"
