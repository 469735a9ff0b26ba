#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Dorfplatz {

class Database;

// The schema as numbered SQL files ("001_initial.sql", "002_x.sql", ...) in a directory (a Qt
// resource directory by default), applied in order. Each file runs in its own transaction
// together with the update of the version row, so a database is always at exactly one version.
//
// The version lives in a table schema_version(version INTEGER NOT NULL) with exactly one row,
// created by the first migration. Files must be numbered consecutively from 1; a gap, a duplicate
// number or an unnumbered .sql file makes migrate() refuse to do anything.
//
// What a migration file may contain: statements separated by ';' (see splitStatements()). Not
// allowed: transaction control (BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE), because the
// file already runs inside a transaction, and CREATE TRIGGER, whose BEGIN...END body the splitter
// cannot handle. PRAGMA foreign_keys and journal_mode have no effect inside a transaction; to
// rebuild a table that others reference, use PRAGMA defer_foreign_keys = ON instead.
class Migrator
{
public:
    explicit Migrator(QString directory = QStringLiteral(":/db/app"));

    QString directory() const { return m_directory; }

    // Highest file number found (0 when there are none).
    int latestVersion() const;

    // 0 for a fresh file; -1 (and a log message) when the version table is damaged or unreadable.
    static int currentVersion(const Database &db);

    // Applies every file above currentVersion. Returns false, fills *error, and leaves the
    // database at the last fully applied version when a file fails. A database whose version is
    // newer than latestVersion() is refused (error), never touched. Safe against another
    // connection migrating the same file at the same time: the version is re-read under the
    // write lock before each file.
    bool migrate(Database &db, QString *error) const;

    // Splits SQL text into statements at ';', ignoring ';' inside '...' strings, "..." / `...` /
    // [...] identifiers, -- line comments and /* */ block comments. Comments are dropped, each
    // statement is trimmed and has no ';'; empty statements are skipped. Not supported: trigger
    // bodies (CREATE TRIGGER ... BEGIN ...; END), which contain ';' inside a statement.
    static QStringList splitStatements(const QString &sql);

private:
    bool applyFile(Database &db, int version, QString *error) const;

    QString m_directory;
    QMap<int, QString> m_files; // version -> file name
    QString m_scanError;        // why the directory cannot be used, empty when it can
};

} // namespace Dorfplatz
