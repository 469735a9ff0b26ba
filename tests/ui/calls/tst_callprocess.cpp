#include "standinroom.h"
#include "ui/calls/callengine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// Calls in the program dorfplatz-call (ProcessCallBackend), as the kiosk makes them on X11: real
// WebEngine in the other process, the stand-in room on 127.0.0.1, the call drawn inside this
// process's window. What matters: the call shows where the kiosk puts it, every event arrives,
// the end of the program after the quiet period takes WebEngine's memory with it, and a crash
// of the program ends the call but not the kiosk.
class TestCallProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theCallRunsInItsOwnProgramAndShowsInTheKioskWindow();
    void cameraOffUntilATapAndHangUp();
    void aNewCallEndsTheActiveOneFirst();
    void theQuietPeriodEndsTheProgram();
    void aCrashedProgramEndsTheCallNotTheKiosk();
    void aMissingProgramMeansNoCalls();
    void aProgramThatCannotStartEndsTheCall();
    void aHungProgramIsKilledAtTheHangUp();
    void aRingStartsTheProgramAheadOfTheCall();
    void theLobbyWaitCrossesToTheKiosk();

private:
    bool join(const QString &room, bool cameraOff = false);
    bool inWindow(QColor colour) const;
    static qint64 parentOf(qint64 pid);

    QTemporaryDir m_data;
    Test::StandInRoom m_room;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<CallEngine> m_engine;
};

namespace {
// The stand-in room's background (tests/data/calls/room.html).
const QColor roomColour(0x22, 0x22, 0x33);
constexpr int timeout = 20000;
// The first picture of a new call program, and the picture after a resize: a second on a quiet
// machine, measured up to 17 s with the soak sharing two cores and 41 s with the whole test
// suite on both cores (Mesa draws in software there). A wait on the picture, not a sleep.
constexpr int frameTimeout = 90000;
} // namespace

void TestCallProcess::initTestCase()
{
    if (QGuiApplication::platformName() != u"xcb")
        QSKIP("the call program draws into the kiosk's window only on X11");
    QVERIFY(m_room.listen());
    for (const QString &room : {u"familie"_s, u"zweite"_s, u"dritte"_s})
        m_room.addRoom(room);
}

void TestCallProcess::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->setStyleSheet(u"background: white;"_s);
    m_window->resize(800, 600);
    m_engine = std::make_unique<CallEngine>(m_data.filePath(u"webengine-profile"_s),
                                            QList<QUrl>{m_room.server()});
    QCOMPARE(m_engine->isolation(), CallEngine::Isolation::OwnProcess);
    auto *layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(100, 100, 100, 100);
    layout->addWidget(m_engine->view());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCallProcess::cleanup()
{
    m_engine.reset();
    m_window.reset();
}

bool TestCallProcess::join(const QString &room, bool cameraOff)
{
    QSignalSpy joined(m_engine.get(), &CallEngine::joined);
    CallRequest request{m_room.server(), room, u"Erna"_s};
    request.cameraOff = cameraOff;
    m_engine->start(request);
    return joined.wait(timeout);
}

// Whether the screen (as the X server shows it, the other process's drawing included) has the
// room's colour where the view is.
bool TestCallProcess::inWindow(QColor colour) const
{
    QWidget *view = m_engine->view();
    const QPoint origin = view->mapToGlobal(QPoint(0, 0));
    const QImage shot = QGuiApplication::primaryScreen()
                            ->grabWindow(0, origin.x(), origin.y(), view->width(), view->height())
                            .toImage();
    // Inside the view, away from the own picture in the lower right corner.
    return !shot.isNull() && shot.pixelColor(20, 20) == colour &&
           shot.pixelColor(shot.width() / 3, shot.height() / 3) == colour;
}

qint64 TestCallProcess::parentOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // "pid (name) state ppid ...": the name may hold spaces, so after its closing parenthesis.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

void TestCallProcess::theCallRunsInItsOwnProgramAndShowsInTheKioskWindow()
{
    // The program starts with the view, before the call: its cold start overlaps the screen.
    const qint64 program = m_engine->callProcessId();
    QVERIFY(program > 0);
    QCOMPARE(parentOf(program), QCoreApplication::applicationPid());
    QVERIFY(m_engine->isCreated());
    QVERIFY(!m_engine->page()); // the page is in the other process

    QSignalSpy others(m_engine.get(), &CallEngine::participantsChanged);
    QVERIFY(join(u"familie?others=1"_s));
    QVERIFY(m_engine->isActive());
    QCOMPARE(m_room.recorded(u"media-ok"_s, u"familie"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->otherParticipants(), 1, 5000);
    QCOMPARE(others.last().at(0).toInt(), 1);
    // Drawn by the other process, inside this window, where the view is, and not outside it.
    QTRY_VERIFY_WITH_TIMEOUT(inWindow(roomColour), frameTimeout);
    const QPoint corner = m_window->mapToGlobal(QPoint(10, 10));
    const QImage margin =
        QGuiApplication::primaryScreen()->grabWindow(0, corner.x(), corner.y(), 20, 20).toImage();
    QCOMPARE(margin.pixelColor(5, 5), QColor(Qt::white));

    // The window follows the view's size.
    m_window->resize(1000, 700);
    QTRY_VERIFY_WITH_TIMEOUT(inWindow(roomColour), frameTimeout);
    QCOMPARE(m_engine->callProcessId(), program);
}

void TestCallProcess::cameraOffUntilATapAndHangUp()
{
    QSignalSpy camera(m_engine.get(), &CallEngine::cameraChanged);
    QSignalSpy ended(m_engine.get(), &CallEngine::ended);
    QVERIFY(join(u"zweite"_s, true));
    QVERIFY(!m_engine->isCameraOn());
    m_engine->setCameraOn(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isCameraOn(), 5000);
    QCOMPARE(camera.last().at(0).toBool(), true);
    QCOMPARE(m_room.recorded(u"camera-on"_s, u"zweite"_s), 1);

    m_engine->hangUp();
    QVERIFY(ended.wait(timeout));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::HungUp);
    QCOMPARE(m_room.recorded(u"hangup"_s, u"zweite"_s), 1);
    // Ended means emptied in the program too: the camera is off.
    QVERIFY(!m_engine->isCameraOn());
    QCOMPARE(camera.last().at(0).toBool(), false);
    QVERIFY(!m_engine->isActive());
}

void TestCallProcess::aNewCallEndsTheActiveOneFirst()
{
    QVERIFY(join(u"dritte"_s));
    QSignalSpy ended(m_engine.get(), &CallEngine::ended);
    QSignalSpy joined(m_engine.get(), &CallEngine::joined);
    m_engine->start({m_room.server(), u"familie"_s, u"Erna"_s});
    // Before start() returned, as in the kiosk's own process.
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::HungUp);
    QVERIFY(m_engine->isActive());
    QVERIFY(joined.wait(timeout));
    // What the first call's page still reported on its way out was not taken for the second.
    QCOMPARE(ended.size(), 1);
    QVERIFY(m_engine->isActive());
}

void TestCallProcess::theQuietPeriodEndsTheProgram()
{
    QSignalSpy ended(m_engine.get(), &CallEngine::ended);
    QVERIFY(join(u"familie"_s));
    const qint64 program = m_engine->callProcessId();
    m_engine->hangUp();
    QVERIFY(ended.wait(timeout));

    QSignalSpy released(m_engine.get(), &CallEngine::released);
    m_engine->setReleaseAfter(std::chrono::milliseconds(200));
    // Not while a screen shows the view.
    QVERIFY(!released.wait(1000));
    m_engine->releaseView();
    QVERIFY(released.wait(5000));
    QCOMPARE(m_engine->callProcessId(), 0);
    QVERIFY(!m_engine->isCreated());
    // The program has gone, and its Chromium processes with it.
    QTRY_VERIFY_WITH_TIMEOUT(parentOf(program) != QCoreApplication::applicationPid(), 10000);

    // The next call starts a new program in the same place.
    m_window->layout()->addWidget(m_engine->view());
    const qint64 next = m_engine->callProcessId();
    QVERIFY(next > 0 && next != program);
    QVERIFY(join(u"zweite"_s));
    QTRY_VERIFY_WITH_TIMEOUT(inWindow(roomColour), frameTimeout);
}

void TestCallProcess::aCrashedProgramEndsTheCallNotTheKiosk()
{
    QSignalSpy ended(m_engine.get(), &CallEngine::ended);
    QSignalSpy camera(m_engine.get(), &CallEngine::cameraChanged);
    QVERIFY(join(u"familie"_s));
    QVERIFY(m_engine->isCameraOn());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"call program ended unexpectedly"_s));
    QCOMPARE(::kill(pid_t(m_engine->callProcessId()), SIGKILL), 0);
    QVERIFY(ended.wait(5000));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::RoomClosed);
    QVERIFY(!m_engine->isCameraOn());
    QCOMPARE(camera.last().at(0).toBool(), false);
    QVERIFY(!m_engine->isActive());
    QCOMPARE(m_engine->callProcessId(), 0);

    // The next call starts the program again.
    QVERIFY(join(u"zweite"_s));
    QVERIFY(m_engine->callProcessId() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(inWindow(roomColour), frameTimeout);
}

void TestCallProcess::aMissingProgramMeansNoCalls()
{
    QTemporaryDir empty;
    const QByteArray modules = qgetenv("DORFPLATZ_MODULE_DIR");
    qputenv("DORFPLATZ_MODULE_DIR", empty.path().toUtf8());
    CallEngine engine(m_data.filePath(u"webengine-profile"_s), {m_room.server()});
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"video calls are not available"_s));
    QSignalSpy ended(&engine, &CallEngine::ended);
    QVERIFY(engine.view());
    QVERIFY(!CallEngine::checkModule().isEmpty());
    qputenv("DORFPLATZ_MODULE_DIR", modules);
    QVERIFY(engine.isUnavailable());
    QVERIFY2(engine.moduleError().contains(u"dorfplatz-call"_s), qPrintable(engine.moduleError()));
    engine.start({m_room.server(), u"familie"_s, u"Erna"_s});
    QVERIFY(ended.wait(2000));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::LoadFailed);
}

void TestCallProcess::aHungProgramIsKilledAtTheHangUp()
{
    QSignalSpy ended(m_engine.get(), &CallEngine::ended);
    QVERIFY(join(u"familie"_s));
    const auto program = pid_t(m_engine->callProcessId());
    // Its event loop stands still, as if it hung.
    QCOMPARE(::kill(program, SIGSTOP), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not end the call"_s));
    QElapsedTimer timer;
    timer.start();
    m_engine->hangUp();
    QVERIFY(ended.wait(15000));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::HungUp);
    // The grace time, the time to empty the page and the margin: 2 + 2 + 3 s.
    QVERIFY2(timer.elapsed() >= 6000 && timer.elapsed() < 10000,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!m_engine->isCameraOn());
    QCOMPARE(m_engine->callProcessId(), 0);
    QVERIFY(join(u"zweite"_s));
}

void TestCallProcess::aProgramThatCannotStartEndsTheCall()
{
    // Executable, but it cannot be run: its interpreter is missing.
    QTemporaryDir broken;
    QFile program(broken.filePath(u"dorfplatz-call"_s));
    QVERIFY(program.open(QIODevice::WriteOnly));
    program.write("#!/nonexistent/interpreter\n");
    program.close();
    QVERIFY(program.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner));
    const QByteArray modules = qgetenv("DORFPLATZ_MODULE_DIR");
    qputenv("DORFPLATZ_MODULE_DIR", broken.path().toUtf8());
    CallEngine engine(m_data.filePath(u"webengine-profile"_s), {m_room.server()});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"call program ended unexpectedly"_s));
    QSignalSpy ended(&engine, &CallEngine::ended);
    engine.start({m_room.server(), u"familie"_s, u"Erna"_s});
    qputenv("DORFPLATZ_MODULE_DIR", modules);
    QVERIFY(ended.wait(5000));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::LoadFailed);
    QVERIFY(!engine.isActive());
    // Once, not again and again.
    QVERIFY(!ended.wait(500));
}

void TestCallProcess::aRingStartsTheProgramAheadOfTheCall()
{
    CallEngine engine(m_data.filePath(u"webengine-profile"_s), {m_room.server()});
    engine.setReleaseAfter(std::chrono::milliseconds(300));
    QCOMPARE(engine.callProcessId(), 0);
    engine.prepare();
    QVERIFY(engine.callProcessId() > 0);
    // Nobody answered: it goes after the quiet period, as after a call.
    QSignalSpy released(&engine, &CallEngine::released);
    QVERIFY(released.wait(5000));
    QCOMPARE(engine.callProcessId(), 0);
}

// A room with a lobby: the program knocks, and the wait reaches the kiosk (lobby {call}), so the
// call screen can say that the family lets the resident in. The join timeout does not end it.
void TestCallProcess::theLobbyWaitCrossesToTheKiosk()
{
    QSignalSpy lobby(m_engine.get(), &CallEngine::waitingInLobby);
    QSignalSpy ended(m_engine.get(), &CallEngine::ended);
    CallRequest request{m_room.server(), u"dritte?lobby=1"_s, u"Erna"_s};
    m_engine->start(request);
    QVERIFY(lobby.wait(timeout));
    QCOMPARE(lobby.size(), 1);
    QVERIFY(m_engine->isActive());
    QVERIFY(ended.isEmpty());
    m_engine->hangUp();
    QVERIFY(ended.wait(timeout));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::HungUp);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestCallProcess)
#include "tst_callprocess.moc"
