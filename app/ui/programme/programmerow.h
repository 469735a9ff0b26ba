#pragma once

#include "programmeentry.h"
#include "ui/kit/theme.h"

#include <QWidget>

class QLabel;

namespace Dorfplatz {

// How the rows of a page are set: the title's text size, and the time beside the title (a column
// as wide as the widest time of the day, so the titles line up) or above it.
struct ProgrammeRowStyle
{
    enum class Arrangement
    {
        Side,
        Stacked,
    };
    Theme::TextRole title = Theme::TextRole::Label;
    Arrangement arrangement = Arrangement::Stacked;
    int timeWidth = 0; // Side only
    // False: a word wider than its column may break (only where nothing fits otherwise).
    bool wholeWords = true;
};

// One session of the day on a card: the time, a mark where one applies ("läuft gerade",
// "gleich", "fällt heute aus", in reverse like the events' "Abgesagt" mark) and the title in
// large type, wrapped, never cut. A cancelled title is struck through as well, and the session
// on now has a thicker frame: the meaning never hangs on the mark's colour alone. Rows are read,
// not tapped.
class ProgrammeRow : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeRow(const Theme &theme, QWidget *parent = nullptr);

    void setEntry(const ProgrammeEntry &entry);
    const ProgrammeEntry &entry() const { return m_entry; }

    // Takes `style` and returns the height the row needs at `width`; -1 when it cannot show its
    // texts whole at that width.
    int fit(const ProgrammeRowStyle &style, int width);
    const ProgrammeRowStyle &style() const { return m_style; }
    // The time column a Side row needs for the time and the mark on lines of their own.
    int naturalTimeWidth() const;

    QLabel *timeLabel() const { return m_time; }
    QLabel *markLabel() const { return m_mark; }
    QLabel *titleLabel() const { return m_title; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Geometry
    {
        QRect time;
        QRect mark;
        QRect title;
        int height = -1;
    };
    Geometry arrange(int width) const;
    int markWidth() const;

    const Theme &m_theme;
    ProgrammeEntry m_entry;
    ProgrammeRowStyle m_style;
    QLabel *m_time;
    QLabel *m_mark;
    QLabel *m_title;
};

} // namespace Dorfplatz
