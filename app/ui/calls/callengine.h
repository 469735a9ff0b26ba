#pragma once

#include "callbackend.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QTimer;

namespace Dorfplatz {

class ProcessCallBackend;

// Video calls for the screens: opens a Jitsi Meet room and reports what happens in it. The work is
// done by Qt WebEngine (WebCallEngine), started at the first call, not at start-up
// (callbackend.h says why): on X11 in the program dorfplatz-call, which draws into the kiosk's
// window (ProcessCallBackend), elsewhere in the module libdorfplatz_webcalls.so loaded into the
// kiosk (Isolation). Nothing of WebEngine exists before the first call; afterwards it is reused
// until a quiet period without calls (releaseAfter(), 30 minutes) gives its memory back (the
// program ends; in the kiosk's process only page and profile go), and the next call starts it
// again. When calls cannot work, the kiosk goes on without them: view() is an empty black widget
// and every start() ends with LoadFailed.
class CallEngine : public QObject
{
    Q_OBJECT

public:
    // HungUp: the resident (or the kiosk) hung up. RoomClosed: the room said readyToClose, or
    // the page went away. LoadFailed: the server or external_api.js could not be reached, or the
    // module is missing. The seam's own enums (callbackend.h): both sides use the same ones.
    using EndReason = CallEnd;
    using MediaProblem = CallMediaProblem;

    // `profileDirectory`: where an earlier version kept the call browser's cookies, cache and
    // storage (<data>/webengine-profile); removed, as calls now keep nothing on disk.
    // `allowedServers`: every configured call server; only their origins may use camera and
    // microphone or be navigated to.
    CallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent = nullptr);
    ~CallEngine() override;

    // A newly published configuration's call servers. The browser made for the old ones is
    // dropped as soon as no call runs and no screen shows its view; the next call makes a new one.
    void setAllowedServers(QList<QUrl> servers);

    // Where WebEngine runs. OwnProcess needs X11 (the call program's window becomes a child of
    // the kiosk's); InProcess gives tests the page.
    enum class Isolation
    {
        InProcess,
        OwnProcess,
    };
    // OwnProcess on X11 (xcb), InProcess elsewhere or when DORFPLATZ_CALLS_IN_PROCESS=1.
    static Isolation defaultIsolation();
    // Before the first view() or start(); later it changes nothing.
    void setIsolation(Isolation isolation);
    Isolation isolation() const { return m_isolation; }
    // The call program's path: dorfplatz-call in moduleDirectory().
    static QString programPath();
    // The running call program's process id; 0 when none runs (or calls run in the kiosk).
    qint64 callProcessId() const;

    // Where the module and the program are looked for: $DORFPLATZ_MODULE_DIR (the tests), else
    // lib/dorfplatz beside the program's bin folder (/usr/lib/dorfplatz; build/lib/dorfplatz in a
    // build tree).
    static QString moduleDirectory();
    // Loads the module (and with it WebEngine's libraries) without starting anything, and looks
    // for the call program where the default isolation needs it: empty when calls can work,
    // else why not. For --self-test.
    static QString checkModule();

    // Whether WebEngine has been started (by the first view() or start()).
    bool isCreated() const;
    // Whether the module was tried and could not be loaded; moduleError() says why.
    bool isUnavailable() const { return m_unavailable; }
    QString moduleError() const { return m_moduleError; }

    // The view the call is shown in; creates WebEngine on first use. The engine owns it: a screen
    // puts it into its layout and hands it back with releaseView() before the screen goes.
    QWidget *view();
    void releaseView();

    // A call is likely soon (it rings): the call program is started now, so answering does not
    // wait for its cold start. Without a call it goes after the quiet period. Nothing in the
    // kiosk's own process (loading the module there would stall the ring screen).
    void prepare();

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

    // Whether the camera is on in the call (between start() and ended()); cameraChanged() tells.
    bool isCameraOn() const;
    // Turns the camera on or off in the running call.
    void setCameraOn(bool on);

    // After this long with no call and no call screen, WebEngine is released (default 30 min).
    void setReleaseAfter(std::chrono::milliseconds quiet);
    std::chrono::milliseconds releaseAfter() const;

    // The page and profile once created (nullptr before and after a release): for tests, the
    // benchmark and diagnostics. The page is replaced when a room would not go after a call.
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
    void mediaProblem(Dorfplatz::CallEngine::MediaProblem problem);
    // The call is over; the page has been emptied (camera and microphone released).
    void ended(Dorfplatz::CallEngine::EndReason reason);
    // The camera went on or off (also off when a call ended).
    void cameraChanged(bool on);
    // The other side's camera went off (or on again).
    void otherCameraChanged(bool off);
    // The room has a lobby: the resident knocked by itself and waits to be let in; joined()
    // follows when the family does.
    void waitingInLobby();
    // WebEngine was given back after the quiet period.
    void released();

private:
    class Listener;

    // Loads the module and creates the backend once; false when that failed (now or before).
    bool ensureBackend();
    // Starts the quiet period over.
    void quiet();
    void releaseIfQuiet();

    QString m_profileDirectory;
    QList<QUrl> m_allowedServers;
    bool m_serversChanged = false; // the backend was made for other servers
    bool m_viewOut = false;        // a screen shows the view
    void renewIfQuiet();
    std::unique_ptr<Listener> m_listener;
    std::unique_ptr<CallBackend> m_backend;
    Isolation m_isolation = defaultIsolation();
    ProcessCallBackend *m_process = nullptr; // m_backend, when it is the call program
    QWidget *m_fallbackView = nullptr;       // owned; shown when the module is unavailable
    bool m_unavailable = false;
    QString m_moduleError;
    std::pair<int, int> m_timeouts{20000, 2000};
    QTimer *m_releaseTimer;
};

} // namespace Dorfplatz
