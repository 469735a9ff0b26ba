#include "pageswitcher.h"

#include "bigbutton.h"
#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

PageSwitcher::PageSwitcher(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_previous(new BigButton(theme, tr("back"), u":/icons/previous.svg"_s))
    , m_position(new QLabel)
    , m_next(new BigButton(theme, tr("more"), u":/icons/next.svg"_s))
{
    m_previous->setObjectName(u"previousPage"_s);
    m_next->setObjectName(u"nextPage"_s);
    m_position->setTextFormat(Qt::PlainText);
    m_position->setFont(theme.font(Theme::TextRole::Body));
    m_position->setAlignment(Qt::AlignCenter);
    // It takes the room the buttons leave; refresh() picks a text that fits in it.
    m_position->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (BigButton *button : {m_previous, m_next}) {
        QSizePolicy policy = button->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        button->setSizePolicy(policy);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_previous);
    layout->addWidget(m_position, 1);
    layout->addWidget(m_next);

    connect(m_previous, &BigButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &BigButton::clicked, this, [this] { setPage(m_page + 1); });
    refresh();
}

void PageSwitcher::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    m_orientation = orientation;
    auto *box = static_cast<QBoxLayout *>(layout());
    box->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight
                                                    : QBoxLayout::TopToBottom);
    // Stacked, the position takes only what the buttons leave (refresh() empties it where no
    // line fits): its font's height must never squeeze the buttons.
    m_position->setSizePolicy(QSizePolicy::Ignored, orientation == Qt::Horizontal
                                                        ? QSizePolicy::Preferred
                                                        : QSizePolicy::Ignored);
    refresh();
}

void PageSwitcher::setPageCount(int count)
{
    m_count = std::max(1, count);
    m_page = std::clamp(m_page, 0, m_count - 1);
    refresh();
}

void PageSwitcher::placeAtBottom(const QRect &area, int count)
{
    setPageCount(count);
    setVisible(m_count > 1);
    if (m_count > 1) {
        const int height = sizeHint().height();
        setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
    }
}

void PageSwitcher::setPage(int page)
{
    page = std::clamp(page, 0, m_count - 1);
    if (page == m_page)
        return;
    m_page = page;
    refresh();
    Q_EMIT pageChanged(m_page);
}

void PageSwitcher::refresh()
{
    m_previous->setVisible(m_page > 0);
    m_next->setVisible(m_page < m_count - 1);
    const QString full = tr("Page %1 of %2").arg(m_page + 1).arg(m_count);
    const QString brief = u"%1 / %2"_s.arg(m_page + 1).arg(m_count);
    const int room = m_position->contentsRect().width();
    const QFontMetrics metrics = m_position->fontMetrics();
    // Stacked in a short column, the buttons come first: the position only where a line fits
    // between them.
    const int spacing = layout()->spacing();
    const bool tallEnough =
        m_orientation == Qt::Horizontal ||
        height() - m_previous->sizeHint().height() - m_next->sizeHint().height() - 2 * spacing >=
            metrics.height();
    if (!tallEnough)
        m_position->clear();
    else if (metrics.horizontalAdvance(full) <= room)
        m_position->setText(full);
    else if (metrics.horizontalAdvance(brief) <= room)
        m_position->setText(brief);
    else
        m_position->clear();
    m_position->setAccessibleName(full);
}

void PageSwitcher::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

} // namespace Dorfplatz
