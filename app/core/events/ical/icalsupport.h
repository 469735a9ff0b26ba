#pragma once

// Helpers every file of the libical wrapper uses: ownership of libical objects, iteration that
// survives libical's shared cursor, text values, and the capped list of problem lines.

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <libical/ical.h>
#include <memory>
#include <optional>
#include <vector>

namespace Dorfplatz::Ical {

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

struct IteratorFree
{
    void operator()(icalrecur_iterator *iterator) const { icalrecur_iterator_free(iterator); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorFree>;

struct BufferFree
{
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};
using BufferPtr = std::unique_ptr<char, BufferFree>;

struct ParserFree
{
    void operator()(icalparser *parser) const { icalparser_free(parser); }
};
using ParserPtr = std::unique_ptr<icalparser, ParserFree>;

// libical keeps one iteration cursor per component, which any get_first_property() call on it
// resets: every loop works on a copy of the list instead.
std::vector<icalproperty *> properties(icalcomponent *component, icalproperty_kind kind);
std::vector<icalcomponent *> components(icalcomponent *component, icalcomponent_kind kind);

void makeLibicalErrorsNonFatal();

QString fromUtf8(const char *text);
QString textOf(icalproperty *property);
std::optional<QString> firstText(icalcomponent *component, icalproperty_kind kind);
// The first X- property with one of the names, in the order of the names.
std::optional<QString> firstXText(icalcomponent *component,
                                  std::initializer_list<const char *> names);

// The number of entries in one of libical's BY... arrays.
int recurArrayLength(const short *array, int size);

// Problem lines for the log, at most maxProblemLines (icalsupport.cpp) of them.
class Problems
{
public:
    explicit Problems(QStringList *lines)
        : m_lines(lines)
    {}

    void add(const QString &line);
    void finish();

private:
    QStringList *m_lines;
    int m_dropped = 0;
};

} // namespace Dorfplatz::Ical
