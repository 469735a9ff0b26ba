#pragma once

// VCALENDARs → occurrences in the window: reads each VEVENT's times and texts, expands RRULE and
// RDATE, applies EXDATE and RECURRENCE-ID overrides, within the adapter's limits. One event is
// parsed, expanded and freed after the other.

#include "calendarreader.h"
#include "core/events/icsadapter.h"

namespace Dorfplatz::Ical {

// Adds the occurrences, counts and problem lines of the calendars' events to `result`.
void expand(const CalendarReader &reader, const IcsOptions &options, IcsResult &result);

} // namespace Dorfplatz::Ical
