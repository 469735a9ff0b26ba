#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &connection,
                                                          const QByteArray &sql, QString *error)
{
    // Qt's SQLite driver hands out its sqlite3 handle as a QVariant of type "sqlite3*".
    const QSqlDriver *driver = connection.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!connection.isOpen() || !handle.isValid() ||
        std::strcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = u"the connection is not an open SQLite connection"_s;
        return nullptr;
    }
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db) {
        *error = u"the connection is closed"_s;
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, statement));
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::bind(int position, qint64 value)
{
    return sqlite3_bind_int64(m_statement, position, value) == SQLITE_OK;
}

SqliteStatement::Step SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    // The blob of a text value is its bytes as stored (UTF-8, the database's encoding), read in
    // place. sqlite3_column_text() would copy each one first to add the terminating NUL.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::text(int column) const
{
    return QString::fromUtf8(bytes(column));
}

QString SqliteStatement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace Dorfplatz
