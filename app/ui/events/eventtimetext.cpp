#include "eventtimetext.h"

#include "eventday.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The last day an event touches: its end is exclusive, so one ending at midnight ended the day
// before.
QDate lastDay(const QDateTime &start, const QDateTime &end)
{
    return end > start ? end.addMSecs(-1).date() : start.date();
}

} // namespace

QString EventTimeText::time(QTime time, const QLocale &locale)
{
    //: Time format of event times and of "As of" (QTime format codes): "H:mm" gives "3:05".
    return locale.toString(time, tr("H:mm"));
}

QString EventTimeText::shortDate(QDate date, const QLocale &locale)
{
    //: Short date of event lists (QDate format codes): "So., 7. Dez."
    return locale.toString(date, tr("ddd, d MMM"));
}

QString EventTimeText::longDate(QDate date, QDate today, const QLocale &locale)
{
    if (date.year() != today.year()) {
        //: Full date with the year (QDate format codes): "Sonntag, 7. Dezember 2027"
        return locale.toString(date, tr("dddd, d MMMM yyyy"));
    }
    //: Full date (QDate format codes): "Sonntag, 7. Dezember"
    return locale.toString(date, tr("dddd, d MMMM"));
}

QString EventTimeText::allDay()
{
    //: An event without a time: "ganztägig"
    return tr("all day");
}

QString EventTimeText::cancelled()
{
    //: The mark on a cancelled event: "Abgesagt"
    return tr("Cancelled");
}

QString EventTimeText::untitled()
{
    //: The title of an event whose feed gave none: "Veranstaltung"
    return tr("Event");
}

QString EventTimeText::when(const EventOccurrence &occurrence, QDate day,
                            const QDateTime &reference, const QLocale &locale)
{
    if (occurrence.allDay && occurrence.startDate.isValid()) {
        const QDate end = occurrence.endDate;
        if (!end.isValid() || end <= occurrence.startDate.addDays(1))
            return allDay();
        //: The last day of an event over several days: "bis So., 7. Dez."
        return tr("until %1", "date").arg(shortDate(end.addDays(-1), locale));
    }
    const QDateTime start = EventDay::inZoneOf(occurrence.start, reference);
    const QDateTime end = EventDay::inZoneOf(occurrence.end, reference);
    const QDate first = start.date();
    const QDate last = lastDay(start, end);
    // Within the day, or over one midnight for less than a day (a concert until 00:30).
    if (first == last || (last == first.addDays(1) && start.secsTo(end) <= 24 * 3600)) {
        if (end <= start)
            return time(start.time(), locale);
        // A no-break space keeps "19:00 –" together when the line has to wrap.
        //: From one time to another: "19:00 – 21:00 Uhr"
        return tr("%1\u00A0– %2").arg(time(start.time(), locale), time(end.time(), locale));
    }
    if (first >= day) {
        //: An event over several days, on its first day: "ab 18:00 Uhr, bis So., 7. Dez."
        return tr("from %1, until %2").arg(time(start.time(), locale), shortDate(last, locale));
    }
    if (last <= day) {
        //: An event that began on an earlier day, on its last day: "bis 14:00 Uhr"
        return tr("until %1", "time").arg(time(end.time(), locale));
    }
    return tr("until %1", "date").arg(shortDate(last, locale));
}

QString EventTimeText::dayName(QDate day, QDate today, const QLocale &locale)
{
    if (day == today) {
        //: The day an event of "This week" is on: "Heute"
        return tr("Today");
    }
    if (day == today.addDays(1)) {
        //: The day an event of "This week" is on: "Morgen"
        return tr("Tomorrow");
    }
    return shortDate(day, locale);
}

QString EventTimeText::fullWhen(const EventOccurrence &occurrence, QDate day,
                                const QDateTime &reference, const QLocale &locale)
{
    //: The day and time of an event in its detail view: "Samstag, 29. November, 19:00 – 21:00 Uhr"
    return tr("%1, %2").arg(longDate(day, reference.date(), locale),
                            when(occurrence, day, reference, locale));
}

QString EventTimeText::shortWhen(const EventOccurrence &occurrence, QDate day,
                                 const QDateTime &reference, const QLocale &locale)
{
    //: The day and time of an event in its detail view on a small screen with large text:
    //: "Heute, 19:00 – 21:00 Uhr", "Sa., 29. Nov., 19:00 – 21:00 Uhr"
    return tr("%1, %2", "short")
        .arg(dayName(day, reference.date(), locale), when(occurrence, day, reference, locale));
}

} // namespace Dorfplatz
