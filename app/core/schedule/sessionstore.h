#pragma once

#include "core/accounts/auditlog.h"
#include "session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Dorfplatz {

class Database;

// The programme's sessions in app.db (table sessions). Every change is one transaction together
// with its audit entry (who, when, the session before and after), so a crash while saving
// leaves either the old session or the new one, never half of it and never a change without its
// entry. Wall-clock times are read in `zone`, the home's.
class SessionStore
{
public:
    SessionStore(Database &database, QTimeZone zone);

    // Every session, by id; empty (and *error) when the table cannot be read.
    QList<Session> sessions(QString *error = nullptr) const;
    std::optional<Session> session(qint64 id) const;

    // A new session (id 0) or a changed one; the saved session (with its id), or nullopt and
    // *error.
    std::optional<Session> save(const Session &session, const Actor &by, const QDateTime &now,
                                QString *error = nullptr);
    // "Heute ausfallen lassen": `date` of the session is cancelled (still shown as such).
    bool cancelDate(qint64 id, QDate date, const Actor &by, const QDateTime &now,
                    QString *error = nullptr);
    bool remove(qint64 id, const Actor &by, const QDateTime &now, QString *error = nullptr);

private:
    // The sessions matching `condition` ("WHERE id = ?" with `id`, or none), by id.
    QList<Session> select(const QString &condition, std::optional<qint64> id, QString *error) const;
    bool write(const std::optional<Session> &before, const std::optional<Session> &after,
               const QString &action, const Actor &by, const QDateTime &now, qint64 *id,
               QString *error);

    Database &m_database;
    QTimeZone m_zone;
};

} // namespace Dorfplatz
