#include "configsource.h"

#include "configloader.h"
#include "core/logging.h"
#include "lastgoodconfig.h"

namespace Dorfplatz {

ActiveConfig loadActiveConfig(const QString &configDir, const LastGoodConfig &lastGood)
{
    ActiveConfig active;
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
