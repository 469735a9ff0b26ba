// A booked video visit run by the room with the test's clock (no real waiting): the kiosk joins
// at its time by itself and says who the visit is for, the 2-minute notice before the booked
// length plus the grace time, the end; a relative who never comes ends it after ten minutes
// alone, marked 'no-show' for its date. The call screen is the real one without a call engine
// (nothing is dialled here; who is in the room is told to the runner as the engine would).
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "core/schedule/sessionoutcomes.h"
#include "core/schedule/visitrun.h"
#include "support/fixedclock.h"
#include "ui/calls/callscreen.h"
#include "ui/kit/navigator.h"
#include "ui/kit/theme.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionrunner.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

namespace {

class HomeStub final : public Screen
{
public:
    QString screenName() const override { return u"home"_s; }
};

} // namespace

class TestVisitRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theVisitJoinsByItselfAndEndsAfterItsGraceTime();
    void aRelativeWhoNeverComesEndsItAfterTenMinutes();
    void anOrdinaryCallSessionIsNoVisit();

private:
    QDateTime at(int h, int m, int s = 0) const
    {
        return QDateTime(QDate(2026, 12, 8), QTime(h, m, s), m_zone);
    }
    void go(const QDateTime &now);
    Session save(const QString &visitFor);
    QString notice() const { return m_window->roomNotice()->text(); }

    const QTimeZone m_zone{"Europe/Berlin"};
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    std::unique_ptr<MainWindow> m_window;
    Navigator *m_navigator = nullptr;
    std::unique_ptr<SessionRunner> m_runner;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(14, 50), QTimeZone("Europe/Berlin"))};
    ContactConfig m_anna;
    int m_screensMade = 0;
};

void TestVisitRun::init()
{
    m_clock.set(at(14, 50));
    m_anna = ContactConfig{};
    m_anna.id = u"anna"_s;
    m_anna.name = u"Anna"_s;
    m_anna.server = QUrl(u"https://meet.example.org/"_s);
    m_anna.room = u"familie-mueller-7f3a"_s;
    m_screensMade = 0;
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, m_zone);
    m_window = std::make_unique<MainWindow>(m_theme, m_clock, u"Haus Sonnenhang"_s);
    m_window->resize(1280, 800);
    m_navigator = new Navigator(m_window->stack(), new HomeStub, 180s, m_window.get());
    m_runner = std::make_unique<SessionRunner>(
        m_theme, *m_schedule, m_clock, *m_navigator, *m_window,
        [this](const ScheduledItem &item) -> Screen * {
            if (item.session.content.kind != SessionContent::Kind::Call)
                return nullptr;
            ++m_screensMade;
            // The real call screen, without an engine: the room is not dialled in the test.
            return new CallScreen(m_theme, nullptr, m_anna, QString(), CallScreen::Timing{});
        });
    m_runner->setOutcomes(std::make_unique<SessionOutcomes>(*m_db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestVisitRun::cleanup()
{
    m_runner.reset();
    m_window.reset();
    m_schedule.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"app.db"_s + suffix));
}

void TestVisitRun::go(const QDateTime &now)
{
    m_clock.set(now);
    m_runner->scheduler().check();
    m_runner->checkVisit();
}

Session TestVisitRun::save(const QString &visitFor)
{
    Session visit;
    visit.title = u"Video visit with Anna"_s;
    visit.content = {SessionContent::Kind::Call, u"anna"_s};
    visit.visitFor = visitFor;
    visit.start = at(15, 0);
    visit.duration = 30min;
    const auto saved = m_schedule->save(visit, Actor{1, u"Frau Berg"_s}, m_clock.now());
    return saved.value_or(Session{});
}

void TestVisitRun::theVisitJoinsByItselfAndEndsAfterItsGraceTime()
{
    const Session visit = save(u"Frau Müller"_s);
    QVERIFY(visit.id != 0);
    QSignalSpy ended(m_runner.get(), &SessionRunner::visitEnded);
    go(at(14, 59));
    QVERIFY(!m_runner->isRunning());
    go(at(15, 0));     // the countdown
    go(at(15, 0, 31)); // over: it starts by itself
    QVERIFY(m_runner->isRunning());
    QCOMPARE(m_screensMade, 1);
    auto *call = qobject_cast<CallScreen *>(m_navigator->current());
    QVERIFY(call);
    QCOMPARE(call->contact().id, u"anna"_s);
    QCOMPARE(notice(), u"Video visit with Anna for Frau Müller"_s);
    QVERIFY(m_runner->visit().has_value());
    // The no-show moment is what the runner waits for, from the clock.
    QVERIFY(m_runner->visitTimer().isActive());
    QVERIFY(qAbs(m_runner->visitTimer().remainingTime() - 10 * 60 * 1000) < 5000);

    go(at(15, 4));
    m_runner->setVisitOthers(1); // Anna is in the room
    QVERIFY(!m_runner->visitTimer().isActive());
    go(at(15, 20)); // past ten minutes: no matter, she came
    QVERIFY(m_runner->isRunning());
    go(at(15, 30)); // the booked end: the grace time goes on
    QVERIFY(m_runner->isRunning());
    QVERIFY(!notice().startsWith(u"In 2 minutes"_s));
    go(at(15, 33)); // two minutes before the end with grace
    QVERIFY2(notice().startsWith(u"In 2 minutes"_s), qPrintable(notice()));
    QVERIFY(m_runner->isRunning());
    QCOMPARE(m_runner->scheduler().running()->occurrence.end, at(15, 35));
    go(at(15, 35));
    QVERIFY(!m_runner->isRunning());
    QTRY_COMPARE(m_navigator->current(), m_navigator->home());
    QVERIFY(notice().isEmpty());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.constFirst().at(0).toBool(), true);
    QCOMPARE(ended.constFirst().at(1).value<std::chrono::seconds>(), 31min);
    QCOMPARE(SessionOutcomes(*m_db).outcome(visit.id, QDate(2026, 12, 8)),
             SessionOutcomes::Outcome::Held);
}

void TestVisitRun::aRelativeWhoNeverComesEndsItAfterTenMinutes()
{
    const Session visit = save(u"Frau Müller"_s);
    QSignalSpy ended(m_runner.get(), &SessionRunner::visitEnded);
    go(at(15, 0));
    go(at(15, 0, 30)); // started by itself now
    QVERIFY(m_runner->isRunning());
    m_runner->setVisitOthers(0); // joined, alone
    go(at(15, 10, 29));
    QVERIFY(m_runner->isRunning());
    QVERIFY(!SessionOutcomes(*m_db).outcome(visit.id, QDate(2026, 12, 8)).has_value());
    go(at(15, 10, 30)); // ten minutes alone
    QVERIFY(!m_runner->isRunning());
    QTRY_COMPARE(m_navigator->current(), m_navigator->home());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.constFirst().at(0).toBool(), false);
    QCOMPARE(ended.constFirst().at(1).value<std::chrono::seconds>(), 0s);
    QCOMPARE(SessionOutcomes(*m_db).outcome(visit.id, QDate(2026, 12, 8)),
             SessionOutcomes::Outcome::NoShow);
    // It does not start again in the time that is left.
    go(at(15, 15));
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(m_screensMade, 1);
}

void TestVisitRun::anOrdinaryCallSessionIsNoVisit()
{
    const Session call = save(QString());
    QSignalSpy ended(m_runner.get(), &SessionRunner::visitEnded);
    go(at(15, 0));
    go(at(15, 0, 31));
    QVERIFY(m_runner->isRunning());
    QVERIFY(!m_runner->visit().has_value());
    QVERIFY(!notice().startsWith(u"Video visit"_s));
    go(at(15, 20)); // nobody came: not the visit's business
    QVERIFY(m_runner->isRunning());
    go(at(15, 30)); // the end as booked, no grace time
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(ended.size(), 0);
    QVERIFY(!SessionOutcomes(*m_db).outcome(call.id, QDate(2026, 12, 8)).has_value());
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestVisitRun)
#include "tst_visitrun.moc"
