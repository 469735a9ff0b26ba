#include "screenfactory.h"

#include "core/config/configloader.h"
#include "media/playerprovider.h"
#include "ui/calls/callcoordinator.h"
#include "ui/events/eventsscreen.h"
#include "ui/placeholder/placeholderscreen.h"
#include "ui/player/playerscreen.h"
#include "ui/programme/announcementscreen.h"
#include "ui/programme/programmetodayscreen.h"

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
    case TileKind::Events:
        return new EventsScreen(m_theme, m_events, m_clock);
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
    case SessionContent::Kind::Events:
        return new EventsScreen(m_theme, m_events, m_clock);
    case SessionContent::Kind::Call:
        if (const ContactConfig *contact = m_calls ? m_config.contact(content.target) : nullptr)
            return m_calls->createCallScreen(*contact);
        return nullptr;
    case SessionContent::Kind::Announcement:
        return new AnnouncementScreen(
            m_theme, item, m_schedule ? m_schedule->zone() : QTimeZone::systemTimeZone());
    }
    return nullptr;
}

} // namespace Dorfplatz
