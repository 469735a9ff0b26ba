#include "configarchivecommand.h"

#include "core/accounts/auditlog.h"
#include "core/config/configarchive.h"
#include "core/config/configchanges.h"
#include "core/config/configimport.h"
#include "core/config/configloader.h"
#include "core/config/configsource.h"
#include "core/config/configversions.h"
#include "core/config/lastgoodconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/privatedir.h"

#include <QDir>
#include <QFileInfo>
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
    ConfigVersions versions(folder);
    ConfigImport import(versions);
    // Checked as at start-up, its media from the installed folder.
    if (!import.open(file, configDir)) {
        if (!import.error().isEmpty()) {
            out << import.error() << Qt::endl;
            return 1;
        }
        for (const ConfigIssue &issue : import.issues())
            out << issue.toString() << Qt::endl;
        out << tr("The configuration in %1 has %n problem(s). Nothing was imported.", nullptr,
                  int(import.issues().size()))
                   .arg(file)
            << Qt::endl;
        return 1;
    }
    const ActiveConfig active = loadActiveConfig(configDir, LastGoodConfig(folder), &versions);
    const KioskConfig before = active.config.value_or(KioskConfig{});
    for (const QString &change : ConfigChanges::list(before, *import.config()))
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
    //: The summary of an imported configuration: "Aus haus-b.tar.gz: Kachel „SWR4“ hinzugefügt"
    const QString summary =
        tr("From %1: %2")
            .arg(QFileInfo(file).fileName(), ConfigChanges::summary(before, *import.config()));
    AuditLog audit(*database);
    QString auditError;
    const ConfigVersions::Result result =
        import.publish(by, summary, QDateTime::currentDateTimeUtc(), &audit, &auditError);
    if (!result.version) {
        for (const ConfigIssue &issue : result.issues)
            out << issue.toString() << Qt::endl;
        out << tr("The configuration could not be published (%1). Nothing was imported.")
                   .arg(result.error)
            << Qt::endl;
        return 1;
    }
    if (!auditError.isEmpty())
        out << tr("The audit log could not be written (%1).").arg(auditError) << Qt::endl;
    out << tr("Imported as version %1; the kiosk uses it from its next start.")
               .arg(result.version->number)
        << Qt::endl;
    return 0;
}

} // namespace Dorfplatz
