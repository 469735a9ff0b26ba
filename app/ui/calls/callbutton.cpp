#include "callbutton.h"

#include "ui/kit/picture.h"
#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QPainter>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr double paddingMm = 5.0;
constexpr double spacingMm = 4.0;

QColor fillOf(const ThemePalette &palette, CallButton::Kind kind)
{
    return kind == CallButton::Kind::Answer ? palette.answer : palette.hangUp;
}

} // namespace

CallButton::CallButton(const Theme &theme, Kind kind, const QString &text, QWidget *parent)
    : TapButton(theme, parent)
    , m_kind(kind)
{
    setText(text);
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

QColor CallButton::fillColor(Kind kind)
{
    return fillOf(Theme::paletteFor(ThemeKind::Standard), kind);
}

QColor CallButton::textColor()
{
    return Theme::paletteFor(ThemeKind::Standard).callButtonText;
}

void CallButton::setIconShown(bool shown)
{
    if (shown == m_iconShown)
        return;
    m_iconShown = shown;
    updateGeometry();
    update();
}

int CallButton::iconSide() const
{
    return m_iconShown ? int(QFontMetrics(theme().font(Theme::TextRole::Button)).height() * 1.3)
                       : 0;
}

QSize CallButton::sizeHint() const
{
    const QFontMetrics metrics(theme().font(Theme::TextRole::Button));
    const int padding = theme().px(paddingMm);
    const int width = metrics.horizontalAdvance(text()) + iconSide() +
                      (m_iconShown ? theme().px(spacingMm) : 0) + 2 * padding;
    const int height = std::max(metrics.height(), iconSide()) + 2 * padding;
    return QSize(std::max(width, theme().px(minWidthMm)),
                 std::max(height, theme().px(minHeightMm)));
}

void CallButton::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = theme().palette();
    const QColor fill = isDown() ? palette.pressed : fillOf(palette, m_kind);
    const QColor foreground = isDown() ? palette.pressedText : palette.callButtonText;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // In the high-contrast theme the border keeps the button's edge visible on black.
    const QColor edge = theme().kind() == ThemeKind::HighContrast ? palette.border : fill;
    theme().paintCard(painter, rect(),
                      {.fill = fill, .frame = edge, .corner = Theme::Corner::Large});

    const QFont font = theme().font(Theme::TextRole::Button);
    const QFontMetrics metrics(font);
    const int icon = iconSide();
    const int spacing = m_iconShown ? theme().px(spacingMm) : 0;
    const int contentWidth = icon + spacing + metrics.horizontalAdvance(text());
    int x = std::max(0, (width() - contentWidth) / 2);
    if (m_iconShown && (m_icon.isNull() || m_iconColor != foreground)) {
        m_icon = renderPicture(u":/icons/call.svg"_s, QSize(icon, icon), foreground,
                               devicePixelRatioF());
        m_iconColor = foreground;
    }
    if (m_iconShown && !m_icon.isNull()) {
        painter.save();
        painter.translate(x + icon / 2.0, height() / 2.0);
        // The handset as drawn is lifted; turned down it says "put down".
        if (m_kind == Kind::HangUp)
            painter.rotate(135);
        const QSizeF shown = m_icon.deviceIndependentSize();
        painter.drawPixmap(QPointF(-shown.width() / 2, -shown.height() / 2), m_icon);
        painter.restore();
    }
    x += icon + spacing;
    painter.setFont(font);
    painter.setPen(foreground);
    painter.drawText(QRect(x, 0, width() - x, height()), Qt::AlignLeft | Qt::AlignVCenter, text());
}

} // namespace Dorfplatz
