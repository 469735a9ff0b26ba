#pragma once

#include "core/schedule/schedule.h"
#include "ui/kit/staffscreen.h"

#include <QDate>

#include <array>

class QLabel;

namespace Dorfplatz {

class Clock;
class WeekBlock;

// Staff's "Woche": Monday to Sunday side by side, each day's sessions as blocks in time order
// ("10:00 Sitzgymnastik", "fällt aus", "verschoben"); a tap on one opens it. A day with more
// than fit shows "+ 2 weitere", which opens that day: nothing scrolls. "Vorige Woche", "Diese
// Woche" and "Nächste Woche" page by week; "Neu" plans a session from the first day of the
// shown week that is not over. The week's bounds are local midnights in the home's zone, so a
// week with a change of daylight saving time has 167 or 169 hours and 10:00 stays 10:00.
class WeekScreen final : public StaffScreen
{
    Q_OBJECT

public:
    WeekScreen(const Theme &theme, Schedule &schedule, const Clock &clock,
               QWidget *parent = nullptr);

    QString screenName() const override;

    // Shows the week (Monday to Sunday) that holds `day`.
    void showWeek(QDate day);
    QDate monday() const { return m_monday; }
    QDate today() const;

    // For tests: the parts of the screen. `day` counts from 0 (Monday).
    QLabel *weekLabel() const { return m_week; }
    QLabel *dayLabel(int day) const;
    // The blocks shown for `day`'s sessions, top to bottom (not the "+ 2 weitere").
    QList<WeekBlock *> blocks(int day) const;
    // The "+ 2 weitere" of `day`, or nullptr when every block fits.
    WeekBlock *moreBlock(int day) const;
    // Where the day's column lies, in the coordinates of the blocks' parent.
    QRect columnRect(int day) const;
    BigButton *previousButton() const { return m_previous; }
    BigButton *thisWeekButton() const { return m_thisWeek; }
    BigButton *nextButton() const { return m_next; }
    BigButton *newButton() const { return m_new; }
    BigButton *printButton() const { return m_print; }

Q_SIGNALS:
    // A session was tapped: the date it shows (the staff change it or its whole series).
    void editRequested(const Dorfplatz::ScheduledItem &item);
    // "+ 2 weitere": the day's sessions do not all fit in its column.
    void dayRequested(QDate day);
    void newRequested(QDate day);
    // "Drucken": the shown week as a plan for the notice board (from its Monday).
    void printRequested(QDate monday);

protected:
    void activated() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Day
    {
        QLabel *label = nullptr;
        QList<ScheduledItem> items;
        QList<WeekBlock *> blocks; // as many as were ever needed; the unused ones hidden
        WeekBlock *more = nullptr;
        int shown = 0;
    };

    void refresh();
    void arrange();
    void arrangeDay(int index, const QRect &column, int top);
    QString rangeText() const;
    QString markText(const ScheduledItem &item) const;
    WeekBlock *block(int day, int index);
    QRect frameRect(int day) const;

    Schedule &m_schedule;
    const Clock &m_clock;
    QDate m_monday;
    QLabel *m_week;
    BigButton *m_new;
    BigButton *m_print;
    QWidget *m_grid;
    BigButton *m_previous;
    BigButton *m_thisWeek;
    BigButton *m_next;
    std::array<Day, 7> m_days;
};

} // namespace Dorfplatz
