#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace Dorfplatz {

// Rolls back in the destructor unless commit() succeeded, so every early return of a writer
// leaves the database as it was.
//
// Begins with BEGIN IMMEDIATE: the write lock is taken at once (waiting up to busy_timeout), so
// concurrent writers queue here instead of failing halfway through with SQLITE_BUSY.
// Transactions do not nest: a second one on the same connection does not begin (isActive() is
// false and commit() fails). Keeps a copy of the connection handle; destroy it before the
// Database.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();

    // Began and not yet committed or rolled back.
    bool isActive() const { return m_active; }

    // Why the transaction did not begin; empty when it did.
    QString beginError() const { return m_beginError; }

    // Returns false and fills *error when the transaction never began or COMMIT failed. After a
    // failed COMMIT the transaction stays active (SQLite keeps it open, e.g. for a deferred
    // foreign key violation), so the destructor still rolls it back.
    bool commit(QString *error = nullptr);

    Q_DISABLE_COPY_MOVE(ScopedTransaction)

private:
    QSqlDatabase m_db;
    QString m_beginError;
    bool m_active = false;
};

} // namespace Dorfplatz
