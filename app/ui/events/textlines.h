#pragma once

#include <QFont>
#include <QStringList>

namespace Dorfplatz {

// Text broken into the lines it takes at a width, so a card or a page can hold an exact number
// of lines and nothing is cut through the middle of a line. Text that does not fit ends in "…"
// after the last whole word.
class TextLines
{
public:
    // The lines of `text` at `width` pixels; at most `maxLines` (0: all). Line breaks in the text
    // are kept when `keepBreaks`, else they count as spaces. *elided tells whether text was left
    // out.
    static QStringList wrap(const QString &text, const QFont &font, int width, int maxLines = 0,
                            bool keepBreaks = false, bool *elided = nullptr);
    // How many lines `text` takes at `width`, counting no further than `cap` (0: all).
    static int count(const QString &text, const QFont &font, int width, int cap = 0);

    // `line` shortened to `width` after a whole word, with "…" (a single long word: anywhere).
    static QString elide(const QString &line, const QFont &font, int width);
    // `line` with "…" at its end, shortened after a whole word where that does not fit.
    static QString withEllipsis(const QString &line, const QFont &font, int width);
};

} // namespace Dorfplatz
