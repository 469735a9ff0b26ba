#pragma once

#include "contactconfig.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace Dorfplatz {

class Clock;
struct KioskConfig;

// Watches whether someone is waiting in the rooms of the contacts that may ring now
// (CallPolicy::mayRing), through the deployment's room-size endpoint (Prosody's mod_muc_size:
// 200 {"participants": N}, 404 when the room does not exist, i.e. is empty).
//
// Every poll interval it asks each such room once (at most one request per room in flight, 5 s
// each). The hours are checked again at every poll. When no contact may ring, no poll timer runs:
// one single-shot timer wakes it when the next ring hours begin (at the latest after an hour, so
// a clock change is noticed). A failing endpoint (no connection, a timeout, an error status,
// garbage) is logged once per contact and changes nothing.
class PresenceWatcher : public QObject
{
    Q_OBJECT

public:
    PresenceWatcher(const KioskConfig &config, const Clock &clock, QObject *parent = nullptr);
    ~PresenceWatcher() override;

    // Polls at once and from then on; stop() ends it and forgets what it knew.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    // While paused (during a call) nothing is polled; what was known is forgotten, since the
    // rooms were not watched. Unpausing polls at once.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Checks the hours and polls the rooms that may ring now, as the timers do.
    void recheck();

    // A newly published configuration: its contacts and settings from now on. What was known of
    // a room that is no longer watched, or whose address changed, is forgotten; the rest stays.
    void setConfig(const KioskConfig &config);

    void setPollInterval(std::chrono::milliseconds interval); // default: pollSeconds
    std::chrono::milliseconds pollInterval() const;
    void setRequestTimeout(std::chrono::milliseconds timeout); // default: 5 s

    // The number of people last seen in the contact's room; nothing when not known (not polled
    // yet, paused, or outside the contact's ring hours).
    std::optional<int> occupancy(const QString &contactId) const;

    // Whether the poll timer runs, i.e. some contact may ring now.
    bool isPolling() const { return m_pollTimer.isActive(); }
    // Whether the single-shot timer waits for the next ring hours.
    bool isWaitingForHours() const { return m_wakeTimer.isActive(); }
    // Requests in flight now.
    int pendingRequests() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    // The number of people in the contact's room differs from what was known before (the first
    // answer after start, unpausing or the start of the ring hours always counts as a change).
    void occupancyChanged(const QString &contactId, int participants);

private:
    void poll();
    void request(const ContactConfig &contact);
    void finished(const QString &contactId, QNetworkReply *reply);
    void update(const QString &contactId, int participants);
    void forget(const QString &contactId);
    void abortAll();
    void waitForHours(const QDateTime &now);

    QList<ContactConfig> m_contacts;
    CallSettings m_settings;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    QTimer m_pollTimer;
    QTimer m_wakeTimer;
    std::chrono::milliseconds m_requestTimeout{5000};
    QHash<QString, QNetworkReply *> m_inFlight;
    QHash<QString, int> m_occupancy;
    QSet<QString> m_failing; // contacts whose failure has been logged
    bool m_started = false;
    bool m_paused = false;
};

} // namespace Dorfplatz
