#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Dorfplatz::Ical {

// One event written as a calendar of its own (METHOD:PUBLISH) for a calendar app to take in,
// such as the invitation to a video visit. libical builds it, so the texts are escaped right.
struct PublishedEvent
{
    QByteArray prodId; // "-//Dorfplatz//Videobesuch//DE"
    QString uid;
    // With a zone libical knows (an IANA id): DTSTART in that zone's wall clock with its TZID and
    // a VTIMEZONE; otherwise (UTC, an offset, an unknown zone) DTSTART in UTC.
    QDateTime start;
    std::chrono::seconds length{0};
    QString summary;
    QString description;
    QString location;
    QUrl url;                         // FullyEncoded in the file
    std::chrono::minutes reminder{0}; // a DISPLAY alarm this long before the start; 0: none
    QString reminderText;             // the alarm's DESCRIPTION; the summary when empty
    QDateTime stamp;                  // DTSTAMP

    // The iCalendar text; empty when libical could not make it.
    QByteArray toIcs() const;
};

} // namespace Dorfplatz::Ical
