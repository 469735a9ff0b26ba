#include "incomingcalls.h"

#include "callpolicy.h"
#include "core/config/kioskconfig.h"
#include "core/logging.h"
#include "core/time/clock.h"

#include <algorithm>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A home screen shows a few; more than this many unseen calls says nothing more.
constexpr qsizetype maxMissedCalls = 50;

} // namespace

IncomingCalls::IncomingCalls(const KioskConfig &config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_contacts(config.contacts)
    , m_settings(config.calls)
    , m_clock(clock)
    , m_watcher(config, clock)
{
    m_tick.setInterval(1s);
    connect(&m_tick, &QTimer::timeout, this, &IncomingCalls::tick);
    connect(&m_watcher, &PresenceWatcher::occupancyChanged, this, &IncomingCalls::occupancyChanged);
}

IncomingCalls::~IncomingCalls() = default;

void IncomingCalls::start()
{
    for (const QString &problem : CallPolicy::secretProblems(m_contacts))
        qCWarning(lcCalls).noquote() << problem;
    m_started = true;
    m_watcher.setPaused(m_busy);
    m_watcher.start();
}

void IncomingCalls::setBusy(bool inCall)
{
    if (inCall == m_busy)
        return;
    m_busy = inCall;
    if (inCall) {
        m_waiting.clear();
        if (!m_ringing.isEmpty()) {
            // Who called, and when, is the resident's business: ids only at debug level.
            qCInfo(lcCalls) << "A call began while another rang: counted as missed.";
            qCDebug(lcCalls).noquote() << u"(the one ringing: \"%1\")"_s.arg(m_ringing);
            stopRinging(Missed::Unanswered, true);
        }
    }
    // While paused the watcher forgets what it saw; unpaused, it reports every room afresh.
    m_watcher.setPaused(inCall);
}

void IncomingCalls::setConfig(const KioskConfig &config)
{
    m_contacts = config.contacts;
    m_settings = config.calls;
    m_waiting.removeIf([this](const QString &id) { return !contact(id); });
    const qsizetype missed = m_missed.size();
    m_missed.removeIf([this](const MissedCall &call) { return !contact(call.contactId); });
    if (m_missed.size() != missed)
        Q_EMIT missedCallsChanged();
    if (!m_ringing.isEmpty() && !contact(m_ringing)) {
        qCInfo(lcCalls) << "A ringing contact is no longer configured: the ring stops.";
        stopRinging(Missed::No, false);
    }
    m_watcher.setConfig(config);
}

void IncomingCalls::callEnded(const QString &contactId)
{
    m_blocked.insert(contactId);
    m_waiting.removeAll(contactId);
}

std::optional<std::chrono::seconds> IncomingCalls::autoAnswerRemaining() const
{
    if (m_ringing.isEmpty() || !m_autoAnswerAfter)
        return std::nullopt;
    const qint64 elapsed = std::max<qint64>(0, m_autoAnswerFrom.msecsTo(m_clock.now()));
    const qint64 left =
        std::max<qint64>(0, std::chrono::milliseconds(*m_autoAnswerAfter).count() - elapsed);
    return std::chrono::seconds((left + 999) / 1000);
}

void IncomingCalls::answer()
{
    answerCall(false);
}

void IncomingCalls::answerCall(bool automatic)
{
    if (m_ringing.isEmpty())
        return;
    const QString contactId = m_ringing;
    qCInfo(lcCalls) << (automatic ? "Answering a call by itself." : "Answering a call.");
    qCDebug(lcCalls).noquote() << u"(from \"%1\")"_s.arg(contactId);
    // Busy before the ring stops, so the next waiting room does not ring over the call.
    m_busy = true;
    m_waiting.clear();
    stopRinging(Missed::No, true);
    m_watcher.setPaused(true);
    Q_EMIT answerRequested(contactId, automatic);
}

void IncomingCalls::reject()
{
    if (m_ringing.isEmpty())
        return;
    qCInfo(lcCalls) << "A call was rejected.";
    qCDebug(lcCalls).noquote() << u"(from \"%1\")"_s.arg(m_ringing);
    stopRinging(Missed::Rejected, true);
}

void IncomingCalls::markSeen()
{
    if (m_missed.isEmpty())
        return;
    m_missed.clear();
    Q_EMIT missedCallsChanged();
}

void IncomingCalls::restoreMissedCalls(const QList<MissedCall> &calls)
{
    QList<MissedCall> known;
    for (const MissedCall &call : calls) {
        if (contact(call.contactId) && known.size() < maxMissedCalls)
            known.append(call);
    }
    if (known == m_missed)
        return;
    m_missed = known;
    Q_EMIT missedCallsChanged();
}

void IncomingCalls::setTickInterval(std::chrono::milliseconds interval)
{
    m_tick.setInterval(interval);
}

void IncomingCalls::occupancyChanged(const QString &contactId, int participants)
{
    if (participants <= 0) {
        // Seen empty: the room may ring again when someone comes.
        m_blocked.remove(contactId);
        m_waiting.removeAll(contactId);
        if (m_ringing == contactId) {
            qCInfo(lcCalls) << "The caller left before the call was answered.";
            qCDebug(lcCalls).noquote() << u"(\"%1\")"_s.arg(contactId);
            stopRinging(Missed::Unanswered, false);
        }
        return;
    }
    if (m_ringing == contactId || m_waiting.contains(contactId) || m_blocked.contains(contactId))
        return;
    m_waiting.append(contactId);
    ringNext();
}

void IncomingCalls::ringNext()
{
    if (!m_started || m_busy || !m_ringing.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    while (!m_waiting.isEmpty()) {
        const QString contactId = m_waiting.takeFirst();
        const ContactConfig *candidate = contact(contactId);
        // Outside its hours the watcher forgets the room, and reports it again when they begin.
        if (!candidate || m_blocked.contains(contactId) ||
            !CallPolicy::mayRing(*candidate, m_settings, now))
            continue;
        ring(*candidate);
        return;
    }
}

void IncomingCalls::ring(const ContactConfig &contact)
{
    m_ringing = contact.id;
    m_ringStart = m_clock.now();
    m_autoAnswerFrom = m_ringStart;
    m_autoAnswerAfter = CallPolicy::autoAnswerAfter(contact, m_ringStart);
    m_lastRemaining = autoAnswerRemaining();
    m_tick.start();
    qCInfo(lcCalls).noquote() << u"Someone waits in a contact's room: ringing%1."_s.arg(
        m_autoAnswerAfter ? u", answered by itself after %1 s"_s.arg(m_autoAnswerAfter->count())
                          : QString());
    qCDebug(lcCalls).noquote() << u"(the room of \"%1\")"_s.arg(contact.id);
    Q_EMIT ringingChanged();
    if (m_autoAnswerAfter)
        Q_EMIT countdownChanged();
}

void IncomingCalls::tick()
{
    if (m_ringing.isEmpty()) {
        m_tick.stop();
        return;
    }
    if (m_autoAnswerAfter && m_autoAnswerGate && !m_autoAnswerGate(m_ringing))
        m_autoAnswerFrom = m_clock.now(); // held: nobody sees the countdown
    if (m_autoAnswerAfter) {
        const auto remaining = autoAnswerRemaining();
        if (remaining && remaining->count() <= 0) {
            answerCall(true);
            return;
        }
        if (remaining != m_lastRemaining) {
            m_lastRemaining = remaining;
            Q_EMIT countdownChanged();
        }
    }
    const qint64 elapsed = m_ringStart.msecsTo(m_clock.now());
    if (elapsed >= qint64(m_settings.ringSeconds) * 1000) {
        qCInfo(lcCalls).noquote() << u"Nobody answered a call within %1 s."_s.arg(
            m_settings.ringSeconds);
        qCDebug(lcCalls).noquote() << u"(from \"%1\")"_s.arg(m_ringing);
        stopRinging(Missed::Unanswered, true);
    }
}

void IncomingCalls::stopRinging(Missed missed, bool block)
{
    const QString contactId = std::exchange(m_ringing, {});
    m_tick.stop();
    m_autoAnswerAfter.reset();
    m_lastRemaining.reset();
    if (block)
        m_blocked.insert(contactId);
    if (missed != Missed::No) {
        m_missed.prepend({contactId, m_ringStart, missed == Missed::Rejected});
        if (m_missed.size() > maxMissedCalls)
            m_missed.resize(maxMissedCalls);
    }
    Q_EMIT ringingChanged();
    if (missed != Missed::No)
        Q_EMIT missedCallsChanged();
    ringNext();
}

const ContactConfig *IncomingCalls::contact(const QString &id) const
{
    const auto found = std::find_if(m_contacts.cbegin(), m_contacts.cend(),
                                    [&id](const ContactConfig &c) { return c.id == id; });
    return found == m_contacts.cend() ? nullptr : &*found;
}

} // namespace Dorfplatz
