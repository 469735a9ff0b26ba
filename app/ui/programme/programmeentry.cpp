#include "programmeentry.h"

#include "core/schedule/sessiontimeline.h"
#include "programmetext.h"

namespace Dorfplatz {

QString ProgrammeEntry::markText(Mark mark)
{
    switch (mark) {
    case Mark::None:
        return {};
    case Mark::Soon:
        return ProgrammeText::soon();
    case Mark::Running:
        return ProgrammeText::running();
    case Mark::Cancelled:
        return ProgrammeText::cancelled();
    }
    return {};
}

QList<ProgrammeEntry> ProgrammeEntry::select(const QList<ScheduledItem> &items,
                                             const QDateTime &now, const QTimeZone &zone,
                                             const QLocale &locale)
{
    using SessionTimeline::Phase;
    QList<ProgrammeEntry> entries;
    for (const ScheduledItem &item : items) {
        const SessionOccurrence &occurrence = item.occurrence;
        // phaseAt says Cancelled at any time; a cancelled session that would be over is gone.
        if (now >= occurrence.end)
            continue;
        Mark mark = Mark::None;
        switch (SessionTimeline::phaseAt(occurrence, now)) {
        case Phase::Over:
            continue;
        case Phase::Later:
            break;
        case Phase::Announced:
            mark = Mark::Soon;
            break;
        case Phase::Countdown:
        case Phase::Running:
        case Phase::EndingSoon:
            mark = Mark::Running;
            break;
        case Phase::Cancelled:
            mark = Mark::Cancelled;
            break;
        }
        entries.append({.item = item,
                        .mark = mark,
                        .when = ProgrammeText::when(occurrence.start.toTimeZone(zone).time(),
                                                    occurrence.end.toTimeZone(zone).time(), locale),
                        .title = item.session.title.simplified()});
    }
    return entries;
}

} // namespace Dorfplatz
