#pragma once

#include "core/calls/contactconfig.h"
#include "ui/calls/callengine.h"
#include "ui/kit/screen.h"

#include <QPointer>
#include <QTimer>

#include <chrono>

class QLabel;

namespace Dorfplatz {

class BigButton;
class CallButton;
class Theme;

// How a call begins: calling out, or answering a ring; answered by itself, the camera stays off
// until the resident taps "Kamera einschalten". (Outside CallScreen: a default argument cannot
// use a nested struct's member initialisers.)
struct CallStart
{
    bool answering = false;
    bool cameraOff = false;
};

// One call, on the whole glass: the room (CallEngine::view(), the other person's picture large)
// with a native overlay on top of it: the contact's name, what is happening ("Verbinde mit Anna
// …", a camera or microphone problem) and a big red "Auflegen" far from every edge. Qt 6 draws
// the web view into the widget tree, so widgets stacked above it cover it (no native window).
//
// Until the room is joined, the contact's photo covers the view: calm, instead of a web page
// building itself. Hanging up goes home at once (the engine ends the call behind). The room
// closing or the last other person leaving ends the call and goes home; so does being alone
// (nobody came) for the alone time. A room that cannot be reached, or is not joined within the
// connect time, shows a calm sentence and a "Startseite" button; it goes home by itself after a
// while. Leaving the screen in any way ends the call.
class CallScreen : public Screen
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting, // start() called, the room not joined yet
        InCall,     // joined (alone or with others)
        Failed,     // the sentence about the failure is shown
    };
    Q_ENUM(State)

    struct Timing
    {
        std::chrono::milliseconds alone{std::chrono::minutes(3)}; // CallSettings::aloneMinutes
        std::chrono::milliseconds connect{std::chrono::seconds(60)};
        std::chrono::milliseconds failureShown{std::chrono::seconds(20)};
        // CallSettings::maxCallMinutes: then the call ends, with a gentle sentence; a minute
        // before, the band says so.
        std::chrono::milliseconds maxLength{std::chrono::minutes(60)};
    };

    using Start = CallStart;

    // Hanging up is at least this far from every edge of the screen (accessibility.md "Calls").
    static constexpr double hangUpEdgeMm = 15.0;

    // `engine` null: nothing is started (the screenshot tour shows the states without WebEngine).
    // Otherwise the call to `contact` starts at once.
    CallScreen(const Theme &theme, CallEngine *engine, ContactConfig contact,
               const QString &picturePath, Timing timing, Start start = {},
               QWidget *parent = nullptr);
    ~CallScreen() override;

    QString screenName() const override;
    // What the screen says of the call: connecting, with whom, a camera or microphone problem,
    // or why it did not come about.
    QString spokenText() const override;
    bool holdsInactivity() const override { return m_state != State::Failed; }
    // The failure when the call did not come about (not when it reached its longest time).
    QString trouble() const override { return m_trouble; }
    bool hasHomeButton() const override { return true; }
    bool showsHeader() const override { return false; }

    State state() const { return m_state; }
    const ContactConfig &contact() const { return m_contact; }

    // The calm sentence instead of the call (also for the screenshot tour).
    enum class Failure
    {
        Unreachable, // the room could not be reached or joined
        NobodyCame,  // alone in the room for the alone time
        TimeLimit,   // the call lasted Timing::maxLength
    };
    void showFailure(Failure failure);
    // A camera or microphone problem, as the overlay says it (also for the tour).
    void showMediaProblem(CallEngine::MediaProblem problem);
    // Whether the camera is on: "Kamera an" shows, else "Kamera einschalten" (engine's
    // cameraChanged(); also for the tour).
    void showCamera(bool on);
    // The other side's camera is off: the band says so calmly, instead of a black picture
    // without a word (engine's otherCameraChanged(); also for the tour).
    void showOtherCamera(bool off);
    // The room has a lobby and the family has yet to let the resident in (engine's
    // waitingInLobby()): "Anna lässt Sie gleich herein …", and the connect time starts over.
    void showWaitingInLobby();
    // Joined, with `others` in the room: for the screenshot tour, which has no engine.
    void showJoined(int others);

    QString nameText() const;
    QString statusText() const;  // empty when nothing is to be said (may give way to a problem)
    QString problemText() const; // camera or microphone; empty when none
    QString failureText() const;
    CallButton *hangUpButton() const { return m_hangUp; }
    BigButton *cameraButton() const { return m_cameraButton; }
    // "Kamera an" while the camera is on; empty when hidden.
    QString cameraSignText() const;
    BigButton *homeButton() const { return m_home; }
    QWidget *view() const { return m_view; }
    bool coverShown() const;
    const QTimer &aloneTimer() const { return m_aloneTimer; }
    const QTimer &lengthTimer() const { return m_lengthTimer; }

Q_SIGNALS:
    void stateChanged(Dorfplatz::CallScreen::State state);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onJoined();
    void onParticipantsChanged(int others);
    void onEnded(CallEngine::EndReason reason);
    void hangUp();
    void turnCameraOn();
    void setState(State state);
    void updateStatus();
    void relayout();
    // The top of the buttons at the bottom ("Kamera einschalten" above "Auflegen").
    int controlsTop() const;
    void placeBand();
    void placeCover();
    void placeFailure();

    const Theme &m_theme;
    QPointer<CallEngine> m_engine;
    ContactConfig m_contact;
    QString m_picturePath;
    Timing m_timing;
    State m_state = State::Connecting;
    bool m_othersCame = false;
    bool m_cameraProblem = false;
    bool m_microphoneProblem = false;
    bool m_left = false; // hung up or home requested: whatever the engine says next is past
    bool m_cameraOn = false;
    bool m_otherCameraOff = false;
    bool m_inLobby = false;
    bool m_endingSoon = false; // a minute before Timing::maxLength

    QPointer<QWidget> m_view;
    QLabel *m_cover; // the contact's photo until joined
    QWidget *m_band; // the translucent band with the texts
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_problem;
    QLabel *m_cameraSign;
    CallButton *m_hangUp;
    BigButton *m_cameraButton;
    QWidget *m_failurePanel;
    QLabel *m_failurePicture;
    QLabel *m_failureText;
    BigButton *m_home;
    int m_coverSide = -1;
    int m_failureSide = -1;
    QString m_trouble;

    QTimer m_aloneTimer;
    QTimer m_connectTimer;
    QTimer m_failureTimer;
    QTimer m_lengthTimer;
    QTimer m_endingSoonTimer;
};

} // namespace Dorfplatz
