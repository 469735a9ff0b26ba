#include "eventsscreen.h"

#include "core/events/eventsource.h"
#include "core/i18n/spokentext.h"
#include "core/logging.h"
#include "core/schedule/eventsessions.h"
#include "core/schedule/schedule.h"
#include "core/time/clock.h"
#include "eventcard.h"
#include "eventdetail.h"
#include "eventsfooter.h"
#include "eventspokentext.h"
#include "eventtab.h"
#include "eventtabrow.h"
#include "eventtimetext.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/firstfit.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QSignalBlocker>

#include <climits>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr double twoColumnMinMm = 130.0; // narrower, a card's title wraps after a few words
constexpr double footerLineGapMm = 2.0;

using Limits = EventCardLayout::Limits;
// From the richest card to the least that must stay: the time and one line of the title.
constexpr Limits cardLimits[] = {
    {2, 1, 3}, {2, 1, 2}, {2, 1, 1}, {2, 1, 0}, {1, 1, 0}, {2, 0, 0}, {1, 0, 0},
};

constexpr TextLabelStyle footerText{.alignment = Qt::AlignLeft | Qt::AlignTop};

} // namespace

EventsScreen::EventsScreen(const Theme &theme, EventSource &source, const Clock &clock,
                           QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_source(source)
    , m_clock(clock)
    , m_ticker(clock, this)
    , m_list(new QWidget(this))
    , m_tabRow(theme,
               {tabText(EventDay::Range::Today), tabText(EventDay::Range::Tomorrow),
                tabText(EventDay::Range::Week)},
               m_list)
    , m_empty(textLabel(theme, Theme::TextRole::Label, u"empty"_s, m_list))
    , m_pager(new PageSwitcher(theme, m_list))
    , m_status(textLabel(theme, Theme::TextRole::Body, u"status"_s, m_list, footerText))
    , m_attribution(textLabel(theme, Theme::TextRole::Body, u"attribution"_s, m_list, footerText))
    , m_detail(new EventDetail(theme, this))
{
    m_list->setObjectName(u"eventList"_s);
    for (const EventDay::Range range : EventDay::ranges)
        connect(tab(range), &EventTab::clicked, this, [this, range] { setRange(range); });
    m_tabRow.select(m_range);
    m_detail->hide();

    connect(m_pager, &PageSwitcher::pageChanged, this, &EventsScreen::showPage);
    connect(m_detail, &EventDetail::closed, this, &EventsScreen::closeDetail);
    connect(m_detail, &EventDetail::programmeRequested, this, &EventsScreen::addToProgramme);
    connect(m_detail, &EventDetail::homeRequested, this, &Screen::homeRequested);
    connect(m_detail, &EventDetail::wholeGlassWanted, this, &Screen::chromeChanged);
    connect(&m_source, &EventSource::changed, this, &EventsScreen::reload);
    connect(&m_source, &EventSource::syncRunningChanged, this, [this] {
        updateStatus();
        relayout();
    });
    connect(&m_ticker, &MinuteTicker::minuteChanged, this, &EventsScreen::onMinute);
    reload();
}

EventsScreen::~EventsScreen() = default;

QString EventsScreen::screenName() const
{
    return u"events"_s;
}

bool EventsScreen::hasHomeButton() const
{
    return !showsHeader() && !m_detail->homeButton()->isHidden();
}

bool EventsScreen::showsHeader() const
{
    return !detailShown() || !m_detail->wholeGlass();
}

void EventsScreen::setGroupSession()
{
    m_detail->setHomeOffered(false);
}

void EventsScreen::placeReadAloud(ReadAloud &readAloud)
{
    m_detail->setReadAloudButton(new ReadAloudButton(
        m_theme, readAloud, [this] { return spokenText(); }, m_detail));
}

QString EventsScreen::spokenText() const
{
    if (detailShown())
        return m_detail->spokenText();
    QStringList parts{tabText(m_range)};
    const QDateTime now = m_clock.now();
    if (m_entries.isEmpty()) {
        if (m_tomorrowHint)
            parts += EventSpokenText::nothingMoreToday(*m_tomorrowHint, now);
        else
            parts.append(m_empty->text());
        return SpokenText::sentences(parts);
    }
    const bool week = m_range == EventDay::Range::Week;
    // The cards of the page (isHidden(): also before the screen is on the glass).
    for (const EventCard *card : m_cards) {
        if (card->isHidden())
            continue;
        parts += EventSpokenText::card(
            card->entry(), now, week,
            EventSpokenText::shortText(card->shownText(EventCardLine::Kind::Description)));
    }
    parts.append(SpokenText::pages(page(), pageCount()));
    parts.append(EventSpokenText::openHint());
    return SpokenText::sentences(parts);
}

QString EventsScreen::tabText(EventDay::Range range)
{
    switch (range) {
    case EventDay::Range::Today:
        //: Tab of the events screen: "Heute"
        return tr("Today");
    case EventDay::Range::Tomorrow:
        //: Tab of the events screen: "Morgen"
        return tr("Tomorrow");
    case EventDay::Range::Week:
        //: Tab of the events screen, today and the next six days: "Diese Woche"
        return tr("This week");
    }
    return {};
}

QString EventsScreen::emptyText(EventDay::Range range)
{
    switch (range) {
    case EventDay::Range::Today:
        //: "Heute stehen keine Veranstaltungen im Kalender."
        return tr("There are no events in the calendar today.");
    case EventDay::Range::Tomorrow:
        //: "Morgen stehen keine Veranstaltungen im Kalender."
        return tr("There are no events in the calendar tomorrow.");
    case EventDay::Range::Week:
        //: "Diese Woche stehen keine Veranstaltungen im Kalender."
        return tr("There are no events in the calendar this week.");
    }
    return {};
}

QString EventsScreen::nothingMoreText(const QString &when, const QString &title)
{
    //: "Today" when every event of today is over: "Heute ist nichts mehr los. Morgen: %1 %2"
    //: (%1 the time of tomorrow's first event, "19:30", or "ganztägig"; %2 its title)
    return tr("Nothing more is on today. Tomorrow: %1 %2").arg(when, title);
}

EventTab *EventsScreen::tab(EventDay::Range range) const
{
    return m_tabRow.tab(range);
}

QList<EventCard *> EventsScreen::visibleCards() const
{
    QList<EventCard *> cards;
    for (EventCard *card : m_cards) {
        if (card->isVisible())
            cards.append(card);
    }
    return cards;
}

int EventsScreen::page() const
{
    return m_pager->page();
}

int EventsScreen::pageCount() const
{
    return m_pager->pageCount();
}

bool EventsScreen::detailShown() const
{
    return !m_detail->isHidden();
}

void EventsScreen::setRange(EventDay::Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_tabRow.select(range);
    {
        // A new tab starts at its first page; the old tab's cards are not drawn again first.
        const QSignalBlocker blocker(m_pager);
        m_pager->setPage(0);
    }
    selectEntries();
}

void EventsScreen::reload()
{
    const QDateTime now = m_clock.now();
    m_today = now.date();
    m_occurrences = m_source.occurrences(EventDay::queryFrom(m_today, now),
                                         EventDay::queryTo(m_today, EventDay::weekDays, now));
    if (!m_source.error().isEmpty())
        qCWarning(lcUi) << "events screen: cannot read the events:" << m_source.error();
    selectEntries();
}

void EventsScreen::selectEntries()
{
    const QDateTime now = m_clock.now();
    m_entries = EventDay::select(m_occurrences, m_range, now);
    QList<EventCardTexts> texts;
    texts.reserve(m_entries.size());
    QStringList attributions;
    for (const EventEntry &entry : std::as_const(m_entries)) {
        texts.append(EventCardTexts::from(entry, now, m_range == EventDay::Range::Week));
        attributions.append(entry.occurrence.attribution);
    }
    m_layout = std::make_unique<EventCardLayout>(m_theme, std::move(texts));
    m_attribution->setText(EventsFooter::attribution(attributions));
    m_nextEnd = m_range == EventDay::Range::Today ? EventDay::nextEnd(m_entries, now) : QDateTime();
    updateEmptyText(now);
    updateStatus();
    relayout();
}

void EventsScreen::updateEmptyText(const QDateTime &now)
{
    m_tomorrowHint.reset();
    if (!m_source.lastSuccess().isValid()) {
        //: Nothing was ever loaded (the footer says why): "Es sind noch keine Veranstaltungen
        //: da."
        m_empty->setText(tr("No events have been loaded yet."));
        return;
    }
    m_empty->setText(emptyText(m_range));
    if (m_range != EventDay::Range::Today || !m_entries.isEmpty())
        return;
    // Empty because all of today is over (not because nothing was on): say so, and what comes
    // first tomorrow, so the resident knows when to look again. A cancelled event is no reason.
    if (EventDay::select(m_occurrences, m_today, 1, now).isEmpty())
        return;
    for (const EventEntry &entry :
         EventDay::select(m_occurrences, EventDay::Range::Tomorrow, now)) {
        const EventOccurrence &o = entry.occurrence;
        if (o.cancelled)
            continue;
        const QString when = o.allDay && o.startDate.isValid()
                                 ? EventTimeText::allDay()
                                 : EventTimeText::time(EventDay::inZoneOf(o.start, now).time());
        const QString title = o.title.simplified();
        m_empty->setText(
            nothingMoreText(when, title.isEmpty() ? EventTimeText::untitled() : title));
        m_tomorrowHint = entry;
        return;
    }
}

void EventsScreen::updateStatus()
{
    m_status->setText(EventsFooter::text(m_source.lastSuccess(), m_source.lastAttempt(),
                                         m_source.lastAttemptFailed(), m_source.syncRunning(),
                                         m_clock.now()));
}

void EventsScreen::onMinute()
{
    // The minute ticker is the screen's only timer: at midnight the days move on; during the day
    // "Today" lets go of an event in the minute it is over.
    const QDateTime now = m_clock.now();
    if (now.date() != m_today)
        reload();
    else if (m_nextEnd.isValid() && now >= m_nextEnd)
        selectEntries();
}

void EventsScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    relayout();
}

int EventsScreen::applyChrome(const QRect &inner, const ChromeSize &size)
{
    m_tabRow.setCompact(size.compactTabs);
    for (BigButton *button : {m_pager->previousButton(), m_pager->nextButton()})
        button->setCompact(size.compactPager);
    m_tabRowPager = {};
    m_statusShown = size.status;
    if (!size.pagerInTabRow)
        return m_tabRow.layout(inner, size.tabs);
    // Both buttons side by side at the right end of the row; the tabs take the rest of it.
    const int gap = m_theme.px(Theme::gapMm);
    const QSize previous = m_pager->previousButton()->sizeHint();
    const QSize next = m_pager->nextButton()->sizeHint();
    // The PageSwitcher keeps its spacing on both sides of the position between them.
    const int pagerWidth = previous.width() + 2 * gap + next.width();
    const QRect row = inner.adjusted(0, 0, -pagerWidth - gap, 0);
    m_tabRow.shrinkToOneLine(row.width());
    const int height = m_tabRow.layout(row, size.tabs);
    const int pagerHeight = std::max(previous.height(), next.height());
    m_tabRowPager =
        QRect(inner.right() + 1 - pagerWidth, inner.top() + std::max(0, height - pagerHeight) / 2,
              pagerWidth, pagerHeight);
    return std::max(height, pagerHeight);
}

EventsScreen::Chrome EventsScreen::measureChrome(int width) const
{
    const int gap = m_theme.px(Theme::gapMm);
    const QSize previous = m_pager->previousButton()->sizeHint();
    const QSize next = m_pager->nextButton()->sizeHint();
    return Chrome{
        .status = m_statusShown ? textHeight(m_status, width) : 0,
        .attribution = m_attribution->text().isEmpty()
                           ? -1
                           : textHeight(m_attribution, width) + m_theme.px(footerLineGapMm),
        .below = std::max(previous.height(), next.height()),
        .besideWidth = std::max(previous.width(), next.width()),
        // Both buttons; "Page 1 of 3" between them only where there is room (PageSwitcher).
        .besideHeight = previous.height() + next.height() + gap,
        .tabRow = {}, // arrange() knows whether the tabs left room for them
    };
}

EventsScreen::Arrangement EventsScreen::frame(const QRect &inner, int top, const Chrome &chrome,
                                              PagerPlace pager, bool attribution) const
{
    const int gap = m_theme.px(Theme::gapMm);
    const int footer = chrome.status + (attribution ? chrome.attribution : 0);
    const int bottom = inner.bottom() + 1 - footer - gap;
    Arrangement result;
    result.pager = pager;
    result.attribution = attribution;
    QRect &cards = result.cards;
    cards = QRect(inner.left(), top, inner.width(), bottom - top);
    if (pager == PagerPlace::Below) {
        cards.setHeight(cards.height() - chrome.below - gap);
        result.pagerRect =
            QRect(inner.left(), cards.bottom() + 1 + gap, inner.width(), chrome.below);
    } else if (pager == PagerPlace::Beside) {
        cards.setWidth(cards.width() - chrome.besideWidth - gap);
        result.pagerRect =
            QRect(cards.right() + 1 + gap, cards.top(), chrome.besideWidth, cards.height());
    } else if (pager == PagerPlace::TabRow) {
        result.pagerRect = chrome.tabRow;
    }
    return result;
}

bool EventsScreen::hasRoom(const Arrangement &arrangement, const Chrome &chrome)
{
    const QRect &cards = arrangement.cards;
    if (arrangement.pager == PagerPlace::Beside && cards.height() < chrome.besideHeight)
        return false;
    return cards.width() > 0 && cards.height() > 0;
}

QList<EventsScreen::CardVariant> EventsScreen::cardVariants(bool withAttribution, bool tabRow)
{
    // The richest card first; for each, no paging before paging below and beside, the
    // attribution before none, one column before two, the time beside the title before above it.
    QList<std::pair<PagerPlace, bool>> frames;
    // With the paging buttons in the tabs' row (the smallest chrome) they go nowhere else.
    const QList<PagerPlace> places =
        tabRow ? QList<PagerPlace>{PagerPlace::None, PagerPlace::TabRow}
               : QList<PagerPlace>{PagerPlace::None, PagerPlace::Below, PagerPlace::Beside};
    for (const PagerPlace pager : places) {
        if (withAttribution)
            frames.append({pager, true});
        frames.append({pager, false});
    }
    using Shape = std::pair<int, EventCardStyle::Arrangement>;
    static constexpr Shape shapes[] = {{1, EventCardStyle::Arrangement::Side},
                                       {1, EventCardStyle::Arrangement::Stacked},
                                       {2, EventCardStyle::Arrangement::Side},
                                       {2, EventCardStyle::Arrangement::Stacked}};
    QList<CardVariant> variants;
    for (const Limits &limits : cardLimits) {
        for (const auto &[pager, attribution] : std::as_const(frames)) {
            for (const auto &[columns, arrangement] : shapes)
                variants.append(CardVariant{limits, pager, attribution, columns, arrangement});
        }
    }
    return variants;
}

std::optional<EventsScreen::Arrangement> EventsScreen::measureCards(const CardVariant &variant,
                                                                    EventCardLayout::Words words,
                                                                    const QRect &inner, int top,
                                                                    const Chrome &chrome) const
{
    const int gap = m_theme.px(Theme::gapMm);
    Arrangement result = frame(inner, top, chrome, variant.pager, variant.attribution);
    if (!hasRoom(result, chrome))
        return std::nullopt;
    const int width = (result.cards.width() - (variant.columns - 1) * gap) / variant.columns;
    if (variant.columns > 1 && width < m_theme.px(twoColumnMinMm))
        return std::nullopt;
    result.style = m_layout->fit(width, variant.arrangement, variant.limits, words);
    if (!result.style.isValid())
        return std::nullopt;
    const int rows = (result.cards.height() + gap) / (result.style.height + gap);
    result.columns = variant.columns;
    result.perPage = rows * variant.columns;
    // Without paging, every card must be on the one page.
    if (result.perPage == 0 ||
        (variant.pager == PagerPlace::None && result.perPage < int(m_entries.size())))
        return std::nullopt;
    return result;
}

EventsScreen::Arrangement EventsScreen::arrange(const QRect &inner, int top) const
{
    Chrome chrome = measureChrome(inner.width());
    chrome.tabRow = m_tabRowPager;
    const int count = int(m_entries.size());
    if (count == 0) {
        // The empty sentence must be whole, in body text at least (relayout()).
        Arrangement empty = frame(inner, top, chrome, PagerPlace::None, false);
        const QRect needed =
            QFontMetrics(m_theme.font(Theme::TextRole::Body))
                .boundingRect(QRect(0, 0, std::max(1, empty.cards.width()), INT_MAX / 2),
                              int(m_empty->alignment()) | Qt::TextWordWrap, m_empty->text());
        empty.fits = needed.height() <= empty.cards.height();
        return empty;
    }
    const int target = std::min(count, targetCardsPerPage);
    const QList<CardVariant> variants =
        cardVariants(chrome.attribution >= 0, !chrome.tabRow.isEmpty());
    // Strict first: no title word broken, no time on more than two lines, the titles in a
    // button's size. Only when that shows no card at all (a long compound word or a day's list
    // in very large text) are the titles a size smaller, and only after that may words break
    // anywhere.
    using Words = EventCardLayout::Words;
    for (const Words words : {Words::Whole, Words::SmallerTitle, Words::Anywhere}) {
        // The first that shows the target number of cards; else the one that shows the most.
        Arrangement most;
        const auto found = firstThatFits(
            variants,
            [&](const CardVariant &variant) {
                return measureCards(variant, words, inner, top, chrome);
            },
            [&](const Arrangement &arrangement) {
                if (arrangement.perPage > most.perPage)
                    most = arrangement;
                return arrangement.perPage >= target;
            });
        Arrangement result = found ? *found : most;
        result.words = words;
        if (result.perPage > 0)
            return result;
    }
    // Not even one card of the least kind fits (a tiny window): one per page, as large as the
    // room allows, rather than none.
    Arrangement least = frame(inner, top, chrome, PagerPlace::Below, false);
    least.words = Words::Anywhere;
    least.style = m_layout->fit(least.cards.width(), EventCardStyle::Arrangement::Stacked,
                                cardLimits[std::size(cardLimits) - 1], Words::Anywhere);
    least.perPage = 1;
    least.fits = false;
    return least;
}

void EventsScreen::relayout()
{
    if (width() <= 0 || height() <= 0 || !m_layout)
        return;
    m_list->setGeometry(rect());
    m_detail->setGeometry(rect());
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const QRect inner = rect().adjusted(margin, margin, -margin, -margin);
    // Smaller tabs, then smaller paging buttons, only where that makes room for more cards (or for
    // the first whole card, or the whole empty sentence).
    const int target = std::min(int(m_entries.size()), targetCardsPerPage);
    // Whole words matter more than another card per page: "Adventsm-arkt" is hard to read; and
    // so does the title's size.
    const auto better = [](const Arrangement &a, const Arrangement &b) {
        if (a.fits != b.fits)
            return a.fits;
        if (a.words != b.words)
            return a.words < b.words;
        return a.perPage > b.perPage;
    };
    size_t chosen = 0;
    for (size_t i = 0; i < std::size(chromeSizes); ++i) {
        // The compact sizes (tabs and buttons at the 20 mm floor, "weiter" without its word) only
        // where the full ones leave no room for one whole card, not for a second or third one.
        const bool oneWholeCard = m_arrangement.fits &&
                                  m_arrangement.words == EventCardLayout::Words::Whole &&
                                  (m_arrangement.perPage > 0 || m_entries.isEmpty());
        if (i > 0 && chromeSizes[i].compactTabs && oneWholeCard)
            break;
        const Arrangement tried =
            arrange(inner, inner.top() + applyChrome(inner, chromeSizes[i]) + gap);
        if (i == 0 || better(tried, m_arrangement)) {
            m_arrangement = tried;
            chosen = i;
        }
        if (tried.fits && tried.words == EventCardLayout::Words::Whole && tried.perPage >= target)
            break;
    }
    applyChrome(inner, chromeSizes[chosen]);
    const Arrangement &a = m_arrangement;

    const int width = inner.width();
    const int statusHeight = m_statusShown ? textHeight(m_status, width) : 0;
    const int attributionHeight = a.attribution ? textHeight(m_attribution, width) : 0;
    int y = inner.bottom() + 1 - statusHeight -
            (a.attribution ? attributionHeight + m_theme.px(footerLineGapMm) : 0);
    m_status->setGeometry(inner.left(), y, width, statusHeight);
    m_status->setVisible(statusHeight > 0);
    y += statusHeight + m_theme.px(footerLineGapMm);
    m_attribution->setGeometry(inner.left(), y, width, attributionHeight);
    m_attribution->setVisible(a.attribution);

    m_pager->setVisible(a.pager != PagerPlace::None);
    m_pager->setOrientation(a.pager == PagerPlace::Beside ? Qt::Vertical : Qt::Horizontal);
    m_pager->setGeometry(a.pagerRect);

    const bool empty = m_entries.isEmpty();
    m_empty->setVisible(empty);
    if (empty) {
        m_empty->setFont(m_theme.font(Theme::TextRole::Label));
        if (m_empty->heightForWidth(a.cards.width()) > a.cards.height())
            m_empty->setFont(m_theme.font(Theme::TextRole::Body));
        m_empty->setGeometry(a.cards);
    }
    const int count = int(m_entries.size());
    m_pager->setPageCount(a.perPage > 0 ? (count + a.perPage - 1) / a.perPage : 1);
    // The position between the buttons may just have given way to them (a short column): place
    // the buttons now, not at the next layout request.
    if (QLayout *pagerLayout = m_pager->layout())
        pagerLayout->activate();
    showPage(m_pager->page());
}

void EventsScreen::showPage(int page)
{
    const Arrangement &a = m_arrangement;
    const int gap = m_theme.px(Theme::gapMm);
    while (m_cards.size() < a.perPage) {
        auto *card = new EventCard(m_theme, m_list);
        connect(card, &EventCard::clicked, this, [this, card] { openDetail(card->entry()); });
        m_cards.append(card);
    }
    const QList<EventCardTexts> &texts = m_layout->texts();
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        EventCard *card = m_cards.at(i);
        const qsizetype index = qsizetype(page) * a.perPage + i;
        if (i >= a.perPage || index >= m_entries.size()) {
            card->hide();
            continue;
        }
        card->setContent(m_entries.at(index), texts.at(index), a.style);
        const int column = int(i) % a.columns;
        const int row = int(i) / a.columns;
        card->setGeometry(a.cards.left() + column * (a.style.width + gap),
                          a.cards.top() + row * (a.style.height + gap), a.style.width,
                          a.style.height);
        card->show();
    }
}

void EventsScreen::openDetail(const EventEntry &entry)
{
    // Its size first: the detail decides with it whether it needs the header's room.
    m_detail->setGeometry(rect());
    m_detail->setEntry(entry, m_clock.now());
    updateProgrammeOffer();
    m_list->hide();
    m_detail->show();
    m_detail->raise();
    if (m_detail->wholeGlass())
        Q_EMIT chromeChanged();
}

void EventsScreen::closeDetail()
{
    const bool hadWholeGlass = m_detail->wholeGlass();
    m_detail->hide();
    m_detail->leaveWholeGlass();
    m_list->show();
    if (hadWholeGlass)
        Q_EMIT chromeChanged();
}

void EventsScreen::setProgramme(Schedule *schedule, StaffCheck check)
{
    if (m_schedule)
        disconnect(m_schedule, nullptr, this, nullptr);
    m_schedule = schedule;
    m_staffCheck = std::move(check);
    // A session removed by staff offers the button again; one made elsewhere shows the line.
    if (m_schedule)
        connect(m_schedule, &Schedule::changed, this, &EventsScreen::updateProgrammeOffer);
    updateProgrammeOffer();
}

QString EventsScreen::programmeNote(const Session &session) const
{
    const QTimeZone zone = m_schedule ? m_schedule->zone() : QTimeZone::systemTimeZone();
    //: On an event's detail, once staff put it into the programme: "Steht im Programm: Sa 15:00"
    return tr("In the programme: %1")
        .arg(QLocale().toString(session.start.toTimeZone(zone), u"ddd HH:mm"_s));
}

void EventsScreen::updateProgrammeOffer()
{
    const EventOccurrence &event = m_detail->entry().occurrence;
    if (!m_schedule || !m_staffCheck || event.uid.isEmpty()) {
        m_detail->setProgrammeNote({});
        m_detail->setProgrammeOffered(false);
        return;
    }
    if (const auto made = EventSessions::madeFrom(*m_schedule, event)) {
        m_detail->setProgrammeNote(programmeNote(*made));
        return;
    }
    m_detail->setProgrammeNote({});
    // Nothing to announce for an event that is cancelled or over.
    m_detail->setProgrammeOffered(!event.cancelled && event.end > m_clock.now());
}

void EventsScreen::addToProgramme()
{
    if (!m_schedule || !m_staffCheck)
        return;
    const EventOccurrence event = m_detail->entry().occurrence;
    // The PIN may come after this screen went (the inactivity timeout).
    m_staffCheck([alive = std::weak_ptr<int>(m_alive), this, event](const Actor &by) {
        if (!alive.expired())
            addConfirmed(event, by);
    });
}

void EventsScreen::addConfirmed(const EventOccurrence &event, const Actor &by)
{
    if (!m_schedule)
        return;
    const auto added = EventSessions::add(*m_schedule, event, by, m_clock.now());
    if (!added.session) {
        qCWarning(lcEvents).noquote()
            << u"The event %1 could not be put into the programme: %2"_s.arg(event.uid,
                                                                             added.error);
        if (m_detail->entry().occurrence == event)
            //: On an event's detail when saving the session failed
            m_detail->setProgrammeNote(tr("Not saved. Please try again."));
        return;
    }
    if (m_detail->entry().occurrence == event)
        updateProgrammeOffer();
}

} // namespace Dorfplatz
