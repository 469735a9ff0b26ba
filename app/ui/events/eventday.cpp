#include "eventday.h"

#include <QTimeZone>

#include <algorithm>

namespace Dorfplatz {

namespace {

// All-day events by their dates; a feed that gave no sensible end means one day.
bool allDayOn(const EventOccurrence &occurrence, QDate day)
{
    const QDate start = occurrence.startDate;
    QDate end = occurrence.endDate;
    if (!end.isValid() || end <= start)
        end = start.addDays(1);
    return start <= day && day < end;
}

bool hasDates(const EventOccurrence &occurrence)
{
    return occurrence.allDay && occurrence.startDate.isValid();
}

} // namespace

QDate EventDay::firstDay(Range range, const QDateTime &now)
{
    return range == Range::Tomorrow ? now.date().addDays(1) : now.date();
}

int EventDay::dayCount(Range range)
{
    return range == Range::Week ? weekDays : 1;
}

QDateTime EventDay::at(QDate date, QTime time, const QDateTime &reference)
{
    switch (reference.timeSpec()) {
    case Qt::UTC:
        return QDateTime(date, time, Qt::UTC);
    case Qt::OffsetFromUTC:
        return QDateTime(date, time, Qt::OffsetFromUTC, reference.offsetFromUtc());
    case Qt::TimeZone:
        return QDateTime(date, time, reference.timeZone());
    case Qt::LocalTime:
        break;
    }
    return QDateTime(date, time);
}

QDateTime EventDay::inZoneOf(const QDateTime &dateTime, const QDateTime &reference)
{
    switch (reference.timeSpec()) {
    case Qt::UTC:
        return dateTime.toUTC();
    case Qt::OffsetFromUTC:
        return dateTime.toOffsetFromUtc(reference.offsetFromUtc());
    case Qt::TimeZone:
        return dateTime.toTimeZone(reference.timeZone());
    case Qt::LocalTime:
        break;
    }
    return dateTime.toLocalTime();
}

QDateTime EventDay::dayStart(QDate day, const QDateTime &reference)
{
    return at(day, QTime(0, 0), reference);
}

bool EventDay::occursOn(const EventOccurrence &occurrence, QDate day, const QDateTime &reference)
{
    if (hasDates(occurrence))
        return allDayOn(occurrence, day);
    const QDateTime from = dayStart(day, reference);
    const QDateTime to = dayStart(day.addDays(1), reference);
    if (occurrence.end > occurrence.start)
        return occurrence.start < to && occurrence.end > from;
    // No duration: the moment it starts.
    return occurrence.start >= from && occurrence.start < to;
}

QDateTime EventDay::queryFrom(QDate first, const QDateTime &reference)
{
    return dayStart(first.addDays(-1), reference).toUTC();
}

QDateTime EventDay::queryTo(QDate first, int dayCount, const QDateTime &reference)
{
    return dayStart(first.addDays(dayCount + 1), reference).toUTC();
}

EventEntries EventDay::select(const EventOccurrences &occurrences, QDate first, int dayCount,
                              const QDateTime &reference)
{
    EventEntries entries;
    for (const EventOccurrence &occurrence : occurrences) {
        for (int i = 0; i < dayCount; ++i) {
            const QDate day = first.addDays(i);
            if (occursOn(occurrence, day, reference)) {
                entries.append(EventEntry{day, occurrence});
                break;
            }
        }
    }
    // Within a day: what lasts the whole day first, then by start (what began the day before
    // counts as starting at midnight).
    const auto key = [&reference](const EventEntry &entry) {
        const EventOccurrence &o = entry.occurrence;
        if (hasDates(o))
            return std::make_tuple(entry.day, 0, QDateTime(), o.title);
        return std::make_tuple(entry.day, 1, std::max(o.start, dayStart(entry.day, reference)),
                               o.title);
    };
    std::stable_sort(entries.begin(), entries.end(),
                     [&key](const EventEntry &a, const EventEntry &b) { return key(a) < key(b); });
    return entries;
}

EventEntries EventDay::select(const EventOccurrences &occurrences, Range range,
                              const QDateTime &now)
{
    EventEntries entries = select(occurrences, firstDay(range, now), dayCount(range), now);
    if (range == Range::Today)
        entries.removeIf([&now](const EventEntry &entry) { return isOver(entry.occurrence, now); });
    return entries;
}

namespace {

// The moment `occurrence` is over, in absolute time.
QDateTime endOf(const EventOccurrence &occurrence, const QDateTime &now)
{
    if (hasDates(occurrence)) {
        const QDate start = occurrence.startDate;
        QDate end = occurrence.endDate;
        if (!end.isValid() || end <= start)
            end = start.addDays(1);
        // The end date is exclusive: midnight at its start, where the resident is.
        return EventDay::dayStart(end, now);
    }
    if (occurrence.end > occurrence.start)
        return occurrence.end;
    return occurrence.start.addSecs(qint64(EventDay::openEndMinutes) * 60);
}

} // namespace

bool EventDay::isOver(const EventOccurrence &occurrence, const QDateTime &now)
{
    return endOf(occurrence, now) <= now;
}

QDateTime EventDay::nextEnd(const EventEntries &entries, const QDateTime &now)
{
    QDateTime next;
    for (const EventEntry &entry : entries) {
        const QDateTime end = endOf(entry.occurrence, now);
        if (end > now && (!next.isValid() || end < next))
            next = end;
    }
    return next;
}

} // namespace Dorfplatz
