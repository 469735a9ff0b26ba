#pragma once

#include "configloader.h"
#include "core/accounts/auditlog.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Dorfplatz {

// One published configuration of the guides.
struct ConfigVersion
{
    int number = 0;
    QDateTime publishedAt; // UTC
    QString publishedBy;
    QString summary; // one line: "Kachel „SWR4“ hinzugefügt"
    QString directory;
    QString mediaDirectory; // where its streams' local files are (the installed configuration)
};

// The configurations the guides publish on the kiosk, in the data folder (the kiosk user cannot
// write /etc/dorfplatz, and the installed files stay the package's defaults). Each publication
// is a whole new version folder: its files are copied (each written beside its place, fsync'd,
// renamed), the folder renamed from its ".partial" name when complete, and only then the one
// line of "current" replaced (QSaveFile: write, fsync, rename). A power cut or kill -9 at any
// moment leaves "current" naming a complete version, or no version at all; what was cut off is
// removed at the next publication. The last `kept` versions stay, each with who published it,
// when, and what changed; restoring one publishes it again as the newest.
//
// While a current version exists it wins over the installed configuration; reset() (or
// removing the folder) returns to the installed one.
class ConfigVersions
{
public:
    static constexpr int kept = 20;

    // Keeps its versions in `<dataDir>/config`.
    explicit ConfigVersions(const QString &dataDir);

    QString root() const { return m_root; }
    std::optional<ConfigVersion> current() const;
    // The complete versions, newest first.
    QList<ConfigVersion> versions() const;
    std::optional<ConfigVersion> version(int number) const;
    // Loads the current version with the loader the kiosk uses at start-up; no config without one.
    ConfigLoadResult loadCurrent() const;

    struct Result
    {
        std::optional<ConfigVersion> version; // the new current version
        ConfigIssues issues;                  // why the draft was refused
        QString error;                        // why it could not be written (disk full …)
    };
    // Checks `draftDirectory` (its media in `mediaDirectory`) with ConfigLoader; only when it
    // loads without problems are its files made the new current version. `audit` (may be null)
    // gets the entry "publish".
    Result publish(const QString &draftDirectory, const QString &mediaDirectory, const Actor &by,
                   const QString &summary, const QDateTime &now, AuditLog *audit = nullptr);
    // Publishes version `number` again as the newest (checked like any other); entry "restore".
    Result restore(int number, const Actor &by, const QString &summary, const QDateTime &now,
                   AuditLog *audit = nullptr);
    // No current version any more: the installed configuration applies again. The versions
    // themselves are kept until the next publication prunes them.
    bool reset(QString *error);

private:
    QString versionDirectory(int number) const;
    void removeLeftovers() const;
    void prune(int current) const;

    QString m_root;
};

} // namespace Dorfplatz
