#include "core/time/minuteticker.h"
#include "support/fixedclock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

QDateTime at(QTime time)
{
    return QDateTime(QDate(2024, 5, 17), time);
}

} // namespace

class TestMinuteTicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void msecsToNextMinute_data();
    void msecsToNextMinute();
    void timerIsArmedForTheNextMinute_data();
    void timerIsArmedForTheNextMinute();
    void firesAtTheMinuteAndRearms();
    void keepsTicking();
};

void TestMinuteTicker::msecsToNextMinute_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("expected");

    QTest::addRow("14:05:00.000") << at(QTime(14, 5, 0, 0)) << 60050;
    QTest::addRow("14:05:00.001") << at(QTime(14, 5, 0, 1)) << 60049;
    QTest::addRow("14:05:00.049") << at(QTime(14, 5, 0, 49)) << 60001;
    QTest::addRow("14:05:00.050") << at(QTime(14, 5, 0, 50)) << 60000;
    QTest::addRow("14:05:30.000") << at(QTime(14, 5, 30, 0)) << 30050;
    QTest::addRow("14:05:59.950") << at(QTime(14, 5, 59, 950)) << 100;
    QTest::addRow("14:05:59.999") << at(QTime(14, 5, 59, 999)) << 51;
    QTest::addRow("23:59:59.999") << at(QTime(23, 59, 59, 999)) << 51;
    QTest::addRow("00:00:00.000") << at(QTime(0, 0)) << 60050;
    // UTC and an odd offset (India, +05:30): minutes start at the same moments.
    QTest::addRow("UTC 08:15:42.500")
        << QDateTime(QDate(2024, 1, 1), QTime(8, 15, 42, 500), QTimeZone::utc()) << 17550;
    QTest::addRow("+05:30 10:00:10.000")
        << QDateTime(QDate(2024, 1, 1), QTime(10, 0, 10), QTimeZone(5 * 3600 + 30 * 60)) << 50050;
}

void TestMinuteTicker::msecsToNextMinute()
{
    QFETCH(QDateTime, now);
    QFETCH(int, expected);

    const int msecs = MinuteTicker::msecsToNextMinute(now);
    QCOMPARE(msecs, expected);
    // Waiting that long lands just after a full minute, in the next minute.
    const QDateTime then = now.addMSecs(msecs);
    QCOMPARE(then.time().second(), 0);
    QVERIFY(then.time().msec() > 0);
    QCOMPARE(then.time().minute(), (now.time().minute() + 1) % 60);
}

void TestMinuteTicker::timerIsArmedForTheNextMinute_data()
{
    QTest::addColumn<QTime>("now");
    QTest::addColumn<int>("interval");

    QTest::addRow("14:05:00.000") << QTime(14, 5, 0, 0) << 60050;
    QTest::addRow("14:05:30.000") << QTime(14, 5, 30, 0) << 30050;
    QTest::addRow("14:05:45.250") << QTime(14, 5, 45, 250) << 14800;
}

void TestMinuteTicker::timerIsArmedForTheNextMinute()
{
    QFETCH(QTime, now);
    QFETCH(int, interval);

    const FixedClock clock(at(now));
    const MinuteTicker ticker(clock);
    const QTimer &timer = ticker.timer();
    QVERIFY(timer.isSingleShot());
    QVERIFY(timer.isActive());
    QCOMPARE(timer.timerType(), Qt::PreciseTimer);
    QCOMPARE(timer.interval(), interval);
    const int remaining = timer.remainingTime();
    QVERIFY2(remaining > 0 && remaining <= interval, qPrintable(QString::number(remaining)));
    QVERIFY(remaining <= 60050);
}

void TestMinuteTicker::firesAtTheMinuteAndRearms()
{
    FixedClock clock(at(QTime(14, 5, 59, 950))); // 100 ms to go
    MinuteTicker ticker(clock);
    QSignalSpy spy(&ticker, &MinuteTicker::minuteChanged);
    QVERIFY(spy.isValid());
    QCOMPARE(ticker.timer().interval(), 100);
    QCOMPARE(spy.count(), 0);

    // By the time it fires the clock has moved on to just after the minute.
    clock.set(at(QTime(14, 6, 0, 50)));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QVERIFY(ticker.timer().isActive());
    QVERIFY(ticker.timer().isSingleShot());
    QCOMPARE(ticker.timer().interval(), 60000); // the next minute, from the clock's "now"
}

void TestMinuteTicker::keepsTicking()
{
    FixedClock clock(at(QTime(9, 29, 59, 950)));
    MinuteTicker ticker(clock);
    QSignalSpy spy(&ticker, &MinuteTicker::minuteChanged);

    // The clock stays 100 ms before a minute: every re-arm waits 100 ms again.
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 2000);
    QVERIFY(ticker.timer().isActive());
    QCOMPARE(ticker.timer().interval(), 100);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestMinuteTicker)
#include "tst_minuteticker.moc"
