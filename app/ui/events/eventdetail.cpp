#include "eventdetail.h"

#include "core/i18n/spokentext.h"
#include "eventsfooter.h"
#include "eventspokentext.h"
#include "eventtimetext.h"
#include "textlines.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QLabel>
#include <QLayout>
#include <QSignalBlocker>

#include <cmath>
#include <optional>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The lines are broken here, to the width, so each page holds whole lines.
constexpr TextLabelStyle lines{.alignment = Qt::AlignLeft | Qt::AlignTop, .wordWrap = false};
constexpr TextLabelStyle boldLines{
    .alignment = Qt::AlignLeft | Qt::AlignTop, .wordWrap = false, .bold = true};
constexpr TextLabelStyle rowEnd{
    .alignment = Qt::AlignRight | Qt::AlignVCenter, .wordWrap = false, .bold = true};

// A font with a negative leading has lines closer than its glyphs are tall; a label still
// draws each line at the full height.
int lineHeight(const QFont &font)
{
    const QFontMetricsF metrics(font);
    return int(std::ceil(std::max(metrics.lineSpacing(), metrics.height())));
}

QFont bold(QFont font)
{
    font.setWeight(QFont::Bold);
    return font;
}

} // namespace

EventDetail::EventDetail(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_ownChrome(new QWidget(this))
    , m_home(BigButton::home(theme, m_ownChrome))
    //: Closes the whole text of one event: "Zurück zur Liste"
    , m_back(new BigButton(theme, tr("Back to the list"), u":/icons/list.svg"_s,
                           BigButton::Style::Accent, this))
    //: Staff only (asks for the PIN): the event becomes a session of the programme, "Ins Programm"
    , m_toProgramme(
          new BigButton(theme, tr("Add to programme"), {}, BigButton::Style::Notice, this))
    , m_programmeNote(textLabel(theme, Theme::TextRole::Body, u"programmeNote"_s, this, rowEnd))
    , m_when(textLabel(theme, Theme::TextRole::Body, u"detailWhen"_s, this, boldLines))
    , m_badge(textLabel(theme, Theme::TextRole::Body, u"detailCancelled"_s, this, boldLines))
    , m_title(textLabel(theme, Theme::TextRole::Label, u"detailTitle"_s, this, boldLines))
    , m_place(textLabel(theme, Theme::TextRole::Body, u"detailPlace"_s, this, lines))
    , m_text(textLabel(theme, Theme::TextRole::Body, u"detailText"_s, this, lines))
    , m_attribution(textLabel(theme, Theme::TextRole::Body, u"detailAttribution"_s, this, lines))
    , m_pager(new PageSwitcher(theme, this))
{
    setObjectName(u"eventDetail"_s);
    m_back->setObjectName(u"backToList"_s);
    m_ownChrome->setObjectName(u"detailChrome"_s);
    m_ownChrome->hide();
    m_home->setObjectName(u"detailHome"_s);
    m_home->setCompact(true);
    connect(m_home, &BigButton::clicked, this, &EventDetail::homeRequested);
    // The mark in reverse, as on the cards: text colour as the background.
    const ThemePalette &palette = theme.palette();
    m_badge->setText(EventTimeText::cancelled());
    m_badge->setStyleSheet(u"QLabel { color: %1; background: %2; border-radius: %3px; "
                           u"padding: 0 %4px; }"_s.arg(palette.surface.name(), palette.text.name())
                               .arg(theme.radius(Theme::Corner::Badge))
                               .arg(theme.px(1.5)));
    m_toProgramme->setObjectName(u"toProgramme"_s);
    m_toProgramme->hide();
    m_programmeNote->hide();
    connect(m_back, &BigButton::clicked, this, &EventDetail::closed);
    connect(m_toProgramme, &BigButton::clicked, this, &EventDetail::programmeRequested);
    connect(m_pager, &PageSwitcher::pageChanged, this, &EventDetail::showPage);
}

int EventDetail::page() const
{
    return m_pager->page();
}

int EventDetail::pageCount() const
{
    return m_pager->pageCount();
}

QStringList EventDetail::descriptionLines() const
{
    return m_text->isVisible() ? m_text->text().split(u'\n') : QStringList();
}

QString EventDetail::shownTitle() const
{
    return m_title->isVisible() ? m_title->text().split(u'\n').join(u' ') : QString();
}

QString EventDetail::spokenText() const
{
    // The whole text, whichever page shows: the ear does not page.
    return SpokenText::sentences(EventSpokenText::detail(m_entry, m_now));
}

void EventDetail::setProgrammeOffered(bool offered)
{
    m_programmeOffered = offered;
    relayout();
}

void EventDetail::setProgrammeNote(const QString &text)
{
    m_programmeText = text;
    m_programmeNote->setText(text);
    relayout();
}

void EventDetail::setEntry(const EventEntry &entry, const QDateTime &now)
{
    m_entry = entry;
    m_now = now;
    m_open = true;
    const EventOccurrence &occurrence = entry.occurrence;
    m_whenText = EventTimeText::fullWhen(occurrence, entry.day, now);
    m_shortWhenText = EventTimeText::shortWhen(occurrence, entry.day, now);
    m_attributionText = EventsFooter::attribution({occurrence.attribution});
    {
        const QSignalBlocker blocker(m_pager);
        m_pager->setPage(0);
    }
    relayout();
}

void EventDetail::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

int EventDetail::lineCount() const
{
    int count = 0;
    for (const Block &block : m_blocks)
        count += int(block.lines.size());
    return count;
}

std::pair<int, int> EventDetail::locate(int index) const
{
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const int lines = int(m_blocks.at(i).lines.size());
        if (index < lines)
            return {int(i), index};
        index -= lines;
    }
    return {int(m_blocks.size()), 0};
}

QList<EventDetail::Page> EventDetail::paginate(int height) const
{
    const int gap = m_blockGap;
    QList<Page> pages;
    const int total = lineCount();
    int index = 0;
    while (index < total) {
        Page page{index, index};
        int used = 0;
        int previousBlock = -1;
        bool onlyTime = true; // the page holds nothing but the time (and the mark) so far
        while (index < total) {
            const auto [block, line] = locate(index);
            const Block &b = m_blocks.at(block);
            // A page never starts with the blank line between two paragraphs.
            if (page.first == index && b.lines.at(line).isEmpty()) {
                page.first = page.last = ++index;
                continue;
            }
            const int gapBefore = previousBlock >= 0 && block != previousBlock ? gap : 0;
            const int needed = b.lineHeight + gapBefore;
            // At least one line per page, even one taller than the page: never an empty page.
            if (used + needed > height && page.last > page.first)
                break;
            // The time, the title and the place stay whole: rather on the next page than split.
            // But not at the price of a page with the date alone (200 % text on a small
            // screen): then the title begins below the date and goes on over the page.
            const int whole = int(b.lines.size()) * b.lineHeight + gapBefore;
            if (line == 0 && b.label != m_text && page.last > page.first && used + whole > height &&
                whole - gapBefore <= height && !onlyTime)
                break;
            if (b.label != m_when && b.label != m_badge)
                onlyTime = false;
            used += needed;
            previousBlock = block;
            page.last = ++index;
        }
        if (page.last > page.first)
            pages.append(page);
    }
    if (pages.isEmpty())
        pages.append(Page{});
    return pages;
}

void EventDetail::setHomeOffered(bool offered)
{
    m_homeOffered = offered;
    relayout();
}

void EventDetail::setReadAloudButton(ReadAloudButton *button)
{
    m_readAloud = button;
    button->setParent(m_ownChrome);
    button->setCompact(true);
    button->syncVisibility();
    connect(button, &ReadAloudButton::availabilityChanged, this, &EventDetail::relayout);
    relayout();
}

void EventDetail::leaveWholeGlass()
{
    m_open = false;
    m_wholeGlass = false;
    m_ownChrome->hide();
}

std::pair<int, int> EventDetail::placeRow(const QRect &inner, bool wholeGlass)
{
    const int gap = m_theme.px(Theme::gapMm);
    int x = inner.left();
    int height = 0;
    m_ownChrome->setVisible(wholeGlass);
    m_home->setVisible(m_homeOffered);
    if (wholeGlass) {
        int right = 0;
        for (BigButton *button :
             {static_cast<BigButton *>(m_home), static_cast<BigButton *>(m_readAloud)}) {
            if (!button || button->isHidden())
                continue;
            const QSize size = button->sizeHint();
            button->setGeometry(right, 0, size.width(), size.height());
            right += size.width() + gap;
            height = std::max(height, size.height());
        }
        m_ownChrome->setGeometry(inner.left(), inner.top(), std::max(0, right - gap), height);
        x += right;
    }
    const QSize back = m_back->sizeHint();
    m_back->setGeometry(x, inner.top(), std::min(back.width(), inner.right() + 1 - x),
                        back.height());
    return {std::max(height, back.height()), x + back.width()};
}

void EventDetail::build(const Frame &frame, int width, int room)
{
    const EventOccurrence &occurrence = m_entry.occurrence;
    QFont titleFont = bold(m_theme.font(frame.title));
    titleFont.setStrikeOut(occurrence.cancelled);
    m_title->setFont(titleFont);
    m_blocks.clear();
    const auto add = [&](QLabel *label, const QString &text, bool keepBreaks) {
        const QStringList lines = TextLines::wrap(text, label->font(), width, 0, keepBreaks);
        if (!lines.isEmpty())
            m_blocks.append(Block{label, lines, lineHeight(label->font())});
    };
    add(m_when, frame.shortWhen ? m_shortWhenText : m_whenText, false);
    if (occurrence.cancelled)
        m_blocks.append(Block{m_badge, {m_badge->text()}, m_badge->sizeHint().height()});
    const QString title = occurrence.title.simplified();
    add(m_title, title.isEmpty() ? EventTimeText::untitled() : title, false);
    add(m_place, occurrence.location, false);
    m_headLines = lineCount();
    add(m_text, occurrence.description, true);
    m_textLines = lineCount() - m_headLines;
    add(m_attribution, m_attributionText, false);
    m_pages = paginate(room);
}

EventDetail::Score EventDetail::score() const
{
    const int first = m_pages.first().last;
    return {std::min(first, m_headLines + std::min(m_textLines, 2)), -int(m_pages.size())};
}

bool EventDetail::pageOneComplete() const
{
    return m_pages.first().last >= m_headLines + std::min(m_textLines, 2);
}

std::optional<QRect> EventDetail::apply(const Frame &frame, bool wholeGlass)
{
    const int gap = m_theme.px(Theme::gapMm);
    const int margin = m_theme.px(Theme::marginMm);
    const QRect inner = rect().adjusted(margin, margin, -margin, -margin);
    m_blockGap = m_theme.px(frame.blockGapMm);
    m_back->setCompact(frame.compactBack);
    for (BigButton *button : {m_pager->previousButton(), m_pager->nextButton()})
        button->setCompact(frame.compactPager);
    m_pager->setOrientation(Qt::Horizontal);
    const int pagerHeight = m_pager->sizeHint().height();
    const int pagerWidth = m_pager->previousButton()->sizeHint().width() +
                           m_pager->nextButton()->sizeHint().width() + 2 * gap;
    auto [rowHeight, rowFree] = placeRow(inner, wholeGlass);
    const int rowEnd = inner.right() + 1 - (frame.pagerInRow ? pagerWidth : 0);
    if (rowFree + gap > rowEnd)
        return std::nullopt;
    if (frame.pagerInRow)
        rowHeight = std::max(rowHeight, pagerHeight);
    m_contentTop = placeProgramme(inner, rowFree + gap, frame.pagerInRow ? rowEnd - gap : rowEnd,
                                  rowHeight, inner.top() + rowHeight + gap);
    // A little narrower than the room, so rounding can never make a line wider than its label.
    const int width = inner.width() - 2;
    const int room = inner.bottom() + 1 - m_contentTop;
    build(frame, width, room);
    if (m_pages.size() <= 1)
        return QRect();
    if (frame.pagerInRow)
        return QRect(rowEnd, inner.top(), pagerWidth, rowHeight);
    // Small buttons sit closer under the text: a line more on each page of a small screen.
    const int above = frame.compactPager ? m_theme.px(1.0) : gap;
    m_pages = paginate(room - pagerHeight - above);
    return QRect(inner.left(), inner.bottom() + 1 - pagerHeight, inner.width(), pagerHeight);
}

void EventDetail::relayout()
{
    if (width() <= 0 || height() <= 0)
        return;
    // With the header above: from the fullest down, the title as large as a tile's label, then
    // as a button's; the paging buttons below the text, then small (Theme::controlMinMm) in the
    // row of "Back to the list"; the parts of the head closer together. The first with which page
    // one holds the time, the title, the place and the first lines of the text wins.
    static constexpr Frame framed[] = {
        {Theme::TextRole::Label, false, false, Theme::gapMm},
        {Theme::TextRole::Button, false, false, Theme::gapMm},
        {Theme::TextRole::Button, true, false, Theme::gapMm},
        {Theme::TextRole::Button, true, true, 2.0},
        {Theme::TextRole::Button, false, true, 2.0},
        {Theme::TextRole::Body, true, true, 2.0},
        {Theme::TextRole::Body, false, true, 2.0},
    };
    // With the whole glass: one row of small buttons, then "Back to the list" as its icon, the
    // title in the text's size, and last the day as "This week" names it ("Heute, 17:00 –
    // 18:00 Uhr" in one line instead of two).
    static constexpr Frame whole[] = {
        {Theme::TextRole::Button, true, true, Theme::gapMm},
        {Theme::TextRole::Button, true, true, 2.0, true},
        {Theme::TextRole::Body, true, true, 2.0, true},
        {Theme::TextRole::Body, true, true, 2.0, true, true},
    };
    // Where no frame gets the head and the first lines onto page one, the one that shows the
    // most of it there, then the one with the fewest pages.
    std::optional<Score> bestScore;
    const Frame *best = nullptr;
    QRect pagerRect;
    const auto tryFrames = [&](const auto &frames) {
        bestScore.reset();
        best = nullptr;
        for (const Frame &frame : frames) {
            const auto rect = apply(frame, m_wholeGlass);
            if (!rect)
                continue;
            if (!bestScore || score() > *bestScore) {
                bestScore = score();
                best = &frame;
                pagerRect = *rect;
            }
            if (pageOneComplete())
                return true;
        }
        return false;
    };
    // Only for an event being opened or shown: before, the size and the text may be anything.
    bool wanted = false;
    if (!m_wholeGlass && !tryFrames(framed) && m_open) {
        m_wholeGlass = wanted = true;
        tryFrames(whole);
    } else if (m_wholeGlass) {
        tryFrames(whole);
    }
    if (best && score() != *bestScore)
        pagerRect = apply(*best, m_wholeGlass).value_or(QRect());

    if (m_pages.size() > 1)
        m_pager->setGeometry(pagerRect);
    m_pager->setVisible(m_pages.size() > 1);
    m_pager->setPageCount(int(m_pages.size()));
    if (QLayout *pagerLayout = m_pager->layout())
        pagerLayout->activate();
    showPage(m_pager->page());
    if (wanted)
        Q_EMIT wholeGlassWanted();
}

int EventDetail::placeProgramme(const QRect &inner, int rowFree, int rowEnd, int rowHeight, int top)
{
    // At the right end of the row of "Back to the list", away from what residents tap; on a row
    // of its own below it where the row has no room. The line once the event is in the
    // programme, else the button when offered.
    const int gap = m_theme.px(Theme::gapMm);
    const int besideRoom = rowEnd - rowFree;
    const bool noted = !m_programmeText.isEmpty();
    m_programmeNote->setVisible(noted);
    m_toProgramme->setVisible(!noted && m_programmeOffered);
    if (noted) {
        const QFont font = m_programmeNote->font();
        const int oneLine = QFontMetrics(font).horizontalAdvance(m_programmeText) + 2;
        if (oneLine <= besideRoom) {
            m_programmeNote->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_programmeNote->setText(m_programmeText);
            m_programmeNote->setGeometry(rowEnd - oneLine, inner.top(), oneLine, rowHeight);
            return top;
        }
        const QStringList noteLines =
            TextLines::wrap(m_programmeText, font, inner.width() - 2, 0, false);
        const int height = int(noteLines.size()) * lineHeight(font);
        m_programmeNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_programmeNote->setText(noteLines.join(u'\n'));
        m_programmeNote->setGeometry(inner.left(), top, inner.width(), height);
        return top + height + gap;
    }
    if (!m_programmeOffered)
        return top;
    const QSize hint = m_toProgramme->sizeHint();
    if (hint.width() <= besideRoom) {
        m_toProgramme->setGeometry(rowEnd - hint.width(), inner.top(), hint.width(), hint.height());
        return top;
    }
    m_toProgramme->setGeometry(inner.left(), top, std::min(hint.width(), inner.width()),
                               hint.height());
    return top + hint.height() + gap;
}

void EventDetail::showPage(int index)
{
    for (QLabel *label : {m_when, m_badge, m_title, m_place, m_text, m_attribution})
        label->hide();
    if (m_pages.isEmpty())
        return;
    const Page &page = m_pages.at(std::clamp(index, 0, int(m_pages.size()) - 1));
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_blockGap;
    const int width = this->width() - 2 * margin;
    int y = m_contentTop;

    int line = page.first;
    while (line < page.last) {
        const auto [blockIndex, first] = locate(line);
        const Block &block = m_blocks.at(blockIndex);
        const int count = std::min(int(block.lines.size()) - first, page.last - line);
        QLabel *label = block.label;
        if (label != m_badge)
            label->setText(block.lines.mid(first, count).join(u'\n'));
        const int height = count * block.lineHeight;
        const int labelWidth =
            label == m_badge ? std::min(label->sizeHint().width(), width) : width;
        label->setGeometry(margin, y, labelWidth, height);
        label->show();
        y += height + gap;
        line += count;
    }
}

} // namespace Dorfplatz
