#include "callhostserver.h"

#include "callweblogging.h"
#include "ui/calls/callprotocol.h"
#include "webcallengine.h"

#include <QEvent>
#include <QQuickWidget>
#include <QSocketNotifier>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// The kiosk's lines are short; anything longer is not from it.
constexpr qsizetype maxLine = 64 * 1024;

} // namespace

CallHostServer::CallHostServer(int input, int output, WebCallEngine *engine, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_output(output)
    , m_engine(engine)
    , m_notifier(new QSocketNotifier(input, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &CallHostServer::readInput);
    connect(m_engine, &WebCallEngine::joined, this, [this] {
        send(u"joined"_s, {{u"call"_s, m_call}});
    });
    connect(m_engine, &WebCallEngine::participantsChanged, this, [this](int others) {
        send(u"others"_s, {{u"call"_s, m_call}, {u"count"_s, others}});
    });
    connect(m_engine, &WebCallEngine::mediaProblem, this, [this](CallMediaProblem problem) {
        send(u"media"_s, {{u"call"_s, m_call}, {u"problem"_s, CallProtocol::problemName(problem)}});
    });
    connect(m_engine, &WebCallEngine::cameraChanged, this, [this](bool on) {
        send(u"camera"_s, {{u"call"_s, m_call}, {u"on"_s, on}});
    });
    connect(m_engine, &WebCallEngine::otherCameraChanged, this, [this](bool off) {
        send(u"otherCamera"_s, {{u"call"_s, m_call}, {u"off"_s, off}});
    });
    connect(m_engine, &WebCallEngine::waitingInLobby, this, [this] {
        send(u"lobby"_s, {{u"call"_s, m_call}});
    });
    connect(m_engine, &WebCallEngine::ended, this, [this](CallEnd reason) {
        send(u"ended"_s, {{u"call"_s, m_call}, {u"reason"_s, CallProtocol::endName(reason)}});
        if (m_nextCall != 0)
            m_call = m_nextCall;
    });
}

CallHostServer::~CallHostServer()
{
    // The foreign parent would take the view's window with it (a QWindow deletes its children):
    // hidden and handed back first.
    if (m_host) {
        m_host->hide();
        m_host->windowHandle()->setParent(nullptr);
    }
}

void CallHostServer::readInput()
{
    char chunk[4096];
    const ssize_t got = ::read(m_input, chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        qCInfo(lcCallWeb) << "the kiosk closed the pipe: ending";
        m_notifier->setEnabled(false);
        m_done = true;
        Q_EMIT finished();
        return;
    }
    m_buffer.append(chunk, got);
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (const auto message = CallProtocol::decode(line))
            handle(*message);
        else
            qCWarning(lcCallWeb) << "not a command from the kiosk:" << line.left(80);
        if (m_done)
            return;
    }
    if (m_buffer.size() > maxLine) {
        qCWarning(lcCallWeb) << "a command longer than" << maxLine << "bytes: dropped";
        m_buffer.clear();
    }
}

void CallHostServer::handle(const QJsonObject &message)
{
    const QString what = message.value(u"do"_s).toString();
    if (what == u"start") {
        // A call still active ends inside start(), under its own number; what start() says
        // after that (the camera) belongs to the new one.
        m_nextCall = message.value(u"call"_s).toInt();
        if (!m_engine->isActive())
            m_call = m_nextCall;
        m_engine->start(CallProtocol::requestFrom(message));
        m_call = m_nextCall;
        m_nextCall = 0;
    } else if (what == u"hangUp") {
        m_engine->hangUp();
    } else if (what == u"camera") {
        m_engine->setCameraOn(message.value(u"on"_s).toBool());
    } else if (what == u"timeouts") {
        m_engine->setTimeouts(message.value(u"join"_s).toInt(20000),
                              message.value(u"grace"_s).toInt(2000));
    } else if (what == u"size") {
        resizeView(message.value(u"width"_s).toInt(), message.value(u"height"_s).toInt());
    } else if (what == u"parent") {
        embedInto(quintptr(message.value(u"window"_s).toInteger()));
    } else if (what == u"quit") {
        m_done = true;
        Q_EMIT finished();
    } else {
        qCWarning(lcCallWeb) << "unknown command from the kiosk:" << what;
    }
}

void CallHostServer::embedInto(quintptr window)
{
    if (window == 0)
        return;
    std::unique_ptr<QWindow> parent(QWindow::fromWinId(WId(window)));
    if (!parent) {
        qCWarning(lcCallWeb) << "the kiosk's window cannot be used:" << Qt::hex << window;
        return;
    }
    if (!m_host) {
        // The view in a window of this class's own. Qt makes a window again, as a window of its
        // own on the screen, when the first widget drawn through OpenGL (WebEngine's, once a page
        // shows) appears in it: a hidden one from the start makes it an OpenGL window at once.
        m_host = std::make_unique<QWidget>(nullptr, Qt::FramelessWindowHint);
        auto *layout = new QVBoxLayout(m_host.get());
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_engine->view());
        (new QQuickWidget(m_host.get()))->hide();
        m_host->installEventFilter(this);
        m_host->winId();
    }
    // A child of the kiosk's window from the start: never a window of its own on the screen.
    m_host->windowHandle()->setParent(parent.get());
    m_parent = std::move(parent);
    m_host->move(0, 0);
    m_host->show();
    qCInfo(lcCallWeb) << "view shown inside the kiosk's window";
}

bool CallHostServer::eventFilter(QObject *watched, QEvent *event)
{
    // Should Qt still make the window again, the new one goes where the old one was.
    if (watched == m_host.get() && event->type() == QEvent::WinIdChange && m_parent &&
        m_host->windowHandle() && m_host->windowHandle()->parent() != m_parent.get()) {
        qCWarning(lcCallWeb) << "the view's window was made again: put back into the kiosk's";
        m_host->windowHandle()->setParent(m_parent.get());
    }
    return QObject::eventFilter(watched, event);
}

void CallHostServer::announceReady()
{
    send(u"ready"_s);
}

void CallHostServer::resizeView(int width, int height)
{
    if (m_host && width > 0 && height > 0)
        m_host->resize(width, height);
}

void CallHostServer::send(const QString &event, QJsonObject data)
{
    data.insert(u"event"_s, event);
    const QByteArray line = CallProtocol::encode(data);
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n =
            ::write(m_output, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            qCWarning(lcCallWeb) << "the kiosk no longer listens: ending";
            m_done = true;
            Q_EMIT finished();
            return;
        }
        written += n;
    }
}

} // namespace Dorfplatz
