#include "pagedrows.h"

#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"

#include <QVBoxLayout>

#include <algorithm>

namespace Dorfplatz {

PagedRows::PagedRows(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_gap(theme.px(Theme::gapMm))
    , m_area(new QWidget)
    , m_switcher(new PageSwitcher(theme))
{
    // The paging buttons keep their room on a single page, so a page holds the same rows.
    QSizePolicy policy = m_switcher->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_switcher->setSizePolicy(policy);
    m_switcher->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(m_gap);
    layout->addWidget(m_area, 1);
    layout->addWidget(m_switcher);
    connect(m_switcher, &PageSwitcher::pageChanged, this, &PagedRows::setPage);
}

void PagedRows::setRows(const QList<QWidget *> &rows, int visibleRow)
{
    qDeleteAll(m_rows);
    m_rows = rows;
    for (QWidget *row : m_rows)
        row->setParent(m_area);
    place();
    setPage(std::clamp(visibleRow, 0, int(m_rows.size()) - 1) / std::max(1, m_perPage));
}

int PagedRows::pageCount() const
{
    return std::max(1, int((m_rows.size() + m_perPage - 1) / std::max(1, m_perPage)));
}

int PagedRows::rowHeight() const
{
    // At the width they get: a wrapping label measured at its narrowest would ask for lines
    // it does not need.
    const int width = m_area->width();
    int height = 0;
    for (const QWidget *row : m_rows) {
        const int wanted = width > 0 && row->hasHeightForWidth() ? row->heightForWidth(width)
                                                                 : row->sizeHint().height();
        height = std::max(height, wanted);
    }
    return height;
}

QSize PagedRows::minimumSizeHint() const
{
    return {0, rowHeight() + m_switcher->sizeHint().height() + m_gap};
}

void PagedRows::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place();
}

void PagedRows::setPage(int page)
{
    m_page = std::clamp(page, 0, pageCount() - 1);
    m_switcher->setPage(m_page);
    const int width = m_area->width();
    const int height = rowHeight();
    for (int i = 0; i < m_rows.size(); ++i) {
        QWidget *row = m_rows.at(i);
        const int slot = i - m_page * m_perPage;
        const bool shown = slot >= 0 && slot < m_perPage;
        if (shown)
            row->setGeometry(0, slot * (height + m_gap), width, height);
        row->setVisible(shown);
    }
}

void PagedRows::place()
{
    const int height = rowHeight();
    m_perPage = height > 0 ? std::max(1, (m_area->height() + m_gap) / (height + m_gap)) : 1;
    m_switcher->setPageCount(pageCount());
    m_switcher->setVisible(pageCount() > 1);
    setPage(m_page);
}

} // namespace Dorfplatz
