#include "sessionrunner.h"

#include "core/logging.h"
#include "core/schedule/sessionoutcomes.h"
#include "core/time/clock.h"
#include "mainwindow.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/callengine.h"
#include "ui/calls/callscreen.h"
#include "ui/kit/navigator.h"
#include "ui/programme/sessionbanner.h"
#include "ui/programme/sessioncountdownscreen.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

SessionRunner::SessionRunner(const Theme &theme, Schedule &schedule, const Clock &clock,
                             Navigator &navigator, MainWindow &window, ContentFactory content,
                             QObject *parent)
    : QObject(parent)
    , m_theme(theme)
    , m_schedule(schedule)
    , m_clock(clock)
    , m_navigator(navigator)
    , m_window(window)
    , m_content(std::move(content))
    , m_scheduler(schedule, clock)
{
    connect(&m_scheduler, &SessionScheduler::announcedChanged, this, [this] {
        SessionBanner *banner = m_banner;
        if (!banner)
            return;
        banner->setItem(m_scheduler.announced());
        // Empty while no session is near.
        const QString spoken = banner->spokenText();
        if (!spoken.isEmpty())
            Q_EMIT sessionSoon(spoken);
    });
    connect(&m_scheduler, &SessionScheduler::countdownStarted, this, &SessionRunner::showCountdown);
    connect(&m_scheduler, &SessionScheduler::due, this, &SessionRunner::start);
    connect(&m_scheduler, &SessionScheduler::missed, this, [](const ScheduledItem &item) {
        qCInfo(lcUi) << "programme: session" << item.session.id << "missed (a call ran through it)";
    });
    connect(&m_scheduler, &SessionScheduler::endingSoon, this, [this](const ScheduledItem &item) {
        m_window.setRoomNotice(tr("In 2 minutes this ends: %1").arg(item.session.title));
    });
    connect(&m_scheduler, &SessionScheduler::ended, this, &SessionRunner::onEnded);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryDelay);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (const auto item = std::exchange(m_retryItem, std::nullopt)) {
            qCInfo(lcUi) << "programme: session" << item->session.id << "tries again";
            m_window.setRoomNotice({});
            start(*item);
        }
    });
    m_visitTimer.setSingleShot(true);
    connect(&m_visitTimer, &QTimer::timeout, this, &SessionRunner::checkVisit);
    m_scheduler.check();
}

SessionRunner::~SessionRunner() = default;

SessionBanner *SessionRunner::createBanner()
{
    Q_ASSERT(!m_banner);
    m_banner = new SessionBanner(m_theme, m_schedule.zone());
    m_banner->setItem(m_scheduler.announced());
    return m_banner;
}

void SessionRunner::setCalls(CallCoordinator *calls)
{
    m_calls = calls;
    if (!calls)
        return;
    connect(calls, &CallCoordinator::inCallChanged, &m_scheduler,
            &SessionScheduler::setCallRunning);
    connect(&calls->engine(), &CallEngine::participantsChanged, this,
            &SessionRunner::setVisitOthers);
    calls->setRingGate([this](const ContactConfig &contact) {
        return SessionTimeline::ringMayInterrupt(m_scheduler.isGroupSessionRunning(),
                                                 contact.interruptsSessions);
    });
}

void SessionRunner::showCountdown(const ScheduledItem &item)
{
    closeCountdown();
    qCInfo(lcUi) << "programme: session" << item.session.id << "begins";
    auto *screen = new SessionCountdownScreen(m_theme, item, m_schedule.zone(), m_clock);
    connect(screen, &SessionCountdownScreen::startRequested, this, [this, item] {
        m_scheduler.started(item); // counted before the screen goes: nothing starts twice
        start(item);
    });
    connect(screen, &SessionCountdownScreen::closeRequested, this, [this, item] {
        m_scheduler.skipped(item);
        closeCountdown();
    });
    connect(screen, &SessionCountdownScreen::notTodayRequested, this,
            [this, item] { notToday(item); });
    m_countdown = screen;
    // Over what shows: a stream below pauses and, if the session does not start, plays on.
    m_navigator.interruptWith(screen);
}

void SessionRunner::closeCountdown()
{
    if (SessionCountdownScreen *screen = m_countdown) {
        m_countdown = nullptr;
        m_navigator.remove(screen);
    }
}

void SessionRunner::notToday(const ScheduledItem &item)
{
    if (!m_staffCheck)
        return;
    m_staffCheck([this, item](const Actor &by) {
        m_scheduler.skipped(item);
        closeCountdown();
        // Written into the programme, so staff's "Heute" and the residents' list say so too.
        if (item.session.id != 0) {
            QString error;
            const QDate day = m_schedule.plannedDate(item);
            if (!m_schedule.cancelDate(item.session.id, day, by, m_clock.now(), &error))
                qCWarning(lcUi) << "programme: cannot mark the session cancelled:" << error;
        }
    });
}

void SessionRunner::start(const ScheduledItem &item)
{
    Screen *screen = m_content ? m_content(item) : nullptr;
    if (!screen) {
        qCWarning(lcUi) << "programme: session" << item.session.id
                        << "has content that no longer exists";
        closeCountdown();
        m_scheduler.skipped(item);
        return;
    }
    qCInfo(lcUi) << "programme: session" << item.session.id << "starts";
    const ScheduledItem run = beginVisit(item);
    if (!m_scheduler.isGroupSessionRunning() ||
        m_scheduler.running()->occurrence.start != run.occurrence.start ||
        m_scheduler.running()->occurrence.end != run.occurrence.end)
        m_scheduler.started(run);
    m_countdown = nullptr;
    // What keeps the content from working marks the date for staff ("Heute").
    // A screen that is left stops its work and has nothing to tell: its last word stays.
    connect(screen, &Screen::troubleChanged, this, [this, screen] {
        if (screen->activity() != Screen::Activity::Inactive)
            m_scheduler.setTrouble(screen->trouble());
    });
    connect(screen, &QObject::destroyed, this, [this, item] { onScreenGone(item); });
    m_screen = screen;
    // In place of everything (the countdown, a stream, the home screen's page).
    m_navigator.goHome();
    m_navigator.push(screen);
    if (m_visit) {
        // Who the room is for: "Video visit with Anna for Mrs Müller".
        const auto *call = qobject_cast<CallScreen *>(screen);
        m_window.setRoomNotice(
            call ? tr("Video visit with %1 for %2").arg(call->contact().name, item.session.visitFor)
                 : tr("Video visit for %1").arg(item.session.visitFor));
        armVisit();
    }
    Q_EMIT runningChanged(true);
}

void SessionRunner::setOutcomes(std::unique_ptr<SessionOutcomes> outcomes)
{
    m_outcomes = std::move(outcomes);
}

ScheduledItem SessionRunner::beginVisit(const ScheduledItem &item)
{
    if (item.session.visitFor.isEmpty())
        return item;
    // Started again after a failure: the same visit, its times as they were.
    const bool same = m_visitPlanned && m_visitPlanned->session.id == item.session.id &&
                      m_visitPlanned->occurrence.start == item.occurrence.start;
    if (!same) {
        m_visitPlanned = item;
        m_visitRunning = item;
        m_visitRunning->occurrence.end = VisitRun::endWithGrace(item.occurrence.end);
        m_visit.emplace(m_clock.now());
        qCInfo(lcUi) << "programme: video visit" << item.session.id << "begins";
    }
    return *m_visitRunning;
}

void SessionRunner::armVisit()
{
    if (!m_visit || !m_visit->noShowAt().isValid()) {
        m_visitTimer.stop();
        return;
    }
    // A few milliseconds late rather than early, as the scheduler's timer.
    m_visitTimer.start(std::max<qint64>(0, m_clock.now().msecsTo(m_visit->noShowAt())) + 50);
}

void SessionRunner::checkVisit()
{
    const auto running = m_scheduler.running();
    if (!m_visit || !running || !m_visitRunning ||
        running->occurrence.start != m_visitRunning->occurrence.start)
        return;
    if (m_visit->isNoShow(m_clock.now())) {
        qCInfo(lcUi) << "programme: video visit" << m_visitRunning->session.id
                     << "ended: nobody came in" << VisitRun::aloneLimit.count() << "minutes";
        m_scheduler.stop(); // ended(): onEnded() records it
        return;
    }
    armVisit();
}

void SessionRunner::setVisitOthers(int others)
{
    if (!m_visit)
        return;
    m_visit->setOthers(others, m_clock.now());
    armVisit();
}

void SessionRunner::finishVisit(const ScheduledItem &item)
{
    if (!m_visit || !m_visitPlanned || m_visitPlanned->occurrence.start != item.occurrence.start)
        return;
    const QDateTime now = m_clock.now();
    const bool held = m_visit->relativeCame();
    const std::chrono::seconds length = m_visit->heldFor(now);
    const ScheduledItem planned = *m_visitPlanned;
    m_visit.reset();
    m_visitPlanned.reset();
    m_visitRunning.reset();
    m_visitTimer.stop();
    if (m_outcomes && planned.session.id != 0) {
        QString error;
        if (!m_outcomes->record(planned.session.id, m_schedule.plannedDate(planned),
                                held ? SessionOutcomes::Outcome::Held
                                     : SessionOutcomes::Outcome::NoShow,
                                now, &error))
            qCWarning(lcUi).noquote() << "programme: visit outcome not recorded:" << error;
    }
    Q_EMIT visitEnded(held, length);
}

void SessionRunner::onScreenGone(const ScheduledItem &item)
{
    const auto running = m_scheduler.running();
    if (!running || running->occurrence.start != item.occurrence.start)
        return;
    // Gone after a failure, with time left: another try, as the player tries a stream again.
    const QString trouble = m_scheduler.trouble(*running);
    const QDateTime next = m_clock.now().addDuration(m_retry.intervalAsDuration());
    if (!trouble.isEmpty() && next < running->occurrence.end) {
        qCInfo(lcUi) << "programme: session" << item.session.id << "failed; trying again in"
                     << m_retry.interval() / 1000 << "s";
        m_retryItem = *running;
        m_retry.start();
        m_window.setRoomNotice(
            tr("%1 is not working right now. It will be tried again at %2.")
                .arg(item.session.title,
                     QLocale().toString(next.toTimeZone(m_schedule.zone()).time(), u"HH:mm"_s)));
        return;
    }
    // Gone another way (a call over it that ended at home): the session is over for the room.
    m_scheduler.stop();
}

void SessionRunner::startNow(const Session &session, std::chrono::minutes minutes,
                             const std::optional<ScheduledItem> &replaces)
{
    if (replaces)
        m_scheduler.skipped(*replaces);
    closeCountdown();
    ScheduledItem item;
    item.session = session;
    item.session.id = 0; // not an occurrence of the programme: it runs its minutes
    item.occurrence.start = m_clock.now();
    item.occurrence.end = item.occurrence.start.addDuration(minutes);
    if (m_scheduler.isGroupSessionRunning())
        stop();
    m_scheduler.started(item);
    start(item);
}

void SessionRunner::stop()
{
    m_scheduler.stop();
}

void SessionRunner::onEnded(const ScheduledItem &item)
{
    qCInfo(lcUi) << "programme: session" << item.session.id << "ended";
    finishVisit(item);
    m_retry.stop();
    m_retryItem.reset();
    m_window.setRoomNotice({});
    Screen *screen = m_screen;
    m_screen = nullptr;
    // Home again, unless something else (a call answered meanwhile) has taken the screen.
    if (screen && m_navigator.current() == screen)
        m_navigator.goHome();
    else if (screen)
        m_navigator.remove(screen);
    Q_EMIT runningChanged(false);
    if (m_calls)
        m_calls->reconsiderRinging();
}

} // namespace Dorfplatz
