#include "webcallengine.h"

#include "callbridge.h"
#include "callprofile.h"
#include "callweblogging.h"
#include "core/calls/origins.h"
#include "hostpage.h"
#include "lockedpage.h"
#include "lockedview.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>

#include <csignal>

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
    QPointer<LockedView> view;
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
    bool cameraOn = false;
    // Password rooms: the room must have asked for it, or it is not the family's room.
    QString password;
    int passwordAsked = 0;
    bool answering = false;
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
    // about:blank normally loads in milliseconds; a room that holds on, or a renderer stuck in a
    // loop, never says so: then the room is forced out.
    connect(&d->emptyTimer, &QTimer::timeout, this, [this] {
        if (d->state != Private::State::Emptying)
            return;
        qCWarning(lcCallWeb) << "the room did not go within" << emptyTimeoutMs
                             << "ms: its renderer is ended and the page replaced";
        replacePage();
        completeEnd();
    });
    connect(&d->bridge, &CallBridge::eventReported, this, &WebCallEngine::onEvent);
}

WebCallEngine::~WebCallEngine()
{
    d->state = Private::State::Idle;
    delete d->view.data();
    d->page.reset();
    d->channel.reset();
    d->profile.reset();
}

bool WebCallEngine::release()
{
    // Raw pointer once checked: QPointer reloads on every use.
    if (d->state != Private::State::Idle)
        return false;
    if (const LockedView *view = d->view; view && view->parentWidget())
        return false;
    if (!d->profile)
        return true;
    delete d->view.data();
    d->page.reset();
    d->channel.reset();
    d->profile.reset();
    qCInfo(lcCallWeb) << "call browser released";
    return true;
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
    createPage();
    qCInfo(lcCallWeb) << "call browser created in" << timer.elapsed() << "ms (off the record)";
}

void WebCallEngine::createPage()
{
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
    if (d->view)
        d->view->setPage(d->page.get());
}

void WebCallEngine::replacePage()
{
    std::unique_ptr<LockedPage> old = std::move(d->page);
    old->disconnect(this);
    // Killed, not asked: a renderer in a loop answers nothing. With it goes every capture it had
    // opened; the page goes too, so nothing of the room is left to come back.
    if (const qint64 renderer = old->renderProcessPid(); renderer > 0)
        ::kill(pid_t(renderer), SIGKILL);
    createPage();
    old.reset();
}

QWidget *WebCallEngine::view()
{
    ensureCreated();
    if (!d->view) {
        auto *view = new LockedView;
        view->setPage(d->page.get());
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
        // A room that was already told to go (hang-up sent, or emptying) and is still there may
        // be stuck in a loop, and a renderer in a loop loads nothing more: the new call gets a
        // fresh page, never that one. (The kiosk goes home at once and may call again before
        // the grace and empty times are over.) A room still in its call answers; it is emptied.
        const bool toldToGo =
            d->state == Private::State::HangingUp || d->state == Private::State::Emptying;
        if (d->state != Private::State::Emptying)
            finish(EndReason::HungUp);
        if (toldToGo)
            replacePage();
        completeEnd();
    }
    ensureCreated();
    d->call += 1;
    d->bridge.setCall(d->call);
    d->others.clear();
    d->cameraReported = false;
    d->micReported = false;
    d->password = request.jwt.isEmpty() ? request.password : QString();
    d->passwordAsked = 0;
    d->answering = request.answering;
    d->state = Private::State::Connecting;
    d->sinceStart.start();

    const QString language = QLocale().name().section(u'_', 0, 0);
    const QString html = d->origins.contains(request.server)
                             ? HostPage::html(request, d->call, language)
                             : QString();
    if (html.isEmpty()) {
        if (!d->origins.contains(request.server))
            qCWarning(lcCallWeb).noquote()
                << "not a configured call server:" << LockedPage::redacted(request.server);
        // After start() has returned: the caller is still setting up its screen.
        QTimer::singleShot(0, this, [this, call = d->call] {
            if (d->call == call && d->state == Private::State::Connecting)
                finish(EndReason::LoadFailed);
        });
        return;
    }
    qCInfo(lcCallWeb).noquote() << "call" << d->call << "to" << LockedPage::redacted(request.server)
                                << (request.cameraOff ? "camera off" : "camera on");
    d->page->showHostPage(html);
    d->joinTimer.start(d->joinTimeoutMs);
    setCameraState(!request.cameraOff);
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

bool WebCallEngine::isCameraOn() const
{
    return d->cameraOn;
}

void WebCallEngine::setCameraOn(bool on)
{
    if (d->state != Private::State::Connecting && d->state != Private::State::Joined)
        return;
    qCInfo(lcCallWeb) << "camera" << (on ? "on" : "off") << "asked for";
    Q_EMIT d->bridge.cameraRequested(on);
}

void WebCallEngine::setCameraState(bool on)
{
    if (d->cameraOn == on)
        return;
    d->cameraOn = on;
    Q_EMIT cameraChanged(on);
}

void WebCallEngine::onEvent(const QString &event, const QVariantMap &data)
{
    using State = Private::State;
    if (d->state == State::Idle || d->state == State::Emptying)
        return;
    if (event == u"apiFailed"_s) {
        qCWarning(lcCallWeb) << "external_api.js failed:" << data.value(u"message"_s).toString();
        finish(EndReason::LoadFailed);
    } else if (event == u"passwordRequired"_s) {
        // Asked once, answered by the host page with the contact's password. Asked again, the
        // password was wrong: this is not the family's room.
        if (++d->passwordAsked > 1 || d->password.isEmpty()) {
            qCWarning(lcCallWeb) << "the room wants a password the kiosk does not have";
            finish(EndReason::LoadFailed);
        }
    } else if (event == u"videoMuteStatusChanged"_s) {
        setCameraState(!data.value(u"muted"_s).toBool());
    } else if (event == u"videoConferenceJoined"_s) {
        if (d->state == State::Connecting && d->answering && !d->password.isEmpty() &&
            d->passwordAsked == 0) {
            // Anyone can open a room without a password and make the kiosk ring; the family's
            // is locked with theirs. (Calling out, the kiosk may be first: the host page locks
            // the room then.)
            qCWarning(lcCallWeb) << "the room did not ask for its password: not joined";
            finish(EndReason::LoadFailed);
        } else if (d->state == State::Connecting) {
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
    } else if (event == u"participantMuted"_s) {
        // Only the other person's camera: the resident's own is videoMuteStatusChanged, and a
        // muted microphone needs no words on the screen.
        if (data.value(u"mediaType"_s).toString() == u"video"_s &&
            d->others.contains(data.value(u"id"_s).toString()))
            Q_EMIT otherCameraChanged(data.value(u"isMuted"_s).toBool());
    } else if (event == u"errorOccurred"_s) {
        if (d->state == State::Connecting &&
            data.value(u"name"_s).toString() == u"conference.connectionError.membersOnly"_s) {
            // In the lobby, knocked: letting the resident in is up to the family, so the join
            // timeout does not end the call; the call screen keeps its own time for that.
            qCInfo(lcCallWeb) << "waiting in the lobby";
            d->joinTimer.stop();
            Q_EMIT waitingInLobby();
        }
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
        if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
            return;
        // A call can end while the host page is still loading (a server that refuses
        // external_api.js at once): WebEngine then reports one load for both, under the host
        // page's address, and about:blank may or may not be in by then. In: the call is over.
        // Not in: asked for again (emptyTimer still bounds the wait).
        if (info.url().scheme() == u"about"_s || d->page->url() == QUrl(u"about:blank"_s))
            completeEnd();
        else
            d->page->empty();
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
    d->emptyTimer.start(emptyTimeoutMs);
}

void WebCallEngine::completeEnd()
{
    if (d->state != Private::State::Emptying)
        return;
    d->emptyTimer.stop();
    d->state = Private::State::Idle;
    // Nothing of the call stays: no way back to the room, no cookie, nothing cached.
    d->page->history()->clear();
    d->profile->forgetCalls();
    setCameraState(false);
    Q_EMIT ended(d->endReason);
}

} // namespace Dorfplatz
