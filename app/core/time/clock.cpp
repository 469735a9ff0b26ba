#include "clock.h"

namespace Dorfplatz {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace Dorfplatz
