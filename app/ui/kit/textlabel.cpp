#include "textlabel.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <climits>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QLabel *textLabel(const Theme &theme, Theme::TextRole role, const QString &objectName,
                  QWidget *parent, TextLabelStyle style)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Never Qt's AutoText: much of what labels show comes from outside (a station's ICY title,
    // a calendar's event texts, a contact's name), and "<b>", "<img src=…>" or "<a href=…>" in
    // there must show as written, not be rendered or fetched as HTML.
    label->setTextFormat(Qt::PlainText);
    QFont font = theme.font(role);
    if (style.bold)
        font.setWeight(QFont::Bold);
    label->setFont(font);
    label->setAlignment(style.alignment);
    label->setWordWrap(style.wordWrap);
    return label;
}

int textHeight(const QLabel *label, int width, TextHeightRules rules)
{
    if ((rules.hiddenIsEmpty && label->isHidden()) || label->text().isEmpty())
        return 0;
    if (!rules.wholeWords)
        return label->heightForWidth(width);
    if (width <= 0)
        return -1;
    // A word longer than the width makes the bounds wider than asked for.
    const QRect bounds =
        QFontMetrics(label->font())
            .boundingRect(QRect(0, 0, width, INT_MAX / 2),
                          Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, label->text());
    return bounds.width() > width ? -1 : std::max(bounds.height(), label->heightForWidth(width));
}

void setFontIfChanged(QLabel *label, const QFont &font)
{
    if (label->font() != font)
        label->setFont(font);
}

QLineEdit *textField(const Theme &theme, const QString &objectName, int maxLength, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setFont(theme.font(Theme::TextRole::Body));
    field->setMaxLength(maxLength);
    field->setMinimumHeight(theme.px(Theme::staffControlMinMm));
    const ThemePalette &palette = theme.palette();
    field->setStyleSheet(
        u"QLineEdit { background: %1; color: %2; border: %3px solid %4; border-radius: %5px; "
        "padding: 0 %6px; }"_s.arg(palette.surface.name(), palette.text.name())
            .arg(std::max(1, theme.px(Theme::borderMm)))
            .arg(palette.border.name())
            .arg(int(theme.radius(Theme::Corner::Small)))
            .arg(theme.px(2)));
    return field;
}

} // namespace Dorfplatz
