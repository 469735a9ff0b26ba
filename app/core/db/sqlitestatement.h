#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Dorfplatz {

// One statement run through SQLite's C API on a connection Qt's driver opened (same connection,
// same busy timeout and transaction state). For the hot read where QSqlQuery's QVariant for every
// value costs more than SQLite's own work: the events screen's week (issue 16). Everything else
// uses QSqlQuery.
//
// The statement is finalized when this object goes; it must go before the connection closes.
class SqliteStatement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    // nullptr and *error when the connection is not an open SQLite one or the SQL does not
    // compile.
    static std::unique_ptr<SqliteStatement> prepare(const QSqlDatabase &connection,
                                                    const QByteArray &sql, QString *error);
    ~SqliteStatement();

    // Back to before the first step, with no values bound. Call it when done with the rows, too:
    // a statement that was not run to its end keeps its read transaction open.
    void reset();
    // Positions count from 1, as in SQL.
    bool bind(int position, qint64 value);
    Step step();

    // Columns count from 0. Text is read without a QVariant, and without a copy inside SQLite.
    // The database's encoding must be UTF-8 (SQLite's default).
    qint64 integer(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    // The UTF-8 bytes as SQLite holds them, valid until the next step(): for comparing with the
    // previous row without making a QString.
    QByteArrayView bytes(int column) const;

    QString errorText() const; // SQLite's message for the last failed call

    Q_DISABLE_COPY_MOVE(SqliteStatement)

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace Dorfplatz
