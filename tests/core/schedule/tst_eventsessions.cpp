#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/events/eventcache.h"
#include "core/events/eventsource.h"
#include "core/schedule/eventsessions.h"
#include "core/schedule/schedule.h"
#include "support/fixedclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// Sessions made from events, with a real app.db and a real events cache written as
// dorfplatz-sync writes it (EventCache::replaceFeed in a writer connection, read by the
// kiosk's EventSource): made once, then a later sync that cancels, moves, removes or keeps the
// event.
class TestEventSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anEventBecomesAnAnnouncement();
    void anAllDayEventStartsInTheMorning();
    void itIsMadeOnlyOnce();
    void aCancelledEventCancelsTheDate();
    void aRemovedEventCancelsTheDate();
    void aMovedEventMovesTheSession();
    void anUnchangedEventWritesNothing();
    void aBrokenOrEmptyCacheCancelsNothing();

private:
    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }
    static QDateTime local(int day, int h, int m)
    {
        return QDateTime(QDate(2026, 12, day), QTime(h, m), berlin());
    }
    static EventOccurrence kerwe();
    // A sync: the feed's rows replaced, and the kiosk's source told (as its poll would).
    void sync(const EventOccurrences &rows);
    Session makeSession(const EventOccurrence &event);
    int auditCount() const { return AuditLog(*m_db).count(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    std::unique_ptr<EventCache> m_writer;
    std::unique_ptr<EventSource> m_source;
    FixedClock m_clock{local(5, 9, 0).toUTC()};
    std::unique_ptr<EventSessions> m_eventSessions;
    int m_round = 0;
};

EventOccurrence TestEventSessions::kerwe()
{
    EventOccurrence event;
    event.feedId = u"vg"_s;
    event.uid = u"kerwe-2026@rammelsbach.de"_s;
    event.start = local(12, 15, 0).toUTC();
    event.end = local(12, 18, 0).toUTC();
    event.timeZone = u"Europe/Berlin"_s;
    event.title = u"Kerwe"_s;
    event.location = u"Rammelsbach"_s;
    return event;
}

void TestEventSessions::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, berlin());
    const QString cachePath = m_dir.filePath(EventCache::fileName);
    m_writer = EventCache::open(cachePath, &error);
    QVERIFY2(m_writer, qPrintable(error));
    m_source = std::make_unique<EventSource>(cachePath);
    m_clock.set(local(5, 9, 0).toUTC());
    m_eventSessions = std::make_unique<EventSessions>(*m_schedule, *m_source, m_clock);
    m_round = 0;
    sync({kerwe()});
}

void TestEventSessions::cleanup()
{
    m_eventSessions.reset();
    m_source.reset();
    m_writer.reset();
    m_schedule.reset();
    m_db.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

void TestEventSessions::sync(const EventOccurrences &rows)
{
    FeedStatus status;
    status.feedId = u"vg"_s;
    status.name = u"Verbandsgemeinde"_s;
    status.lastSuccess = m_clock.now().addSecs(++m_round);
    QString error;
    QVERIFY2(m_writer->replaceFeed(status, rows, &error), qPrintable(error));
    m_source->checkForChanges();
}

Session TestEventSessions::makeSession(const EventOccurrence &event)
{
    const auto added = EventSessions::add(*m_schedule, event, Actor{1, u"Pflege"_s}, m_clock.now());
    if (!added.created || !added.session)
        qWarning() << "not created:" << added.error;
    return added.session.value_or(Session{});
}

void TestEventSessions::anEventBecomesAnAnnouncement()
{
    const Session made = makeSession(kerwe());
    QVERIFY(made.id > 0);
    const auto stored = m_schedule->session(made.id);
    QVERIFY(stored);
    QCOMPARE(stored->title, u"Kerwe in Rammelsbach"_s);
    QCOMPARE(stored->content.kind, SessionContent::Kind::Announcement);
    QVERIFY(!stored->startsByItself);
    QCOMPARE(stored->start, local(12, 15, 0));
    QCOMPARE(stored->start.toTimeZone(berlin()).time(), QTime(15, 0));
    QCOMPARE(stored->duration, 180min);
    QVERIFY(stored->rule.isEmpty());
    QCOMPARE(stored->eventUid, kerwe().uid);
    QCOMPARE(stored->eventStart, kerwe().start);
    QCOMPARE(stored->note, u"Rammelsbach"_s);
    // In the programme of that day, at 15:00.
    const auto day = m_schedule->day(QDate(2026, 12, 12));
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.first().occurrence.start, kerwe().start);

    // An address is not put after "in"; a place already in the title not twice.
    EventOccurrence concert = kerwe();
    concert.title = u"Adventskonzert"_s;
    concert.location = u"Protestantische Kirche, Hauptstr. 2, 66887 Rammelsbach"_s;
    QCOMPARE(EventSessions::sessionFor(concert, berlin()).title, u"Adventskonzert"_s);
    QCOMPARE(EventSessions::sessionFor(concert, berlin()).note, concert.location);
    concert.title = u"Kerwe in Rammelsbach"_s;
    concert.location = u"Rammelsbach"_s;
    QCOMPARE(EventSessions::sessionFor(concert, berlin()).title, u"Kerwe in Rammelsbach"_s);
    // Without an end: an hour; very long: capped.
    concert.end = concert.start;
    QCOMPARE(EventSessions::sessionFor(concert, berlin()).duration, 60min);
    concert.end = concert.start.addDays(2);
    QCOMPARE(EventSessions::sessionFor(concert, berlin()).duration, EventSessions::maxDuration);
}

void TestEventSessions::anAllDayEventStartsInTheMorning()
{
    EventOccurrence market = kerwe();
    market.uid = u"markt@altenglan.de"_s;
    market.allDay = true;
    market.startDate = QDate(2026, 12, 13);
    market.endDate = QDate(2026, 12, 14);
    market.start = QDateTime(market.startDate, QTime(0, 0), berlin()).toUTC();
    market.end = QDateTime(market.endDate, QTime(0, 0), berlin()).toUTC();
    const Session session = EventSessions::sessionFor(market, berlin());
    QCOMPARE(session.start, local(13, 10, 0));
    QCOMPARE(session.duration, EventSessions::defaultDuration);
    QCOMPARE(session.eventStart, market.start);
}

void TestEventSessions::itIsMadeOnlyOnce()
{
    const Session first = makeSession(kerwe());
    QVERIFY(first.id > 0);
    const int audits = auditCount();
    const auto again =
        EventSessions::add(*m_schedule, kerwe(), Actor{1, u"Pflege"_s}, m_clock.now());
    QVERIFY(!again.created);
    QVERIFY(again.session);
    QCOMPARE(again.session->id, first.id);
    QCOMPARE(m_schedule->sessions().size(), 1);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(EventSessions::madeFrom(*m_schedule, kerwe())->id, first.id);
    // Another date of the same UID (a series) is another event.
    EventOccurrence nextWeek = kerwe();
    nextWeek.start = nextWeek.start.addDays(7);
    QVERIFY(!EventSessions::madeFrom(*m_schedule, nextWeek));
}

void TestEventSessions::aCancelledEventCancelsTheDate()
{
    const Session made = makeSession(kerwe());
    const int audits = auditCount();
    QSignalSpy changed(m_eventSessions.get(), &EventSessions::sessionsChanged);
    EventOccurrence cancelled = kerwe();
    cancelled.cancelled = true;
    sync({cancelled}); // EventSource::changed runs update()
    QCOMPARE(changed.size(), 1);
    const auto stored = m_schedule->session(made.id);
    QCOMPARE(stored->cancelled, QList<QDate>{QDate(2026, 12, 12)});
    QCOMPARE(stored->start, made.start);
    QCOMPARE(auditCount(), audits + 1);
    const AuditEntry entry = AuditLog(*m_db).newest(0, 1).first();
    QCOMPARE(entry.actor.name, EventSessions::syncActor().name);
    QVERIFY(!entry.actor.accountId);
    // The programme shows it, marked.
    const auto day = m_schedule->day(QDate(2026, 12, 12));
    QCOMPARE(day.size(), 1);
    QVERIFY(day.first().occurrence.cancelled);
    // Once: the next sync finds it cancelled already.
    sync({cancelled});
    QCOMPARE(m_eventSessions->update(), 0);
    QCOMPARE(auditCount(), audits + 1);
}

void TestEventSessions::aRemovedEventCancelsTheDate()
{
    const Session made = makeSession(kerwe());
    EventOccurrence other = kerwe();
    other.uid = u"other"_s;
    sync({other});
    QCOMPARE(m_schedule->session(made.id)->cancelled, QList<QDate>{QDate(2026, 12, 12)});
}

void TestEventSessions::aMovedEventMovesTheSession()
{
    const Session made = makeSession(kerwe());
    const int audits = auditCount();
    EventOccurrence moved = kerwe();
    moved.start = local(13, 14, 30).toUTC();
    moved.end = local(13, 17, 0).toUTC();
    sync({moved});
    const auto stored = m_schedule->session(made.id);
    QCOMPARE(stored->start, local(13, 14, 30));
    QCOMPARE(stored->eventStart, moved.start);
    QVERIFY(stored->cancelled.isEmpty());
    QCOMPARE(stored->title, made.title);
    QCOMPARE(auditCount(), audits + 1);
    QCOMPARE(AuditLog(*m_db).newest(0, 1).first().actor.name, EventSessions::syncActor().name);
    QVERIFY(m_schedule->day(QDate(2026, 12, 12)).isEmpty());
    QCOMPARE(m_schedule->day(QDate(2026, 12, 13)).size(), 1);

    // One date of a weekly series moved: the session follows that date, not another one.
    EventOccurrence weekly = kerwe();
    weekly.uid = u"chor@altenglan.de"_s;
    weekly.title = u"Chorprobe"_s;
    EventOccurrences series;
    for (int week = 0; week < 3; ++week) {
        EventOccurrence date = weekly;
        date.start = weekly.start.addDays(7 * week);
        date.end = weekly.end.addDays(7 * week);
        series.append(date);
    }
    sync(series + EventOccurrences{moved});
    const Session choir = makeSession(series.at(1));
    series[1].start = series.at(1).start.addSecs(3600);
    series[1].end = series.at(1).end.addSecs(3600);
    sync(series + EventOccurrences{moved});
    QCOMPARE(m_schedule->session(choir.id)->start, local(19, 16, 0));
    QCOMPARE(m_schedule->session(choir.id)->eventStart, series.at(1).start);
}

void TestEventSessions::anUnchangedEventWritesNothing()
{
    const Session made = makeSession(kerwe());
    const int audits = auditCount();
    QSignalSpy changed(m_eventSessions.get(), &EventSessions::sessionsChanged);
    QSignalSpy scheduleChanged(m_schedule.get(), &Schedule::changed);
    EventOccurrence retitled = kerwe();
    retitled.description = u"Mit Musik"_s;
    sync({retitled});
    QCOMPARE(m_eventSessions->update(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(scheduleChanged.size(), 0);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(*m_schedule->session(made.id), made);
}

void TestEventSessions::aBrokenOrEmptyCacheCancelsNothing()
{
    const Session made = makeSession(kerwe());
    const int audits = auditCount();
    // Past sessions are left alone: the cache forgets old events.
    m_clock.set(local(12, 19, 0).toUTC());
    sync({});
    QCOMPARE(m_eventSessions->update(), 0);
    QCOMPARE(auditCount(), audits);

    // A cache that no sync has filled yet says nothing.
    m_clock.set(local(5, 9, 0).toUTC());
    m_eventSessions.reset();
    m_source.reset();
    m_writer.reset();
    for (const QString &name : QDir(m_dir.path()).entryList({u"events.db*"_s}, QDir::Files))
        QVERIFY(QFile::remove(m_dir.filePath(name)));
    m_source = std::make_unique<EventSource>(m_dir.filePath(EventCache::fileName));
    m_eventSessions = std::make_unique<EventSessions>(*m_schedule, *m_source, m_clock);
    QCOMPARE(m_eventSessions->update(), 0);
    QCOMPARE(auditCount(), audits);
    QVERIFY(m_schedule->session(made.id)->cancelled.isEmpty());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestEventSessions)
#include "tst_eventsessions.moc"
