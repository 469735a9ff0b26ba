// Calls through the whole kiosk UI with real WebEngine (fake camera and microphone) against a
// STAND-IN Jitsi room (tests/data/calls, served on 127.0.0.1: no Jitsi server can run here), and a
// room-size endpoint (Prosody's mod_muc_size) on a test HTTP server, with a FixedClock: a call
// tile opens the call and the overlay follows the room; the room closing, the other side leaving,
// being alone, and "Auflegen" lead home; a ring is answered, declined (back to the stream, which
// plays again; the missed call waits on the home screen) or answered by itself when the clock has
// moved on; nothing rings during a call or outside a contact's hours.
#include "core/calls/incomingcalls.h"
#include "core/calls/presencewatcher.h"
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "media/streamsession.h"
#include "pagescript.h"
#include "standinroom.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"
#include "ui/calls/callbutton.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/callengine.h"
#include "ui/calls/callscreen.h"
#include "ui/calls/contactsscreen.h"
#include "ui/calls/missedcallsbanner.h"
#include "ui/calls/ringscreen.h"
#include "ui/calls/ringtone.h"
#include "ui/home/homescreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/navigator.h"
#include "ui/kit/tile.h"
#include "ui/player/playerscreen.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Friday 14:05: Anna and Lukas may ring, "Nachtschwester" only from 09:00 to 10:00.
const QDateTime start(QDate(2026, 11, 27), QTime(14, 5, 10));
constexpr int timeout = 20000;
const QString secret = u"eyJhbGciOiJIUzI1NiJ9.geheim-"_s;

// Every message while installed, as "category: text".
QStringList *capturedLog = nullptr;
QtMessageHandler previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (capturedLog)
        capturedLog->append(QString::fromLatin1(context.category) + u": "_s + text);
    if (previousHandler)
        previousHandler(type, context, text);
}

} // namespace

class TestCallFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void callTileStartsTheCallAndTheRoomClosingEndsIt();
    void hangUpSendsTheCommandAndGoesHome();
    void otherSideLeavingEndsTheCall();
    void aloneTooLongHangsUpWithACalmSentence();
    void contactsPageCallsOnOneTap();
    void ringAnsweredOpensTheCall();
    void ringDeclinedReturnsToTheStream();
    void ringAnswersByItselfWhenTheClockMovesOn();
    void nothingRingsDuringACall();
    void nothingRingsOutsideTheHours();
    void answeredByItselfTheCameraWaitsForATapAndTheLogKeepsNoSecrets();
    void aCallEndsAfterItsLongestTime();
    void theScreenSaysWhenTheOtherCameraIsOffAndWhenTheLobbyWaits();

private:
    void setOccupancy(const QString &room, int participants);
    void tapFreely();
    void tap(QAbstractButton *button);
    Screen *current() const { return m_shell->navigator()->current(); }
    CallScreen *callScreen() const { return qobject_cast<CallScreen *>(current()); }
    RingScreen *ringScreen() const { return qobject_cast<RingScreen *>(current()); }
    Tile *tile(const QString &id) const;
    // Waits until every watched room was asked `polls` more times.
    bool waitForPolls(int polls);
    bool joinCall(const QString &tileId);
    // Home, and the call over in the engine and in the coordinator.
    bool isHomeAndIdle() const;

    FixedClock m_clock{start};
    Test::StandInRoom m_room;
    Test::HttpServer m_presence;
    QHash<QString, int> m_occupancy;
    Test::TestConfigDir m_config;
    QTemporaryDir m_data;
    ActiveConfig m_active;
    std::unique_ptr<KioskShell> m_shell;
    CallCoordinator *m_calls = nullptr;
};

void TestCallFlow::initTestCase()
{
    // The kiosk's WebEngine in this process, so the test can reach into the room's page;
    // tst_callprocess covers calls in the program dorfplatz-call.
    qputenv("DORFPLATZ_CALLS_IN_PROCESS", "1");
    qRegisterMetaType<CallEngine::EndReason>();
    QVERIFY(m_room.listen());
    for (const QString &room : {u"anna"_s, u"lukas"_s, u"nacht"_s})
        m_room.addRoom(room);
    QVERIFY(m_presence.listen());
    for (const QString &room : {u"anna"_s, u"lukas"_s, u"nacht"_s})
        setOccupancy(room, 0);

    m_config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    m_config.writeJson(u"kiosk.json"_s, QJsonObject{{u"version"_s, 1}, {u"tapSound"_s, false}});
    const auto tile = [](const QString &id, const QString &kind, const QString &target) {
        QJsonObject object{
            {u"id"_s, id}, {u"kind"_s, kind}, {u"label"_s, id}, {u"picture"_s, u"icon:call"_s}};
        if (!target.isEmpty())
            object.insert(u"target"_s, target);
        return object;
    };
    m_config.writeJson(
        u"tiles.json"_s,
        QJsonObject{{u"version"_s, 1},
                    {u"tiles"_s, QJsonArray{tile(u"radio"_s, u"stream"_s, u"hausradio"_s),
                                            tile(u"anna"_s, u"call"_s, u"anna"_s),
                                            tile(u"alle"_s, u"call"_s, QString())}}});
    const auto hours = [](const QString &from, const QString &to) {
        return QJsonArray{QJsonObject{{u"start"_s, from}, {u"end"_s, to}}};
    };
    const auto contact = [&](const QString &id, const QString &name) {
        // A ringing contact needs the family's secret: here a token (the stand-in room takes any).
        return QJsonObject{{u"id"_s, id},
                           {u"name"_s, name},
                           {u"room"_s, id},
                           {u"picture"_s, u"pictures/anna.svg"_s},
                           {u"ring"_s, true},
                           {u"displayName"_s, u"Oma Erna"_s},
                           {u"jwt"_s, QString(secret + id)}};
    };
    QJsonObject anna = contact(u"anna"_s, u"Anna"_s);
    anna.insert(u"autoAnswerSeconds"_s, 5);
    anna.insert(u"autoAnswerHours"_s, hours(u"13:00"_s, u"15:00"_s));
    QJsonObject nacht = contact(u"nacht"_s, u"Nachtschwester"_s);
    nacht.insert(u"ringHours"_s, hours(u"09:00"_s, u"10:00"_s));
    m_config.writeJson(
        u"contacts.json"_s,
        QJsonObject{
            {u"version"_s, 1},
            {u"server"_s, m_room.server().toString()},
            {u"roomSizeUrl"_s, u"http://127.0.0.1:%1/room-size/{room}"_s.arg(m_presence.port())},
            {u"ringSeconds"_s, 60},
            {u"contacts"_s, QJsonArray{anna, contact(u"lukas"_s, u"Lukas"_s), nacht}}});

    QVERIFY(m_data.isValid());
    m_active = loadActiveConfig(m_config.path(), LastGoodConfig(m_data.path()));
    QCOMPARE(m_active.origin, ActiveConfig::Origin::Configured);
    QVERIFY2(m_active.config->contacts.size() == 3, "contacts.json did not load");

    m_shell = std::make_unique<KioskShell>(m_active, m_config.path(), m_data.path(), m_clock);
    m_calls = m_shell->calls();
    QVERIFY(m_calls);
    // Nothing of WebEngine before the first call.
    QVERIFY(!m_calls->engine().isCreated());
    m_calls->setTiming({3min, 30s, 300ms});
    m_calls->incoming().watcher().setPollInterval(100ms);
    m_calls->incoming().setTickInterval(50ms);
    m_shell->window()->resize(1280, 800);
    m_shell->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
    m_calls->start();
}

void TestCallFlow::cleanupTestCase()
{
    m_shell.reset();
}

void TestCallFlow::init()
{
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(m_calls->incoming().ringingContact().isEmpty());
}

void TestCallFlow::cleanup()
{
    for (const QString &room : {u"anna"_s, u"lukas"_s, u"nacht"_s})
        setOccupancy(room, 0);
    m_clock.set(start);
    m_calls->setTiming({3min, 30s, 300ms});
    m_shell->navigator()->goHome();
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
    m_calls->incoming().markSeen();
}

void TestCallFlow::setOccupancy(const QString &room, int participants)
{
    m_occupancy.insert(room, participants);
    m_presence.clearRoutes();
    for (auto it = m_occupancy.cbegin(); it != m_occupancy.cend(); ++it) {
        const QString path = u"/room-size/"_s + it.key();
        if (it.value() > 0) {
            m_presence.addContent(path, "application/json",
                                  QByteArrayLiteral("{\"participants\": ") +
                                      QByteArray::number(it.value()) + '}');
        } else {
            m_presence.addStatus(path, 404); // mod_muc_size: no such room, i.e. empty
        }
    }
}

void TestCallFlow::tapFreely()
{
    static std::chrono::milliseconds time{0};
    for (TapButton *button : m_shell->window()->findChildren<TapButton *>())
        button->guard().setTimeSource([] { return time += 1000ms; });
}

void TestCallFlow::tap(QAbstractButton *button)
{
    tapFreely();
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

Tile *TestCallFlow::tile(const QString &id) const
{
    return m_shell->window()->findChild<Tile *>(u"tile-"_s + id);
}

bool TestCallFlow::waitForPolls(int polls)
{
    const auto count = [this] {
        return m_presence.requestCount(u"/room-size/anna"_s) +
               m_presence.requestCount(u"/room-size/lukas"_s);
    };
    const int target = count() + 2 * polls;
    QSignalSpy requests(&m_presence, &Test::HttpServer::requested);
    while (count() < target && requests.wait(timeout)) {
    }
    return count() >= target;
}

bool TestCallFlow::joinCall(const QString &tileId)
{
    tap(tile(tileId));
    if (QTest::currentTestFailed() || !callScreen())
        return false;
    QSignalSpy state(callScreen(), &CallScreen::stateChanged);
    return callScreen()->state() == CallScreen::State::InCall || state.wait(timeout);
}

bool TestCallFlow::isHomeAndIdle() const
{
    return m_shell->navigator()->isHome() && !m_calls->engine().isActive() && !m_calls->inCall();
}

void TestCallFlow::callTileStartsTheCallAndTheRoomClosingEndsIt()
{
    tap(tile(u"anna"_s));
    CallScreen *screen = callScreen();
    QVERIFY(screen);
    QCOMPARE(screen->contact().id, u"anna"_s);
    QCOMPARE(screen->state(), CallScreen::State::Connecting);
    QCOMPARE(screen->statusText(), u"Connecting to Anna …"_s);
    QVERIFY(screen->coverShown());
    QVERIFY(!m_shell->window()->header()->isVisible()); // the whole glass
    QVERIFY(m_calls->engine().isCreated());
    QVERIFY(m_calls->incoming().isBusy());
    // The view is in the screen, below the overlay; Auflegen is on top of it.
    QWidget *callView = screen->view();
    QVERIFY(callView);
    QCOMPARE(callView->parent(), static_cast<QObject *>(screen));
    QVERIFY(screen->hangUpButton()->isVisible());
    QCOMPARE(screen->childAt(screen->hangUpButton()->geometry().center()),
             static_cast<QWidget *>(screen->hangUpButton()));

    QTRY_COMPARE_WITH_TIMEOUT(screen->state(), CallScreen::State::InCall, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_room.recorded(u"joined"_s, u"anna"_s), 1, 5000);
    QVERIFY(!screen->coverShown());
    QVERIFY(!screen->statusText().contains(u"Connecting"_s));
    QCOMPARE(screen->statusText(), u"Anna is not here yet. Please wait a moment."_s);
    QVERIFY(screen->aloneTimer().isActive());
    // On the glass: the room's page fills the screen and Auflegen is drawn over it.
    const auto glassAt = [this, screen](QPoint point) {
        const QImage glass = m_shell->window()->screen()->grabWindow(0).toImage();
        if (qEnvironmentVariableIsSet("DORFPLATZ_CALLS_SCREENSHOTS"))
            glass.save(u"/tmp/calls-flow-in-call.png"_s);
        return glass.pixelColor(screen->mapTo(m_shell->window(), point));
    };
    const QRect button = screen->hangUpButton()->geometry();
    QTRY_COMPARE_WITH_TIMEOUT(
        glassAt(QPoint(button.center().x(), button.bottom() - button.height() / 6)),
        CallButton::fillColor(CallButton::Kind::HangUp), 5000);
    // The stand-in room's page (#223) in the middle, not the cover (#1b1b1b).
    QTRY_COMPARE_WITH_TIMEOUT(glassAt(QPoint(screen->width() / 3, screen->height() / 2)),
                              QColor(0x22, 0x22, 0x33), 5000);
    Test::sendToRoom(m_calls->engine().page(), u"participantJoined"_s, u"anna"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screen->statusText().isEmpty(), 5000);
    QVERIFY(!screen->aloneTimer().isActive());
    QCOMPARE(screen->nameText(), u"Anna"_s); // the name stays

    Test::sendToRoom(m_calls->engine().page(), u"readyToClose"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->navigator()->isHome(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
    QVERIFY(!m_calls->incoming().isBusy());
}

void TestCallFlow::hangUpSendsTheCommandAndGoesHome()
{
    const int hangUps = m_room.recorded(u"hangup"_s, u"anna"_s);
    QVERIFY(joinCall(u"anna"_s));
    tap(callScreen()->hangUpButton());
    // Home at once; the room hears the hang-up.
    QVERIFY(m_shell->navigator()->isHome());
    QTRY_COMPARE_WITH_TIMEOUT(m_room.recorded(u"hangup"_s, u"anna"_s), hangUps + 1, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
}

void TestCallFlow::otherSideLeavingEndsTheCall()
{
    QVERIFY(joinCall(u"anna"_s));
    QPointer<CallScreen> screen = callScreen();
    Test::sendToRoom(m_calls->engine().page(), u"participantJoined"_s, u"anna"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screen->statusText().isEmpty(), 5000);
    Test::sendToRoom(m_calls->engine().page(), u"participantLeft"_s, u"anna"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->navigator()->isHome(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
}

void TestCallFlow::aloneTooLongHangsUpWithACalmSentence()
{
    m_calls->setTiming({500ms, 30s, 1000ms});
    QVERIFY(joinCall(u"anna"_s));
    CallScreen *screen = callScreen();
    QTRY_COMPARE_WITH_TIMEOUT(screen->state(), CallScreen::State::Failed, 5000);
    QCOMPARE(screen->failureText().section(u'\n', 0, 0),
             u"Anna is not there right now. Please try again later."_s);
    QVERIFY(!screen->holdsInactivity());
    // The kiosk hung up, and goes home by itself after the sentence was shown.
    QTRY_VERIFY_WITH_TIMEOUT(!m_calls->engine().isActive(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->navigator()->isHome(), 5000);
}

void TestCallFlow::contactsPageCallsOnOneTap()
{
    tap(tile(u"alle"_s));
    auto *contacts = qobject_cast<ContactsScreen *>(current());
    QVERIFY(contacts);
    QCOMPARE(contacts->tiles().size(), 3);
    auto *lukas = contacts->findChild<Tile *>(u"contact-lukas"_s);
    tap(lukas);
    QVERIFY(callScreen());
    QCOMPARE(callScreen()->contact().id, u"lukas"_s);
    QTRY_COMPARE_WITH_TIMEOUT(callScreen()->state(), CallScreen::State::InCall, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_room.recorded(u"joined"_s, u"lukas"_s), 1, 5000);
    tap(callScreen()->hangUpButton());
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
}

void TestCallFlow::ringAnsweredOpensTheCall()
{
    setOccupancy(u"anna"_s, 1);
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), timeout);
    RingScreen *ring = ringScreen();
    QCOMPARE(ring->contact().id, u"anna"_s);
    QCOMPARE(ring->titleText(), u"Anna is calling"_s);
    QCOMPARE(ring->countdownText(), u"Answering by itself in 5 seconds"_s);
    QVERIFY(ring->ringTone().isPlaying());
    QVERIFY(ring->ringTone().volume() <= m_active.config->calls.ringVolume / 100.0);
    tap(ring->answerButton());
    QTRY_VERIFY_WITH_TIMEOUT(callScreen(), 5000);
    QCOMPARE(callScreen()->contact().id, u"anna"_s);
    QTRY_COMPARE_WITH_TIMEOUT(callScreen()->state(), CallScreen::State::InCall, timeout);
    tap(callScreen()->hangUpButton());
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
    // Anna is still in her room: after the call with her it does not ring again.
    QVERIFY(waitForPolls(3));
    QVERIFY(!ringScreen());
    QVERIFY(m_calls->incoming().ringingContact().isEmpty());
    QVERIFY(m_calls->incoming().missedCalls().isEmpty());
}

void TestCallFlow::ringDeclinedReturnsToTheStream()
{
    tap(tile(u"radio"_s));
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    QTRY_COMPARE_WITH_TIMEOUT(player->session()->phase(), StreamSession::Phase::Playing, timeout);

    setOccupancy(u"lukas"_s, 1);
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), timeout);
    QCOMPARE(ringScreen()->contact().id, u"lukas"_s);
    QVERIFY(ringScreen()->countdownText().isEmpty()); // Lukas is never answered by itself
    // The stream waits, paused, under the ring.
    QVERIFY(player->isInterrupted());
    QCOMPARE(player->session()->phase(), StreamSession::Phase::Paused);

    tap(ringScreen()->rejectButton());
    QTRY_COMPARE_WITH_TIMEOUT(current(), static_cast<Screen *>(player), 5000);
    QVERIFY(!player->isInterrupted());
    QTRY_COMPARE_WITH_TIMEOUT(player->session()->phase(), StreamSession::Phase::Playing, timeout);
    // Lukas is still waiting: no second ring until his room was empty.
    QVERIFY(waitForPolls(3));
    QCOMPARE(current(), static_cast<Screen *>(player));

    // Home shows the missed call until it is seen.
    tap(player->homeButton());
    QVERIFY(m_shell->navigator()->isHome());
    MissedCallsBanner *banner = m_calls->banner();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"Lukas called at 14:05."_s);
    QCOMPARE(banner->callBackContact(), u"lukas"_s);
    tap(banner->seenButton());
    QVERIFY(!banner->isVisible());
    QVERIFY(m_calls->incoming().missedCalls().isEmpty());
}

void TestCallFlow::ringAnswersByItselfWhenTheClockMovesOn()
{
    setOccupancy(u"anna"_s, 1);
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), timeout);
    QCOMPARE(ringScreen()->countdownText(), u"Answering by itself in 5 seconds"_s);
    m_clock.set(start.addSecs(3));
    QTRY_COMPARE_WITH_TIMEOUT(ringScreen()->countdownText(), u"Answering by itself in 2 seconds"_s,
                              5000);
    m_clock.set(start.addSecs(5));
    QTRY_VERIFY_WITH_TIMEOUT(callScreen(), 5000);
    QCOMPARE(callScreen()->contact().id, u"anna"_s);
    QTRY_COMPARE_WITH_TIMEOUT(callScreen()->state(), CallScreen::State::InCall, timeout);
    tap(callScreen()->hangUpButton());
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
}

void TestCallFlow::nothingRingsDuringACall()
{
    QVERIFY(joinCall(u"anna"_s));
    QVERIFY(m_calls->incoming().isBusy());
    const int asked = m_presence.requestCount(u"/room-size/lukas"_s);
    setOccupancy(u"lukas"_s, 1);
    // Long enough for many polls: the call screen stays, nothing is asked.
    Test::sendToRoom(m_calls->engine().page(), u"participantJoined"_s, u"anna"_s);
    QTRY_VERIFY_WITH_TIMEOUT(callScreen()->statusText().isEmpty(), 5000);
    QSignalSpy requests(&m_presence, &Test::HttpServer::requested);
    QVERIFY(!requests.wait(1000));
    QVERIFY(callScreen());
    QCOMPARE(m_presence.requestCount(u"/room-size/lukas"_s), asked);
    QVERIFY(m_calls->incoming().ringingContact().isEmpty());

    // After the call Lukas, who was waiting all along, rings.
    tap(callScreen()->hangUpButton());
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), timeout);
    QCOMPARE(ringScreen()->contact().id, u"lukas"_s);
    tap(ringScreen()->rejectButton());
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->navigator()->isHome(), 5000);
}

void TestCallFlow::nothingRingsOutsideTheHours()
{
    setOccupancy(u"nacht"_s, 1);
    QVERIFY(waitForPolls(3));
    QCOMPARE(m_presence.requestCount(u"/room-size/nacht"_s), 0);
    QVERIFY(!ringScreen());
    QVERIFY(m_calls->incoming().ringingContact().isEmpty());
    // At 09:30 she may ring.
    m_clock.set(QDateTime(start.date(), QTime(9, 30)));
    m_calls->incoming().watcher().recheck();
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), timeout);
    QCOMPARE(ringScreen()->contact().id, u"nacht"_s);
    tap(ringScreen()->rejectButton());
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->navigator()->isHome(), 5000);
}

void TestCallFlow::answeredByItselfTheCameraWaitsForATapAndTheLogKeepsNoSecrets()
{
    // The kiosk's default: info and above.
    QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    QStringList log;
    capturedLog = &log;
    previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        capturedLog = nullptr;
        QLoggingCategory::setFilterRules({});
    });

    // The room is cross-origin to the host page: the test reads it through a probe of its own,
    // which must be there before the room loads.
    QVERIFY(m_calls->engine().view());
    Test::installRoomProbe(m_calls->engine().page());
    setOccupancy(u"anna"_s, 1);
    QTRY_VERIFY_WITH_TIMEOUT(ringScreen(), timeout);
    m_clock.set(start.addSecs(5));
    QTRY_VERIFY_WITH_TIMEOUT(callScreen(), 5000);
    CallScreen *screen = callScreen();
    // Nobody chose to be seen: the camera is off, and a big button turns it on.
    QVERIFY(screen->cameraButton()->isVisible());
    QCOMPARE(screen->cameraButton()->text(), u"Turn camera on"_s);
    QCOMPARE(screen->cameraSignText(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(screen->state(), CallScreen::State::InCall, timeout);
    const QString room = u"standIn"_s;
    QCOMPARE(Test::evaluateInRoom(m_calls->engine().page(), room + u".videoMuted"_s).toBool(),
             true);
    QCOMPARE(Test::evaluateInRoom(m_calls->engine().page(), room + u".jwt"_s).toString(),
             secret + u"anna"_s);
    QVERIFY(!m_calls->engine().isCameraOn());

    tap(screen->cameraButton());
    QTRY_COMPARE_WITH_TIMEOUT(screen->cameraSignText(), u"\u25CF Camera on"_s, 5000);
    QVERIFY(!screen->cameraButton()->isVisible());
    QCOMPARE(m_room.recorded(u"camera-on"_s, u"anna"_s), 1);
    QCOMPARE(Test::evaluateInRoom(m_calls->engine().page(), room + u".videoMuted"_s).toBool(),
             false);
    tap(screen->hangUpButton());
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);

    // Who called, the room (its path is the family's secret) and the token never reach the log.
    QVERIFY(!log.isEmpty());
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
        if (line.startsWith(u"dorfplatz.calls"_s))
            QVERIFY2(!line.contains(u"anna"_s, Qt::CaseInsensitive), qPrintable(line));
    }
    QVERIFY(log.join(u'\n').contains(u"Answering a call by itself."_s));
}

void TestCallFlow::aCallEndsAfterItsLongestTime()
{
    // Configured: maxCallMinutes (60 by default).
    QCOMPARE(m_calls->timing().maxLength, std::chrono::milliseconds(60min));
    QVERIFY(joinCall(u"anna"_s));
    // A call that began calling out has its camera on, and says so.
    QCOMPARE(callScreen()->cameraSignText(), u"\u25CF Camera on"_s);
    QVERIFY(!callScreen()->cameraButton()->isVisible());
    tap(callScreen()->hangUpButton());
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);

    CallScreen::Timing timing = m_calls->timing();
    timing.maxLength = 3s;
    timing.failureShown = 1s;
    m_calls->setTiming(timing);
    QVERIFY(joinCall(u"anna"_s));
    CallScreen *screen = callScreen();
    Test::sendToRoom(m_calls->engine().page(), u"participantJoined"_s, u"anna"_s);
    // Before the end, the band says it is coming.
    QTRY_COMPARE_WITH_TIMEOUT(screen->statusText(), u"The call will end in one minute."_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(screen->state(), CallScreen::State::Failed, 5000);
    QVERIFY2(screen->failureText().startsWith(u"The call has lasted"_s),
             qPrintable(screen->failureText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_calls->engine().isActive(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->navigator()->isHome(), 5000);
}

// What the engine reports of the room beyond joining and leaving, as the call screen says it.
// The other camera comes from the stand-in room (participantMuted). The lobby wait is emitted
// by hand: the contacts' rooms here have no lobby (tst_webcallengine proves the engine's part).
void TestCallFlow::theScreenSaysWhenTheOtherCameraIsOffAndWhenTheLobbyWaits()
{
    CallEngine &engine = m_calls->engine();
    tap(tile(u"anna"_s));
    CallScreen *screen = callScreen();
    QVERIFY(screen);
    if (screen->state() == CallScreen::State::Connecting) {
        Q_EMIT engine.waitingInLobby();
        QCOMPARE(screen->statusText(), u"Anna will let you in in a moment …"_s);
    }
    QTRY_COMPARE_WITH_TIMEOUT(screen->state(), CallScreen::State::InCall, timeout);
    Test::sendToRoom(engine.page(), u"participantJoined"_s, u"anna"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screen->statusText().isEmpty(), 5000);
    Test::sendToRoom(engine.page(), u"otherVideoMuted"_s, u"anna"_s);
    QTRY_COMPARE_WITH_TIMEOUT(screen->statusText(), u"Anna's camera is off."_s, 5000);
    QVERIFY(screen->spokenText().contains(u"Anna's camera is off."_s));
    Test::sendToRoom(engine.page(), u"otherVideoUnmuted"_s, u"anna"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screen->statusText().isEmpty(), 5000);
    tap(screen->hangUpButton());
    QTRY_VERIFY_WITH_TIMEOUT(isHomeAndIdle(), timeout);
}

QTEST_MAIN(TestCallFlow)
#include "tst_callflow.moc"
