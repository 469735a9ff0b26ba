#include "contentlines.h"

#include <cwctype>

namespace Dorfplatz::Ical {

namespace {

// libical's test for the white space it strips from the end of a line, byte by byte.
bool isLibicalSpace(char c)
{
    return std::iswspace(static_cast<wint_t>(c)) != 0;
}

} // namespace

ContentLines::ContentLines(QByteArrayView text)
    : m_text(text)
    , m_pos(0)
    , m_lineStart(0)
{
    if (const qsizetype nul = m_text.indexOf('\0'); nul >= 0)
        m_text = m_text.first(nul);
    m_lastNewline = m_text.lastIndexOf('\n');
}

ContentLines::ContentLines(const ContentLines &text, qsizetype from)
    : m_text(text.m_text)
    , m_pos(from)
    , m_lineStart(from)
    , m_lastNewline(text.m_lastNewline)
{}

bool ContentLines::next()
{
    m_line.clear();
    m_lineStart = m_pos;
    if (m_pos >= m_text.size())
        return false;
    appendPhysicalLine(0);
    // RFC 5545 3.1: a line break followed by a space or tab continues the line; the break and
    // that one character go. libical does not continue a line that is only a line break.
    while (m_pos < m_text.size() && m_line.size() >= 2 && m_line.back() == '\n' &&
           (m_text[m_pos] == ' ' || m_text[m_pos] == '\t')) {
        m_line.pop_back();
        if (!m_line.empty() && m_line.back() == '\r')
            m_line.pop_back();
        appendPhysicalLine(1);
    }
    // The line break and any white space before it go, but never the first character.
    while (m_line.size() > 1 && isLibicalSpace(m_line.back()))
        m_line.pop_back();
    return true;
}

bool ContentLines::isBlank() const
{
    for (const char c : m_line) {
        if (c != ' ' && c != '\n' && c != '\t')
            return false;
    }
    return true;
}

void ContentLines::appendPhysicalLine(qsizetype skip)
{
    qsizetype end = m_text.size();
    bool carriageReturnEnds = false;
    if (m_pos <= m_lastNewline) {
        end = m_text.indexOf('\n', m_pos) + 1;
    } else if (const qsizetype cr = m_text.indexOf('\r', m_pos); cr >= 0) {
        end = cr + 1;
        carriageReturnEnds = true;
    }
    const qsizetype from = std::min(m_pos + skip, end);
    m_line.append(m_text.data() + from, size_t(end - from));
    if (carriageReturnEnds)
        m_line.back() = '\n';
    m_pos = end;
}

} // namespace Dorfplatz::Ical
