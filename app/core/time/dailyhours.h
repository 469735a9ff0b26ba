#pragma once

#include <QTime>

namespace Dorfplatz {

// A span of the day, [start, end), that may wrap past midnight ("21:00–07:00"). Night hours,
// the hours a contact may ring, the hours a call may be answered by itself.
struct DailyHours
{
    QTime start;
    QTime end;

    // True when `time` lies in [start, end). start == end is an empty span.
    bool contains(QTime time) const;
    bool operator==(const DailyHours &) const = default;
};

} // namespace Dorfplatz
