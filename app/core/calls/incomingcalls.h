#pragma once

#include "contactconfig.h"
#include "missedcall.h"
#include "presencewatcher.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace Dorfplatz {

class Clock;
struct KioskConfig;

// The ringing state machine. Someone waiting in a contact's room (PresenceWatcher) while the
// contact may ring (CallPolicy::mayRing) makes the kiosk ring; one contact at a time, the others
// wait their turn in the order they came. Ringing stops when the resident answers or rejects,
// when nobody answered within ringSeconds (missed), or when the caller left (missed). After a
// rejected or missed call, or a call with that contact, its room does not ring again until it
// has been seen empty: a relative still waiting is not rung at again and again.
//
// The countdown of auto-answer and the ring time are measured with the injected Clock at each
// tick, so a test that moves a FixedClock sees the effect at the next tick.
class IncomingCalls : public QObject
{
    Q_OBJECT

public:
    IncomingCalls(const KioskConfig &config, const Clock &clock, QObject *parent = nullptr);
    ~IncomingCalls() override;

    // Begins watching (the kiosk calls it after the first paint).
    void start();
    PresenceWatcher &watcher() { return m_watcher; }

    // In a call: nothing rings and nothing is polled; a ring in progress stops (a missed call).
    void setBusy(bool inCall);
    bool isBusy() const { return m_busy; }
    bool isStarted() const { return m_started; }
    // A newly published configuration. A contact no longer there stops ringing (not counted as
    // missed: nobody can call back) and its missed calls go; a call in progress goes on.
    void setConfig(const KioskConfig &config);

    // After a call with the contact: its room does not ring again until seen empty.
    void callEnded(const QString &contactId);

    // The contact ringing now; empty when nothing rings.
    QString ringingContact() const { return m_ringing; }
    // While ringing with auto-answer: the whole seconds left (rounded up).
    std::optional<std::chrono::seconds> autoAnswerRemaining() const;

    // The resident tapped "Annehmen": answerRequested() follows.
    void answer();
    // "Ablehnen": the call counts as missed (rejected).
    void reject();

    // Missed calls the resident has not seen yet, newest first.
    QList<MissedCall> missedCalls() const { return m_missed; }
    // The resident saw them on the home screen.
    void markSeen();
    // Missed calls kept from before a restart; those of contacts no longer configured are left
    // out. Emits missedCallsChanged().
    void restoreMissedCalls(const QList<MissedCall> &calls);

    // Whether a ring may be answered by itself now (false: nobody sees it, as during a group
    // session). While it may not, its countdown stands still at the full time; the ring time
    // and the missed call still count from its start.
    void setAutoAnswerGate(std::function<bool(const QString &contactId)> gate)
    {
        m_autoAnswerGate = std::move(gate);
    }

    // How often the countdown and the ring time are checked (1 s), for tests.
    void setTickInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    // Ringing started or stopped (ringingContact() tells which).
    void ringingChanged();
    // autoAnswerRemaining() changed.
    void countdownChanged();
    // answer() (automatic false) or auto-answer (true): the UI opens the call with this
    // contact; answered by itself, with the camera off until the resident turns it on.
    void answerRequested(const QString &contactId, bool automatic);
    void missedCallsChanged();

private:
    enum class Missed
    {
        No,
        Unanswered,
        Rejected
    };

    void occupancyChanged(const QString &contactId, int participants);
    void ringNext();
    void ring(const ContactConfig &contact);
    void answerCall(bool automatic);
    void tick();
    // Ends the ring; `missed` records it; the contact's room is blocked until seen empty when
    // someone is still in it.
    void stopRinging(Missed missed, bool block);
    const ContactConfig *contact(const QString &id) const;

    QList<ContactConfig> m_contacts;
    CallSettings m_settings;
    const Clock &m_clock;
    PresenceWatcher m_watcher;
    QTimer m_tick;
    bool m_started = false;
    bool m_busy = false;

    QStringList m_waiting;   // someone is in these rooms, in the order they came
    QSet<QString> m_blocked; // no ring until the room was seen empty
    QString m_ringing;
    QDateTime m_ringStart;
    QDateTime m_autoAnswerFrom; // the ring's start, or the last moment it was held back
    std::function<bool(const QString &)> m_autoAnswerGate;
    std::optional<std::chrono::seconds> m_autoAnswerAfter; // for the ring in progress
    std::optional<std::chrono::seconds> m_lastRemaining;   // what countdownChanged last told
    QList<MissedCall> m_missed;
};

} // namespace Dorfplatz
