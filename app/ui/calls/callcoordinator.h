#pragma once

#include "callscreen.h"
#include "missedcallsbanner.h"
#include "ringscreen.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Dorfplatz {

class CallEngine;
class Clock;
class ContactsScreen;
class IncomingCalls;
class Navigator;
class Screen;
class Theme;
struct KioskConfig;

// Calls in the kiosk as a whole: owns the call engine (WebEngine starts with the first call, not
// before) and the incoming calls, and opens the contacts page, the call screen and the ring
// screen through the navigator.
//
// A ring comes up over whatever shows and interrupts it (Navigator::interruptWith): a stream
// playing there pauses. Declined or missed, the ring screen goes and the resident is back where
// they were, the stream playing again. Answered,
// the call replaces everything; after any call the kiosk is home. While a call runs nothing rings.
// Missed calls wait on the home screen (MissedCallsBanner) until seen.
class CallCoordinator : public QObject
{
    Q_OBJECT

public:
    // `dataDir`: the call browser's profile goes to <dataDir>/webengine-profile.
    CallCoordinator(const Theme &theme, const KioskConfig &config, const Clock &clock,
                    Navigator &navigator, const QString &dataDir, QObject *parent = nullptr);
    ~CallCoordinator() override;

    // Starts watching the rooms for incoming calls (after the first paint).
    void start();
    // A newly published configuration (kept alive by the shell): contacts, rooms and ring rules
    // from now on. A call in progress goes on with the contact it began with.
    void setConfig(const KioskConfig &config);

    // The page of all contacts (a call tile without a target).
    Screen *createContactsScreen();
    // The call with `contact`, started at once (a call tile with a contact as its target, or an
    // answered ring: `start`).
    Screen *createCallScreen(const ContactConfig &contact, CallScreen::Start start = {});
    // The same with its own times: a booked video visit waits longer alone and lasts its length
    // (the programme ends it).
    Screen *createCallScreen(const ContactConfig &contact, CallScreen::Start start,
                             const CallScreen::Timing &timing);
    // From anywhere: home, then the call with the contact.
    void call(const QString &contactId, CallScreen::Start start = {});

    // The missed calls for the home screen (HomeScreen::setBanner takes it); made once.
    MissedCallsBanner *createBanner();

    // Screens in a given state without WebEngine or a ring: the screenshot tour.
    Screen *createCallPreview(const ContactConfig &contact);
    Screen *createRingPreview(const ContactConfig &contact,
                              std::optional<std::chrono::seconds> countdown);

    CallEngine &engine() const { return *m_engine; }
    IncomingCalls &incoming() const { return *m_incoming; }
    MissedCallsBanner *banner() const { return m_banner; }
    RingScreen *ringScreen() const { return m_ring; }
    CallScreen *callScreen() const { return m_call; }
    bool inCall() const { return m_inCall; }

    // Whether `contact` may ring now (the shell: not during a group session unless the contact
    // interrupts sessions). A ring held back is not shown; unanswered, it becomes a missed call.
    // After the gate opens again, reconsiderRinging() shows a ring that still goes on. A ring
    // held back is never answered by itself: its countdown begins when it is shown.
    void setRingGate(std::function<bool(const ContactConfig &)> gate);
    void reconsiderRinging() { syncRinging(); }

    // Alone time, connect time and how long a failure is shown (tests shorten them).
    void setTiming(const CallScreen::Timing &timing) { m_timing = timing; }
    const CallScreen::Timing &timing() const { return m_timing; }

Q_SIGNALS:
    // A call began (true) or is over (false).
    void inCallChanged(bool inCall);

private:
    QString picturePath(const ContactConfig &contact) const;
    // Brings the ring screen in line with IncomingCalls::ringingContact().
    void syncRinging();
    // Takes a ring screen away: what it interrupted resumes (a stream plays again), unless
    // something else has come up over it in the meantime.
    void closeRing(RingScreen *ring);
    void onAnswerRequested(const QString &contactId, bool automatic);
    void callFinished();
    void updateBanner();

    const Theme &m_theme;
    const KioskConfig *m_config;
    bool m_watching = false; // start() was called
    const Clock &m_clock;
    Navigator &m_navigator;
    std::unique_ptr<CallEngine> m_engine;
    std::unique_ptr<IncomingCalls> m_incoming;
    CallScreen::Timing m_timing;

    QPointer<RingScreen> m_ring;
    QPointer<CallScreen> m_call;
    QString m_callContact;
    bool m_inCall = false;
    std::function<bool(const ContactConfig &)> m_ringGate;
    QPointer<MissedCallsBanner> m_banner;
};

} // namespace Dorfplatz
