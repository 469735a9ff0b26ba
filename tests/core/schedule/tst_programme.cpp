#include "core/schedule/programme.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Dorfplatz::Session)

namespace Dorfplatz {

// The week's programme expanded through libical in Europe/Berlin: repeating on days, every two
// weeks, until a date, a cancelled and a moved date, and the wall-clock time kept across the
// spring and autumn changes of daylight saving time. And the clash check.
class TestProgramme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrences_data();
    void occurrences();
    void anOccurrenceRunningAtTheWindowStartBelongsToIt();
    void clashesNameTheOtherSession();

private:
    static QDateTime wall(const QString &text) // "2026-12-08 10:00", Berlin
    {
        const QDateTime parsed = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm"_s);
        return QDateTime(parsed.date(), parsed.time(), berlin());
    }
    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }
    static Session session(qint64 id, const QString &start, const QString &rule = {},
                           std::chrono::minutes duration = 45min)
    {
        Session s;
        s.id = id;
        s.title = u"Sitzung %1"_s.arg(id);
        s.start = wall(start);
        s.rule = rule;
        s.duration = duration;
        return s;
    }
};

void TestProgramme::occurrences_data()
{
    QTest::addColumn<Session>("planned");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // Local starts, " cancelled" or " moved" after those that are.
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("once") << session(1, u"2026-12-08 10:00"_s) << u"2026-12-01 00:00"_s
                          << u"2027-01-01 00:00"_s << QStringList{u"2026-12-08 10:00"_s};
    QTest::newRow("weekly on Tuesday and Thursday")
        << session(1, u"2026-12-08 10:00"_s, u"FREQ=WEEKLY;BYDAY=TU,TH"_s) << u"2026-12-07 00:00"_s
        << u"2026-12-18 00:00"_s
        << QStringList{u"2026-12-08 10:00"_s, u"2026-12-10 10:00"_s, u"2026-12-15 10:00"_s,
                       u"2026-12-17 10:00"_s};
    QTest::newRow("every two weeks")
        << session(1, u"2026-12-09 15:00"_s, u"FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"_s)
        << u"2026-12-01 00:00"_s << u"2027-01-15 00:00"_s
        << QStringList{u"2026-12-09 15:00"_s, u"2026-12-23 15:00"_s, u"2027-01-06 15:00"_s};
    QTest::newRow("until a date") << session(1, u"2026-12-08 10:00"_s,
                                             u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T225959Z"_s)
                                  << u"2026-12-01 00:00"_s << u"2027-02-01 00:00"_s
                                  << QStringList{u"2026-12-08 10:00"_s, u"2026-12-15 10:00"_s,
                                                 u"2026-12-22 10:00"_s};
    // 28 March 2027: clocks go forward at 02:00. Ten o'clock stays ten o'clock.
    QTest::newRow("spring change")
        << session(1, u"2027-03-23 10:00"_s, u"FREQ=WEEKLY;BYDAY=TU"_s) << u"2027-03-20 00:00"_s
        << u"2027-04-07 00:00"_s
        << QStringList{u"2027-03-23 10:00"_s, u"2027-03-30 10:00"_s, u"2027-04-06 10:00"_s};
    // 31 October 2027: clocks go back at 03:00; a Sunday session on that very day.
    QTest::newRow("autumn change, on the day")
        << session(1, u"2027-10-24 10:00"_s, u"FREQ=WEEKLY;BYDAY=SU"_s) << u"2027-10-20 00:00"_s
        << u"2027-11-10 00:00"_s
        << QStringList{u"2027-10-24 10:00"_s, u"2027-10-31 10:00"_s, u"2027-11-07 10:00"_s};
    Session cancelled = session(1, u"2026-12-08 10:00"_s, u"FREQ=WEEKLY;BYDAY=TU"_s);
    cancelled.cancelled = {QDate(2026, 12, 15)};
    QTest::newRow("one date cancelled")
        << cancelled << u"2026-12-07 00:00"_s << u"2026-12-23 00:00"_s
        << QStringList{u"2026-12-08 10:00"_s, u"2026-12-15 10:00 cancelled"_s,
                       u"2026-12-22 10:00"_s};
    Session moved = session(1, u"2026-12-08 10:00"_s, u"FREQ=WEEKLY;BYDAY=TU"_s);
    moved.moved = {{QDate(2026, 12, 15), wall(u"2026-12-16 15:00"_s)}};
    QTest::newRow("one date moved")
        << moved << u"2026-12-07 00:00"_s << u"2026-12-23 00:00"_s
        << QStringList{u"2026-12-08 10:00"_s, u"2026-12-16 15:00 moved"_s, u"2026-12-22 10:00"_s};
}

void TestProgramme::occurrences()
{
    QFETCH(Session, planned);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    const Programme programme(berlin());
    const QList<SessionOccurrence> list = programme.occurrences({planned}, wall(from), wall(to));
    QStringList starts;
    for (const SessionOccurrence &o : list) {
        QCOMPARE(o.sessionId, planned.id);
        QCOMPARE(o.start.secsTo(o.end), qint64(planned.duration.count() * 60));
        starts.append(o.start.toTimeZone(berlin()).toString(u"yyyy-MM-dd HH:mm"_s) +
                      (o.cancelled ? u" cancelled"_s : QString()) +
                      (o.moved ? u" moved"_s : QString()));
    }
    QCOMPARE(starts, expected);
}

void TestProgramme::anOccurrenceRunningAtTheWindowStartBelongsToIt()
{
    const Programme programme(berlin());
    const Session concert = session(1, u"2026-12-09 15:00"_s, {}, 90min);
    QCOMPARE(
        programme.occurrences({concert}, wall(u"2026-12-09 16:00"_s), wall(u"2026-12-10 00:00"_s))
            .size(),
        1);
    // Over at 16:30: a window from then on does not have it.
    QCOMPARE(
        programme.occurrences({concert}, wall(u"2026-12-09 16:30"_s), wall(u"2026-12-10 00:00"_s))
            .size(),
        0);
    // In UTC: 15:00 in Berlin in December is 14:00 UTC.
    const auto list =
        programme.occurrences({concert}, wall(u"2026-12-09 00:00"_s), wall(u"2026-12-10 00:00"_s));
    QCOMPARE(list.at(0).start, QDateTime(QDate(2026, 12, 9), QTime(14, 0), Qt::UTC));
}

void TestProgramme::clashesNameTheOtherSession()
{
    const Programme programme(berlin());
    Session gymnastics = session(1, u"2026-12-08 10:00"_s, u"FREQ=WEEKLY;BYDAY=TU"_s);
    gymnastics.title = u"Sitzgymnastik"_s;
    gymnastics.cancelled = {QDate(2026, 12, 22)};
    Session concert = session(2, u"2026-12-15 10:30"_s);
    concert.title = u"Konzert"_s;
    Session afterwards = session(3, u"2026-12-15 10:45"_s); // starts as gymnastics ends
    Session onTheCancelledDay = session(4, u"2026-12-22 10:00"_s);
    const QDateTime from = wall(u"2026-12-01 00:00"_s);
    const QDateTime to = wall(u"2027-01-01 00:00"_s);

    const QList<SessionClash> clashes = programme.clashes(
        gymnastics, {gymnastics, concert, afterwards, onTheCancelledDay}, from, to);
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.at(0).sessionId, 2);
    QCOMPARE(clashes.at(0).title, u"Konzert"_s);
    QCOMPARE(clashes.at(0).start, wall(u"2026-12-15 10:30"_s).toUTC());
    // The other way round, the concert clashes with that one Tuesday.
    QCOMPARE(programme.clashes(concert, {gymnastics}, from, to).size(), 1);
    QVERIFY(programme.clashes(afterwards, {gymnastics}, from, to).isEmpty());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestProgramme)
#include "tst_programme.moc"
