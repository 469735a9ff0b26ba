#include "pagescript.h"
#include "standinroom.h"
#include "ui/calls/web/callbridge.h"
#include "ui/calls/web/lockedpage.h"
#include "ui/calls/web/webcallengine.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dorfplatz::WebCallEngine::EndReason)
Q_DECLARE_METATYPE(Dorfplatz::WebCallEngine::MediaProblem)

namespace Dorfplatz {

// WebCallEngine with real WebEngine, the fake camera and microphone, and a STAND-IN Jitsi room
// (tests/data/calls: external_api.js and a room page speaking the IFrame API's messages; no
// Jitsi server can run here). One engine for the whole test, as in the kiosk: every call after
// the first reuses its WebEngine.
class TestWebCallEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void nothingExistsBeforeTheFirstCall();
    void joinsWithCameraGrantedToTheCallOrigin();
    void hangUpSendsTheCommandAndEmptiesThePage();
    void secondCallReusesWebEngine();
    void othersJoiningAndLeavingAreReported();
    void readyToCloseEndsTheCall();
    void cameraProblemIsReported();
    void deadServerFailsToLoad();
    void serverNotConfiguredIsRefused();
    void roomThatNeverJoinsTimesOut();
    void hangUpWithoutAnswerEndsAfterGrace();
    void newCallEndsTheActiveOne();
    void rendererCrashEndsTheCall();
    void blockedNavigationKeepsTheCall();
    void roomAskingToStayIsLeftAnyway();
    void roomStuckInALoopIsForcedOut();
    void cameraStaysOffUntilTurnedOn();
    void tokenReachesTheRoom();
    void passwordRoomsAreCheckedWhenAnswering();
    void hostPageSetsOnlyWhitelistedKeys();
    void hangUpLeavesWithoutFeedbackDialog();
    void lobbyIsKnockedAtWithoutATap();
    void kickedOutEndsTheCall();
    void recordingConsentEndsTheCall();
    void roomTroubleAndTheOtherCameraArePassedOn();
    void nothingOfACallIsKept();
    void releaseDropsWebEngineAndTheNextCallStillWorks();
    void roomCannotReachTheBridge();
    void roomIsSandboxed();

private:
    CallRequest request(const QString &room) const;
    // Starts a call and waits until joined.
    bool startAndJoin(const QString &room);
    bool endCall(WebCallEngine::EndReason *reason = nullptr, int timeoutMs = 10000);
    QVariant js(const QString &script) { return Test::evaluate(m_engine->page(), script); }
    // In the room's frame (cross-origin to the host page): see installRoomProbe().
    QVariant inRoom(const QString &script)
    {
        return Test::evaluateInRoom(m_engine->page(), script);
    }
    // The bridge the host page reports to (the page's web channel object "bridge").
    CallBridge *bridge() const;
    // The events the bridge passed on, by name, as a spy recorded them.
    static QList<QVariantMap> reported(const QSignalSpy &spy, const QString &event);

    QTemporaryDir m_dir;
    Test::StandInRoom m_room;
    Test::StandInRoom m_other; // up, but not a configured call server
    Test::HttpServer m_dead;   // configured, but gone
    QWidget m_window;
    std::unique_ptr<WebCallEngine> m_engine;
    QPointer<QWebEnginePage> m_firstPage;
    QPointer<QWebEngineProfile> m_firstProfile;
};

void TestWebCallEngine::initTestCase()
{
    qRegisterMetaType<WebCallEngine::EndReason>();
    qRegisterMetaType<WebCallEngine::MediaProblem>();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_room.listen());
    QVERIFY(m_other.listen());
    QVERIFY(m_dead.listen());
    m_dead.close();
    for (const QString &room : {u"familie-test"_s, u"zweiter-raum"_s, u"dritter-raum"_s})
        m_room.addRoom(room);
    m_other.addRoom(u"familie-test"_s);
    m_room.http().addHang(u"/stiller-raum"_s); // the room page never comes

    m_engine = std::make_unique<WebCallEngine>(m_dir.filePath(u"webengine-profile"_s),
                                               QList<QUrl>{m_room.server(), m_dead.url(u"/"_s)});
    m_window.setGeometry(0, 0, 1024, 700);
    new QVBoxLayout(&m_window);
    m_window.layout()->setContentsMargins(0, 0, 0, 0);
}

void TestWebCallEngine::cleanupTestCase()
{
    m_engine.reset();
    // WebEngine writes into the profile folder for a moment after the profile is gone.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(m_dir.path()).removeRecursively(), 5000);
}

void TestWebCallEngine::cleanup()
{
    if (m_engine && m_engine->isActive()) {
        QSignalSpy ended(m_engine.get(), &WebCallEngine::ended);
        m_engine->hangUp();
        QVERIFY(ended.wait(10000));
    }
    if (m_engine)
        m_engine->setTimeouts(20000, 2000);
}

CallRequest TestWebCallEngine::request(const QString &room) const
{
    return CallRequest{m_room.server(), room, u"Oma Erna"_s};
}

bool TestWebCallEngine::startAndJoin(const QString &room)
{
    QSignalSpy joined(m_engine.get(), &WebCallEngine::joined);
    m_engine->start(request(room));
    Test::installRoomProbe(m_engine->page());
    return joined.wait(20000);
}

bool TestWebCallEngine::endCall(WebCallEngine::EndReason *reason, int timeoutMs)
{
    QSignalSpy ended(m_engine.get(), &WebCallEngine::ended);
    if (!ended.wait(timeoutMs))
        return false;
    if (reason)
        *reason = ended.at(0).at(0).value<WebCallEngine::EndReason>();
    // A round trip through the (emptied) page: what the page and the engine still had queued
    // when ended() came (a second event from the room, the load of about:blank) is handled by
    // the time the answer is here, so a second ended() would have come by then.
    if (!Test::evaluate(m_engine->page(), u"true"_s).toBool())
        return false;
    return ended.size() == 1;
}

void TestWebCallEngine::nothingExistsBeforeTheFirstCall()
{
    QVERIFY(!m_engine->isCreated());
    QVERIFY(!m_engine->page());
    QVERIFY(!m_engine->isActive());
    QVERIFY(!QDir(m_dir.filePath(u"webengine-profile"_s)).exists());
    // What an earlier version kept there: cookies and storage of every call.
    QVERIFY(QDir().mkpath(m_dir.filePath(u"webengine-profile/Local Storage"_s)));
    QFile cookies(m_dir.filePath(u"webengine-profile/Cookies"_s));
    QVERIFY(cookies.open(QIODevice::WriteOnly));
    cookies.write("old cookies");
}

void TestWebCallEngine::joinsWithCameraGrantedToTheCallOrigin()
{
    QWidget *view = m_engine->view();
    QVERIFY(m_engine->isCreated());
    QCOMPARE(view->contextMenuPolicy(), Qt::NoContextMenu);
    m_window.layout()->addWidget(view);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));

    QSignalSpy problems(m_engine.get(), &WebCallEngine::mediaProblem);
    QVERIFY(startAndJoin(u"familie-test"_s));
    QVERIFY(m_engine->isActive());
    // The room's getUserMedia succeeded with the fake camera and microphone: the permission was
    // granted to the configured origin (the stand-in joins only once its picture plays).
    QCOMPARE(m_room.recorded(u"media-ok"_s, u"familie-test"_s), 1);
    QCOMPARE(m_room.recorded(u"media-failed"_s, u"familie-test"_s), 0);
    QCOMPARE(problems.size(), 0);
    // The display name reached the room through the IFrame API.
    QCOMPARE(inRoom(u"standIn.displayName"_s).toString(), u"Oma Erna"_s);
    // Off the record: nothing of a call on disk, and what an earlier version kept is gone.
    QVERIFY(m_engine->profile()->isOffTheRecord());
    QCOMPARE(m_engine->profile()->httpCacheType(), QWebEngineProfile::MemoryHttpCache);
    QVERIFY(!QDir(m_dir.filePath(u"webengine-profile"_s)).exists());

    m_firstPage = m_engine->page();
    m_firstProfile = m_engine->profile();
}

void TestWebCallEngine::hangUpSendsTheCommandAndEmptiesThePage()
{
    QVERIFY(startAndJoin(u"zweiter-raum"_s));
    QElapsedTimer timer;
    timer.start();
    m_engine->setTimeouts(20000, 8000); // so an answer from the room is told from the grace time
    m_engine->hangUp();
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::HungUp);
    QVERIFY2(timer.elapsed() < 8000, "ended by the grace time, not by the room");
    // The stand-in recorded the hang-up command before it closed.
    QCOMPARE(m_room.recorded(u"hangup"_s, u"zweiter-raum"_s), 1);
    QVERIFY(!m_engine->isActive());
    // Emptied: no room, no camera.
    QCOMPARE(m_engine->page()->url(), QUrl(u"about:blank"_s));
    QCOMPARE(js(u"document.querySelectorAll('iframe').length"_s).toInt(), 0);
}

void TestWebCallEngine::secondCallReusesWebEngine()
{
    QVERIFY(m_firstPage);
    QWidget *view = m_engine->view();
    QVERIFY(startAndJoin(u"dritter-raum"_s));
    QCOMPARE(m_engine->page(), m_firstPage.data());
    QCOMPARE(m_engine->profile(), m_firstProfile.data());
    QCOMPARE(m_engine->view(), view);
    // Handed back and taken again, as the next call screen does.
    m_engine->releaseView();
    QVERIFY(!view->parentWidget());
    m_window.layout()->addWidget(m_engine->view());
    QCOMPARE(m_engine->view(), view);
}

void TestWebCallEngine::othersJoiningAndLeavingAreReported()
{
    QSignalSpy changes(m_engine.get(), &WebCallEngine::participantsChanged);
    QVERIFY(startAndJoin(u"familie-test?others=1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->otherParticipants(), 1, 5000);
    Test::sendToRoom(m_engine->page(), u"participantJoined"_s, u"enkel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->otherParticipants(), 2, 5000);
    Test::sendToRoom(m_engine->page(), u"participantLeft"_s, u"enkel"_s);
    Test::sendToRoom(m_engine->page(), u"participantLeft"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->otherParticipants(), 0, 5000);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.last().at(0).toInt(), 0); // the last one left
    QVERIFY(m_engine->isActive());             // what then happens is the call screen's choice
}

void TestWebCallEngine::readyToCloseEndsTheCall()
{
    QVERIFY(startAndJoin(u"familie-test"_s));
    Test::sendToRoom(m_engine->page(), u"readyToClose"_s);
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::RoomClosed);
    QCOMPARE(m_engine->page()->url(), QUrl(u"about:blank"_s));
}

void TestWebCallEngine::cameraProblemIsReported()
{
    QSignalSpy problems(m_engine.get(), &WebCallEngine::mediaProblem);
    QVERIFY(startAndJoin(u"familie-test?camera=missing"_s));
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 5000);
    QCOMPARE(problems.at(0).at(0).value<WebCallEngine::MediaProblem>(),
             WebCallEngine::MediaProblem::Camera);
    // Reported once per call, however often the room repeats it.
    Test::sendToRoom(m_engine->page(), u"cameraError"_s);
    Test::sendToRoom(m_engine->page(), u"micError"_s);
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 2, 5000);
    QCOMPARE(problems.at(1).at(0).value<WebCallEngine::MediaProblem>(),
             WebCallEngine::MediaProblem::Microphone);
    // Whatever the room sent before its answer to a ping has reached the engine by then.
    QVERIFY(Test::roundTripThroughRoom(m_engine->page()));
    QCOMPARE(problems.size(), 2);
}

void TestWebCallEngine::deadServerFailsToLoad()
{
    QElapsedTimer timer;
    timer.start();
    m_engine->start(CallRequest{m_dead.url(u"/"_s), u"familie-test"_s, u"Oma Erna"_s});
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason, 15000));
    QCOMPARE(reason, WebCallEngine::EndReason::LoadFailed);
    // Told by external_api.js failing to load, not by the 20 s join timeout.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_engine->page()->url(), QUrl(u"about:blank"_s));
}

void TestWebCallEngine::serverNotConfiguredIsRefused()
{
    m_engine->start(CallRequest{m_other.server(), u"familie-test"_s, u"Oma Erna"_s});
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::LoadFailed);
    QCOMPARE(m_other.http().requestCount(u"/external_api.js"_s), 0);
    QCOMPARE(m_other.http().requestCount(u"/familie-test"_s), 0);
}

void TestWebCallEngine::roomThatNeverJoinsTimesOut()
{
    m_engine->setTimeouts(1500, 2000);
    m_engine->start(request(u"stiller-raum"_s));
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::LoadFailed);
    QVERIFY(m_room.http().requestCount(u"/stiller-raum"_s) >= 1);
}

void TestWebCallEngine::hangUpWithoutAnswerEndsAfterGrace()
{
    m_engine->setTimeouts(60000, 500);
    m_engine->start(request(u"stiller-raum"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_room.http().requestCount(u"/stiller-raum"_s) >= 2, 10000);
    QElapsedTimer timer;
    timer.start();
    m_engine->hangUp();
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::HungUp);
    QVERIFY(timer.elapsed() >= 400);
}

void TestWebCallEngine::newCallEndsTheActiveOne()
{
    QVERIFY(startAndJoin(u"familie-test"_s));
    QSignalSpy ended(m_engine.get(), &WebCallEngine::ended);
    QSignalSpy joined(m_engine.get(), &WebCallEngine::joined);
    m_engine->start(request(u"zweiter-raum"_s));
    QCOMPARE(ended.size(), 1); // the old call, at once
    QCOMPARE(ended.at(0).at(0).value<WebCallEngine::EndReason>(), WebCallEngine::EndReason::HungUp);
    QVERIFY(m_engine->isActive());
    QVERIFY(joined.wait(20000));
    QCOMPARE(ended.size(), 1);
}

void TestWebCallEngine::rendererCrashEndsTheCall()
{
    QVERIFY(startAndJoin(u"familie-test"_s));
    const qint64 renderer = m_engine->page()->renderProcessPid();
    QVERIFY(renderer > 0);
    QCOMPARE(::kill(pid_t(renderer), SIGKILL), 0);
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::RoomClosed);
    QCOMPARE(m_engine->page()->url(), QUrl(u"about:blank"_s));
    // And the next call works with the same page, in a new renderer.
    QVERIFY(startAndJoin(u"zweiter-raum"_s));
    QVERIFY(m_engine->page()->renderProcessPid() != renderer);
}

void TestWebCallEngine::blockedNavigationKeepsTheCall()
{
    QVERIFY(startAndJoin(u"familie-test"_s));
    auto *page = qobject_cast<LockedPage *>(m_engine->page());
    QVERIFY(page);
    QSignalSpy refused(page, &LockedPage::refused);
    QSignalSpy ended(m_engine.get(), &WebCallEngine::ended);
    const QString elsewhere = m_other.server().toString() + u"familie-test"_s;
    const QUrl host = page->url();
    // The room tries to take the whole page elsewhere: a frame cross-origin to the host page may
    // not do that without a tap, and Chromium stops it before asking the page.
    const QString topNavigation =
        inRoom(u"try { top.location.href = '%1'; 'tried' } catch (e) { e.name }"_s.arg(elsewhere))
            .toString();
    QCOMPARE(topNavigation, u"SecurityError"_s);
    // Then its own frame: the page refuses that.
    inRoom(u"location.href = '%1'; 0"_s.arg(elsewhere));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
    QCOMPARE(refused.at(0).at(0).toString(), u"frame navigation"_s);
    QCOMPARE(page->url(), host);
    // The room still answers (its frame was not taken away), and whatever the refusals set off
    // in the page has reached the engine by then. An engine that ends the call empties the page
    // at once but says ended() only once about:blank has loaded: wait for that too.
    QVERIFY(Test::roundTripThroughRoom(m_engine->page()));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->page()->url() != QUrl(u"about:blank"_s) || !ended.isEmpty(),
                             10000);
    QCOMPARE(ended.size(), 0);
    QVERIFY(m_engine->isActive());
    QCOMPARE(m_other.http().requestCount(u"/familie-test"_s), 0);
    QCOMPARE(inRoom(u"standIn.state"_s).toString(), u"joined"_s);
}

// A room that would ask "leave this page?" (beforeunload, after the resident touched it) and
// keeps its camera after the hang-up: its sandbox has no allow-modals, so it cannot ask (that
// the kiosk answers such a question yes is tested in tst_lockedpage), and the room's document
// goes at once.
void TestWebCallEngine::roomAskingToStayIsLeftAnyway()
{
    const QString room = u"familie-test?beforeunload=1&keepMedia=1"_s;
    QVERIFY(startAndJoin(room));
    // A touch on the room gives it the user activation a beforeunload prompt needs.
    QWidget *target = m_engine->view()->focusProxy();
    QVERIFY(target);
    const QString activated = u"navigator.userActivation.hasBeenActive"_s;
    for (int attempt = 0; attempt < 20 && !inRoom(activated).toBool(); ++attempt)
        QTest::mouseClick(target, Qt::LeftButton, {}, target->rect().center());
    QVERIFY(inRoom(activated).toBool());
    QCOMPARE(inRoom(u"standIn.liveTracks()"_s).toInt(), 2);
    QWebEnginePage *page = m_engine->page();

    // No prompt: LockedPage is not asked.
    QSignalSpy refused(qobject_cast<LockedPage *>(page), &LockedPage::refused);
    QElapsedTimer timer;
    timer.start();
    m_engine->hangUp();
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::HungUp);
    QVERIFY2(timer.elapsed() < WebCallEngine::emptyTimeoutMs,
             qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_engine->page(), page); // left the normal way: no need for a new page
    QCOMPARE(page->url(), QUrl(u"about:blank"_s));
    QCOMPARE(js(u"document.querySelectorAll('iframe').length"_s).toInt(), 0);
    QCOMPARE(refused.count(), 0);
}

// A room whose script hangs on the hang-up: its renderer answers nothing, not even about:blank.
// After the grace time and emptyTimeoutMs the renderer is killed (with it every capture) and a
// fresh page takes its place; the next call works.
void TestWebCallEngine::roomStuckInALoopIsForcedOut()
{
    m_engine->setTimeouts(20000, 500);
    QVERIFY(startAndJoin(u"zweiter-raum?busyOnHangup=1&keepMedia=1"_s));
    QPointer<QWebEnginePage> page = m_engine->page();
    const qint64 renderer = page->renderProcessPid();
    QVERIFY(renderer > 0);
    QElapsedTimer timer;
    timer.start();
    m_engine->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_room.recorded(u"busy"_s, u"zweiter-raum"_s), 1, 5000);
    QSignalSpy ended(m_engine.get(), &WebCallEngine::ended);
    QVERIFY(ended.wait(10000));
    // Within the grace time, the time to empty the page, and a little.
    QVERIFY2(timer.elapsed() < 500 + WebCallEngine::emptyTimeoutMs + 2000,
             qPrintable(QString::number(timer.elapsed())));
    // The stuck renderer is gone: nothing of the room can still capture.
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(renderer), 0) != 0 && errno == ESRCH, 5000);
    QVERIFY(m_engine->page());
    QVERIFY(m_engine->page()->renderProcessPid() != renderer);
    QVERIFY(!page || page->url().scheme() == u"about"_s || page != m_engine->page());
    QVERIFY(!m_engine->isActive());

    QVERIFY(startAndJoin(u"dritter-raum"_s));
    QVERIFY(m_engine->page()->renderProcessPid() != renderer);
}

void TestWebCallEngine::cameraStaysOffUntilTurnedOn()
{
    QSignalSpy camera(m_engine.get(), &WebCallEngine::cameraChanged);
    QSignalSpy joined(m_engine.get(), &WebCallEngine::joined);
    CallRequest answered = request(u"familie-test"_s);
    answered.answering = true;
    answered.cameraOff = true;
    m_engine->start(answered);
    Test::installRoomProbe(m_engine->page());
    QVERIFY(joined.wait(20000));
    QVERIFY(!m_engine->isCameraOn());
    const QString room = u"standIn"_s;
    QCOMPARE(inRoom(room + u".videoMuted"_s).toBool(), true);
    QCOMPARE(inRoom(room + u".liveTracks()"_s).toInt(), 1); // the microphone only
    QCOMPARE(m_room.recorded(u"camera-on"_s, u"familie-test"_s), 0);

    m_engine->setCameraOn(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isCameraOn(), 5000);
    QCOMPARE(camera.last().at(0).toBool(), true);
    // The room tells its server on its own time: the mute event may reach the kiosk first.
    QTRY_COMPARE_WITH_TIMEOUT(m_room.recorded(u"camera-on"_s, u"familie-test"_s), 1, 5000);
    QCOMPARE(inRoom(room + u".liveTracks()"_s).toInt(), 2);

    // Off again when the call ends.
    m_engine->hangUp();
    QVERIFY(endCall());
    QVERIFY(!m_engine->isCameraOn());
    QCOMPARE(camera.last().at(0).toBool(), false);
}

void TestWebCallEngine::tokenReachesTheRoom()
{
    CallRequest withToken = request(u"familie-test"_s);
    withToken.jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiZmFtaWxpZS10ZXN0In0.c2ln"_s;
    withToken.password = u"nicht-gebraucht"_s; // a token makes the password unnecessary
    QSignalSpy joined(m_engine.get(), &WebCallEngine::joined);
    m_engine->start(withToken);
    Test::installRoomProbe(m_engine->page());
    QVERIFY(joined.wait(20000));
    const QString room = u"standIn"_s;
    QCOMPARE(inRoom(room + u".jwt"_s).toString(), withToken.jwt);
    QCOMPARE(inRoom(room + u".lockedWith"_s).toString(), QString());
}

void TestWebCallEngine::passwordRoomsAreCheckedWhenAnswering()
{
    const QString room = u"standIn"_s;
    CallRequest answer = request(u"familie-test?password=Apfelbaum-17"_s);
    answer.answering = true;
    answer.password = u"Apfelbaum-17"_s;
    // The family's room asks for its password and gets it.
    QSignalSpy joined(m_engine.get(), &WebCallEngine::joined);
    m_engine->start(answer);
    Test::installRoomProbe(m_engine->page());
    QVERIFY(joined.wait(20000));
    QCOMPARE(inRoom(room + u".state"_s).toString(), u"joined"_s);
    m_engine->hangUp();
    QVERIFY(endCall());

    // A room with another password, or none at all, is not the family's: not joined.
    for (const QString &name : {u"zweiter-raum?password=anders"_s, u"dritter-raum"_s}) {
        CallRequest stranger = answer;
        stranger.room = name;
        joined.clear();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"password"_s));
        m_engine->start(stranger);
        WebCallEngine::EndReason reason{};
        QVERIFY2(endCall(&reason, 20000), qPrintable(name));
        QCOMPARE(reason, WebCallEngine::EndReason::LoadFailed);
        QCOMPARE(joined.size(), 0);
    }

    // Calling out into the empty room, the kiosk locks it with the password.
    CallRequest out = request(u"dritter-raum"_s);
    out.password = u"Apfelbaum-17"_s;
    joined.clear();
    m_engine->start(out);
    QVERIFY(joined.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(inRoom(room + u".lockedWith"_s).toString(), u"Apfelbaum-17"_s, 5000);
}

CallBridge *TestWebCallEngine::bridge() const
{
    QWebEnginePage *page = m_engine->page();
    if (!page)
        return nullptr;
    QWebChannel *channel = page->webChannel();
    return channel ? qobject_cast<CallBridge *>(channel->registeredObjects().value(u"bridge"_s))
                   : nullptr;
}

QList<QVariantMap> TestWebCallEngine::reported(const QSignalSpy &spy, const QString &event)
{
    QList<QVariantMap> found;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString() == event)
            found.append(arguments.at(1).toMap());
    }
    return found;
}

// A real Jitsi Meet room applies only the keys of its whitelist and drops the rest without a
// word; the stand-in room does the same with the list in tests/data/calls/whitelist.json.
void TestWebCallEngine::hostPageSetsOnlyWhitelistedKeys()
{
    m_room.addRoom(u"whitelist-raum"_s);
    QVERIFY(startAndJoin(u"whitelist-raum"_s));
    const QUrlQuery options(m_room.lastRecord(u"options"_s, u"whitelist-raum"_s));
    const QStringList sent =
        options.queryItemValue(u"sent"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const QStringList dropped =
        options.queryItemValue(u"dropped"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    QVERIFY2(sent.size() > 20, qPrintable(sent.join(u' ')));
    // pip is for the IFrame API in the host page, which reads it itself; the room drops it.
    QCOMPARE(dropped, QStringList{u"pip.disabled"_s});
    QCOMPARE(js(u"JSON.stringify(JitsiMeetExternalAPI.lastPipConfig)"_s).toString(),
             uR"({"disabled":true})"_s);

    // The same comparison here, from the list itself, so a room that stopped checking is caught.
    QFile file(m_room.whitelistPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject list = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!list.value(u"config"_s)[u"commit"_s].toString().isEmpty());
    const auto keysOf = [&list](const QString &group, const QString &name) {
        QStringList keys;
        for (const QJsonValue &key : list.value(group)[name].toArray())
            keys.append(key.toString());
        return keys;
    };
    const QStringList config = keysOf(u"config"_s, u"keys"_s);
    const QStringList interfaceConfig = keysOf(u"interfaceConfig"_s, u"keys"_s);
    const QStringList apiConfig = keysOf(u"externalApi"_s, u"configKeys"_s);
    QVERIFY(config.size() > 100 && interfaceConfig.size() > 20);
    QCOMPARE(apiConfig, QStringList{u"pip"_s});
    const auto isListed = [](const QStringList &keys, const QString &path) {
        return std::any_of(keys.cbegin(), keys.cend(), [&path](const QString &w) {
            return path == w || path.startsWith(w + u'.');
        });
    };
    for (const QString &key : sent) {
        const bool inInterface = key.startsWith(u"interfaceConfig."_s);
        const bool listed = inInterface ? isListed(interfaceConfig, key.mid(16))
                                        : isListed(config, key) || isListed(apiConfig, key);
        QVERIFY2(listed, qPrintable(key + u" is not in the whitelist"_s));
    }
    // What the issue asks for is really sent (and so applied).
    for (const QString &key : {u"prejoinConfig.enabled"_s, u"deeplinking.disabled"_s,
                               u"lobby.autoKnock"_s, u"lobby.enableChat"_s, u"feedbackPercentage"_s,
                               u"ignoreStartMuted"_s, u"tileView.disabled"_s, u"disableSelfView"_s,
                               u"disabledSounds"_s, u"giphy.enabled"_s, u"whiteboard.enabled"_s,
                               u"participantsPane.enabled"_s, u"breakoutRooms.hideAddRoomButton"_s,
                               u"securityUi.hideLobbyButton"_s, u"disableThirdPartyRequests"_s,
                               u"gravatar.disabled"_s, u"analytics.disabled"_s, u"pip.disabled"_s})
        QVERIFY2(sent.contains(key), qPrintable(key));
    // Gone: what the room would drop, and the API's noSSL.
    for (const QString &key :
         {u"enableWelcomePage"_s, u"enableClosePage"_s, u"defaultLanguage"_s,
          u"prejoinPageEnabled"_s, u"disableDeepLinking"_s,
          u"interfaceConfig.SHOW_JITSI_WATERMARK"_s, u"interfaceConfig.MOBILE_APP_PROMO"_s})
        QVERIFY2(!sent.contains(key), qPrintable(key));
}

// executeCommand('hangup') would show the feedback dialog, and the room would wait for a tap on
// it before it closes; the kiosk hangs up with ('hangup', false) and feedbackPercentage 0.
void TestWebCallEngine::hangUpLeavesWithoutFeedbackDialog()
{
    m_room.addRoom(u"feedback-raum"_s);
    QVERIFY(startAndJoin(u"feedback-raum"_s));
    QSignalSpy events(bridge(), &CallBridge::eventReported);
    m_engine->setTimeouts(20000, 8000); // so an answer from the room is told from the grace time
    m_engine->hangUp();
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::HungUp);
    QCOMPARE(m_room.recorded(u"hangup"_s, u"feedback-raum"_s), 1);
    QCOMPARE(m_room.recorded(u"hangup-feedback"_s, u"feedback-raum"_s), 0);
    QCOMPARE(m_room.recorded(u"feedback-shown"_s, u"feedback-raum"_s), 0);
    QCOMPARE(reported(events, u"feedbackPromptDisplayed"_s).size(), 0);
}

// A room with a lobby: the kiosk knocks by itself (lobby.autoKnock), the wait is reported
// (errorOccurred membersOnly), and once the family lets the resident in, the call is joined.
void TestWebCallEngine::lobbyIsKnockedAtWithoutATap()
{
    m_room.addRoom(u"lobby-raum"_s);
    QSignalSpy joined(m_engine.get(), &WebCallEngine::joined);
    QSignalSpy lobby(m_engine.get(), &WebCallEngine::waitingInLobby);
    m_engine->start(request(u"lobby-raum?lobby=1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(bridge(), 10000);
    QSignalSpy events(bridge(), &CallBridge::eventReported);
    QTRY_COMPARE_WITH_TIMEOUT(reported(events, u"errorOccurred"_s).size(), 1, 20000);
    QCOMPARE(reported(events, u"errorOccurred"_s).at(0).value(u"name"_s).toString(),
             u"conference.connectionError.membersOnly"_s);
    // The room records the knock with a request of its own, which may arrive after the event.
    QTRY_COMPARE_WITH_TIMEOUT(m_room.recorded(u"knocked"_s, u"lobby-raum"_s), 1, 5000);
    QCOMPARE(m_room.recorded(u"knock-screen"_s, u"lobby-raum"_s), 0);
    QCOMPARE(joined.size(), 0);
    // The call screen hears of the wait.
    QCOMPARE(lobby.size(), 1);
    Test::sendToRoom(m_engine->page(), u"admit"_s);
    QVERIFY(joined.wait(10000));
    QVERIFY(m_engine->isActive());
}

// Removed from the room by a moderator: the room's "you have been removed" waits for a tap; the
// kiosk leaves instead and the call ends as a closed room.
void TestWebCallEngine::kickedOutEndsTheCall()
{
    m_room.addRoom(u"kick-raum"_s);
    QVERIFY(startAndJoin(u"kick-raum?others=1"_s));
    QSignalSpy events(bridge(), &CallBridge::eventReported);
    Test::sendToRoom(m_engine->page(), u"kickOut"_s);
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::RoomClosed);
    QCOMPARE(m_room.recorded(u"hangup"_s, u"kick-raum"_s), 1);
    QCOMPARE(m_room.recorded(u"hangup-feedback"_s, u"kick-raum"_s), 0);
    const QList<QVariantMap> kicked = reported(events, u"participantKickedOut"_s);
    QCOMPARE(kicked.size(), 1);
    QCOMPARE(kicked.at(0).value(u"local"_s).toBool(), true);
    QCOMPARE(m_engine->page()->url(), QUrl(u"about:blank"_s));
}

// A recording that needs everyone's consent (a server setting): its dialog mutes the resident
// and waits for a tap. Nobody consents for a resident; the kiosk leaves the call.
void TestWebCallEngine::recordingConsentEndsTheCall()
{
    m_room.addRoom(u"consent-raum"_s);
    QVERIFY(startAndJoin(u"consent-raum?others=1"_s));
    QSignalSpy events(bridge(), &CallBridge::eventReported);
    Test::sendToRoom(m_engine->page(), u"recordingConsent"_s);
    WebCallEngine::EndReason reason{};
    QVERIFY(endCall(&reason));
    QCOMPARE(reason, WebCallEngine::EndReason::RoomClosed);
    QCOMPARE(m_room.recorded(u"consent-shown"_s, u"consent-raum"_s), 1);
    QCOMPARE(m_room.recorded(u"hangup"_s, u"consent-raum"_s), 1);
    const QList<QVariantMap> consent = reported(events, u"recordingConsentDialogOpen"_s);
    QCOMPARE(consent.size(), 1);
    QCOMPARE(consent.at(0).value(u"open"_s).toBool(), true);
}

// What a real server sends during a call reaches the kiosk, flat, and ends nothing by itself.
void TestWebCallEngine::roomTroubleAndTheOtherCameraArePassedOn()
{
    m_room.addRoom(u"stoerung-raum"_s);
    QVERIFY(startAndJoin(u"stoerung-raum?others=1"_s));
    QSignalSpy events(bridge(), &CallBridge::eventReported);
    QSignalSpy otherCamera(m_engine.get(), &WebCallEngine::otherCameraChanged);
    for (const QString &hook :
         {u"peerConnectionFailure"_s, u"dataChannelClosed"_s, u"otherVideoMuted"_s, u"knocking"_s})
        Test::sendToRoom(m_engine->page(), hook);
    QVERIFY(Test::roundTripThroughRoom(m_engine->page()));
    QTRY_COMPARE_WITH_TIMEOUT(reported(events, u"knockingParticipant"_s).size(), 1, 5000);
    QCOMPARE(reported(events, u"peerConnectionFailure"_s).size(), 1);
    QCOMPARE(reported(events, u"peerConnectionFailure"_s).at(0).value(u"isP2P"_s).toBool(), true);
    QCOMPARE(reported(events, u"dataChannelClosed"_s).size(), 1);
    const QList<QVariantMap> muted = reported(events, u"participantMuted"_s);
    QCOMPARE(muted.size(), 1);
    QCOMPARE(muted.at(0).value(u"id"_s).toString(), u"other-1"_s);
    QCOMPARE(muted.at(0).value(u"mediaType"_s).toString(), u"video"_s);
    QCOMPARE(muted.at(0).value(u"isMuted"_s).toBool(), true);
    // The other person's camera, for the call screen's sentence.
    QCOMPARE(otherCamera.size(), 1);
    QCOMPARE(otherCamera.at(0).at(0).toBool(), true);
    QCOMPARE(reported(events, u"knockingParticipant"_s).at(0).value(u"id"_s).toString(),
             u"guest-1"_s);
    QVERIFY(m_engine->isActive());
    QCOMPARE(m_engine->otherParticipants(), 1);
}

// Off the record, and emptied after every call: no way back to the room, no cookie it set.
void TestWebCallEngine::nothingOfACallIsKept()
{
    const QString room = u"window"_s;
    QVERIFY(startAndJoin(u"familie-test"_s));
    // The room is a third-party frame in the host page (another site): only a cookie meant for
    // that (SameSite=None, Secure; 127.0.0.1 counts as secure) is stored at all.
    inRoom(room + u".document.cookie = 'besuch=anna; max-age=86400; SameSite=None; Secure'; 0"_s);
    QCOMPARE(inRoom(room + u".document.cookie"_s).toString(), u"besuch=anna"_s);
    m_engine->hangUp();
    QVERIFY(endCall());
    QVERIFY(!m_engine->page()->history()->canGoBack());
    QVERIFY(m_engine->page()->history()->count() <= 1);

    QVERIFY(startAndJoin(u"zweiter-raum"_s));
    QCOMPARE(inRoom(room + u".document.cookie"_s).toString(), QString());
}

void TestWebCallEngine::releaseDropsWebEngineAndTheNextCallStillWorks()
{
    QVERIFY(!m_engine->isActive());
    QPointer<QWidget> view = m_engine->view();
    QVERIFY(view->parentWidget()); // in the test window: not released while shown
    QVERIFY(!m_engine->release());
    QVERIFY(m_engine->isCreated());
    m_engine->releaseView();
    QPointer<QWebEnginePage> page = m_engine->page();
    const qint64 renderer = page->renderProcessPid();
    QVERIFY(m_engine->release());
    QVERIFY(!m_engine->isCreated());
    QVERIFY(!m_engine->page());
    QVERIFY(!m_engine->profile());
    QVERIFY(!view);
    QVERIFY(!page);
    if (renderer > 0)
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(renderer), 0) != 0, 10000);

    m_window.layout()->addWidget(m_engine->view());
    QVERIFY(startAndJoin(u"familie-test"_s));
    QVERIFY(m_engine->isCreated());
    QCOMPARE(m_room.recorded(u"media-ok"_s, u"familie-test"_s) > 0, true);
}

// The host page runs on its own origin (dorfplatz-call://kiosk), so a script in the room (a
// frame of the call server's origin) cannot reach the kiosk's bridge: no web channel transport
// in its own frame, and nothing of the host page's window (its qt.webChannelTransport, its
// QWebChannel, its document). What it tries changes nothing; the room's events through the
// IFrame API still all reach the engine.
void TestWebCallEngine::roomCannotReachTheBridge()
{
    QVERIFY(startAndJoin(u"familie-test"_s));
    QCOMPARE(js(u"location.origin + ' ' + window.isSecureContext"_s).toString(),
             u"dorfplatz-call://kiosk true"_s);
    QCOMPARE(inRoom(u"location.origin"_s).toString(), m_room.server().toString().chopped(1));
    QCOMPARE(inRoom(u"typeof qt"_s).toString(), u"undefined"_s);
    // A false event straight into the bridge, as the host page's own script would send it
    // (QWebChannel's message type 6: invoke a method), and every other way up to the page.
    const QVariant tries = inRoom(uR"(
        [() => window.parent.qt.webChannelTransport.send(JSON.stringify(
             { type: 6, object: "bridge", method: "report", id: 1,
               args: [1, "readyToClose", {}] })),
         () => window.top.qt.webChannelTransport,
         () => window.parent.QWebChannel,
         () => window.parent.document.title,
         () => window.parent.eval("1")]
            .map(attempt => { try { attempt(); return "reached"; } catch (e) { return e.name; } })
            .join(" "))"_s);
    QCOMPARE(tries.toString(), u"SecurityError SecurityError SecurityError SecurityError "
                               u"SecurityError"_s);
    // The bridge still has the host page: events the room sends through the API arrive.
    QSignalSpy others(m_engine.get(), &WebCallEngine::participantsChanged);
    Test::sendToRoom(m_engine->page(), u"participantJoined"_s, u"enkel"_s);
    QVERIFY(others.wait(10000));
    QCOMPARE(others.last().at(0).toInt(), 1);
    QVERIFY(Test::roundTripThroughRoom(m_engine->page()));
    QVERIFY(m_engine->isActive());
    QSignalSpy ended(m_engine.get(), &WebCallEngine::ended);
    Test::sendToRoom(m_engine->page(), u"readyToClose"_s);
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).value<WebCallEngine::EndReason>(),
             WebCallEngine::EndReason::RoomClosed);
}

// The room's iframe is sandboxed (callhost.html). What a room could put in the resident's way
// or use to get out never reaches the kiosk's page: LockedPage would refuse it, but is not even
// asked. And after a tap, which gives the room the user activation that lets an unsandboxed
// cross-origin frame navigate the whole window, a link or script to the room's own server (an
// origin LockedPage lets into the main frame) still cannot replace the host page.
void TestWebCallEngine::roomIsSandboxed()
{
    QVERIFY(startAndJoin(u"familie-test"_s));
    auto *page = qobject_cast<LockedPage *>(m_engine->page());
    QVERIFY(page);
    const QUrl hostPage = page->url();
    QCOMPARE(hostPage.scheme(), u"dorfplatz-call"_s);
    QCOMPARE(js(u"document.querySelector('iframe').sandbox.value"_s).toString(),
             u"allow-scripts allow-same-origin allow-forms"_s);
    QSignalSpy refused(page, &LockedPage::refused);
    QCOMPARE(inRoom(u"[typeof alert('a'), confirm('b'), prompt('c'), window.open('/x'), "
                    u"typeof print()].map(String).join(' ')"_s)
                 .toString(),
             u"undefined false null null undefined"_s);
    QCOMPARE(refused.count(), 0);

    Test::sendToRoom(page, u"topLink"_s, u"aus-dem-raum"_s);
    QVERIFY(Test::roundTripThroughRoom(page));
    QWidget *target = m_engine->view()->focusProxy();
    QVERIFY(target);
    const QString active = u"navigator.userActivation.isActive"_s;
    for (int attempt = 0; attempt < 20 && !inRoom(active).toBool(); ++attempt)
        QTest::mouseClick(target, Qt::LeftButton, {}, target->rect().center());
    QCOMPARE(inRoom(uR"(
        (() => {
            const activated = navigator.userActivation.isActive;
            try {
                window.top.location.href = "/aus-dem-raum";
                return activated + " navigated";
            } catch (error) {
                return activated + " " + error.name;
            }
        })())"_s)
                 .toString(),
             u"true SecurityError"_s);
    QVERIFY(Test::roundTripThroughRoom(page));
    QCOMPARE(page->url(), hostPage);
    QCOMPARE(inRoom(u"standIn.state"_s).toString(), u"joined"_s);
    QVERIFY(m_engine->isActive());
    m_engine->hangUp();
    QVERIFY(endCall());
    // Nothing asked the server for the link's page, neither the tap nor the script.
    QCOMPARE(m_room.http().requestCount(u"/aus-dem-raum"_s), 0);
    QCOMPARE(refused.count(), 0);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestWebCallEngine)
#include "tst_webcallengine.moc"
