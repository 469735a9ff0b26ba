#pragma once

#include "core/schedule/schedule.h"
#include "core/schedule/sessionscheduler.h"
#include "core/schedule/visitrun.h"
#include "ui/kit/screen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/programme/sessioncountdownscreen.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Dorfplatz {

class CallCoordinator;
class Clock;
class MainWindow;
class Navigator;
class SessionOutcomes;
class Theme;
struct KioskConfig;

// The room's side of the programme: what SessionScheduler says becomes screens. The banner on
// the home screen before a session; the countdown screen over whatever shows at its start (a
// stream pauses below it: the notice before a session replaces it); the session's content as a
// group session (a stream with the volume only, "Was ist los?", a call, or the announcement) in
// place of everything, which inactivity does not end; the notice 2 minutes before the end; home
// at the end. A running call is never interrupted (the scheduler waits for it); during a group
// session a ring waits unless the contact interrupts sessions.
//
// A video visit (a call session with Session::visitFor) says so on the room's line ("Video visit
// with Anna for Mrs Müller"), runs its length plus VisitRun::grace, and ends after
// VisitRun::aloneLimit when the relative never came: then its date is marked 'no-show' in
// SessionOutcomes (staff's "Heute": "did not happen"); one the relative came to is 'held'.
class SessionRunner : public QObject
{
    Q_OBJECT

public:
    // Makes the screen for a session's content (the shell's screen factory); null when the
    // content no longer exists (a stream removed from the configuration).
    using ContentFactory = std::function<Screen *(const ScheduledItem &item)>;
    // Asks staff for a PIN ("Heute nicht") and calls back with who gave it; no call back when
    // nobody did.
    using StaffCheck = std::function<void(std::function<void(const Actor &)>)>;

    SessionRunner(const Theme &theme, Schedule &schedule, const Clock &clock, Navigator &navigator,
                  MainWindow &window, ContentFactory content, QObject *parent = nullptr);
    ~SessionRunner() override;

    SessionScheduler &scheduler() { return m_scheduler; }
    // For the home screen's banners; the runner keeps it up to date.
    SessionBanner *createBanner();
    void setCalls(CallCoordinator *calls);
    void setStaffCheck(StaffCheck check) { m_staffCheck = std::move(check); }

    // "Jetzt starten" by staff: `session`'s content for `minutes` from now, at its volume;
    // `replaces`, the programme's occurrence it is, does not begin again at its time.
    void startNow(const Session &session, std::chrono::minutes minutes,
                  const std::optional<ScheduledItem> &replaces = std::nullopt);
    // Staff end the running session.
    void stop();

    bool isRunning() const { return m_scheduler.isGroupSessionRunning(); }
    Screen *sessionScreen() const { return m_screen; }
    // A session whose screen gave up (a call that did not come about) is started again after
    // this while its time lasts; the room waits on the home screen with a notice.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retry.setInterval(delay); }
    static constexpr std::chrono::seconds retryDelay{30};
    const QTimer &retryTimer() const { return m_retry; }
    SessionCountdownScreen *countdownScreen() const { return m_countdown; }

    // Where a visit's outcome is written (over the kiosk's app.db); none: nothing is written.
    void setOutcomes(std::unique_ptr<SessionOutcomes> outcomes);
    SessionOutcomes *outcomes() const { return m_outcomes.get(); }
    // The running visit against the clock: ends it when nobody came for VisitRun::aloneLimit.
    // Its timer calls it; tests call it after moving their FixedClock.
    void checkVisit();
    // How many others are in the running visit's room (the call engine's participantsChanged();
    // tests call it directly).
    void setVisitOthers(int others);
    // The running visit's times; nullopt when no visit runs.
    const std::optional<VisitRun> &visit() const { return m_visit; }
    const QTimer &visitTimer() const { return m_visitTimer; }

Q_SIGNALS:
    // A group session began or ended (the header's "Startseite" follows).
    void runningChanged(bool running);
    // A video visit is over: `held` when the relative came, for `length` from their arrival;
    // otherwise it did not happen (zero). For the usage counts (VisitHeld / VisitMissed).
    void visitEnded(bool held, std::chrono::seconds length);
    // The home's banner began to tell of the next session; `spoken` is its text for the ear
    // ("Um 10 Uhr: Sitzgymnastik."), for a spoken announcement.
    void sessionSoon(const QString &spoken);

private:
    void showCountdown(const ScheduledItem &item);
    void closeCountdown();
    void start(const ScheduledItem &item);
    void onEnded(const ScheduledItem &item);
    void notToday(const ScheduledItem &item);
    void onScreenGone(const ScheduledItem &item);
    // The occurrence the room runs for `item`: a visit's with the grace time added (once).
    ScheduledItem beginVisit(const ScheduledItem &item);
    void armVisit();
    void finishVisit(const ScheduledItem &item);

    const Theme &m_theme;
    Schedule &m_schedule;
    const Clock &m_clock;
    Navigator &m_navigator;
    MainWindow &m_window;
    ContentFactory m_content;
    StaffCheck m_staffCheck;
    SessionScheduler m_scheduler;
    QPointer<SessionBanner> m_banner;
    QPointer<SessionCountdownScreen> m_countdown;
    QPointer<Screen> m_screen;
    QPointer<CallCoordinator> m_calls;
    QTimer m_retry;
    std::optional<ScheduledItem> m_retryItem;
    std::unique_ptr<SessionOutcomes> m_outcomes;
    std::optional<VisitRun> m_visit;
    std::optional<ScheduledItem> m_visitPlanned; // as the programme has it (for its date)
    std::optional<ScheduledItem> m_visitRunning; // with the grace time
    QTimer m_visitTimer;
};

} // namespace Dorfplatz
