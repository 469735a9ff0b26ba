#include "core/calls/visitinvitation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>
#include <memory>

Q_DECLARE_METATYPE(Dorfplatz::VisitInvitation)

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

class TestVisitInvitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenFileParsesBack();
    void summerTimeIsTheSameWallClock();
    void specialCharactersRoundTrip();
    void withoutAZoneTheTimeIsUtc();
    void rewritingReplacesTheFile();
    void incompleteInvitationIsRefused_data();
    void incompleteInvitationIsRefused();
};

namespace {

const QTimeZone berlin("Europe/Berlin");
const QUrl roomLink(u"https://meet.example.org/familie-mueller-7f3a"_s);

struct CalendarFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Calendar = std::unique_ptr<icalcomponent, CalendarFree>;

VisitInvitation invitation()
{
    VisitInvitation result;
    result.residentName = u"Erna Müller"_s;
    result.relativeName = u"Anna"_s;
    result.start = QDateTime(QDate(2026, 12, 7), QTime(15, 0), berlin);
    result.length = 30min;
    result.roomUrl = roomLink;
    result.homeName = u"Haus am Dorfplatz"_s;
    result.uid = u"visit-42@dorfplatz"_s;
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString text(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    if (!property)
        return u"<missing>"_s;
    return QString::fromUtf8(icalvalue_as_ical_string(icalproperty_get_value(property)));
}

QString plainText(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    if (!property)
        return u"<missing>"_s;
    return QString::fromUtf8(icalvalue_get_text(icalproperty_get_value(property)));
}

icalcomponent *eventOf(icalcomponent *calendar)
{
    return icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
}

QString tzidOf(icalproperty *property)
{
    icalparameter *parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return parameter ? QString::fromUtf8(icalparameter_get_tzid(parameter)) : QString();
}

// DTSTART as an instant, through the VTIMEZONE of the file itself.
QDateTime startInstant(icalcomponent *event)
{
    const icaltimetype start = icalcomponent_get_dtstart(event);
    const icaltimetype utc = icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone());
    return QDateTime(QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute, utc.second),
                     Qt::UTC);
}

} // namespace

void TestVisitInvitation::writtenFileParsesBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"einladungen/videobesuch.ics"_s);
    QString error;
    QVERIFY2(invitation().writeIcs(path, &error), qPrintable(error));
    const QByteArray ics = readAll(path);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    if (qEnvironmentVariableIsSet("DORFPLATZ_KEEP_PICTURES")) {
        QFile::remove(u"/tmp/invitation.ics"_s);
        QFile::copy(path, u"/tmp/invitation.ics"_s);
    }
    // Folded lines of at most 75 octets, each whole UTF-8 (libical folds between characters).
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 and the CR
        QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
    }

    const Calendar calendar(icalparser_parse_string(ics.constData()));
    QVERIFY(calendar);
    QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(text(calendar.get(), ICAL_PRODID_PROPERTY), u"-//Dorfplatz//Videobesuch//DE"_s);
    QCOMPARE(text(calendar.get(), ICAL_VERSION_PROPERTY), u"2.0"_s);
    QCOMPARE(text(calendar.get(), ICAL_METHOD_PROPERTY), u"PUBLISH"_s);

    icalcomponent *vtimezone =
        icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
    QVERIFY(vtimezone);
    QCOMPARE(text(vtimezone, ICAL_TZID_PROPERTY), u"Europe/Berlin"_s);

    icalcomponent *event = eventOf(calendar.get());
    QVERIFY(event);
    QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 1);

    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    QVERIFY(dtstart);
    QCOMPARE(tzidOf(dtstart), u"Europe/Berlin"_s);
    const icaltimetype wall = icalproperty_get_dtstart(dtstart);
    QCOMPARE(QDate(wall.year, wall.month, wall.day), QDate(2026, 12, 7));
    QCOMPARE(QTime(wall.hour, wall.minute, wall.second), QTime(15, 0));
    QCOMPARE(startInstant(event), QDateTime(QDate(2026, 12, 7), QTime(14, 0), Qt::UTC));

    QCOMPARE(icaldurationtype_as_int(icalcomponent_get_duration(event)), 30 * 60);
    QCOMPARE(text(event, ICAL_DURATION_PROPERTY), u"PT30M"_s);
    QCOMPARE(text(event, ICAL_URL_PROPERTY), roomLink.toString());
    QCOMPARE(plainText(event, ICAL_LOCATION_PROPERTY), roomLink.toString());
    QCOMPARE(plainText(event, ICAL_UID_PROPERTY), u"visit-42@dorfplatz"_s);
    QVERIFY(plainText(event, ICAL_SUMMARY_PROPERTY).contains(u"Erna Müller"_s));
    const QString description = plainText(event, ICAL_DESCRIPTION_PROPERTY);
    QVERIFY2(description.contains(roomLink.toString()), qPrintable(description));
    QVERIFY(description.contains(VisitInvitation::joinFromPhone()));
    QVERIFY(description.contains(VisitInvitation::joinFromComputer()));
    QVERIFY(icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY));

    icalcomponent *alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT);
    QVERIFY(alarm);
    QCOMPARE(text(alarm, ICAL_ACTION_PROPERTY), u"DISPLAY"_s);
    icalproperty *trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
    QVERIFY(trigger);
    QCOMPARE(icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration), -15 * 60);
    QVERIFY(!plainText(alarm, ICAL_DESCRIPTION_PROPERTY).isEmpty());
}

void TestVisitInvitation::summerTimeIsTheSameWallClock()
{
    VisitInvitation visit = invitation();
    visit.start = QDateTime(QDate(2027, 7, 5), QTime(15, 0), berlin);
    visit.length = 45min;
    const QDateTime stamp(QDate(2027, 6, 1), QTime(9, 30), Qt::UTC);
    const Calendar calendar(icalparser_parse_string(visit.toIcs(stamp).constData()));
    QVERIFY(calendar);
    icalcomponent *event = eventOf(calendar.get());
    QVERIFY(event);
    // 15:00 in Berlin in July is 13:00 UTC: the VTIMEZONE carries the summer rule.
    QCOMPARE(startInstant(event), QDateTime(QDate(2027, 7, 5), QTime(13, 0), Qt::UTC));
    QCOMPARE(text(event, ICAL_DURATION_PROPERTY), u"PT45M"_s);
    QCOMPARE(text(event, ICAL_DTSTAMP_PROPERTY), u"20270601T093000Z"_s);
}

void TestVisitInvitation::specialCharactersRoundTrip()
{
    VisitInvitation visit = invitation();
    visit.residentName = u"Müller, Erna; \"Oma\"\nzweite Zeile \\ Ende"_s;
    visit.uid = u"visit,42;x"_s;
    const QByteArray ics = visit.toIcs();
    // Escaped as RFC 5545 wants it, not written raw.
    QVERIFY2(ics.contains("Müller\\, Erna\\; \"Oma\"\\nzweite Zeile \\\\ Ende"), ics.constData());

    const Calendar calendar(icalparser_parse_string(ics.constData()));
    QVERIFY(calendar);
    icalcomponent *event = eventOf(calendar.get());
    QVERIFY(event);
    QCOMPARE(plainText(event, ICAL_SUMMARY_PROPERTY), visit.summary());
    QVERIFY(visit.summary().contains(visit.residentName));
    QCOMPARE(plainText(event, ICAL_UID_PROPERTY), u"visit,42;x"_s);
    QVERIFY(plainText(event, ICAL_DESCRIPTION_PROPERTY).startsWith(visit.lookingForward()));
}

void TestVisitInvitation::withoutAZoneTheTimeIsUtc()
{
    VisitInvitation visit = invitation();
    visit.start = QDateTime(QDate(2026, 12, 7), QTime(14, 0), Qt::UTC);
    const Calendar calendar(icalparser_parse_string(visit.toIcs().constData()));
    QVERIFY(calendar);
    QVERIFY(!icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT));
    icalcomponent *event = eventOf(calendar.get());
    QVERIFY(event);
    QCOMPARE(text(event, ICAL_DTSTART_PROPERTY), u"20261207T140000Z"_s);
    QVERIFY(tzidOf(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)).isEmpty());
}

void TestVisitInvitation::rewritingReplacesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"videobesuch.ics"_s);
    QString error;
    QVERIFY2(invitation().writeIcs(path, &error), qPrintable(error));
    VisitInvitation moved = invitation();
    moved.start = moved.start.addDays(1);
    QVERIFY2(moved.writeIcs(path, &error), qPrintable(error));

    const Calendar calendar(icalparser_parse_string(readAll(path).constData()));
    QVERIFY(calendar);
    icalcomponent *event = eventOf(calendar.get());
    QVERIFY(event);
    QCOMPARE(startInstant(event), QDateTime(QDate(2026, 12, 8), QTime(14, 0), Qt::UTC));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"videobesuch.ics"_s});
}

void TestVisitInvitation::incompleteInvitationIsRefused_data()
{
    QTest::addColumn<VisitInvitation>("visit");
    VisitInvitation noName = invitation();
    noName.residentName = u"  "_s;
    QTest::newRow("no name") << noName;
    VisitInvitation noTime = invitation();
    noTime.start = {};
    QTest::newRow("no time") << noTime;
    VisitInvitation noLength = invitation();
    noLength.length = 0min;
    QTest::newRow("no length") << noLength;
    VisitInvitation noLink = invitation();
    noLink.roomUrl = {};
    QTest::newRow("no link") << noLink;
    VisitInvitation notWeb = invitation();
    notWeb.roomUrl = QUrl(u"file:///etc/passwd"_s);
    QTest::newRow("not a web address") << notWeb;
    VisitInvitation noUid = invitation();
    noUid.uid.clear();
    QTest::newRow("no uid") << noUid;
}

void TestVisitInvitation::incompleteInvitationIsRefused()
{
    QFETCH(VisitInvitation, visit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"videobesuch.ics"_s);
    QString error;
    QVERIFY(!visit.writeIcs(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, visit.problem());
    QVERIFY(visit.toIcs().isEmpty());
    QVERIFY(!QFile::exists(path));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestVisitInvitation)
#include "tst_visitinvitation.moc"
