#pragma once

#include "core/schedule/schedule.h"
#include "core/schedule/sessionscheduler.h"
#include "ui/kit/screen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/programme/sessioncountdownscreen.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Dorfplatz {

class CallCoordinator;
class Clock;
class MainWindow;
class Navigator;
class Theme;
struct KioskConfig;

// The room's side of the programme: what SessionScheduler says becomes screens. The banner on
// the home screen before a session; the countdown screen over whatever shows at its start (a
// stream pauses below it: the notice before a session replaces it); the session's content as a
// group session (a stream with the volume only, "Was ist los?", a call, or the announcement) in
// place of everything, which inactivity does not end; the notice 2 minutes before the end; home
// at the end. A running call is never interrupted (the scheduler waits for it); during a group
// session a ring waits unless the contact interrupts sessions.
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

Q_SIGNALS:
    // A group session began or ended (the header's "Startseite" follows).
    void runningChanged(bool running);

private:
    void showCountdown(const ScheduledItem &item);
    void closeCountdown();
    void start(const ScheduledItem &item);
    void onEnded(const ScheduledItem &item);
    void notToday(const ScheduledItem &item);
    void onScreenGone(const ScheduledItem &item);

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
};

} // namespace Dorfplatz
