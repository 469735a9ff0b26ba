#pragma once

#include "eventcardlayout.h"
#include "ui/kit/tapbutton.h"

namespace Dorfplatz {

// One event in the list, as a large card: the time (and under "This week" the day), the title,
// the place and the first lines of the description. A cancelled event keeps its place with its
// title struck through and a "Cancelled" mark. A tap opens the whole text.
class EventCard : public TapButton
{
    Q_OBJECT

public:
    explicit EventCard(const Theme &theme, QWidget *parent = nullptr);

    void setContent(const EventEntry &entry, const EventCardTexts &texts,
                    const EventCardStyle &style);
    const EventCardStyle &style() const { return m_style; }

    const EventEntry &entry() const { return m_entry; }
    const EventCardTexts &texts() const { return m_texts; }
    // The lines as drawn, inside the card's rectangle.
    const QList<EventCardLine> &lines() const { return m_lines; }
    // The text of the lines of one kind, joined by spaces.
    QString shownText(EventCardLine::Kind kind) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    EventEntry m_entry;
    EventCardTexts m_texts;
    EventCardStyle m_style;
    QList<EventCardLine> m_lines;
};

} // namespace Dorfplatz
