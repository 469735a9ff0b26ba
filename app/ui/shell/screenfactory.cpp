#include "screenfactory.h"

#include "core/config/configloader.h"
#include "core/schedule/visitrun.h"
#include "media/playerprovider.h"
#include "ui/calls/callcoordinator.h"
#include "ui/events/eventsscreen.h"
#include "ui/placeholder/placeholderscreen.h"
#include "ui/player/playerscreen.h"
#include "ui/programme/announcementscreen.h"
#include "ui/programme/programmetodayscreen.h"

#include <algorithm>

namespace Dorfplatz {

ScreenFactory::ScreenFactory(const Theme &theme, const KioskConfig &config, PlayerProvider &players,
                             EventSource &events, const Clock &clock, CallCoordinator *calls)
    : m_theme(theme)
    , m_config(config)
    , m_players(players)
    , m_events(events)
    , m_clock(clock)
    , m_calls(calls)
{}

Screen *ScreenFactory::create(const TileConfig &tile) const
{
    // One case per kind, so the compiler (-Wswitch) points here when a kind is added.
    switch (tile.kind) {
    case TileKind::Stream:
        // The loader guarantees the target exists; a placeholder is the safe answer if not.
        if (const StreamConfig *stream = m_config.stream(tile.target)) {
            return new PlayerScreen(m_theme, *stream, ConfigLoader::logoPath(m_config, *stream),
                                    m_config.settings.volume, m_players);
        }
        break;
    case TileKind::Events: {
        auto *events = new EventsScreen(m_theme, m_events, m_clock);
        if (m_schedule && m_staffCheck)
            events->setProgramme(m_schedule, m_staffCheck);
        return events;
    }
    case TileKind::Call:
        // No target: the page of all contacts; a contact: that call, at once.
        if (m_calls && tile.target.isEmpty() && !m_config.contacts.isEmpty())
            return m_calls->createContactsScreen();
        if (const ContactConfig *contact = m_calls ? m_config.contact(tile.target) : nullptr)
            return m_calls->createCallScreen(*contact);
        break;
    case TileKind::Schedule:
        if (m_schedule)
            return new ProgrammeTodayScreen(m_theme, *m_schedule, m_clock);
        break;
    }
    return new PlaceholderScreen(m_theme, tile, ConfigLoader::picturePath(m_config, tile));
}

Screen *ScreenFactory::createSession(const ScheduledItem &item) const
{
    const SessionContent &content = item.session.content;
    switch (content.kind) {
    case SessionContent::Kind::Stream:
        if (const StreamConfig *stream = m_config.stream(content.target)) {
            auto *player =
                new PlayerScreen(m_theme, *stream, ConfigLoader::logoPath(m_config, *stream),
                                 m_config.settings.volume, m_players);
            player->setGroupSession(item.session.volume);
            return player;
        }
        return nullptr;
    case SessionContent::Kind::Events: {
        auto *events = new EventsScreen(m_theme, m_events, m_clock);
        events->setGroupSession();
        return events;
    }
    case SessionContent::Kind::Call:
        if (const ContactConfig *contact = m_calls ? m_config.contact(content.target) : nullptr) {
            if (item.session.visitFor.isEmpty())
                return m_calls->createCallScreen(*contact);
            // A video visit: the programme ends it (SessionRunner with VisitRun: its length and
            // the grace time, or after VisitRun::aloneLimit when nobody came), not the call's
            // own alone time or longest length.
            CallScreen::Timing timing = m_calls->timing();
            const auto whole = std::chrono::milliseconds(item.occurrence.start.msecsTo(
                                   VisitRun::endWithGrace(item.occurrence.end))) +
                               std::chrono::minutes(1);
            timing.alone = std::max(timing.alone, whole);
            timing.maxLength = std::max(timing.maxLength, whole);
            return m_calls->createCallScreen(*contact, {}, timing);
        }
        return nullptr;
    case SessionContent::Kind::Announcement:
        return new AnnouncementScreen(
            m_theme, item, m_schedule ? m_schedule->zone() : QTimeZone::systemTimeZone());
    }
    return nullptr;
}

} // namespace Dorfplatz
