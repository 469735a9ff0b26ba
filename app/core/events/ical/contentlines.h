#pragma once

// The content lines of an iCalendar text one at a time, unfolded as libical's own reader unfolds
// them (icalparser_get_line() over icalparser_string_line_generator()), so that they can be handed
// to icalparser_add_line() without libical ever holding more than one component. One difference
// on purpose: libical cuts lines longer than 79 bytes in files with only CR line ends (it turns
// the 79th byte into a line break); here they stay whole.

#include <QByteArrayView>

#include <string>

namespace Dorfplatz::Ical {

class ContentLines
{
public:
    // `text` ends at its first NUL byte, if any, as a C string would for libical.
    explicit ContentLines(QByteArrayView text);
    // The same text again, from `from`, which must be where a line began.
    ContentLines(const ContentLines &text, qsizetype from);

    // Reads the next line; false at the end of the text.
    bool next();

    // The line without its line break and trailing white space, NUL-terminated, as
    // icalparser_add_line() takes it. Valid until the next call of next().
    char *line() { return m_line.data(); }
    QByteArrayView view() const { return QByteArrayView(m_line.data(), qsizetype(m_line.size())); }
    // Whether libical skips the line (nothing but spaces, tabs and line breaks).
    bool isBlank() const;

    // Where the line began in the text, and where the next one begins.
    qsizetype lineStart() const { return m_lineStart; }
    qsizetype position() const { return m_pos; }

private:
    void appendPhysicalLine(qsizetype skip);

    QByteArrayView m_text;
    qsizetype m_pos;
    qsizetype m_lineStart;
    // libical breaks lines at '\n'; after the last '\n' of the text at '\r' (Mac line ends).
    qsizetype m_lastNewline;
    std::string m_line;
};

} // namespace Dorfplatz::Ical
