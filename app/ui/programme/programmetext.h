#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTime>

namespace Dorfplatz {

// The words of "Programm heute", in one place so the screen and its tests say the same.
class ProgrammeText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::ProgrammeText)

public:
    // "10:00 – 10:45 Uhr" (the German "Uhr" comes with the translation).
    static QString when(QTime start, QTime end, const QLocale &locale = {});
    // "Sonntag, 6. Dezember".
    static QString date(QDate date, const QLocale &locale = {});

    static QString heading();
    static QString running();
    static QString soon();
    static QString cancelled();
    // Nothing planned today at all, and nothing left of what was.
    static QString nothingToday();
    static QString nothingMore();
};

} // namespace Dorfplatz
