#include "sessionoutcomes.h"

#include "core/db/database.h"
#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

std::optional<SessionOutcomes::Outcome> outcomeOf(const QString &key)
{
    for (const auto outcome : {SessionOutcomes::Outcome::Held, SessionOutcomes::Outcome::NoShow}) {
        if (SessionOutcomes::key(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

} // namespace

SessionOutcomes::SessionOutcomes(Database &database)
    : m_database(database)
{}

QString SessionOutcomes::key(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Held:
        return u"held"_s;
    case Outcome::NoShow:
        return u"no-show"_s;
    }
    return {}; // not reached
}

bool SessionOutcomes::record(qint64 sessionId, QDate date, Outcome outcome, const QDateTime &at,
                             QString *error)
{
    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(u"INSERT INTO session_outcomes (session_id, date, outcome, "
                            "recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT (session_id, date) "
                            "DO UPDATE SET outcome = excluded.outcome, "
                            "recorded_at = excluded.recorded_at"_s);
    if (ok) {
        query.addBindValue(sessionId);
        query.addBindValue(date.toString(Qt::ISODate));
        query.addBindValue(key(outcome));
        query.addBindValue(at.toUTC().toString(Qt::ISODate));
        ok = query.exec();
    }
    if (!ok) {
        const QString why = Database::errorText(query.lastError());
        qCWarning(lcDb).noquote() << "session outcome not recorded:" << why;
        if (error)
            *error = tr("How the session went could not be recorded (%1).").arg(why);
    }
    return ok;
}

std::optional<SessionOutcomes::Outcome> SessionOutcomes::outcome(qint64 sessionId, QDate date) const
{
    const QHash<qint64, Outcome> outcomes = day(date);
    if (const auto found = outcomes.constFind(sessionId); found != outcomes.constEnd())
        return *found;
    return std::nullopt;
}

QHash<qint64, SessionOutcomes::Outcome> SessionOutcomes::day(QDate date) const
{
    QHash<qint64, Outcome> outcomes;
    QSqlQuery query(m_database.connection());
    if (!query.prepare(u"SELECT session_id, outcome FROM session_outcomes WHERE date = ?"_s))
        return outcomes;
    query.addBindValue(date.toString(Qt::ISODate));
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "session outcomes not read:"
                                  << Database::errorText(query.lastError());
        return outcomes;
    }
    while (query.next()) {
        if (const auto outcome = outcomeOf(query.value(1).toString()))
            outcomes.insert(query.value(0).toLongLong(), *outcome);
    }
    return outcomes;
}

} // namespace Dorfplatz
