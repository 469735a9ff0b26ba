#pragma once

#include "programmeentry.h"
#include "programmerow.h"
#include "ui/kit/screen.h"
#include "ui/kit/theme.h"

#include <QDate>
#include <QList>

#include <map>
#include <memory>
#include <optional>
#include <tuple>

class QLabel;

namespace Dorfplatz {

class Clock;
class MinuteTicker;
class PageSwitcher;
class Schedule;

// "Programm heute": the sessions of the room today, from the Schedule, one large card each: when,
// what, and "läuft gerade", "gleich" or "fällt heute aus" where that applies. What is over is left
// out. Nothing scrolls: the rows go on pages, each row whole. The screen aims for
// targetRowsPerPage rows a page; to reach that it gives up, in this order, the time beside the
// title, the heading's size and the date beside or under it; then it pages (below the rows, or
// beside them where the height is short); only then does the title's text get smaller (and the
// heading with it). Where no variant reaches the target, the one with the fewest pages wins; the
// heading goes only where not one row fits with it.
//
// While the screen is current it follows the Schedule (changed()) and the clock: every minute
// for the marks and the sessions that end, and at midnight for the next day. Left or
// interrupted, it rests, and reads the day afresh when it is current again.
class ProgrammeTodayScreen : public Screen
{
    Q_OBJECT

public:
    static constexpr int targetRowsPerPage = 3;

    ProgrammeTodayScreen(const Theme &theme, Schedule &schedule, const Clock &clock,
                         QWidget *parent = nullptr);
    ~ProgrammeTodayScreen() override;

    QString screenName() const override;
    // The heading, the date, the sessions of the current page (time, title, mark) or the empty
    // sentence, and the page.
    QString spokenText() const override;

    // Reads the day again from the Schedule, at the clock's now; keeps the page where it still
    // exists.
    void refresh();

    QDate day() const { return m_today; }
    const QList<ProgrammeEntry> &entries() const { return m_entries; }
    // The rows on the current page, top to bottom.
    QList<ProgrammeRow *> visibleRows() const;
    PageSwitcher *pageSwitcher() const { return m_pager; }
    int page() const;
    int pageCount() const;
    QLabel *headingLabel() const { return m_heading; }
    QLabel *dateLabel() const { return m_date; }
    QLabel *emptyLabel() const { return m_empty; }
    const ProgrammeRowStyle &rowStyle() const { return m_arrangement.row; }
    // The minute ticker while the screen is current; nullptr otherwise.
    const MinuteTicker *ticker() const { return m_ticker.get(); }

protected:
    void activated() override;
    void deactivated() override;
    void interrupted() override;
    void resumed() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class PagerPlace
    {
        None,
        Below,
        Beside
    };
    struct Head
    {
        bool shown; // the heading; only in the last resort not
        Theme::TextRole role;
        bool date;
    };
    struct Variant
    {
        Theme::TextRole title;
        PagerPlace pager;
        Head head;
        ProgrammeRowStyle::Arrangement arrangement;
    };
    struct Arrangement
    {
        Variant variant{};
        ProgrammeRowStyle row;
        bool dateBeside = false; // the date on the heading's line
        int headHeight = 0;
        QRect rows;
        QRect pagerRect;
        QList<int> heights;   // of each row
        QList<int> pageStart; // the first row of each page
    };
    // The rows' heights of one style at one width, measured once per arrangement.
    using RowHeights =
        std::map<std::tuple<Theme::TextRole, ProgrammeRowStyle::Arrangement, int>, QList<int>>;

    // From the richest to the least; without the heading only for the last resort.
    static QList<Variant> variants(bool withHeading);
    // Lays out the heading and the rows (each not taller than the room for them) in `inner`;
    // nothing when a text cannot show whole words or a row does not fit on a page.
    std::optional<Arrangement> measure(const Variant &variant, bool wholeWords, const QRect &inner,
                                       RowHeights &heights);
    Arrangement arrange(const QRect &inner);
    // Bold in every size, as the Heading role is.
    QFont headingFont(Theme::TextRole role) const;
    void start();
    void stop();
    void relayout();
    void showPage(int page);

    const Theme &m_theme;
    Schedule &m_schedule;
    const Clock &m_clock;
    std::unique_ptr<MinuteTicker> m_ticker;
    QDate m_today;
    QList<ProgrammeEntry> m_entries;
    Arrangement m_arrangement;

    QLabel *m_heading;
    QLabel *m_date;
    QLabel *m_empty;
    QList<ProgrammeRow *> m_rows; // one per entry
    PageSwitcher *m_pager;
};

} // namespace Dorfplatz
