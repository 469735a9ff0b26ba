#include "scopedtransaction.h"

#include "core/logging.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Plain SQL rather than QSqlDatabase::transaction(): that issues a deferred BEGIN.
bool run(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = u"%1 failed: %2"_s.arg(sql, Database::errorText(query.lastError()));
    return false;
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.isOpen()) {
        m_beginError = u"cannot begin a transaction: the database is not open"_s;
        qCDebug(lcDb).noquote() << m_beginError;
        return;
    }
    m_active = run(m_db, u"BEGIN IMMEDIATE"_s, &m_beginError);
    if (!m_active)
        qCDebug(lcDb).noquote() << m_beginError;
}

ScopedTransaction::~ScopedTransaction()
{
    if (!m_active)
        return;
    // A failure here is only logged: SQLite may already have rolled back by itself (disk full,
    // I/O error), and a destructor has no one to report to.
    QString error;
    if (run(m_db, u"ROLLBACK"_s, &error))
        qCDebug(lcDb) << "Transaction rolled back";
    else
        qCWarning(lcDb).noquote() << error;
}

bool ScopedTransaction::commit(QString *error)
{
    QString failure;
    if (!m_active) {
        failure = m_beginError.isEmpty() ? u"commit without an active transaction"_s
                                         : u"commit without a transaction (%1)"_s.arg(m_beginError);
    } else if (run(m_db, u"COMMIT"_s, &failure)) {
        m_active = false;
        return true;
    }
    if (error)
        *error = failure;
    else
        qCWarning(lcDb).noquote() << failure;
    return false;
}

} // namespace Dorfplatz
