#pragma once

#include "core/schedule/schedule.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Dorfplatz {

// One line of "Programm heute": a session of the day that is not over yet, with what a resident
// reads on it.
struct ProgrammeEntry
{
    enum class Mark
    {
        None,
        Soon,      // starts within SessionTimeline::announceBefore: "gleich"
        Running,   // "läuft gerade"
        Cancelled, // "fällt heute aus"
    };

    ScheduledItem item;
    Mark mark = Mark::None;
    QString when; // "10:00 – 10:45 Uhr", in the home's zone
    QString title;

    // The text of `mark`; empty for None.
    static QString markText(Mark mark);

    // The items of a day (Schedule::day) that are not over at `now`, in their order, marked. An
    // occurrence that is over is left out, cancelled or not: only what is still to come (or on
    // now) is of use in the room.
    static QList<ProgrammeEntry> select(const QList<ScheduledItem> &items, const QDateTime &now,
                                        const QTimeZone &zone, const QLocale &locale = {});
};

} // namespace Dorfplatz
