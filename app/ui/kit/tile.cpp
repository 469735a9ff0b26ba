#include "tile.h"

#include "picture.h"
#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <climits>
#include <utility>

namespace Dorfplatz {

namespace {

constexpr double paddingMm = 3.0;
constexpr double pictureMinMm = 12.0;
constexpr int labelFlags = Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop;

QRect textBounds(const Theme &theme, const QString &label, int width)
{
    const QFontMetrics metrics(theme.font(Theme::TextRole::Label));
    return metrics.boundingRect(QRect(0, 0, width, INT_MAX / 2), labelFlags, label);
}

} // namespace

Tile::Tile(const Theme &theme, QString label, QString picturePath, QWidget *parent)
    : TapButton(theme, parent)
    , m_label(std::move(label))
    , m_picturePath(std::move(picturePath))
{
    setText(m_label);
    setAccessibleName(m_label);
}

QRect Tile::labelRect(const Theme &theme, const QString &label, QSize size)
{
    const int padding = theme.px(paddingMm);
    const int width = size.width() - 2 * padding;
    const QRect bounds = textBounds(theme, label, width);
    return QRect(padding, size.height() - padding - bounds.height(), width, bounds.height());
}

QRect Tile::pictureRect(const Theme &theme, const QString &label, QSize size)
{
    const int padding = theme.px(paddingMm);
    const QRect text = labelRect(theme, label, size);
    return QRect(padding, padding, size.width() - 2 * padding, text.top() - 2 * padding);
}

bool Tile::fits(const Theme &theme, const QString &label, QSize size)
{
    const int padding = theme.px(paddingMm);
    const int width = size.width() - 2 * padding;
    if (width <= 0)
        return false;
    // A word longer than the tile is wide makes the bounds wider than asked for.
    if (textBounds(theme, label, width).width() > width)
        return false;
    return pictureRect(theme, label, size).height() >= theme.px(pictureMinMm);
}

void Tile::resizeEvent(QResizeEvent *event)
{
    m_picture = {};
    m_pressedPicture = {};
    TapButton::resizeEvent(event);
}

void Tile::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = theme().palette();
    const bool pressed = isDown();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    theme().paintCard(painter, rect(),
                      {.fill = pressed ? palette.pressed : palette.surface,
                       .frame = pressed ? palette.pressed : palette.border});

    const QRect pictureBox = pictureRect(theme(), m_label, size());
    QPixmap &picture = pressed ? m_pressedPicture : m_picture;
    if (picture.isNull())
        picture = renderPicture(m_picturePath, pictureBox.size(),
                                pressed ? palette.pressedText : palette.icon, devicePixelRatioF());
    if (!picture.isNull()) {
        const QSize shown = picture.deviceIndependentSize().toSize();
        const QPoint topLeft(pictureBox.x() + (pictureBox.width() - shown.width()) / 2,
                             pictureBox.y() + (pictureBox.height() - shown.height()) / 2);
        painter.drawPixmap(topLeft, picture);
    }

    painter.setFont(theme().font(Theme::TextRole::Label));
    painter.setPen(pressed ? palette.pressedText : palette.text);
    painter.drawText(labelRect(theme(), m_label, size()), labelFlags, m_label);
}

} // namespace Dorfplatz
