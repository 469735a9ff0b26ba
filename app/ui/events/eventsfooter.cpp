#include "eventsfooter.h"

#include "eventday.h"
#include "eventtimetext.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QString EventsFooter::text(const QDateTime &lastSuccess, const QDateTime &lastAttempt,
                           bool attemptFailed, bool syncRunning, const QDateTime &now,
                           const QLocale &locale)
{
    if (syncRunning) {
        //: While dorfplatz-sync runs: "Wir holen gerade die neuen Veranstaltungen …"
        return tr("Updating the events …");
    }
    if (!lastSuccess.isValid()) {
        if (lastAttempt.isValid()) {
            //: No feed could ever be read: "Wir konnten die Veranstaltungen noch nicht laden.
            //: Wir versuchen es später noch einmal."
            return tr("The events could not be loaded yet. We will try again later.");
        }
        //: Nothing was ever loaded: "Die Veranstaltungen sind noch nicht da. Sie kommen von
        //: selbst, meist in der Nacht."
        return tr("The events have not been loaded yet. This happens by itself, usually at "
                  "night.");
    }
    const QDateTime when = EventDay::inZoneOf(lastSuccess, now);
    const qint64 days = when.date().daysTo(now.date());
    QString asOf;
    if (days == 0) {
        //: "Stand: heute, %1 Uhr"
        asOf = tr("As of: today, %1").arg(EventTimeText::time(when.time(), locale));
    } else if (days == 1) {
        //: "Stand: gestern, %1 Uhr"
        asOf = tr("As of: yesterday, %1").arg(EventTimeText::time(when.time(), locale));
    } else if (days == 2) {
        //: "Stand: vorgestern"
        asOf = tr("As of: the day before yesterday");
    } else {
        // Older (or a clock that went back): the date says it plainly.
        //: "Stand: Montag, 1. Dezember"
        asOf = tr("As of: %1").arg(EventTimeText::longDate(when.date(), now.date(), locale));
    }
    if (attemptFailed) {
        //: The newest attempt to load failed: "Stand: vorgestern — keine Verbindung"
        return tr("%1 — no connection").arg(asOf);
    }
    return asOf;
}

QString EventsFooter::attribution(const QStringList &attributions)
{
    QStringList distinct;
    for (const QString &text : attributions) {
        const QString trimmed = text.simplified();
        if (!trimmed.isEmpty() && !distinct.contains(trimmed))
            distinct.append(trimmed);
    }
    if (distinct.isEmpty())
        return {};
    //: Licence or attribution of the feeds: "Quelle: %1"
    return tr("Source: %1").arg(distinct.join(u"; "_s));
}

} // namespace Dorfplatz
