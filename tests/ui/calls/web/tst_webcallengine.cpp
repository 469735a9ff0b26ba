#include "pagescript.h"
#include "standinroom.h"
#include "ui/calls/web/lockedpage.h"
#include "ui/calls/web/webcallengine.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

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

private:
    CallRequest request(const QString &room) const;
    // Starts a call and waits until joined.
    bool startAndJoin(const QString &room);
    bool endCall(WebCallEngine::EndReason *reason = nullptr, int timeoutMs = 10000);
    QVariant js(const QString &script) { return Test::evaluate(m_engine->page(), script); }

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
    QCOMPARE(js(u"document.querySelector('iframe').contentWindow.standIn.displayName"_s).toString(),
             u"Oma Erna"_s);
    // The persistent profile lives in the folder given.
    const QDir profile(m_dir.filePath(u"webengine-profile"_s));
    QVERIFY(profile.exists());
    QCOMPARE(m_engine->profile()->persistentStoragePath(), profile.path());
    QVERIFY(!m_engine->profile()->isOffTheRecord());
    QVERIFY(!profile.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

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
    // The room tries to take the whole page elsewhere, then its own frame.
    js(u"document.querySelector('iframe').contentWindow.eval(\"top.location.href = '%1'\"); 0"_s
           .arg(elsewhere));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
    js(u"document.querySelector('iframe').contentWindow.location.href = '%1'; 0"_s.arg(elsewhere));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 5000);
    QCOMPARE(refused.at(0).at(0).toString(), u"navigation"_s);
    QCOMPARE(refused.at(1).at(0).toString(), u"frame navigation"_s);
    // The room still answers (its frame was not taken away), and whatever the refusals set off
    // in the page has reached the engine by then. An engine that ends the call empties the page
    // at once but says ended() only once about:blank has loaded: wait for that too.
    QVERIFY(Test::roundTripThroughRoom(m_engine->page()));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->page()->url() != QUrl(u"about:blank"_s) || !ended.isEmpty(),
                             10000);
    QCOMPARE(ended.size(), 0);
    QVERIFY(m_engine->isActive());
    QCOMPARE(m_other.http().requestCount(u"/familie-test"_s), 0);
    QCOMPARE(js(u"document.querySelector('iframe').contentWindow.standIn.state"_s).toString(),
             u"joined"_s);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestWebCallEngine)
#include "tst_webcallengine.moc"
