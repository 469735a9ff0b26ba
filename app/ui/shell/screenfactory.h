#pragma once

#include "core/config/kioskconfig.h"
#include "core/schedule/schedule.h"

#include <functional>

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
    // The screen of a running group session of the programme (SessionRunner); null when its
    // content is no longer configured.
    Screen *createSession(const ScheduledItem &item) const;

    // The programme, once the kiosk has its database (the "Programm heute" tile needs it).
    void setSchedule(Schedule *schedule) { m_schedule = schedule; }
    // The PIN check (StaffMode::confirm) with which staff put an event of "Was ist los?" into
    // the programme; without it (and the schedule) the events screen offers no such button.
    using StaffCheck = std::function<void(std::function<void(const Actor &)>)>;
    void setStaffCheck(StaffCheck check) { m_staffCheck = std::move(check); }

private:
    const Theme &m_theme;
    const KioskConfig &m_config;
    PlayerProvider &m_players;
    EventSource &m_events;
    const Clock &m_clock;
    CallCoordinator *m_calls;
    Schedule *m_schedule = nullptr;
    StaffCheck m_staffCheck;
};

} // namespace Dorfplatz
