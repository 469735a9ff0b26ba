#include "usagechart.h"

#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Between the bars, in mm: wide enough that two numbers never run into each other.
constexpr double barGapMm = 3.0;

} // namespace

UsageChart::UsageChart(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
{
    setObjectName(u"chart"_s);
    setFont(theme.font(Theme::TextRole::Staff));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UsageChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

QString UsageChart::valueText(qint64 value)
{
    return QLocale().toString(value);
}

int UsageChart::labelHeight() const
{
    int lines = 1;
    for (const Bar &bar : m_bars)
        lines = std::max(lines, int(bar.label.count(u'\n')) + 1);
    return lines * QFontMetrics(font()).lineSpacing();
}

int UsageChart::valueHeight() const
{
    return QFontMetrics(font()).height();
}

int UsageChart::slotWidth() const
{
    return m_bars.isEmpty() ? width() : width() / int(m_bars.size());
}

QRect UsageChart::plotRect() const
{
    // Room for the numbers above the tallest bar and the months below.
    const int gap = m_theme.px(1);
    const int top = valueHeight() + gap;
    const int bottom = labelHeight() + gap;
    return QRect(0, top, width(), std::max(0, height() - top - bottom));
}

QRect UsageChart::barRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    qint64 maximum = 0;
    for (const Bar &bar : m_bars)
        maximum = std::max(maximum, bar.value);
    const QRect plot = plotRect();
    const int slot = slotWidth();
    const int gap = std::min(m_theme.px(barGapMm), slot / 3);
    const qint64 value = m_bars[index].value;
    int barHeight = maximum > 0 ? int(double(plot.height()) * double(value) / double(maximum)) : 0;
    // Something is never drawn as nothing: 45 minutes beside 5000 still shows a bar.
    if (value > 0)
        barHeight = std::max(barHeight, std::min(m_theme.px(1.5), plot.height()));
    return QRect(index * slot + gap / 2, plot.bottom() + 1 - barHeight, slot - gap, barHeight);
}

QRect UsageChart::valueRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const QRect bar = barRect(index);
    const int slot = slotWidth();
    return QRect(index * slot, bar.top() - valueHeight() - m_theme.px(0.5), slot, valueHeight());
}

QRect UsageChart::labelRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const int slot = slotWidth();
    return QRect(index * slot, height() - labelHeight(), slot, labelHeight());
}

QSize UsageChart::minimumSizeHint() const
{
    // Each month as wide as its widest text, and some height for the bars.
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const Bar &bar : m_bars) {
        for (const QString &line : bar.label.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        widest = std::max(widest, metrics.horizontalAdvance(valueText(bar.value)));
    }
    const int slot = widest + m_theme.px(barGapMm);
    return QSize(slot * int(std::max<qsizetype>(1, m_bars.size())),
                 valueHeight() + labelHeight() + m_theme.px(20));
}

QSize UsageChart::sizeHint() const
{
    return minimumSizeHint().expandedTo(QSize(0, m_theme.px(60)));
}

void UsageChart::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = m_theme.palette();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const QRect plot = plotRect();
    // The base line: a month without anything still has its place.
    const int line = std::max(1, m_theme.px(0.5));
    painter.fillRect(QRect(0, plot.bottom() + 1 - line, width(), line), palette.text);
    for (int i = 0; i < m_bars.size(); ++i) {
        const QRect bar = barRect(i);
        if (bar.height() > 0) {
            m_theme.paintCard(painter, bar,
                              {.fill = palette.accent,
                               .frame = palette.border,
                               .frameMm = Theme::borderMm / 2,
                               .line = Qt::SolidLine,
                               .corner = Theme::Corner::Badge});
        }
        painter.setPen(palette.text);
        painter.drawText(valueRect(i), Qt::AlignHCenter | Qt::AlignBottom,
                         valueText(m_bars[i].value));
        painter.drawText(labelRect(i), Qt::AlignHCenter | Qt::AlignTop, m_bars[i].label);
    }
}

} // namespace Dorfplatz
