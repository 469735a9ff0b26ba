#pragma once

#include "configversions.h"

#include <QString>

#include <optional>

namespace Dorfplatz {

// One configuration archive on its way in, for the command line (--import-config) and the
// guides' screen alike: unpacked (ConfigArchive, which refuses hostile archives) into
// `<data>/import.partial` beside the versions' folder, checked with the loader the kiosk starts
// with, and only by publish() made the newest version, audited as "import". Until then nothing
// outside the partial folder changes; the folder goes with publish(), discard(), the next open()
// or the object.
class ConfigImport
{
public:
    // Imports into `versions`; unpacks in the data folder that holds them.
    explicit ConfigImport(ConfigVersions &versions);
    ~ConfigImport();
    ConfigImport(const ConfigImport &) = delete;
    ConfigImport &operator=(const ConfigImport &) = delete;

    QString stagingDirectory() const { return m_staging; }

    // Unpacks `file` and loads it, its local media in `mediaDirectory` (the installed
    // configuration's folder). False when the archive is refused (error(), in plain words) or
    // its configuration does not load (issues()).
    bool open(const QString &file, const QString &mediaDirectory);
    QString file() const { return m_file; }
    QString error() const { return m_error; }
    const ConfigIssues &issues() const { return m_issues; }
    // The configuration in the archive after open() worked, else null.
    const KioskConfig *config() const { return m_config ? &*m_config : nullptr; }

    // Makes the opened configuration the newest version, summarised as `summary`, and records
    // "import" in `audit` (may be null; *auditError when the entry could not be written). The
    // partial folder is removed either way.
    ConfigVersions::Result publish(const Actor &by, const QString &summary, const QDateTime &now,
                                   AuditLog *audit, QString *auditError = nullptr);
    // Forgets the opened archive and removes what was unpacked.
    void discard();

private:
    ConfigVersions &m_versions;
    QString m_staging;
    QString m_file;
    QString m_mediaDirectory;
    QString m_error;
    ConfigIssues m_issues;
    std::optional<KioskConfig> m_config;
};

} // namespace Dorfplatz
