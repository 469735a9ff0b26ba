#include "core/schedule/programme.h"
#include "core/schedule/weeklyrule.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The rules the staff screens make from their buttons: days, every N weeks and an end date, read
// back the same way, parts made elsewhere kept; an end date that libical ends the series on, in
// summer and in winter time.
class TestWeeklyRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makeAndReadBack_data();
    void makeAndReadBack();
    void keepsTheEndWhenTheDaysChange();
    void untilReadsEveryForm_data();
    void untilReadsEveryForm();
    void theSeriesEndsOnTheLastDay_data();
    void theSeriesEndsOnTheLastDay();
    void noEndRemovesIt();

private:
    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }
};

void TestWeeklyRule::makeAndReadBack_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("rule");
    QTest::newRow("once") << QList<int>{} << 1 << QString();
    QTest::newRow("Tuesday") << QList<int>{2} << 1 << u"FREQ=WEEKLY;BYDAY=TU"_s;
    QTest::newRow("days in any order")
        << QList<int>{7, 1, 4} << 1 << u"FREQ=WEEKLY;BYDAY=MO,TH,SU"_s;
    QTest::newRow("every 2 weeks") << QList<int>{3} << 2 << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"_s;
}

void TestWeeklyRule::makeAndReadBack()
{
    QFETCH(QList<int>, days);
    QFETCH(int, interval);
    QFETCH(QString, rule);
    QCOMPARE(WeeklyRule::make(days, interval), rule);
    QList<int> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(WeeklyRule::days(rule), sorted);
    QCOMPARE(WeeklyRule::interval(rule), rule.isEmpty() ? 1 : interval);
}

void TestWeeklyRule::keepsTheEndWhenTheDaysChange()
{
    const QString before = u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T225959Z"_s;
    QCOMPARE(WeeklyRule::make({2, 4}, 1, before),
             u"FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261222T225959Z"_s);
    QCOMPARE(WeeklyRule::make({2}, 1, u"FREQ=WEEKLY;COUNT=5;BYDAY=MO"_s),
             u"FREQ=WEEKLY;BYDAY=TU;COUNT=5"_s);
    QCOMPARE(WeeklyRule::interval(u"FREQ=WEEKLY;INTERVAL=99;BYDAY=TU"_s), WeeklyRule::maxInterval);
}

void TestWeeklyRule::untilReadsEveryForm_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("last");
    QTest::newRow("none") << u"FREQ=WEEKLY;BYDAY=TU"_s << QDate();
    // 22:59:59 UTC is 23:59:59 in Berlin in winter: still the 22nd.
    QTest::newRow("UTC, winter") << u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T225959Z"_s
                                 << QDate(2026, 12, 22);
    // 23:30 UTC on 22 December is already the 23rd in Berlin.
    QTest::newRow("UTC, after local midnight")
        << u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T233000Z"_s << QDate(2026, 12, 23);
    QTest::newRow("date only") << u"FREQ=WEEKLY;UNTIL=20270105;BYDAY=TU"_s << QDate(2027, 1, 5);
    QTest::newRow("floating") << u"FREQ=WEEKLY;BYDAY=TU;until=20270105T100000"_s
                              << QDate(2027, 1, 5);
    QTest::newRow("broken") << u"FREQ=WEEKLY;BYDAY=TU;UNTIL=morgen"_s << QDate();
}

void TestWeeklyRule::untilReadsEveryForm()
{
    QFETCH(QString, rule);
    QFETCH(QDate, last);
    const auto until = WeeklyRule::until(rule, berlin());
    QCOMPARE(until.value_or(QDate()), last);
}

void TestWeeklyRule::theSeriesEndsOnTheLastDay_data()
{
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("until");
    QTest::addColumn<int>("count");
    // Tuesdays at 23:00 from 1 December 2026: the evening of the last day is the last one.
    QTest::newRow("winter") << QDate(2026, 12, 22) << u"20261222T225959Z"_s << 4;
    // 30 March 2027 is in summer time: 23:59:59 there is 21:59:59 UTC.
    QTest::newRow("summer, after the spring change")
        << QDate(2027, 3, 30) << u"20270330T215959Z"_s << 18;
}

void TestWeeklyRule::theSeriesEndsOnTheLastDay()
{
    QFETCH(QDate, last);
    QFETCH(QString, until);
    QFETCH(int, count);
    const QString rule = WeeklyRule::withUntil(u"FREQ=WEEKLY;BYDAY=TU"_s, last, berlin());
    QCOMPARE(rule, u"FREQ=WEEKLY;BYDAY=TU;UNTIL="_s + until);
    QCOMPARE(WeeklyRule::until(rule, berlin()).value_or(QDate()), last);

    Session late;
    late.id = 1;
    late.start = QDateTime(QDate(2026, 12, 1), QTime(23, 0), berlin());
    late.duration = std::chrono::minutes(30);
    late.rule = rule;
    const QList<SessionOccurrence> list =
        Programme(berlin()).occurrences({late}, late.start, late.start.addYears(1));
    QCOMPARE(list.size(), count);
    QCOMPARE(list.last().start.toTimeZone(berlin()), QDateTime(last, QTime(23, 0), berlin()));
}

void TestWeeklyRule::noEndRemovesIt()
{
    QCOMPARE(
        WeeklyRule::withUntil(u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T225959Z"_s, QDate(), berlin()),
        u"FREQ=WEEKLY;BYDAY=TU"_s);
    // A session that happens once has no rule to end.
    QCOMPARE(WeeklyRule::withUntil(QString(), QDate(2026, 12, 22), berlin()), QString());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestWeeklyRule)
#include "tst_weeklyrule.moc"
