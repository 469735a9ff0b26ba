#include "icalsupport.h"

#include <QByteArray>

#include <mutex>

namespace Dorfplatz::Ical {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxProblemLines = 100;

} // namespace

// libical keeps one iteration cursor per component, which any get_first_property() call on it
// resets: every loop works on a copy of the list instead.
std::vector<icalproperty *> properties(icalcomponent *component, icalproperty_kind kind)
{
    std::vector<icalproperty *> list;
    for (icalproperty *property = icalcomponent_get_first_property(component, kind); property;
         property = icalcomponent_get_next_property(component, kind))
        list.push_back(property);
    return list;
}

std::vector<icalcomponent *> components(icalcomponent *component, icalcomponent_kind kind)
{
    std::vector<icalcomponent *> list;
    for (icalcomponent *child = icalcomponent_get_first_component(component, kind); child;
         child = icalcomponent_get_next_component(component, kind))
        list.push_back(child);
    return list;
}

void makeLibicalErrorsNonFatal()
{
    // Builds with ICAL_ERRORS_ARE_FATAL abort() on the first malformed line; a feed is input,
    // not a programming error.
    static std::once_flag once;
    std::call_once(once, [] {
        icalerror_set_errors_are_fatal(0);
        for (icalerrorenum error :
             {ICAL_BADARG_ERROR, ICAL_NEWFAILED_ERROR, ICAL_ALLOCATION_ERROR,
              ICAL_MALFORMEDDATA_ERROR, ICAL_PARSE_ERROR, ICAL_INTERNAL_ERROR, ICAL_FILE_ERROR,
              ICAL_USAGE_ERROR, ICAL_UNIMPLEMENTED_ERROR, ICAL_UNKNOWN_ERROR})
            icalerror_set_error_state(error, ICAL_ERROR_NONFATAL);
    });
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString textOf(icalproperty *property)
{
    icalvalue *value = icalproperty_get_value(property);
    if (!value)
        return {};
    switch (icalvalue_isa(value)) {
    case ICAL_TEXT_VALUE:
        return fromUtf8(icalvalue_get_text(value)).trimmed();
    case ICAL_URI_VALUE:
        return fromUtf8(icalvalue_get_uri(value)).trimmed();
    case ICAL_X_VALUE:
        return fromUtf8(icalvalue_get_x(value)).trimmed();
    default: {
        const BufferPtr text(icalvalue_as_ical_string_r(value));
        return fromUtf8(text.get()).trimmed();
    }
    }
}

std::optional<QString> firstText(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    return property ? std::optional<QString>(textOf(property)) : std::nullopt;
}

// The first X- property with one of the names, in the order of the names.
std::optional<QString> firstXText(icalcomponent *component,
                                  std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (icalproperty *property : properties(component, ICAL_X_PROPERTY)) {
            const char *xName = icalproperty_get_x_name(property);
            if (xName && qstricmp(xName, name) == 0)
                return textOf(property);
        }
    }
    return std::nullopt;
}

int recurArrayLength(const short *array, int size)
{
    int length = 0;
    while (length < size && array[length] != ICAL_RECURRENCE_ARRAY_MAX)
        ++length;
    return length;
}

void Problems::add(const QString &line)
{
    if (m_lines->size() < maxProblemLines)
        m_lines->append(line);
    else
        ++m_dropped;
}

void Problems::finish()
{
    if (m_dropped > 0)
        m_lines->append(u"... and %1 more problems"_s.arg(m_dropped));
}

} // namespace Dorfplatz::Ical
