#include "icsadapter.h"

#include "ical/calendarreader.h"
#include "ical/icalexpander.h"
#include "ical/icalsupport.h"
#include "ical/icalzones.h"
#include "windowszones.h"

#include <QByteArrayView>

#include <algorithm>
#include <libical/ical.h>
#include <numeric>
#include <vector>

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

// By start, then uid, keeping the order of equal ones. std::stable_sort would take a buffer as
// large as the list, which is most of the sync's memory at this point: an order of indices is
// sorted instead and the occurrences moved into it in place, cycle by cycle.
void sortOccurrences(EventOccurrences &occurrences)
{
    EventOccurrence *items = occurrences.data();
    std::vector<qsizetype> order(size_t(occurrences.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [items](qsizetype a, qsizetype b) {
        return items[a].start != items[b].start ? items[a].start < items[b].start
                                                : items[a].uid < items[b].uid;
    });
    // Position i gets the occurrence that stood at order[i].
    std::vector<bool> placed(order.size(), false);
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        EventOccurrence first = std::move(items[start]);
        size_t at = start;
        while (true) {
            placed[at] = true;
            const auto from = size_t(order[at]);
            if (from == start) {
                items[at] = std::move(first);
                break;
            }
            items[at] = std::move(items[from]);
            at = from;
        }
    }
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
    // A view, not a copy: the feed may be megabytes.
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
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
    // libical's own parser, fed one event at a time (ical/calendarreader.h).
    const Ical::CalendarReader reader(text);
    icalerror_clear_errno();
    if (reader.calendars().empty()) {
        result.error = u"not an iCalendar file (no VCALENDAR could be read)"_s;
        return result;
    }

    result.ok = true;
    Ical::expand(reader, options, result);
    sortOccurrences(result.occurrences);
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
