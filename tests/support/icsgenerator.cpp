#include "icsgenerator.h"

#include <QStringList>

namespace Dorfplatz::Test {

using namespace Qt::StringLiterals;

namespace {

const QStringList places{u"Kusel, Fritz-Wunderlich-Halle"_s, u"Altenglan, Protestantische Kirche"_s,
                         u"Rammelsbach, Festplatz"_s,        u"Wolfstein, Rathaus"_s,
                         u"Lauterecken, Veldenzhalle"_s,     u"Waldmohr, Marktplatz"_s,
                         u"Ulmet, Dorfgemeinschaftshaus"_s,  u"Konken, Gemeindehalle"_s};

QByteArray folded(const QString &line)
{
    QByteArray bytes = line.toUtf8();
    QByteArray out;
    while (bytes.size() > 75) {
        qsizetype cut = 75;
        while ((static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut; // never inside a multi-byte character
        out += bytes.left(cut) + "\r\n ";
        bytes = bytes.mid(cut);
    }
    return out + bytes + "\r\n";
}

} // namespace

QByteArray IcsGenerator::generate() const
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dorfplatz//Testdaten//DE\r\n"
                     "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
                     "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
                     "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                     "END:DAYLIGHT\r\n"
                     "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
                     "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                     "END:STANDARD\r\nEND:VTIMEZONE\r\n";
    const QString sentence = u"Gemütliches Beisammensein mit Musik, Kaffee und Kuchen für Jung und "
                             "Alt – der Förderverein freut sich auf Sie. "_s;
    QString description;
    while (description.toUtf8().size() < descriptionBytes)
        description += sentence;
    description = description.left(descriptionBytes);
    const int recurringEvery = recurringPercent > 0 ? 100 / recurringPercent : 0;
    const int allDayEvery = allDayPercent > 0 ? 100 / allDayPercent : 0;
    for (int i = 0; i < events; ++i) {
        const QDate day = firstDay.addDays(days > 0 ? i % days : 0);
        const QString date = day.toString(u"yyyyMMdd"_s);
        out += "BEGIN:VEVENT\r\n";
        out += folded(u"UID:event-%1@test.dorfplatz.invalid"_s.arg(i));
        out += "DTSTAMP:20260101T000000Z\r\n";
        if (allDayEvery > 0 && i % allDayEvery == 1) {
            out += folded(u"DTSTART;VALUE=DATE:%1"_s.arg(date));
            out += folded(u"DTEND;VALUE=DATE:%1"_s.arg(day.addDays(1).toString(u"yyyyMMdd"_s)));
        } else {
            const int hour = 8 + i % 12;
            out += folded(u"DTSTART;TZID=Europe/Berlin:%1T%2%3"_s.arg(date)
                              .arg(hour, 2, 10, QChar(u'0'))
                              .arg(u"0000"_s));
            out += folded(u"DTEND;TZID=Europe/Berlin:%1T%2%3"_s.arg(date)
                              .arg(hour + 2, 2, 10, QChar(u'0'))
                              .arg(u"0000"_s));
        }
        if (recurringEvery > 0 && i % recurringEvery == 0)
            out += "RRULE:FREQ=WEEKLY\r\n";
        out += folded(u"SUMMARY:%1 %2: Seniorennachmittag"_s.arg(titlePrefix).arg(i));
        out += folded(
            u"LOCATION:%1"_s.arg(QString(places.at(i % places.size())).replace(u","_s, u"\\,"_s)));
        out += folded(u"DESCRIPTION:%1"_s.arg(QString(description).replace(u","_s, u"\\,"_s)));
        out += "CATEGORIES:Senioren,Geselligkeit\r\n";
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace Dorfplatz::Test
