#pragma once

#include "programme.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

namespace Dorfplatz {

// Where a session stands at a moment, and what the room does about it. Pure functions of the
// occurrences and the time (the kiosk asks them every minute and on every change), so the whole
// run of a session is tested with a clock instead of waited for.
namespace SessionTimeline {

// The calm banner on the home screen before a session.
inline constexpr std::chrono::minutes announceBefore{10};
// The full screen at the start: what begins, a countdown, "Jetzt starten".
inline constexpr std::chrono::seconds countdown{30};
// The notice before the end.
inline constexpr std::chrono::minutes endNoticeBefore{2};

enum class Phase
{
    Later,     // more than announceBefore away
    Announced, // the banner: "Um 10:00 Uhr: Sitzgymnastik"
    Countdown, // the first `countdown` after its start
    Running,
    EndingSoon, // the last endNoticeBefore
    Over,
    Cancelled, // "fällt heute aus": shown, never started
};

Phase phaseAt(const SessionOccurrence &occurrence, const QDateTime &now);

// The occurrence the room is busy with at `now` (countdown, running or ending soon), the first
// by start if two overlap; nullopt when none.
std::optional<SessionOccurrence> current(const QList<SessionOccurrence> &occurrences,
                                         const QDateTime &now);
// The next occurrence that has not started at `now` and is not cancelled.
std::optional<SessionOccurrence> next(const QList<SessionOccurrence> &occurrences,
                                      const QDateTime &now);

// What the room does with a session that is due, given what else goes on. Written down here
// and tested:
//  - a running video call is never interrupted: the session starts when the call ends, if its
//    time is not over, otherwise it is missed;
//  - a stream a resident is listening to is replaced, with a notice first (the countdown);
//  - during a group session a ring waits unless the contact may interrupt.
enum class Start
{
    Now,
    AfterTheCall,
    Missed,
};
// `callEnded`: when the call that was running at the session's start ended (invalid: no call,
// or it still runs and then the answer is AfterTheCall).
Start startDecision(const SessionOccurrence &occurrence, bool callRunning,
                    const QDateTime &callEnded, const QDateTime &now);
bool ringMayInterrupt(bool groupSessionRunning, bool contactMayInterrupt);

} // namespace SessionTimeline

} // namespace Dorfplatz
