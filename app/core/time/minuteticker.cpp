#include "minuteticker.h"

#include "clock.h"

namespace Dorfplatz {

namespace {
// Fire a little after the boundary so the clock shown has certainly moved on.
constexpr int slackMsecs = 50;
} // namespace

MinuteTicker::MinuteTicker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setParent(this); // findable, so a test can count what ticks on an idle screen
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        arm();
        Q_EMIT minuteChanged();
    });
    arm();
}

int MinuteTicker::msecsToNextMinute(const QDateTime &now)
{
    const QTime time = now.time();
    const int intoMinute = time.second() * 1000 + time.msec();
    return 60'000 - intoMinute + slackMsecs;
}

void MinuteTicker::arm()
{
    m_timer.start(msecsToNextMinute(m_clock.now()));
}

} // namespace Dorfplatz
