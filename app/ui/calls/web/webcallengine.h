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

// Qt WebEngine for calls, wrapped once: the off-the-record profile, the locked-down page and view,
// the host page that embeds the room through Jitsi's IFrame API. Nothing of WebEngine starts
// before the first call (it costs about 0.3 GB); after that it is reused until release() drops
// it again. It lives in the module libdorfplatz_webcalls.so; the kiosk reaches it through
// CallEngine (ui/calls/callengine.h), which loads the module at the first call.
//
// Every call ends with the room's document gone (about:blank), so camera and microphone are
// released. A room that will not go (a "leave this page?" the kiosk answers yes to, a renderer
// stuck in a loop) gets emptyTimeoutMs; then its renderer is killed and the page replaced by a
// fresh one before ended() is emitted.
class WebCallEngine : public QObject
{
    Q_OBJECT

public:
    // The seam's own enums (callbackend.h), so the module passes them on as they are.
    using EndReason = CallEnd;
    using MediaProblem = CallMediaProblem;

    // Every member does what CallEngine's of the same name says (ui/calls/callengine.h); this is
    // the implementation behind it.
    WebCallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent = nullptr);
    ~WebCallEngine() override;
    bool isCreated() const;
    QWidget *view();
    void releaseView();
    void start(const CallRequest &request);
    void hangUp();
    bool isActive() const;
    int otherParticipants() const;
    QWebEnginePage *page() const;
    QWebEngineProfile *profile() const;
    void setTimeouts(int joinTimeoutMs, int hangUpGraceMs);
    bool isCameraOn() const;
    void setCameraOn(bool on);
    // Drops view, page and profile (WebEngine's renderer with them) when no call is active and
    // the view is in no screen; the next view() or start() makes them again. False if it could
    // not (a call is active, or the view is shown).
    bool release();

    // How long the room may take to go after a call before it is forced (default 2000 ms).
    static constexpr int emptyTimeoutMs = callEmptyTimeoutMs;

Q_SIGNALS:
    void joined();
    void participantsChanged(int others);
    void mediaProblem(Dorfplatz::WebCallEngine::MediaProblem problem);
    void ended(Dorfplatz::WebCallEngine::EndReason reason);
    void cameraChanged(bool on);
    // The other person switched their camera off (true) or on again.
    void otherCameraChanged(bool off);
    // The room has a lobby and the kiosk has knocked: the family lets the resident in.
    void waitingInLobby();

private:
    void ensureCreated();
    void createPage();
    // The room did not go in time: its renderer killed, a fresh page in its place.
    void replacePage();
    void onEvent(const QString &event, const QVariantMap &data);
    void onLoading(const QWebEngineLoadingInfo &info);
    void finish(EndReason reason);
    void setCameraState(bool on);
    void completeEnd();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Dorfplatz
