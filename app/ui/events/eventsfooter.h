#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Dorfplatz {

// How fresh the events are, in words: "As of: today, 3:05", "As of: the day before yesterday —
// no connection". Residents and staff see at once whether the list can be trusted, without a
// date to work out.
class EventsFooter
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::EventsFooter)

public:
    // `lastSuccess`/`lastAttempt`: the newest over all feeds (null when never);
    // `attemptFailed`: the newest attempt ended in an error; `now` from the clock (its zone
    // decides what "today" is).
    static QString text(const QDateTime &lastSuccess, const QDateTime &lastAttempt,
                        bool attemptFailed, bool syncRunning, const QDateTime &now,
                        const QLocale &locale = {});

    // "Source: …" for the licence or attribution of the listed events; empty for none.
    static QString attribution(const QStringList &attributions);
};

} // namespace Dorfplatz
