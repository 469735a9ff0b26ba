#include "volumebar.h"

#include "ui/kit/theme.h"

#include <QPainter>

#include <algorithm>

namespace Dorfplatz {

namespace {
constexpr double minimumWidthMm = 30.0;
constexpr double heightMm = 14.0;
constexpr double stubShare = 0.06; // filled at the quietest level
} // namespace

VolumeBar::VolumeBar(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
{
    // Taps on the bar belong to the screen (the video overlay wakes on any tap).
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Volume"));
    updateAccessibleValue();
}

void VolumeBar::setRange(int minimum, int maximum)
{
    m_minimum = minimum;
    m_maximum = std::max(minimum, maximum);
    m_value = std::clamp(m_value, m_minimum, m_maximum);
    updateAccessibleValue();
    update();
}

void VolumeBar::setValue(int value)
{
    value = std::clamp(value, m_minimum, m_maximum);
    if (value == m_value)
        return;
    m_value = value;
    updateAccessibleValue();
    update();
}

double VolumeBar::fillRatio() const
{
    if (m_maximum == m_minimum)
        return 1.0;
    const double position = double(m_value - m_minimum) / double(m_maximum - m_minimum);
    return stubShare + (1.0 - stubShare) * position;
}

QSize VolumeBar::sizeHint() const
{
    return QSize(m_theme.px(3 * minimumWidthMm), m_theme.px(heightMm));
}

QSize VolumeBar::minimumSizeHint() const
{
    return QSize(m_theme.px(minimumWidthMm), m_theme.px(heightMm));
}

void VolumeBar::updateAccessibleValue()
{
    setAccessibleDescription(tr("%1 percent").arg(m_value));
}

void VolumeBar::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = m_theme.palette();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    // A trough in the surface colour with a border (>= 3:1 against the background), filled from
    // the left in the accent colour (>= 3:1 against the trough): the length carries the meaning,
    // not the colour.
    m_theme.paintCard(
        painter, rect(),
        {.fill = palette.surface, .frame = palette.border, .corner = Theme::Corner::Small});

    const int inset = m_theme.px(Theme::borderMm) + m_theme.px(1);
    const QRectF inside = QRectF(rect()).adjusted(inset, inset, -inset, -inset);
    if (inside.isEmpty())
        return;
    QRectF fill = inside;
    fill.setWidth(inside.width() * fillRatio());
    m_theme.paintCard(painter, fill,
                      {.fill = palette.accent, .frame = {}, .corner = Theme::Corner::SmallInset});
}

} // namespace Dorfplatz
