#include "dailyhours.h"

namespace Dorfplatz {

bool DailyHours::contains(QTime time) const
{
    if (start == end)
        return false;
    if (start < end)
        return time >= start && time < end;
    return time >= start || time < end;
}

} // namespace Dorfplatz
