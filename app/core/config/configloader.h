#pragma once

#include "configissue.h"
#include "kioskconfig.h"

#include <optional>

namespace Dorfplatz {

struct ConfigLoadResult
{
    std::optional<KioskConfig> config; // set only when there are no issues
    ConfigIssues issues;
};

// Reads and validates a configuration directory (kiosk.json, tiles.json, streams.json,
// feeds.json, contacts.json, pictures/).
// All problems are collected, not just the first, so a guide can fix them in one go.
class ConfigLoader
{
public:
    static inline const QString kioskFile = QStringLiteral("kiosk.json");
    static inline const QString tilesFile = QStringLiteral("tiles.json");
    static inline const QString streamsFile = QStringLiteral("streams.json");
    // A picture field starting with this names a built-in icon: "icon:radio".
    static inline const QString iconPrefix = QStringLiteral("icon:");

    // mediaDirectory: where relative paths of local media are resolved and contained; empty
    // means `directory`. The last good copy passes the folder it was copied from (media are not
    // copied).
    static ConfigLoadResult load(const QString &directory, const QString &mediaDirectory = {});

    // The files that make up a configuration, relative to its directory: the JSON files, the
    // pictures and local calendar files inside the folder (real paths, links resolved). Local
    // media are not among them.
    static QStringList filesOf(const KioskConfig &config);

    // Absolute path of a tile's picture: a file in the configuration, or a built-in icon.
    static QString picturePath(const KioskConfig &config, const TileConfig &tile);
    // The same for any picture field ("icon:NAME" or a relative file).
    static QString picturePath(const KioskConfig &config, const QString &picture);
    // A stream's logo; without one, the built-in radio or TV icon.
    static QString logoPath(const KioskConfig &config, const StreamConfig &stream);

    // Names usable as "icon:NAME".
    static QStringList builtInIcons();
};

} // namespace Dorfplatz
