#include "sessiontimeline.h"

namespace Dorfplatz::SessionTimeline {

Phase phaseAt(const SessionOccurrence &occurrence, const QDateTime &now)
{
    if (occurrence.cancelled)
        return Phase::Cancelled;
    if (now >= occurrence.end)
        return Phase::Over;
    if (now < occurrence.start)
        return now >= occurrence.start.addDuration(-announceBefore) ? Phase::Announced
                                                                    : Phase::Later;
    if (now >= occurrence.end.addDuration(-endNoticeBefore))
        return Phase::EndingSoon;
    if (now < occurrence.start.addDuration(countdown))
        return Phase::Countdown;
    return Phase::Running;
}

std::optional<SessionOccurrence> current(const QList<SessionOccurrence> &occurrences,
                                         const QDateTime &now)
{
    std::optional<SessionOccurrence> found;
    for (const SessionOccurrence &o : occurrences) {
        const Phase phase = phaseAt(o, now);
        const bool busy =
            phase == Phase::Countdown || phase == Phase::Running || phase == Phase::EndingSoon;
        if (busy && (!found || o.start < found->start))
            found = o;
    }
    return found;
}

std::optional<SessionOccurrence> next(const QList<SessionOccurrence> &occurrences,
                                      const QDateTime &now)
{
    std::optional<SessionOccurrence> found;
    for (const SessionOccurrence &o : occurrences) {
        if (o.cancelled || o.start <= now)
            continue;
        if (!found || o.start < found->start)
            found = o;
    }
    return found;
}

Start startDecision(const SessionOccurrence &occurrence, bool callRunning,
                    const QDateTime &callEnded, const QDateTime &now)
{
    if (callRunning)
        return Start::AfterTheCall;
    // The call ended after the session's start: what is left of the session still runs, unless
    // only the closing notice would be left.
    if (callEnded.isValid() && callEnded > occurrence.start)
        return now < occurrence.end.addDuration(-endNoticeBefore) ? Start::Now : Start::Missed;
    return now < occurrence.end ? Start::Now : Start::Missed;
}

bool ringMayInterrupt(bool groupSessionRunning, bool contactMayInterrupt)
{
    return !groupSessionRunning || contactMayInterrupt;
}

} // namespace Dorfplatz::SessionTimeline
