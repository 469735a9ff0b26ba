#include "textlabel.h"

#include <QFontMetrics>
#include <QLabel>

#include <climits>

namespace Dorfplatz {

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

} // namespace Dorfplatz
