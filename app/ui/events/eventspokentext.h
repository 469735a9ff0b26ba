#pragma once

#include "eventday.h"

#include <QCoreApplication>
#include <QStringList>

namespace Dorfplatz {

// What "Vorlesen" says about an event, in sentences for SpokenText::sentences(): the cards of
// "Was ist los?" and an event's detail, in the order the eye reads them. The eye's words are
// EventTimeText's; these are the ear's ("von 19 bis 21 Uhr", "Fällt aus").
class EventSpokenText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::EventSpokenText)

public:
    // When `occurrence` is, as listed under `day`: "von 19 bis 21 Uhr", "Den ganzen Tag",
    // "ab 18 Uhr" and "bis Sonntag, 7. Dezember", "bis 14 Uhr". `reference`: the clock's now.
    static QStringList when(const EventOccurrence &occurrence, QDate day,
                            const QDateTime &reference);
    // One card: under "This week" its day, then the time, "Fällt aus", the title, the place and
    // `shortText` (what the card shows of the description).
    static QStringList card(const EventEntry &entry, const QDateTime &now, bool showDay,
                            const QString &shortText);
    // The detail: the day and date, the time, "Fällt aus", the title, the place, the whole
    // description, and how to get back to the list.
    static QStringList detail(const EventEntry &entry, const QDateTime &now);

    // "Today" when what was on today is over and `tomorrow` (not cancelled) comes next: the
    // same as the screen's empty sentence, for the ear ("Heute ist nichts mehr los. Morgen um
    // 19 Uhr 30: Chorprobe.").
    static QStringList nothingMoreToday(const EventEntry &tomorrow, const QDateTime &now);

    // The whole sentences of a description as a card shows it, cut short with "…": the text up
    // to the last sentence that ends before the cut, else the words shown.
    static QString shortText(const QString &shown);

    static QString allDay();
    static QString cancelled();
    static QString place(const QString &place);
    // Said at the end of a list of cards, and of the detail.
    static QString openHint();
    static QString backHint();
};

} // namespace Dorfplatz
