#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dorfplatz {

class Database;

// Nightly copies of the application database (app.db: accounts, the programme, the audit log),
// and the way back when the file is damaged. A copy is made with SQLite's VACUUM INTO (a
// consistent snapshot while the kiosk keeps using the file), written under a temporary name and
// renamed, so a copy is either whole or not there. The newest `keep` copies stay, one per day:
// "<folder>/app-2026-12-06.db".
class DatabaseBackup
{
public:
    explicit DatabaseBackup(QString folder, int keep = 7);

    QString folder() const { return m_folder; }

    // A copy of `database` for `day` (again if there is one), then the oldest beyond `keep`
    // removed. False and *error when it could not be made (disk full); older copies stay.
    bool backUp(Database &database, QDate day, QString *error = nullptr);
    // The copies, newest first.
    QStringList copies() const;
    // The day of the newest copy, if there is one.
    std::optional<QDate> newestDay() const;

    struct Restored
    {
        QDate day;         // of the copy it came from
        QString damagedAs; // where the damaged file was moved
    };
    // When the file at `path` exists and is not a sound SQLite database (it cannot be opened, or
    // SQLite's quick_check finds damage), it is moved aside and the newest sound copy put in its
    // place. nullopt when nothing had to be done, or nothing could be (*error says which).
    std::optional<Restored> restoreIfDamaged(const QString &path, QString *error = nullptr) const;

    // Whether the file is a database SQLite finds sound (PRAGMA quick_check).
    static bool isSound(const QString &path, QString *why = nullptr);

private:
    QString m_folder;
    int m_keep;
};

} // namespace Dorfplatz
