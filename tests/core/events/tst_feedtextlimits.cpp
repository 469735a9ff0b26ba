// FeedTextLimits: texts cut at exactly the limits (a word boundary where one is near, never half
// a surrogate pair), long UIDs and addresses, and the per-feed byte budget keeping the dates
// nearest to now.
#include "core/events/feedtextlimits.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

EventOccurrence occurrenceAt(const QDateTime &start, const QString &title,
                             const QString &description = {})
{
    EventOccurrence occurrence;
    occurrence.feedId = u"kusel"_s;
    occurrence.uid = title;
    occurrence.start = start;
    occurrence.end = start.addSecs(3600);
    occurrence.title = title;
    occurrence.description = description;
    return occurrence;
}

QString words(int characters)
{
    QString text;
    while (text.size() < characters)
        text += u"Kirmes "_s;
    return text.left(characters);
}

} // namespace

class TestFeedTextLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shorten_data();
    void shorten();
    void neverHalfASurrogatePair();
    void capsEveryTextOfAnOccurrence();
    void sharedTextIsShortenedOnce();
    void budgetKeepsTheNearestDates();
    void withinBudgetNothingIsDropped();
};

void TestFeedTextLimits::shorten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("expected");

    QTest::addRow("short stays") << u"Kirmes in Kusel"_s << 200 << u"Kirmes in Kusel"_s;
    QTest::addRow("exactly the limit stays") << QString(200, u'x') << 200 << QString(200, u'x');
    // No space in reach: cut hard, exactly at the limit with the ellipsis.
    QTest::addRow("one word, cut hard") << QString(300, u'x') << 200 << QString(199, u'x') + u"…"_s;
    // "Kirmes " repeats every 7 characters: the last whole word before 199 ends at 195.
    QTest::addRow("after a whole word") << words(300) << 200 << words(195) + u"…"_s;
    QTest::addRow("description") << words(10000) << 4000 << words(3996) + u"…"_s;
}

void TestFeedTextLimits::shorten()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QString, expected);
    const QString shortened = FeedTextLimits::shorten(text, limit);
    QCOMPARE(shortened, expected);
    QVERIFY(shortened.size() <= limit);
}

void TestFeedTextLimits::neverHalfASurrogatePair()
{
    // 🎺 is two UTF-16 code units; a cut at 199 would split the pair at 198/199.
    const QString trumpets = QString(198, u'x') + u"🎺🎺🎺"_s;
    const QString shortened = FeedTextLimits::shorten(trumpets, 200);
    QCOMPARE(shortened, QString(198, u'x') + u"…"_s);
    QVERIFY(!shortened.at(shortened.size() - 2).isHighSurrogate());
}

void TestFeedTextLimits::capsEveryTextOfAnOccurrence()
{
    EventOccurrence occurrence = occurrenceAt(now, QString(300, u't'), QString(5000, u'd'));
    occurrence.location = QString(300, u'l');
    occurrence.attribution = QString(400, u'a');
    occurrence.uid = QString(1000, u'u');
    occurrence.url = QUrl(u"https://example.org/"_s + QString(3000, u'p'));
    for (int i = 0; i < 30; ++i)
        occurrence.categories.append(QString(150, QChar(u'a' + i % 26)));
    EventOccurrences occurrences{occurrence};

    const FeedTextLimits::Outcome outcome = FeedTextLimits::apply(occurrences, now);
    QCOMPARE(outcome.shortened, 1);
    QCOMPARE(outcome.dropped, 0);
    const EventOccurrence &capped = occurrences.first();
    QCOMPARE(capped.title.size(), FeedTextLimits::maxTitle);
    QCOMPARE(capped.location.size(), FeedTextLimits::maxPlace);
    QCOMPARE(capped.description.size(), FeedTextLimits::maxDescription);
    QCOMPARE(capped.attribution.size(), FeedTextLimits::maxAttribution);
    QVERIFY(capped.description.endsWith(u"…"_s));
    QCOMPARE(capped.categories.size(), FeedTextLimits::maxCategories);
    QCOMPARE(capped.categories.first().size(), FeedTextLimits::maxCategory);
    QVERIFY(capped.url.isEmpty()); // a cut address would lead nowhere
    QVERIFY(capped.uid.startsWith(u"sha1:"_s));
    QCOMPARE(capped.uid.size(), 5 + 40);
    QCOMPARE(outcome.bytes, FeedTextLimits::costOf(capped));
    QVERIFY(outcome.bytes < 8 * 1024);
}

void TestFeedTextLimits::sharedTextIsShortenedOnce()
{
    // 1,000 occurrences of one event share one 1 MB description: they share one cut copy too.
    const QString description = words(1024 * 1024);
    EventOccurrences occurrences;
    for (int i = 0; i < 1000; ++i)
        occurrences.append(occurrenceAt(now.addSecs(3600 * i), u"Kirmes"_s, description));
    const FeedTextLimits::Outcome outcome =
        FeedTextLimits::apply(occurrences, now, std::numeric_limits<qint64>::max());
    QCOMPARE(outcome.shortened, 1000);
    QCOMPARE(occurrences.first().description.size(), 3996 + 1);
    QCOMPARE(occurrences.last().description.constData(),
             occurrences.first().description.constData());
}

void TestFeedTextLimits::budgetKeepsTheNearestDates()
{
    // Hourly, from 10 hours ago to 89 hours ahead, each with 1,000 bytes of description.
    EventOccurrences occurrences;
    for (int hour = -10; hour < 90; ++hour)
        occurrences.append(occurrenceAt(
            now.addSecs(3600 * hour), u"T%1"_s.arg(hour, 3, 10, QChar(u'0')), QString(1000, u'd')));
    const qint64 cost = FeedTextLimits::costOf(occurrences.first());
    const qint64 budget = cost * 30 + cost / 2; // room for 30 of them

    const FeedTextLimits::Outcome outcome = FeedTextLimits::apply(occurrences, now, budget);
    QCOMPARE(outcome.dropped, 70);
    QCOMPARE(occurrences.size(), 30);
    QCOMPARE(outcome.bytes, cost * 30);
    // The ongoing one (started now) and the next 29 coming ones, in their order: the past ones
    // and the far future are left out.
    for (qsizetype i = 0; i < occurrences.size(); ++i)
        QCOMPARE(occurrences.at(i).start, now.addSecs(3600 * i));
}

void TestFeedTextLimits::withinBudgetNothingIsDropped()
{
    EventOccurrences occurrences;
    for (int hour = -10; hour < 10; ++hour)
        occurrences.append(occurrenceAt(now.addSecs(3600 * hour), u"T"_s, u"kurz"_s));
    const EventOccurrences before = occurrences;
    const FeedTextLimits::Outcome outcome = FeedTextLimits::apply(occurrences, now);
    QCOMPARE(outcome.dropped, 0);
    QCOMPARE(outcome.shortened, 0);
    QCOMPARE(occurrences, before);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestFeedTextLimits)
#include "tst_feedtextlimits.moc"
