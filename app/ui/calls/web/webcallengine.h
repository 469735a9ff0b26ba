#pragma once

#include "ui/calls/callbackend.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <memory>

class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;
class QWidget;

namespace Dorfplatz {

// Qt WebEngine for calls, wrapped once: the persistent profile in the data folder, the locked-down
// page, the host page that embeds the room through Jitsi's IFrame API, and the view a call screen
// shows. Nothing of WebEngine starts before the first call (it costs about 0.5 GB); after that it
// stays and is reused. It lives in the module libdorfplatz_webcalls.so; the kiosk reaches it
// through CallEngine (ui/calls/callengine.h), which loads the module at the first call.
class WebCallEngine : public QObject
{
    Q_OBJECT

public:
    enum class EndReason
    {
        HungUp,     // the resident (or the kiosk) hung up
        RoomClosed, // the room said readyToClose, or the page went away
        LoadFailed, // the server or external_api.js could not be reached
    };
    Q_ENUM(EndReason)

    enum class MediaProblem
    {
        Camera,
        Microphone,
    };
    Q_ENUM(MediaProblem)

    // `profileDirectory`: cookies, cache and storage of the call browser
    // (<data>/webengine-profile). `allowedServers`: every configured call server; only their
    // origins may use camera and microphone or be navigated to.
    WebCallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent = nullptr);
    ~WebCallEngine() override;

    // Whether WebEngine has been started (by the first view() or start()).
    bool isCreated() const;

    // The view the call is shown in; creates WebEngine on first use. The engine owns it: a screen
    // puts it into its layout and hands it back with releaseView() before the screen goes.
    QWidget *view();
    void releaseView();

    // Opens the room, creating WebEngine if needed. A call still active is ended first: its
    // ended() (HungUp, or the reason it was already ending for) comes before start() returns.
    // A server that is not among allowedServers gives ended(LoadFailed) right after start()
    // returns, without anything being asked of it.
    void start(const CallRequest &request);
    // Asks the room to hang up; ended(HungUp) follows, at the latest after a short grace time.
    void hangUp();
    // Between start() and ended().
    bool isActive() const;
    // Others in the room as last reported (participantJoined/participantLeft).
    int otherParticipants() const;

    // The page and profile once created (nullptr before): for tests, the benchmark and
    // diagnostics. Both stay the same objects for every call.
    QWebEnginePage *page() const;
    QWebEngineProfile *profile() const;
    // How long a call may take from start() to joined() before it counts as LoadFailed, and how
    // long hangUp() waits for the room to confirm. Defaults: 20 s and 2 s.
    void setTimeouts(int joinTimeoutMs, int hangUpGraceMs);

Q_SIGNALS:
    // The resident is in the room (videoConferenceJoined).
    void joined();
    // Someone joined or left; `others` is how many others are in the room now.
    void participantsChanged(int others);
    // Camera or microphone missing, refused or failing (cameraError, micError).
    void mediaProblem(Dorfplatz::WebCallEngine::MediaProblem problem);
    // The call is over; the page has been emptied (camera and microphone released).
    void ended(Dorfplatz::WebCallEngine::EndReason reason);

private:
    void ensureCreated();
    void onEvent(const QString &event, const QVariantMap &data);
    void onLoading(const QWebEngineLoadingInfo &info);
    void finish(EndReason reason);
    void completeEnd();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Dorfplatz
