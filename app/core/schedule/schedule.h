#pragma once

#include "core/accounts/auditlog.h"
#include "programme.h"
#include "sessionstore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace Dorfplatz {

class Database;

// One occurrence of a session together with the session it comes from: what the screens show.
struct ScheduledItem
{
    SessionOccurrence occurrence;
    Session session;
};

// The programme as the kiosk's screens use it: the sessions in app.db (SessionStore), expanded
// in the home's zone (Programme), and one changed() signal after every change made through it,
// so the residents' "Programm heute", the staff's views and the session runner all follow. The
// sessions are read once and kept; each change writes through and reads them again.
class Schedule : public QObject
{
    Q_OBJECT

public:
    Schedule(Database &database, QTimeZone zone, QObject *parent = nullptr);

    const QTimeZone &zone() const { return m_zone; }
    // Every session, by id (as read at construction or after the last change).
    const QList<Session> &sessions() const { return m_sessions; }
    std::optional<Session> session(qint64 id) const;
    // Why the sessions could not be read, in the database's words; empty when they could.
    QString readError() const { return m_readError; }

    // The occurrences that overlap the local day `date` (midnight to midnight in the home's
    // zone), by start, each with its session.
    QList<ScheduledItem> day(QDate date) const;
    // The occurrences that overlap [from, to) (UTC).
    QList<ScheduledItem> between(const QDateTime &from, const QDateTime &to) const;
    // The local midnight that starts `date` in the home's zone, as UTC.
    QDateTime startOfDay(QDate date) const;

    // The date of the rule `item` belongs to, in the home's zone: its own date, or for a date
    // that was moved, the one it was moved from (what cancelling or moving it again refers to).
    QDate plannedDate(const ScheduledItem &item) const;

    // Other sessions that overlap `planned` in the year from its first occurrence.
    QList<SessionClash> clashes(const Session &planned) const;

    // Writes through SessionStore (one transaction with the audit entry) and emits changed().
    std::optional<Session> save(const Session &session, const Actor &by, const QDateTime &now,
                                QString *error = nullptr);
    // `date` is the rule's date (plannedDate()); a move from it is undone.
    bool cancelDate(qint64 id, QDate date, const Actor &by, const QDateTime &now,
                    QString *error = nullptr);
    bool remove(qint64 id, const Actor &by, const QDateTime &now, QString *error = nullptr);

    // Reads the sessions again (after a change elsewhere, such as a restored backup).
    void reload();

Q_SIGNALS:
    void changed();

private:
    QList<ScheduledItem> withSessions(const QList<SessionOccurrence> &occurrences) const;

    QTimeZone m_zone;
    SessionStore m_store;
    Programme m_programme;
    QList<Session> m_sessions;
    QString m_readError;
};

} // namespace Dorfplatz
