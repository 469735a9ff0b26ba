#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

#include <map>
#include <memory>

class QSqlError;

namespace Dorfplatz {

class SqliteStatement;

// One SQLite connection, owned. A QSqlDatabase may only be used in the thread that opened it, so
// each thread opens its own Database (every instance gets a unique connection name).
//
// Every QSqlQuery, ScopedTransaction or QSqlDatabase copy made from connection() must be gone
// before the Database is destroyed; otherwise Qt warns that the connection is still in use.
class Database
{
public:
    enum class Access
    {
        ReadWrite,
        // Never creates or writes the file (SQLITE_OPEN_READONLY) and leaves its journal mode as
        // it is: for a process that only reads what another one writes.
        ReadOnly
    };

    // Opens or creates the file; sets journal_mode=WAL, synchronous=FULL, foreign_keys=ON,
    // busy_timeout=5000. Returns nullptr and fills *error on failure (unwritable dir, not a
    // database file, ...). The parent directory is not created: a missing directory usually means
    // a wrong path, and guessing would hide that. ":memory:" is accepted (journal mode "memory").
    // With Access::ReadOnly the file must exist and only busy_timeout is set.
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          Access access = Access::ReadWrite);
    ~Database();

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }

    // Executes one statement; returns false and fills *error on failure. Without an error
    // argument a failure is logged, so it is never lost silently.
    bool exec(const QString &sql, QString *error = nullptr);

    // A statement prepared once for this connection and kept (SqliteStatement), for a query that
    // runs often; reset, with its bindings cleared. nullptr and *error when it does not compile.
    // It lives as long as this Database, which finalizes it before closing the connection.
    SqliteStatement *cachedStatement(const QByteArray &sql, QString *error);

    // The text for logs and status tables: SQLite's own message ("database or disk is full"),
    // never empty.
    static QString errorText(const QSqlError &sqlError);

    Q_DISABLE_COPY_MOVE(Database)

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::map<QByteArray, std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace Dorfplatz
