#include "eventcardlayout.h"

#include "eventtimetext.h"
#include "textlines.h"
#include "ui/kit/theme.h"

#include <QFontMetrics>

#include <climits>
#include <cmath>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr double paddingMm = 3.0;
constexpr double columnGapMm = 4.0;
constexpr double badgePaddingMm = 1.5;
constexpr double timeShare = 0.35;       // the time column takes at most this of a card
constexpr double textColumnMinMm = 90.0; // below this, the title wraps after every few words

using Kind = EventCardLine::Kind;

const QString &textOf(const EventCardTexts &texts, Kind kind)
{
    switch (kind) {
    case Kind::Day:
        return texts.day;
    case Kind::When:
        return texts.when;
    case Kind::Title:
        return texts.title;
    case Kind::Place:
        return texts.place;
    case Kind::Description:
        return texts.description;
    case Kind::Badge:
        break;
    }
    static const QString none;
    return none;
}

// The widest word of a title with "…" after it: a title cut short after any of its words still
// ends at a whole word ("Adventsmarkt…", never "Adventsmark…").
int widestWord(const QString &text, const QFontMetrics &metrics)
{
    int widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word + u"…"_s));
    return widest;
}

// The narrowest width at which `text` takes at most two lines (broken at a space).
int twoLineWidth(const QString &text, const QFontMetrics &metrics)
{
    int best = metrics.horizontalAdvance(text);
    for (qsizetype i = text.indexOf(u' '); i > 0; i = text.indexOf(u' ', i + 1)) {
        best = std::min(best, std::max(metrics.horizontalAdvance(text.left(i)),
                                       metrics.horizontalAdvance(text.mid(i + 1))));
    }
    return best;
}

// Lays out blocks of lines one below the other in a column.
class Column
{
public:
    Column(const Theme &theme, QList<EventCardLine> &lines, int x, int y, int width, bool cancelled,
           bool smallTitle)
        : m_theme(theme)
        , m_lines(lines)
        , m_x(x)
        , m_y(y)
        , m_width(width)
        , m_cancelled(cancelled)
        , m_smallTitle(smallTitle)
    {}

    // `indent`: room taken at the start of the first line (the mark beside the time).
    void add(Kind kind, const QString &text, int maxLines, int indent = 0)
    {
        if (maxLines <= 0 || text.isEmpty())
            return;
        const int height = EventCardLayout::lineHeight(m_theme, kind, m_smallTitle);
        const QFont font = EventCardLayout::font(m_theme, kind, m_cancelled, m_smallTitle);
        for (const QString &line : TextLines::wrap(text, font, m_width - indent, maxLines)) {
            m_lines.append(
                EventCardLine{kind, QRect(m_x + indent, m_y, m_width - indent, height), line});
            m_y += height;
        }
    }

    // The mark on a line of its own, or at the start of the next line (its width returned).
    int addBadge(bool ownLine)
    {
        const int height = EventCardLayout::lineHeight(m_theme, Kind::Badge);
        const int width = std::min(EventCardLayout::badgeWidth(m_theme), m_width);
        m_lines.append(
            EventCardLine{Kind::Badge, QRect(m_x, m_y, width, height), EventTimeText::cancelled()});
        if (ownLine)
            m_y += height;
        return width;
    }

    int y() const { return m_y; }

private:
    const Theme &m_theme;
    QList<EventCardLine> &m_lines;
    int m_x;
    int m_y;
    int m_width;
    bool m_cancelled;
    bool m_smallTitle;
};

} // namespace

EventCardTexts EventCardTexts::from(const EventEntry &entry, const QDateTime &now, bool showDay)
{
    const EventOccurrence &occurrence = entry.occurrence;
    EventCardTexts texts;
    if (showDay)
        texts.day = EventTimeText::dayName(entry.day, now.date());
    texts.when = EventTimeText::when(occurrence, entry.day, now);
    texts.title = occurrence.title.simplified();
    if (texts.title.isEmpty())
        texts.title = EventTimeText::untitled();
    texts.place = occurrence.location.simplified();
    texts.description = occurrence.description.simplified();
    texts.cancelled = occurrence.cancelled;
    return texts;
}

EventCardLayout::EventCardLayout(const Theme &theme, QList<EventCardTexts> texts)
    : m_theme(theme)
    , m_texts(std::move(texts))
{
    const QFontMetrics day(font(theme, Kind::Day));
    const QFontMetrics when(font(theme, Kind::When));
    const QFontMetrics title(font(theme, Kind::Title));
    const QFontMetrics smallTitle(font(theme, Kind::Title, false, true));
    for (const EventCardTexts &card : std::as_const(m_texts)) {
        m_anyCancelled = m_anyCancelled || card.cancelled;
        m_timeNatural = std::max(
            {m_timeNatural, day.horizontalAdvance(card.day), when.horizontalAdvance(card.when)});
        m_timeTwoLines =
            std::max({m_timeTwoLines, twoLineWidth(card.day, day), twoLineWidth(card.when, when)});
        m_titleWord = std::max(m_titleWord, widestWord(card.title, title));
        m_titleWordSmall = std::max(m_titleWordSmall, widestWord(card.title, smallTitle));
        if (card.cancelled) {
            m_badgeBeside = std::max(m_badgeBeside, badgeWidth(theme) + columnGap(theme) +
                                                        when.horizontalAdvance(card.when) + 3);
            m_badgeBesideDay = std::max(
                m_badgeBesideDay, card.day.isEmpty() ? INT_MAX / 2
                                                     : badgeWidth(theme) + columnGap(theme) +
                                                           day.horizontalAdvance(card.day) + 3);
        }
    }
    if (m_anyCancelled) {
        m_timeNatural = std::max(m_timeNatural, badgeWidth(theme));
        m_timeTwoLines = std::max(m_timeTwoLines, badgeWidth(theme));
    }
    // Room for the rounding of text layout (TextLines).
    m_timeNatural += 3;
    m_timeTwoLines += 3;
    m_titleWord += 3;
    m_titleWordSmall += 3;
}

QFont EventCardLayout::font(const Theme &theme, Kind kind, bool cancelled, bool smallTitle)
{
    const bool large = kind == Kind::Title && !smallTitle;
    QFont font = theme.font(large ? Theme::TextRole::Button : Theme::TextRole::Body);
    switch (kind) {
    case Kind::Day:
    case Kind::When:
    case Kind::Badge:
        font.setWeight(QFont::Bold);
        break;
    case Kind::Title:
        // Struck through, and the "Cancelled" mark beside it: not by colour alone.
        font.setStrikeOut(cancelled);
        // In the text's size, bold like the button's.
        if (smallTitle)
            font.setWeight(QFont::Bold);
        break;
    case Kind::Place:
    case Kind::Description:
        break;
    }
    return font;
}

int EventCardLayout::lineHeight(const Theme &theme, Kind kind, bool smallTitle)
{
    // Never less than the glyphs' height, even for a font with a negative leading.
    const QFontMetricsF metrics(font(theme, kind, false, smallTitle));
    return int(std::ceil(std::max(metrics.lineSpacing(), metrics.height())));
}

int EventCardLayout::padding(const Theme &theme)
{
    return theme.px(paddingMm);
}

int EventCardLayout::columnGap(const Theme &theme)
{
    return theme.px(columnGapMm);
}

int EventCardLayout::badgePadding(const Theme &theme)
{
    return theme.px(badgePaddingMm);
}

int EventCardLayout::badgeWidth(const Theme &theme)
{
    return QFontMetrics(font(theme, Kind::Badge)).horizontalAdvance(EventTimeText::cancelled()) +
           2 * badgePadding(theme);
}

int EventCardLayout::maxLines(Kind kind, int width, int cap, bool smallTitle) const
{
    if (cap <= 0 || width <= 0)
        return 0;
    const quint64 key =
        (quint64(kind) << 48) | (quint64(smallTitle) << 47) | (quint64(cap) << 32) | quint32(width);
    if (const auto found = m_measured.constFind(key); found != m_measured.cend())
        return found.value();
    const QFont textFont = font(m_theme, kind, false, smallTitle);
    int most = 0;
    for (const EventCardTexts &card : m_texts) {
        most = std::max(most, TextLines::count(textOf(card, kind), textFont, width, cap));
        if (most >= cap)
            break;
    }
    most = std::min(most, cap);
    m_measured.insert(key, most);
    return most;
}

EventCardStyle EventCardLayout::fit(int width, EventCardStyle::Arrangement arrangement,
                                    Limits limits, Words words) const
{
    const bool strict = words != Words::Anywhere;
    EventCardStyle style;
    style.arrangement = arrangement;
    style.width = width;
    const int padding = EventCardLayout::padding(m_theme);
    const int inner = width - 2 * padding;
    if (inner <= 0 || m_texts.isEmpty())
        return style;

    int timeWidth = inner;
    int textWidth = inner;
    if (arrangement == EventCardStyle::Arrangement::Side) {
        // Only for wide cards: every day and time on one line, and the title beside them still
        // with room for a few words a line.
        if (strict && m_timeNatural > int(inner * timeShare))
            return style;
        timeWidth = std::min(m_timeNatural, int(inner * timeShare));
        textWidth = inner - timeWidth - columnGap(m_theme);
        if (textWidth < m_theme.px(textColumnMinMm))
            return style;
        style.timeWidth = timeWidth;
    } else if (strict && m_timeTwoLines > inner) {
        return style;
    }
    // Rather the title a size smaller than a word broken in two or no whole card; in a tiny
    // window the smaller size breaks fewer words.
    style.smallTitle = words != Words::Whole;
    if (strict && (style.smallTitle ? m_titleWordSmall : m_titleWord) > textWidth)
        return style;
    style.dayLines = maxLines(Kind::Day, timeWidth, 2);
    style.whenLines = maxLines(Kind::When, timeWidth, 2);
    // Stacked, the mark goes before the time where both fit on one line, else before the day
    // (a line less for every card of a week at 200 % on a 10-inch panel).
    const bool side = arrangement == EventCardStyle::Arrangement::Side;
    style.badgeBesideDay =
        m_anyCancelled && !side && m_badgeBeside > inner && m_badgeBesideDay <= inner;
    style.badgeLines =
        m_anyCancelled && (side || (m_badgeBeside > inner && !style.badgeBesideDay)) ? 1 : 0;
    style.titleLines =
        std::max(1, maxLines(Kind::Title, textWidth, limits.titleLines, style.smallTitle));
    style.placeLines = maxLines(Kind::Place, textWidth, limits.placeLines);
    style.descriptionLines = maxLines(Kind::Description, textWidth, limits.descriptionLines);

    const int body = lineHeight(m_theme, Kind::Description);
    const int time = style.dayLines * lineHeight(m_theme, Kind::Day) +
                     style.whenLines * lineHeight(m_theme, Kind::When) +
                     style.badgeLines * lineHeight(m_theme, Kind::Badge);
    const int text = style.titleLines * lineHeight(m_theme, Kind::Title, style.smallTitle) +
                     (style.placeLines + style.descriptionLines) * body;
    // A card is a control: never lower than a finger needs (a list of short titles side by side
    // with their times would be).
    style.height = std::max(2 * padding + (arrangement == EventCardStyle::Arrangement::Side
                                               ? std::max(time, text)
                                               : time + text),
                            m_theme.px(Theme::controlMinMm));
    return style;
}

QList<EventCardLine> EventCardLayout::lines(const Theme &theme, const EventCardStyle &style,
                                            const EventCardTexts &texts)
{
    QList<EventCardLine> lines;
    if (!style.isValid())
        return lines;
    const int padding = EventCardLayout::padding(theme);
    const int inner = style.width - 2 * padding;
    const int bottom = style.height - padding;
    const int body = lineHeight(theme, Kind::Description);
    const bool side = style.arrangement == EventCardStyle::Arrangement::Side;

    Column time(theme, lines, padding, padding, side ? style.timeWidth : inner, texts.cancelled,
                false);
    if (texts.cancelled && style.badgeBesideDay) {
        const int badge = time.addBadge(false);
        time.add(Kind::Day, texts.day, 1, badge + columnGap(theme));
        time.add(Kind::When, texts.when, style.whenLines);
    } else if (texts.cancelled && style.badgeLines == 0) {
        time.add(Kind::Day, texts.day, style.dayLines);
        const int badge = time.addBadge(false);
        time.add(Kind::When, texts.when, 1, badge + columnGap(theme));
    } else {
        time.add(Kind::Day, texts.day, style.dayLines);
        time.add(Kind::When, texts.when, style.whenLines);
        if (texts.cancelled)
            time.addBadge(true);
    }

    const int textX = side ? padding + style.timeWidth + columnGap(theme) : padding;
    Column text(theme, lines, textX, side ? padding : time.y(), style.width - padding - textX,
                texts.cancelled, style.smallTitle);
    // A long title may use what the time column or a shorter time left free below, but not
    // the room kept for the description.
    const int placeHeight = texts.place.isEmpty() ? 0 : style.placeLines * body;
    const int descriptionHeight = texts.description.isEmpty() ? 0 : style.descriptionLines * body;
    const int titleRoom = (bottom - text.y() - placeHeight - descriptionHeight) /
                          lineHeight(theme, Kind::Title, style.smallTitle);
    text.add(Kind::Title, texts.title, std::max(style.titleLines, titleRoom));
    text.add(Kind::Place, texts.place, style.placeLines);
    // What a shorter title leaves free, the description may use.
    if (style.descriptionLines > 0)
        text.add(Kind::Description, texts.description, (bottom - text.y()) / body);
    return lines;
}

} // namespace Dorfplatz
