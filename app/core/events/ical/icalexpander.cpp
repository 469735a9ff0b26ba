#include "icalexpander.h"

#include "icalsupport.h"
#include "icalzones.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace Dorfplatz::Ical {

using namespace Qt::StringLiterals;

namespace {

// Limits that keep a hostile feed from hanging the sync or exhausting memory, on top of the
// per-event cap the feed configuration sets.
constexpr int maxStepsPerRule = 100000;    // icalrecur_iterator_next() calls for one RRULE
constexpr qint64 expansionBudgetMs = 5000; // recurrence expansion of one whole feed
constexpr qsizetype maxOccurrencesPerFeed = 200000;
constexpr qint64 maxEventSeconds = 100LL * 366 * 86400; // longer "events" are broken data

// A DATE or DATE-TIME property value with the zone it is written in.
struct PropertyTime
{
    QDateTime wall;
    bool isDate = false;
    const Zone *zone = nullptr;

    QDateTime utc() const { return zone->toUtc(wall); }
};

// How long each occurrence lasts: whole days on the wall clock (RFC 5545 "nominal" duration),
// then exact seconds.
struct Span
{
    qint64 days = 0;
    qint64 seconds = 0;
};

struct Timing
{
    QDateTime wallStart;
    bool allDay = false;
    const Zone *zone = nullptr;
    Span span;
};

// The texts of an event; unset fields of an override fall back to its master's.
struct Details
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> location;
    std::optional<QString> url;
    std::optional<QStringList> categories;
    std::optional<bool> cancelled;
    std::optional<QString> attribution;
    std::optional<QString> licence;

    Details overriddenBy(const Details &other) const
    {
        Details merged = *this;
        const auto take = [](auto &mine, const auto &theirs) {
            if (theirs)
                mine = theirs;
        };
        take(merged.title, other.title);
        take(merged.description, other.description);
        take(merged.location, other.location);
        take(merged.url, other.url);
        take(merged.categories, other.categories);
        take(merged.cancelled, other.cancelled);
        take(merged.attribution, other.attribution);
        take(merged.licence, other.licence);
        return merged;
    }

    QString attributionText() const
    {
        QStringList parts;
        if (attribution && !attribution->isEmpty())
            parts.append(*attribution);
        if (licence && !licence->isEmpty() && !parts.contains(*licence))
            parts.append(*licence);
        return parts.join(u" · "_s);
    }
};

Details readAttribution(icalcomponent *component)
{
    Details details;
    details.attribution = firstXText(component, {"X-ATTRIBUTION", "X-WR-ATTRIBUTION"});
    details.licence = firstXText(component, {"X-LICENSE", "X-LICENCE", "X-WR-LICENSE"});
    return details;
}

// The short texts that many events of a feed repeat (places, categories), held once: the
// occurrences are most of the memory a big feed takes.
class TextPool
{
public:
    std::optional<QString> text(std::optional<QString> value)
    {
        if (value && value->size() <= maxLength)
            value = pooled(m_texts, *value);
        return value;
    }

    QStringList list(QStringList value)
    {
        for (QString &text : value) {
            if (text.size() > maxLength)
                return value;
            text = pooled(m_texts, text);
        }
        return pooled(m_lists, value);
    }

private:
    static constexpr qsizetype maxLength = 200;
    static constexpr qsizetype maxEntries = 4096; // a hostile feed cannot make it big

    template <typename T>
    static T pooled(QSet<T> &pool, const T &value)
    {
        if (const auto found = pool.constFind(value); found != pool.cend())
            return *found;
        if (pool.size() < maxEntries)
            pool.insert(value);
        return value;
    }

    QSet<QString> m_texts;
    QSet<QStringList> m_lists;
};

Details readDetails(icalcomponent *event, TextPool &pool)
{
    Details details = readAttribution(event);
    details.title = firstText(event, ICAL_SUMMARY_PROPERTY);
    details.description = firstText(event, ICAL_DESCRIPTION_PROPERTY);
    details.location = pool.text(firstText(event, ICAL_LOCATION_PROPERTY));
    details.url = firstText(event, ICAL_URL_PROPERTY);
    if (icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY)) {
        // libical splits "CATEGORIES:a,b" into one property per value (an escaped "\," stays).
        QStringList categories;
        for (icalproperty *property : properties(event, ICAL_CATEGORIES_PROPERTY)) {
            const QString category = textOf(property);
            if (!category.isEmpty() && !categories.contains(category))
                categories.append(category);
        }
        details.categories = pool.list(std::move(categories));
    }
    if (icalproperty *status = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY))
        details.cancelled = icalproperty_get_status(status) == ICAL_STATUS_CANCELLED;
    return details;
}

QUrl usableUrl(const QString &text)
{
    // The kiosk may show or open it: only web addresses.
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty()
               ? url
               : QUrl();
}

// The keys that name single occurrences of a recurring event (EXDATE, RECURRENCE-ID): an
// instant for timed events, a date for all-day ones (and for DATE values on timed events).
class InstanceKeys
{
public:
    void insert(const PropertyTime &time, const Timing &master, int value = 0)
    {
        if (time.isDate)
            m_dates.insert(time.wall.date().toJulianDay(), value);
        else if (master.allDay)
            m_dates.insert(master.zone->toWall(time.utc()).date().toJulianDay(), value);
        else
            m_instants.insert(time.utc().toMSecsSinceEpoch(), value);
    }

    std::optional<int> find(const QDateTime &wallStart, const QDateTime &utcStart,
                            bool allDay) const
    {
        if (!allDay) {
            if (const auto found = m_instants.constFind(utcStart.toMSecsSinceEpoch());
                found != m_instants.cend())
                return found.value();
        }
        if (const auto found = m_dates.constFind(wallStart.date().toJulianDay());
            found != m_dates.cend())
            return found.value();
        return std::nullopt;
    }

private:
    QHash<qint64, int> m_instants;
    QHash<qint64, int> m_dates;
};

struct CalendarInfo
{
    icalcomponent *component = nullptr;
    Details attribution;
};

struct EventRef
{
    icalcomponent *event = nullptr;
    const CalendarInfo *calendar = nullptr;
};

struct Override
{
    EventRef ref;
    PropertyTime recurrenceId;
    Timing timing;
    Details details;
    int sequence = 0;
};

class Expander
{
public:
    Expander(const IcsOptions &options, IcsResult &result)
        : m_options(options)
        , m_result(result)
        , m_problems(&result.problems)
        , m_zones(options.localZone.isValid() ? options.localZone : QTimeZone::systemTimeZone(),
                  &m_problems)
        , m_cap(std::max(options.maxOccurrencesPerEvent, 1))
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_windowStart =
            options.windowStart.isValid() ? options.windowStart.toUTC() : now.addDays(-1);
        m_windowEnd =
            options.windowEnd.isValid() ? options.windowEnd.toUTC() : m_windowStart.addDays(61);
    }

    void run(const CalendarReader &reader)
    {
        std::deque<CalendarInfo> infos;
        for (const ComponentPtr &calendar : reader.calendars()) {
            infos.push_back({calendar.get(), readAttribution(calendar.get())});
            if (m_result.calendarName.isEmpty()) {
                m_result.calendarName =
                    firstXText(calendar.get(), {"X-WR-CALNAME"})
                        .value_or(
                            firstText(calendar.get(), ICAL_NAME_PROPERTY).value_or(QString()));
            }
        }
        // The overrides are all known before the first series is expanded, wherever they stand.
        std::map<QString, std::vector<EventRef>> overrides;
        for (const CalendarReader::Override &entry : reader.overrides())
            overrides[uidOf(entry.event.get())].push_back(
                {entry.event.get(), &infos[entry.calendar]});

        QSet<QString> seriesDone;
        static const std::vector<EventRef> noOverrides;
        reader.forEachEvent([&](int calendar, icalcomponent *event) {
            m_clock.start();
            const EventRef master{event, &infos[calendar]};
            ++m_result.events;
            const QString uid = uidOf(master.event);
            const auto found = overrides.find(uid);
            const std::vector<EventRef> &series =
                found != overrides.end() ? found->second : noOverrides;
            // A UID repeated on several masters: the overrides' own occurrences are added once.
            const bool addOverrides = !series.empty() && !seriesDone.contains(uid);
            if (expandMaster(master, series, addOverrides) && addOverrides)
                seriesDone.insert(uid);
            // The time libical takes to parse the next event is not expansion time.
            m_spentMs += m_clock.elapsed();
        });
        // Overrides whose master is missing or broken still say when something happens.
        m_clock.start();
        for (const auto &[uid, refs] : overrides) {
            if (seriesDone.contains(uid))
                continue;
            for (const EventRef &ref : refs) {
                ++m_result.events;
                expandSingle(ref);
            }
        }
        m_problems.finish();
    }

private:
    static QString uidOf(icalcomponent *event)
    {
        return firstText(event, ICAL_UID_PROPERTY).value_or(QString());
    }

    QString label(icalcomponent *event) const
    {
        const QString uid = uidOf(event);
        if (!uid.isEmpty())
            return u"event \"%1\""_s.arg(uid);
        return u"event without UID (\"%1\")"_s.arg(
            firstText(event, ICAL_SUMMARY_PROPERTY).value_or(QString()));
    }

    void skip(icalcomponent *event, const QString &why)
    {
        ++m_result.skipped;
        m_problems.add(u"%1 skipped: %2"_s.arg(label(event), why));
    }

    void cap(icalcomponent *event, const QString &why)
    {
        ++m_result.capped;
        m_problems.add(u"%1: %2"_s.arg(label(event), why));
    }

    std::optional<PropertyTime> readTime(icalproperty *property, const CalendarInfo &calendar,
                                         const Zone &fallback)
    {
        icalvalue *value = icalproperty_get_value(property);
        if (!value)
            return std::nullopt;
        icaltimetype time = icaltime_null_time();
        switch (icalvalue_isa(value)) {
        case ICAL_DATE_VALUE:
        case ICAL_DATETIME_VALUE:
            time = icalvalue_get_datetime(value);
            break;
        case ICAL_DATETIMEPERIOD_VALUE: {
            const icaldatetimeperiodtype both = icalvalue_get_datetimeperiod(value);
            time = icaltime_is_null_time(both.time) ? both.period.start : both.time;
            break;
        }
        case ICAL_PERIOD_VALUE:
            time = icalvalue_get_period(value).start;
            break;
        default:
            return std::nullopt;
        }
        const std::optional<QDateTime> wall = wallFrom(time);
        if (!wall)
            return std::nullopt;
        PropertyTime result{*wall, time.is_date != 0, &fallback};
        if (!result.isDate) {
            if (icaltime_is_utc(time)) {
                result.zone = &m_zones.utc();
            } else if (icalparameter *tzid =
                           icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
                result.zone = &m_zones.forTzid(calendar.component, icalparameter_get_tzid(tzid));
            }
        }
        return result;
    }

    // DTSTART with DTEND or DURATION. `master` fills what an override leaves out.
    std::optional<Timing> readTiming(const EventRef &ref, QString *why,
                                     const Timing *master = nullptr,
                                     const PropertyTime *recurrenceId = nullptr)
    {
        icalcomponent *event = ref.event;
        const Zone &floating = m_zones.floating();
        std::optional<PropertyTime> start;
        if (icalproperty *dtstart =
                icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) {
            start = readTime(dtstart, *ref.calendar, floating);
            if (!start) {
                *why = u"DTSTART cannot be read"_s;
                return std::nullopt;
            }
        } else if (recurrenceId) {
            start = *recurrenceId;
        } else {
            *why = u"no DTSTART"_s;
            return std::nullopt;
        }

        Timing timing{start->wall, start->isDate, start->zone, {}};
        if (timing.allDay)
            timing.zone = &floating;
        icalproperty *dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
        icalproperty *duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
        icalvalue *durationValue = duration ? icalproperty_get_value(duration) : nullptr;
        if (durationValue && icalvalue_isa(durationValue) != ICAL_DURATION_VALUE)
            durationValue = nullptr;

        if (dtend) {
            const std::optional<PropertyTime> end = readTime(dtend, *ref.calendar, *start->zone);
            if (!end) {
                *why = u"DTEND cannot be read"_s;
                return std::nullopt;
            }
            if (timing.allDay) {
                QDate endDate = end->wall.date();
                if (!end->isDate && end->wall.time() != QTime(0, 0))
                    endDate = endDate.addDays(1);
                if (endDate < timing.wallStart.date()) {
                    *why = u"DTEND before DTSTART"_s;
                    return std::nullopt;
                }
                // DTEND equal to DTSTART is a common slip for a one-day event.
                timing.span.days = std::max<qint64>(1, timing.wallStart.date().daysTo(endDate));
            } else {
                const qint64 seconds =
                    timing.zone->toUtc(timing.wallStart).secsTo(end->zone->toUtc(end->wall));
                if (seconds < 0) {
                    *why = u"DTEND before DTSTART"_s;
                    return std::nullopt;
                }
                timing.span.seconds = seconds;
            }
        } else if (durationValue) {
            const icaldurationtype length = icalvalue_get_duration(durationValue);
            if (icaldurationtype_is_bad_duration(length)) {
                *why = u"DURATION cannot be read"_s;
                return std::nullopt;
            }
            const qint64 days = qint64(length.weeks) * 7 + length.days;
            const qint64 seconds =
                qint64(length.hours) * 3600 + qint64(length.minutes) * 60 + length.seconds;
            if (length.is_neg && (days > 0 || seconds > 0)) {
                *why = u"negative DURATION"_s;
                return std::nullopt;
            }
            if (timing.allDay)
                timing.span.days = std::max<qint64>(1, days + (seconds + 86399) / 86400);
            else
                timing.span = {days, seconds};
        } else if (master && master->allDay == timing.allDay) {
            timing.span = master->span;
        } else if (timing.allDay) {
            timing.span.days = 1;
        }
        if (timing.span.days * 86400 + timing.span.seconds > maxEventSeconds) {
            *why = u"lasts longer than 100 years"_s;
            return std::nullopt;
        }
        return timing;
    }

    // Start and end in UTC of the occurrence that starts at `wallStart`.
    std::pair<QDateTime, QDateTime> instant(const Timing &timing, const QDateTime &wallStart) const
    {
        if (timing.allDay) {
            const Zone &local = m_zones.floating();
            const QDate startDate = wallStart.date();
            return {local.toUtc(wallTime(startDate)),
                    local.toUtc(wallTime(startDate.addDays(timing.span.days)))};
        }
        const QDateTime start = timing.zone->toUtc(wallStart);
        const QDateTime nominalEnd =
            timing.span.days > 0 ? timing.zone->toUtc(wallStart.addDays(timing.span.days)) : start;
        return {start, std::max(start, nominalEnd.addSecs(timing.span.seconds))};
    }

    bool inWindow(const QDateTime &start, const QDateTime &end) const
    {
        // Zero-length events at the window start still count.
        return start < m_windowEnd && (end > m_windowStart || start >= m_windowStart);
    }

    // Adds one occurrence; false once the feed has reached its limit.
    bool addOccurrence(const Timing &timing, const QDateTime &wallStart, const QString &uid,
                       const Details &details)
    {
        const bool cancelled = details.cancelled.value_or(false);
        if (cancelled && !m_options.keepCancelled)
            return true;
        if (m_result.occurrences.size() >= maxOccurrencesPerFeed)
            return false;
        const auto [start, end] = instant(timing, wallStart);
        EventOccurrence occurrence;
        occurrence.feedId = m_options.feedId;
        occurrence.uid = uid;
        occurrence.start = start;
        occurrence.end = end;
        occurrence.allDay = timing.allDay;
        if (timing.allDay) {
            occurrence.startDate = wallStart.date();
            occurrence.endDate = wallStart.date().addDays(timing.span.days);
        } else {
            occurrence.timeZone = timing.zone->reportedId();
        }
        occurrence.title = details.title.value_or(QString());
        occurrence.description = details.description.value_or(QString());
        occurrence.location = details.location.value_or(QString());
        occurrence.url = usableUrl(details.url.value_or(QString()));
        occurrence.categories = details.categories.value_or(QStringList());
        occurrence.cancelled = cancelled;
        occurrence.attribution = details.attributionText();
        m_result.occurrences.append(std::move(occurrence));
        return true;
    }

    void feedFull(icalcomponent *event)
    {
        cap(event,
            u"not all occurrences kept, the feed has more than %1"_s.arg(maxOccurrencesPerFeed));
    }

    void expandSingle(const EventRef &ref)
    {
        QString why;
        const std::optional<Timing> timing = readTiming(ref, &why);
        if (!timing) {
            skip(ref.event, why);
            return;
        }
        const Details details =
            ref.calendar->attribution.overriddenBy(readDetails(ref.event, m_pool));
        const auto [start, end] = instant(*timing, timing->wallStart);
        if (inWindow(start, end) &&
            !addOccurrence(*timing, timing->wallStart, uidOf(ref.event), details))
            feedFull(ref.event);
    }

    // Reads the overrides of one series, the best (highest SEQUENCE, then last) per instance.
    std::vector<Override> readOverrides(const std::vector<EventRef> &refs, const Timing &master,
                                        const Details &masterDetails)
    {
        std::vector<Override> result;
        InstanceKeys seen;
        for (const EventRef &ref : refs) {
            icalproperty *property =
                icalcomponent_get_first_property(ref.event, ICAL_RECURRENCEID_PROPERTY);
            const std::optional<PropertyTime> recurrenceId =
                readTime(property, *ref.calendar, *master.zone);
            if (!recurrenceId) {
                skip(ref.event, u"RECURRENCE-ID cannot be read"_s);
                continue;
            }
            QString why;
            const std::optional<Timing> timing = readTiming(ref, &why, &master, &*recurrenceId);
            if (!timing) {
                skip(ref.event, why);
                continue;
            }
            icalproperty *sequence =
                icalcomponent_get_first_property(ref.event, ICAL_SEQUENCE_PROPERTY);
            Override entry{ref, *recurrenceId, *timing,
                           masterDetails.overriddenBy(readDetails(ref.event, m_pool)),
                           sequence ? icalproperty_get_sequence(sequence) : 0};
            const QDateTime originalWall = master.zone->toWall(recurrenceId->utc());
            if (const std::optional<int> index =
                    seen.find(recurrenceId->isDate ? recurrenceId->wall : originalWall,
                              recurrenceId->utc(), master.allDay || recurrenceId->isDate)) {
                if (entry.sequence >= result[*index].sequence)
                    result[*index] = std::move(entry);
                continue;
            }
            seen.insert(*recurrenceId, master, int(result.size()));
            result.push_back(std::move(entry));
        }
        return result;
    }

    // False when the master is broken (its overrides then stand on their own).
    bool expandMaster(const EventRef &ref, const std::vector<EventRef> &overrideRefs,
                      bool addOverrides)
    {
        icalcomponent *event = ref.event;
        QString why;
        const std::optional<Timing> timing = readTiming(ref, &why);
        if (!timing) {
            skip(event, why);
            return false;
        }
        reportRuleErrors(event);
        const QString uid = uidOf(event);
        const Details details = ref.calendar->attribution.overriddenBy(readDetails(event, m_pool));

        InstanceKeys excluded;
        for (icalproperty *exdate : properties(event, ICAL_EXDATE_PROPERTY)) {
            if (const std::optional<PropertyTime> time =
                    readTime(exdate, *ref.calendar, *timing->zone))
                excluded.insert(*time, *timing);
        }
        // Every override of the series replaces its instance, also when a duplicate master
        // carries the same UID; the override occurrences themselves are added once.
        InstanceKeys overridden;
        for (const EventRef &overrideRef : overrideRefs) {
            icalproperty *property =
                icalcomponent_get_first_property(overrideRef.event, ICAL_RECURRENCEID_PROPERTY);
            if (const std::optional<PropertyTime> time =
                    readTime(property, *overrideRef.calendar, *timing->zone))
                overridden.insert(*time, *timing);
        }

        const bool recurring = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) ||
                               icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
        if (!recurring) {
            const auto [start, end] = instant(*timing, timing->wallStart);
            if (!overridden.find(timing->wallStart, start, timing->allDay) &&
                inWindow(start, end) && !addOccurrence(*timing, timing->wallStart, uid, details))
                feedFull(event);
        } else {
            expandRecurrences(ref, *timing, uid, details, excluded, overridden);
        }

        if (!addOverrides)
            return true;
        for (const Override &entry : readOverrides(overrideRefs, *timing, details)) {
            const auto [start, end] = instant(entry.timing, entry.timing.wallStart);
            if (inWindow(start, end) &&
                !addOccurrence(entry.timing, entry.timing.wallStart, uid, entry.details)) {
                feedFull(entry.ref.event);
                break;
            }
        }
        return true;
    }

    void reportRuleErrors(icalcomponent *event)
    {
        // libical drops a property it cannot read (an RRULE with INTERVAL=0, say) and leaves an
        // X-LIC-ERROR; for the rules that decide which days an event has, that is worth a line.
        for (icalproperty *error : properties(event, ICAL_XLICERROR_PROPERTY)) {
            const QString text = fromUtf8(icalproperty_get_xlicerror(error));
            for (const QString &name : {u"RRULE"_s, u"RDATE"_s, u"EXDATE"_s}) {
                if (text.contains(u" %1 property"_s.arg(name))) {
                    m_problems.add(u"%1: %2 ignored (%3)"_s.arg(label(event), name, text));
                    break;
                }
            }
        }
    }

    void expandRecurrences(const EventRef &ref, const Timing &timing, const QString &uid,
                           const Details &details, const InstanceKeys &excluded,
                           const InstanceKeys &overridden)
    {
        icalcomponent *event = ref.event;
        // In-window instances by wall-clock start, so RRULE, RDATE and DTSTART give each once.
        std::map<qint64, QDateTime> picked;
        const auto consider = [&](const QDateTime &wallStart) {
            const auto [start, end] = instant(timing, wallStart);
            if (excluded.find(wallStart, start, timing.allDay) ||
                overridden.find(wallStart, start, timing.allDay) || !inWindow(start, end))
                return false;
            return picked.emplace(wallStart.toMSecsSinceEpoch(), wallStart).second;
        };
        // RFC 5545: DTSTART is always the first instance, matching the rule or not.
        consider(timing.wallStart);

        bool capped = false;
        for (icalproperty *rrule : properties(event, ICAL_RRULE_PROPERTY)) {
            if (!expandRule(event, icalproperty_get_rrule(rrule), timing, consider))
                capped = true;
        }
        for (icalproperty *rdate : properties(event, ICAL_RDATE_PROPERTY)) {
            const std::optional<PropertyTime> time = readTime(rdate, *ref.calendar, *timing.zone);
            if (!time)
                continue;
            if (timing.allDay)
                consider(wallTime(time->isDate ? time->wall.date()
                                               : timing.zone->toWall(time->utc()).date()));
            else if (time->isDate)
                consider(wallTime(time->wall.date(), timing.wallStart.time()));
            else
                consider(timing.zone->toWall(time->utc()));
        }

        if (qsizetype(picked.size()) > m_cap)
            capped = true;
        int count = 0;
        for (const auto &[key, wallStart] : picked) {
            if (count++ == m_cap)
                break;
            if (!addOccurrence(timing, wallStart, uid, details)) {
                feedFull(event);
                return;
            }
        }
        if (capped)
            cap(event, u"expansion stopped after %1 occurrences"_s.arg(
                           std::min<qsizetype>(picked.size(), m_cap)));
    }

    // Feeds one RRULE's instances to `consider`; false when it had to stop early.
    template <typename Consider>
    bool expandRule(icalcomponent *event, icalrecurrencetype rule, const Timing &timing,
                    Consider &consider)
    {
        if (rule.freq == ICAL_NO_RECURRENCE || rule.interval < 1 || rule.rscale) {
            m_problems.add(u"%1: recurrence rule not supported, ignored"_s.arg(label(event)));
            return true;
        }
        if (!isSupported(rule, timing.allDay)) {
            m_problems.add(
                u"%1: recurrence rule cannot give any dates, ignored"_s.arg(label(event)));
            return true;
        }
        adjustUntil(rule, timing);

        // Occurrences that end before the window are not needed: start the iterator just
        // before it, by the length of an occurrence and some slack for offset changes (a few
        // hours; days for whole-day rules, where they cost nothing). Each step of a SECONDLY
        // rule counts against maxStepsPerRule.
        const qint64 slackSeconds = rule.freq >= ICAL_DAILY_RECURRENCE ? 2 * 86400 : 3 * 3600;
        const QDateTime lookBack = timing.zone->toWall(m_windowStart)
                                       .addDays(-timing.span.days)
                                       .addSecs(-timing.span.seconds - slackSeconds);
        QDateTime iteratorStart = timing.wallStart;
        bool setStart = false;
        if (lookBack > timing.wallStart) {
            if (rule.freq >= ICAL_DAILY_RECURRENCE) {
                // libical jumps correctly for DAILY and longer, but not with COUNT.
                setStart = rule.count == 0;
            } else {
                // libical's jump misaligns HOURLY;INTERVAL=n: step there in whole intervals.
                const qint64 unit = rule.freq == ICAL_HOURLY_RECURRENCE     ? 3600
                                    : rule.freq == ICAL_MINUTELY_RECURRENCE ? 60
                                                                            : 1;
                const qint64 step = unit * rule.interval;
                const qint64 steps = timing.wallStart.secsTo(lookBack) / step;
                if (rule.count > 0) {
                    if (steps >= rule.count)
                        return true;
                    rule.count -= int(steps);
                }
                iteratorStart = timing.wallStart.addSecs(steps * step);
            }
        }

        icalerror_clear_errno();
        IteratorPtr iterator(icalrecur_iterator_new(rule, icalFrom(iteratorStart, timing.allDay)));
        if (!iterator) {
            m_problems.add(
                u"%1: recurrence rule cannot give any dates, ignored"_s.arg(label(event)));
            return true;
        }
        if (setStart)
            icalrecur_iterator_set_start(iterator.get(), icalFrom(lookBack, timing.allDay));

        const QDateTime stopAt = m_windowEnd.addDays(1);
        int added = 0;
        QDateTime previous;
        for (int step = 0;; ++step) {
            if (step >= maxStepsPerRule || m_spentMs + m_clock.elapsed() > expansionBudgetMs)
                return false;
            const std::optional<QDateTime> wall = wallFrom(icalrecur_iterator_next(iterator.get()));
            // An iterator that stands still or goes back would never reach the window's end.
            if (!wall || (previous.isValid() && *wall <= previous))
                break;
            previous = *wall;
            if (timing.zone->toUtc(*wall) >= stopAt)
                break;
            if (consider(*wall) && ++added > m_cap)
                break;
        }
        icalerror_clear_errno();
        return true;
    }

    static bool isSupported(const icalrecurrencetype &rule, bool allDay)
    {
        const int byMonth = recurArrayLength(rule.by_month, ICAL_BY_MONTH_SIZE);
        const int byMonthDay = recurArrayLength(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE);
        const int byDay = recurArrayLength(rule.by_day, ICAL_BY_DAY_SIZE);
        const bool anyBy = byMonth > 0 || byMonthDay > 0 || byDay > 0 ||
                           recurArrayLength(rule.by_second, ICAL_BY_SECOND_SIZE) > 0 ||
                           recurArrayLength(rule.by_minute, ICAL_BY_MINUTE_SIZE) > 0 ||
                           recurArrayLength(rule.by_hour, ICAL_BY_HOUR_SIZE) > 0 ||
                           recurArrayLength(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) > 0 ||
                           recurArrayLength(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) > 0 ||
                           recurArrayLength(rule.by_set_pos, ICAL_BY_SETPOS_SIZE) > 0;
        // libical searches second by second for a match of sub-daily rules with BY parts, which
        // for an impossible one ("every minute on 30 February") never ends. Events do not
        // repeat hourly in any feed worth showing.
        if (rule.freq < ICAL_DAILY_RECURRENCE && (anyBy || allDay))
            return false;
        // Combinations RFC 5545 forbids, on which libical's search runs to its year limit.
        for (int i = 0; i < byDay; ++i) {
            if (icalrecurrencetype_day_position(rule.by_day[i]) != 0 &&
                rule.freq != ICAL_MONTHLY_RECURRENCE && rule.freq != ICAL_YEARLY_RECURRENCE)
                return false;
        }
        if ((recurArrayLength(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) > 0 &&
             rule.freq >= ICAL_DAILY_RECURRENCE && rule.freq <= ICAL_MONTHLY_RECURRENCE) ||
            (recurArrayLength(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) > 0 &&
             rule.freq != ICAL_YEARLY_RECURRENCE) ||
            (byMonthDay > 0 && rule.freq == ICAL_WEEKLY_RECURRENCE))
            return false;
        // A day of the month that no month in BYMONTH has ("30 February").
        if (byMonth > 0 && byMonthDay > 0) {
            static constexpr int longest[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            bool possible = false;
            for (int m = 0; m < byMonth && !possible; ++m) {
                const int month = icalrecurrencetype_month_month(rule.by_month[m]);
                if (month < 1 || month > 12)
                    return false;
                for (int d = 0; d < byMonthDay && !possible; ++d)
                    possible = std::abs(rule.by_month_day[d]) <= longest[month];
            }
            if (!possible)
                return false;
        }
        return true;
    }

    // libical compares UNTIL with the instances as they are given; they are wall-clock times in
    // the event's zone here, so UNTIL (UTC in most feeds) is made one too.
    void adjustUntil(icalrecurrencetype &rule, const Timing &timing) const
    {
        if (icaltime_is_null_time(rule.until))
            return;
        const std::optional<QDateTime> until = wallFrom(rule.until);
        if (!until) {
            rule.until = icaltime_null_time();
            return;
        }
        QDateTime wall = *until;
        if (rule.until.is_date && !timing.allDay)
            wall = wallTime(until->date(), QTime(23, 59, 59));
        else if (!rule.until.is_date && icaltime_is_utc(rule.until))
            wall = timing.zone->toWall(*until);
        rule.until = icalFrom(wall, timing.allDay);
    }

    const IcsOptions &m_options;
    IcsResult &m_result;
    Problems m_problems;
    ZoneResolver m_zones;
    const int m_cap;
    QDateTime m_windowStart;
    QDateTime m_windowEnd;
    TextPool m_pool;
    QElapsedTimer m_clock; // the expansion of the current event
    qint64 m_spentMs = 0;  // on the events before it
};

} // namespace

void expand(const CalendarReader &reader, const IcsOptions &options, IcsResult &result)
{
    Expander(options, result).run(reader);
}

} // namespace Dorfplatz::Ical
