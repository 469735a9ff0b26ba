#pragma once

#include "core/config/kioskconfig.h"

namespace Dorfplatz {

class CallCoordinator;
class Clock;
class EventSource;
class PlayerProvider;
class Screen;
class Theme;

// Builds the screen a tile opens. Features that are not built yet get a placeholder; as calls,
// the schedule arrive, each adds its case here and nowhere else.
class ScreenFactory
{
public:
    // `calls` may be null (call tiles then open a placeholder).
    ScreenFactory(const Theme &theme, const KioskConfig &config, PlayerProvider &players,
                  EventSource &events, const Clock &clock, CallCoordinator *calls);

    Screen *create(const TileConfig &tile) const;

private:
    const Theme &m_theme;
    const KioskConfig &m_config;
    PlayerProvider &m_players;
    EventSource &m_events;
    const Clock &m_clock;
    CallCoordinator *m_calls;
};

} // namespace Dorfplatz
