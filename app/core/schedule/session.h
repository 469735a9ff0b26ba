#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace Dorfplatz {

// What a session shows in the room.
struct SessionContent
{
    enum class Kind
    {
        Stream,       // a stream or local video of streams.json; target: its id
        Events,       // "Was ist los?" on the big screen
        Call,         // a video call with a contact; target: the contact's id
        Announcement, // only the text: title and note
    };
    Kind kind = Kind::Announcement;
    QString target;

    friend bool operator==(const SessionContent &, const SessionContent &) = default;
};

// One entry of the week's programme, as staff plan it: "Dienstag 10:00 Sitzgymnastik mit
// Video", every week, 45 minutes. Times are wall-clock times in the home's zone; repetition is
// an iCalendar RRULE (made by the staff screens from day chips, never typed), expanded by
// Programme through the project's libical code, so daylight saving is libical's business.
struct Session
{
    // One date moved: the occurrence of `from` (a date of the rule) takes place at `to` instead.
    struct Move
    {
        QDate from;
        QDateTime to; // wall-clock time in the home's zone

        friend bool operator==(const Move &, const Move &) = default;
    };

    qint64 id = 0;
    QString title;
    SessionContent content;
    QDateTime start; // the first occurrence; wall-clock time (the date and time staff chose)
    std::chrono::minutes duration{60};
    QString rule;           // RRULE value ("FREQ=WEEKLY;BYDAY=TU,TH"); empty: only once
    QList<QDate> cancelled; // dates that do not take place ("fällt heute aus"), still shown
    QList<Move> moved;
    bool startsByItself = true; // or only reminds
    int volume = 60;            // the room volume for it, 0–100
    QString note;               // for colleagues
    // A video visit (content Call with the relative's contact): the resident's name as the
    // relative sees it ("Frau Müller"); empty for every other session.
    QString visitFor;
    // Made from an event of "Was ist los?": its UID and the start it had then (UTC), so that a
    // later sync that cancels or moves it is noticed. Empty for sessions staff planned.
    QString eventUid;
    QDateTime eventStart;

    friend bool operator==(const Session &, const Session &) = default;
};

} // namespace Dorfplatz
