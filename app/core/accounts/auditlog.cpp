#include "auditlog.h"

#include "core/db/database.h"
#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

bool AuditLog::record(const AuditEntry &entry, QString *error)
{
    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(
        u"INSERT INTO audit_log (at, account_id, actor, action, subject, before_value, "
        "after_value) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (ok) {
        query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(entry.actor.accountId ? QVariant(*entry.actor.accountId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(entry.actor.name);
        query.addBindValue(entry.action);
        query.addBindValue(entry.subject);
        // A null QString would be NULL in SQL; "nothing" is stored as an empty text.
        query.addBindValue(entry.before.isNull() ? u""_s : entry.before);
        query.addBindValue(entry.after.isNull() ? u""_s : entry.after);
        ok = query.exec();
    }
    if (!ok) {
        const QString text = Database::errorText(query.lastError());
        qCWarning(lcDb).noquote() << "audit log not written:" << text;
        if (error)
            *error = text;
    }
    return ok;
}

QList<AuditEntry> AuditLog::newest(int offset, int limit, QString *error) const
{
    QList<AuditEntry> entries;
    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(u"SELECT id, at, account_id, actor, action, subject, before_value, "
                            "after_value FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?"_s);
    if (ok) {
        query.addBindValue(limit);
        query.addBindValue(offset);
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = Database::errorText(query.lastError());
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        if (!query.value(2).isNull())
            entry.actor.accountId = query.value(2).toLongLong();
        entry.actor.name = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.subject = query.value(5).toString();
        entry.before = query.value(6).toString();
        entry.after = query.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

int AuditLog::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT count(*) FROM audit_log"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace Dorfplatz
