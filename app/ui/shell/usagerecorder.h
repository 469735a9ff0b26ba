#pragma once

#include "core/usage/usagecounts.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace Dorfplatz {

class CallCoordinator;
class Clock;
class Database;
class Screen;
class SessionScheduler;
struct ScheduledItem;

// Counts the room's use for the funding report (UsageCounts) from what the running kiosk already
// says: the screens a resident opens from a tile, the calls, the programme. One place, so the
// features themselves know nothing of the report. Only the kind, the month and a length reach
// UsageCounts: never who was called, which station played or when.
//
// What counts:
// - StreamPlayed: a station a resident opened (a tile) that really played; once per opening,
//   however often it was paused or interrupted, with the time it played (the Clock's, between
//   StreamSession's Playing and the next other phase). A stream that never played is not
//   counted. A station that is a group session's content is counted as the session, not here.
// - CallMade: a call, incoming or outgoing, in which someone else came into the room, with the
//   time from then until the call ended. A call nobody answered is not "made". The call of a
//   video visit is the visit's (counted by the visit), not a call.
// - EventsOpened: "Was ist los?" opened from its tile.
// - SessionHeld: a programme session that ran (it ended: by its time, by staff or because its
//   screen went), also one started with "Jetzt starten". Counted in the month it began.
// - SessionMissed: a session that could not start in its time because a call ran through it
//   (SessionScheduler::missed). A session staff called off ("Heute nicht", cancelled for the
//   day) or whose countdown a resident closed is not missed: people decided, the room did not
//   fail. Video visits are left to the visit (VisitHeld, VisitMissed).
class UsageRecorder : public QObject
{
    Q_OBJECT

public:
    UsageRecorder(Database &database, const Clock &clock, QObject *parent = nullptr);

    // A screen a resident opened from a tile (KioskShell::openTile): a station is watched until
    // it goes, "Was ist los?" is counted at once; others are left alone.
    void watchScreen(Screen *screen);
    // Counts the calls of `calls` (its inCallChanged and its engine's participantsChanged).
    void watchCalls(CallCoordinator &calls);
    // Counts the sessions of `scheduler` (ended, missed); a call during a running visit is the
    // visit's.
    void watchSessions(SessionScheduler &scheduler);

    // The same by hand (the watch functions connect these), for tests and callers without the
    // objects above.
    void callConnected();
    void callOver();
    void sessionEnded(const ScheduledItem &item);
    void sessionMissed(const ScheduledItem &item);
    // A video visit ended (SessionRunner::visitEnded): held with how long the relative was there,
    // or it did not come about.
    void visitEnded(bool held, std::chrono::seconds length);

    UsageCounts &counts() { return m_counts; }

Q_SIGNALS:
    // Something was counted (after it is in the database): for tests and the Leitung's screen.
    void counted(Dorfplatz::UsageCounts::Kind kind);

private:
    void add(UsageCounts::Kind kind, QDate day, std::chrono::seconds duration = {});
    QDate today() const;
    bool visitRunning() const;

    UsageCounts m_counts;
    const Clock &m_clock;
    std::function<bool()> m_visitRunning; // a video visit runs now (watchSessions())
    bool m_inCall = false;
    bool m_callIsVisit = false;
    std::optional<QDateTime> m_connectedSince; // someone else came into the running call
};

} // namespace Dorfplatz
