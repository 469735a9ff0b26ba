#include "playerbutton.h"

#include <QFontMetrics>
#include <QPainter>

#include <utility>

namespace Dorfplatz {

PlayerButton::PlayerButton(const Theme &theme, const QString &text, QString iconPath,
                           QWidget *parent)
    : BigButton(theme, text, std::move(iconPath), Style::Accent, parent)
    , m_labels{text}
{}

void PlayerButton::setLabels(const QStringList &labels)
{
    m_labels = labels;
    updateGeometry();
}

void PlayerButton::setLabel(const QString &label)
{
    if (label == text())
        return;
    setText(label);
    setAccessibleName(label);
    updateGeometry();
}

QSize PlayerButton::sizeHint() const
{
    // BigButton measures the label it shows; widen by what the widest other label needs more.
    QSize hint = BigButton::sizeHint();
    const QFontMetrics metrics(theme().font(Theme::TextRole::Button));
    const int shown = metrics.horizontalAdvance(text());
    for (const QString &label : m_labels)
        hint.setWidth(
            std::max(hint.width(), hint.width() - shown + metrics.horizontalAdvance(label)));
    return hint;
}

void PlayerButton::paintEvent(QPaintEvent *event)
{
    if (isEnabled()) {
        BigButton::paintEvent(event);
        return;
    }
    const ThemePalette &palette = theme().palette();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    theme().paintCard(painter, rect(), {.frame = palette.border, .line = Qt::DashLine});
    painter.setFont(theme().font(Theme::TextRole::Button));
    painter.setPen(palette.text);
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace Dorfplatz
