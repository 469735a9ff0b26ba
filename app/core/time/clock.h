#pragma once

#include <QDateTime>

namespace Dorfplatz {

// Where "now" comes from. Screens and schedules ask a Clock, so tests can pin the time (DST
// changes, "tonight at 03:00") instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace Dorfplatz
