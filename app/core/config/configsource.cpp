#include "configsource.h"

#include "configloader.h"
#include "configversions.h"
#include "core/logging.h"
#include "lastgoodconfig.h"

namespace Dorfplatz {

ActiveConfig loadActiveConfig(const QString &configDir, const LastGoodConfig &lastGood,
                              const ConfigVersions *published)
{
    ActiveConfig active;
    if (const auto version = published ? published->current() : std::nullopt) {
        ConfigLoadResult loaded = published->loadCurrent();
        if (loaded.config) {
            qCInfo(lcConfig) << "using the guides' configuration, version" << version->number;
            active.origin = ActiveConfig::Origin::Configured;
            active.config = std::move(loaded.config);
            active.publishedVersion = version->number;
            return active;
        }
        // Checked when it was published: something changed below it (an installed media file
        // removed). The installed configuration takes over, and the log says why.
        qCWarning(lcConfig) << "the guides' configuration, version" << version->number
                            << "does not load; using the installed one";
        for (const ConfigIssue &issue : std::as_const(loaded.issues))
            qCWarning(lcConfig).noquote() << issue.toString();
    }
    ConfigLoadResult loaded = ConfigLoader::load(configDir);
    if (loaded.config) {
        active.origin = ActiveConfig::Origin::Configured;
        active.config = std::move(loaded.config);
        return active;
    }

    active.issues = std::move(loaded.issues);
    for (const ConfigIssue &issue : std::as_const(active.issues))
        qCWarning(lcConfig).noquote() << issue.toString();

    if (lastGood.exists()) {
        ConfigLoadResult fallback = lastGood.load();
        if (fallback.config) {
            qCWarning(lcConfig) << "using the last good configuration stored at"
                                << lastGood.storedAt();
            active.origin = ActiveConfig::Origin::LastGood;
            active.config = std::move(fallback.config);
            active.lastGoodStoredAt = lastGood.storedAt();
            return active;
        }
        qCWarning(lcConfig) << "the last good configuration cannot be loaded either";
    }
    active.origin = ActiveConfig::Origin::None;
    return active;
}

} // namespace Dorfplatz
