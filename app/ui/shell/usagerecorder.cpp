#include "usagerecorder.h"

#include "core/schedule/sessionscheduler.h"
#include "core/time/clock.h"
#include "media/streamsession.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/callengine.h"
#include "ui/events/eventsscreen.h"
#include "ui/player/playerscreen.h"

#include <QPointer>

#include <algorithm>
#include <memory>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

std::chrono::seconds secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return std::chrono::seconds(std::max<qint64>(0, from.secsTo(to)));
}

} // namespace

UsageRecorder::UsageRecorder(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_counts(database)
    , m_clock(clock)
{}

QDate UsageRecorder::today() const
{
    return m_clock.now().toLocalTime().date();
}

void UsageRecorder::add(UsageCounts::Kind kind, QDate day, std::chrono::seconds duration)
{
    // A count that cannot be written is lost, and the kiosk goes on: the report is not worth a
    // resident's interrupted radio. UsageCounts logs why.
    if (m_counts.add(kind, day, duration))
        Q_EMIT counted(kind);
}

void UsageRecorder::watchScreen(Screen *screen)
{
    if (qobject_cast<EventsScreen *>(screen)) {
        add(UsageCounts::Kind::EventsOpened, today());
        return;
    }
    auto *player = qobject_cast<PlayerScreen *>(screen);
    if (!player || player->isGroupSession())
        return;

    // One opening of a station: the time it played, added up over pauses and interruptions,
    // counted when the screen goes (the navigator deletes it after hiding it, which stops the
    // stream: the last Playing phase has ended by then).
    struct Play
    {
        std::optional<QDateTime> since; // playing now, since then
        std::chrono::seconds played{0};
        bool started = false;
    };
    auto play = std::make_shared<Play>();
    auto phaseChanged = [this, play](StreamSession::Phase phase) {
        const QDateTime now = m_clock.now();
        if (phase == StreamSession::Phase::Playing) {
            if (!play->since)
                play->since = now;
            play->started = true;
        } else if (play->since) {
            play->played += secondsBetween(*play->since, now);
            play->since.reset();
        }
    };
    if (player->session()->phase() == StreamSession::Phase::Playing)
        phaseChanged(StreamSession::Phase::Playing);
    connect(player->session(), &StreamSession::phaseChanged, this, phaseChanged);
    connect(player, &QObject::destroyed, this, [this, play] {
        if (play->since) {
            play->played += secondsBetween(*play->since, m_clock.now());
            play->since.reset();
        }
        if (play->started)
            add(UsageCounts::Kind::StreamPlayed, today(), play->played);
    });
}

void UsageRecorder::watchCalls(CallCoordinator &calls)
{
    connect(&calls, &CallCoordinator::inCallChanged, this, [this](bool inCall) {
        if (inCall) {
            m_inCall = true;
            m_connectedSince.reset();
            m_callIsVisit = visitRunning();
        } else {
            callOver();
        }
    });
    connect(&calls.engine(), &CallEngine::participantsChanged, this, [this](int others) {
        if (others > 0)
            callConnected();
    });
}

void UsageRecorder::watchSessions(SessionScheduler &scheduler)
{
    // Asked through the reference, guarded: the runner (and its scheduler) may go first when the
    // kiosk shuts down.
    m_visitRunning = [guard = QPointer<SessionScheduler>(&scheduler), &scheduler] {
        if (!guard)
            return false;
        const std::optional<ScheduledItem> running = scheduler.running();
        return running.has_value() && !running->session.visitFor.isEmpty();
    };
    connect(&scheduler, &SessionScheduler::ended, this, &UsageRecorder::sessionEnded);
    connect(&scheduler, &SessionScheduler::missed, this, &UsageRecorder::sessionMissed);
}

bool UsageRecorder::visitRunning() const
{
    return m_visitRunning && m_visitRunning();
}

void UsageRecorder::callConnected()
{
    if (!m_inCall) {
        // Called by hand (or the engine reported before the coordinator): the call is on now.
        m_inCall = true;
        m_callIsVisit = visitRunning();
    }
    if (!m_connectedSince)
        m_connectedSince = m_clock.now();
}

void UsageRecorder::callOver()
{
    const std::optional<QDateTime> since = m_connectedSince;
    const bool visit = m_callIsVisit;
    m_inCall = false;
    m_callIsVisit = false;
    m_connectedSince.reset();
    if (!since || visit)
        return;
    add(UsageCounts::Kind::CallMade, since->toLocalTime().date(),
        secondsBetween(*since, m_clock.now()));
}

void UsageRecorder::sessionEnded(const ScheduledItem &item)
{
    if (!item.session.visitFor.isEmpty())
        return;
    const QDate day =
        item.occurrence.start.isValid() ? item.occurrence.start.toLocalTime().date() : today();
    add(UsageCounts::Kind::SessionHeld, day);
}

void UsageRecorder::sessionMissed(const ScheduledItem &item)
{
    if (!item.session.visitFor.isEmpty())
        return;
    const QDate day =
        item.occurrence.start.isValid() ? item.occurrence.start.toLocalTime().date() : today();
    add(UsageCounts::Kind::SessionMissed, day);
}

void UsageRecorder::visitEnded(bool held, std::chrono::seconds length)
{
    if (held)
        add(UsageCounts::Kind::VisitHeld, today(), length);
    else
        add(UsageCounts::Kind::VisitMissed, today());
}

} // namespace Dorfplatz
