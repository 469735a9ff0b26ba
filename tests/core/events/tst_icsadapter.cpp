#include "core/events/icsadapter.h"
#include "core/events/windowszones.h"
#include "support/icsgenerator.h"
#include "support/testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <malloc.h>

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

// A calendar of one VCALENDAR rearranged: its VTIMEZONEs after everything else, the VEVENTs with
// a RECURRENCE-ID before the others, and its own properties at the end.
QByteArray rearranged(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    QByteArray properties;
    QList<QByteArray> overrides;
    QList<QByteArray> events;
    QList<QByteArray> zones;
    QByteArray block;
    int depth = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        const QByteArray withBreak = line + '\n';
        const bool begins = line.startsWith("BEGIN:");
        const bool ends = line.startsWith("END:");
        if (depth == 0 || (depth == 1 && !begins && !ends)) {
            if (begins)
                ++depth;
            else if (depth == 1)
                properties += withBreak;
            continue;
        }
        if (depth == 1 && ends)
            break;
        block += withBreak;
        depth += begins ? 1 : (ends ? -1 : 0);
        if (depth == 1) {
            if (block.startsWith("BEGIN:VTIMEZONE"))
                zones.append(block);
            else if (block.contains("\nRECURRENCE-ID"))
                overrides.append(block);
            else
                events.append(block);
            block.clear();
        }
    }
    return "BEGIN:VCALENDAR\r\n" + overrides.join() + events.join() + zones.join() + properties +
           "END:VCALENDAR\r\n";
}

// The VmHWM or VmRSS line of /proc/self/status, in KiB.
qint64 statusKiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
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
    void orderOfComponentsDoesNotMatter_data();
    void orderOfComponentsDoesNotMatter();
    void vtimezoneAfterItsEvents();
    void overrideBeforeItsMaster();
    void calendarWithoutEndIsNotRead();
    void bigFeedNeedsLittleMemory();
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
    // Only CR, as some servers send (lines longer than 79 bytes stay whole, unlike in libical's
    // own line reader).
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    QCOMPARE(parseText(cr).occurrences, a.occurrences);
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

void TestIcsAdapter::orderOfComponentsDoesNotMatter_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"recurrence", "custom-vtimezone", "dst-autumn", "attribution", "cancelled", "malformed"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestIcsAdapter::orderOfComponentsDoesNotMatter()
{
    // Events are read one at a time, but VTIMEZONEs, overrides and the calendar's own properties
    // still count wherever they stand.
    QFETCH(QString, file);
    const QByteArray ics = Test::readFile(Test::dataPath(u"ics/%1.ics"_s.arg(file)));
    QVERIFY2(!ics.isEmpty(), "fixture missing; run the test through ctest");
    const QByteArray moved = rearranged(ics);
    QVERIFY(moved != ics);
    const IcsResult expected = parseText(ics);
    const IcsResult actual = parseText(moved);
    QVERIFY(expected.ok);
    QVERIFY(!expected.occurrences.isEmpty());
    QCOMPARE(actual.ok, expected.ok);
    QCOMPARE(actual.calendarName, expected.calendarName);
    QCOMPARE(actual.events, expected.events);
    QCOMPARE(actual.skipped, expected.skipped);
    QCOMPARE(actual.capped, expected.capped);
    QCOMPARE(actual.occurrences, expected.occurrences);
}

void TestIcsAdapter::vtimezoneAfterItsEvents()
{
    // A zone only the file knows (no IANA or Windows name), defined after the event using it.
    const QByteArray zone = "BEGIN:VTIMEZONE\r\nTZID:Zeit der Gemeinde\r\n"
                            "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\n"
                            "TZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    const QByteArray event = "BEGIN:VEVENT\r\nUID:fest\r\n"
                             "DTSTART;TZID=Zeit der Gemeinde:20260610T120000\r\n"
                             "DTEND;TZID=Zeit der Gemeinde:20260610T140000\r\nEND:VEVENT\r\n";
    for (const QByteArray &ics : {calendar(event + zone), calendar(zone + event)}) {
        const IcsResult result = parseText(ics);
        QVERIFY(result.ok);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.occurrences.size(), 1);
        QCOMPARE(result.occurrences.first().start,
                 QDateTime(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC));
        QCOMPARE(result.occurrences.first().end,
                 QDateTime(QDate(2026, 6, 10), QTime(11, 0), Qt::UTC));
    }
}

void TestIcsAdapter::overrideBeforeItsMaster()
{
    // The move of the second Monday stands before the series; it still replaces that Monday.
    const QByteArray ics =
        calendar("BEGIN:VEVENT\r\nUID:chor\r\nRECURRENCE-ID:20260608T170000Z\r\n"
                 "DTSTART:20260609T170000Z\r\nDTEND:20260609T180000Z\r\n"
                 "SUMMARY:Chor (Dienstag)\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:andere\r\nDTSTART:20260601T080000Z\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:chor\r\nDTSTART:20260601T170000Z\r\n"
                 "DTEND:20260601T180000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
                 "SUMMARY:Chor\r\nEND:VEVENT\r\n");
    const IcsResult result = parseText(ics);
    QVERIFY(result.ok);
    QCOMPARE(result.events, 2);
    QStringList seen;
    for (const EventOccurrence &occurrence : result.occurrences) {
        if (occurrence.uid == u"chor")
            seen.append(occurrence.start.toString(Qt::ISODate) + u' ' + occurrence.title);
    }
    QCOMPARE(seen,
             (QStringList{u"2026-06-01T17:00:00Z Chor"_s, u"2026-06-09T17:00:00Z Chor (Dienstag)"_s,
                          u"2026-06-15T17:00:00Z Chor"_s}));
}

void TestIcsAdapter::calendarWithoutEndIsNotRead()
{
    // As libical reads a file: a VCALENDAR without its END is dropped, events and all, even
    // though its events were complete; the calendar before it counts.
    const QByteArray first =
        calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260601T100000Z\r\nEND:VEVENT\r\n");
    const QByteArray unfinished = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Halb\r\n"
                                  "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260602T100000Z\r\n"
                                  "END:VEVENT\r\n";
    const IcsResult both = parseText(first + unfinished);
    QVERIFY(both.ok);
    QCOMPARE(both.events, 1);
    QCOMPARE(both.occurrences.size(), 1);
    QCOMPARE(both.occurrences.first().uid, u"a"_s);
    QVERIFY(both.calendarName.isEmpty());
    QVERIFY(!parseText(unfinished).ok);
}

void TestIcsAdapter::bigFeedNeedsLittleMemory()
{
    // The benchmark's feed (10,000 events, 8.6 MB). Parsed whole by libical, the peak was 63 MiB
    // above the start; read event by event it is about 19 MiB, nearly all of it the occurrences.
    Test::IcsGenerator generator;
    generator.events = 10000;
    generator.descriptionBytes = 500;
    generator.firstDay = QDate(2026, 6, 1);
    generator.days = 61;
    const QByteArray ics = generator.generate();
    IcsOptions options = goldenOptions();
    options.windowStart = QDateTime(QDate(2026, 5, 31), QTime(0, 0), Qt::UTC);
    options.windowEnd = QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC);

    // What the heap has freed goes back to the system first, or the parse could reuse it unseen.
    malloc_trim(0);
    QFile clear(u"/proc/self/clear_refs"_s);
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        QSKIP("the peak memory cannot be reset here (/proc/self/clear_refs)");
    clear.close();
    const qint64 before = statusKiB("VmRSS");
    QVERIFY(before > 0);
    const IcsResult result = IcsAdapter::parse(ics, options);
    const qint64 peak = statusKiB("VmHWM");
    QVERIFY(result.ok);
    QCOMPARE(result.events, 10000);
    QVERIFY(result.occurrences.size() > 10000);
    const qint64 occurrencesKiB = statusKiB("VmRSS") - before;
    const qint64 parseKiB = peak - before;
    qInfo("peak %lld KiB above the start, %lld KiB still held with the occurrences", parseKiB,
          occurrencesKiB);
    QVERIFY2(parseKiB < 30 * 1024, qPrintable(u"%1 KiB"_s.arg(parseKiB)));
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
