#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Dorfplatz {

class Database;

// How one occurrence of a session went, where staff need to know it (app.db's session_outcomes):
// a video visit the relative never joined is "nicht zustande gekommen" on "Heute". One outcome
// per session and planned date; a later one replaces it.
class SessionOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::SessionOutcomes)

public:
    enum class Outcome
    {
        Held,
        NoShow,
    };

    explicit SessionOutcomes(Database &database);

    // `date`: the occurrence's planned date in the home's zone; `at` when it was known (UTC).
    bool record(qint64 sessionId, QDate date, Outcome outcome, const QDateTime &at,
                QString *error = nullptr);
    std::optional<Outcome> outcome(qint64 sessionId, QDate date) const;
    // Every outcome of `date`, by session id (one query for a whole day's list).
    QHash<qint64, Outcome> day(QDate date) const;

    // "held", "no-show": the words in the table.
    static QString key(Outcome outcome);

private:
    Database &m_database;
};

} // namespace Dorfplatz
