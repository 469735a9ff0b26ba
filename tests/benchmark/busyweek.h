#pragma once

#include "core/schedule/session.h"

#include <QList>
#include <QTimeZone>

namespace Dorfplatz::Bench {

// A care home's busy week for the benchmarks: 60 sessions, 50 of them repeating (weekly on one
// to five days, some every two weeks, some until a date, with cancelled and moved dates), the
// rest once, from Monday 30 November 2026. With ids 1…60 (for Programme), or 0 (to be saved).
QList<Session> busyWeek(const QTimeZone &zone, bool withIds = true);

} // namespace Dorfplatz::Bench
