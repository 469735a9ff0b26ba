#pragma once

#include "core/events/eventoccurrence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Dorfplatz {

// When an event is, in words a resident reads at a glance: "19:00 – 21:00", "all day",
// "until Sun, 7 Dec". Always relative to the day the event is listed under, in the zone of
// `reference` (the clock's now()).
class EventTimeText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::EventTimeText)

public:
    // "19:00", "3:05".
    static QString time(QTime time, const QLocale &locale = {});
    // "Sun, 7 Dec".
    static QString shortDate(QDate date, const QLocale &locale = {});
    // "Sunday, 7 December"; with the year when it is not the year of `today`.
    static QString longDate(QDate date, QDate today, const QLocale &locale = {});

    // The time of `occurrence` as listed under `day`.
    static QString when(const EventOccurrence &occurrence, QDate day, const QDateTime &reference,
                        const QLocale &locale = {});
    // The day an entry of "This week" is listed under: "Today", "Tomorrow", "Sat, 29 Nov".
    static QString dayName(QDate day, QDate today, const QLocale &locale = {});
    // For the detail view: the day in full, then the time ("Saturday, 29 November, 19:00 – 21:00").
    static QString fullWhen(const EventOccurrence &occurrence, QDate day,
                            const QDateTime &reference, const QLocale &locale = {});
    // The same in one line of a small screen: the day as "This week" names it ("Today, 19:00 –
    // 21:00", "Sat, 29 Nov, 19:00 – 21:00").
    static QString shortWhen(const EventOccurrence &occurrence, QDate day,
                             const QDateTime &reference, const QLocale &locale = {});

    static QString allDay();
    static QString cancelled();
    static QString untitled();
};

} // namespace Dorfplatz
