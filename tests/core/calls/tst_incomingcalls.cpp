#include "core/calls/incomingcalls.h"
#include "support/roomsizeserver.h"
#include "support/fixedclock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// The ringing state machine against a stand-in for Prosody's mod_muc_size (roomsizeserver.h) and
// a FixedClock: ring time and auto-answer count by the clock, checked at every tick.
class TestIncomingCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ringThenAnswer();
    void rejectDoesNotRingAgainUntilEmpty();
    void missedWhenNobodyAnswers();
    void missedWhenTheCallerLeaves();
    void autoAnswerCountsDownByTheClock();
    void aHeldRingIsNotAnsweredByItself();
    void noAutoAnswerOutsideItsHours();
    void noRingOutsideHours();
    void busyRingsNothing();
    void oneAtATime();
    void afterACallTheRoomMustBeEmptyFirst();
    void markSeen();
    void missedCallsAreKeptAsJsonAndRestored();

private:
    std::unique_ptr<IncomingCalls> makeCalls(const QList<ContactConfig> &contacts);
    void advance(std::chrono::seconds seconds);

    std::unique_ptr<Test::RoomSizeServer> m_rooms;
    std::unique_ptr<FixedClock> m_clock;
    QDateTime m_noon;
};

void TestIncomingCalls::init()
{
    m_rooms = std::make_unique<Test::RoomSizeServer>();
    QVERIFY(m_rooms->listen());
    m_noon = QDateTime(QDate(2026, 6, 15), QTime(12, 0));
    m_clock = std::make_unique<FixedClock>(m_noon);
    m_rooms->setParticipants(u"anna"_s, 0);
    m_rooms->setParticipants(u"lukas"_s, 0);
}

void TestIncomingCalls::cleanup()
{
    m_rooms.reset();
}

std::unique_ptr<IncomingCalls> TestIncomingCalls::makeCalls(const QList<ContactConfig> &contacts)
{
    auto calls = std::make_unique<IncomingCalls>(m_rooms->config(contacts), *m_clock);
    calls->watcher().setPollInterval(20ms);
    calls->setTickInterval(10ms);
    return calls;
}

void TestIncomingCalls::advance(std::chrono::seconds seconds)
{
    m_clock->set(m_clock->now().addSecs(seconds.count()));
}

void TestIncomingCalls::ringThenAnswer()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s)});
    QSignalSpy ringing(calls.get(), &IncomingCalls::ringingChanged);
    QSignalSpy answered(calls.get(), &IncomingCalls::answerRequested);
    calls->start();
    QTRY_COMPARE(calls->watcher().occupancy(u"anna"_s), std::optional<int>(0));
    QCOMPARE(calls->ringingContact(), QString());

    m_rooms->setParticipants(u"anna"_s, 1);
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
    QCOMPARE(ringing.size(), 1);
    QCOMPARE(calls->autoAnswerRemaining(), std::nullopt); // Anna is answered by a tap only

    calls->answer();
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().first().toString(), u"anna"_s);
    QCOMPARE(answered.first().at(1).toBool(), false); // a tap: the camera comes on
    QCOMPARE(calls->ringingContact(), QString());
    QCOMPARE(ringing.size(), 2);
    QVERIFY(calls->missedCalls().isEmpty());
    // Answering means a call: nothing else rings, nothing is polled.
    QVERIFY(calls->isBusy());
    QVERIFY(calls->watcher().isPaused());
    calls->answer(); // nothing rings: nothing happens
    QCOMPARE(answered.size(), 1);
}

void TestIncomingCalls::rejectDoesNotRingAgainUntilEmpty()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s)});
    QSignalSpy ringing(calls.get(), &IncomingCalls::ringingChanged);
    QSignalSpy missed(calls.get(), &IncomingCalls::missedCallsChanged);
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);

    advance(3s);
    calls->reject();
    QCOMPARE(calls->ringingContact(), QString());
    QCOMPARE(missed.size(), 1);
    QCOMPARE(calls->missedCalls(), (QList<MissedCall>{{u"anna"_s, m_noon, true}}));

    // Anna still waits: it does not ring at her again and again.
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 5));
    QCOMPARE(calls->ringingContact(), QString());
    QCOMPARE(ringing.size(), 2);

    // She leaves, and calls again later: it rings.
    m_rooms->setParticipants(u"anna"_s, 0);
    QTRY_COMPARE(calls->watcher().occupancy(u"anna"_s), std::optional<int>(0));
    m_rooms->setParticipants(u"anna"_s, 1);
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
    QCOMPARE(ringing.size(), 3);
}

void TestIncomingCalls::missedWhenNobodyAnswers()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s)});
    QSignalSpy missed(calls.get(), &IncomingCalls::missedCallsChanged);
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);

    // ringSeconds is 10 (roomsizeserver.h): at 9 s it still rings, at 10 s it is missed.
    advance(9s);
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 2)); // ticks (10 ms) went by meanwhile
    QCOMPARE(calls->ringingContact(), u"anna"_s);
    advance(1s);
    QTRY_COMPARE(calls->ringingContact(), QString());
    QCOMPARE(missed.size(), 1);
    QCOMPARE(calls->missedCalls(), (QList<MissedCall>{{u"anna"_s, m_noon, false}}));

    // Still waiting in the room: no second ring.
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 5));
    QCOMPARE(calls->ringingContact(), QString());
}

void TestIncomingCalls::missedWhenTheCallerLeaves()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s)});
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);

    m_rooms->setMissing(u"anna"_s); // she gave up: the room is gone
    QTRY_COMPARE(calls->ringingContact(), QString());
    QCOMPARE(calls->missedCalls(), (QList<MissedCall>{{u"anna"_s, m_noon, false}}));

    // The room was seen empty, so her next call rings.
    m_rooms->setParticipants(u"anna"_s, 1);
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
}

void TestIncomingCalls::autoAnswerCountsDownByTheClock()
{
    ContactConfig anna = m_rooms->contact(u"anna"_s);
    anna.autoAnswerSeconds = 8;
    const auto calls = makeCalls({anna});
    QSignalSpy countdown(calls.get(), &IncomingCalls::countdownChanged);
    QSignalSpy answered(calls.get(), &IncomingCalls::answerRequested);
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
    QCOMPARE(calls->autoAnswerRemaining(), std::optional<std::chrono::seconds>(8s));
    QCOMPARE(countdown.size(), 1);

    advance(3s);
    QTRY_COMPARE(countdown.size(), 2); // at the next tick
    QCOMPARE(calls->autoAnswerRemaining(), std::optional<std::chrono::seconds>(5s));
    m_clock->set(m_clock->now().addMSecs(4500));
    QTRY_COMPARE(countdown.size(), 3);
    QCOMPARE(calls->autoAnswerRemaining(), std::optional<std::chrono::seconds>(1s)); // 0.5 s
    QCOMPARE(answered.size(), 0);

    m_clock->set(m_clock->now().addMSecs(500));
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(answered.first().first().toString(), u"anna"_s);
    QCOMPARE(answered.first().at(1).toBool(), true); // by itself: the camera stays off
    QCOMPARE(calls->ringingContact(), QString());
    QCOMPARE(calls->autoAnswerRemaining(), std::nullopt);
    QVERIFY(calls->missedCalls().isEmpty());
}

void TestIncomingCalls::aHeldRingIsNotAnsweredByItself()
{
    ContactConfig anna = m_rooms->contact(u"anna"_s);
    anna.autoAnswerSeconds = 3; // the ring itself lasts 10 s (roomsizeserver.h)
    const auto calls = makeCalls({anna});
    // Held back as during a group session: nobody sees the ring or its countdown.
    bool open = false;
    int asked = 0;
    calls->setAutoAnswerGate([&](const QString &contactId) {
        ++asked;
        return open || contactId != u"anna"_s;
    });
    QSignalSpy answered(calls.get(), &IncomingCalls::answerRequested);
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
    advance(5s);
    const int before = asked;
    QTRY_VERIFY(asked > before + 1); // ticks came round after the clock moved on
    QCOMPARE(answered.size(), 0);
    QCOMPARE(calls->ringingContact(), u"anna"_s);
    // Shown at last (the session is over): the whole countdown, from now.
    open = true;
    QCOMPARE(calls->autoAnswerRemaining(), std::optional<std::chrono::seconds>(3s));
    advance(3s);
    QTRY_COMPARE(answered.size(), 1);
    QVERIFY(calls->missedCalls().isEmpty());
}

void TestIncomingCalls::noAutoAnswerOutsideItsHours()
{
    ContactConfig anna = m_rooms->contact(u"anna"_s);
    anna.autoAnswerSeconds = 8;
    anna.autoAnswerHours = {{QTime(10, 0), QTime(11, 0)}}; // not at noon
    const auto calls = makeCalls({anna});
    QSignalSpy answered(calls.get(), &IncomingCalls::answerRequested);
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
    QCOMPARE(calls->autoAnswerRemaining(), std::nullopt);

    // At 10 s both would be due at the same tick; auto-answer comes first when it is allowed.
    advance(10s);
    QTRY_COMPARE(calls->ringingContact(), QString());
    QCOMPARE(answered.size(), 0);
    QCOMPARE(calls->missedCalls().size(), 1);
}

void TestIncomingCalls::noRingOutsideHours()
{
    m_clock->set(QDateTime(QDate(2026, 6, 15), QTime(20, 30)));
    // Anna rings by day, Lukas in the evening (until the kiosk's night at 21:00).
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s),
                                  m_rooms->contact(u"lukas"_s, {{QTime(19, 0), QTime(23, 0)}})});
    QSignalSpy ringing(calls.get(), &IncomingCalls::ringingChanged);
    m_rooms->setParticipants(u"anna"_s, 1);
    m_rooms->setParticipants(u"lukas"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"lukas"_s);
    calls->reject();
    QVERIFY(m_rooms->waitForRequests(u"lukas"_s, 5));
    QCOMPARE(m_rooms->requestCount(u"anna"_s), 0);
    QCOMPARE(calls->ringingContact(), QString());
    QCOMPARE(ringing.size(), 2);
}

void TestIncomingCalls::busyRingsNothing()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s), m_rooms->contact(u"lukas"_s)});
    QSignalSpy ringing(calls.get(), &IncomingCalls::ringingChanged);
    // Before start: in a call from the first moment.
    calls->setBusy(true);
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QVERIFY(calls->watcher().isPaused());
    QVERIFY(!calls->watcher().isPolling());
    QCOMPARE(calls->watcher().pendingRequests(), 0);
    QCOMPARE(m_rooms->requestCount(u"anna"_s), 0);

    calls->setBusy(false);
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);

    // A call begins while it rings (the resident called Lukas): the ring stops and is missed.
    calls->setBusy(true);
    QCOMPARE(calls->ringingContact(), QString());
    QCOMPARE(ringing.size(), 2);
    QCOMPARE(calls->missedCalls(), (QList<MissedCall>{{u"anna"_s, m_noon, false}}));
    QCOMPARE(calls->watcher().pendingRequests(), 0);
    m_rooms->setParticipants(u"lukas"_s, 1);
    PresenceWatcher control(m_rooms->config({m_rooms->contact(u"lukas"_s)}), *m_clock);
    control.setPollInterval(20ms);
    control.start();
    // (A request dropped at setBusy() may still reach the server just after.)
    QVERIFY(m_rooms->waitForRequests(u"lukas"_s, 2));
    const int asked = m_rooms->requestCount(u"anna"_s);
    QVERIFY(m_rooms->waitForRequests(u"lukas"_s, 5));
    QCOMPARE(m_rooms->requestCount(u"anna"_s), asked);
    QCOMPARE(ringing.size(), 2);
}

void TestIncomingCalls::oneAtATime()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s), m_rooms->contact(u"lukas"_s)});
    QSignalSpy ringing(calls.get(), &IncomingCalls::ringingChanged);
    calls->start();
    QTRY_COMPARE(calls->watcher().occupancy(u"lukas"_s), std::optional<int>(0));
    m_rooms->setParticipants(u"lukas"_s, 1);
    QTRY_COMPARE(calls->ringingContact(), u"lukas"_s);
    m_rooms->setParticipants(u"anna"_s, 1);
    QTRY_COMPARE(calls->watcher().occupancy(u"anna"_s), std::optional<int>(1));
    QCOMPARE(calls->ringingContact(), u"lukas"_s); // Anna waits her turn
    QCOMPARE(ringing.size(), 1);

    calls->reject();
    QCOMPARE(calls->ringingContact(), u"anna"_s);
    QCOMPARE(ringing.size(), 3); // stopped, started

    advance(10s);
    QTRY_COMPARE(calls->ringingContact(), QString());
    const QList<MissedCall> missed = calls->missedCalls();
    QCOMPARE(missed.size(), 2);
    QCOMPARE(missed.at(0).contactId, u"anna"_s); // newest first
    QVERIFY(!missed.at(0).rejected);
    QCOMPARE(missed.at(1).contactId, u"lukas"_s);
    QVERIFY(missed.at(1).rejected);
}

void TestIncomingCalls::afterACallTheRoomMustBeEmptyFirst()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s)});
    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
    calls->answer();

    // The call is over; Anna has not left the room yet.
    calls->setBusy(false);
    calls->callEnded(u"anna"_s);
    QTRY_COMPARE(calls->watcher().occupancy(u"anna"_s), std::optional<int>(1));
    QVERIFY(m_rooms->waitForRequests(u"anna"_s, 5));
    QCOMPARE(calls->ringingContact(), QString());

    m_rooms->setParticipants(u"anna"_s, 0);
    QTRY_COMPARE(calls->watcher().occupancy(u"anna"_s), std::optional<int>(0));
    m_rooms->setParticipants(u"anna"_s, 1);
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
}

void TestIncomingCalls::markSeen()
{
    const auto calls = makeCalls({m_rooms->contact(u"anna"_s)});
    QSignalSpy missed(calls.get(), &IncomingCalls::missedCallsChanged);
    calls->markSeen(); // nothing to see: no signal
    QCOMPARE(missed.size(), 0);

    m_rooms->setParticipants(u"anna"_s, 1);
    calls->start();
    QTRY_COMPARE(calls->ringingContact(), u"anna"_s);
    calls->reject();
    QCOMPARE(missed.size(), 1);
    QCOMPARE(calls->missedCalls().size(), 1);
    calls->markSeen();
    QCOMPARE(missed.size(), 2);
    QVERIFY(calls->missedCalls().isEmpty());
}

// What KioskApp stores in app.db across a restart: the JSON round trip, and restoring it leaves
// out contacts that are no longer configured.
void TestIncomingCalls::missedCallsAreKeptAsJsonAndRestored()
{
    const QDateTime at(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::utc());
    const QList<MissedCall> kept{{u"anna"_s, at, true}, {u"gone"_s, at.addSecs(-60), false}};
    QCOMPARE(missedCallsFromJson(missedCallsToJson(kept)), kept);
    QCOMPARE(missedCallsFromJson("not json"), QList<MissedCall>());
    QCOMPARE(missedCallsFromJson(R"([{"contact": "anna", "at": "yesterday"}, 7])"),
             QList<MissedCall>());

    const auto calls = makeCalls({m_rooms->contact(u"anna"_s)});
    QSignalSpy missed(calls.get(), &IncomingCalls::missedCallsChanged);
    calls->restoreMissedCalls(kept);
    QCOMPARE(missed.size(), 1);
    QCOMPARE(calls->missedCalls(), QList<MissedCall>{kept.first()});
    calls->restoreMissedCalls(kept); // the same again: no change
    QCOMPARE(missed.size(), 1);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestIncomingCalls)
#include "tst_incomingcalls.moc"
