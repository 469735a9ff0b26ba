#include "programmetext.h"

namespace Dorfplatz {

QString ProgrammeText::when(QTime start, QTime end, const QLocale &locale)
{
    //: Time format of the programme (QTime format codes): "H:mm" gives "9:05".
    const QString format = tr("H:mm");
    if (end == start)
        return locale.toString(start, format);
    // A no-break space keeps "10:00 –" together when the line has to wrap.
    //: From one time to another: "10:00 – 10:45 Uhr"
    return tr("%1\u00A0– %2").arg(locale.toString(start, format), locale.toString(end, format));
}

QString ProgrammeText::date(QDate date, const QLocale &locale)
{
    //: The date under "Programm heute" (QDate format codes): "Sonntag, 6. Dezember"
    return locale.toString(date, tr("dddd, d MMMM"));
}

QString ProgrammeText::heading()
{
    //: Title of the residents' screen with today's sessions in the room: "Programm heute"
    return tr("Today's programme");
}

QString ProgrammeText::running()
{
    //: Mark of the session that is on now: "läuft gerade"
    return tr("on now");
}

QString ProgrammeText::soon()
{
    //: Mark of a session that starts within ten minutes: "gleich"
    return tr("starting soon");
}

QString ProgrammeText::cancelled()
{
    //: Mark of a session that does not take place today: "fällt heute aus"
    return tr("cancelled today");
}

QString ProgrammeText::nothingToday()
{
    //: No session planned for today: "Heute steht nichts auf dem Programm."
    return tr("There is nothing on the programme today.");
}

QString ProgrammeText::nothingMore()
{
    //: Every session of today is over: "Heute gibt es kein Programm mehr."
    return tr("There is nothing more on the programme today.");
}

} // namespace Dorfplatz
