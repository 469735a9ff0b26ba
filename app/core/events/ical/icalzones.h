#pragma once

// Wall-clock times and the zones that turn them into instants: IANA and Windows TZIDs through
// QTimeZone, VTIMEZONEs through libical, with RFC 5545's rules for gaps and repeated hours.

#include "icalsupport.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <libical/ical.h>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace Dorfplatz::Ical {

// Wall-clock times (the digits written in the feed) are held as QDateTimes in Qt::UTC, which
// gives exact day and second arithmetic without any zone rules; Zone turns them into instants.
QDateTime wallTime(QDate date, QTime time = QTime(0, 0));
std::optional<QDateTime> wallFrom(const icaltimetype &value);
icaltimetype icalFrom(const QDateTime &wall, bool isDate);

// A name with a zone in Qt's or the system's zone database (not a POSIX rule).
bool isIanaId(const QString &id);

// Where an event's wall-clock times are read: a QTimeZone (an IANA zone, or the local zone for
// floating times), UTC, or a VTIMEZONE from the file that names no zone QTimeZone knows.
class Zone
{
public:
    static Zone utc() { return Zone(); }

    static Zone fromQt(const QTimeZone &zone, const QString &reportedId)
    {
        Zone result;
        result.m_kind = Kind::Qt;
        result.m_qtZone = zone;
        result.m_reportedId = reportedId;
        return result;
    }

    static Zone fromVtimezone(icaltimezone *zone)
    {
        Zone result;
        result.m_kind = Kind::Vtimezone;
        result.m_icalZone = zone;
        return result;
    }

    // The IANA id occurrences report as their zone; empty for UTC, floating and VTIMEZONE-only.
    QString reportedId() const { return m_reportedId; }

    int offsetAt(const QDateTime &utc) const;

    QDateTime toWall(const QDateTime &utc) const { return utc.addSecs(offsetAt(utc)); }

    QDateTime toUtc(const QDateTime &wall) const;

private:
    enum class Kind
    {
        Utc,
        Qt,
        Vtimezone
    };

    // QTimeZone asks ICU for every offset, which was the largest single cost of expanding a big
    // feed: the last few stretches between two transitions are remembered, with their offset.
    struct Stretch
    {
        qint64 from = 0; // UTC, ms since the epoch, inclusive
        qint64 to = 0;   // exclusive; from == to: unused
        int offset = 0;
    };
    static constexpr int rememberedStretches = 4;

    int qtOffsetAt(const QDateTime &utc) const;

    Kind m_kind = Kind::Utc;
    QTimeZone m_qtZone;
    mutable std::array<Stretch, rememberedStretches> m_stretches{};
    mutable int m_nextStretch = 0;
    icaltimezone *m_icalZone = nullptr;
    QString m_reportedId;
};

// TZID → Zone, once per calendar and name (VTIMEZONEs belong to their VCALENDAR).
class ZoneResolver
{
public:
    ZoneResolver(const QTimeZone &localZone, Problems *problems)
        : m_floating(Zone::fromQt(localZone, QString()))
        , m_utc(Zone::utc())
        , m_problems(problems)
    {}

    const Zone &floating() const { return m_floating; }
    const Zone &utc() const { return m_utc; }

    const Zone &forTzid(icalcomponent *calendar, const char *tzid);

private:
    Zone fromIana(const QString &id) const;
    Zone resolve(icalcomponent *calendar, const QString &name);
    // The VTIMEZONEs with that TZID; libical uses one of them, so all must be plausible.
    const std::vector<icalcomponent *> &findVtimezones(icalcomponent *calendar,
                                                       const QString &name);

    Zone m_floating;
    Zone m_utc;
    Problems *m_problems;
    std::map<std::pair<icalcomponent *, QString>, Zone> m_zones;
    std::map<icalcomponent *, std::map<QString, std::vector<icalcomponent *>>> m_vtimezones;
};

} // namespace Dorfplatz::Ical
