#include "configmigrator.h"

#include "jsonobjectreader.h"
#include "kioskconfig.h"

#include <QtGlobal>

#include <climits>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

ConfigMigrator::ConfigMigrator(int currentVersion, QList<Step> steps)
    : m_currentVersion(currentVersion)
    , m_steps(std::move(steps))
{
    Q_ASSERT(m_steps.size() == m_currentVersion - 1);
}

const ConfigMigrator &ConfigMigrator::standard()
{
    // Version 1 is the first format: there is nothing to migrate from yet.
    static const ConfigMigrator migrator(KioskConfig::currentVersion, {});
    return migrator;
}

bool ConfigMigrator::migrate(QJsonObject &root, const QString &file, ConfigIssues *issues) const
{
    const qsizetype before = issues->size();
    JsonObjectReader reader(root, file, {}, issues);
    const auto version =
        reader.integer(u"version"_s, JsonObjectReader::Presence::Required, 1, INT_MAX);
    if (!version)
        return false;
    if (*version > m_currentVersion) {
        reader.report(u"version"_s, ConfigIssue::Kind::VersionTooNew,
                      {QString::number(*version), QString::number(m_currentVersion)});
        return false;
    }
    for (int v = *version; v < m_currentVersion; ++v)
        m_steps.at(v - 1)(root);
    root.insert(u"version"_s, m_currentVersion);
    return issues->size() == before;
}

} // namespace Dorfplatz
