#include "textlines.h"

#include <QFontMetrics>
#include <QTextLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString ellipsis = u"…"_s;

// Like QString::simplified(), but a no-break space stays: it holds "19:00 –" together.
QString collapse(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() && c != QChar(0x00A0)) {
            space = !result.isEmpty();
            continue;
        }
        if (space)
            result.append(u' ');
        space = false;
        result.append(c);
    }
    return result;
}

// Text layout and font metrics may round a line's width differently by a pixel: what is this
// much narrower than the room fits for both.
constexpr qreal slack = 2.0;

bool fitsOnOneLine(const QString &text, const QFont &font, int width)
{
    return QFontMetricsF(font).horizontalAdvance(text) <= width - slack;
}

// One paragraph's lines at `width`; long words break anywhere rather than run out of the box.
QStringList paragraphLines(const QString &paragraph, const QFont &font, int width, int cap)
{
    QStringList lines;
    if (paragraph.isEmpty() || fitsOnOneLine(paragraph, font, width)) {
        lines.append(paragraph);
        return lines;
    }
    QTextLayout layout(paragraph, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (cap <= 0 || lines.size() < cap) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width - slack);
        lines.append(collapse(paragraph.mid(line.textStart(), line.textLength())));
    }
    layout.endLayout();
    return lines;
}

} // namespace

QString TextLines::elide(const QString &line, const QFont &font, int width)
{
    if (QFontMetrics(font).horizontalAdvance(line) <= width)
        return line;
    return withEllipsis(line, font, width);
}

QString TextLines::withEllipsis(const QString &line, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    QString kept = line.trimmed();
    while (!kept.isEmpty()) {
        // A word that ends in punctuation reads oddly before "…".
        while (!kept.isEmpty() && (kept.back().isPunct() || kept.back().isSpace()))
            kept.chop(1);
        if (!kept.isEmpty() && metrics.horizontalAdvance(kept + ellipsis) <= width)
            return kept + ellipsis;
        const qsizetype space = kept.lastIndexOf(u' ');
        if (space <= 0)
            break;
        kept.truncate(space);
    }
    // A single word too long for the line.
    return metrics.elidedText(line + ellipsis, Qt::ElideRight, width);
}

QStringList TextLines::wrap(const QString &text, const QFont &font, int width, int maxLines,
                            bool keepBreaks, bool *elided)
{
    if (elided)
        *elided = false;
    QStringList lines;
    if (width <= 0 || text.trimmed().isEmpty())
        return lines;
    QStringList paragraphs;
    if (keepBreaks) {
        QString normalised = text;
        normalised.replace(u"\r\n"_s, u"\n"_s);
        for (const QString &paragraph : normalised.split(u'\n'))
            paragraphs.append(collapse(paragraph));
        // No blank lines at the ends, and never more than one between paragraphs.
        while (!paragraphs.isEmpty() && paragraphs.first().isEmpty())
            paragraphs.removeFirst();
        while (!paragraphs.isEmpty() && paragraphs.last().isEmpty())
            paragraphs.removeLast();
        for (qsizetype i = paragraphs.size() - 1; i > 0; --i) {
            if (paragraphs.at(i).isEmpty() && paragraphs.at(i - 1).isEmpty())
                paragraphs.removeAt(i);
        }
    } else {
        paragraphs.append(collapse(text));
    }
    // One line more than asked for tells whether anything was left out.
    const int cap = maxLines > 0 ? maxLines + 1 : 0;
    for (const QString &paragraph : std::as_const(paragraphs)) {
        lines += paragraphLines(paragraph, font, width, cap > 0 ? cap - int(lines.size()) : 0);
        if (cap > 0 && lines.size() >= cap)
            break;
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.last() = withEllipsis(lines.last(), font, width);
        if (elided)
            *elided = true;
    }
    return lines;
}

int TextLines::count(const QString &text, const QFont &font, int width, int cap)
{
    if (text.trimmed().isEmpty())
        return 0;
    if (fitsOnOneLine(collapse(text), font, width))
        return 1;
    const QStringList lines = wrap(text, font, width, cap);
    return int(lines.size());
}

} // namespace Dorfplatz
