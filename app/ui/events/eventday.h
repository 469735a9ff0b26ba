#pragma once

#include "core/events/eventoccurrence.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace Dorfplatz {

// One event as a tab lists it: the occurrence and the day it is listed under.
struct EventEntry
{
    QDate day;
    EventOccurrence occurrence;
};

using EventEntries = QList<EventEntry>;

// Which events belong to which day. Days are those of the zone of the clock's now() (`reference`
// below): a resident's "today" starts at local midnight, whatever zone the feed was written in.
//
// An event belongs to every day it overlaps: a concert from 23:30 to 00:30 belongs to both
// days, a festival from Friday to Sunday to all three. All-day events count by their dates (the
// end date is exclusive), never by their times, so a zone difference cannot move them a day.
class EventDay
{
public:
    enum class Range
    {
        Today,
        Tomorrow,
        Week, // today and the six days after it: seven days, as a week's programme hangs
    };

    // Every range, in the order of the tabs.
    static constexpr Range ranges[] = {Range::Today, Range::Tomorrow, Range::Week};
    static constexpr int weekDays = 7;

    // The days a range covers, from the day of `now`.
    static QDate firstDay(Range range, const QDateTime &now);
    static int dayCount(Range range);

    // `date` at `time` in the zone of `reference`; and `dateTime` seen in that zone.
    static QDateTime at(QDate date, QTime time, const QDateTime &reference);
    static QDateTime inZoneOf(const QDateTime &dateTime, const QDateTime &reference);
    static QDateTime dayStart(QDate day, const QDateTime &reference);

    static bool occursOn(const EventOccurrence &occurrence, QDate day, const QDateTime &reference);

    // The UTC window to ask the cache for `dayCount` days from `first`: a day wider on each side,
    // so all-day events stored at another zone's midnight are found too; select() then decides.
    static QDateTime queryFrom(QDate first, const QDateTime &reference);
    static QDateTime queryTo(QDate first, int dayCount, const QDateTime &reference);

    // The occurrences that fall on the `dayCount` days from `first`, each once, under the first
    // of those days it overlaps: a festival that began yesterday is listed today, not again
    // tomorrow. In the order of the day: by day, then all-day and already running events, then
    // by start, then by title.
    static EventEntries select(const EventOccurrences &occurrences, QDate first, int dayCount,
                               const QDateTime &reference);
    // The entries of `range`. "Today" leaves out what is over (isOver()): a resident who looks
    // in the afternoon wants to know what is still on, not what was on this morning. "Tomorrow"
    // and "This week" list every day whole.
    static EventEntries select(const EventOccurrences &occurrences, Range range,
                               const QDateTime &now);

    // An event without a time of its end (DTSTART alone: the feed names only when it begins)
    // still counts as on for this long after its start: it surely lasts a while, and a resident
    // who looks at 10:05 should still see the 10:00 service.
    static constexpr int openEndMinutes = 60;
    // Whether `occurrence` is over at `now`: its end has passed. All-day events last until the
    // midnight after their last day (in the zone of `now`); an event without an end lasts
    // openEndMinutes from its start.
    static bool isOver(const EventOccurrence &occurrence, const QDateTime &now);
    // When the first of `entries` that is not over yet will be (the next moment "Today"
    // changes); invalid when none will end.
    static QDateTime nextEnd(const EventEntries &entries, const QDateTime &now);
};

} // namespace Dorfplatz
