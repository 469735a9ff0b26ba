#include "programme.h"

#include "core/events/icsadapter.h"
#include "core/logging.h"

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString uidPrefix = u"session-"_s;
const QString movedMark = u"moved"_s;

// A line as iCalendar wants it; the kiosk's own texts never hold line breaks, but a rule that
// somehow did would add lines of its own.
bool isSafeValue(const QString &value)
{
    return !value.contains(u'\r') && !value.contains(u'\n');
}

} // namespace

Programme::Programme(QTimeZone zone)
    : m_zone(std::move(zone))
{}

QByteArray Programme::calendar(const QList<Session> &sessions) const
{
    const bool utc = m_zone.id() == "UTC";
    const QString zoneParam = utc ? QString() : u";TZID="_s + QString::fromLatin1(m_zone.id());
    const auto time = [&](const QDateTime &wall) -> QString {
        return zoneParam + u":"_s + wall.toString(u"yyyyMMdd'T'HHmmss"_s) +
               (utc ? u"Z"_s : QString());
    };
    const auto at = [](const QDate &date, const QDateTime &start) -> QDateTime {
        return QDateTime(date, start.time(), Qt::UTC); // wall-clock digits only
    };

    QStringList lines{u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s,
                      u"PRODID:-//Dorfplatz//Programm//DE"_s};
    const auto event = [&](const Session &session, const QString &recurrenceId,
                           const QString &start, const QString &extra) {
        lines << u"BEGIN:VEVENT"_s << u"UID:"_s + uidPrefix + QString::number(session.id)
              << u"DTSTAMP:20260101T000000Z"_s;
        if (!recurrenceId.isEmpty())
            lines << u"RECURRENCE-ID"_s + recurrenceId;
        lines << u"DTSTART"_s + start
              << u"DURATION:PT%1M"_s.arg(std::max<qint64>(1, session.duration.count()));
        if (!extra.isEmpty())
            lines << extra;
        lines << u"END:VEVENT"_s;
    };
    for (const Session &session : sessions) {
        const QDateTime start(session.start.date(), session.start.time(), Qt::UTC);
        QString rule;
        if (!session.rule.isEmpty()) {
            if (isSafeValue(session.rule))
                rule = u"RRULE:"_s + session.rule;
            else
                qCWarning(lcApp) << "session" << session.id << "has a broken rule; only once";
        }
        event(session, {}, time(start), rule);
        for (const QDate &date : session.cancelled)
            event(session, time(at(date, start)), time(at(date, start)), u"STATUS:CANCELLED"_s);
        for (const Session::Move &move : session.moved) {
            const QDateTime to(move.to.date(), move.to.time(), Qt::UTC);
            event(session, time(at(move.from, start)), time(to), u"SUMMARY:"_s + movedMark);
        }
    }
    lines << u"END:VCALENDAR"_s;
    return lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QList<SessionOccurrence> Programme::occurrences(const QList<Session> &sessions,
                                                const QDateTime &from, const QDateTime &to) const
{
    IcsOptions options;
    options.feedId = u"programme"_s;
    options.windowStart = from.toUTC();
    options.windowEnd = to.toUTC();
    options.maxOccurrencesPerEvent = 10000;
    options.keepCancelled = true;
    options.localZone = m_zone;
    const IcsResult result = IcsAdapter::parse(calendar(sessions), options);
    if (!result.ok || !result.problems.isEmpty())
        qCWarning(lcApp).noquote() << "programme:" << result.error << result.problems.join(u"; "_s);

    QList<SessionOccurrence> list;
    for (const EventOccurrence &occurrence : result.occurrences) {
        if (!occurrence.uid.startsWith(uidPrefix))
            continue;
        // IcsAdapter's window keeps what starts in it; an occurrence that began before `from`
        // and still runs belongs to it as well, one that ends at `from` does not.
        if (occurrence.end <= options.windowStart || occurrence.start >= options.windowEnd)
            continue;
        list.append({occurrence.uid.mid(uidPrefix.size()).toLongLong(), occurrence.start,
                     occurrence.end, occurrence.cancelled, occurrence.title == movedMark});
    }
    std::sort(list.begin(), list.end(), [](const SessionOccurrence &a, const SessionOccurrence &b) {
        return std::tie(a.start, a.sessionId) < std::tie(b.start, b.sessionId);
    });
    return list;
}

QList<SessionClash> Programme::clashes(const Session &planned, const QList<Session> &others,
                                       const QDateTime &from, const QDateTime &to) const
{
    QList<Session> rest;
    for (const Session &other : others) {
        if (other.id != planned.id)
            rest.append(other);
    }
    const QList<SessionOccurrence> mine = occurrences({planned}, from, to);
    const QList<SessionOccurrence> theirs = occurrences(rest, from, to);
    QList<SessionClash> found;
    for (const SessionOccurrence &a : mine) {
        if (a.cancelled)
            continue;
        for (const SessionOccurrence &b : theirs) {
            if (b.cancelled || b.start >= a.end || a.start >= b.end)
                continue;
            const auto other = std::find_if(rest.cbegin(), rest.cend(),
                                            [&b](const Session &s) { return s.id == b.sessionId; });
            found.append({b.sessionId, other != rest.cend() ? other->title : QString(), b.start});
        }
    }
    return found;
}

} // namespace Dorfplatz
