#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QWidget;

namespace Dorfplatz {

// What one call needs to open a room.
struct CallRequest
{
    QUrl server;         // the Jitsi Meet deployment, "https://meet.example.org/"
    QString room;        // the room on it
    QString displayName; // the resident as the others see them
};

// Qt WebEngine for calls, wrapped once: the persistent profile in the data folder, the locked-down
// page, the host page that embeds the room through Jitsi's IFrame API, and the view a call screen
// shows. Nothing of WebEngine starts before the first call (it costs about 0.5 GB); after that it
// stays and is reused.
class CallEngine : public QObject
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
    CallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent = nullptr);
    ~CallEngine() override;

    // Whether WebEngine has been started (by the first view() or start()).
    bool isCreated() const;

    // The view the call is shown in; creates WebEngine on first use. The engine owns it: a screen
    // puts it into its layout and hands it back with releaseView() before the screen goes.
    QWidget *view();
    void releaseView();

    // Opens the room, creating WebEngine if needed. A call still active is ended first.
    void start(const CallRequest &request);
    // Asks the room to hang up; ended(HungUp) follows, at the latest after a short grace time.
    void hangUp();
    // Between start() and ended().
    bool isActive() const;
    // Others in the room as last reported (participantJoined/participantLeft).
    int otherParticipants() const;

Q_SIGNALS:
    // The resident is in the room (videoConferenceJoined).
    void joined();
    // Someone joined or left; `others` is how many others are in the room now.
    void participantsChanged(int others);
    // Camera or microphone missing, refused or failing (cameraError, micError).
    void mediaProblem(Dorfplatz::CallEngine::MediaProblem problem);
    // The call is over; the page has been emptied (camera and microphone released).
    void ended(Dorfplatz::CallEngine::EndReason reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Dorfplatz
