#include "syncstatusbar.h"

#include "ui/kit/theme.h"

#include <QPainter>

namespace Dorfplatz {

namespace {

constexpr double heightMm = 8.0;
constexpr double minimumWidthMm = 40.0;

} // namespace

SyncStatusBar::SyncStatusBar(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SyncStatusBar::setProgress(int done, int total)
{
    m_total = std::max(0, total);
    m_done = std::clamp(done, 0, m_total);
    setAccessibleDescription(tr("%1 of %2 calendars").arg(m_done).arg(m_total));
    update();
}

QSize SyncStatusBar::sizeHint() const
{
    return minimumSizeHint();
}

QSize SyncStatusBar::minimumSizeHint() const
{
    return QSize(m_theme.px(minimumWidthMm), m_theme.px(heightMm));
}

void SyncStatusBar::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = m_theme.palette();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_theme.paintCard(
        painter, rect(),
        {.fill = palette.surface, .frame = palette.border, .corner = Theme::Corner::Small});
    const int inset = m_theme.px(Theme::borderMm) + m_theme.px(1);
    const QRectF inside = QRectF(rect()).adjusted(inset, inset, -inset, -inset);
    if (inside.isEmpty() || m_total <= 0 || m_done <= 0)
        return;
    QRectF fill = inside;
    fill.setWidth(inside.width() * m_done / m_total);
    m_theme.paintCard(painter, fill,
                      {.fill = palette.accent, .frame = {}, .corner = Theme::Corner::SmallInset});
}

} // namespace Dorfplatz
