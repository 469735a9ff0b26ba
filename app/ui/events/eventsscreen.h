#pragma once

#include "core/time/minuteticker.h"
#include "eventcardlayout.h"
#include "eventday.h"
#include "eventtabrow.h"
#include "ui/kit/screen.h"
#include "ui/kit/theme.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QLabel;

namespace Dorfplatz {

struct Actor;
class Clock;
class EventCard;
class EventDetail;
class EventSource;
class EventTab;
class PageSwitcher;
class Schedule;
struct Session;

// "Was ist los?": the events of today, tomorrow and this week (today and the six days after it)
// from the events cache, as large cards under three big tabs. Nothing scrolls: the screen works
// out how many cards fit (from the height, the text size and the longest texts of the list) and
// pages with "weiter"/"zurück". It aims for targetCardsPerPage cards a page; to reach that it
// gives up, in this order, the attribution in the footer (the detail view still shows it), lines
// of the description, a second title line, the place, and the larger tab text; it puts the
// paging buttons beside the cards instead of below them, and two columns of cards on wide
// screens, where that holds more. A tap on a card shows the whole text (EventDetail).
//
// The footer says how fresh the data is (EventsFooter). The list follows the cache
// (EventSource::changed: the tab stays, the page as far as it still exists) and the clock: an
// event leaves "Today" in the minute it is over (EventDay::isOver), and at midnight "Today"
// moves on. A screen opens at "Today", page 1.
class EventsScreen : public Screen
{
    Q_OBJECT

public:
    // The number of cards a page aims for before the cards give up their richer parts.
    static constexpr int targetCardsPerPage = 3;

    EventsScreen(const Theme &theme, EventSource &source, const Clock &clock,
                 QWidget *parent = nullptr);
    ~EventsScreen() override;

    QString screenName() const override;
    // While an event's detail has the whole glass (EventDetail::wholeGlass()), the detail shows
    // "Startseite" and "Vorlesen" itself.
    bool hasHomeButton() const override;
    bool showsHeader() const override;
    // Content of a group session: the detail never shows its own "Startseite".
    void setGroupSession();
    // The tab, the cards of the current page (or the empty sentence), the page; the whole text
    // of the event while its detail shows.
    QString spokenText() const override;

    EventDay::Range range() const { return m_range; }
    void setRange(EventDay::Range range);
    EventTab *tab(EventDay::Range range) const;

    const EventEntries &entries() const { return m_entries; }
    QList<EventCard *> visibleCards() const;
    int cardsPerPage() const { return m_arrangement.perPage; }
    int columns() const { return m_arrangement.columns; }
    const EventCardStyle &cardStyle() const { return m_arrangement.style; }
    PageSwitcher *pageSwitcher() const { return m_pager; }
    int page() const;
    int pageCount() const;

    QLabel *emptyLabel() const { return m_empty; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *attributionLabel() const { return m_attribution; }
    EventDetail *detail() const { return m_detail; }
    bool detailShown() const;
    const MinuteTicker &ticker() const { return m_ticker; }

    // The kind sentence of an empty tab.
    static QString emptyText(EventDay::Range range);
    // "Today" once everything of today is over, with the first event of tomorrow (`when`: its
    // time or "all day"): "Heute ist nichts mehr los. Morgen: 19:30 Chorprobe".
    static QString nothingMoreText(const QString &when, const QString &title);
    // That first event of tomorrow while "Today" says nothingMoreText(), else nothing.
    const std::optional<EventEntry> &tomorrowHint() const { return m_tomorrowHint; }
    static QString tabText(EventDay::Range range);

    // Asks for the PIN (StaffMode::confirm) and calls `done` with who gave it.
    using StaffCheck = std::function<void(std::function<void(const Actor &)>)>;
    // Offers staff "Add to programme" on an event's detail: after the PIN the event becomes an
    // announcement of the programme (EventSessions::add), and the detail says when it is on
    // ("In the programme: Sat 15:00") instead of offering it again. Without this (a group
    // session, the preview) the detail has no such button.
    void setProgramme(Schedule *schedule, StaffCheck check);
    // The line the detail shows for a session made from its event.
    QString programmeNote(const Session &session) const;

    // Reads the cache again (also on EventSource::changed and when the day changes): the tab
    // stays, the page stays as far as there still is one.
    void reload();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void placeReadAloud(ReadAloud &readAloud) override;

private:
    enum class PagerPlace
    {
        None,
        Below,
        Beside,
        TabRow, // small, at the end of the row of tabs: the cards keep the whole width and height
    };
    struct Arrangement
    {
        bool fits = true; // false: the last resort of a tiny window, a card cut to the room
        // Whole: every title in a button's size, no word broken (EventCardLayout::fit).
        EventCardLayout::Words words = EventCardLayout::Words::Whole;
        PagerPlace pager = PagerPlace::None;
        bool attribution = false;
        int columns = 1;
        int perPage = 0;
        EventCardStyle style;
        QRect cards;
        QRect pagerRect;
    };

    // What the footer and the paging buttons take, measured once per arrangement.
    struct Chrome
    {
        int status = 0;
        int attribution = -1; // with the gap above it; -1 when there is none
        int below = 0;        // the paging buttons' height below the cards
        int besideWidth = 0;  // their width beside the cards
        int besideHeight = 0; // both above each other
        QRect tabRow;         // where they go at the end of the tabs' row; empty: not there
    };
    // One way to show the cards, tried in the order cardVariants() gives.
    struct CardVariant
    {
        EventCardLayout::Limits limits;
        PagerPlace pager;
        bool attribution;
        int columns;
        EventCardStyle::Arrangement arrangement;
    };

    void selectEntries();
    void relayout();
    // How large the tabs and the paging buttons are: from the fullest down to the least that a
    // finger still hits (Theme::controlMinMm), tried in this order until the cards fit.
    struct ChromeSize
    {
        Theme::TextRole tabs;
        bool compactTabs;
        bool compactPager;
        bool pagerInTabRow;
        // The footer's "As of" line; given up last of all, for the first whole card (200 % text
        // on a 10-inch panel: the card of a cancelled event needs 74 mm, the room is 55 mm).
        bool status;
    };
    static constexpr ChromeSize chromeSizes[] = {
        {Theme::TextRole::Button, false, false, false, true},
        {Theme::TextRole::Body, false, false, false, true},
        {Theme::TextRole::Body, true, false, false, true},
        {Theme::TextRole::Body, true, true, false, true},
        {Theme::TextRole::Body, true, true, true, true},
        {Theme::TextRole::Body, true, true, true, false},
    };
    // Sizes the tabs and the paging buttons; returns the tabs' height.
    int applyChrome(const QRect &inner, const ChromeSize &size);
    Chrome measureChrome(int width) const;
    // The room for the cards and the pager below `top`, without looking at the cards.
    Arrangement frame(const QRect &inner, int top, const Chrome &chrome, PagerPlace pager,
                      bool attribution) const;
    static bool hasRoom(const Arrangement &arrangement, const Chrome &chrome);
    static QList<CardVariant> cardVariants(bool withAttribution, bool tabRow);
    // The variant's arrangement, or nothing when its cards do not fit at all.
    std::optional<Arrangement> measureCards(const CardVariant &variant,
                                            EventCardLayout::Words words, const QRect &inner,
                                            int top, const Chrome &chrome) const;
    Arrangement arrange(const QRect &inner, int top) const;
    void showPage(int page);
    void openDetail(const EventEntry &entry);
    void closeDetail();
    void updateProgrammeOffer();
    void addToProgramme();
    void addConfirmed(const EventOccurrence &event, const Actor &by);
    void updateStatus();
    void updateEmptyText(const QDateTime &now);
    void onMinute();

    const Theme &m_theme;
    EventSource &m_source;
    const Clock &m_clock;
    MinuteTicker m_ticker;
    QDate m_today;
    EventDay::Range m_range = EventDay::Range::Today;
    EventOccurrences m_occurrences; // the whole week, read once per change
    EventEntries m_entries;         // the current tab's
    QDateTime m_nextEnd;            // "Today": when the next of its events is over
    std::optional<EventEntry> m_tomorrowHint;
    std::unique_ptr<EventCardLayout> m_layout;
    Arrangement m_arrangement;
    bool m_statusShown = true; // applyChrome()
    QRect m_tabRowPager; // applyChrome(): the paging buttons' place in the tabs' row, if there

    QWidget *m_list; // everything but the detail view
    EventTabRow m_tabRow;
    QList<EventCard *> m_cards; // as many as a page shows, refilled per page
    QLabel *m_empty;
    PageSwitcher *m_pager;
    QLabel *m_status;
    QLabel *m_attribution;
    EventDetail *m_detail;
    Schedule *m_schedule = nullptr;
    StaffCheck m_staffCheck;
    // Expires with the screen: a PIN given after it went changes nothing.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace Dorfplatz
