#include "configimport.h"

#include "configarchive.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString versionText(const ConfigVersion &v, const QString &file = {})
{
    QJsonObject object{{u"version"_s, v.number}, {u"summary"_s, v.summary}};
    if (!file.isEmpty())
        object.insert(u"file"_s, file);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ConfigImport::ConfigImport(ConfigVersions &versions)
    : m_versions(versions)
    // Beside the versions, on the same file system, so nothing from the stick is used in place.
    , m_staging(QFileInfo(versions.root()).dir().filePath(u"import.partial"_s))
{}

ConfigImport::~ConfigImport()
{
    discard();
}

bool ConfigImport::open(const QString &file, const QString &mediaDirectory)
{
    discard();
    m_file = QFileInfo(file).absoluteFilePath();
    m_mediaDirectory = mediaDirectory;
    if (!ConfigArchive::unpack(file, m_staging, &m_error))
        return false;
    ConfigLoadResult loaded = ConfigLoader::load(m_staging, mediaDirectory);
    if (!loaded.config) {
        m_issues = std::move(loaded.issues);
        QDir(m_staging).removeRecursively();
        return false;
    }
    m_config = std::move(loaded.config);
    return true;
}

ConfigVersions::Result ConfigImport::publish(const Actor &by, const QString &summary,
                                             const QDateTime &now, AuditLog *audit,
                                             QString *auditError)
{
    if (!m_config) {
        ConfigVersions::Result refused;
        refused.error = u"no archive opened"_s;
        refused.issues = m_issues;
        return refused;
    }
    const std::optional<ConfigVersion> before = m_versions.current();
    // Checked once more there: the folder is published only as it loads now.
    ConfigVersions::Result result =
        m_versions.publish(m_staging, m_mediaDirectory, by, summary, now, nullptr);
    const QString file = m_file;
    discard();
    if (!result.version || !audit)
        return result;
    AuditEntry entry;
    entry.at = now;
    entry.actor = by;
    entry.action = u"import"_s;
    entry.subject = u"configuration %1"_s.arg(result.version->number);
    entry.before = before ? versionText(*before) : QString();
    entry.after = versionText(*result.version, file);
    QString error;
    if (!audit->record(entry, &error)) {
        qCWarning(lcConfig) << "import: the audit entry could not be written:" << error;
        if (auditError)
            *auditError = error;
    }
    return result;
}

void ConfigImport::discard()
{
    QDir(m_staging).removeRecursively();
    m_file.clear();
    m_mediaDirectory.clear();
    m_error.clear();
    m_issues.clear();
    m_config.reset();
}

} // namespace Dorfplatz
