#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "core/schedule/sessionscheduler.h"
#include "support/fixedclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// The programme run in time, with the clock in the test's hand and a real app.db: the banner
// 10 min before, the countdown at the start, the start by itself after it, the notice 2 min
// before the end, the end; "Heute nicht"; a session that only reminds; a call that delays a
// session or makes it missed; a change of the programme while it waits; and the timer armed for
// the next moment instead of ticking.
class TestSessionScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSessionRunsFromBannerToEnd();
    void notTodaySkipsIt();
    void aReminderDoesNotStartByItself();
    void aCallDelaysTheSession();
    void aCallThatRunsThroughMakesItMissed();
    void troubleStaysWithItsDate();
    void aCancelledSessionEndsWhileRunning();
    void startNowRunsItsMinutes();
    void theTimerSleepsUntilTheNextMoment();

private:
    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }
    static QDateTime at(int h, int m, int s = 0)
    {
        return QDateTime(QDate(2026, 12, 8), QTime(h, m, s), berlin()).toUTC();
    }
    Session save(const QString &title, QTime start, bool byItself = true);
    // Sets the clock and asks the scheduler, as its timer would.
    void go(const QDateTime &now);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    FixedClock m_clock{at(9, 0)};
    std::unique_ptr<SessionScheduler> m_scheduler;
};

void TestSessionScheduler::init()
{
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, berlin());
    m_clock.set(at(9, 0));
    m_scheduler = std::make_unique<SessionScheduler>(*m_schedule, m_clock);
}

void TestSessionScheduler::cleanup()
{
    m_scheduler.reset();
    m_schedule.reset();
    m_db.reset();
    QFile::remove(m_dir.filePath(u"app.db"_s));
}

Session TestSessionScheduler::save(const QString &title, QTime start, bool byItself)
{
    Session s;
    s.title = title;
    s.content = {SessionContent::Kind::Stream, u"gymnastik"_s};
    s.start = QDateTime(QDate(2026, 12, 1), start, berlin());
    s.rule = u"FREQ=WEEKLY;BYDAY=TU"_s;
    s.duration = 45min;
    s.startsByItself = byItself;
    const auto saved = m_schedule->save(s, Actor{1, u"Test"_s}, m_clock.now());
    return saved.value_or(Session{});
}

void TestSessionScheduler::go(const QDateTime &now)
{
    m_clock.set(now);
    m_scheduler->check();
}

void TestSessionScheduler::aSessionRunsFromBannerToEnd()
{
    const Session gym = save(u"Sitzgymnastik"_s, QTime(10, 0));
    QVERIFY(gym.id > 0);
    QSignalSpy countdown(m_scheduler.get(), &SessionScheduler::countdownStarted);
    QSignalSpy due(m_scheduler.get(), &SessionScheduler::due);
    QSignalSpy ending(m_scheduler.get(), &SessionScheduler::endingSoon);
    QSignalSpy ended(m_scheduler.get(), &SessionScheduler::ended);

    go(at(9, 49));
    QVERIFY(!m_scheduler->announced());
    go(at(9, 50));
    QVERIFY(m_scheduler->announced());
    QCOMPARE(m_scheduler->announced()->session.title, u"Sitzgymnastik"_s);
    QCOMPARE(countdown.size(), 0);

    go(at(10, 0));
    QCOMPARE(countdown.size(), 1);
    QCOMPARE(due.size(), 0); // the 30 s first
    QVERIFY(!m_scheduler->announced());
    go(at(10, 0, 20));
    QCOMPARE(countdown.size(), 1); // once
    go(at(10, 0, 30));
    QCOMPARE(due.size(), 1);
    const auto item = due.at(0).at(0).value<ScheduledItem>();
    QCOMPARE(item.session.id, gym.id);
    m_scheduler->started(item);
    QVERIFY(m_scheduler->isGroupSessionRunning());

    go(at(10, 30));
    QCOMPARE(ending.size(), 0);
    go(at(10, 43));
    QCOMPARE(ending.size(), 1);
    go(at(10, 44));
    QCOMPARE(ending.size(), 1);
    QCOMPARE(ended.size(), 0);
    go(at(10, 45));
    QCOMPARE(ended.size(), 1);
    QVERIFY(!m_scheduler->isGroupSessionRunning());
    go(at(10, 46));
    QCOMPARE(due.size(), 1); // never again today
}

void TestSessionScheduler::notTodaySkipsIt()
{
    save(u"Sitzgymnastik"_s, QTime(10, 0));
    QSignalSpy countdown(m_scheduler.get(), &SessionScheduler::countdownStarted);
    QSignalSpy due(m_scheduler.get(), &SessionScheduler::due);
    go(at(10, 0, 5));
    QCOMPARE(countdown.size(), 1);
    m_scheduler->skipped(countdown.at(0).at(0).value<ScheduledItem>());
    go(at(10, 1));
    QCOMPARE(due.size(), 0);
    QVERIFY(!m_scheduler->isGroupSessionRunning());
}

void TestSessionScheduler::aReminderDoesNotStartByItself()
{
    save(u"Kaffeerunde"_s, QTime(15, 0), false);
    QSignalSpy countdown(m_scheduler.get(), &SessionScheduler::countdownStarted);
    QSignalSpy due(m_scheduler.get(), &SessionScheduler::due);
    go(at(15, 0));
    QCOMPARE(countdown.size(), 1);
    go(at(15, 5));
    QCOMPARE(due.size(), 0);
}

void TestSessionScheduler::aCallDelaysTheSession()
{
    save(u"Konzert"_s, QTime(15, 0));
    QSignalSpy countdown(m_scheduler.get(), &SessionScheduler::countdownStarted);
    QSignalSpy due(m_scheduler.get(), &SessionScheduler::due);
    go(at(14, 55));
    m_scheduler->setCallRunning(true);
    go(at(15, 0, 40));
    QCOMPARE(countdown.size(), 0); // never over a running call
    QCOMPARE(due.size(), 0);
    m_clock.set(at(15, 10));
    m_scheduler->setCallRunning(false);
    QCOMPARE(due.size(), 1); // what is left of it
}

void TestSessionScheduler::aCallThatRunsThroughMakesItMissed()
{
    save(u"Konzert"_s, QTime(15, 0));
    QSignalSpy due(m_scheduler.get(), &SessionScheduler::due);
    QSignalSpy missed(m_scheduler.get(), &SessionScheduler::missed);
    go(at(14, 59));
    m_scheduler->setCallRunning(true);
    go(at(15, 1));
    // The call ends when only the closing notice is left.
    m_clock.set(at(15, 44));
    m_scheduler->setCallRunning(false);
    QCOMPARE(due.size(), 0);
    QCOMPARE(missed.size(), 1);
    // Staff's "Heute" says so.
    const ScheduledItem item = missed.at(0).at(0).value<ScheduledItem>();
    QVERIFY(m_scheduler->wasMissed(item));
    QVERIFY(!m_scheduler->wasMissed(m_schedule->day(QDate(2026, 12, 9)).value(0)));
}

void TestSessionScheduler::troubleStaysWithItsDate()
{
    save(u"Konzert"_s, QTime(15, 0));
    QSignalSpy due(m_scheduler.get(), &SessionScheduler::due);
    QSignalSpy changed(m_scheduler.get(), &SessionScheduler::troubleChanged);
    m_scheduler->setTrouble(u"no session runs: nothing to mark"_s);
    QCOMPARE(changed.size(), 0);
    go(at(15, 1));
    const ScheduledItem item = due.at(0).at(0).value<ScheduledItem>();
    m_scheduler->started(item);
    m_scheduler->setTrouble(u"Der Sender antwortet nicht."_s);
    m_scheduler->setTrouble(u"Der Sender antwortet nicht."_s); // told twice, changed once
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_scheduler->trouble(item), u"Der Sender antwortet nicht."_s);
    // It works again, and fails again; after the end the last word stays with the date.
    m_scheduler->setTrouble({});
    QVERIFY(m_scheduler->trouble(item).isEmpty());
    m_scheduler->setTrouble(u"Wieder weg."_s);
    go(at(15, 45));
    QVERIFY(!m_scheduler->isGroupSessionRunning());
    QCOMPARE(m_scheduler->trouble(item), u"Wieder weg."_s);
    QCOMPARE(changed.size(), 3);
}

void TestSessionScheduler::aCancelledSessionEndsWhileRunning()
{
    const Session gym = save(u"Sitzgymnastik"_s, QTime(10, 0));
    QSignalSpy due(m_scheduler.get(), &SessionScheduler::due);
    QSignalSpy ended(m_scheduler.get(), &SessionScheduler::ended);
    go(at(10, 1));
    QCOMPARE(due.size(), 1);
    m_scheduler->started(due.at(0).at(0).value<ScheduledItem>());
    QVERIFY(m_schedule->cancelDate(gym.id, QDate(2026, 12, 8), Actor{1, u"Test"_s}, at(10, 5)));
    // Schedule::changed made the scheduler look again.
    QCOMPARE(ended.size(), 1);
}

void TestSessionScheduler::startNowRunsItsMinutes()
{
    QSignalSpy ended(m_scheduler.get(), &SessionScheduler::ended);
    go(at(11, 0));
    ScheduledItem now;
    now.session.title = u"Radio"_s;
    now.occurrence.start = at(11, 0);
    now.occurrence.end = at(11, 30);
    m_scheduler->started(now);
    go(at(11, 20));
    QVERIFY(m_scheduler->isGroupSessionRunning());
    QCOMPARE(ended.size(), 0);
    go(at(11, 30));
    QCOMPARE(ended.size(), 1);
}

void TestSessionScheduler::theTimerSleepsUntilTheNextMoment()
{
    save(u"Sitzgymnastik"_s, QTime(10, 0));
    go(at(9, 0));
    // Next: the banner at 9:50, 50 minutes away (and a little more, never early).
    QVERIFY(m_scheduler->timer().isActive());
    const int ms = m_scheduler->timer().interval();
    QVERIFY2(ms >= 50 * 60 * 1000 && ms < 50 * 60 * 1000 + 1000, qPrintable(QString::number(ms)));
    go(at(10, 0, 10));
    QCOMPARE(m_scheduler->timer().interval(), 20 * 1000 + 50); // the end of the countdown
    // Nothing planned: once an hour.
    m_schedule->remove(m_schedule->sessions().first().id, Actor{1, u"Test"_s}, at(10, 1));
    go(at(12, 0));
    QCOMPARE(m_scheduler->timer().interval(), 60 * 60 * 1000 + 50);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestSessionScheduler)
#include "tst_sessionscheduler.moc"
