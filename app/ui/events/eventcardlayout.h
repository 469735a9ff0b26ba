#pragma once

#include "eventday.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QRect>
#include <QString>

namespace Dorfplatz {

class Theme;

// What one card says, already in words.
struct EventCardTexts
{
    QString day; // "This week" only: "Today", "Sat, 29 Nov"
    QString when;
    QString title;
    QString place;
    QString description;
    bool cancelled = false;

    // `showDay` for the lists of several days.
    static EventCardTexts from(const EventEntry &entry, const QDateTime &now, bool showDay);
};

// The room every card of a list reserves: all cards of a list are one size, so the page is calm
// and the number of cards per page follows from the height alone. Each part takes as many lines
// as the longest text of the list needs, up to the limits the screen chose.
struct EventCardStyle
{
    enum class Arrangement
    {
        Side,    // the day and time in a column left of the title: lower cards on wide screens
        Stacked, // the day and time above the title: for narrow cards and large text
    };

    Arrangement arrangement = Arrangement::Stacked;
    int width = 0;
    int timeWidth = 0; // Side: the time column
    int dayLines = 0;
    int whenLines = 0;
    int badgeLines = 0; // "Cancelled" on a line of its own; 0: beside the time or day, or none
    bool badgeBesideDay = false; // before the day, where it does not fit before the time
    int titleLines = 0;
    // The title in the text's size (bold) instead of a button's, where the larger size leaves no
    // whole card: a word of it is wider than the card ("Seniorennachmittag" at 200 % in
    // portrait), or the card higher than the room ("Diese Woche" at 200 % on 1024×600).
    bool smallTitle = false;
    int placeLines = 0;
    int descriptionLines = 0;
    int height = 0; // 0: this arrangement cannot show the list at this width

    bool isValid() const { return height > 0; }
};

struct EventCardLine
{
    enum class Kind
    {
        Day,
        When,
        Badge,
        Title,
        Place,
        Description
    };
    Kind kind;
    QRect rect; // inside the card
    QString text;
};

// Where the texts of the cards of one list go. Pure geometry from the theme's fonts, so the
// screen can try arrangements before it makes a single widget; what it measured it remembers,
// as a week's list may hold hundreds of events.
class EventCardLayout
{
public:
    struct Limits
    {
        int titleLines;
        int placeLines;
        int descriptionLines;
    };

    // How far fit() may go for a title, from the best down.
    enum class Words
    {
        Whole,        // no word broken, the title in a button's size
        SmallerTitle, // the same, but the title in the text's size (EventCardStyle::smallTitle)
        Anywhere,     // the last resort for a tiny window: words break anywhere
    };

    EventCardLayout(const Theme &theme, QList<EventCardTexts> texts);

    const QList<EventCardTexts> &texts() const { return m_texts; }

    // The style for cards `width` wide; invalid when the arrangement does not suit the width:
    // a time would need more than two lines, or a title word would have to break (as far as
    // `words` allows).
    EventCardStyle fit(int width, EventCardStyle::Arrangement arrangement, Limits limits,
                       Words words = Words::Whole) const;

    static QList<EventCardLine> lines(const Theme &theme, const EventCardStyle &style,
                                      const EventCardTexts &texts);

    static QFont font(const Theme &theme, EventCardLine::Kind kind, bool cancelled = false,
                      bool smallTitle = false);
    static int lineHeight(const Theme &theme, EventCardLine::Kind kind, bool smallTitle = false);
    static int padding(const Theme &theme);
    static int columnGap(const Theme &theme);
    // The room left and right of the word inside the "Cancelled" mark.
    static int badgePadding(const Theme &theme);
    static int badgeWidth(const Theme &theme);

private:
    // The most lines any card's text of `kind` takes at `width`, up to `cap`.
    int maxLines(EventCardLine::Kind kind, int width, int cap, bool smallTitle = false) const;

    const Theme &m_theme;
    QList<EventCardTexts> m_texts;
    bool m_anyCancelled = false;
    int m_timeNatural = 0;  // the widest day or time on one line
    int m_timeTwoLines = 0; // the narrowest column that holds every day and time in two lines
    int m_titleWord = 0; // the widest word of a title and "…": a title never breaks inside a word
    int m_titleWordSmall = 0; // the same in the smaller title size (EventCardStyle::smallTitle)
    int m_badgeBeside = 0;    // the "Cancelled" mark and the time of a cancelled event on one line
    int m_badgeBesideDay = 0; // the same with the day ("This week"; else never)
    mutable QHash<quint64, int> m_measured;
};

} // namespace Dorfplatz
