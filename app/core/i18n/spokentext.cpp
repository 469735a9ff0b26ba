#include "spokentext.h"

#include <QRegularExpression>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Stands where a dash, a bullet or an arrow stood between words until the lines are tidied: a
// character from the private use area, which clean() never lets through from the text itself.
constexpr char32_t pause = 0xE000;

bool isQuote(char32_t c)
{
    switch (c) {
    case U'"':
    case U'`':
    case U'\u00B4': // ´
    case U'\u00AB': // «
    case U'\u00BB': // »
    case U'\u2018': // ‘
    case U'\u201A': // ‚
    case U'\u201B':
    case U'\u201C': // “
    case U'\u201D': // ”
    case U'\u201E': // „
    case U'\u201F':
    case U'\u2039': // ‹
    case U'\u203A': // ›
        return true;
    default:
        return false;
    }
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

bool isDash(char32_t c)
{
    return (c >= U'\u2012' && c <= U'\u2015') || c == U'\u2212';
}

// Marks that stand between parts of a line for the eye only.
bool isSeparator(char32_t c)
{
    switch (c) {
    case U'|':
    case U'\u00A6': // ¦
    case U'\u00B7': // ·
    case U'\u2022': // •
    case U'\u2023': // ‣
    case U'\u2026': // … (inside a line a pause; at its end the line's full stop)
    case U'\u2027': // ‧
    case U'\u2043': // ⁃
    case U'\u2219': // ∙
    case U'\u25AA': // ▪
    case U'\u25AB': // ▫
    case U'\u25B6': // ▶
    case U'\u25BA': // ►
    case U'\u25C0': // ◀
    case U'\u25E6': // ◦
        return true;
    default:
        // Arrows (→ ⇒ ➔ …).
        return (c >= U'\u2190' && c <= U'\u21FF') || (c >= U'\u2794' && c <= U'\u27BF') ||
               (c >= U'\u2B00' && c <= U'\u2B2F');
    }
}

// Symbols a speech engine would name or spell ("Stern", "Raute") or stumble over: emoji and
// their joiners and modifiers, pictographs, markup characters. The degree sign stays ("20 °C").
bool isDropped(char32_t c)
{
    if (c == U'\u00B0')
        return false;
    switch (c) {
    case U'*':
    case U'#':
    case U'_':
    case U'~':
    case U'^':
    case U'\\':
    case U'\u00A9': // ©
    case U'\u00AE': // ®
        return true;
    default:
        break;
    }
    // Variation selectors (the emoji presentation of ❤ and its kind) and emoji tags.
    if ((c >= U'\uFE00' && c <= U'\uFE0F') || (c >= 0xE0000 && c <= 0xE007F))
        return true;
    switch (QChar::category(c)) {
    case QChar::Symbol_Other:    // ★ ✓ ☎ ❤ 😀 and the flags' letters
    case QChar::Symbol_Modifier: // skin tones, ^ `
    case QChar::Mark_Enclosing:  // the keycap of 1️⃣
    case QChar::Other_Format:    // zero-width joiners, soft hyphens
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    case QChar::Other_Control:
        return c != U'\n';
    default:
        return false;
    }
}

bool isEndMark(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?';
}

// The one mark a run of marks stands for: "?!" asks, "!!!" exclaims, ",." ends.
QChar strongest(QStringView run)
{
    for (const QChar mark : {u'?', u'!', u'.', u':', u';'}) {
        if (run.contains(mark))
            return mark;
    }
    return u',';
}

// One line of the text, tidied: the pauses as commas, no space before a mark, one mark where
// there were several, nothing but words at its start.
QString tidyLine(QString line)
{
    line.replace(QChar(char16_t(pause)), u", "_s);
    line = line.simplified();
    static const QRegularExpression spaceBeforeMark(u"\\s+(?=[,.;:!?])"_s);
    line.remove(spaceBeforeMark);
    static const QRegularExpression runOfMarks(u"[,.;:!?]{2,}"_s);
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch match = runOfMarks.match(line, from);
        if (!match.hasMatch())
            break;
        line.replace(match.capturedStart(), match.capturedLength(),
                     QString(strongest(match.capturedView())));
        from = match.capturedStart() + 1;
    }
    static const QRegularExpression leadingMarks(u"^[\\s,.;:!?]+"_s);
    line.remove(leadingMarks);
    static const QRegularExpression emptyBrackets(u"\\(\\s*\\)"_s);
    line.remove(emptyBrackets);
    return line.simplified();
}

} // namespace

QString SpokenText::time(QTime time, const QLocale &locale)
{
    if (time.minute() == 0) {
        //: A time at a full hour, read aloud (QTime format codes, text in single quotes):
        //: "H 'Uhr'" gives "19 Uhr".
        return locale.toString(time, tr("H:mm", "spoken time, full hour"));
    }
    //: A time with minutes, read aloud (QTime format codes, text in single quotes):
    //: "H 'Uhr' m" gives "19 Uhr 30" and "19 Uhr 5".
    return locale.toString(time, tr("H:mm", "spoken time with minutes"));
}

QString SpokenText::range(QTime start, QTime end, const QLocale &locale)
{
    if (end == start)
        return time(start, locale);
    if (end == QTime(0, 0)) {
        //: A span of time that ends at midnight, read aloud: "von %1 bis Mitternacht"
        return tr("from %1 to midnight").arg(time(start, locale));
    }
    if (start.minute() == 0 && end.minute() == 0) {
        //: The hours of a span from one full hour to another, read aloud (QTime format
        //: codes): "H" gives "19", for "von 19 bis 21 Uhr".
        const QString hour = tr("H:mm", "spoken hour of a span of full hours");
        //: From one full hour to another, read aloud: "von %1 bis %2 Uhr" ("von 19 bis 21 Uhr")
        return tr("from %1 to %2", "spoken, full hours")
            .arg(locale.toString(start, hour), locale.toString(end, hour));
    }
    //: From one time to another, read aloud: "von %1 bis %2" ("von 10 Uhr 15 bis 11 Uhr 15")
    return tr("from %1 to %2", "spoken, times").arg(time(start, locale), time(end, locale));
}

QString SpokenText::from(QTime start, const QLocale &locale)
{
    //: Something that starts at a time and goes on for days, read aloud: "ab %1" ("ab 18 Uhr")
    return tr("from %1", "spoken, a start time").arg(time(start, locale));
}

QString SpokenText::until(QTime end, const QLocale &locale)
{
    if (end == QTime(0, 0)) {
        //: Something that ends at midnight, read aloud: "bis Mitternacht"
        return tr("until midnight");
    }
    //: Something that ends at a time, read aloud: "bis %1" ("bis 14 Uhr")
    return tr("until %1", "spoken, a time").arg(time(end, locale));
}

QString SpokenText::date(QDate date, QDate today, const QLocale &locale)
{
    if (date.year() != today.year()) {
        //: A date with its year, read aloud (QDate format codes, text in single quotes):
        //: "dddd, 'der' d. MMMM yyyy" gives "Samstag, der 5. Dezember 2027".
        return locale.toString(date, tr("dddd, d MMMM yyyy", "spoken date"));
    }
    //: A date, read aloud (QDate format codes, text in single quotes):
    //: "dddd, 'der' d. MMMM" gives "Samstag, der 5. Dezember".
    return locale.toString(date, tr("dddd, d MMMM", "spoken date"));
}

QString SpokenText::day(QDate date, QDate today, const QLocale &locale)
{
    if (date == today) {
        //: The day of something, read aloud: "Heute"
        return tr("Today");
    }
    if (date == today.addDays(1)) {
        //: The day of something, read aloud: "Morgen"
        return tr("Tomorrow");
    }
    return SpokenText::date(date, today, locale);
}

QString SpokenText::dayAndDate(QDate date, QDate today, const QLocale &locale)
{
    const QString full = SpokenText::date(date, today, locale);
    if (date == today) {
        //: Today's date, read aloud: "Heute, %1" ("Heute, Samstag, der 5. Dezember")
        return tr("Today, %1").arg(full);
    }
    if (date == today.addDays(1)) {
        //: Tomorrow's date, read aloud: "Morgen, %1" ("Morgen, Sonntag, der 6. Dezember")
        return tr("Tomorrow, %1").arg(full);
    }
    return full;
}

QString SpokenText::weekdayDate(QDate date, QDate today, const QLocale &locale)
{
    if (date.year() != today.year()) {
        //: A date with its year inside a sentence, read aloud (QDate format codes):
        //: "dddd, d. MMMM yyyy" gives "Sonntag, 7. Dezember 2027", as in "bis Sonntag, …".
        return locale.toString(date, tr("dddd, d MMMM yyyy", "spoken date inside a sentence"));
    }
    //: A date inside a sentence, read aloud (QDate format codes): "dddd, d. MMMM" gives
    //: "Sonntag, 7. Dezember", as in "bis Sonntag, 7. Dezember".
    return locale.toString(date, tr("dddd, d MMMM", "spoken date inside a sentence"));
}

QString SpokenText::untilDate(QDate date, QDate today, const QLocale &locale)
{
    if (date == today) {
        //: Something that ends today, read aloud: "bis heute"
        return tr("until today");
    }
    if (date == today.addDays(1)) {
        //: Something that ends tomorrow, read aloud: "bis morgen"
        return tr("until tomorrow");
    }
    //: Something that ends on a day, read aloud: "bis %1" ("bis Sonntag, 7. Dezember")
    return tr("until %1", "spoken, a day").arg(weekdayDate(date, today, locale));
}

QString SpokenText::list(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    //: The last two things of a list, read aloud: "%1 und %2" ("Radio, Fernsehen und Anna")
    return tr("%1 and %2", "the end of a list")
        .arg(items.first(items.size() - 1).join(u", "_s), items.last());
}

QString SpokenText::pages(int page, int count)
{
    if (count <= 1)
        return {};
    //: Which page of several a screen shows, read aloud: "Seite %1 von %2."
    QString text = tr("Page %1 of %2.").arg(page + 1).arg(count);
    if (page + 1 < count) {
        //: Read aloud on a page that is not the last (the button's German label is "weiter"):
        //: "Tippen Sie auf weiter, dann sehen Sie mehr."
        text += u' ' + tr("Tap \"more\" to see more.");
    }
    return text;
}

QString SpokenText::clean(const QString &text)
{
    const QList<uint> codes = text.toUcs4();
    const auto at = [&codes](qsizetype i) -> char32_t {
        return i >= 0 && i < codes.size() ? char32_t(codes.at(i)) : U' ';
    };
    // The nearest character before or after `i` that is not a space (a space at the ends).
    const auto neighbour = [&](qsizetype i, int step) -> char32_t {
        for (i += step; i >= 0 && i < codes.size(); i += step) {
            if (!QChar::isSpace(at(i)))
                return at(i);
        }
        return U' ';
    };

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t c = at(i);
        if (c == U'\r') {
            if (at(i + 1) != U'\n')
                out += u'\n';
        } else if (c == U'\n') {
            out += u'\n';
        } else if (QChar::isSpace(c)) {
            out += u' ';
        } else if (isQuote(c)) {
            continue;
        } else if (isApostrophe(c)) {
            // "geht's" keeps it; around a word it is a quote.
            if (QChar::isLetter(at(i - 1)) && QChar::isLetter(at(i + 1)))
                out += u'\'';
        } else if (isDash(c) || (c == U'-' && QChar::isSpace(at(i + 1)) &&
                                 (i == 0 || QChar::isSpace(at(i - 1))))) {
            // "10–12" is said "10 bis 12"; between words a dash is a pause.
            if (isDash(c) && QChar::isDigit(neighbour(i, -1)) && QChar::isDigit(neighbour(i, 1))) {
                //: Read aloud for a dash between two numbers ("10–12"): "bis"
                out += u' ' + tr("to", "between two numbers") + u' ';
            } else {
                out += QChar(char16_t(pause));
            }
        } else if (isSeparator(c)) {
            out += QChar(char16_t(pause));
        } else if (isDropped(c)) {
            // Between two words (a_b, a*b) it still parts them.
            out += u' ';
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }

    QStringList lines;
    const QStringList raw = out.split(u'\n');
    for (const QString &each : raw) {
        QString line = tidyLine(each);
        if (line.isEmpty())
            continue;
        // A line that goes on in lower case was broken inside a sentence: it joins the one before.
        if (!lines.isEmpty() && line.at(0).isLower() && !lines.last().isEmpty() &&
            !isEndMark(lines.last().back())) {
            lines.last() = tidyLine(lines.last() + u' ' + line);
            continue;
        }
        lines.append(line);
    }
    for (QString &line : lines) {
        const QChar last = line.back();
        if (last == u',' || last == u';' || last == u':')
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (!isEndMark(line.back()))
            line += u'.';
    }
    lines.removeAll(QString());
    return lines.join(u' ');
}

QString SpokenText::sentences(const QStringList &parts)
{
    QStringList result;
    for (const QString &part : parts) {
        QString sentence = clean(part);
        if (sentence.isEmpty())
            continue;
        // "von 19 bis 21 Uhr" opens a sentence; "iPhone-Kurs" stays as it is written.
        if (sentence.at(0).isLower() && !(sentence.size() > 1 && sentence.at(1).isUpper()))
            sentence[0] = sentence.at(0).toUpper();
        result.append(sentence);
    }
    return result.join(u' ');
}

} // namespace Dorfplatz
