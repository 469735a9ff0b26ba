#include "publishedevent.h"

#include "icalsupport.h"
#include "icalzones.h"

#include <QTimeZone>

#include <libical/ical.h>

namespace Dorfplatz::Ical {

namespace {

// The VTIMEZONE of an IANA zone from libical's zone data (the system's zoneinfo on Debian), with
// the plain id as its TZID: libical names its zones "/freeassociation.sourceforge.net/...",
// which calendars that know "Europe/Berlin" would not match to their own zone.
// Not thread-safe (libical loads its zones lazily): called on the GUI thread only.
ComponentPtr vtimezoneFor(const QByteArray &id)
{
    if (id.isEmpty())
        return {};
    icaltimezone *zone = icaltimezone_get_builtin_timezone(id.constData());
    icalcomponent *component = zone ? icaltimezone_get_component(zone) : nullptr;
    if (!component)
        return {};
    ComponentPtr copy(icalcomponent_new_clone(component));
    icalproperty *tzid = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY);
    if (!tzid)
        return {};
    icalproperty_set_tzid(tzid, id.constData());
    return copy;
}

icaltimetype utcTime(const QDateTime &at)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(at.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(component, make(text.toUtf8().constData()));
}

} // namespace

QByteArray PublishedEvent::toIcs() const
{
    if (!start.isValid() || uid.isEmpty())
        return {};
    makeLibicalErrorsNonFatal();

    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(prodId.constData()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    // The wall clock of the zone, so a calendar in another zone still shows the right moment and
    // one in the same zone shows exactly the time that was booked.
    icalproperty *dtstart = nullptr;
    const Qt::TimeSpec spec = start.timeSpec();
    const QByteArray zoneId =
        spec == Qt::TimeZone || spec == Qt::LocalTime ? start.timeZone().id() : QByteArray();
    if (ComponentPtr vtimezone = vtimezoneFor(zoneId)) {
        icalcomponent_add_component(calendar.get(), vtimezone.release());
        dtstart = icalproperty_new_dtstart(icalFrom(start, false));
        icalproperty_add_parameter(dtstart, icalparameter_new_tzid(zoneId.constData()));
    } else {
        dtstart = icalproperty_new_dtstart(utcTime(start));
    }

    icalcomponent *event = icalcomponent_new_vevent();
    icalcomponent_add_component(calendar.get(), event); // owned by the calendar from here on
    addText(event, icalproperty_new_uid, uid);
    icalcomponent_add_property(
        event, icalproperty_new_dtstamp(
                   utcTime(stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc())));
    icalcomponent_add_property(event, dtstart);
    if (length.count() > 0)
        icalcomponent_add_property(event, icalproperty_new_duration(icaldurationtype_from_int(
                                              static_cast<int>(length.count()))));
    addText(event, icalproperty_new_summary, summary);
    addText(event, icalproperty_new_description, description);
    addText(event, icalproperty_new_location, location);
    if (url.isValid())
        icalcomponent_add_property(
            event, icalproperty_new_url(url.toString(QUrl::FullyEncoded).toUtf8().constData()));

    if (reminder.count() > 0) {
        icalcomponent *alarm = icalcomponent_new_valarm();
        icalcomponent_add_component(event, alarm);
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(alarm,
                                   icalproperty_new_trigger(icaltriggertype_from_int(
                                       -static_cast<int>(std::chrono::seconds(reminder).count()))));
        // RFC 5545 wants a DESCRIPTION in every DISPLAY alarm.
        const QString text = reminderText.isEmpty() ? summary : reminderText;
        icalcomponent_add_property(alarm, icalproperty_new_description(text.toUtf8().constData()));
    }

    const BufferPtr text(icalcomponent_as_ical_string_r(calendar.get()));
    return text ? QByteArray(text.get()) : QByteArray();
}

} // namespace Dorfplatz::Ical
