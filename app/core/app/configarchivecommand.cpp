#include "configarchivecommand.h"

#include "core/accounts/auditlog.h"
#include "core/config/configarchive.h"
#include "core/config/configchanges.h"
#include "core/config/configloader.h"
#include "core/config/configsource.h"
#include "core/config/configversions.h"
#include "core/config/lastgoodconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/privatedir.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTextStream>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

int ConfigArchiveCommand::exportTo(const QString &configDir, const QString &dataDir,
                                   const QString &file, QTextStream &out)
{
    ConfigVersions versions(dataDir);
    const ActiveConfig active = loadActiveConfig(configDir, LastGoodConfig(dataDir), &versions);
    if (!active.config) {
        out << tr("There is no configuration that loads; nothing was written.") << Qt::endl;
        return 1;
    }
    QString error;
    if (!ConfigArchive::write(*active.config, file, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    out << tr("The configuration (%n file(s)) is in %1.", nullptr,
              int(ConfigLoader::filesOf(*active.config).size()))
               .arg(file)
        << Qt::endl;
    return 0;
}

int ConfigArchiveCommand::importFrom(const QString &configDir, const QString &dataDir,
                                     const QString &file, QTextStream &out)
{
    const QString folder = QDir(dataDir).absolutePath();
    QString error;
    if (!ensurePrivateDir(folder, &error)) {
        out << tr("The data folder %1 cannot be used (%2). Nothing was imported.")
                   .arg(folder, error)
            << Qt::endl;
        return 1;
    }
    const QString staging = QDir(folder).filePath(u"import.partial"_s);
    QDir(staging).removeRecursively();
    const auto cleanUp = qScopeGuard([&] { QDir(staging).removeRecursively(); });
    if (!ConfigArchive::unpack(file, staging, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    // Checked as at start-up, its media from the installed folder.
    const ConfigLoadResult imported = ConfigLoader::load(staging, configDir);
    if (!imported.config) {
        for (const ConfigIssue &issue : imported.issues)
            out << issue.toString() << Qt::endl;
        out << tr("The configuration in %1 has %n problem(s). Nothing was imported.", nullptr,
                  int(imported.issues.size()))
                   .arg(file)
            << Qt::endl;
        return 1;
    }
    ConfigVersions versions(folder);
    const ActiveConfig active = loadActiveConfig(configDir, LastGoodConfig(folder), &versions);
    const KioskConfig before = active.config.value_or(KioskConfig{});
    const QStringList changes = ConfigChanges::list(before, *imported.config);
    for (const QString &change : changes)
        out << u"  "_s << change << Qt::endl;

    auto database = Database::open(QDir(folder).filePath(u"app.db"_s), &error);
    if (database && !Migrator().migrate(*database, &error))
        database.reset();
    if (!database) {
        out << tr("The database in %1 cannot be used (%2). Nothing was imported.")
                   .arg(folder, error)
            << Qt::endl;
        return 1;
    }
    const Actor by{std::nullopt, tr("command line")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    //: The summary of an imported configuration: "Aus haus-b.tar.gz: Kachel „SWR4“ hinzugefügt"
    const QString summary =
        tr("From %1: %2")
            .arg(QFileInfo(file).fileName(), ConfigChanges::summary(before, *imported.config));
    const ConfigVersions::Result result =
        versions.publish(staging, configDir, by, summary, now, nullptr);
    if (!result.version) {
        for (const ConfigIssue &issue : result.issues)
            out << issue.toString() << Qt::endl;
        out << tr("The configuration could not be published (%1). Nothing was imported.")
                   .arg(result.error)
            << Qt::endl;
        return 1;
    }
    AuditEntry entry;
    entry.at = now;
    entry.actor = by;
    entry.action = u"import"_s;
    entry.subject = u"configuration %1"_s.arg(result.version->number);
    entry.after = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"version"_s, result.version->number},
                                  {u"summary"_s, summary},
                                  {u"file"_s, QFileInfo(file).absoluteFilePath()}})
            .toJson(QJsonDocument::Compact));
    if (!AuditLog(*database).record(entry, &error))
        out << tr("The audit log could not be written (%1).").arg(error) << Qt::endl;
    out << tr("Imported as version %1; the kiosk uses it from its next start.")
               .arg(result.version->number)
        << Qt::endl;
    return 0;
}

} // namespace Dorfplatz
