#include "kioskstate.h"

#include "core/logging.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

KioskState::KioskState(Database &database)
    : m_database(database)
{}

std::optional<QString> KioskState::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    // prepare() on its own: when it fails it says why ("no such table"); exec() would only say
    // "parameter count mismatch".
    bool ok = query.prepare(u"SELECT value FROM kiosk_state WHERE key = ?"_s);
    if (ok) {
        query.addBindValue(key);
        ok = query.exec();
    }
    if (!ok) {
        qCWarning(lcDb) << "cannot read" << key
                        << "from kiosk_state:" << Database::errorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool KioskState::setValue(const QString &key, const QString &value, const QDateTime &now,
                          QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(u"INSERT INTO kiosk_state (key, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at"_s)) {
        if (error)
            *error = Database::errorText(query.lastError());
        return false;
    }
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (query.exec())
        return true;
    if (error)
        *error = Database::errorText(query.lastError());
    return false;
}

} // namespace Dorfplatz
