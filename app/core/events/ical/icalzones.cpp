#include "icalzones.h"

#include "core/events/icsadapter.h"

#include <QByteArray>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace Dorfplatz::Ical {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxOffsetSeconds = 24 * 3600;
constexpr int maxVtimezoneParts = 50;
constexpr int maxVtimezoneDates = 200;

bool hasZoneinfoFile(const QString &id)
{
    // QTimeZone also takes POSIX rules ("Foo" is valid and means UTC, "UTC-11" would be
    // UTC+11): only names with a file in the zone database count as IANA ids.
    static const QRegularExpression name(u"^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$"_s);
    if (id.size() > 100 || !name.match(id).hasMatch())
        return false;
    const QString dir = qEnvironmentVariableIsEmpty("TZDIR") ? u"/usr/share/zoneinfo"_s
                                                             : qEnvironmentVariable("TZDIR");
    return QFileInfo(dir + u'/' + id).isFile();
}

bool isUtcName(const QString &ianaId)
{
    // By name: Qt reports transitions for some of these zone files.
    static const QSet<QString> names{
        u"UTC"_s,       u"Etc/UTC"_s,   u"Etc/UCT"_s,      u"UCT"_s,  u"Etc/Universal"_s,
        u"Universal"_s, u"Etc/Zulu"_s,  u"Zulu"_s,         u"GMT"_s,  u"Etc/GMT"_s,
        u"Etc/GMT0"_s,  u"Etc/GMT+0"_s, u"Etc/GMT-0"_s,    u"GMT0"_s, u"GMT+0"_s,
        u"GMT-0"_s,     u"Greenwich"_s, u"Etc/Greenwich"_s};
    return names.contains(ianaId);
}

// libical expands a VTIMEZONE's rules for every year from its DTSTART to the year asked for,
// keeping every change in memory: only the shapes real zones have are handed to it.
bool isPlausibleVtimezone(icalcomponent *vtimezone)
{
    int parts = 0;
    for (icalcomponent *part : components(vtimezone, ICAL_ANY_COMPONENT)) {
        const icalcomponent_kind kind = icalcomponent_isa(part);
        if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT)
            continue;
        if (++parts > maxVtimezoneParts)
            return false;
        icalproperty *dtstart = icalcomponent_get_first_property(part, ICAL_DTSTART_PROPERTY);
        if (!dtstart || icalproperty_get_dtstart(dtstart).year < 1600)
            return false;
        if (icalcomponent_count_properties(part, ICAL_RDATE_PROPERTY) > maxVtimezoneDates ||
            icalcomponent_count_properties(part, ICAL_RRULE_PROPERTY) > 1)
            return false;
        if (icalproperty *rrule = icalcomponent_get_first_property(part, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype rule = icalproperty_get_rrule(rrule);
            if (rule.freq != ICAL_YEARLY_RECURRENCE || rule.interval < 1 || rule.rscale ||
                recurArrayLength(rule.by_second, ICAL_BY_SECOND_SIZE) > 0 ||
                recurArrayLength(rule.by_minute, ICAL_BY_MINUTE_SIZE) > 0 ||
                recurArrayLength(rule.by_hour, ICAL_BY_HOUR_SIZE) > 0 ||
                recurArrayLength(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) > 0 ||
                recurArrayLength(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) > 0 ||
                recurArrayLength(rule.by_set_pos, ICAL_BY_SETPOS_SIZE) > 0 ||
                recurArrayLength(rule.by_month, ICAL_BY_MONTH_SIZE) > 1 ||
                recurArrayLength(rule.by_day, ICAL_BY_DAY_SIZE) > 1 ||
                recurArrayLength(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE) > 7)
                return false;
        }
    }
    return parts > 0;
}

} // namespace

QDateTime wallTime(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

std::optional<QDateTime> wallFrom(const icaltimetype &value)
{
    if (icaltime_is_null_time(value) || value.year < 1)
        return std::nullopt;
    const QDate date(value.year, value.month, value.day);
    if (!date.isValid())
        return std::nullopt;
    if (value.is_date)
        return wallTime(date);
    // A leap second (":60") is kept as the second before it.
    const QTime time(value.hour, value.minute, std::min(value.second, 59));
    if (!time.isValid())
        return std::nullopt;
    return wallTime(date, time);
}

icaltimetype icalFrom(const QDateTime &wall, bool isDate)
{
    icaltimetype value = icaltime_null_time();
    value.year = wall.date().year();
    value.month = wall.date().month();
    value.day = wall.date().day();
    value.is_date = isDate ? 1 : 0;
    if (!isDate) {
        value.hour = wall.time().hour();
        value.minute = wall.time().minute();
        value.second = wall.time().second();
    }
    return value;
}

bool isIanaId(const QString &id)
{
    const QByteArray bytes = id.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(bytes) ||
           (hasZoneinfoFile(id) && QTimeZone(bytes).isValid());
}

int Zone::offsetAt(const QDateTime &utc) const
{
    {
        int offset = 0;
        switch (m_kind) {
        case Kind::Utc:
            return 0;
        case Kind::Qt:
            offset = qtOffsetAt(utc);
            break;
        case Kind::Vtimezone: {
            // libical expands a VTIMEZONE's rules year by year up to the year asked for: keep
            // years like 0001 or 9999 from costing millennia of expansion.
            const int year = utc.date().year();
            const QDateTime clamped = year < 1900 ? utc.addYears(1900 - year)
                                                  : (year > 2100 ? utc.addYears(2100 - year) : utc);
            icaltimetype at =
                icaltime_from_timet_with_zone(static_cast<time_t>(clamped.toSecsSinceEpoch()), 0,
                                              icaltimezone_get_utc_timezone());
            int daylight = 0;
            offset = icaltimezone_get_utc_offset_of_utc_time(m_icalZone, &at, &daylight);
            break;
        }
        }
        return std::abs(offset) <= maxOffsetSeconds ? offset : 0;
    }
}

int Zone::qtOffsetAt(const QDateTime &utc) const
{
    const qint64 at = utc.toMSecsSinceEpoch();
    for (const Stretch &stretch : m_stretches) {
        if (at >= stretch.from && at < stretch.to)
            return stretch.offset;
    }
    const int offset = m_qtZone.offsetFromUtc(utc);
    if (!m_qtZone.hasTransitions())
        return offset;
    // The offset holds from the last transition at or before `utc` to the next one after it.
    const QTimeZone::OffsetData previous = m_qtZone.previousTransition(utc.addMSecs(1));
    const QTimeZone::OffsetData next = m_qtZone.nextTransition(utc);
    Stretch stretch{previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::min(),
                    next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::max(),
                    offset};
    // Only a stretch that agrees with itself is kept; anything odd is asked again next time.
    if (stretch.from <= at && at < stretch.to &&
        (!previous.atUtc.isValid() || previous.offsetFromUtc == offset)) {
        m_stretches[size_t(m_nextStretch)] = stretch;
        m_nextStretch = (m_nextStretch + 1) % rememberedStretches;
    }
    return offset;
}

QDateTime Zone::toUtc(const QDateTime &wall) const
{
    {
        if (m_kind == Kind::Utc)
            return wall;
        // RFC 5545 3.3.5: a wall-clock time that happens twice (autumn) means the first of the
        // two; one that does not exist (spring) is read with the offset from before the gap.
        // Neither libical nor Qt 6.4 does both, so it is decided here.
        const int before = offsetAt(wall.addDays(-1));
        const int after = offsetAt(wall.addDays(1));
        std::optional<QDateTime> earliest;
        for (const int offset : {before, after}) {
            const QDateTime candidate = wall.addSecs(-offset);
            if (offsetAt(candidate) == offset && (!earliest || candidate < *earliest))
                earliest = candidate;
        }
        return earliest ? *earliest : wall.addSecs(-before);
    }
}

const Zone &ZoneResolver::forTzid(icalcomponent *calendar, const char *tzid)
{
    const QString name = fromUtf8(tzid).trimmed();
    if (name.isEmpty())
        return m_floating;
    const auto key = std::make_pair(calendar, name);
    if (const auto found = m_zones.find(key); found != m_zones.end())
        return found->second;
    return m_zones.emplace(key, resolve(calendar, name)).first->second;
}

Zone ZoneResolver::fromIana(const QString &id) const
{
    return isUtcName(id) ? m_utc : Zone::fromQt(QTimeZone(id.toUtf8()), id);
}

Zone ZoneResolver::resolve(icalcomponent *calendar, const QString &name)
{
    // The zone database is newer and more complete than most VTIMEZONEs (Outlook writes only
    // the current rule), so a TZID that names an IANA or Windows zone is read through it.
    if (const QString iana = IcsAdapter::ianaZoneFor(name); !iana.isEmpty())
        return fromIana(iana);
    if (const std::vector<icalcomponent *> &vtimezones = findVtimezones(calendar, name);
        !vtimezones.empty()) {
        if (const std::optional<QString> location =
                firstXText(vtimezones.front(), {"X-LIC-LOCATION"})) {
            if (const QString iana = IcsAdapter::ianaZoneFor(*location); !iana.isEmpty())
                return fromIana(iana);
        }
        if (!std::all_of(vtimezones.cbegin(), vtimezones.cend(), isPlausibleVtimezone)) {
            m_problems->add(
                u"time zone \"%1\": VTIMEZONE not usable, times read as local time"_s.arg(name));
            return m_floating;
        }
        const QByteArray utf8 = name.toUtf8();
        if (icaltimezone *zone = icalcomponent_get_timezone(calendar, utf8.constData()))
            return Zone::fromVtimezone(zone);
    }
    m_problems->add(u"unknown time zone \"%1\": times read as local time"_s.arg(name));
    return m_floating;
}

const std::vector<icalcomponent *> &ZoneResolver::findVtimezones(icalcomponent *calendar,
                                                                 const QString &name)
{
    // Indexed once per calendar: a feed may have thousands of VTIMEZONEs and TZIDs.
    auto index = m_vtimezones.find(calendar);
    if (index == m_vtimezones.end()) {
        std::map<QString, std::vector<icalcomponent *>> byTzid;
        for (icalcomponent *vtimezone : components(calendar, ICAL_VTIMEZONE_COMPONENT)) {
            if (icalproperty *tzid =
                    icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
                byTzid[fromUtf8(icalproperty_get_tzid(tzid)).trimmed()].push_back(vtimezone);
        }
        index = m_vtimezones.emplace(calendar, std::move(byTzid)).first;
    }
    static const std::vector<icalcomponent *> none;
    const auto found = index->second.find(name);
    return found != index->second.end() ? found->second : none;
}

} // namespace Dorfplatz::Ical
