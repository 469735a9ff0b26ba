#include "presencewatcher.h"

#include "callpolicy.h"
#include "core/config/kioskconfig.h"
#include "core/logging.h"
#include "core/time/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// {"participants": 3} is a few bytes; anything much larger is not the endpoint we expect.
constexpr qint64 maxBodyBytes = 16 * 1024;
constexpr auto maxWait = std::chrono::milliseconds(1h);
const char *const timedOutProperty = "dorfplatzTimedOut";
const char *const tooLargeProperty = "dorfplatzTooLarge";

struct PollResult
{
    std::optional<int> participants;
    QString problem; // when participants is not set: what went wrong, for the log
};

PollResult readReply(QNetworkReply *reply, std::chrono::milliseconds timeout)
{
    if (reply->property(timedOutProperty).toBool())
        return {std::nullopt, u"no answer within %1 ms"_s.arg(timeout.count())};
    if (reply->property(tooLargeProperty).toBool())
        return {std::nullopt, u"answer larger than %1 bytes"_s.arg(maxBodyBytes)};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // mod_muc_size: a room that does not exist has nobody in it.
    if (status == 404)
        return {0, {}};
    // errorString() names the whole address, and with it the room: the error's name only.
    if (reply->error() != QNetworkReply::NoError)
        return {std::nullopt,
                QString::fromLatin1(
                    QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()))};
    if (status != 200)
        return {std::nullopt, u"HTTP status %1"_s.arg(status)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &error);
    const QJsonValue value = document.object().value(u"participants"_s);
    const double participants = value.toDouble(-1);
    if (error.error != QJsonParseError::NoError || !value.isDouble() || participants < 0 ||
        participants > 10000 || participants != std::floor(participants))
        return {std::nullopt, u"not an answer like {\"participants\": 1}"_s};
    return {int(participants), {}};
}

} // namespace

PresenceWatcher::PresenceWatcher(const KioskConfig &config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_contacts(config.contacts)
    , m_settings(config.calls)
    , m_clock(clock)
{
    m_pollTimer.setInterval(std::chrono::seconds(m_settings.pollSeconds));
    m_wakeTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &PresenceWatcher::poll);
    connect(&m_wakeTimer, &QTimer::timeout, this, &PresenceWatcher::poll);
}

PresenceWatcher::~PresenceWatcher()
{
    abortAll();
}

void PresenceWatcher::start()
{
    m_started = true;
    poll();
}

void PresenceWatcher::stop()
{
    m_started = false;
    m_pollTimer.stop();
    m_wakeTimer.stop();
    abortAll();
    m_occupancy.clear();
}

void PresenceWatcher::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_pollTimer.stop();
        m_wakeTimer.stop();
        abortAll();
        m_occupancy.clear();
    } else {
        poll();
    }
}

void PresenceWatcher::recheck()
{
    poll();
}

void PresenceWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
}

void PresenceWatcher::setConfig(const KioskConfig &config)
{
    for (const ContactConfig &old : std::as_const(m_contacts)) {
        const auto same = std::find_if(
            config.contacts.cbegin(), config.contacts.cend(), [&old](const ContactConfig &next) {
                return next.id == old.id && next.roomUrl() == old.roomUrl() && next.jwt == old.jwt;
            });
        if (same == config.contacts.cend() || config.calls.roomSizeUrl != m_settings.roomSizeUrl)
            forget(old.id);
    }
    if (config.calls.pollSeconds != m_settings.pollSeconds)
        m_pollTimer.setInterval(std::chrono::seconds(config.calls.pollSeconds));
    m_contacts = config.contacts;
    m_settings = config.calls;
    poll();
}

std::chrono::milliseconds PresenceWatcher::pollInterval() const
{
    return m_pollTimer.intervalAsDuration();
}

void PresenceWatcher::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
}

std::optional<int> PresenceWatcher::occupancy(const QString &contactId) const
{
    const auto found = m_occupancy.constFind(contactId);
    if (found == m_occupancy.cend())
        return std::nullopt;
    return *found;
}

void PresenceWatcher::poll()
{
    if (!m_started || m_paused)
        return;
    const QDateTime now = m_clock.now();
    bool anyMayRing = false;
    for (const ContactConfig &contact : std::as_const(m_contacts)) {
        if (!CallPolicy::mayRing(contact, m_settings, now)) {
            forget(contact.id);
            continue;
        }
        anyMayRing = true;
        if (!m_inFlight.contains(contact.id))
            request(contact);
    }
    if (anyMayRing) {
        m_wakeTimer.stop();
        if (!m_pollTimer.isActive())
            m_pollTimer.start();
    } else {
        m_pollTimer.stop();
        waitForHours(now);
    }
}

void PresenceWatcher::waitForHours(const QDateTime &now)
{
    std::optional<QDateTime> next;
    for (const ContactConfig &contact : std::as_const(m_contacts)) {
        if (!contact.ring || m_settings.roomSizeUrl.isEmpty())
            continue;
        for (const DailyHours &span : contact.ringHours) {
            for (int day = 0; day <= 1; ++day) {
                QDateTime start = now;
                start.setDate(now.date().addDays(day));
                start.setTime(span.start);
                if (!start.isValid() || start <= now)
                    continue;
                if (!next || start < *next)
                    next = start;
                break;
            }
        }
    }
    if (!next) {
        m_wakeTimer.stop(); // nothing can ever ring: stay asleep
        return;
    }
    const auto wait = std::chrono::milliseconds(now.msecsTo(*next));
    m_wakeTimer.start(std::clamp(wait, std::chrono::milliseconds(1000), maxWait));
}

void PresenceWatcher::request(const ContactConfig &contact)
{
    QNetworkRequest request(CallPolicy::roomSizeUrl(m_settings, contact));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.get(request);
    m_inFlight.insert(contact.id, reply);
    const QString id = contact.id;
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { finished(id, reply); });
    connect(reply, &QIODevice::readyRead, reply, [reply] {
        if (reply->bytesAvailable() > maxBodyBytes) {
            reply->setProperty(tooLargeProperty, true);
            reply->abort();
        }
    });
    QTimer::singleShot(m_requestTimeout, reply, [reply] {
        reply->setProperty(timedOutProperty, true);
        reply->abort();
    });
}

void PresenceWatcher::finished(const QString &contactId, QNetworkReply *reply)
{
    reply->deleteLater();
    // Aborted on purpose (paused, stopped, outside the hours): nothing to report.
    if (m_inFlight.value(contactId) != reply)
        return;
    m_inFlight.remove(contactId);
    const PollResult result = readReply(reply, m_requestTimeout);
    if (!result.participants) {
        if (!m_failing.contains(contactId)) {
            m_failing.insert(contactId);
            // The room's address is the family's secret: only the host goes to the log.
            qCWarning(lcCalls).noquote()
                << u"Cannot tell whether someone waits in a contact's room (asked %1): %2. "
                   "It will not ring until this works."_s.arg(reply->url().host(), result.problem);
            qCDebug(lcCalls).noquote() << u"(the room of \"%1\")"_s.arg(contactId);
        }
        return;
    }
    if (m_failing.remove(contactId))
        qCInfo(lcCalls) << "A contact's room can be watched again.";
    update(contactId, *result.participants);
}

void PresenceWatcher::update(const QString &contactId, int participants)
{
    const auto found = m_occupancy.constFind(contactId);
    if (found != m_occupancy.cend() && *found == participants)
        return;
    m_occupancy.insert(contactId, participants);
    Q_EMIT occupancyChanged(contactId, participants);
}

void PresenceWatcher::forget(const QString &contactId)
{
    m_occupancy.remove(contactId);
    if (QNetworkReply *reply = m_inFlight.take(contactId))
        reply->abort();
}

void PresenceWatcher::abortAll()
{
    const QHash<QString, QNetworkReply *> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply *reply : replies)
        reply->abort();
}

} // namespace Dorfplatz
