#include "icsadapter.h"

#include "ical/icalexpander.h"
#include "ical/icalsupport.h"
#include "ical/icalzones.h"
#include "windowszones.h"

#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <libical/ical.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxNesting = 32; // real calendars nest three deep (VCALENDAR, VEVENT, VALARM)

// How deep BEGIN: lines nest. libical frees components recursively, and a few hundred thousand
// nested BEGIN:VEVENT lines (a few MB) overflow the stack inside it.
int nestingDepth(QByteArrayView data)
{
    int depth = 0;
    int deepest = 0;
    for (qsizetype lineStart = 0; lineStart < data.size();) {
        const QByteArrayView line =
            data.sliced(lineStart, std::min<qsizetype>(6, data.size() - lineStart));
        if (line.size() >= 6 && qstrnicmp(line.data(), 6, "BEGIN:", 6) == 0)
            deepest = std::max(deepest, ++depth);
        else if (line.size() >= 4 && qstrnicmp(line.data(), 4, "END:", 4) == 0)
            depth = std::max(depth - 1, 0);
        const qsizetype newline = data.indexOf('\n', lineStart);
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return deepest;
}

bool startsWithVcalendar(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() &&
           (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        ++i;
    static constexpr QByteArrayView begin = "BEGIN:VCALENDAR";
    return data.size() - i >= begin.size() &&
           qstrnicmp(data.data() + i, begin.size(), begin.data(), begin.size()) == 0;
}

} // namespace

IcsResult IcsAdapter::parse(const QByteArray &data, const IcsOptions &options)
{
    IcsResult result;
    if (data.size() > options.maxBytes) {
        result.error = u"the feed has %1 bytes, more than the limit of %2"_s.arg(data.size())
                           .arg(options.maxBytes);
        return result;
    }
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (!startsWithVcalendar(text)) {
        result.error = u"not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"_s;
        return result;
    }

    if (const int depth = nestingDepth(text); depth > maxNesting) {
        result.error = u"not a usable iCalendar file (components nested %1 deep)"_s.arg(depth);
        return result;
    }

    Ical::makeLibicalErrorsNonFatal();
    icalerror_clear_errno();
    const Ical::ComponentPtr root(icalparser_parse_string(text.constData()));
    icalerror_clear_errno();
    QList<icalcomponent *> calendars;
    if (root && icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root.get());
    } else if (root && icalcomponent_isa(root.get()) == ICAL_XROOT_COMPONENT) {
        // Several VCALENDARs one after another, as some servers concatenate them.
        for (icalcomponent *calendar : Ical::components(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(calendar);
    }
    if (calendars.isEmpty()) {
        result.error = u"not an iCalendar file (no VCALENDAR could be read)"_s;
        return result;
    }

    result.ok = true;
    Ical::expand(calendars, options, result);
    std::stable_sort(result.occurrences.begin(), result.occurrences.end(),
                     [](const EventOccurrence &a, const EventOccurrence &b) {
                         return a.start != b.start ? a.start < b.start : a.uid < b.uid;
                     });
    icalerror_clear_errno();
    return result;
}

QString IcsAdapter::ianaZoneFor(const QString &tzid)
{
    QString id = tzid.trimmed();
    if (id.size() >= 2 && id.startsWith(u'"') && id.endsWith(u'"'))
        id = id.mid(1, id.size() - 2).trimmed();
    if (id.isEmpty() || id.size() > 200)
        return {};
    // Windows names first: QTimeZone would take "UTC-11" as a POSIX rule, sign reversed.
    if (const QString windows = WindowsZones::ianaFor(id); !windows.isEmpty())
        return windows;
    if (Ical::isIanaId(id))
        return id;
    // Ids with a vendor prefix: "/mozilla.org/20050126_1/Europe/Berlin",
    // "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin".
    for (qsizetype slash = id.indexOf(u'/'); slash >= 0; slash = id.indexOf(u'/', slash + 1)) {
        const QString suffix = id.mid(slash + 1);
        if (suffix.contains(u'/') && Ical::isIanaId(suffix))
            return suffix;
    }
    return {};
}

} // namespace Dorfplatz
