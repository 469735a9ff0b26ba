#include "schedule.h"

#include <algorithm>

namespace Dorfplatz {

Schedule::Schedule(Database &database, QTimeZone zone, QObject *parent)
    : QObject(parent)
    , m_zone(zone)
    , m_store(database, zone)
    , m_programme(zone)
{
    m_sessions = m_store.sessions(&m_readError);
}

std::optional<Session> Schedule::session(qint64 id) const
{
    const auto found = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                    [id](const Session &s) { return s.id == id; });
    if (found == m_sessions.cend())
        return std::nullopt;
    return *found;
}

QDateTime Schedule::startOfDay(QDate date) const
{
    return date.startOfDay(m_zone).toUTC();
}

QList<ScheduledItem> Schedule::day(QDate date) const
{
    return between(startOfDay(date), startOfDay(date.addDays(1)));
}

QList<ScheduledItem> Schedule::between(const QDateTime &from, const QDateTime &to) const
{
    return withSessions(m_programme.occurrences(m_sessions, from, to));
}

QList<ScheduledItem> Schedule::withSessions(const QList<SessionOccurrence> &occurrences) const
{
    QList<ScheduledItem> items;
    items.reserve(occurrences.size());
    for (const SessionOccurrence &occurrence : occurrences) {
        if (const auto s = session(occurrence.sessionId))
            items.append({occurrence, *s});
    }
    return items;
}

QDate Schedule::plannedDate(const ScheduledItem &item) const
{
    if (item.occurrence.moved) {
        for (const Session::Move &move : item.session.moved) {
            if (move.to.toUTC() == item.occurrence.start.toUTC())
                return move.from;
        }
    }
    return item.occurrence.start.toTimeZone(m_zone).date();
}

QList<SessionClash> Schedule::clashes(const Session &planned) const
{
    const QDateTime from = planned.start.toUTC();
    return m_programme.clashes(planned, m_sessions, from, from.addYears(1));
}

std::optional<Session> Schedule::save(const Session &session, const Actor &by, const QDateTime &now,
                                      QString *error)
{
    auto saved = m_store.save(session, by, now, error);
    if (saved)
        reload();
    return saved;
}

bool Schedule::cancelDate(qint64 id, QDate date, const Actor &by, const QDateTime &now,
                          QString *error)
{
    const bool ok = m_store.cancelDate(id, date, by, now, error);
    if (ok)
        reload();
    return ok;
}

bool Schedule::remove(qint64 id, const Actor &by, const QDateTime &now, QString *error)
{
    const bool ok = m_store.remove(id, by, now, error);
    if (ok)
        reload();
    return ok;
}

void Schedule::reload()
{
    QString error;
    QList<Session> sessions = m_store.sessions(&error);
    // A failed read keeps the last good list: the room goes on with what it knew.
    if (error.isEmpty())
        m_sessions = std::move(sessions);
    m_readError = error;
    Q_EMIT changed();
}

} // namespace Dorfplatz
