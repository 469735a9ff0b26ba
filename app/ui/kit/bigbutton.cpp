#include "bigbutton.h"

#include "picture.h"

#include <QFontMetrics>
#include <QPainter>

#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
constexpr double paddingMm = 4.0;
constexpr double spacingMm = 3.0;
} // namespace

BigButton::BigButton(const Theme &theme, const QString &text, QString iconPath, Style style,
                     QWidget *parent)
    : TapButton(theme, parent)
    , m_iconPath(std::move(iconPath))
    , m_style(style)
{
    setText(text);
    setAccessibleName(text);
    setStaffControl(style == Style::Notice);
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

BigButton *BigButton::home(const Theme &theme, QWidget *parent)
{
    //: The way back to the tiles, on the header and on screens that have their own: "Startseite"
    return new BigButton(theme, tr("Home"), u":/icons/home.svg"_s, Style::Accent, parent);
}

QFont BigButton::buttonFont() const
{
    // Staff screens hold more controls than a resident's, for people who read them daily: running
    // text's size, still large.
    if (m_style == Style::Notice)
        return theme().font(Theme::TextRole::Staff);
    return theme().font(isStaffControl() ? Theme::TextRole::Body : Theme::TextRole::Button);
}

QString BigButton::shownText() const
{
    // A chosen chip says so in a sign as well as in its colour.
    return isCheckable() && isChecked() ? u"\u2713 "_s + text() : text();
}

int BigButton::iconSize() const
{
    if (m_iconPath.isEmpty())
        return 0;
    if (m_compact)
        return theme().px(Theme::controlMinMm) - 2 * theme().px(paddingMm);
    return QFontMetrics(buttonFont()).height();
}

void BigButton::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    updateGeometry();
    update();
}

void BigButton::setTextShown(bool shown)
{
    if (m_textShown == shown)
        return;
    m_textShown = shown;
    updateGeometry();
    update();
}

QSize BigButton::iconOnlySizeHint() const
{
    const QFontMetrics metrics(buttonFont());
    const int padding =
        theme().px(m_style == Style::Notice || isStaffControl() ? paddingMm / 2 : paddingMm);
    const int minimum =
        theme().px(isStaffControl() ? Theme::staffControlMinMm : Theme::controlMinMm);
    const int side = std::max(iconSize(), metrics.height()) + 2 * padding;
    return QSize(std::max(side, minimum), std::max(side, minimum));
}

QSize BigButton::sizeHint() const
{
    if (m_compact) {
        const int side = theme().px(Theme::controlMinMm);
        return QSize(side, side);
    }
    return m_textShown ? textSizeHint() : iconOnlySizeHint();
}

QSize BigButton::textSizeHint() const
{
    const QFontMetrics metrics(buttonFont());
    const int padding =
        theme().px(m_style == Style::Notice || isStaffControl() ? paddingMm / 2 : paddingMm);
    const int minimum =
        theme().px(isStaffControl() ? Theme::staffControlMinMm : Theme::controlMinMm);
    // Room for the check mark of a chip whether it is chosen or not: nothing jumps.
    const QString widest = isCheckable() ? u"\u2713 "_s + text() : text();
    int width =
        std::max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(m_reservedText)) +
        2 * padding;
    if (!m_iconPath.isEmpty())
        width += iconSize() + theme().px(spacingMm);
    const int height = metrics.height() + 2 * padding;
    return QSize(std::max(width, minimum), std::max(height, minimum));
}

void BigButton::setIconPath(const QString &iconPath)
{
    if (m_iconPath == iconPath)
        return;
    m_iconPath = iconPath;
    m_icon = {};
    updateGeometry();
    update();
}

void BigButton::setReservedText(const QString &text)
{
    m_reservedText = text;
    updateGeometry();
}

void BigButton::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = theme().palette();
    QColor background = m_style == Style::Notice ? palette.notice : palette.accent;
    QColor foreground = m_style == Style::Notice ? palette.noticeText : palette.accentText;
    QColor frame = m_style == Style::Notice ? palette.border : background;
    if (isDown()) {
        background = palette.pressed;
        foreground = palette.pressedText;
        frame = background;
    } else if (isCheckable() && !isChecked() && isEnabled()) {
        // A chip not chosen: framed, on the surface; chosen ones are filled.
        background = palette.surface;
        foreground = palette.text;
        frame = palette.border;
    } else if (!isEnabled()) {
        // Not now (an OK before the PIN is long enough): an outline, plainly not the same button.
        background = palette.surface;
        foreground = palette.border;
        frame = palette.border;
    }

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    theme().paintCard(painter, rect(), {.fill = background, .frame = frame});

    const QFontMetrics metrics(buttonFont());
    const int icon = iconSize();
    const bool withText = m_textShown && !m_compact;
    const int spacing = icon > 0 && withText ? theme().px(spacingMm) : 0;
    const QString label = withText ? shownText() : QString();
    const int contentWidth = icon + spacing + metrics.horizontalAdvance(label);
    int x = (width() - contentWidth) / 2;
    if (icon > 0) {
        if (m_icon.isNull() || m_iconColor != foreground || m_iconSide != icon) {
            m_icon = renderPicture(m_iconPath, QSize(icon, icon), foreground, devicePixelRatioF());
            m_iconColor = foreground;
            m_iconSide = icon;
        }
        painter.drawPixmap(x, (height() - icon) / 2, m_icon);
        x += icon + spacing;
    }
    painter.setFont(buttonFont());
    painter.setPen(foreground);
    painter.drawText(QRect(x, 0, width() - x, height()), Qt::AlignLeft | Qt::AlignVCenter, label);
}

} // namespace Dorfplatz
