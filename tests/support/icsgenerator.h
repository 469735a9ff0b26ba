#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Dorfplatz::Test {

// Made-up iCalendar feeds of any size for the sync tests and the benchmark: events spread over
// `days` days from `firstDay` (Europe/Berlin, with a VTIMEZONE), a share of them weekly and a
// share all-day, each with a German description of about `descriptionBytes` bytes. Every title
// starts with `titlePrefix`, so a test can tell two versions of a feed apart.
struct IcsGenerator
{
    int events = 100;
    QDate firstDay = QDate::currentDate();
    int days = 60;
    int recurringPercent = 5;
    int allDayPercent = 10;
    int descriptionBytes = 600;
    QString titlePrefix = QStringLiteral("Veranstaltung");

    QByteArray generate() const;
};

} // namespace Dorfplatz::Test
