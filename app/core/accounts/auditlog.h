#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Dorfplatz {

class Database;

// Who did something in staff mode: an account, or the command line / first start (no account).
struct Actor
{
    std::optional<qint64> accountId;
    QString name;
};

// One change made in staff mode. `action`: "create", "edit", "cancel", "delete", ...;
// `subject`: what it was done to ("account 3", "session 12"); before and after: the thing as
// JSON text, empty when there is none (before a creation, after a deletion).
struct AuditEntry
{
    qint64 id = 0; // given by the log
    QDateTime at;
    Actor actor;
    QString action;
    QString subject;
    QString before;
    QString after;
};

// The audit log (table audit_log in app.db): written with every change, read by Leitung on
// screen, newest first, a page at a time. Never edited or shortened by the kiosk.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    // Appends `entry` (its id is ignored); false and *error when it could not be written. Inside
    // the caller's transaction when there is one, so the change and its entry go together.
    bool record(const AuditEntry &entry, QString *error = nullptr);
    // `limit` entries after skipping the `offset` newest; empty (and *error) on failure.
    QList<AuditEntry> newest(int offset, int limit, QString *error = nullptr) const;
    int count() const;

private:
    Database &m_database;
};

} // namespace Dorfplatz
