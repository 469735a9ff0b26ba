#pragma once

#include "eventoccurrence.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Dorfplatz {

struct IcsOptions
{
    QString feedId;
    QDateTime windowStart; // UTC; occurrences ending before it are not returned
    QDateTime windowEnd;   // UTC; occurrences starting at or after it are not returned
    int maxOccurrencesPerEvent = 1000;
    qint64 maxBytes = 20 * 1024 * 1024; // larger input is refused without parsing
    bool keepCancelled = true;          // false drops STATUS:CANCELLED occurrences
    // The zone all-day dates are anchored in (start/end of all-day occurrences) and floating
    // times are read in. The machine's zone by default; tests pin Europe/Berlin.
    QTimeZone localZone = QTimeZone::systemTimeZone();
};

struct IcsResult
{
    bool ok = false;              // false: the whole input was unusable (not iCalendar, too large)
    QString error;                // why not ok, in English for the log (the UI makes German of it)
    EventOccurrences occurrences; // sorted by start, then uid
    int events = 0;               // VEVENTs read (master events, not overrides; an override whose
                                  // master is missing counts as an event of its own)
    int skipped = 0;              // broken VEVENTs skipped (no DTSTART, unparsable, ...)
    int capped = 0;               // events whose expansion stopped at maxOccurrencesPerEvent, or at
                                  // the adapter's own limits (iteration steps, time, feed size)
    QStringList problems;         // one line per skipped or capped event (and ignored rules or
                                  // unknown zones), for the log; at most about 100
    QString calendarName;         // X-WR-CALNAME, if given
};

// iCalendar (RFC 5545) → occurrences, with libical. Only this file and ical/ include libical
// headers. Runs in dorfplatz-sync only: libical can crash on hostile input, and the kiosk must not.
class IcsAdapter
{
public:
    static IcsResult parse(const QByteArray &data, const IcsOptions &options);

    // "W. Europe Standard Time" → "Europe/Berlin"; an IANA id is returned unchanged; unknown
    // names give an empty string.
    static QString ianaZoneFor(const QString &tzid);
};

} // namespace Dorfplatz
