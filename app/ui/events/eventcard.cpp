#include "eventcard.h"

#include "eventtimetext.h"
#include "ui/kit/theme.h"

#include <QPainter>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

EventCard::EventCard(const Theme &theme, QWidget *parent)
    : TapButton(theme, parent)
{
    setObjectName(u"eventCard"_s);
}

void EventCard::setContent(const EventEntry &entry, const EventCardTexts &texts,
                           const EventCardStyle &style)
{
    m_entry = entry;
    m_texts = texts;
    m_style = style;
    m_lines = EventCardLayout::lines(theme(), style, texts);
    // What a screen reader says: everything on the card, not only what fits.
    QStringList spoken{texts.day, texts.when, texts.title, texts.place};
    if (texts.cancelled)
        spoken.insert(2, EventTimeText::cancelled());
    spoken.removeAll(QString());
    setText(texts.title);
    setAccessibleName(spoken.join(u", "_s));
    setAccessibleDescription(texts.description);
    updateGeometry();
    update();
}

QString EventCard::shownText(EventCardLine::Kind kind) const
{
    QStringList parts;
    for (const EventCardLine &line : m_lines) {
        if (line.kind == kind)
            parts.append(line.text);
    }
    return parts.join(u' ');
}

QSize EventCard::sizeHint() const
{
    return QSize(m_style.width, m_style.height);
}

void EventCard::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = theme().palette();
    const bool pressed = isDown();
    const QColor background = pressed ? palette.pressed : palette.surface;
    const QColor foreground = pressed ? palette.pressedText : palette.text;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    theme().paintCard(painter, rect(),
                      {.fill = background, .frame = pressed ? palette.pressed : palette.border});

    for (const EventCardLine &line : std::as_const(m_lines)) {
        painter.setFont(
            EventCardLayout::font(theme(), line.kind, m_texts.cancelled, m_style.smallTitle));
        if (line.kind == EventCardLine::Kind::Badge) {
            // The mark in reverse: a block of text colour that reads at once.
            theme().paintCard(painter, line.rect,
                              {.fill = foreground, .frame = {}, .corner = Theme::Corner::Badge});
            painter.setPen(background);
            painter.drawText(line.rect, Qt::AlignCenter, line.text);
            continue;
        }
        painter.setPen(foreground);
        painter.drawText(line.rect, Qt::AlignLeft | Qt::AlignVCenter, line.text);
    }
}

} // namespace Dorfplatz
