#include "eventspokentext.h"

#include "core/i18n/spokentext.h"
#include "eventtimetext.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QStringList EventSpokenText::when(const EventOccurrence &occurrence, QDate day,
                                  const QDateTime &reference)
{
    // The same cases as EventTimeText::when(), said instead of shown.
    const QDate today = reference.date();
    if (occurrence.allDay && occurrence.startDate.isValid()) {
        const QDate end = occurrence.endDate;
        if (!end.isValid() || end <= occurrence.startDate.addDays(1))
            return {allDay()};
        return {SpokenText::untilDate(end.addDays(-1), today)};
    }
    const QDateTime start = EventDay::inZoneOf(occurrence.start, reference);
    const QDateTime end = EventDay::inZoneOf(occurrence.end, reference);
    const QDate first = start.date();
    const QDate last = end > start ? end.addMSecs(-1).date() : first;
    if (first == last || (last == first.addDays(1) && start.secsTo(end) <= 24 * 3600)) {
        if (end <= start)
            return {SpokenText::time(start.time())};
        return {SpokenText::range(start.time(), end.time())};
    }
    if (first >= day)
        return {SpokenText::from(start.time()), SpokenText::untilDate(last, today)};
    if (last <= day)
        return {SpokenText::until(end.time())};
    return {SpokenText::untilDate(last, today)};
}

QStringList EventSpokenText::card(const EventEntry &entry, const QDateTime &now, bool showDay,
                                  const QString &shortText)
{
    const EventOccurrence &occurrence = entry.occurrence;
    QStringList parts;
    if (showDay)
        parts.append(SpokenText::day(entry.day, now.date()));
    parts += when(occurrence, entry.day, now);
    if (occurrence.cancelled)
        parts.append(cancelled());
    const QString title = occurrence.title.simplified();
    parts.append(title.isEmpty() ? EventTimeText::untitled() : title);
    parts.append(place(occurrence.location));
    parts.append(shortText);
    return parts;
}

QStringList EventSpokenText::detail(const EventEntry &entry, const QDateTime &now)
{
    const EventOccurrence &occurrence = entry.occurrence;
    QStringList parts{SpokenText::dayAndDate(entry.day, now.date())};
    parts += when(occurrence, entry.day, now);
    if (occurrence.cancelled)
        parts.append(cancelled());
    const QString title = occurrence.title.simplified();
    parts.append(title.isEmpty() ? EventTimeText::untitled() : title);
    parts.append(place(occurrence.location));
    parts.append(occurrence.description);
    parts.append(backHint());
    return parts;
}

QStringList EventSpokenText::nothingMoreToday(const EventEntry &tomorrow, const QDateTime &now)
{
    const EventOccurrence &occurrence = tomorrow.occurrence;
    const QString title = occurrence.title.simplified();
    const QString what = title.isEmpty() ? EventTimeText::untitled() : title;
    //: Read aloud when every event of today is over: "Heute ist nichts mehr los."
    QStringList parts{tr("Nothing more is on today.")};
    if (occurrence.allDay && occurrence.startDate.isValid()) {
        //: Read aloud after "Nothing more is on today.", for an all-day event:
        //: "Morgen den ganzen Tag: %1" (%1 the event's title)
        parts.append(tr("Tomorrow all day: %1").arg(what));
    } else {
        //: Read aloud after "Nothing more is on today.": "Morgen um %1: %2" (%1 a spoken time
        //: such as "19 Uhr 30", %2 the event's title)
        parts.append(
            tr("Tomorrow at %1: %2")
                .arg(SpokenText::time(EventDay::inZoneOf(occurrence.start, now).time()), what));
    }
    return parts;
}

QString EventSpokenText::shortText(const QString &shown)
{
    const QString text = shown.trimmed();
    if (!text.endsWith(u"…"_s))
        return text;
    const QString cut = text.chopped(1).trimmed();
    for (qsizetype i = cut.size() - 1; i > 0; --i) {
        const QChar c = cut.at(i);
        if ((c == u'.' || c == u'!' || c == u'?') && cut.at(i - 1).isLetter())
            return cut.left(i + 1);
    }
    return cut;
}

QString EventSpokenText::allDay()
{
    //: Read aloud for an event without a time: "Den ganzen Tag"
    return tr("All day");
}

QString EventSpokenText::cancelled()
{
    //: Read aloud for a cancelled event: "Fällt aus"
    return tr("Cancelled", "read aloud");
}

QString EventSpokenText::place(const QString &place)
{
    const QString simplified = place.simplified();
    if (simplified.isEmpty())
        return {};
    //: Where an event is, read aloud: "Ort: %1"
    return tr("Place: %1").arg(simplified);
}

QString EventSpokenText::openHint()
{
    //: Read aloud after the events of a page: "Tippen Sie auf eine Veranstaltung, dann sehen
    //: Sie alles."
    return tr("Tap an event to see all of it.");
}

QString EventSpokenText::backHint()
{
    //: Read aloud at the end of an event's whole text (the button is "Zurück zur Liste"):
    //: "Tippen Sie auf Zurück zur Liste. Dann sehen Sie wieder alle Veranstaltungen."
    return tr("Tap \"Back to the list\" to see all events again.");
}

} // namespace Dorfplatz
