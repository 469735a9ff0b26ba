#include "calendarreader.h"

#include <cwctype>

namespace Dorfplatz::Ical {

namespace {

constexpr qsizetype maxKnownKinds = 64; // distinct BEGIN lines remembered

enum class Marker
{
    Begin,
    End,
    Other
};

// The property name libical reads from a line (parser_get_prop_name() in icalparser.c): up to the
// first ';' or ':' outside double quotes, where the first character and one after a backslash
// never count, without the white space at its end. Empty: the line has none.
QByteArrayView propertyName(QByteArrayView line)
{
    bool quoted = false;
    char previous = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (previous != 0 && previous != '\\') {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ':')) {
                qsizetype end = i;
                while (end > 0 && std::iswspace(static_cast<wint_t>(line[end - 1])))
                    --end;
                return line.first(end);
            }
        }
        previous = c;
    }
    return {};
}

bool isName(QByteArrayView line, QByteArrayView name)
{
    // Most lines differ in their first letter; only the others are read as libical reads them.
    if (line.isEmpty() || (line[0] | 0x20) != (name[0] | 0x20))
        return false;
    const QByteArrayView found = propertyName(line);
    return found.size() == name.size() &&
           qstrnicmp(found.data(), found.size(), name.data(), name.size()) == 0;
}

Marker markerOf(QByteArrayView line)
{
    if (isName(line, "BEGIN"))
        return Marker::Begin;
    if (isName(line, "END"))
        return Marker::End;
    return Marker::Other;
}

} // namespace

CalendarReader::CalendarReader(QByteArrayView text)
    : m_text(text)
{
    scan();
}

void CalendarReader::forEachEvent(
    const std::function<void(int calendar, icalcomponent *event)> &use) const
{
    for (const Span &span : m_events) {
        if (const ComponentPtr event = parse(span))
            use(span.calendar, event.get());
    }
}

void CalendarReader::scan()
{
    ContentLines lines(m_text, 0);
    // libical's nesting level: every BEGIN line opens a component, every END line closes the
    // innermost one, whatever it names.
    int depth = 0;
    bool inCalendar = false; // the outermost component is a VCALENDAR
    ParserPtr calendarParser;
    // The parts of the calendar being read; they count only once it ends, as libical drops a
    // calendar without its END.
    std::vector<ComponentPtr> zones;
    std::vector<Span> events;
    std::vector<ComponentPtr> overrides;
    // The component being read inside the calendar: a VEVENT is only noted (or parsed at its end
    // when it may be an override), anything else is parsed at once and kept if a VTIMEZONE.
    bool childIsEvent = false;
    bool mayOverride = false;
    qsizetype childFrom = 0;
    ParserPtr childParser;

    while (lines.next()) {
        if (lines.isBlank())
            continue;
        const Marker marker = markerOf(lines.view());
        if (depth == 0) {
            // Anything but a BEGIN line is dropped outside of components.
            if (marker != Marker::Begin)
                continue;
            depth = 1;
            inCalendar = kindOf(lines.line()) == ICAL_VCALENDAR_COMPONENT;
            if (inCalendar) {
                zones.clear();
                events.clear();
                overrides.clear();
                calendarParser.reset(icalparser_new());
                if (!calendarParser)
                    return;
                icalparser_add_line(calendarParser.get(), lines.line());
            }
            continue;
        }
        if (depth == 1 && marker != Marker::Begin) {
            // A property of the outermost component, or its end.
            if (marker == Marker::End)
                depth = 0;
            if (!inCalendar)
                continue;
            ComponentPtr calendar(icalparser_add_line(calendarParser.get(), lines.line()));
            if (!calendar)
                continue;
            const int index = int(m_calendars.size());
            for (ComponentPtr &zone : zones)
                icalcomponent_add_component(calendar.get(), zone.release());
            for (Span &span : events) {
                span.calendar = index;
                m_events.push_back(span);
            }
            for (ComponentPtr &event : overrides)
                m_overrides.push_back({index, std::move(event)});
            m_calendars.push_back(std::move(calendar));
            inCalendar = false;
            continue;
        }

        // A line of a component inside the outermost one.
        if (depth == 1) {
            childFrom = lines.lineStart();
            childIsEvent = inCalendar && kindOf(lines.line()) == ICAL_VEVENT_COMPONENT;
            mayOverride = false;
            if (inCalendar && !childIsEvent) {
                childParser.reset(icalparser_new());
                if (!childParser)
                    return;
            }
        } else if (depth == 2 && childIsEvent && marker == Marker::Other &&
                   isName(lines.view(), "RECURRENCE-ID")) {
            mayOverride = true;
        }
        depth += marker == Marker::Begin ? 1 : (marker == Marker::End ? -1 : 0);
        if (!inCalendar)
            continue;
        if (!childIsEvent) {
            ComponentPtr done(icalparser_add_line(childParser.get(), lines.line()));
            if (done && icalcomponent_isa(done.get()) == ICAL_VTIMEZONE_COMPONENT)
                zones.push_back(std::move(done));
        } else if (depth == 1) {
            const Span span{childFrom, lines.position(), 0};
            ComponentPtr event = mayOverride ? parse(span) : ComponentPtr();
            if (event && icalcomponent_get_first_property(event.get(), ICAL_RECURRENCEID_PROPERTY))
                overrides.push_back(std::move(event));
            else
                events.push_back(span);
        }
    }
}

ComponentPtr CalendarReader::parse(const Span &span) const
{
    const ParserPtr parser(icalparser_new());
    if (!parser)
        return {};
    ContentLines lines(m_text, span.from);
    while (lines.position() < span.to && lines.next()) {
        if (lines.isBlank())
            continue;
        if (icalcomponent *done = icalparser_add_line(parser.get(), lines.line()))
            return ComponentPtr(done);
    }
    return {};
}

icalcomponent_kind CalendarReader::kindOf(char *beginLine)
{
    // What libical makes of the BEGIN line is what it makes of the component: asked of libical
    // itself, once per distinct line ("BEGIN:VEVENT" thousands of times).
    QByteArray key(beginLine);
    if (const auto found = m_kinds.constFind(key); found != m_kinds.cend())
        return found.value();
    icalcomponent_kind kind = ICAL_NO_COMPONENT;
    if (const ParserPtr probe(icalparser_new()); probe) {
        icalparser_add_line(probe.get(), beginLine);
        char end[] = "END:X";
        if (const ComponentPtr component(icalparser_add_line(probe.get(), end)); component)
            kind = icalcomponent_isa(component.get());
    }
    if (m_kinds.size() < maxKnownKinds)
        m_kinds.insert(std::move(key), kind);
    return kind;
}

} // namespace Dorfplatz::Ical
