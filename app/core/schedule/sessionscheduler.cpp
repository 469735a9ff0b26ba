#include "sessionscheduler.h"

#include "core/time/clock.h"

#include <algorithm>

namespace Dorfplatz {

using namespace std::chrono_literals;
using SessionTimeline::Phase;

namespace {
// However far the next moment, look again after this long (a clock set forward, a new day).
constexpr std::chrono::minutes longestSleep{60};
} // namespace

SessionScheduler::SessionScheduler(Schedule &schedule, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionScheduler::check);
    connect(&m_schedule, &Schedule::changed, this, &SessionScheduler::check);
}

SessionScheduler::Key SessionScheduler::keyOf(const ScheduledItem &item)
{
    return {item.session.id, item.occurrence.start.toSecsSinceEpoch()};
}

void SessionScheduler::check()
{
    const QDateTime now = m_clock.now();
    // From a day back (a long session still running) to the next day's first minutes.
    const QList<ScheduledItem> items = m_schedule.between(now.addDays(-1), now.addSecs(24 * 3600));

    // The running session: its end notice and its end (also when it was cancelled or deleted
    // meanwhile: staff did that on purpose, the room ends it).
    if (m_running) {
        const auto still = std::find_if(items.cbegin(), items.cend(), [this](const auto &i) {
            return keyOf(i) == keyOf(*m_running);
        });
        const ScheduledItem item = *m_running;
        // (Started by "Jetzt starten", id 0, it is not in the programme and runs its minutes.)
        const bool gone =
            item.session.id != 0 && (still == items.cend() || still->occurrence.cancelled);
        if (gone || now >= item.occurrence.end) {
            m_running.reset();
            Q_EMIT ended(item);
        } else if (now >= item.occurrence.end.addDuration(-SessionTimeline::endNoticeBefore) &&
                   !m_noticed.contains(keyOf(item))) {
            m_noticed.insert(keyOf(item));
            Q_EMIT endingSoon(item);
        }
    }

    // A session that waited for a call.
    if (m_waitingForCall && !m_callRunning) {
        const ScheduledItem item = *m_waitingForCall;
        m_waitingForCall.reset();
        m_handled.insert(keyOf(item));
        switch (SessionTimeline::startDecision(item.occurrence, false, m_callEnded, now)) {
        case SessionTimeline::Start::Now:
            Q_EMIT due(item);
            break;
        case SessionTimeline::Start::Missed:
        case SessionTimeline::Start::AfterTheCall:
            m_missed.insert(keyOf(item));
            Q_EMIT missed(item);
            Q_EMIT troubleChanged();
            break;
        }
    }

    std::optional<ScheduledItem> announced;
    for (const ScheduledItem &item : items) {
        const Key key = keyOf(item);
        const Phase phase = SessionTimeline::phaseAt(item.occurrence, now);
        if (phase == Phase::Announced && !announced && !m_handled.contains(key))
            announced = item;
        if (m_handled.contains(key) || (m_running && keyOf(*m_running) == key))
            continue;
        const bool begun =
            phase == Phase::Countdown || phase == Phase::Running || phase == Phase::EndingSoon;
        if (!begun || m_running)
            continue;
        if (m_callRunning) {
            // Never over a call: it waits, and starts (or is missed) when the call ends.
            if (!m_waitingForCall)
                m_waitingForCall = item;
            continue;
        }
        if (!m_counted.contains(key)) {
            m_counted.insert(key);
            Q_EMIT countdownStarted(item);
        }
        if (phase != Phase::Countdown && item.session.startsByItself) {
            m_handled.insert(key);
            Q_EMIT due(item);
        }
    }
    const bool changed = announced.has_value() != m_announced.has_value() ||
                         (announced && keyOf(*announced) != keyOf(*m_announced));
    m_announced = announced;
    if (changed)
        Q_EMIT announcedChanged();
    arm(items, now);
}

void SessionScheduler::arm(const QList<ScheduledItem> &items, const QDateTime &now)
{
    QDateTime next = now.addDuration(longestSleep);
    auto consider = [&](const QDateTime &at) {
        if (at > now && at < next)
            next = at;
    };
    for (const ScheduledItem &item : items) {
        const SessionOccurrence &o = item.occurrence;
        if (o.cancelled)
            continue;
        consider(o.start.addDuration(-SessionTimeline::announceBefore));
        consider(o.start);
        consider(o.start.addDuration(SessionTimeline::countdown));
        consider(o.end.addDuration(-SessionTimeline::endNoticeBefore));
        consider(o.end);
    }
    // The running occurrence may end later than the programme says (a video visit's grace time)
    // or not be in it at all ("Jetzt starten").
    if (m_running) {
        consider(m_running->occurrence.end.addDuration(-SessionTimeline::endNoticeBefore));
        consider(m_running->occurrence.end);
    }
    // A few milliseconds late rather than early: at the moment itself the phase has changed.
    m_timer.start(std::max<qint64>(0, now.msecsTo(next)) + 50);
}

void SessionScheduler::started(const ScheduledItem &item)
{
    m_handled.insert(keyOf(item));
    m_counted.insert(keyOf(item));
    m_running = item;
    check();
}

void SessionScheduler::skipped(const ScheduledItem &item)
{
    m_handled.insert(keyOf(item));
    check();
}

void SessionScheduler::stop()
{
    if (!m_running)
        return;
    const ScheduledItem item = *m_running;
    m_running.reset();
    Q_EMIT ended(item);
    check();
}

void SessionScheduler::setTrouble(const QString &text)
{
    if (!m_running || m_trouble.value(keyOf(*m_running)) == text)
        return;
    if (text.isEmpty())
        m_trouble.remove(keyOf(*m_running));
    else
        m_trouble.insert(keyOf(*m_running), text);
    Q_EMIT troubleChanged();
}

QString SessionScheduler::trouble(const ScheduledItem &item) const
{
    return m_trouble.value(keyOf(item));
}

bool SessionScheduler::wasMissed(const ScheduledItem &item) const
{
    return m_missed.contains(keyOf(item));
}

void SessionScheduler::setCallRunning(bool running)
{
    if (running == m_callRunning)
        return;
    m_callRunning = running;
    if (!running)
        m_callEnded = m_clock.now();
    check();
}

} // namespace Dorfplatz
