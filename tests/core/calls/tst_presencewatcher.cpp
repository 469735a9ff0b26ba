#include "core/calls/presencewatcher.h"
#include "support/roomsizeserver.h"
#include "support/fixedclock.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// The room-size endpoint is a stand-in for Prosody's mod_muc_size (see roomsizeserver.h).
class TestPresenceWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void transitions();
    void missingRoomIsEmpty();
    void garbageChangesNothing_data();
    void garbageChangesNothing();
    void hangingRequestTimesOut();
    void outsideHoursNothingIsRequested();
    void hoursAreCheckedAtEveryPoll();
    void nothingRunsWhenNothingMayRing();
    void pausedPollsNothing();

private:
    using Changes = QList<std::pair<QString, int>>;
    static Changes changes(const QSignalSpy &spy);
    std::unique_ptr<PresenceWatcher> makeWatcher(const QList<ContactConfig> &contacts);

    std::unique_ptr<Test::RoomSizeServer> m_rooms;
    std::unique_ptr<FixedClock> m_clock;
};

void TestPresenceWatcher::init()
{
    m_rooms = std::make_unique<Test::RoomSizeServer>();
    QVERIFY(m_rooms->listen());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 15), QTime(12, 0)));
    // Every failure is logged once per contact: a second warning fails the test.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestPresenceWatcher::cleanup()
{
    m_rooms.reset();
}

TestPresenceWatcher::Changes TestPresenceWatcher::changes(const QSignalSpy &spy)
{
    Changes list;
    for (const QList<QVariant> &arguments : spy)
        list.append({arguments.at(0).toString(), arguments.at(1).toInt()});
    return list;
}

std::unique_ptr<PresenceWatcher>
TestPresenceWatcher::makeWatcher(const QList<ContactConfig> &contacts)
{
    auto watcher = std::make_unique<PresenceWatcher>(m_rooms->config(contacts), *m_clock);
    watcher->setPollInterval(20ms);
    return watcher;
}

void TestPresenceWatcher::transitions()
{
    m_rooms->setParticipants(u"anna"_s, 0);
    const auto watcher = makeWatcher({m_rooms->contact(u"anna"_s)});
    QCOMPARE(watcher->pollInterval(), 20ms);
    QSignalSpy spy(watcher.get(), &PresenceWatcher::occupancyChanged);
    QVERIFY(!watcher->occupancy(u"anna"_s));
    watcher->start();
    QVERIFY(watcher->isPolling());

    // The first answer is news, even when nobody is there.
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 0}}));
    QCOMPARE(watcher->occupancy(u"anna"_s), std::optional<int>(0));
    // The same answer again is no change.
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 3));
    QCOMPARE(spy.size(), 1);

    m_rooms->setParticipants(u"anna"_s, 1);
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 0}, {u"anna"_s, 1}}));
    QCOMPARE(watcher->occupancy(u"anna"_s), std::optional<int>(1));
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 3));
    QCOMPARE(spy.size(), 2);

    m_rooms->setParticipants(u"anna"_s, 0);
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 0}, {u"anna"_s, 1}, {u"anna"_s, 0}}));
    // Never more than one request per room at a time.
    QVERIFY(watcher->pendingRequests() <= 1);
}

void TestPresenceWatcher::missingRoomIsEmpty()
{
    m_rooms->setParticipants(u"anna"_s, 2);
    const auto watcher = makeWatcher({m_rooms->contact(u"anna"_s)});
    QSignalSpy spy(watcher.get(), &PresenceWatcher::occupancyChanged);
    watcher->start();
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 2}}));
    // mod_muc_size answers 404 for a room that does not exist: nobody is in it.
    m_rooms->setMissing(u"anna"_s);
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 2}, {u"anna"_s, 0}}));
}

void TestPresenceWatcher::garbageChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body"); // empty: status 500 instead
    QTest::addColumn<QString>("logged");

    QTest::addRow("not JSON") << QByteArray("<html>Bad Gateway</html>") << u"not an answer like"_s;
    QTest::addRow("no number") << QByteArray(R"({"participants": "two"})")
                               << u"not an answer like"_s;
    QTest::addRow("negative") << QByteArray(R"({"participants": -1})") << u"not an answer like"_s;
    QTest::addRow("a list") << QByteArray("[1]") << u"not an answer like"_s;
    QTest::addRow("too large") << QByteArray(100 * 1024, ' ') << u"larger than"_s;
    QTest::addRow("server error") << QByteArray() << u"InternalServerError"_s;
}

void TestPresenceWatcher::garbageChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, logged);

    m_rooms->setParticipants(u"anna"_s, 1);
    const auto watcher = makeWatcher({m_rooms->contact(u"anna"_s)});
    QSignalSpy spy(watcher.get(), &PresenceWatcher::occupancyChanged);
    watcher->start();
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 1}}));

    // Logged once, although it fails at every poll.
    // Neither the contact nor the room's address: the host only (the room is the family's secret).
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"a contact's room \\(asked 127.0.0.1\\).*"_s +
                                            QRegularExpression::escape(logged)));
    if (body.isEmpty())
        m_rooms->setStatus(u"anna"_s, 500);
    else
        m_rooms->setAnswer(u"anna"_s, body);
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 5));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(watcher->occupancy(u"anna"_s), std::optional<int>(1)); // what was known stays

    // Working again: said once in the log (info), and changes come through.
    m_rooms->setParticipants(u"anna"_s, 0);
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 1}, {u"anna"_s, 0}}));
}

void TestPresenceWatcher::hangingRequestTimesOut()
{
    m_rooms->setHang(u"anna"_s);
    const auto watcher = makeWatcher({m_rooms->contact(u"anna"_s)});
    watcher->setRequestTimeout(300ms);
    QSignalSpy spy(watcher.get(), &PresenceWatcher::occupancyChanged);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"a contact's room.*no answer within 300 ms"_s));
    QElapsedTimer elapsed;
    elapsed.start();
    watcher->start();
    QTRY_COMPARE(m_rooms->requestCount(u"anna"_s), 1);
    QCOMPARE(watcher->pendingRequests(), 1);
    // Polls every 20 ms, but asks again only after the hanging request gave up.
    QTRY_COMPARE_WITH_TIMEOUT(m_rooms->requestCount(u"anna"_s), 2, 5000);
    QVERIFY2(elapsed.elapsed() >= 280, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(spy.size(), 0);
    QVERIFY(!watcher->occupancy(u"anna"_s));

    m_rooms->setParticipants(u"anna"_s, 1);
    QTRY_COMPARE_WITH_TIMEOUT(changes(spy), (Changes{{u"anna"_s, 1}}), 5000);
}

void TestPresenceWatcher::outsideHoursNothingIsRequested()
{
    m_rooms->setParticipants(u"anna"_s, 1);
    m_rooms->setParticipants(u"lukas"_s, 1);
    // At noon Anna may ring; Lukas only at night.
    const auto watcher = makeWatcher(
        {m_rooms->contact(u"anna"_s), m_rooms->contact(u"lukas"_s, {{QTime(21, 0), QTime(7, 0)}})});
    QSignalSpy spy(watcher.get(), &PresenceWatcher::occupancyChanged);
    watcher->start();
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 5));
    QCOMPARE(m_rooms->requestCount(u"lukas"_s), 0);
    QCOMPARE(changes(spy), (Changes{{u"anna"_s, 1}}));
    QVERIFY(!watcher->occupancy(u"lukas"_s));
}

void TestPresenceWatcher::hoursAreCheckedAtEveryPoll()
{
    m_rooms->setParticipants(u"anna"_s, 1);
    const auto watcher = makeWatcher({m_rooms->contact(u"anna"_s)});
    QSignalSpy spy(watcher.get(), &PresenceWatcher::occupancyChanged);
    watcher->start();
    QTRY_COMPARE(spy.size(), 1);

    // 20:00: the ring hours are over. Polling stops; it waits for tomorrow's 08:00.
    m_clock->set(QDateTime(QDate(2026, 6, 15), QTime(20, 0)));
    QTRY_VERIFY(!watcher->isPolling());
    QVERIFY(watcher->isWaitingForHours());
    QVERIFY(!watcher->occupancy(u"anna"_s)); // forgotten: it is not watched
    const int asked = m_rooms->requestCount(u"anna"_s);

    // Next morning (the single-shot timer would fire then; recheck() does it now).
    m_clock->set(QDateTime(QDate(2026, 6, 16), QTime(8, 0)));
    watcher->recheck();
    QVERIFY(watcher->isPolling());
    QVERIFY(!watcher->isWaitingForHours());
    QTRY_VERIFY(m_rooms->requestCount(u"anna"_s) > asked);
    // Not known before, so the room is news again.
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 1}, {u"anna"_s, 1}}));
}

void TestPresenceWatcher::nothingRunsWhenNothingMayRing()
{
    ContactConfig silent = m_rooms->contact(u"anna"_s);
    silent.ring = false;
    const auto watcher = makeWatcher({silent});
    watcher->start();
    QVERIFY(watcher->isStarted());
    // No contact can ever ring: no timer at all.
    QVERIFY(!watcher->isPolling());
    QVERIFY(!watcher->isWaitingForHours());
    QCOMPARE(watcher->pendingRequests(), 0);

    // Without a room-size address nothing rings either.
    KioskConfig config = m_rooms->config({m_rooms->contact(u"anna"_s)});
    config.calls.roomSizeUrl.clear();
    PresenceWatcher unconfigured(config, *m_clock);
    unconfigured.start();
    QVERIFY(!unconfigured.isPolling());
    QVERIFY(!unconfigured.isWaitingForHours());
    QCOMPARE(unconfigured.pendingRequests(), 0);
    QCOMPARE(m_rooms->requestCount(u"anna"_s), 0);
}

void TestPresenceWatcher::pausedPollsNothing()
{
    m_rooms->setParticipants(u"anna"_s, 1);
    m_rooms->setParticipants(u"control"_s, 0);
    const auto watcher = makeWatcher({m_rooms->contact(u"anna"_s)});
    // A second watcher on another room shows that time passes.
    const auto control = makeWatcher({m_rooms->contact(u"control"_s)});
    QSignalSpy spy(watcher.get(), &PresenceWatcher::occupancyChanged);
    watcher->setPaused(true);
    watcher->start();
    control->start();
    QVERIFY(m_rooms->waitForRequests(u"control"_s, 5));
    QCOMPARE(m_rooms->requestCount(u"anna"_s), 0);
    QVERIFY(!watcher->isPolling());

    watcher->setPaused(false);
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 1}}));

    // Paused with a request in flight: it is dropped and reports nothing.
    m_rooms->setHang(u"anna"_s);
    const int asked = m_rooms->requestCount(u"anna"_s);
    QTRY_COMPARE(m_rooms->requestCount(u"anna"_s), asked + 1);
    QCOMPARE(watcher->pendingRequests(), 1);
    watcher->setPaused(true);
    QCOMPARE(watcher->pendingRequests(), 0);
    QVERIFY(!watcher->occupancy(u"anna"_s)); // not watched while paused
    m_rooms->setParticipants(u"anna"_s, 1);
    QVERIFY(m_rooms->waitForRequests(u"control"_s, 5));
    QCOMPARE(m_rooms->requestCount(u"anna"_s), asked + 1);
    QCOMPARE(spy.size(), 1);

    // Unpaused, the room is reported afresh.
    watcher->setPaused(false);
    QTRY_COMPARE(changes(spy), (Changes{{u"anna"_s, 1}, {u"anna"_s, 1}}));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestPresenceWatcher)
#include "tst_presencewatcher.moc"
