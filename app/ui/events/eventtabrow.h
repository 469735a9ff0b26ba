#pragma once

#include "eventday.h"
#include "ui/kit/theme.h"

#include <QRect>
#include <QString>

#include <array>

class QWidget;

namespace Dorfplatz {

class EventTab;

// The three tabs of "Was ist los?" ("Heute", "Morgen", "Diese Woche") in one row: the largest
// text with which all three stand on one line, each widened by the same share; body text on two
// lines where even that is too wide. Words are never cut.
class EventTabRow
{
public:
    // `texts` in the order of EventDay::Range; the tabs become children of `parent`, named
    // "tab-today", "tab-tomorrow" and "tab-week".
    EventTabRow(const Theme &theme, const std::array<QString, 3> &texts, QWidget *parent);

    EventTab *tab(EventDay::Range range) const { return m_tabs.at(size_t(range)); }
    void select(EventDay::Range range);
    // The tabs at the least height a finger still hits (Theme::controlMinMm), or not.
    void setCompact(bool compact);
    // Compact text a little smaller still, down to body text at 100 %, where that keeps the three
    // on one line `width` wide.
    void shrinkToOneLine(int width);
    // Places the tabs in `row` with text no larger than `largest`; returns their height.
    int layout(const QRect &row, Theme::TextRole largest);

private:
    const Theme &m_theme;
    std::array<EventTab *, 3> m_tabs{};
};

} // namespace Dorfplatz
