#pragma once

// Parsed VCALENDARs → occurrences in the window: reads each VEVENT's times and texts, expands
// RRULE and RDATE, applies EXDATE and RECURRENCE-ID overrides, within the adapter's limits.

#include "core/events/icsadapter.h"

#include <QList>

#include <libical/ical.h>

namespace Dorfplatz::Ical {

// Adds the occurrences, counts and problem lines of the calendars' events to `result`.
void expand(const QList<icalcomponent *> &calendars, const IcsOptions &options, IcsResult &result);

} // namespace Dorfplatz::Ical
