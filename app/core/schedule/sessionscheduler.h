#pragma once

#include "schedule.h"
#include "sessiontimeline.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace Dorfplatz {

class Clock;

// Runs the programme in time: tells the room when a session is announced (10 min before), when
// it begins (the 30 s countdown), when it is due to start by itself (after the countdown), when
// its end is near (2 min) and when it is over. It sleeps until the next of those moments (one
// single-shot timer, re-armed after each change of the programme), so an idle kiosk wakes only
// when something happens; tests call check() with a FixedClock instead of waiting.
//
// The priorities of SessionTimeline are applied here: while a video call runs (setCallRunning),
// a session that is due waits and starts when the call ends if its time is not over, else it is
// missed. The room tells the scheduler what it did (started(), skipped()).
class SessionScheduler : public QObject
{
    Q_OBJECT

public:
    SessionScheduler(Schedule &schedule, const Clock &clock, QObject *parent = nullptr);

    // Looks at the time now and emits what is due; re-arms the timer. The timer calls it.
    void check();

    // The occurrence the room is running (started by itself, by "Jetzt starten" or by staff),
    // until its end or stop().
    std::optional<ScheduledItem> running() const { return m_running; }
    bool isGroupSessionRunning() const { return m_running.has_value(); }
    // The next occurrence announced on the home screen (the banner); nullopt when none.
    std::optional<ScheduledItem> announced() const { return m_announced; }

    // The room started `item` (a tap on "Jetzt starten" during the countdown, or by itself).
    void started(const ScheduledItem &item);
    // "Heute nicht": the countdown goes, the session does not start today.
    void skipped(const ScheduledItem &item);
    // Staff ended the running session early.
    void stop();
    // A video call began or ended.
    void setCallRunning(bool running);

    // The running session's content does not work (its screen's words), or works again (empty).
    // Kept for the occurrence after its end, so staff's "Heute" can say what went wrong.
    void setTrouble(const QString &text);
    QString trouble(const ScheduledItem &item) const;
    // It could not start in its time (missed()).
    bool wasMissed(const ScheduledItem &item) const;

    const QTimer &timer() const { return m_timer; }

Q_SIGNALS:
    void announcedChanged();
    // The countdown screen: what begins, counting down from SessionTimeline::countdown.
    void countdownStarted(const Dorfplatz::ScheduledItem &item);
    // The countdown is over and the session starts by itself (or a call that delayed it ended).
    void due(const Dorfplatz::ScheduledItem &item);
    // It could not start in its time (a call ran through it).
    void missed(const Dorfplatz::ScheduledItem &item);
    void endingSoon(const Dorfplatz::ScheduledItem &item);
    void ended(const Dorfplatz::ScheduledItem &item);
    // trouble() or wasMissed() changed for an occurrence.
    void troubleChanged();

private:
    // An occurrence's identity: its session and its start.
    using Key = QPair<qint64, qint64>;
    static Key keyOf(const ScheduledItem &item);
    void arm(const QList<ScheduledItem> &items, const QDateTime &now);

    Schedule &m_schedule;
    const Clock &m_clock;
    QTimer m_timer;
    std::optional<ScheduledItem> m_announced;
    std::optional<ScheduledItem> m_running;
    std::optional<ScheduledItem> m_waitingForCall;
    QSet<Key> m_counted; // countdown shown
    QSet<Key> m_handled; // started, skipped or missed: never again today
    QSet<Key> m_noticed; // "endet in 2 Minuten" shown
    QSet<Key> m_missed;
    QHash<Key, QString> m_trouble;
    bool m_callRunning = false;
    QDateTime m_callEnded;
};

} // namespace Dorfplatz
