#pragma once

#include "core/accounts/auditlog.h"
#include "core/events/eventoccurrence.h"
#include "session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace Dorfplatz {

class Clock;
class EventSource;
class Schedule;

// Sessions made from events of "Was ist los?": staff turn an event into an announcement of the
// programme ("Kerwe in Rammelsbach", only reminds), linked by the event's UID and start. After
// every change of the events cache, update() looks at each linked session that is still to
// come: an event that was cancelled or is gone cancels the session's date ("fällt aus"), an
// event that moved moves the session. Every change goes through Schedule, so the audit log
// names the sync and the screens follow.
class EventSessions : public QObject
{
    Q_OBJECT

public:
    // Who changes sessions after a sync, in the audit log.
    static Actor syncActor();

    // The session `event` becomes, not saved: an announcement that only reminds. Title: the
    // event's title, with "in <place>" when the place is a plain name not already in the title;
    // the whole place goes into the note. Start and length from the event (the length capped
    // at maxDuration; an event without an end: defaultDuration); an all-day event at
    // allDayStart on its first day.
    static Session sessionFor(const EventOccurrence &event, const QTimeZone &zone);
    // The session already made from this occurrence (same UID and start), if any.
    static std::optional<Session> madeFrom(const Schedule &schedule, const EventOccurrence &event);

    struct Added
    {
        std::optional<Session> session; // the new one, or the one that was there already
        bool created = false;           // false: there was one already (or saving failed)
        QString error;                  // why saving failed; empty when it did not
    };
    // Saves sessionFor(event) unless one was made from it already.
    static Added add(Schedule &schedule, const EventOccurrence &event, const Actor &by,
                     const QDateTime &now);

    static constexpr std::chrono::minutes defaultDuration{60};
    static constexpr std::chrono::minutes maxDuration{4 * 60};
    static inline const QTime allDayStart{10, 0};

    EventSessions(Schedule &schedule, EventSource &events, const Clock &clock,
                  QObject *parent = nullptr);

    // Compares the linked sessions to come with the cache (also on EventSource::changed);
    // returns how many sessions were changed. Does nothing while the cache cannot be read or
    // no feed has succeeded yet, so a broken sync never cancels anything.
    int update();

Q_SIGNALS:
    // After update() changed at least one session.
    void sessionsChanged(int count);

private:
    Schedule &m_schedule;
    EventSource &m_events;
    const Clock &m_clock;
};

} // namespace Dorfplatz
