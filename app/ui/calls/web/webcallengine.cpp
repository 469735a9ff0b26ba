#include "webcallengine.h"

#include "callbridge.h"
#include "callprofile.h"
#include "callweblogging.h"
#include "core/calls/origins.h"
#include "hostpage.h"
#include "lockedpage.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineLoadingInfo>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// Nothing may open a debugging port into the call browser: it would be a way around everything
// LockedPage refuses. Both switches are read when WebEngine starts, which is after this.
void forbidRemoteDebugging()
{
    if (qEnvironmentVariableIsSet("QTWEBENGINE_REMOTE_DEBUGGING")) {
        qCWarning(lcCallWeb) << "QTWEBENGINE_REMOTE_DEBUGGING ignored: no developer tools in calls";
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    }
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (flags.contains("remote-debugging")) {
        QList<QByteArray> kept;
        for (const QByteArray &flag : flags.split(' ')) {
            if (!flag.contains("remote-debugging"))
                kept.append(flag);
        }
        qCWarning(lcCallWeb) << "remote debugging flags removed: no developer tools in calls";
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", kept.join(' '));
    }
}

} // namespace

struct WebCallEngine::Private
{
    enum class State
    {
        Idle,
        Connecting, // host page and room loading, not yet joined
        Joined,
        HangingUp, // hang-up sent, waiting for the room (or the grace time)
        Emptying,  // over; waiting for about:blank before ended() is emitted
    };

    QString profileDirectory;
    Origins origins;
    int joinTimeoutMs = 20000;
    int hangUpGraceMs = 2000;

    // Torn down in reverse: view, page, channel, profile (a profile must outlive its pages).
    std::unique_ptr<CallProfile> profile;
    std::unique_ptr<QWebChannel> channel;
    std::unique_ptr<LockedPage> page;
    QPointer<QWebEngineView> view;
    CallBridge bridge;

    QTimer joinTimer;
    QTimer graceTimer;
    QTimer emptyTimer;

    State state = State::Idle;
    int call = 0;
    EndReason endReason = EndReason::HungUp;
    QSet<QString> others;
    bool cameraReported = false;
    bool micReported = false;
    QElapsedTimer sinceStart;
};

WebCallEngine::WebCallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->profileDirectory = std::move(profileDirectory);
    d->origins = Origins(allowedServers);
    d->joinTimer.setSingleShot(true);
    d->graceTimer.setSingleShot(true);
    d->emptyTimer.setSingleShot(true);
    connect(&d->joinTimer, &QTimer::timeout, this, [this] {
        if (d->state == Private::State::Connecting) {
            qCWarning(lcCallWeb) << "room not joined within" << d->joinTimeoutMs << "ms";
            finish(EndReason::LoadFailed);
        }
    });
    connect(&d->graceTimer, &QTimer::timeout, this, [this] {
        if (d->state == Private::State::HangingUp) {
            qCInfo(lcCallWeb) << "room did not confirm the hang-up; ending anyway";
            finish(EndReason::HungUp);
        }
    });
    // about:blank normally loads in milliseconds; a dead renderer may never say so.
    connect(&d->emptyTimer, &QTimer::timeout, this, &WebCallEngine::completeEnd);
    connect(&d->bridge, &CallBridge::eventReported, this, &WebCallEngine::onEvent);
}

WebCallEngine::~WebCallEngine()
{
    delete d->view.data();
    d->page.reset();
    d->channel.reset();
    d->profile.reset();
}

bool WebCallEngine::isCreated() const
{
    return d->profile != nullptr;
}

void WebCallEngine::ensureCreated()
{
    if (d->profile)
        return;
    QElapsedTimer timer;
    timer.start();
    forbidRemoteDebugging();
    d->profile = std::make_unique<CallProfile>(d->profileDirectory);
    d->channel = std::make_unique<QWebChannel>();
    d->channel->registerObject(u"bridge"_s, &d->bridge);
    d->page = std::make_unique<LockedPage>(d->profile.get(), d->origins);
    d->page->setWebChannel(d->channel.get());
    connect(d->page.get(), &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) { onLoading(info); });
    connect(d->page.get(), &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                qCWarning(lcCallWeb) << "call page renderer ended:" << status << exitCode;
                if (d->state != Private::State::Idle && d->state != Private::State::Emptying)
                    finish(d->state == Private::State::HangingUp ? EndReason::HungUp
                                                                 : EndReason::RoomClosed);
            });
    qCInfo(lcCallWeb) << "call browser created in" << timer.elapsed() << "ms, profile in"
                      << d->profileDirectory;
}

QWidget *WebCallEngine::view()
{
    ensureCreated();
    if (!d->view) {
        auto *view = new QWebEngineView;
        view->setPage(d->page.get());
        view->setContextMenuPolicy(Qt::NoContextMenu);
        view->setAttribute(Qt::WA_AcceptTouchEvents);
        d->view = view;
    }
    return d->view;
}

void WebCallEngine::releaseView()
{
    if (!d->view)
        return;
    // setParent() hides the view without marking it hidden on purpose, so the next screen's
    // layout shows it again.
    d->view->setParent(nullptr);
}

void WebCallEngine::start(const CallRequest &request)
{
    if (d->state != Private::State::Idle) {
        qCInfo(lcCallWeb) << "a new call ends the one still active";
        if (d->state != Private::State::Emptying)
            finish(EndReason::HungUp);
        completeEnd();
    }
    ensureCreated();
    d->call += 1;
    d->bridge.setCall(d->call);
    d->others.clear();
    d->cameraReported = false;
    d->micReported = false;
    d->state = Private::State::Connecting;
    d->sinceStart.start();

    const QString language = QLocale().name().section(u'_', 0, 0);
    const QString html = d->origins.contains(request.server)
                             ? HostPage::html(request, d->call, language)
                             : QString();
    if (html.isEmpty()) {
        if (!d->origins.contains(request.server))
            qCWarning(lcCallWeb) << "not a configured call server:" << request.server;
        // After start() has returned: the caller is still setting up its screen.
        QTimer::singleShot(0, this, [this, call = d->call] {
            if (d->call == call && d->state == Private::State::Connecting)
                finish(EndReason::LoadFailed);
        });
        return;
    }
    qCInfo(lcCallWeb) << "call" << d->call << "to" << Origins::originOf(request.server);
    d->page->showHostPage(html, Origins::originOf(request.server));
    d->joinTimer.start(d->joinTimeoutMs);
}

void WebCallEngine::hangUp()
{
    if (d->state != Private::State::Connecting && d->state != Private::State::Joined)
        return;
    qCInfo(lcCallWeb) << "hanging up call" << d->call;
    d->state = Private::State::HangingUp;
    d->joinTimer.stop();
    Q_EMIT d->bridge.hangUpRequested();
    d->graceTimer.start(d->hangUpGraceMs);
}

bool WebCallEngine::isActive() const
{
    return d->state != Private::State::Idle;
}

int WebCallEngine::otherParticipants() const
{
    return int(d->others.size());
}

QWebEnginePage *WebCallEngine::page() const
{
    return d->page.get();
}

QWebEngineProfile *WebCallEngine::profile() const
{
    return d->profile.get();
}

void WebCallEngine::setTimeouts(int joinTimeoutMs, int hangUpGraceMs)
{
    d->joinTimeoutMs = joinTimeoutMs;
    d->hangUpGraceMs = hangUpGraceMs;
}

void WebCallEngine::onEvent(const QString &event, const QVariantMap &data)
{
    using State = Private::State;
    if (d->state == State::Idle || d->state == State::Emptying)
        return;
    if (event == u"apiFailed"_s) {
        qCWarning(lcCallWeb) << "external_api.js failed:" << data.value(u"message"_s).toString();
        finish(EndReason::LoadFailed);
    } else if (event == u"videoConferenceJoined"_s) {
        if (d->state == State::Connecting) {
            qCInfo(lcCallWeb) << "joined after" << d->sinceStart.elapsed() << "ms";
            d->state = State::Joined;
            d->joinTimer.stop();
            Q_EMIT joined();
        }
    } else if (event == u"participantJoined"_s || event == u"participantLeft"_s) {
        const QString id = data.value(u"id"_s).toString();
        const qsizetype before = d->others.size();
        if (event == u"participantJoined"_s)
            d->others.insert(id);
        else
            d->others.remove(id);
        if (d->others.size() != before)
            Q_EMIT participantsChanged(int(d->others.size()));
    } else if (event == u"readyToClose"_s || event == u"videoConferenceLeft"_s) {
        finish(d->state == State::HangingUp ? EndReason::HungUp : EndReason::RoomClosed);
    } else if (event == u"cameraError"_s || event == u"micError"_s) {
        const bool camera = event == u"cameraError"_s;
        qCWarning(lcCallWeb) << event << data.value(u"type"_s).toString()
                             << data.value(u"message"_s).toString();
        bool &reported = camera ? d->cameraReported : d->micReported;
        if (!reported) {
            reported = true;
            Q_EMIT mediaProblem(camera ? MediaProblem::Camera : MediaProblem::Microphone);
        }
    }
}

void WebCallEngine::onLoading(const QWebEngineLoadingInfo &info)
{
    using State = Private::State;
    qCDebug(lcCallWeb) << "loading" << info.status() << info.url().scheme() << info.errorCode();
    if (d->state == State::Emptying) {
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus &&
            info.url().scheme() == u"about"_s)
            completeEnd();
        return;
    }
    if (d->state != State::Idle && info.status() == QWebEngineLoadingInfo::LoadFailedStatus) {
        qCWarning(lcCallWeb) << "call page failed to load:" << info.errorString();
        finish(EndReason::LoadFailed);
    }
}

void WebCallEngine::finish(EndReason reason)
{
    using State = Private::State;
    if (d->state == State::Idle || d->state == State::Emptying)
        return;
    qCInfo(lcCallWeb) << "call" << d->call << "over:" << callEndName(reason);
    d->joinTimer.stop();
    d->graceTimer.stop();
    d->bridge.setCall(0);
    d->others.clear();
    d->endReason = reason;
    d->state = State::Emptying;
    d->page->empty();
    d->emptyTimer.start(2000);
}

void WebCallEngine::completeEnd()
{
    if (d->state != Private::State::Emptying)
        return;
    d->emptyTimer.stop();
    d->state = Private::State::Idle;
    Q_EMIT ended(d->endReason);
}

} // namespace Dorfplatz
