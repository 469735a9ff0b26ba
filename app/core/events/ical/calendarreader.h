#pragma once

// A feed read one VEVENT at a time. libical's icalparser_parse_string() builds the component tree
// of the whole file, several times the size of the text (about 60 MB for a feed of 8.6 MB); here
// libical's own incremental parser (icalparser_add_line) gets one event at a time, and only the
// overrides (few in real feeds) are kept parsed.
//
// Two passes over the text. The first reads the lines without parsing most of them: it keeps
// each VCALENDAR's own properties and its VTIMEZONEs (so a VTIMEZONE after the events that use it
// still counts), parses the overrides (VEVENTs with RECURRENCE-ID, which may come before or after
// their series), and notes where every other VEVENT is. The second parses those events one by
// one. Which calendars, events and lines count is decided as libical's parser decides it: a
// calendar without its END is not read, a missing END:VEVENT swallows what follows, and so on.

#include "contentlines.h"
#include "icalsupport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <functional>
#include <libical/ical.h>
#include <vector>

namespace Dorfplatz::Ical {

class CalendarReader
{
public:
    // Reads the first pass. `text` must outlive the reader.
    explicit CalendarReader(QByteArrayView text);

    // The VCALENDARs in the order of the text, each with its properties and VTIMEZONEs (and
    // nothing else).
    const std::vector<ComponentPtr> &calendars() const { return m_calendars; }

    struct Override
    {
        int calendar = 0; // index into calendars()
        ComponentPtr event;
    };
    // The VEVENTs with a RECURRENCE-ID, in the order of the text.
    const std::vector<Override> &overrides() const { return m_overrides; }

    // Every other VEVENT, in the order of the text: parsed, handed to `use` with the index of
    // its calendar, and freed when `use` returns.
    void forEachEvent(const std::function<void(int calendar, icalcomponent *event)> &use) const;

private:
    struct Span
    {
        qsizetype from = 0; // the BEGIN:VEVENT line
        qsizetype to = 0;   // after its END line
        int calendar = 0;
    };

    void scan();
    ComponentPtr parse(const Span &span) const;
    icalcomponent_kind kindOf(char *beginLine);

    ContentLines m_text; // where each pass starts its own reading
    std::vector<ComponentPtr> m_calendars;
    std::vector<Override> m_overrides;
    std::vector<Span> m_events;
    QHash<QByteArray, icalcomponent_kind> m_kinds; // BEGIN line → what libical makes of it
};

} // namespace Dorfplatz::Ical
