#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QWebEnginePage;
class QWebEngineProfile;
class QWidget;

namespace Dorfplatz {

// What one call needs to open a room.
struct CallRequest
{
    QUrl server;         // the Jitsi Meet deployment, "https://meet.example.org/"
    QString room;        // the room on it
    QString displayName; // the resident as the others see them
    // The family's secret for the room (contacts.json): a Jitsi JWT the server checks before
    // anyone may enter, or the room password the room asks for. Never logged.
    QString jwt = {};
    QString password = {};
    // A ring answered (by a tap or by itself): a password room must ask for its password, or it
    // is not the family's. Calling out, the kiosk may be first and locks the room itself.
    bool answering = false;
    // Answered by itself: the room starts with the camera off until the resident taps
    // "Kamera einschalten" (CallBackend::setCameraOn).
    bool cameraOff = false;
};

// The seam between the kiosk and its WebEngine module, libdorfplatz_webcalls.so.
//
// Why a module: linking Qt WebEngine's libraries into the kiosk made every start 75 ms slower
// (125–131 ms instead of 47–56 ms from exec to the first painted home screen, Release build,
// measured with the libraries preloaded), although on most days nobody calls. CallEngine loads
// the module at the first call instead, and a kiosk whose WebEngine is broken still starts and
// plays radio. Only this header crosses the seam: plain virtual functions and plain enums, no Qt
// signals, since a class with signals needs its meta-object linked on both sides.

enum class CallEnd
{
    HungUp,
    RoomClosed,
    LoadFailed,
};

// For logs: "hung up", "room closed", "load failed".
inline const char *callEndName(CallEnd reason)
{
    switch (reason) {
    case CallEnd::HungUp:
        return "hung up";
    case CallEnd::RoomClosed:
        return "room closed";
    case CallEnd::LoadFailed:
        return "load failed";
    }
    return "?";
}

enum class CallMediaProblem
{
    Camera,
    Microphone,
};

// What the module reports; CallEngine turns it into its signals. Called on the GUI thread.
class CallBackendListener
{
public:
    virtual void backendJoined() = 0;
    virtual void backendParticipantsChanged(int others) = 0;
    virtual void backendMediaProblem(CallMediaProblem problem) = 0;
    virtual void backendEnded(CallEnd reason) = 0;
    virtual void backendCameraChanged(bool on) = 0;
    // Appended with default bodies, so the vtable's start is unchanged (a module that does not
    // report these yet still fits). The other side's camera went off or on (the IFrame API's
    // participantMuted with mediaType "video").
    virtual void backendOtherCameraChanged(bool /*off*/) {}
    // The resident waits in the room's lobby until the family lets them in (errorOccurred
    // "conference.connectionError.membersOnly" after lobby.autoKnock).
    virtual void backendWaitingInLobby() {}

protected:
    ~CallBackendListener() = default;
};

// What the module does; the meaning of each function is CallEngine's (callengine.h).
class CallBackend
{
public:
    virtual ~CallBackend() = default;

    virtual bool isCreated() const = 0;
    virtual QWidget *view() = 0;
    virtual void releaseView() = 0;
    virtual void start(const CallRequest &request) = 0;
    virtual void hangUp() = 0;
    virtual bool isActive() const = 0;
    virtual int otherParticipants() const = 0;
    virtual QWebEnginePage *page() const = 0;
    virtual QWebEngineProfile *profile() const = 0;
    virtual void setTimeouts(int joinTimeoutMs, int hangUpGraceMs) = 0;
    virtual bool isCameraOn() const = 0;
    virtual void setCameraOn(bool on) = 0;
    virtual bool release() = 0;
};

// The module's one exported function. It returns nullptr when `interfaceVersion` is not the one it
// was built with (a module left over from another version).
using CreateCallBackend = CallBackend *(*)(int interfaceVersion, const QString &profileDirectory,
                                           const QList<QUrl> &allowedServers,
                                           CallBackendListener *listener);
// How long the room may take to go after a call before it is forced (WebCallEngine), and so how
// long a hang-up may take at most besides the room's grace time.
inline constexpr int callEmptyTimeoutMs = 2000;

inline constexpr char createCallBackendSymbol[] = "dorfplatz_create_call_backend";
inline constexpr int callBackendInterfaceVersion = 2;
inline constexpr char callModuleName[] = "libdorfplatz_webcalls.so";

} // namespace Dorfplatz
