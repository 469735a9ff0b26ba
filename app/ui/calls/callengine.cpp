#include "callengine.h"

#include "callprotocol.h"
#include "core/logging.h"
#include "processcallbackend.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibrary>
#include <QOpenGLContext>
#include <QTimer>
#include <QWidget>

// Qt's modules share OpenGL resources through this context. Exported by QtGui, not in its public
// headers; QtWebEngine declares them the same way.
Q_GUI_EXPORT QOpenGLContext *qt_gl_global_share_context();
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace Dorfplatz {

using namespace Qt::StringLiterals;

// Turns the module's reports into CallEngine's signals.
class CallEngine::Listener final : public CallBackendListener
{
public:
    explicit Listener(CallEngine *engine)
        : m_engine(engine)
    {}

    void backendJoined() override { Q_EMIT m_engine->joined(); }
    void backendParticipantsChanged(int others) override
    {
        Q_EMIT m_engine->participantsChanged(others);
    }
    void backendMediaProblem(CallMediaProblem problem) override
    {
        Q_EMIT m_engine->mediaProblem(problem);
    }
    void backendEnded(CallEnd reason) override
    {
        m_engine->quiet();
        Q_EMIT m_engine->ended(reason);
    }
    void backendCameraChanged(bool on) override { Q_EMIT m_engine->cameraChanged(on); }
    void backendOtherCameraChanged(bool off) override { Q_EMIT m_engine->otherCameraChanged(off); }
    void backendWaitingInLobby() override { Q_EMIT m_engine->waitingInLobby(); }

private:
    CallEngine *m_engine;
};

CallEngine::CallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent)
    : QObject(parent)
    , m_profileDirectory(std::move(profileDirectory))
    , m_allowedServers(std::move(allowedServers))
    , m_listener(std::make_unique<Listener>(this))
    , m_releaseTimer(new QTimer(this))
{
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setInterval(std::chrono::minutes(30));
    connect(m_releaseTimer, &QTimer::timeout, this, &CallEngine::releaseIfQuiet);
}

CallEngine::~CallEngine()
{
    // The backend's view and page go before the listener they report to. The module itself stays
    // loaded: WebEngine cannot be unloaded from a running process.
    m_backend.reset();
    delete m_fallbackView;
}

QString CallEngine::moduleDirectory()
{
    const QString configured = qEnvironmentVariable("DORFPLATZ_MODULE_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../lib/dorfplatz"_s);
}

namespace {

// WebEngine draws through a global OpenGL context shared with the application's. Linked into a
// program, it has Qt make one at start-up (Qt::AA_ShareOpenGLContexts); loaded by the first call,
// it finds none ("initialized from a plugin") and crashes. The kiosk does not set the attribute,
// because that context loads the OpenGL driver at every start (measured with Mesa: +45 ms to the
// first paint, +30 MiB PSS); the context is made here, once, before the module is loaded, as
// QtWebEngine's own initialisation would.
void shareOpenGLContexts()
{
    if (qt_gl_global_share_context())
        return;
    auto context = std::make_unique<QOpenGLContext>();
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create()) {
        qCWarning(lcCalls) << "no OpenGL context to share with the call browser";
        return;
    }
    context->setParent(qGuiApp); // lives as long as the application
    qt_gl_set_global_share_context(context.release());
}

QString modulePath()
{
    return QDir(CallEngine::moduleDirectory()).filePath(QString::fromLatin1(callModuleName));
}

CreateCallBackend resolveModule(QLibrary &library)
{
    shareOpenGLContexts();
    library.setFileName(modulePath());
    return reinterpret_cast<CreateCallBackend>(library.resolve(createCallBackendSymbol));
}

} // namespace

CallEngine::Isolation CallEngine::defaultIsolation()
{
    if (qEnvironmentVariableIntValue("DORFPLATZ_CALLS_IN_PROCESS") == 1)
        return Isolation::InProcess;
    return QGuiApplication::platformName() == u"xcb" ? Isolation::OwnProcess : Isolation::InProcess;
}

void CallEngine::setIsolation(Isolation isolation)
{
    if (!m_backend && !m_unavailable)
        m_isolation = isolation;
}

QString CallEngine::programPath()
{
    return QDir(moduleDirectory()).filePath(QString::fromLatin1(CallProtocol::programName));
}

qint64 CallEngine::callProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

QString CallEngine::checkModule()
{
    if (defaultIsolation() == Isolation::OwnProcess && !QFileInfo(programPath()).isExecutable())
        return u"the call program %1 is missing"_s.arg(programPath());
    QLibrary library;
    return resolveModule(library) ? QString() : library.errorString();
}

bool CallEngine::ensureBackend()
{
    if (m_backend)
        return true;
    if (m_unavailable)
        return false;
    if (m_isolation == Isolation::OwnProcess) {
        if (!QFileInfo(programPath()).isExecutable()) {
            m_unavailable = true;
            m_moduleError = u"the call program %1 is missing"_s.arg(programPath());
            qCCritical(lcCalls).noquote() << "video calls are not available:" << m_moduleError;
            return false;
        }
        auto backend = std::make_unique<ProcessCallBackend>(programPath(), m_profileDirectory,
                                                            m_allowedServers, m_listener.get(),
                                                            lcCalls().isDebugEnabled());
        m_process = backend.get();
        m_backend = std::move(backend);
        m_backend->setTimeouts(m_timeouts.first, m_timeouts.second);
        return true;
    }
    QLibrary library;
    const auto create = resolveModule(library);
    CallBackend *backend = create ? create(callBackendInterfaceVersion, m_profileDirectory,
                                           m_allowedServers, m_listener.get())
                                  : nullptr;
    if (!backend) {
        m_unavailable = true;
        m_moduleError = create ? u"the module %1 is from another version"_s.arg(modulePath())
                               : library.errorString();
        qCCritical(lcCalls).noquote() << "video calls are not available:" << m_moduleError;
        return false;
    }
    m_backend.reset(backend);
    m_backend->setTimeouts(m_timeouts.first, m_timeouts.second);
    return true;
}

bool CallEngine::isCreated() const
{
    return m_backend && m_backend->isCreated();
}

void CallEngine::setAllowedServers(QList<QUrl> servers)
{
    if (servers == m_allowedServers)
        return;
    m_allowedServers = std::move(servers);
    m_serversChanged = bool(m_backend);
    renewIfQuiet();
}

void CallEngine::renewIfQuiet()
{
    if (!m_serversChanged || m_viewOut || isActive())
        return;
    qCInfo(lcCalls) << "the call servers changed: the next call makes a new browser";
    m_serversChanged = false;
    m_releaseTimer->stop();
    m_process = nullptr;
    m_backend.reset();
}

QWidget *CallEngine::view()
{
    m_releaseTimer->stop();
    if (ensureBackend()) {
        m_viewOut = true;
        return m_backend->view();
    }
    if (!m_fallbackView) {
        m_fallbackView = new QWidget;
        m_fallbackView->setStyleSheet(u"background: black;"_s);
    }
    return m_fallbackView;
}

void CallEngine::releaseView()
{
    if (m_backend) {
        m_backend->releaseView();
        m_viewOut = false;
        quiet();
        renewIfQuiet();
    } else if (m_fallbackView) {
        m_fallbackView->setParent(nullptr);
    }
}

void CallEngine::quiet()
{
    if (m_backend && m_backend->isCreated())
        m_releaseTimer->start();
}

void CallEngine::releaseIfQuiet()
{
    if (!m_backend || !m_backend->isCreated())
        return;
    // A call, or a screen still showing the view (a failure sentence): later.
    if (!m_backend->release()) {
        m_releaseTimer->start();
        return;
    }
    qCInfo(lcCalls) << "WebEngine released after" << m_releaseTimer->interval() / 1000
                    << "s without a call";
    Q_EMIT released();
}

void CallEngine::setReleaseAfter(std::chrono::milliseconds quiet)
{
    m_releaseTimer->setInterval(quiet);
    if (m_releaseTimer->isActive())
        m_releaseTimer->start();
}

std::chrono::milliseconds CallEngine::releaseAfter() const
{
    return m_releaseTimer->intervalAsDuration();
}

bool CallEngine::isCameraOn() const
{
    return m_backend && m_backend->isCameraOn();
}

void CallEngine::setCameraOn(bool on)
{
    if (m_backend)
        m_backend->setCameraOn(on);
}

void CallEngine::prepare()
{
    if (m_isolation != Isolation::OwnProcess || !ensureBackend() || !m_process)
        return;
    m_process->prepare();
    if (!m_backend->isActive())
        quiet();
}

void CallEngine::start(const CallRequest &request)
{
    m_releaseTimer->stop();
    if (ensureBackend()) {
        m_backend->start(request);
        return;
    }
    // As a server that cannot be reached: after start() has returned, so the screen is set up.
    QTimer::singleShot(0, this, [this] { Q_EMIT ended(EndReason::LoadFailed); });
}

void CallEngine::hangUp()
{
    if (m_backend)
        m_backend->hangUp();
}

bool CallEngine::isActive() const
{
    return m_backend && m_backend->isActive();
}

int CallEngine::otherParticipants() const
{
    return m_backend ? m_backend->otherParticipants() : 0;
}

QWebEnginePage *CallEngine::page() const
{
    return m_backend ? m_backend->page() : nullptr;
}

QWebEngineProfile *CallEngine::profile() const
{
    return m_backend ? m_backend->profile() : nullptr;
}

void CallEngine::setTimeouts(int joinTimeoutMs, int hangUpGraceMs)
{
    m_timeouts = {joinTimeoutMs, hangUpGraceMs};
    if (m_backend)
        m_backend->setTimeouts(joinTimeoutMs, hangUpGraceMs);
}

} // namespace Dorfplatz
