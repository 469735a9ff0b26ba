#include "ui/kit/choicegrid.h"

#include "ui/kit/bigbutton.h"

#include <algorithm>

namespace Dorfplatz {

ChoiceGrid::ChoiceGrid(int gap, QWidget *parent)
    : QWidget(parent)
    , m_gap(gap)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChoiceGrid::add(BigButton *button)
{
    button->setParent(this);
    button->show();
    m_buttons.append(button);
    updateGeometry();
}

QSize ChoiceGrid::cell() const
{
    QSize size;
    for (const BigButton *button : m_buttons)
        size = size.expandedTo(button->sizeHint());
    return size;
}

int ChoiceGrid::columnsFor(int width) const
{
    const int cellWidth = std::max(1, cell().width());
    return std::clamp((width + m_gap) / (cellWidth + m_gap), 1, maxColumns);
}

int ChoiceGrid::heightForWidth(int width) const
{
    if (m_buttons.isEmpty())
        return 0;
    const int columns = columnsFor(width);
    const int rows = int((m_buttons.size() + columns - 1) / columns);
    return rows * cell().height() + (rows - 1) * m_gap;
}

QSize ChoiceGrid::sizeHint() const
{
    const int width = maxColumns * (cell().width() + m_gap) - m_gap;
    return {width, heightForWidth(width)};
}

QSize ChoiceGrid::minimumSizeHint() const
{
    return {cell().width(), heightForWidth(cell().width())};
}

void ChoiceGrid::resizeEvent(QResizeEvent *)
{
    placeButtons();
}

void ChoiceGrid::placeButtons()
{
    updateGeometry();
    const int columns = columnsFor(width());
    const int cellWidth = (width() - (columns - 1) * m_gap) / columns;
    const int cellHeight = cell().height();
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        const int row = int(i / columns);
        const int column = int(i % columns);
        m_buttons.at(i)->setGeometry(column * (cellWidth + m_gap), row * (cellHeight + m_gap),
                                     cellWidth, cellHeight);
    }
}

} // namespace Dorfplatz
