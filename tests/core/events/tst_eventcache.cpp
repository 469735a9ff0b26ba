#include "core/db/database.h"
#include "core/events/eventcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

const QDateTime base(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

QDateTime at(int day, int hour, int minute = 0)
{
    return base.addDays(day).addSecs(hour * 3600 + minute * 60);
}

EventOccurrence timed(const QString &feed, const QString &uid, const QDateTime &start,
                      qint64 minutes, const QString &title = {})
{
    EventOccurrence occurrence;
    occurrence.feedId = feed;
    occurrence.uid = uid;
    occurrence.start = start;
    occurrence.end = start.addSecs(minutes * 60);
    occurrence.timeZone = u"Europe/Berlin"_s;
    occurrence.title = title.isEmpty() ? uid : title;
    return occurrence;
}

// All-day from `first` to `last` (inclusive), held at Berlin midnight as EventOccurrence says.
EventOccurrence allDay(const QString &feed, const QString &uid, QDate first, QDate last,
                       const QString &title = {})
{
    const QTimeZone berlin("Europe/Berlin");
    EventOccurrence occurrence;
    occurrence.feedId = feed;
    occurrence.uid = uid;
    occurrence.allDay = true;
    occurrence.startDate = first;
    occurrence.endDate = last.addDays(1);
    occurrence.start = QDateTime(first, QTime(0, 0), berlin).toUTC();
    occurrence.end = QDateTime(occurrence.endDate, QTime(0, 0), berlin).toUTC();
    occurrence.title = title.isEmpty() ? uid : title;
    return occurrence;
}

FeedStatus statusOf(const QString &feed, const QDateTime &when)
{
    FeedStatus status;
    status.feedId = feed;
    status.name = u"Feed "_s + feed;
    status.lastAttempt = when;
    status.lastSuccess = when;
    return status;
}

QStringList uids(const EventOccurrences &occurrences)
{
    QStringList result;
    for (const EventOccurrence &occurrence : occurrences)
        result.append(occurrence.uid);
    return result;
}

// A realistic feed: `count` occurrences over 60 days, 10 % all-day (some over several days),
// descriptions of a few hundred characters.
EventOccurrences generated(const QString &feed, int count, const QString &marker = {})
{
    EventOccurrences result;
    result.reserve(count);
    const QString description =
        u"Der Gesangverein lädt herzlich ein. Es gibt Kaffee und Kuchen, der Eintritt ist frei, "
        "Spenden für die Orgel sind willkommen. Barrierefreier Zugang über den Seiteneingang; "
        "Fahrdienst auf Anfrage beim Pfarrbüro. "_s.repeated(2);
    const qint64 spanMs = qint64(60) * 24 * 3600 * 1000;
    for (int i = 0; i < count; ++i) {
        const QDateTime start = base.addMSecs(spanMs * i / count);
        EventOccurrence occurrence;
        if (i % 10 == 0) {
            const QDate day = start.date();
            occurrence = allDay(feed, u"e%1"_s.arg(i), day, day.addDays(i % 50 == 0 ? 4 : 0));
        } else {
            occurrence = timed(feed, u"e%1"_s.arg(i), start, 60 + (i % 4) * 30);
        }
        occurrence.title = u"%1Veranstaltung %2 in Rammelsbach"_s.arg(marker).arg(i);
        occurrence.description = description;
        occurrence.location = u"Bürgerhaus, Hauptstraße %1, 66887 Rammelsbach"_s.arg(i % 90);
        occurrence.url = QUrl(u"https://www.example.org/termine/%1"_s.arg(i));
        occurrence.categories = {u"Kultur"_s, u"Musik"_s};
        result.append(occurrence);
    }
    return result;
}

EventOccurrences overlapping(const EventOccurrences &all, const QDateTime &from,
                             const QDateTime &to)
{
    EventOccurrences result;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(result),
                 [&](const EventOccurrence &o) { return o.start < to && o.end > from; });
    return result;
}

QStringList stagingFiles(const QString &dir)
{
    return QDir(dir).entryList({u"*.staging-*"_s}, QDir::Files | QDir::Hidden);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestEventCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTripOfAllFields();
    void rangeQueryEdges();
    void sortOrder();
    void replaceOneFeedLeavesTheOther();
    void replaceWithNothing();
    void recordFailureKeepsRowsAndLastSuccess();
    void recordUnchanged();
    void removeFeedsExcept();
    void invalidRowsKeepAllOldRows_data();
    void invalidRowsKeepAllOldRows();
    void fullDiskKeepsAllOldRows();
    void staleStagingFilesAreRemoved();
    void garbageFile();
    void newerSchema();
    void readerOfMissingFile();
    void readerDoesNotWrite();
    void readerSeesCommitsAndReplacedFile();
    void timing();

private:
    QString cachePath() const { return m_dir->filePath(EventCache::fileName); }
    std::unique_ptr<EventCache> openWriter();
    std::unique_ptr<EventCache> openReader();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEventCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<EventCache> TestEventCache::openWriter()
{
    QString error;
    auto cache = EventCache::open(cachePath(), &error);
    if (!cache)
        qWarning().noquote() << error;
    return cache;
}

std::unique_ptr<EventCache> TestEventCache::openReader()
{
    QString error;
    auto cache = EventCache::open(cachePath(), &error, true);
    if (!cache)
        qWarning().noquote() << error;
    return cache;
}

void TestEventCache::roundTripOfAllFields()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    QVERIFY(writer->isEmpty());

    EventOccurrence concert = timed(u"kusel"_s, u"konzert-1@kusel.de"_s, at(4, 18, 30), 120,
                                    u"Orgelkonzert in der Stadtkirche"_s);
    concert.description = u"Werke von Bach und Reger.\nEintritt frei, Spenden erbeten."_s;
    concert.location = u"Stadtkirche Kusel, Marktstraße 1"_s;
    concert.url = QUrl(u"https://www.kusel.de/termine?id=1&ort=Stadtkirche%20Kusel"_s);
    concert.categories = {u"Musik, Kultur"_s, u"Kirche; Glaube"_s, u"Größere Veranstaltung"_s};
    concert.attribution = u"© Stadt Kusel, CC BY 4.0"_s;

    EventOccurrence kerwe = allDay(u"kusel"_s, u"kerwe@rammelsbach.de"_s, QDate(2026, 12, 4),
                                   QDate(2026, 12, 7), u"Rammelsbacher Kerwe"_s);
    kerwe.timeZone = u"Europe/Berlin"_s;
    kerwe.location = u"Festplatz"_s;
    kerwe.categories = {u"Fest"_s};

    EventOccurrence choir =
        timed(u"kusel"_s, u"chor@kusel.de"_s, at(5, 19), 90, u"Chorprobe fällt aus"_s);
    choir.cancelled = true;
    choir.timeZone.clear();

    FeedStatus status = statusOf(u"kusel"_s, at(0, 3, 5));
    status.events = 3;
    status.skipped = 1;
    status.etag = u"\"abc-123\""_s;
    status.lastModified = u"Tue, 01 Dec 2026 02:00:00 GMT"_s;
    status.occurrences = 99; // set from the list

    QString error;
    QVERIFY2(writer->replaceFeed(status, {concert, kerwe, choir}, &error), qPrintable(error));
    QVERIFY(!writer->isEmpty());

    const EventOccurrences expected{kerwe, concert, choir};
    const auto reader = openReader();
    for (const auto *cache : {writer.get(), reader.get()}) {
        QVERIFY(cache);
        const EventOccurrences read = cache->occurrences(at(0, 0), at(30, 0), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(uids(read), uids(expected));
        for (qsizetype i = 0; i < read.size(); ++i)
            QCOMPARE(read.at(i), expected.at(i));
        QCOMPARE(read.at(1).categories.size(), 3);
        QCOMPARE(read.at(0).startDate, QDate(2026, 12, 4));
        QCOMPARE(read.at(0).endDate, QDate(2026, 12, 8));

        FeedStatus stored = status;
        stored.occurrences = 3;
        QCOMPARE(cache->feedStatus(u"kusel"_s), stored);
        QCOMPARE(cache->feedStatuses(), QList<FeedStatus>{stored});
        QCOMPARE(cache->lastSuccess(), at(0, 3, 5));
        QCOMPARE(cache->lastAttempt(), at(0, 3, 5));
        QVERIFY(cache->feedStatus(u"nope"_s).feedId.isEmpty());
    }
}

void TestEventCache::rangeQueryEdges()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    const QDateTime from = at(10, 0);
    const QDateTime to = at(11, 0);
    const EventOccurrences all{
        timed(u"f"_s, u"endsAtFrom"_s, at(9, 22), 120),
        timed(u"f"_s, u"endsJustAfterFrom"_s, at(9, 22), 121),
        timed(u"f"_s, u"startsAtFrom"_s, from, 30),
        timed(u"f"_s, u"startsAtTo"_s, to, 30),
        timed(u"f"_s, u"startsJustBeforeTo"_s, to.addSecs(-60), 30),
        timed(u"f"_s, u"overnight36h"_s, at(8, 13), 36 * 60), // short, starts 35 h before
        timed(u"f"_s, u"endedBefore36h"_s, at(8, 11), 36 * 60),
        timed(u"f"_s, u"exactlyTwoDays"_s, at(8, 0).addSecs(60), 48 * 60),
        timed(u"f"_s, u"longExhibition"_s, at(-20, 10), 40 * 24 * 60),
        timed(u"f"_s, u"longEndedBefore"_s, at(-20, 10), 25 * 24 * 60),
        allDay(u"f"_s, u"spansRange"_s, QDate(2026, 12, 5), QDate(2026, 12, 20)),
        allDay(u"f"_s, u"dayOfFrom"_s, QDate(2026, 12, 11), QDate(2026, 12, 11)),
        allDay(u"f"_s, u"dayBefore"_s, QDate(2026, 12, 10), QDate(2026, 12, 10)),
        timed(u"f"_s, u"zeroLengthAtFrom"_s, from, 0),
        timed(u"f"_s, u"zeroLengthInside"_s, from.addSecs(3600), 0),
    };
    QString error;
    QVERIFY2(writer->replaceFeed(statusOf(u"f"_s, at(0, 3)), all, &error), qPrintable(error));

    // "dayOfFrom" is 11 December in Berlin: 10 December 23:00 UTC to 11 December 23:00 UTC.
    QStringList found = uids(writer->occurrences(from, to, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    found.sort();
    QStringList expected{u"endsJustAfterFrom"_s, u"startsAtFrom"_s,   u"startsJustBeforeTo"_s,
                         u"overnight36h"_s,      u"exactlyTwoDays"_s, u"longExhibition"_s,
                         u"spansRange"_s,        u"dayOfFrom"_s,      u"zeroLengthInside"_s};
    expected.sort();
    QCOMPARE(found, expected);

    // The same against a brute-force filter, for many windows.
    for (int hour = -24 * 25; hour < 24 * 25; hour += 7) {
        const QDateTime windowStart = at(0, 0).addSecs(qint64(hour) * 3600);
        const QDateTime windowEnd = windowStart.addSecs(5 * 3600);
        QStringList got = uids(writer->occurrences(windowStart, windowEnd));
        QStringList want = uids(overlapping(all, windowStart, windowEnd));
        got.sort();
        want.sort();
        QCOMPARE(got, want);
    }

    QVERIFY(writer->occurrences(to, from).isEmpty());
    QVERIFY(writer->occurrences(QDateTime(), to, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestEventCache::sortOrder()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    const QDate day(2026, 12, 3);
    const QDateTime midnight = QDateTime(day, QTime(0, 0), QTimeZone("Europe/Berlin")).toUTC();
    const EventOccurrences all{
        timed(u"b"_s, u"t2"_s, midnight, 60, u"Beta"_s),
        timed(u"a"_s, u"t1"_s, midnight, 60, u"Alpha"_s),
        allDay(u"a"_s, u"d1"_s, day, day, u"Zirkus"_s),
        timed(u"a"_s, u"t0"_s, midnight.addSecs(-3600), 30, u"Zuletzt"_s),
        timed(u"a"_s, u"t3"_s, midnight.addSecs(3600), 30, u"Aaa"_s),
    };
    QString error;
    QVERIFY2(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)),
                                 {all.at(1), all.at(2), all.at(3), all.at(4)}, &error),
             qPrintable(error));
    QVERIFY2(writer->replaceFeed(statusOf(u"b"_s, at(0, 3)), {all.at(0)}, &error),
             qPrintable(error));
    QCOMPARE(uids(writer->occurrences(at(0, 0), at(10, 0))),
             (QStringList{u"t0"_s, u"d1"_s, u"t1"_s, u"t2"_s, u"t3"_s}));
}

void TestEventCache::replaceOneFeedLeavesTheOther()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    QString error;
    const EventOccurrences a = generated(u"a"_s, 50, u"A1 "_s);
    const EventOccurrences b = generated(u"b"_s, 70, u"B1 "_s);
    QVERIFY2(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), a, &error), qPrintable(error));
    QVERIFY2(writer->replaceFeed(statusOf(u"b"_s, at(0, 3)), b, &error), qPrintable(error));
    const FeedStatus statusB = writer->feedStatus(u"b"_s);

    const EventOccurrences a2 = generated(u"a"_s, 30, u"A2 "_s);
    QVERIFY2(writer->replaceFeed(statusOf(u"a"_s, at(1, 3)), a2, &error), qPrintable(error));

    const EventOccurrences read = writer->occurrences(at(-10, 0), at(90, 0));
    QCOMPARE(read.size(), 100);
    int fromA = 0;
    for (const EventOccurrence &occurrence : read) {
        if (occurrence.feedId == u"a"_s) {
            QVERIFY(occurrence.title.startsWith(u"A2 "_s));
            ++fromA;
        } else {
            QCOMPARE(occurrence.feedId, u"b"_s);
            QVERIFY(occurrence.title.startsWith(u"B1 "_s));
        }
    }
    QCOMPARE(fromA, 30);
    QCOMPARE(writer->feedStatus(u"b"_s), statusB);
    QCOMPARE(writer->feedStatus(u"a"_s).occurrences, 30);
    QCOMPARE(writer->feedStatus(u"a"_s).lastSuccess, at(1, 3));
    QCOMPARE(writer->lastSuccess(), at(1, 3));
    QVERIFY(stagingFiles(m_dir->path()).isEmpty());
}

void TestEventCache::replaceWithNothing()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    QString error;
    QVERIFY2(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), generated(u"a"_s, 10), &error),
             qPrintable(error));
    // A feed that is empty now: no events, but a success.
    FeedStatus status;
    status.feedId = u"a"_s;
    status.lastAttempt = at(1, 3);
    QVERIFY2(writer->replaceFeed(status, {}, &error), qPrintable(error));
    QVERIFY(writer->occurrences(at(-10, 0), at(90, 0)).isEmpty());
    QCOMPARE(writer->feedStatus(u"a"_s).lastSuccess, at(1, 3));
    QCOMPARE(writer->feedStatus(u"a"_s).occurrences, 0);
    QVERIFY(!writer->isEmpty());
}

void TestEventCache::recordFailureKeepsRowsAndLastSuccess()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    QString error;
    FeedStatus status = statusOf(u"a"_s, at(0, 3));
    status.etag = u"\"v1\""_s;
    status.events = 10;
    QVERIFY2(writer->replaceFeed(status, generated(u"a"_s, 10), &error), qPrintable(error));

    QVERIFY2(writer->recordFailure(u"a"_s, QString(), at(1, 3), u"HTTP 500 Internal Server Error"_s,
                                   &error),
             qPrintable(error));
    const FeedStatus failed = writer->feedStatus(u"a"_s);
    QCOMPARE(failed.lastAttempt, at(1, 3));
    QCOMPARE(failed.lastSuccess, at(0, 3));
    QCOMPARE(failed.error, u"HTTP 500 Internal Server Error"_s);
    QCOMPARE(failed.name, status.name);
    QCOMPARE(failed.etag, status.etag);
    QCOMPARE(failed.occurrences, 10);
    QCOMPARE(failed.events, 10);
    QCOMPARE(writer->occurrences(at(-10, 0), at(90, 0)).size(), 10);
    QCOMPARE(writer->lastSuccess(), at(0, 3));
    QCOMPARE(writer->lastAttempt(), at(1, 3));

    // A feed that never worked gets a status without a success.
    QVERIFY2(writer->recordFailure(u"new"_s, u"Neu"_s, at(1, 3), u"timeout"_s, &error),
             qPrintable(error));
    const FeedStatus fresh = writer->feedStatus(u"new"_s);
    QCOMPARE(fresh.name, u"Neu"_s);
    QVERIFY(fresh.lastSuccess.isNull());
    QCOMPARE(fresh.error, u"timeout"_s);
    QCOMPARE(writer->feedStatuses().size(), 2);
}

void TestEventCache::recordUnchanged()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    QString error;
    QVERIFY2(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), generated(u"a"_s, 10), &error),
             qPrintable(error));
    QVERIFY(writer->recordFailure(u"a"_s, {}, at(1, 3), u"offline"_s, &error));

    QVERIFY2(writer->recordUnchanged(u"a"_s, at(2, 3), &error), qPrintable(error));
    const FeedStatus status = writer->feedStatus(u"a"_s);
    QCOMPARE(status.lastAttempt, at(2, 3));
    QCOMPARE(status.lastSuccess, at(2, 3));
    QVERIFY(status.error.isEmpty());
    QCOMPARE(status.occurrences, 10);
    QCOMPARE(writer->occurrences(at(-10, 0), at(90, 0)).size(), 10);

    QVERIFY(!writer->recordUnchanged(u"unknown"_s, at(2, 3), &error));
    QVERIFY2(error.contains(u"unknown"_s), qPrintable(error));
    QVERIFY(writer->feedStatus(u"unknown"_s).feedId.isEmpty());
}

void TestEventCache::removeFeedsExcept()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    QString error;
    for (const QString &feed : {u"a"_s, u"b"_s, u"c"_s})
        QVERIFY2(writer->replaceFeed(statusOf(feed, at(0, 3)), generated(feed, 5), &error),
                 qPrintable(error));
    QVERIFY2(writer->removeFeedsExcept({u"b"_s, u"x"_s}, &error), qPrintable(error));
    QCOMPARE(writer->feedStatuses().size(), 1);
    QCOMPARE(writer->feedStatuses().constFirst().feedId, u"b"_s);
    const EventOccurrences left = writer->occurrences(at(-10, 0), at(90, 0));
    QCOMPARE(left.size(), 5);
    QVERIFY(std::all_of(left.cbegin(), left.cend(),
                        [](const EventOccurrence &o) { return o.feedId == u"b"_s; }));

    QVERIFY2(writer->removeFeedsExcept({}, &error), qPrintable(error));
    QVERIFY(writer->feedStatuses().isEmpty());
    QVERIFY(writer->occurrences(at(-10, 0), at(90, 0)).isEmpty());
    QVERIFY(writer->isEmpty());
}

void TestEventCache::invalidRowsKeepAllOldRows_data()
{
    QTest::addColumn<int>("broken");
    QTest::addColumn<QString>("message");
    QTest::addRow("ends before it starts") << 0 << u"end before they start"_s;
    QTest::addRow("no start") << 1 << u"no valid start or end"_s;
    QTest::addRow("no end") << 2 << u"no valid start or end"_s;
}

void TestEventCache::invalidRowsKeepAllOldRows()
{
    QFETCH(int, broken);
    QFETCH(QString, message);

    const auto writer = openWriter();
    QVERIFY(writer);
    QString error;
    FeedStatus old = statusOf(u"a"_s, at(0, 3));
    QVERIFY2(writer->replaceFeed(old, generated(u"a"_s, 200, u"old "_s), &error),
             qPrintable(error));
    old = writer->feedStatus(u"a"_s);

    EventOccurrences next = generated(u"a"_s, 300, u"new "_s);
    EventOccurrence &bad = next[150];
    if (broken == 0)
        bad.end = bad.start.addSecs(-1);
    else if (broken == 1)
        bad.start = QDateTime();
    else
        bad.end = QDateTime();

    QVERIFY(!writer->replaceFeed(statusOf(u"a"_s, at(1, 3)), next, &error));
    QVERIFY2(error.contains(message) && error.contains(u"a"_s), qPrintable(error));

    const EventOccurrences read = writer->occurrences(at(-10, 0), at(90, 0));
    QCOMPARE(read.size(), 200);
    QVERIFY(std::all_of(read.cbegin(), read.cend(),
                        [](const EventOccurrence &o) { return o.title.startsWith(u"old "_s); }));
    QCOMPARE(writer->feedStatus(u"a"_s), old);
    QVERIFY(stagingFiles(m_dir->path()).isEmpty());

    // The connection is fine afterwards (staging detached, no transaction left open).
    next[150] = next[151];
    QVERIFY2(writer->replaceFeed(statusOf(u"a"_s, at(1, 3)), next, &error), qPrintable(error));
    QCOMPARE(writer->occurrences(at(-10, 0), at(90, 0)).size(), 300);
}

void TestEventCache::fullDiskKeepsAllOldRows()
{
    const QStringList before = QSqlDatabase::connectionNames();
    const auto writer = openWriter();
    QVERIFY(writer);
    QStringList added = QSqlDatabase::connectionNames();
    added.removeIf([&](const QString &name) { return before.contains(name); });
    QCOMPARE(added.size(), 1);
    QSqlDatabase live = QSqlDatabase::database(added.constFirst(), false);
    QVERIFY(live.isOpen());

    QString error;
    QVERIFY2(
        writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), generated(u"a"_s, 50, u"old "_s), &error),
        qPrintable(error));
    const FeedStatus old = writer->feedStatus(u"a"_s);

    // The cache may grow by a few pages only: the 5,000 new rows do not fit.
    const int pages = scalar(live, u"PRAGMA page_count"_s).toInt();
    QVERIFY(pages > 0);
    scalar(live, u"PRAGMA max_page_count = %1"_s.arg(pages + 4));

    QVERIFY(!writer->replaceFeed(statusOf(u"a"_s, at(1, 3)), generated(u"a"_s, 5000, u"new "_s),
                                 &error));
    QVERIFY2(error.contains(u"database or disk is full"_s), qPrintable(error));

    const EventOccurrences read = writer->occurrences(at(-10, 0), at(90, 0));
    QCOMPARE(read.size(), 50);
    QVERIFY(std::all_of(read.cbegin(), read.cend(),
                        [](const EventOccurrence &o) { return o.title.startsWith(u"old "_s); }));
    QCOMPARE(writer->feedStatus(u"a"_s), old);
    QVERIFY(stagingFiles(m_dir->path()).isEmpty());

    // Recording the failure still fits, and once there is room again the refresh works.
    QString recordError;
    QVERIFY2(writer->recordFailure(u"a"_s, {}, at(1, 3), error, &recordError),
             qPrintable(recordError));
    scalar(live, u"PRAGMA max_page_count = 1073741823"_s);
    live = QSqlDatabase();
    QVERIFY2(
        writer->replaceFeed(statusOf(u"a"_s, at(1, 4)), generated(u"a"_s, 5000, u"new "_s), &error),
        qPrintable(error));
    QCOMPARE(writer->occurrences(at(-10, 0), at(90, 0)).size(), 5000);
}

void TestEventCache::staleStagingFilesAreRemoved()
{
    // 99999999 is above the kernel's largest pid: that sync surely is gone.
    const QString dead = cachePath() + u".staging-99999999-kusel"_s;
    const QString deadJournal = dead + u"-journal"_s;
    const QString live =
        cachePath() + u".staging-%1-kusel"_s.arg(QCoreApplication::applicationPid());
    const QString other = m_dir->filePath(u"app.db.staging-99999999-x"_s);
    for (const QString &path : {dead, deadJournal, live, other}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("left behind");
    }

    // The reader never deletes anything.
    QVERIFY(openReader());
    QVERIFY(QFile::exists(dead));

    const auto writer = openWriter();
    QVERIFY(writer);
    QVERIFY(!QFile::exists(dead));
    QVERIFY(!QFile::exists(deadJournal));
    QVERIFY(QFile::exists(live)); // a sync that is still running (here: this process)
    QVERIFY(QFile::exists(other));
    QVERIFY(QFile::remove(live));
}

void TestEventCache::garbageFile()
{
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("BEGIN:VCALENDAR\r\nThis is not a database at all.\r\n").repeated(100));
    file.close();

    QString error;
    QVERIFY(!EventCache::open(cachePath(), &error, true));
    QVERIFY2(error.contains(u"not an SQLite database"_s), qPrintable(error));
    QCOMPARE(QFile(cachePath()).size(), file.size()); // untouched

    const auto writer = EventCache::open(cachePath(), &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(writer->isEmpty());
    QVERIFY2(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), generated(u"a"_s, 5), &error),
             qPrintable(error));

    const auto reader = openReader();
    QVERIFY(reader);
    QCOMPARE(reader->occurrences(at(-10, 0), at(90, 0), &error).size(), 5);
}

void TestEventCache::newerSchema()
{
    {
        const auto writer = openWriter();
        QVERIFY(writer);
        QString error;
        QVERIFY(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), generated(u"a"_s, 5), &error));
    }
    {
        QString error;
        const auto db = Database::open(cachePath(), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(u"UPDATE schema_version SET version = 99"_s, &error));
        QVERIFY(db->exec(u"CREATE TABLE from_the_future (x)"_s, &error));
    }

    QString error;
    QVERIFY(!EventCache::open(cachePath(), &error, true));
    QVERIFY2(error.contains(u"schema version 99"_s), qPrintable(error));

    // The writer rebuilds: the cache holds nothing that the feeds cannot give again.
    const auto writer = EventCache::open(cachePath(), &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(writer->isEmpty());
    QVERIFY(writer->feedStatuses().isEmpty());
    QVERIFY(writer->occurrences(at(-10, 0), at(90, 0)).isEmpty());

    const auto reader = EventCache::open(cachePath(), &error, true);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isEmpty());
}

void TestEventCache::readerOfMissingFile()
{
    QString error;
    const auto reader = EventCache::open(cachePath(), &error, true);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isEmpty());
    QVERIFY(reader->occurrences(at(-10, 0), at(90, 0), &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(reader->feedStatuses(&error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reader->dataVersion(), -1);
    QVERIFY(!reader->replaceFeed(statusOf(u"a"_s, at(0, 3)), {}, &error));
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
    QVERIFY(!QFile::exists(cachePath()));

    // The sync creates the cache: the same reader sees it.
    const auto writer = openWriter();
    QVERIFY(writer);
    error.clear();
    QVERIFY(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), generated(u"a"_s, 7), &error));
    QVERIFY(reader->dataVersion() != -1);
    QCOMPARE(reader->occurrences(at(-10, 0), at(90, 0), &error).size(), 7);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!reader->isEmpty());
}

void TestEventCache::readerDoesNotWrite()
{
    // An empty file (a sync has just created it) is an empty cache to the reader, left as it is.
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QString error;
    auto reader = EventCache::open(cachePath(), &error, true);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isEmpty());
    QVERIFY(reader->occurrences(at(-10, 0), at(90, 0), &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    reader.reset();
    QCOMPARE(QFile(cachePath()).size(), 0);

    // An older schema (here: none) is not migrated by the reader.
    {
        const auto db = Database::open(cachePath(), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s, &error));
        QVERIFY(db->exec(u"INSERT INTO schema_version (version) VALUES (0)"_s, &error));
    }
    reader = EventCache::open(cachePath(), &error, true);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isEmpty());
    reader.reset();
    const auto db = Database::open(cachePath(), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(scalar(db->connection(), u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
}

void TestEventCache::readerSeesCommitsAndReplacedFile()
{
    auto writer = openWriter();
    QVERIFY(writer);
    QString error;
    QVERIFY(writer->replaceFeed(statusOf(u"a"_s, at(0, 3)), generated(u"a"_s, 3), &error));
    const auto reader = openReader();
    QVERIFY(reader);
    const qint64 v1 = reader->dataVersion();
    QVERIFY(v1 != -1);
    QCOMPARE(reader->dataVersion(), v1);

    QVERIFY(writer->replaceFeed(statusOf(u"a"_s, at(1, 3)), generated(u"a"_s, 4), &error));
    const qint64 v2 = reader->dataVersion();
    QVERIFY(v2 != v1);
    QCOMPARE(reader->occurrences(at(-10, 0), at(90, 0)).size(), 4);
    QVERIFY(writer->recordFailure(u"a"_s, {}, at(2, 3), u"offline"_s, &error));
    QVERIFY(reader->dataVersion() != v2);

    // The file is deleted and written anew (as the sync does with an unusable cache).
    writer.reset();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(cachePath() + suffix);
    const qint64 v3 = reader->dataVersion();
    QCOMPARE(v3, -1);
    QVERIFY(reader->occurrences(at(-10, 0), at(90, 0)).isEmpty());
    writer = openWriter();
    QVERIFY(writer);
    QVERIFY(writer->replaceFeed(statusOf(u"a"_s, at(3, 3)), generated(u"a"_s, 6), &error));
    QVERIFY(reader->dataVersion() != -1);
    QCOMPARE(reader->occurrences(at(-10, 0), at(90, 0)).size(), 6);
    QCOMPARE(reader->lastSuccess(), at(3, 3));
}

void TestEventCache::timing()
{
    const auto writer = openWriter();
    QVERIFY(writer);
    const EventOccurrences all = generated(u"bench"_s, 10000);
    QString error;

    QList<qint64> writes;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(writer->replaceFeed(statusOf(u"bench"_s, at(0, 3)), all, &error),
                 qPrintable(error));
        writes.append(timer.elapsed());
    }
    std::sort(writes.begin(), writes.end());

    // Opening for writing runs PRAGMA quick_check over the whole cache.
    QElapsedTimer openTimer;
    openTimer.start();
    QVERIFY(openWriter());
    const qint64 openMs = openTimer.elapsed();

    const auto reader = openReader();
    QVERIFY(reader);
    const QDateTime from = at(20, 6);
    const QDateTime to = from.addDays(7);
    const qsizetype expected = overlapping(all, from, to).size();
    QVERIFY(expected > 1000);
    QList<qint64> reads;
    for (int run = 0; run < 100; ++run) {
        QElapsedTimer timer;
        timer.start();
        const EventOccurrences week = reader->occurrences(from, to, &error);
        reads.append(timer.nsecsElapsed());
        QCOMPARE(week.size(), expected);
    }
    std::sort(reads.begin(), reads.end());
    qInfo().noquote() << u"replaceFeed, 10,000 occurrences: median %1 ms (min %2, max %3); "
                         "occurrences() for 7 days (%4 rows): median %5 ms of 100 (min %6, "
                         "max %7); cache file %8 KiB; opening it for writing %9 ms"_s
                             .arg(writes.at(2))
                             .arg(writes.constFirst())
                             .arg(writes.constLast())
                             .arg(expected)
                             .arg(double(reads.at(50)) / 1e6, 0, 'f', 2)
                             .arg(double(reads.constFirst()) / 1e6, 0, 'f', 2)
                             .arg(double(reads.constLast()) / 1e6, 0, 'f', 2)
                             .arg(QFile(cachePath()).size() / 1024)
                             .arg(openMs);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestEventCache)
#include "tst_eventcache.moc"
