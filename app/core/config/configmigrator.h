#pragma once

#include "configissue.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace Dorfplatz {

// Brings a configuration file written for an older version up to the current one. Each file
// carries "version"; step N of the list turns version N+1 into N+2 (steps[0]: 1 → 2), so a later
// release that changes the format adds one step and old files keep working.
class ConfigMigrator
{
public:
    using Step = std::function<void(QJsonObject &root)>;

    ConfigMigrator(int currentVersion, QList<Step> steps);

    // The migrator for the formats this build understands.
    static const ConfigMigrator &standard();

    int currentVersion() const { return m_currentVersion; }

    // Migrates `root` in place and sets its "version" to the current one. Returns false and
    // records the problem when the version is missing, invalid or newer than this build.
    bool migrate(QJsonObject &root, const QString &file, ConfigIssues *issues) const;

private:
    int m_currentVersion;
    QList<Step> m_steps;
};

} // namespace Dorfplatz
