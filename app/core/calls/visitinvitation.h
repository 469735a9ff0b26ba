#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Dorfplatz {

// A video visit staff booked for a relative, and what the relative gets from it: a calendar file
// (.ics) here, a printed or mailed page (media/documents/invitationdocument.h) from the same texts.
struct VisitInvitation
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::VisitInvitation)

public:
    QString residentName; // as the relative should read it: "Ihre Mutter Erna Müller"
    QString relativeName; // "Anna"
    QDateTime start;      // in the home's zone (a QTimeZone such as Europe/Berlin)
    std::chrono::minutes length{30};
    QUrl roomUrl; // the Jitsi Meet room: https://meet.example.org/familie-mueller-7f3a
    QString homeName;
    QString uid; // stable across rewrites, so a calendar updates the visit instead of adding one

    // Texts of the invitation, shared by the calendar file and the page.
    QString summary() const;           // "Video visit with Erna Müller"
    QString lookingForward() const;    // "Erna Müller is looking forward to your call."
    static QString joinFromPhone();    // the Jitsi Meet app or the browser
    static QString joinFromComputer(); // Chrome, Firefox or Edge; camera and microphone

    // What is missing for an invitation, in plain words; empty when nothing is.
    QString problem() const;

    // The iCalendar text (METHOD:PUBLISH, one VEVENT with a VTIMEZONE for start's zone and a
    // reminder 15 minutes before). `stamp` is the DTSTAMP. Empty when problem() is not.
    QByteArray toIcs(const QDateTime &stamp = QDateTime::currentDateTimeUtc()) const;
    // Writes toIcs() to `path` in one piece (QSaveFile), making its folders.
    bool writeIcs(const QString &path, QString *error) const;
};

} // namespace Dorfplatz
