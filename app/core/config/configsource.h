#pragma once

#include "configissue.h"
#include "kioskconfig.h"

#include <QDateTime>

#include <optional>

namespace Dorfplatz {

class ConfigVersions;
class LastGoodConfig;

// The configuration the kiosk runs with, and where it came from.
struct ActiveConfig
{
    enum class Origin
    {
        Configured, // the configuration directory loaded without problems
        LastGood,   // it has problems; the last good copy is used
        None        // neither is usable
    };

    Origin origin = Origin::None;
    std::optional<KioskConfig> config;
    ConfigIssues issues; // problems of the configuration directory
    QDateTime lastGoodStoredAt;
    int publishedVersion = 0; // the guides' version it is (ConfigVersions); 0: the installed one
};

// Loads the guides' current published version when there is one (`published`, may be null) and
// it loads, else `configDir` (the installed configuration); falls back to the last good copy
// when that has problems. Never throws away a working configuration because of a broken file.
ActiveConfig loadActiveConfig(const QString &configDir, const LastGoodConfig &lastGood,
                              const ConfigVersions *published = nullptr);

} // namespace Dorfplatz
