#pragma once

#include <chrono>
#include <functional>

namespace Dorfplatz {

// Decides whether a tap counts: a second tap on the same control within the repeat interval is
// dropped, because a trembling or impatient finger often taps twice (accessibility.md: 0.6 s).
class TapGuard
{
public:
    using TimeSource = std::function<std::chrono::milliseconds()>;

    static constexpr std::chrono::milliseconds defaultRepeatInterval{600};

    explicit TapGuard(std::chrono::milliseconds repeatInterval = defaultRepeatInterval,
                      TimeSource now = steadyNow);

    // Returns true when a tap now should fire, and remembers it.
    bool accept();

    void setTimeSource(TimeSource now) { m_now = std::move(now); }

    static std::chrono::milliseconds steadyNow();

private:
    std::chrono::milliseconds m_repeatInterval;
    TimeSource m_now;
    std::chrono::milliseconds m_lastAccepted{};
    bool m_hasAccepted = false;
};

} // namespace Dorfplatz
