#include "processcallbackend.h"

#include "callprotocol.h"
#include "callwindowslot.h"
#include "core/logging.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QVBoxLayout>

#include <csignal>
#include <sys/prctl.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

ProcessCallBackend::ProcessCallBackend(QString program, QString profileDirectory,
                                       QList<QUrl> allowedServers, CallBackendListener *listener,
                                       bool debug)
    : m_program(std::move(program))
    , m_profileDirectory(std::move(profileDirectory))
    , m_allowedServers(std::move(allowedServers))
    , m_listener(listener)
    , m_debug(debug)
    , m_hangUpTimer(new QTimer(this))
{
    m_hangUpTimer->setSingleShot(true);
    connect(m_hangUpTimer, &QTimer::timeout, this, [this] {
        if (!m_active || !m_process)
            return;
        // The program's own timers would have ended the call by now: its event loop hangs.
        qCWarning(lcCalls) << "the call program did not end the call after the hang-up: killed";
        m_killedAtHangUp = true;
        m_process->kill();
    });
}

ProcessCallBackend::~ProcessCallBackend()
{
    // The kiosk is going: the program is ended with it, without waiting for a call to close.
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(quitTimeoutMs);
    }
    delete m_view.data();
}

bool ProcessCallBackend::isCreated() const
{
    return m_process != nullptr;
}

qint64 ProcessCallBackend::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QWidget *ProcessCallBackend::view()
{
    if (!m_view) {
        auto *view = new QWidget;
        auto *layout = new QVBoxLayout(view);
        layout->setContentsMargins(0, 0, 0, 0);
        m_slot = new CallWindowSlot(view);
        layout->addWidget(m_slot);
        connect(m_slot, &CallWindowSlot::windowChanged, this, &ProcessCallBackend::sendWindow);
        connect(m_slot, &CallWindowSlot::sizeChanged, this, &ProcessCallBackend::sendSize);
        m_view = view;
    }
    // Started now, so the program's cold start overlaps the call screen coming up.
    ensureProcess();
    return m_view;
}

void ProcessCallBackend::releaseView()
{
    // setParent() hides the view without marking it hidden on purpose, so the next screen's
    // layout shows it again.
    if (m_view)
        m_view->setParent(nullptr);
}

void ProcessCallBackend::ensureProcess()
{
    if (m_process)
        return;
    QStringList arguments{u"--profile-dir"_s, m_profileDirectory};
    for (const QUrl &server : std::as_const(m_allowedServers))
        arguments << u"--allow"_s << server.toString();
    if (m_debug)
        arguments << u"--debug"_s;
    auto *process = new QProcess(this);
    process->setProgram(m_program);
    process->setArguments(arguments);
    // Its log goes where the kiosk's goes (the journal); its standard output is the pipe.
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Never outlives the kiosk, even one killed by the watchdog.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(process, &QProcess::readyReadStandardOutput, this, &ProcessCallBackend::readOutput);
    connect(process, &QProcess::finished, this, [this, process] { processFinished(process); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFinished(process);
    });
    m_process = process;
    m_sentWindow = 0;
    process->start();
    qCInfo(lcCalls) << "call program started, pid" << process->processId();
    sendTimeouts();
    sendWindow();
}

void ProcessCallBackend::send(const QJsonObject &message)
{
    if (m_process)
        m_process->write(CallProtocol::encode(message));
}

void ProcessCallBackend::sendWindow()
{
    if (!m_process || !m_slot)
        return;
    const WId window = m_slot->nativeWindow();
    if (window == 0 || window == m_sentWindow)
        return;
    m_sentWindow = window;
    send({{u"do"_s, u"parent"_s}, {u"window"_s, qint64(window)}});
    sendSize(m_slot->size());
}

void ProcessCallBackend::sendSize(QSize size)
{
    send({{u"do"_s, u"size"_s}, {u"width"_s, size.width()}, {u"height"_s, size.height()}});
}

void ProcessCallBackend::sendTimeouts()
{
    send(
        {{u"do"_s, u"timeouts"_s}, {u"join"_s, m_timeouts.first}, {u"grace"_s, m_timeouts.second}});
}

void ProcessCallBackend::setCamera(bool on)
{
    if (on == m_cameraOn)
        return;
    m_cameraOn = on;
    m_listener->backendCameraChanged(on);
}

void ProcessCallBackend::readOutput()
{
    auto *process = qobject_cast<QProcess *>(sender());
    if (!process || process != m_process)
        return;
    while (process->canReadLine()) {
        const QByteArray line = process->readLine().chopped(1);
        if (const auto message = CallProtocol::decode(line))
            handle(*message);
        else
            qCWarning(lcCalls) << "not a line of the call program:" << line.left(80);
        if (process != m_process)
            return; // ended while handling
    }
}

void ProcessCallBackend::handle(const QJsonObject &message)
{
    const QString event = message.value(u"event"_s).toString();
    if (event == u"ready") {
        qCInfo(lcCalls) << "call program ready";
        return;
    }
    // What a call still reports after the kiosk moved on to the next is old news.
    if (message.value(u"call"_s).toInt() != m_call || !m_active)
        return;
    if (event == u"joined") {
        m_joined = true;
        m_listener->backendJoined();
    } else if (event == u"others") {
        m_others = message.value(u"count"_s).toInt();
        m_listener->backendParticipantsChanged(m_others);
    } else if (event == u"media") {
        m_listener->backendMediaProblem(
            CallProtocol::problemFrom(message.value(u"problem"_s).toString()));
    } else if (event == u"camera") {
        setCamera(message.value(u"on"_s).toBool());
    } else if (event == u"otherCamera") {
        m_listener->backendOtherCameraChanged(message.value(u"off"_s).toBool());
    } else if (event == u"lobby") {
        m_listener->backendWaitingInLobby();
    } else if (event == u"ended") {
        endCall(CallProtocol::endFrom(message.value(u"reason"_s).toString()));
    }
}

void ProcessCallBackend::endCall(CallEnd reason)
{
    m_hangUpTimer->stop();
    if (!m_active)
        return;
    m_active = false;
    m_joined = false;
    m_others = 0;
    setCamera(false);
    m_listener->backendEnded(reason);
}

void ProcessCallBackend::processFinished(QProcess *process)
{
    process->deleteLater();
    if (process != m_process)
        return; // one that was released and has now gone
    m_process = nullptr;
    const bool killedAtHangUp = std::exchange(m_killedAtHangUp, false);
    if (!killedAtHangUp)
        qCWarning(lcCalls).noquote() << "the call program ended unexpectedly:"
                                     << (process->error() == QProcess::FailedToStart
                                             ? process->errorString()
                                             : u"exit code %1"_s.arg(process->exitCode()));
    // The page went with it: the camera is off. Before it joined, the call could not be made.
    endCall(killedAtHangUp ? CallEnd::HungUp
            : m_joined     ? CallEnd::RoomClosed
                           : CallEnd::LoadFailed);
}

void ProcessCallBackend::start(const CallRequest &request)
{
    ensureProcess();
    // As in the program: a call still active ends first, before start() returns.
    endCall(CallEnd::HungUp);
    m_call += 1;
    m_active = true;
    if (!m_process) {
        // The program could not even be started: as a server that cannot be reached, after
        // start() has returned.
        QTimer::singleShot(0, this, [this, call = m_call] {
            if (m_call == call)
                endCall(CallEnd::LoadFailed);
        });
        return;
    }
    send(CallProtocol::startMessage(m_call, request));
    setCamera(!request.cameraOff);
}

void ProcessCallBackend::hangUp()
{
    if (!m_active)
        return;
    send({{u"do"_s, u"hangUp"_s}});
    if (!m_hangUpTimer->isActive())
        m_hangUpTimer->start(m_timeouts.second + callEmptyTimeoutMs + hangUpMarginMs);
}

bool ProcessCallBackend::isActive() const
{
    return m_active;
}

int ProcessCallBackend::otherParticipants() const
{
    return m_others;
}

void ProcessCallBackend::setTimeouts(int joinTimeoutMs, int hangUpGraceMs)
{
    m_timeouts = {joinTimeoutMs, hangUpGraceMs};
    sendTimeouts();
}

bool ProcessCallBackend::isCameraOn() const
{
    return m_cameraOn;
}

void ProcessCallBackend::setCameraOn(bool on)
{
    if (m_active)
        send({{u"do"_s, u"camera"_s}, {u"on"_s, on}});
}

bool ProcessCallBackend::release()
{
    // Raw pointer once checked: QPointer reloads on every use.
    if (const QWidget *view = m_view; m_active || (view && view->parentWidget()))
        return false;
    if (!m_process)
        return true;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    // Asked to quit, and killed if it does not; the slot stays for the next program.
    process->write(CallProtocol::encode({{u"do"_s, u"quit"_s}}));
    process->closeWriteChannel();
    QTimer::singleShot(quitTimeoutMs, process, [process] {
        qCWarning(lcCalls) << "the call program did not quit: killed";
        process->kill();
    });
    qCInfo(lcCalls) << "call program asked to quit";
    return true;
}

} // namespace Dorfplatz
