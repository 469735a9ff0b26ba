#include "screenfactory.h"

#include "core/config/configloader.h"
#include "ui/placeholder/placeholderscreen.h"

namespace Dorfplatz {

ScreenFactory::ScreenFactory(const Theme &theme, const KioskConfig &config)
    : m_theme(theme)
    , m_config(config)
{}

Screen *ScreenFactory::create(const TileConfig &tile) const
{
    // One case per kind, so the compiler (-Wswitch) points here when a kind is added. Streams,
    // calls, events and the schedule return their own screens here when they land.
    switch (tile.kind) {
    case TileKind::Stream:
    case TileKind::Call:
    case TileKind::Events:
    case TileKind::Schedule:
        break;
    }
    return new PlaceholderScreen(m_theme, tile, ConfigLoader::picturePath(m_config, tile));
}

} // namespace Dorfplatz
