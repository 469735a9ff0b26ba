#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Dorfplatz {

// One occurrence of an event, after recurrence expansion: what the cache stores and the screen
// shows. A single event is one occurrence; a weekly choir rehearsal is one per week in the window.
struct EventOccurrence
{
    QString feedId;   // the feed it came from (feeds.json id)
    QString uid;      // the VEVENT's UID; with recurrenceId it names the occurrence
    QDateTime start;  // UTC. For all-day events: local midnight of startDate (see below)
    QDateTime end;    // UTC, exclusive; never before start
    QString timeZone; // IANA id the event was written in ("Europe/Berlin"); empty for UTC/floating
    bool allDay = false;
    // For all-day events the dates themselves, endDate exclusive (a one-day event on 5 December
    // has startDate 2026-12-05, endDate 2026-12-06). Null for timed events. start/end then hold
    // the same dates at local midnight of the machine's zone converted to UTC, so one range query
    // finds timed and all-day events alike.
    QDate startDate;
    QDate endDate;
    QString title;
    QString description;
    QString location;
    QUrl url;
    QStringList categories;
    bool cancelled = false; // STATUS:CANCELLED (kept when the feed says to show cancellations)
    QString attribution;    // licence or attribution from the feed (calendar or event level)

    bool operator==(const EventOccurrence &) const = default;
};

using EventOccurrences = QList<EventOccurrence>;

} // namespace Dorfplatz

Q_DECLARE_METATYPE(Dorfplatz::EventOccurrence)
