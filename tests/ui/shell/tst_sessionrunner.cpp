// A session of the programme run in the whole kiosk with the test's clock: the banner 10 minutes
// before, the countdown screen at the start, a real local video started by itself as a group
// session (volume only, no way home), the notice 2 minutes before the end, home at the end;
// "Schließen" on a reminder, after which a stream that was paused below plays on; staff's
// "Jetzt starten" of a stream for the room. Rings during a group session (issue 12), with the
// rooms' occupancy on a room-size server on 127.0.0.1 (RoomSizeServer): a contact's ring waits
// until the session is over, unless the contact interrupts sessions, and is not answered by
// itself meanwhile.
#include "core/calls/incomingcalls.h"
#include "core/calls/presencewatcher.h"
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/i18n/translations.h"
#include "core/schedule/schedule.h"
#include "media/streamsession.h"
#include "support/fixedclock.h"
#include "support/roomsizeserver.h"
#include "support/testconfig.h"
#include "ui/calls/callbutton.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/callengine.h"
#include "ui/calls/missedcallsbanner.h"
#include "ui/calls/ringscreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/navigator.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/tile.h"
#include "ui/player/playercontrols.h"
#include "ui/player/playerscreen.h"
#include "ui/programme/announcementscreen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/programme/sessioncountdownscreen.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

class TestSessionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aVideoSessionRunsByItself();
    void aReminderClosesAndTheStreamPlaysOn();
    void staffStartARadioForTheRoom();
    void aRingWaitsUntilTheSessionEnds();
    void aContactWhoInterruptsSessionsRingsAtOnce();
    void aRingThatWaitedTooLongIsAMissedCallAfterTheSession();
    void aWaitingRingIsNotAnsweredByItself();
    void aSessionThatDoesNotWorkIsMarkedAndTriedAgain();

private:
    QDateTime at(int h, int m, int s = 0) const;
    Session save(const QString &title, SessionContent content, QTime start, bool byItself);
    void go(const QDateTime &now);
    Screen *current() const { return m_shell->navigator()->current(); }
    RingScreen *ringScreen() const { return qobject_cast<RingScreen *>(current()); }
    // Starts watching the contacts' rooms, quickly.
    void watchRooms();
    // Someone in a room (it rings), or nobody.
    void setOccupancy(const QString &room, int participants);
    // Waits until `room` was asked `polls` more times: the event loop has gone round often
    // enough for a ring that was to come up to be up.
    bool waitForPolls(const QString &room, int polls);

    Test::RoomSizeServer m_rooms;
    Test::TestConfigDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<ActiveConfig> m_active;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KioskShell> m_shell;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(8, 0))};
    Translations m_translations;
};

void TestSessionRunner::initTestCase()
{
    // The English texts, with their plural forms.
    QVERIFY(m_translations.install(u"en"_s));

    // The demo configuration, its contacts' rooms asked on the room-size server here (as
    // Prosody's mod_muc_size answers). Nothing is asked until a test watches the rooms.
    QVERIFY(m_rooms.listen());
    for (const QString &room : {u"anna"_s, u"lukas"_s, u"erika"_s})
        setOccupancy(room, 0);
    QVERIFY(m_config.isValid());
    m_config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    const auto contact = [](const QString &id, const QString &name, const QString &picture) {
        // A ringing contact needs the family's secret.
        return QJsonObject{
            {u"id"_s, id},     {u"name"_s, name},
            {u"room"_s, id},   {u"picture"_s, picture},
            {u"ring"_s, true}, {u"jwt"_s, QString(u"eyJhbGciOiJIUzI1NiJ9.geheim-"_s + id)}};
    };
    // Anna is the daughter the home allows to ring through a concert; Lukas and Erika wait.
    // Erika's rings are answered by itself after 5 seconds.
    QJsonObject anna = contact(u"anna"_s, u"Anna"_s, u"pictures/anna.svg"_s);
    anna.insert(u"interruptsSessions"_s, true);
    QJsonObject erika = contact(u"erika"_s, u"Erika"_s, u"pictures/anna.svg"_s);
    erika.insert(u"autoAnswerSeconds"_s, 5);
    m_config.writeJson(
        u"contacts.json"_s,
        QJsonObject{
            {u"version"_s, 1},
            {u"server"_s, m_rooms.server().toString()},
            {u"roomSizeUrl"_s, m_rooms.roomSizeUrl()},
            {u"displayName"_s, u"Oma Erna"_s},
            {u"ringSeconds"_s, 60},
            {u"contacts"_s,
             QJsonArray{anna, contact(u"lukas"_s, u"Lukas"_s, u"pictures/enkel.svg"_s), erika}}});
    // A station that never answers (the discard port on 127.0.0.1 refuses at once).
    QFile streamsFile(m_config.path() + u"/streams.json"_s);
    QVERIFY(streamsFile.open(QIODevice::ReadOnly));
    QJsonObject streams = QJsonDocument::fromJson(streamsFile.readAll()).object();
    streamsFile.close();
    QJsonArray list = streams.value(u"streams"_s).toArray();
    list.append(QJsonObject{{u"id"_s, u"tot"_s},
                            {u"name"_s, u"Stiller Sender"_s},
                            {u"kind"_s, u"radio"_s},
                            {u"urls"_s, QJsonArray{u"http://127.0.0.1:9/tot.mp3"_s}}});
    streams.insert(u"streams"_s, list);
    m_config.writeJson(u"streams.json"_s, streams);
}

void TestSessionRunner::init()
{
    m_active = std::make_unique<ActiveConfig>(
        loadActiveConfig(m_config.path(), LastGoodConfig(m_data.path())));
    QCOMPARE(m_active->origin, ActiveConfig::Origin::Configured);
    QVERIFY2(m_active->config->contacts.size() == 3, "contacts.json did not load");
    QVERIFY(m_active->config->contacts.at(0).interruptsSessions);
    QVERIFY(!m_active->config->contacts.at(1).interruptsSessions);
    QVERIFY(!m_active->config->contacts.at(2).interruptsSessions);
    QString error;
    m_db = Database::open(m_data.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_clock.set(at(8, 0));
    m_shell = std::make_unique<KioskShell>(*m_active, m_config.path(), m_data.path(), m_clock);
    m_shell->useDatabase(*m_db, nullptr);
    QVERIFY(m_shell->sessions());
    m_shell->window()->resize(1920, 1080);
    m_shell->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
}

void TestSessionRunner::cleanup()
{
    m_shell.reset();
    m_db.reset();
    m_active.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_data.filePath(u"app.db"_s + suffix));
    for (const QString &room : {u"anna"_s, u"lukas"_s, u"erika"_s})
        setOccupancy(room, 0);
}

QDateTime TestSessionRunner::at(int h, int m, int s) const
{
    // The kiosk's programme is in the system's zone, as on the kiosk.
    return QDateTime(QDate(2026, 12, 8), QTime(h, m, s), QTimeZone::systemTimeZone());
}

Session TestSessionRunner::save(const QString &title, SessionContent content, QTime start,
                                bool byItself)
{
    Session s;
    s.title = title;
    s.content = std::move(content);
    s.start = QDateTime(QDate(2026, 12, 8), start, QTimeZone::systemTimeZone());
    s.duration = 45min;
    s.startsByItself = byItself;
    s.volume = 90; // above the residents' maximum (80): staff may
    return m_shell->schedule()->save(s, Actor{1, u"Test"_s}, m_clock.now()).value_or(Session{});
}

void TestSessionRunner::go(const QDateTime &now)
{
    m_clock.set(now);
    m_shell->sessions()->scheduler().check();
}

void TestSessionRunner::watchRooms()
{
    CallCoordinator *calls = m_shell->calls();
    QVERIFY(calls);
    // A ring starts the call browser ahead of an answer (CallEngine::prepare), which only the
    // call program does; nothing is answered here, so no Chromium is started.
    calls->engine().setIsolation(CallEngine::Isolation::InProcess);
    calls->incoming().watcher().setPollInterval(100ms);
    calls->incoming().setTickInterval(50ms);
    calls->start();
    QVERIFY(calls->incoming().watcher().isStarted());
}

void TestSessionRunner::setOccupancy(const QString &room, int participants)
{
    if (participants > 0)
        m_rooms.setParticipants(room, participants);
    else
        m_rooms.setMissing(room); // mod_muc_size: no such room, i.e. empty
}

bool TestSessionRunner::waitForPolls(const QString &room, int polls)
{
    return m_rooms.waitForRequests(room, polls, 20000);
}

void TestSessionRunner::aVideoSessionRunsByItself()
{
    const Session concert = save(u"Konzert am Nachmittag"_s,
                                 {SessionContent::Kind::Stream, u"konzert"_s}, QTime(10, 0), true);
    QVERIFY(concert.id > 0);
    auto *banner = m_shell->window()->findChild<SessionBanner *>();
    QVERIFY(banner);

    go(at(9, 49));
    QVERIFY(!banner->isVisible());
    go(at(9, 50));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"At 10:00: Konzert am Nachmittag"_s);

    go(at(10, 0));
    auto *countdown = qobject_cast<SessionCountdownScreen *>(current());
    QVERIFY(countdown);
    QCOMPARE(countdown->countdownText(), u"It starts by itself in 30 seconds."_s);
    QVERIFY(!m_shell->window()->header()->homeButton()->isVisible());
    QVERIFY(!banner->isVisible()); // not announced any more: it begins

    go(at(10, 0, 30));
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    QVERIFY(player->isGroupSession());
    QCOMPARE(player->volume(), 80 + 10); // the session's 90, above the residents' 80
    QVERIFY(!player->pauseButton()->isVisible());
    QVERIFY(player->hasHomeButton()); // none of its own, and so none in the header either
    QVERIFY(!player->homeButton()->isVisible());
    QVERIFY(!m_shell->window()->header()->homeButton()->isVisible());
    QVERIFY(player->holdsInactivity());
    QTRY_COMPARE_WITH_TIMEOUT(player->session()->phase(), StreamSession::Phase::Playing, 20000);

    go(at(10, 43));
    QVERIFY(m_shell->window()->roomNotice()->isVisible());
    QCOMPARE(m_shell->window()->roomNotice()->text(),
             u"In 2 minutes this ends: Konzert am Nachmittag"_s);
    go(at(10, 45));
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(!m_shell->window()->roomNotice()->isVisible());
    QVERIFY(!m_shell->sessions()->isRunning());
}

void TestSessionRunner::aReminderClosesAndTheStreamPlaysOn()
{
    save(u"Kaffeerunde"_s, {SessionContent::Kind::Announcement, {}}, QTime(15, 0), false);
    go(at(14, 55));
    auto *tile = m_shell->window()->findChild<Tile *>(u"tile-hausradio"_s);
    QVERIFY(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    auto *radio = qobject_cast<PlayerScreen *>(current());
    QVERIFY(radio);
    QTRY_COMPARE_WITH_TIMEOUT(radio->session()->phase(), StreamSession::Phase::Playing, 20000);

    go(at(15, 0));
    auto *countdown = qobject_cast<SessionCountdownScreen *>(current());
    QVERIFY(countdown);
    QVERIFY(countdown->countdownText().isEmpty()); // a reminder: no countdown
    QVERIFY(radio->isInterrupted());
    QVERIFY(countdown->closeButton()->isVisible());
    QTest::mouseClick(countdown->closeButton(), Qt::LeftButton);
    QCOMPARE(current(), radio);
    QVERIFY(!radio->isInterrupted());
    QTRY_COMPARE_WITH_TIMEOUT(radio->session()->phase(), StreamSession::Phase::Playing, 20000);
    go(at(15, 1));
    QCOMPARE(current(), radio); // it does not come back
}

void TestSessionRunner::staffStartARadioForTheRoom()
{
    Session radio;
    radio.title = u"Hausradio Sonnenhang"_s;
    radio.content = {SessionContent::Kind::Stream, u"hausradio"_s};
    radio.volume = 60;
    go(at(11, 0));
    m_shell->sessions()->startNow(radio, 30min);
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    QVERIFY(player->isGroupSession());
    QCOMPARE(player->volume(), 60);
    QVERIFY(m_shell->sessions()->isRunning());
    go(at(11, 29));
    QCOMPARE(current(), player);
    go(at(11, 30));
    QVERIFY(m_shell->navigator()->isHome());
}

void TestSessionRunner::aRingWaitsUntilTheSessionEnds()
{
    save(u"Konzert am Nachmittag"_s, {SessionContent::Kind::Stream, u"konzert"_s}, QTime(10, 0),
         true);
    go(at(10, 0));
    go(at(10, 0, 30));
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    QVERIFY(player->isGroupSession());
    QTRY_COMPARE_WITH_TIMEOUT(player->session()->phase(), StreamSession::Phase::Playing, 20000);
    watchRooms();
    CallCoordinator *calls = m_shell->calls();

    // Lukas opens the room a little before the end of the concert: it rings, but not in the room.
    go(at(10, 44, 30));
    QVERIFY(m_shell->sessions()->isRunning());
    setOccupancy(u"lukas"_s, 1);
    QTRY_COMPARE_WITH_TIMEOUT(calls->incoming().ringingContact(), u"lukas"_s, 20000);
    QVERIFY(waitForPolls(u"lukas"_s, 2));
    QCOMPARE(current(), player);
    QVERIFY(!player->isInterrupted());
    QCOMPARE(player->session()->phase(), StreamSession::Phase::Playing);
    QVERIFY(!calls->ringScreen());
    QVERIFY(!m_shell->window()->findChild<RingScreen *>());

    // The concert is over: the home screen, and Lukas, still waiting, rings over it.
    go(at(10, 45));
    QVERIFY(!m_shell->sessions()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), 5000);
    QCOMPARE(ringScreen()->contact().id, u"lukas"_s);
    QCOMPARE(calls->ringScreen(), ringScreen());
    QCOMPARE(ringScreen()->titleText(), u"Lukas is calling"_s);
    QTest::mouseClick(ringScreen()->rejectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->navigator()->isHome(), 5000);
    QCOMPARE(calls->banner()->text(), u"Lukas called at 10:44."_s);
}

void TestSessionRunner::aContactWhoInterruptsSessionsRingsAtOnce()
{
    Session concert;
    concert.title = u"Konzert am Nachmittag"_s;
    concert.content = {SessionContent::Kind::Stream, u"konzert"_s};
    concert.volume = 60;
    go(at(11, 0));
    m_shell->sessions()->startNow(concert, 30min);
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    QVERIFY(player->isGroupSession());
    QTRY_COMPARE_WITH_TIMEOUT(player->session()->phase(), StreamSession::Phase::Playing, 20000);
    watchRooms();

    // Anna may ring through a session: over the concert, which pauses below.
    setOccupancy(u"anna"_s, 1);
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), 20000);
    QCOMPARE(ringScreen()->contact().id, u"anna"_s);
    QVERIFY(m_shell->sessions()->isRunning());
    QVERIFY(player->isInterrupted());
    QCOMPARE(player->session()->phase(), StreamSession::Phase::Paused);

    // Declined: the concert plays on for the room.
    QTest::mouseClick(ringScreen()->rejectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(current(), static_cast<Screen *>(player), 5000);
    QVERIFY(!player->isInterrupted());
    QVERIFY(m_shell->sessions()->isRunning());
    QCOMPARE(m_shell->sessions()->sessionScreen(), player);
    QTRY_COMPARE_WITH_TIMEOUT(player->session()->phase(), StreamSession::Phase::Playing, 20000);
}

void TestSessionRunner::aRingThatWaitedTooLongIsAMissedCallAfterTheSession()
{
    save(u"Kaffeerunde"_s, {SessionContent::Kind::Announcement, {}}, QTime(15, 0), true);
    go(at(15, 0));
    go(at(15, 0, 30));
    auto *announcement = qobject_cast<AnnouncementScreen *>(current());
    QVERIFY(announcement);
    QVERIFY(m_shell->sessions()->isRunning());
    watchRooms();
    CallCoordinator *calls = m_shell->calls();

    setOccupancy(u"lukas"_s, 1);
    QTRY_COMPARE_WITH_TIMEOUT(calls->incoming().ringingContact(), u"lukas"_s, 20000);
    QVERIFY(waitForPolls(u"lukas"_s, 2));
    QCOMPARE(current(), announcement);
    // Nobody saw it ring for its 60 seconds: missed.
    QSignalSpy missed(&calls->incoming(), &IncomingCalls::missedCallsChanged);
    m_clock.set(at(15, 1, 31));
    QVERIFY(missed.wait(5000));
    QVERIFY(calls->incoming().ringingContact().isEmpty());
    QCOMPARE(current(), announcement);

    // Staff end the session: home, with the missed call and no ring (Lukas, still in his room,
    // is not rung at again).
    m_shell->sessions()->stop();
    QVERIFY(!m_shell->sessions()->isRunning());
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(waitForPolls(u"lukas"_s, 2));
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(!calls->ringScreen());
    QVERIFY(calls->banner()->isVisible());
    QCOMPARE(calls->banner()->text(), u"Lukas called at 15:00."_s);
}

void TestSessionRunner::aWaitingRingIsNotAnsweredByItself()
{
    // Should the kiosk open the call this test expects it not to, the call fails at once here,
    // without the call module, instead of starting WebEngine in a test not made for it.
    const QByteArray moduleDir = qgetenv("DORFPLATZ_MODULE_DIR");
    const bool hadModuleDir = qEnvironmentVariableIsSet("DORFPLATZ_MODULE_DIR");
    qputenv("DORFPLATZ_MODULE_DIR", QFile::encodeName(m_data.filePath(u"no-call-module"_s)));
    const auto restore = qScopeGuard([&] {
        if (hadModuleDir)
            qputenv("DORFPLATZ_MODULE_DIR", moduleDir);
        else
            qunsetenv("DORFPLATZ_MODULE_DIR");
    });

    save(u"Kaffeerunde"_s, {SessionContent::Kind::Announcement, {}}, QTime(15, 0), true);
    go(at(15, 0));
    go(at(15, 0, 30));
    QPointer<Screen> announcement = qobject_cast<AnnouncementScreen *>(current());
    QVERIFY(announcement);
    watchRooms();
    CallCoordinator *calls = m_shell->calls();

    setOccupancy(u"erika"_s, 1);
    QTRY_COMPARE_WITH_TIMEOUT(calls->incoming().ringingContact(), u"erika"_s, 20000);
    QVERIFY(waitForPolls(u"erika"_s, 2));
    QCOMPARE(current(), announcement.data());
    // Past her 5 seconds; the rooms asked again, the ring's 50 ms tick has come round since.
    m_clock.set(at(15, 0, 40));
    const bool polled = waitForPolls(u"lukas"_s, 3);
    // Held back, her countdown stands still: a call nobody saw never replaces the session.
    QCOMPARE(current(), announcement.data());
    QVERIFY(polled);
    QVERIFY(!calls->inCall());
    QVERIFY(m_shell->sessions()->isRunning());
    QCOMPARE(calls->incoming().ringingContact(), u"erika"_s);
    // After the session she rings, as anyone who waited.
    m_shell->sessions()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), 5000);
    QCOMPARE(ringScreen()->contact().id, u"erika"_s);
}

void TestSessionRunner::aSessionThatDoesNotWorkIsMarkedAndTriedAgain()
{
    save(u"Radiokonzert"_s, {SessionContent::Kind::Stream, u"tot"_s}, QTime(11, 0), true);
    SessionRunner *runner = m_shell->sessions();
    runner->setRetryDelay(200ms);
    go(at(11, 0));
    go(at(11, 0, 30));
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    const ScheduledItem item = runner->scheduler().running().value();
    // The player says the station does not answer and tries again, as always; staff's "Heute"
    // reads the same words from the scheduler.
    QTRY_VERIFY_WITH_TIMEOUT(!runner->scheduler().trouble(item).isEmpty(), 20000);
    QCOMPARE(runner->scheduler().trouble(item), player->trouble());

    // The content's screen gives up (as a call that did not come about goes home): the room
    // waits with a notice, and the session is tried again while its time lasts.
    QPointer<PlayerScreen> gone = player;
    m_shell->navigator()->goHome();
    QTRY_VERIFY(!gone);
    QVERIFY(runner->isRunning());
    QVERIFY(runner->retryTimer().isActive());
    QVERIFY2(m_shell->window()->roomNotice()->text().startsWith(
                 u"Radiokonzert is not working right now. It will be tried again at "_s),
             qPrintable(m_shell->window()->roomNotice()->text()));
    QVERIFY(!m_shell->window()->header()->homeButton()->isVisible());
    QTRY_VERIFY(qobject_cast<PlayerScreen *>(current()));
    QVERIFY(m_shell->window()->roomNotice()->text().isEmpty());
    QVERIFY(runner->isRunning());

    // Staff end it: home, and no try is left.
    QTRY_VERIFY_WITH_TIMEOUT(!runner->scheduler().trouble(item).isEmpty(), 20000);
    gone = qobject_cast<PlayerScreen *>(current());
    m_shell->navigator()->goHome();
    QTRY_VERIFY(!gone);
    QVERIFY(runner->retryTimer().isActive());
    runner->stop();
    QVERIFY(!runner->retryTimer().isActive());
    QVERIFY(!runner->isRunning());
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(m_shell->window()->roomNotice()->text().isEmpty());
    // What went wrong stays with the date.
    QVERIFY(!runner->scheduler().trouble(item).isEmpty());
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestSessionRunner)
#include "tst_sessionrunner.moc"
