#include "eventsessions.h"

#include "core/events/eventsource.h"
#include "core/logging.h"
#include "core/time/clock.h"
#include "schedule.h"

#include <QHash>

namespace Dorfplatz {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// As the staff editor allows.
constexpr qsizetype maxTitleLength = 80;
constexpr qsizetype maxNoteLength = 300;

// How far around now the cache is asked: a day more on each side for all-day events stored at
// another zone's midnight; ahead, further than any sync expands.
constexpr int daysBefore = 2;
constexpr int daysAhead = 400;

// A place that reads well after "in": a name ("Rammelsbach", "Bürgerhaus"), not an address.
bool isPlainPlace(const QString &place)
{
    if (place.isEmpty() || place.size() > 40 || place.contains(u','))
        return false;
    return std::none_of(place.begin(), place.end(), [](QChar c) { return c.isDigit(); });
}

QDateTime utc(const QDateTime &time)
{
    return time.toUTC();
}

// The occurrence of a series the session now stands for, when its own start is no longer
// there: the only one of its UID (a single event that moved), else the nearest within a day (one
// date of a series that moved; the others are a week or more away). Null when none.
const EventOccurrence *movedTo(const QList<const EventOccurrence *> &candidates,
                               const QDateTime &eventStart)
{
    if (candidates.size() == 1)
        return candidates.first();
    const EventOccurrence *best = nullptr;
    qint64 bestDistance = 24 * 60 * 60;
    for (const EventOccurrence *candidate : candidates) {
        const qint64 distance = std::abs(eventStart.secsTo(candidate->start));
        if (distance <= bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

Actor EventSessions::syncActor()
{
    //: In the audit log: who changed a session made from an event ("Kalender-Abgleich")
    return Actor{std::nullopt, tr("Calendar sync")};
}

Session EventSessions::sessionFor(const EventOccurrence &event, const QTimeZone &zone)
{
    Session session;
    session.content = SessionContent{SessionContent::Kind::Announcement, {}};
    // An event elsewhere is not something the room starts: the kiosk reminds at the time.
    session.startsByItself = false;
    const QString title = event.title.simplified();
    const QString place = event.location.simplified();
    session.title = title;
    if (isPlainPlace(place) && !title.contains(place, Qt::CaseInsensitive)) {
        //: A session made from an event: "Kerwe in Rammelsbach"
        const QString withPlace = tr("%1 in %2").arg(title, place);
        if (withPlace.size() <= maxTitleLength)
            session.title = withPlace;
    }
    session.title = session.title.left(maxTitleLength);
    session.note = place.left(maxNoteLength);
    if (event.allDay) {
        session.start = QDateTime(event.startDate, allDayStart, zone);
        session.duration = defaultDuration;
    } else {
        session.start = event.start.toTimeZone(zone);
        const auto length = std::chrono::minutes(event.start.secsTo(event.end) / 60);
        session.duration = length <= 0min ? defaultDuration : std::min(length, maxDuration);
    }
    session.eventUid = event.uid;
    session.eventStart = utc(event.start);
    return session;
}

std::optional<Session> EventSessions::madeFrom(const Schedule &schedule,
                                               const EventOccurrence &event)
{
    for (const Session &session : schedule.sessions()) {
        if (!event.uid.isEmpty() && session.eventUid == event.uid &&
            session.eventStart == event.start)
            return session;
    }
    return std::nullopt;
}

EventSessions::Added EventSessions::add(Schedule &schedule, const EventOccurrence &event,
                                        const Actor &by, const QDateTime &now)
{
    Added result;
    if (auto existing = madeFrom(schedule, event)) {
        result.session = std::move(existing);
        return result;
    }
    result.session = schedule.save(sessionFor(event, schedule.zone()), by, now, &result.error);
    result.created = result.session.has_value();
    return result;
}

EventSessions::EventSessions(Schedule &schedule, EventSource &events, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_events(events)
    , m_clock(clock)
{
    connect(&m_events, &EventSource::changed, this, &EventSessions::update);
}

int EventSessions::update()
{
    const QDateTime now = m_clock.now();
    QList<Session> linked;
    for (const Session &session : m_schedule.sessions()) {
        if (!session.eventUid.isEmpty() && session.eventStart.isValid() &&
            session.start.addSecs(std::chrono::seconds(session.duration).count()) > now)
            linked.append(session);
    }
    if (linked.isEmpty())
        return 0;

    const EventOccurrences occurrences =
        m_events.occurrences(now.addDays(-daysBefore), now.addDays(daysAhead));
    // A cache that cannot be read, or has never been filled, says nothing about any event.
    if (!m_events.error().isEmpty() || m_events.lastSuccess().isNull()) {
        qCInfo(lcEvents).noquote() << u"Sessions made from events not checked: %1"_s.arg(
            m_events.error().isEmpty() ? u"no sync has succeeded yet"_s : m_events.error());
        return 0;
    }
    QHash<QString, QList<const EventOccurrence *>> byUid;
    for (const EventOccurrence &occurrence : occurrences)
        byUid[occurrence.uid].append(&occurrence);

    const Actor by = syncActor();
    int changes = 0;
    for (const Session &session : linked) {
        const QList<const EventOccurrence *> candidates = byUid.value(session.eventUid);
        const auto exact = std::find_if(candidates.begin(), candidates.end(),
                                        [&session](const EventOccurrence *occurrence) {
                                            return occurrence->start == session.eventStart;
                                        });
        const EventOccurrence *event =
            exact != candidates.end() ? *exact : movedTo(candidates, session.eventStart);
        QString error;
        if (!event || event->cancelled) {
            const QDate date = session.start.toTimeZone(m_schedule.zone()).date();
            if (session.cancelled.contains(date))
                continue;
            if (!m_schedule.cancelDate(session.id, date, by, now, &error)) {
                qCWarning(lcEvents).noquote()
                    << u"Cannot cancel session %1 after its event was cancelled: %2"_s.arg(
                           QString::number(session.id), error);
                continue;
            }
            qCInfo(lcEvents).noquote() << u"Session %1 cancelled: its event %2 was %3"_s.arg(
                QString::number(session.id), session.eventUid,
                event ? u"cancelled"_s : u"removed from the calendar"_s);
            ++changes;
            continue;
        }
        if (event->start == session.eventStart)
            continue; // as it was
        Session moved = session;
        if (event->allDay) {
            moved.start =
                QDateTime(event->startDate, session.start.toTimeZone(m_schedule.zone()).time(),
                          m_schedule.zone());
        } else {
            moved.start = event->start.toTimeZone(m_schedule.zone());
        }
        moved.eventStart = utc(event->start);
        if (!m_schedule.save(moved, by, now, &error)) {
            qCWarning(lcEvents).noquote() << u"Cannot move session %1 with its event: %2"_s.arg(
                QString::number(session.id), error);
            continue;
        }
        qCInfo(lcEvents).noquote() << u"Session %1 moved with its event %2 to %3"_s.arg(
            QString::number(session.id), session.eventUid, moved.start.toString(Qt::ISODate));
        ++changes;
    }
    if (changes > 0)
        Q_EMIT sessionsChanged(changes);
    return changes;
}

} // namespace Dorfplatz
