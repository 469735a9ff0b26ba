#include "database.h"

#include "core/logging.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString memoryPath = u":memory:"_s;

QString nextConnectionName()
{
    // A counter, not the path or thread id: the same file may be opened twice in one thread.
    static std::atomic<quint64> counter{0};
    return u"dorfplatz.db.%1"_s.arg(++counter);
}

void report(QString *error, const QString &message)
{
    if (error)
        *error = message;
    else
        qCWarning(lcDb).noquote() << message;
}

// Runs one statement and hands back the first column of the first row (if any). PRAGMAs that
// set a value also return the value in effect, which is how a refused setting is noticed.
bool queryValue(const QSqlDatabase &db, const QString &sql, QVariant *value, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = u"%1: %2"_s.arg(sql, Database::errorText(query.lastError()));
        return false;
    }
    if (value)
        *value = query.next() ? query.value(0) : QVariant();
    return true;
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

Database::~Database()
{
    // Unfinalized statements would make the close fail and leak the connection.
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    // Our own handle counts as a user of the connection; drop it before removing the name.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

SqliteStatement *Database::cachedStatement(const QByteArray &sql, QString *error)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        std::unique_ptr<SqliteStatement> statement = SqliteStatement::prepare(m_db, sql, error);
        if (!statement)
            return nullptr;
        found = m_statements.emplace(sql, std::move(statement)).first;
    }
    found->second->reset();
    return found->second.get();
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Access access)
{
    if (path.isEmpty()) {
        report(error, u"Cannot open database: empty path"_s);
        return nullptr;
    }

    // Constructed before addDatabase, so every failure below removes the connection again.
    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    database->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    if (!database->m_db.isValid()) {
        report(error,
               u"Cannot open database %1: the Qt SQLite driver (QSQLITE) is not available"_s.arg(
                   path));
        return nullptr;
    }
    database->m_db.setDatabaseName(path);
    if (access == Access::ReadOnly)
        database->m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!database->m_db.open()) {
        report(error,
               u"Cannot open database %1: %2"_s.arg(path, errorText(database->m_db.lastError())));
        return nullptr;
    }

    QString failure;
    auto fail = [&](const QString &what) {
        report(error, u"Cannot open database %1: %2"_s.arg(path, what));
        return nullptr;
    };

    // The timeout first, so that switching to WAL waits for another process instead of failing.
    if (!queryValue(database->m_db, u"PRAGMA busy_timeout = 5000"_s, nullptr, &failure))
        return fail(failure);

    // SQLite reads the file lazily; reading the schema makes a file that is not a database fail
    // here, with SQLite's own message, instead of at some later first use.
    if (!queryValue(database->m_db, u"SELECT count(*) FROM sqlite_master"_s, nullptr, &failure))
        return fail(failure);

    if (access == Access::ReadOnly)
        return database;

    QVariant mode;
    if (!queryValue(database->m_db, u"PRAGMA journal_mode = WAL"_s, &mode, &failure))
        return fail(failure);
    const QString expectedMode = path == memoryPath ? u"memory"_s : u"wal"_s;
    if (mode.toString().compare(expectedMode, Qt::CaseInsensitive) != 0)
        return fail(
            u"journal mode is \"%1\", expected \"%2\""_s.arg(mode.toString(), expectedMode));

    // FULL: with WAL, NORMAL may lose the last commits on power loss; a kiosk gets switched off.
    if (!queryValue(database->m_db, u"PRAGMA synchronous = FULL"_s, nullptr, &failure))
        return fail(failure);

    if (!queryValue(database->m_db, u"PRAGMA foreign_keys = ON"_s, nullptr, &failure))
        return fail(failure);
    // Setting it is silently ignored by SQLite builds without foreign key support.
    QVariant foreignKeys;
    if (!queryValue(database->m_db, u"PRAGMA foreign_keys"_s, &foreignKeys, &failure))
        return fail(failure);
    if (foreignKeys.toInt() != 1)
        return fail(u"foreign keys cannot be enabled"_s);

    return database;
}

QString Database::errorText(const QSqlError &sqlError)
{
    // databaseText is SQLite's own message; driverText only adds Qt's generic "Unable to ...".
    const QString text =
        (sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText()).trimmed();
    return text.isEmpty() ? u"unknown SQLite error"_s : text;
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    if (error)
        *error = errorText(query.lastError());
    else
        qCWarning(lcDb).noquote() << u"Statement failed: %1: %2"_s.arg(
            sql, errorText(query.lastError()));
    return false;
}

} // namespace Dorfplatz
