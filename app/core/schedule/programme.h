#pragma once

#include "session.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Dorfplatz {

// One time a session takes place.
struct SessionOccurrence
{
    qint64 sessionId = 0;
    QDateTime start;        // UTC
    QDateTime end;          // UTC, exclusive
    bool cancelled = false; // "fällt heute aus": shown, never started
    bool moved = false;     // at another time than the rule says

    friend bool operator==(const SessionOccurrence &, const SessionOccurrence &) = default;
};

// Another session at the same time as a planned one: which, and when it starts.
struct SessionClash
{
    qint64 sessionId = 0;
    QString title;
    QDateTime start; // UTC, of the other session's occurrence
};

// The programme: sessions expanded into their occurrences, and the clash check. The sessions go
// through the events' iCalendar code (IcsAdapter, libical): each one a VEVENT with its RRULE in
// the home's zone, a cancelled date an override with STATUS:CANCELLED, a moved date an override
// with its new time. (IcsAdapter runs libical outside the kiosk for feeds from the internet; the
// text here is the kiosk's own, made from the staff screens' choices.)
class Programme
{
public:
    explicit Programme(QTimeZone zone);

    // Every occurrence that overlaps [from, to) (UTC), sorted by start, then session.
    QList<SessionOccurrence> occurrences(const QList<Session> &sessions, const QDateTime &from,
                                         const QDateTime &to) const;
    // The occurrences of `others` that overlap one of `planned`'s in [from, to); cancelled
    // occurrences clash with nothing. `planned` itself (the same id) is left out of `others`.
    QList<SessionClash> clashes(const Session &planned, const QList<Session> &others,
                                const QDateTime &from, const QDateTime &to) const;

    // The VCALENDAR text the sessions are expanded from (for the log and the tests).
    QByteArray calendar(const QList<Session> &sessions) const;

private:
    QTimeZone m_zone;
};

} // namespace Dorfplatz
