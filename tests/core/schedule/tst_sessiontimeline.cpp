#include "core/schedule/sessiontimeline.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The run of a session, minute by minute, with the clock in the test's hand: the banner ten
// minutes before, the countdown at the start, the notice two minutes before the end; and the
// priorities: a call is never interrupted, a ring waits during a group session.
class TestSessionTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phases_data();
    void phases();
    void currentAndNext();
    void aCallIsNeverInterrupted_data();
    void aCallIsNeverInterrupted();
    void aRingWaitsDuringAGroupSession();

private:
    static QDateTime at(const QString &time) // on 8 December 2026, UTC
    {
        return QDateTime(QDate(2026, 12, 8), QTime::fromString(time, u"HH:mm:ss"_s), Qt::UTC);
    }
    static SessionOccurrence gymnastics(bool cancelled = false)
    {
        return {1, at(u"10:00:00"_s), at(u"10:45:00"_s), cancelled, false};
    }
};

using SessionTimeline::Phase;

void TestSessionTimeline::phases_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<Phase>("phase");
    QTest::newRow("an hour before") << u"09:00:00"_s << Phase::Later;
    QTest::newRow("11 min before") << u"09:49:00"_s << Phase::Later;
    QTest::newRow("10 min before: the banner") << u"09:50:00"_s << Phase::Announced;
    QTest::newRow("a second before") << u"09:59:59"_s << Phase::Announced;
    QTest::newRow("the start: the countdown") << u"10:00:00"_s << Phase::Countdown;
    QTest::newRow("29 s in") << u"10:00:29"_s << Phase::Countdown;
    QTest::newRow("30 s in: running") << u"10:00:30"_s << Phase::Running;
    QTest::newRow("3 min before the end") << u"10:42:00"_s << Phase::Running;
    QTest::newRow("2 min before the end: the notice") << u"10:43:00"_s << Phase::EndingSoon;
    QTest::newRow("the end") << u"10:45:00"_s << Phase::Over;
}

void TestSessionTimeline::phases()
{
    QFETCH(QString, time);
    QFETCH(Phase, phase);
    QCOMPARE(SessionTimeline::phaseAt(gymnastics(), at(time)), phase);
    // A cancelled date is that, whenever one looks.
    QCOMPARE(SessionTimeline::phaseAt(gymnastics(true), at(time)), Phase::Cancelled);
}

void TestSessionTimeline::currentAndNext()
{
    const SessionOccurrence concert{2, at(u"15:00:00"_s), at(u"16:30:00"_s), false, false};
    const SessionOccurrence cancelled{3, at(u"12:00:00"_s), at(u"13:00:00"_s), true, false};
    const QList<SessionOccurrence> day{gymnastics(), cancelled, concert};
    QCOMPARE(SessionTimeline::current(day, at(u"09:55:00"_s)), std::nullopt);
    QCOMPARE(SessionTimeline::next(day, at(u"09:55:00"_s))->sessionId, 1);
    QCOMPARE(SessionTimeline::current(day, at(u"10:10:00"_s))->sessionId, 1);
    // The cancelled one is never next and never current.
    QCOMPARE(SessionTimeline::next(day, at(u"10:10:00"_s))->sessionId, 2);
    QCOMPARE(SessionTimeline::current(day, at(u"12:30:00"_s)), std::nullopt);
    QCOMPARE(SessionTimeline::next(day, at(u"16:00:00"_s)), std::nullopt);
}

void TestSessionTimeline::aCallIsNeverInterrupted_data()
{
    QTest::addColumn<bool>("callRunning");
    QTest::addColumn<QString>("callEnded");
    QTest::addColumn<QString>("now");
    QTest::addColumn<SessionTimeline::Start>("decision");
    using Start = SessionTimeline::Start;
    QTest::newRow("no call") << false << QString() << u"10:00:00"_s << Start::Now;
    QTest::newRow("a call runs at the start")
        << true << QString() << u"10:00:00"_s << Start::AfterTheCall;
    QTest::newRow("the call ended at 10:20")
        << false << u"10:20:00"_s << u"10:20:00"_s << Start::Now;
    QTest::newRow("the call ended at 10:44: only the notice left")
        << false << u"10:44:00"_s << u"10:44:00"_s << Start::Missed;
    QTest::newRow("a call that ended before the start")
        << false << u"09:30:00"_s << u"10:00:00"_s << Start::Now;
    QTest::newRow("the kiosk was off until after the end")
        << false << QString() << u"11:00:00"_s << Start::Missed;
}

void TestSessionTimeline::aCallIsNeverInterrupted()
{
    QFETCH(bool, callRunning);
    QFETCH(QString, callEnded);
    QFETCH(QString, now);
    QFETCH(SessionTimeline::Start, decision);
    QCOMPARE(SessionTimeline::startDecision(gymnastics(), callRunning,
                                            callEnded.isEmpty() ? QDateTime() : at(callEnded),
                                            at(now)),
             decision);
}

void TestSessionTimeline::aRingWaitsDuringAGroupSession()
{
    QVERIFY(SessionTimeline::ringMayInterrupt(false, false));
    QVERIFY(!SessionTimeline::ringMayInterrupt(true, false));
    QVERIFY(SessionTimeline::ringMayInterrupt(true, true));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestSessionTimeline)
#include "tst_sessiontimeline.moc"
