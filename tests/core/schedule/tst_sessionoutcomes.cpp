// How an occurrence went, in a real app.db: a video visit nobody joined is 'no-show' for its
// date, one the relative came to 'held'; a later outcome replaces the earlier; other dates and
// sessions stay apart. And VisitRun's times: the grace time, the no-show after ten minutes alone,
// the held length from the relative's arrival.
#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "core/schedule/sessionoutcomes.h"
#include "core/schedule/visitrun.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

class TestSessionOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNoShowIsStoredForItsDate();
    void aLaterOutcomeReplacesTheEarlier();
    void aRemovedSessionTakesItsOutcomesAlong();
    void aVisitEndsAfterItsLengthAndTheGraceTime();
    void nobodyForTenMinutesIsANoShow();
    void aRelativeWhoCameHeldTheVisit();

private:
    qint64 addVisit();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    const QTimeZone m_zone{"Europe/Berlin"};
};

void TestSessionOutcomes::init()
{
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, m_zone);
}

void TestSessionOutcomes::cleanup()
{
    m_schedule.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"app.db"_s + suffix));
}

qint64 TestSessionOutcomes::addVisit()
{
    Session visit;
    visit.title = u"Video visit with Anna"_s;
    visit.content = {SessionContent::Kind::Call, u"anna"_s};
    visit.visitFor = u"Frau Müller"_s;
    visit.start = QDateTime(QDate(2026, 12, 8), QTime(15, 0), m_zone);
    visit.duration = 30min;
    QString error;
    const auto saved = m_schedule->save(visit, Actor{1, u"Frau Berg"_s},
                                        QDateTime(QDate(2026, 12, 7), QTime(9, 0), m_zone), &error);
    if (!saved)
        qWarning() << error;
    return saved ? saved->id : 0;
}

void TestSessionOutcomes::aNoShowIsStoredForItsDate()
{
    const qint64 id = addVisit();
    QVERIFY(id != 0);
    SessionOutcomes outcomes(*m_db);
    QVERIFY(!outcomes.outcome(id, QDate(2026, 12, 8)).has_value());
    QString error;
    const QDateTime at(QDate(2026, 12, 8), QTime(14, 10), Qt::UTC);
    QVERIFY2(outcomes.record(id, QDate(2026, 12, 8), SessionOutcomes::Outcome::NoShow, at, &error),
             qPrintable(error));
    QCOMPARE(outcomes.outcome(id, QDate(2026, 12, 8)), SessionOutcomes::Outcome::NoShow);
    QVERIFY(!outcomes.outcome(id, QDate(2026, 12, 9)).has_value());
    QVERIFY(!outcomes.outcome(id + 1, QDate(2026, 12, 8)).has_value());
    QCOMPARE(outcomes.day(QDate(2026, 12, 8)).size(), 1);
    // The words and the date as the schema has them.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT date, outcome, recorded_at FROM session_outcomes"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"2026-12-08"_s);
    QCOMPARE(query.value(1).toString(), u"no-show"_s);
    QCOMPARE(query.value(2).toString(), u"2026-12-08T14:10:00Z"_s);
}

void TestSessionOutcomes::aLaterOutcomeReplacesTheEarlier()
{
    const qint64 id = addVisit();
    SessionOutcomes outcomes(*m_db);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QVERIFY(outcomes.record(id, QDate(2026, 12, 8), SessionOutcomes::Outcome::NoShow, at));
    QVERIFY(outcomes.record(id, QDate(2026, 12, 8), SessionOutcomes::Outcome::Held, at));
    QCOMPARE(outcomes.outcome(id, QDate(2026, 12, 8)), SessionOutcomes::Outcome::Held);
    QCOMPARE(outcomes.day(QDate(2026, 12, 8)).size(), 1);
}

void TestSessionOutcomes::aRemovedSessionTakesItsOutcomesAlong()
{
    const qint64 id = addVisit();
    SessionOutcomes outcomes(*m_db);
    QVERIFY(outcomes.record(id, QDate(2026, 12, 8), SessionOutcomes::Outcome::NoShow,
                            QDateTime::currentDateTimeUtc()));
    QVERIFY(m_schedule->remove(id, Actor{1, u"Frau Berg"_s}, QDateTime::currentDateTimeUtc()));
    QVERIFY(outcomes.day(QDate(2026, 12, 8)).isEmpty());
    // And a session that does not exist cannot get one (the foreign key).
    QString error;
    QVERIFY(!outcomes.record(id + 100, QDate(2026, 12, 8), SessionOutcomes::Outcome::NoShow,
                             QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(!error.isEmpty());
}

void TestSessionOutcomes::aVisitEndsAfterItsLengthAndTheGraceTime()
{
    QCOMPARE(VisitRun::grace, 5min);
    QCOMPARE(VisitRun::aloneLimit, 10min);
    const QDateTime end(QDate(2026, 12, 8), QTime(15, 30), m_zone);
    QCOMPARE(VisitRun::endWithGrace(end), QDateTime(QDate(2026, 12, 8), QTime(15, 35), m_zone));
}

void TestSessionOutcomes::nobodyForTenMinutesIsANoShow()
{
    const QDateTime start(QDate(2026, 12, 8), QTime(15, 0, 30), m_zone);
    VisitRun run(start);
    QCOMPARE(run.noShowAt(), start.addSecs(600));
    run.setOthers(0, start.addSecs(60)); // the room, still empty
    QVERIFY(!run.isNoShow(start.addSecs(599)));
    QVERIFY(run.isNoShow(start.addSecs(600)));
    QVERIFY(!run.relativeCame());
    QCOMPARE(run.heldFor(start.addSecs(700)), 0s);
}

void TestSessionOutcomes::aRelativeWhoCameHeldTheVisit()
{
    const QDateTime start(QDate(2026, 12, 8), QTime(15, 0), m_zone);
    VisitRun run(start);
    run.setOthers(1, start.addSecs(9 * 60)); // just in time
    QVERIFY(run.relativeCame());
    QVERIFY(!run.noShowAt().isValid());
    QVERIFY(!run.isNoShow(start.addSecs(3600)));
    run.setOthers(0, start.addSecs(20 * 60)); // gone again: still held, from the arrival
    QCOMPARE(run.relativeCameAt(), start.addSecs(9 * 60));
    QCOMPARE(run.heldFor(start.addSecs(25 * 60)), 16min);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestSessionOutcomes)
#include "tst_sessionoutcomes.moc"
