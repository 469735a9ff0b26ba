#include "core/events/icsadapter.h"
#include "core/events/windowszones.h"
#include "support/testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// Every golden file is parsed with this window and zone.
IcsOptions goldenOptions()
{
    IcsOptions options;
    options.feedId = u"test"_s;
    options.windowStart = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    options.windowEnd = QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC);
    options.localZone = QTimeZone("Europe/Berlin");
    return options;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject toJson(const EventOccurrence &occurrence, const QTimeZone &localZone)
{
    QJsonObject object{
        {u"uid"_s, occurrence.uid},
        {u"start"_s, isoUtc(occurrence.start)},
        {u"end"_s, isoUtc(occurrence.end)},
        // Not part of the result: the same instants on the wall clock of the local zone, so a
        // reader can check the golden file by eye (19:00 stays 19:00 across DST).
        {u"startLocal"_s, occurrence.start.toTimeZone(localZone).toString(Qt::ISODate)},
        {u"endLocal"_s, occurrence.end.toTimeZone(localZone).toString(Qt::ISODate)},
        {u"timeZone"_s, occurrence.timeZone},
        {u"allDay"_s, occurrence.allDay},
        {u"startDate"_s, occurrence.startDate.toString(Qt::ISODate)},
        {u"endDate"_s, occurrence.endDate.toString(Qt::ISODate)},
        {u"title"_s, occurrence.title},
        {u"description"_s, occurrence.description},
        {u"location"_s, occurrence.location},
        {u"url"_s, occurrence.url.toString()},
        {u"categories"_s, QJsonArray::fromStringList(occurrence.categories)},
        {u"cancelled"_s, occurrence.cancelled},
        {u"attribution"_s, occurrence.attribution},
    };
    return object;
}

QJsonObject toJson(const IcsResult &result, const QTimeZone &localZone)
{
    QJsonArray occurrences;
    for (const EventOccurrence &occurrence : result.occurrences)
        occurrences.append(toJson(occurrence, localZone));
    return QJsonObject{
        {u"ok"_s, result.ok},
        {u"error"_s, result.error},
        {u"calendarName"_s, result.calendarName},
        {u"events"_s, result.events},
        {u"skipped"_s, result.skipped},
        {u"capped"_s, result.capped},
        {u"problems"_s, QJsonArray::fromStringList(result.problems)},
        {u"occurrences"_s, occurrences},
    };
}

IcsResult parseText(const QByteArray &ics, IcsOptions options = goldenOptions())
{
    return IcsAdapter::parse(ics, options);
}

QByteArray calendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dorfplatz//Tests//DE\r\n" + events +
           "END:VCALENDAR\r\n";
}

} // namespace

class TestIcsAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void lineEndingsDoNotMatter();
    void oversizedInputIsRefused();
    void sizeCapIsInclusive();
    void notICalendar_data();
    void notICalendar();
    void deepNestingIsRefused();
    void windowEdges();
    void occurrencesCarryTheFeed();
    void ianaZoneFor_data();
    void ianaZoneFor();
    void everyWindowsZoneIsKnownHere();
};

void TestIcsAdapter::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("maxOccurrences");
    QTest::addColumn<bool>("keepCancelled");

    const auto row = [](const char *golden, const QString &file, int cap = 1000,
                        bool keepCancelled = true) {
        QTest::newRow(golden) << file << cap << keepCancelled;
    };
    row("dst-spring", u"dst-spring"_s);
    row("dst-autumn", u"dst-autumn"_s);
    row("windows-tzid", u"windows-tzid"_s);
    row("missing-vtimezone", u"missing-vtimezone"_s);
    row("custom-vtimezone", u"custom-vtimezone"_s);
    row("utc-floating", u"utc-floating"_s);
    row("all-day", u"all-day"_s);
    row("recurrence", u"recurrence"_s);
    row("folded-utf8", u"folded-utf8"_s);
    row("cancelled", u"cancelled"_s);
    row("cancelled-dropped", u"cancelled"_s, 1000, false);
    row("malformed", u"malformed"_s);
    row("garbage", u"garbage"_s);
    // A small cap keeps the golden files of endless rules short.
    row("never-ending", u"never-ending"_s, 20);
    row("interval-zero", u"interval-zero"_s, 20);
    row("duration", u"duration"_s);
    row("text", u"text"_s);
    row("attribution", u"attribution"_s);
    row("concatenated", u"concatenated"_s);
}

void TestIcsAdapter::golden()
{
    QFETCH(QString, file);
    QFETCH(int, maxOccurrences);
    QFETCH(bool, keepCancelled);

    const QByteArray ics = Test::readFile(Test::dataPath(u"ics/%1.ics"_s.arg(file)));
    QVERIFY2(!ics.isEmpty(), "fixture missing; run the test through ctest");
    IcsOptions options = goldenOptions();
    options.maxOccurrencesPerEvent = maxOccurrences;
    options.keepCancelled = keepCancelled;
    const QByteArray actual =
        QJsonDocument(toJson(IcsAdapter::parse(ics, options), options.localZone))
            .toJson(QJsonDocument::Indented);

    const QString goldenPath =
        Test::dataPath(u"ics/%1.json"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    if (qEnvironmentVariable("DORFPLATZ_UPDATE_GOLDEN") == u"1") {
        QVERIFY(Test::writeFile(goldenPath, actual));
        QSKIP("golden file written; check it by hand");
    }

    QJsonParseError error;
    const QJsonDocument golden = QJsonDocument::fromJson(Test::readFile(goldenPath), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(goldenPath));
    const QList<QByteArray> expectedLines = golden.toJson(QJsonDocument::Indented).split('\n');
    const QList<QByteArray> actualLines = actual.split('\n');
    for (qsizetype i = 0; i < std::min(expectedLines.size(), actualLines.size()); ++i) {
        if (expectedLines[i] != actualLines[i]) {
            QFAIL(qPrintable(u"%1, line %2:\n  expected: %3\n  actual:   %4"_s.arg(
                goldenPath, QString::number(i + 1), QString::fromUtf8(expectedLines[i]).trimmed(),
                QString::fromUtf8(actualLines[i]).trimmed())));
        }
    }
    QCOMPARE(actualLines.size(), expectedLines.size());
}

void TestIcsAdapter::lineEndingsDoNotMatter()
{
    // The fixtures mix CRLF and LF; servers send either.
    const QByteArray crlf = Test::readFile(Test::dataPath(u"ics/recurrence.ics"_s));
    QVERIFY(crlf.contains("\r\n"));
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    const IcsResult a = parseText(crlf);
    const IcsResult b = parseText(lf);
    QVERIFY(a.ok);
    QVERIFY(a.occurrences.size() > 3);
    QCOMPARE(b.occurrences, a.occurrences);
}

void TestIcsAdapter::oversizedInputIsRefused()
{
    // Default cap (20 MB) plus one byte of an otherwise valid calendar.
    IcsOptions options = goldenOptions();
    QByteArray big =
        calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260601T100000Z\r\nEND:VEVENT\r\n");
    big.append(QByteArray(options.maxBytes + 1 - big.size(), '\n'));
    QCOMPARE(big.size(), options.maxBytes + 1);
    const IcsResult result = IcsAdapter::parse(big, options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"limit"_s), qPrintable(result.error));
    QVERIFY(result.occurrences.isEmpty());
    QCOMPARE(result.events, 0);
}

void TestIcsAdapter::sizeCapIsInclusive()
{
    const QByteArray ics = Test::readFile(Test::dataPath(u"ics/utc-floating.ics"_s));
    IcsOptions options = goldenOptions();
    options.maxBytes = ics.size();
    QVERIFY(IcsAdapter::parse(ics, options).ok);
    options.maxBytes = ics.size() - 1;
    const IcsResult refused = IcsAdapter::parse(ics, options);
    QVERIFY(!refused.ok);
    QVERIFY(refused.occurrences.isEmpty());
}

void TestIcsAdapter::notICalendar_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("blank lines") << QByteArray("\r\n\r\n  \n");
    QTest::addRow("html") << QByteArray("<!DOCTYPE html><html><body>Wartung</body></html>");
    QTest::addRow("binary") << QByteArray("\x00\xff\xfe\x01\x89PNG", 8);
    QTest::addRow("vcard") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n");
    QTest::addRow("bare VEVENT") << QByteArray(
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260601T100000Z\r\nEND:VEVENT\r\n");
    QTest::addRow("only a begin line") << QByteArray("BEGIN:VCALENDAR");
}

void TestIcsAdapter::notICalendar()
{
    QFETCH(QByteArray, data);
    const IcsResult result = parseText(data);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.occurrences.isEmpty());
}

void TestIcsAdapter::deepNestingIsRefused()
{
    // libical frees components recursively: 300,000 nested BEGIN lines (7 MB, well under the
    // size cap) overflow the stack inside it, so such input must not reach it.
    const int levels = 300000;
    QByteArray ics = "BEGIN:VCALENDAR\r\n";
    ics.reserve(levels * 26 + 64);
    for (int i = 0; i < levels; ++i)
        ics.append("BEGIN:VEVENT\r\n");
    for (int i = 0; i < levels; ++i)
        ics.append("END:VEVENT\r\n");
    ics.append("END:VCALENDAR\r\n");
    const IcsResult result = parseText(ics);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"nested"_s), qPrintable(result.error));

    // VCALENDAR, VEVENT, VALARM is normal.
    QVERIFY(parseText(calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260601T100000Z\r\n"
                               "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n"
                               "END:VEVENT\r\n"))
                .ok);
}

void TestIcsAdapter::windowEdges()
{
    // Window 2026-03-01T00:00Z .. 2026-12-31T00:00Z.
    const IcsResult result = parseText(
        calendar("BEGIN:VEVENT\r\nUID:ends-at-start\r\nDTSTART:20260228T230000Z\r\n"
                 "DTEND:20260301T000000Z\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:zero-at-start\r\nDTSTART:20260301T000000Z\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:overlaps-start\r\nDTSTART:20260228T230000Z\r\n"
                 "DTEND:20260301T000001Z\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:last-second\r\nDTSTART:20261230T235959Z\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:starts-at-end\r\nDTSTART:20261231T000000Z\r\n"
                 "DTEND:20261231T010000Z\r\nEND:VEVENT\r\n"));
    QVERIFY(result.ok);
    QStringList uids;
    for (const EventOccurrence &occurrence : result.occurrences)
        uids.append(occurrence.uid);
    QCOMPARE(uids, (QStringList{u"overlaps-start"_s, u"zero-at-start"_s, u"last-second"_s}));
    QCOMPARE(result.events, 5);
}

void TestIcsAdapter::occurrencesCarryTheFeed()
{
    IcsOptions options = goldenOptions();
    options.feedId = u"kusel"_s;
    const IcsResult result = IcsAdapter::parse(
        calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260601T100000Z\r\nEND:VEVENT\r\n"), options);
    QCOMPARE(result.occurrences.size(), 1);
    QCOMPARE(result.occurrences.first().feedId, u"kusel"_s);
}

void TestIcsAdapter::ianaZoneFor_data()
{
    QTest::addColumn<QString>("tzid");
    QTest::addColumn<QString>("iana");
    QTest::addRow("IANA unchanged") << u"Europe/Berlin"_s << u"Europe/Berlin"_s;
    QTest::addRow("IANA alias with zoneinfo file") << u"Europe/Kiev"_s << u"Europe/Kiev"_s;
    QTest::addRow("Windows Berlin") << u"W. Europe Standard Time"_s << u"Europe/Berlin"_s;
    QTest::addRow("Windows any case") << u"w. europe standard time"_s << u"Europe/Berlin"_s;
    QTest::addRow("Windows London") << u"GMT Standard Time"_s << u"Europe/London"_s;
    QTest::addRow("Windows Paris") << u"Romance Standard Time"_s << u"Europe/Paris"_s;
    QTest::addRow("Windows Warsaw") << u"Central European Standard Time"_s << u"Europe/Warsaw"_s;
    QTest::addRow("Windows Budapest") << u"Central Europe Standard Time"_s << u"Europe/Budapest"_s;
    QTest::addRow("Windows Kyiv") << u"FLE Standard Time"_s << u"Europe/Kyiv"_s;
    QTest::addRow("Windows Istanbul") << u"Turkey Standard Time"_s << u"Europe/Istanbul"_s;
    QTest::addRow("Windows Moscow") << u"Russian Standard Time"_s << u"Europe/Moscow"_s;
    QTest::addRow("Windows UTC") << u"UTC"_s << u"Etc/UTC"_s;
    QTest::addRow("Windows offset, sign as IANA") << u"UTC-11"_s << u"Etc/GMT+11"_s;
    QTest::addRow("Windows New York") << u"Eastern Standard Time"_s << u"America/New_York"_s;
    QTest::addRow("Windows Tokyo") << u"Tokyo Standard Time"_s << u"Asia/Tokyo"_s;
    QTest::addRow("quoted") << u"\"W. Europe Standard Time\""_s << u"Europe/Berlin"_s;
    QTest::addRow("mozilla prefix")
        << u"/mozilla.org/20050126_1/Europe/Berlin"_s << u"Europe/Berlin"_s;
    QTest::addRow("libical prefix")
        << u"/freeassociation.sourceforge.net/Tzfile/Europe/Vienna"_s << u"Europe/Vienna"_s;
    QTest::addRow("unknown") << u"Mars/Olympus"_s << QString();
    QTest::addRow("POSIX-looking word") << u"Foo"_s << QString();
    QTest::addRow("display name") << u"Mitteleuropäische Zeit"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestIcsAdapter::ianaZoneFor()
{
    QFETCH(QString, tzid);
    QFETCH(QString, iana);
    QCOMPARE(IcsAdapter::ianaZoneFor(tzid), iana);
}

void TestIcsAdapter::everyWindowsZoneIsKnownHere()
{
    const QStringList names = WindowsZones::windowsNames();
    QVERIFY(names.size() > 100);
    for (const QString &name : names) {
        const QString iana = IcsAdapter::ianaZoneFor(name);
        QVERIFY2(!iana.isEmpty() && QTimeZone(iana.toUtf8()).isValid(), qPrintable(name));
    }
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestIcsAdapter)
#include "tst_icsadapter.moc"
