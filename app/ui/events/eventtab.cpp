#include "eventtab.h"

#include <QFontMetrics>
#include <QPainter>

#include <climits>
#include <cmath>

namespace Dorfplatz {

namespace {
constexpr double paddingMm = 4.0;
constexpr double compactPaddingMm = 1.5;
constexpr int textFlags = Qt::AlignCenter | Qt::TextWordWrap;
} // namespace

EventTab::EventTab(const Theme &theme, const QString &text, QWidget *parent)
    : TapButton(theme, parent)
{
    setText(text);
    setAccessibleName(text);
}

void EventTab::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setAccessibleDescription(selected ? tr("selected") : QString());
    update();
}

void EventTab::setTextRole(Theme::TextRole role)
{
    if (role == m_role)
        return;
    m_role = role;
    updateGeometry();
    update();
}

void EventTab::setCompact(bool compact, int largestPixelSize)
{
    if (compact == m_compact && largestPixelSize == m_compactLargest)
        return;
    m_compact = compact;
    m_compactLargest = largestPixelSize;
    updateGeometry();
    update();
}

int EventTab::padding() const
{
    return theme().px(m_compact ? compactPaddingMm : paddingMm);
}

QFont EventTab::textFont() const
{
    QFont font = theme().font(m_compact ? Theme::TextRole::Body : m_role);
    font.setWeight(QFont::Bold);
    if (!m_compact)
        return font;
    // From the body size down, until a line and the padding fit in the smallest control.
    const int room = theme().px(Theme::controlMinMm) - 2 * padding();
    const int floor =
        int(std::ceil(font.pixelSize() / std::max(1.0, theme().metrics().textScale())));
    font.setPixelSize(std::max(floor, std::min(font.pixelSize(), m_compactLargest)));
    while (font.pixelSize() > floor && QFontMetrics(font).height() > room)
        font.setPixelSize(font.pixelSize() - 1);
    return font;
}

int EventTab::naturalWidth() const
{
    // A little more than the advance: the wrapped layout of heightFor() rounds differently.
    return QFontMetrics(textFont()).horizontalAdvance(text()) + 2 * padding() + 2;
}

int EventTab::minimumWidth() const
{
    const QFontMetrics metrics(textFont());
    int widest = 0;
    for (const QString &word : text().split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return std::max(widest + 2 * padding(), theme().px(Theme::controlMinMm));
}

int EventTab::heightFor(int width) const
{
    const int pad = padding();
    const QRect bounds = QFontMetrics(textFont())
                             .boundingRect(QRect(0, 0, std::max(1, width - 2 * pad), INT_MAX / 2),
                                           textFlags, text());
    return std::max(bounds.height() + 2 * pad, theme().px(Theme::controlMinMm));
}

QRect EventTab::textRect() const
{
    const int pad = padding();
    return rect().adjusted(pad, pad, -pad, -pad);
}

QSize EventTab::sizeHint() const
{
    const int width = std::max(naturalWidth(), theme().px(Theme::controlMinMm));
    return QSize(width, heightFor(width));
}

void EventTab::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = theme().palette();
    QColor background = m_selected ? palette.accent : palette.surface;
    QColor foreground = m_selected ? palette.accentText : palette.text;
    QColor frame = m_selected ? palette.accent : palette.border;
    if (isDown()) {
        background = frame = palette.pressed;
        foreground = palette.pressedText;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    theme().paintCard(painter, rect(), {.fill = background, .frame = frame});
    painter.setFont(textFont());
    painter.setPen(foreground);
    painter.drawText(textRect(), textFlags, text());
}

} // namespace Dorfplatz
