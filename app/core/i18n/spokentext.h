#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QTime>

namespace Dorfplatz {

// Text written for the ear, for "Vorlesen" (Screen::spokenText()): times as a German says them
// ("19 Uhr 30", "von 19 bis 21 Uhr"), dates with their article ("Samstag, der 5. Dezember"), and
// nothing a speech engine would read out letter by letter or as a symbol's name. The screens'
// own display helpers (EventTimeText, ProgrammeText) write for the eye and stay as they are.
//
// The German forms come with the translation; the English source forms are plain 24-hour times,
// so tests that run without a translation read naturally too.
class SpokenText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::SpokenText)

public:
    // "19 Uhr", "19 Uhr 30", "0 Uhr 5".
    static QString time(QTime time, const QLocale &locale = {});
    // "von 19 bis 21 Uhr", "von 10 Uhr 15 bis 11 Uhr 15", "von 22 Uhr bis Mitternacht"; only
    // time(start) when the span is empty.
    static QString range(QTime start, QTime end, const QLocale &locale = {});
    // "ab 18 Uhr".
    static QString from(QTime start, const QLocale &locale = {});
    // "bis 14 Uhr", "bis Mitternacht".
    static QString until(QTime end, const QLocale &locale = {});

    // "Samstag, der 5. Dezember"; with the year when it is not the year of `today`.
    static QString date(QDate date, QDate today, const QLocale &locale = {});
    // "Heute", "Morgen", else date().
    static QString day(QDate date, QDate today, const QLocale &locale = {});
    // "Heute, Samstag, der 5. Dezember", "Morgen, …", else date().
    static QString dayAndDate(QDate date, QDate today, const QLocale &locale = {});
    // A date inside a sentence, without the article: "Samstag, 5. Dezember".
    static QString weekdayDate(QDate date, QDate today, const QLocale &locale = {});
    // "bis heute", "bis morgen", "bis Sonntag, 7. Dezember".
    static QString untilDate(QDate date, QDate today, const QLocale &locale = {});

    // "Radio", "Radio und Anna", "Radio, Fernsehen und Anna".
    static QString list(const QStringList &items);
    // "Seite 2 von 3." and, before the last page, how to hear more; empty with one page.
    static QString pages(int page, int count);

    // What must not be read out, removed: dashes and bullets between words become a pause (a
    // comma), a dash between two numbers "bis"; quotes, emoji, arrows and other symbols go;
    // "…" and repeated punctuation become one mark. Each line becomes a sentence that ends with
    // a full stop (or its own "!" or "?"), and the lines are joined with spaces.
    static QString clean(const QString &text);
    // Each part cleaned and made a sentence (capitalised where it starts with a lower-case word),
    // empty parts left out, all joined with spaces.
    static QString sentences(const QStringList &parts);
};

} // namespace Dorfplatz
