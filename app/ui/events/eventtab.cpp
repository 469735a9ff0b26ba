#include "eventtab.h"

#include <QFontMetrics>
#include <QPainter>

#include <climits>

namespace Dorfplatz {

namespace {
constexpr double paddingMm = 4.0;
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

QFont EventTab::textFont() const
{
    QFont font = theme().font(m_role);
    font.setWeight(QFont::Bold);
    return font;
}

int EventTab::naturalWidth() const
{
    return QFontMetrics(textFont()).horizontalAdvance(text()) + 2 * theme().px(paddingMm);
}

int EventTab::minimumWidth() const
{
    const QFontMetrics metrics(textFont());
    int widest = 0;
    for (const QString &word : text().split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return std::max(widest + 2 * theme().px(paddingMm), theme().px(Theme::controlMinMm));
}

int EventTab::heightFor(int width) const
{
    const int padding = theme().px(paddingMm);
    const QRect bounds =
        QFontMetrics(textFont())
            .boundingRect(QRect(0, 0, std::max(1, width - 2 * padding), INT_MAX / 2), textFlags,
                          text());
    return std::max(bounds.height() + 2 * padding, theme().px(Theme::controlMinMm));
}

QRect EventTab::textRect() const
{
    const int padding = theme().px(paddingMm);
    return rect().adjusted(padding, padding, -padding, -padding);
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
