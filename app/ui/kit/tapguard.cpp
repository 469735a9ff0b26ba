#include "tapguard.h"

#include <utility>

namespace Dorfplatz {

TapGuard::TapGuard(std::chrono::milliseconds repeatInterval, TimeSource now)
    : m_repeatInterval(repeatInterval)
    , m_now(std::move(now))
{}

std::chrono::milliseconds TapGuard::steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

bool TapGuard::accept()
{
    const auto now = m_now();
    if (m_hasAccepted && now - m_lastAccepted < m_repeatInterval)
        return false;
    m_lastAccepted = now;
    m_hasAccepted = true;
    return true;
}

} // namespace Dorfplatz
