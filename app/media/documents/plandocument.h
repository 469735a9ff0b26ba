#pragma once

#include "printdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace Dorfplatz {

class Schedule;

// One session on the printed plan. Times are wall-clock times in the home's zone (what the
// notice board shows); `end` may be invalid when it is not known.
struct PlanEntry
{
    QDateTime start;
    QDateTime end;
    QString title;
    QString note;
    bool cancelled = false;
};

// One day of the plan with its sessions, by start.
struct PlanDay
{
    QDate date;
    QList<PlanEntry> entries;
};

// Everything a printed plan shows: plain data, so the rendering needs no database.
struct PlanData
{
    QString homeName;
    QLocale locale;      // day and month names, date formats
    QList<PlanDay> days; // a week: Monday to Sunday; a day plan: one day
};

// The printed programme for the corridor's notice board, in large type, black on white: the
// week on A4 landscape (days as columns) or one day on A4 portrait (a row per session). It
// always fits on one page: a crowded day gets a smaller type (down to 12 pt), then only the
// sessions that fit and "… and N more".
class PlanDocument : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::PlanDocument)

public:
    enum class Layout
    {
        Week, // A4 landscape, one column per day
        Day,  // A4 portrait, one row per session ("Programme today")
    };

    static constexpr qreal marginMm = 15;
    static constexpr qreal minimumPointSize = 12;

    PlanDocument(Layout layout, PlanData data);

    // The data for `dayCount` days from `first` (7 from a Monday for the week, 1 for today): the
    // schedule's occurrences that start on each day in the home's zone, cancelled ones included
    // and marked.
    static PlanData fromSchedule(const Schedule &schedule, QDate first, int dayCount,
                                 const QString &homeName, const QLocale &locale);

    Layout layout() const { return m_layout; }
    const PlanData &data() const { return m_data; }
    // The heading on the page: "Week of 7 to 13 December 2026" or "Programme today, Monday, 7
    // December 2026" (in the data's locale).
    QString heading() const;
    // "Week plan 7–13 December 2026", "Programme 7 December 2026": the PDF's title.
    QString title() const override;

    // Sets the page layout (A4, the orientation, 15 mm margins) and paints the plan on one page.
    // For a QPdfWriter or a QPrinter that has not begun painting yet. writePdf() (PrintDocument)
    // writes it as a PDF.
    void render(QPagedPaintDevice *device) const override;

private:
    // The heading, for the day plan with the date on a line of its own when asked.
    QString heading(bool dateOnItsOwnLine) const;

    Layout m_layout;
    PlanData m_data;
};

} // namespace Dorfplatz
