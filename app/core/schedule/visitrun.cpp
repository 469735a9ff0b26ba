#include "visitrun.h"

#include <algorithm>

namespace Dorfplatz {

VisitRun::VisitRun(const QDateTime &started)
    : m_started(started)
{}

QDateTime VisitRun::endWithGrace(const QDateTime &plannedEnd)
{
    return plannedEnd.addDuration(grace);
}

void VisitRun::setOthers(int others, const QDateTime &now)
{
    // The first arrival counts; leaving again does not make it a no-show (the call ends then).
    if (others > 0 && !m_came.isValid())
        m_came = now;
}

QDateTime VisitRun::noShowAt() const
{
    if (relativeCame())
        return {};
    return m_started.addDuration(aloneLimit);
}

bool VisitRun::isNoShow(const QDateTime &now) const
{
    return !relativeCame() && now >= noShowAt();
}

std::chrono::seconds VisitRun::heldFor(const QDateTime &now) const
{
    if (!relativeCame())
        return std::chrono::seconds(0);
    return std::chrono::seconds(std::max<qint64>(0, m_came.secsTo(now)));
}

} // namespace Dorfplatz
