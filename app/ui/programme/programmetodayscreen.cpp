#include "programmetodayscreen.h"

#include "core/i18n/spokentext.h"
#include "core/schedule/schedule.h"
#include "core/time/clock.h"
#include "core/time/minuteticker.h"
#include "programmetext.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/firstfit.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textlabel.h"

#include <QFontMetrics>
#include <QLabel>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr double headLineGapMm = 1.5;

constexpr TextLabelStyle leftTop{.alignment = Qt::AlignLeft | Qt::AlignTop};

// The width of `label`'s text on one line, with room for the rounding of the text layout.
int lineWidth(const QLabel *label)
{
    return QFontMetrics(label->font()).horizontalAdvance(label->text()) + 3;
}

} // namespace

ProgrammeTodayScreen::ProgrammeTodayScreen(const Theme &theme, Schedule &schedule,
                                           const Clock &clock, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_schedule(schedule)
    , m_clock(clock)
    , m_heading(textLabel(theme, Theme::TextRole::Heading, u"heading"_s, this, leftTop))
    , m_date(textLabel(theme, Theme::TextRole::Body, u"date"_s, this, leftTop))
    , m_empty(textLabel(theme, Theme::TextRole::Label, u"empty"_s, this))
    , m_pager(new PageSwitcher(theme, this))
{
    m_heading->setText(ProgrammeText::heading());
    connect(m_pager, &PageSwitcher::pageChanged, this, &ProgrammeTodayScreen::showPage);
    // What a screen shows before it is current (the screenshot tour): the day as it is now.
    refresh();
}

ProgrammeTodayScreen::~ProgrammeTodayScreen() = default;

QString ProgrammeTodayScreen::screenName() const
{
    return u"schedule"_s;
}

QString ProgrammeTodayScreen::spokenText() const
{
    QStringList parts{ProgrammeText::heading(), SpokenText::date(m_today, m_today)};
    if (m_rows.isEmpty())
        parts.append(m_empty->text());
    const QTimeZone zone = m_schedule.zone();
    for (const ProgrammeRow *row : m_rows) {
        if (row->isHidden())
            continue;
        const ProgrammeEntry &entry = row->entry();
        parts.append(SpokenText::range(entry.item.occurrence.start.toTimeZone(zone).time(),
                                       entry.item.occurrence.end.toTimeZone(zone).time()));
        parts.append(entry.title);
        parts.append(ProgrammeEntry::markText(entry.mark));
    }
    parts.append(SpokenText::pages(page(), pageCount()));
    return SpokenText::sentences(parts);
}

int ProgrammeTodayScreen::page() const
{
    return m_pager->page();
}

int ProgrammeTodayScreen::pageCount() const
{
    return m_pager->pageCount();
}

QList<ProgrammeRow *> ProgrammeTodayScreen::visibleRows() const
{
    QList<ProgrammeRow *> rows;
    for (ProgrammeRow *row : m_rows) {
        if (row->isVisible())
            rows.append(row);
    }
    return rows;
}

void ProgrammeTodayScreen::activated()
{
    refresh();
    start();
}

void ProgrammeTodayScreen::deactivated()
{
    stop();
}

void ProgrammeTodayScreen::interrupted()
{
    stop();
}

void ProgrammeTodayScreen::resumed()
{
    refresh();
    start();
}

void ProgrammeTodayScreen::start()
{
    m_ticker = std::make_unique<MinuteTicker>(m_clock);
    connect(m_ticker.get(), &MinuteTicker::minuteChanged, this, &ProgrammeTodayScreen::refresh);
    connect(&m_schedule, &Schedule::changed, this, &ProgrammeTodayScreen::refresh,
            Qt::UniqueConnection);
}

void ProgrammeTodayScreen::stop()
{
    m_ticker.reset();
    disconnect(&m_schedule, &Schedule::changed, this, &ProgrammeTodayScreen::refresh);
}

void ProgrammeTodayScreen::refresh()
{
    const QDateTime now = m_clock.now();
    m_today = now.toTimeZone(m_schedule.zone()).date();
    const QList<ScheduledItem> items = m_schedule.day(m_today);
    m_entries = ProgrammeEntry::select(items, now, m_schedule.zone());
    m_date->setText(ProgrammeText::date(m_today));
    // Something planned that is over, or nothing planned at all: not the same to a resident.
    m_empty->setText(items.isEmpty() ? ProgrammeText::nothingToday()
                                     : ProgrammeText::nothingMore());
    while (m_rows.size() > m_entries.size())
        delete m_rows.takeLast();
    while (m_rows.size() < m_entries.size()) {
        auto *row = new ProgrammeRow(m_theme, this);
        row->hide();
        m_rows.append(row);
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_rows.at(i)->setEntry(m_entries.at(i));
    relayout();
}

void ProgrammeTodayScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    relayout();
}

QList<ProgrammeTodayScreen::Variant> ProgrammeTodayScreen::variants(bool withHeading)
{
    using Role = Theme::TextRole;
    using RowArrangement = ProgrammeRowStyle::Arrangement;
    // For each size of the titles, the headings that go with it: never more than two sizes
    // larger, so the heading does not outshout the programme.
    struct Heads
    {
        Role title;
        QList<Head> heads;
    };
    const QList<Heads> sizes{
        {Role::Label,
         {{true, Role::Heading, true}, {true, Role::Label, true}, {true, Role::Label, false}}},
        {Role::Button,
         {{true, Role::Label, true}, {true, Role::Label, false}, {true, Role::Button, false}}},
        {Role::Body, {{true, Role::Button, false}, {true, Role::Body, false}}},
    };
    static constexpr PagerPlace pagers[] = {PagerPlace::None, PagerPlace::Below,
                                            PagerPlace::Beside};
    // The time beside a title larger than it; above one of its own size, which beside it would
    // only wrap more.
    const auto arrangements = [](Role title) {
        return title == Role::Body
                   ? QList<RowArrangement>{RowArrangement::Stacked, RowArrangement::Side}
                   : QList<RowArrangement>{RowArrangement::Side, RowArrangement::Stacked};
    };
    QList<Variant> result;
    for (const auto &[title, heads] : sizes) {
        const QList<Head> tried = withHeading ? heads : QList<Head>{{false, Role::Body, false}};
        for (const PagerPlace pager : pagers) {
            for (const Head &head : tried) {
                for (const RowArrangement arrangement : arrangements(title))
                    result.append(Variant{title, pager, head, arrangement});
            }
        }
    }
    return result;
}

std::optional<ProgrammeTodayScreen::Arrangement>
ProgrammeTodayScreen::measure(const Variant &variant, bool wholeWords, const QRect &inner,
                              RowHeights &rowHeights)
{
    const int gap = m_theme.px(Theme::gapMm);
    const TextHeightRules rules{.wholeWords = wholeWords};
    Arrangement a;
    a.variant = variant;

    if (variant.head.shown) {
        setFontIfChanged(m_heading, headingFont(variant.head.role));
        const int heading = textHeight(m_heading, inner.width(), rules);
        if (heading < 0)
            return std::nullopt;
        a.headHeight = heading;
        if (variant.head.date) {
            const int date = textHeight(m_date, inner.width(), rules);
            if (date < 0)
                return std::nullopt;
            a.dateBeside = lineWidth(m_heading) + 2 * gap + lineWidth(m_date) <= inner.width();
            a.headHeight =
                a.dateBeside ? std::max(heading, date) : heading + m_theme.px(headLineGapMm) + date;
        }
        a.headHeight += gap;
    }

    const int top = inner.top() + a.headHeight;
    a.rows = QRect(inner.left(), top, inner.width(), inner.bottom() + 1 - top);
    const QSize previous = m_pager->previousButton()->sizeHint();
    const QSize next = m_pager->nextButton()->sizeHint();
    if (variant.pager == PagerPlace::Below) {
        const int height = std::max(previous.height(), next.height());
        a.rows.setHeight(a.rows.height() - height - gap);
        a.pagerRect = QRect(inner.left(), a.rows.bottom() + 1 + gap, inner.width(), height);
    } else if (variant.pager == PagerPlace::Beside) {
        const int width = std::max(previous.width(), next.width());
        a.rows.setWidth(a.rows.width() - width - gap);
        a.pagerRect = QRect(a.rows.right() + 1 + gap, a.rows.top(), width, a.rows.height());
        if (a.rows.height() < previous.height() + next.height() + gap)
            return std::nullopt;
    }
    if (a.rows.width() <= 0 || a.rows.height() <= 0)
        return std::nullopt;

    a.row = ProgrammeRowStyle{
        .title = variant.title, .arrangement = variant.arrangement, .wholeWords = wholeWords};
    if (variant.arrangement == ProgrammeRowStyle::Arrangement::Side) {
        for (const ProgrammeRow *row : std::as_const(m_rows))
            a.row.timeWidth = std::max(a.row.timeWidth, row->naturalTimeWidth());
    }
    // The heading's variants share the rows' heights.
    const auto key = std::make_tuple(variant.title, variant.arrangement, a.rows.width());
    auto known = rowHeights.find(key);
    if (known == rowHeights.end()) {
        QList<int> heights;
        for (ProgrammeRow *row : std::as_const(m_rows))
            heights.append(row->fit(a.row, a.rows.width()));
        known = rowHeights.emplace(key, std::move(heights)).first;
    }
    a.heights = known->second;

    // Whole rows on each page, as many as fit, in their order.
    int used = 0;
    for (qsizetype i = 0; i < a.heights.size(); ++i) {
        const int height = a.heights.at(i);
        if (height < 0 || height > a.rows.height())
            return std::nullopt;
        if (a.pageStart.isEmpty() || used + gap + height > a.rows.height()) {
            a.pageStart.append(int(i));
            used = height;
        } else {
            used += gap + height;
        }
    }
    if (a.pageStart.isEmpty())
        a.pageStart.append(0);
    if (variant.pager == PagerPlace::None && a.pageStart.size() > 1)
        return std::nullopt;
    return a;
}

ProgrammeTodayScreen::Arrangement ProgrammeTodayScreen::arrange(const QRect &inner)
{
    const int count = int(m_rows.size());
    // As few pages as targetRowsPerPage rows a page would take.
    const qsizetype pages = std::max(1, (count + targetRowsPerPage - 1) / targetRowsPerPage);
    // Strict first: no word of a title broken. Only when that shows no row at all (a long
    // compound word in very large text) may words break anywhere. The heading goes before that,
    // only where no row fits with it.
    for (const bool wholeWords : {true, false}) {
        for (const bool withHeading : {true, false}) {
            RowHeights heights;
            std::optional<Arrangement> fewest;
            const auto found = firstThatFits(
                variants(withHeading),
                [&](const Variant &variant) {
                    return measure(variant, wholeWords, inner, heights);
                },
                [&](const Arrangement &arrangement) {
                    if (!fewest || arrangement.pageStart.size() < fewest->pageStart.size())
                        fewest = arrangement;
                    return arrangement.pageStart.size() <= pages;
                });
            if (found)
                return *found;
            // Where none reaches the target: the one with the fewest pages.
            if (fewest)
                return *fewest;
        }
    }
    // Not one row fits whole even so (a tiny window): the least of everything, a row a page,
    // each kept within the room, rather than over the paging buttons.
    Arrangement least;
    least.variant = variants(false).constLast();
    least.variant.pager = PagerPlace::Below;
    least.row = {.title = least.variant.title,
                 .arrangement = ProgrammeRowStyle::Arrangement::Stacked,
                 .wholeWords = false};
    const int pager = m_pager->nextButton()->sizeHint().height();
    const int gap = m_theme.px(Theme::gapMm);
    least.rows = inner.adjusted(0, 0, 0, -pager - gap);
    least.pagerRect = QRect(inner.left(), inner.bottom() + 1 - pager, inner.width(), pager);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        least.heights.append(
            std::min(m_rows.at(i)->fit(least.row, least.rows.width()), least.rows.height()));
        least.pageStart.append(int(i));
    }
    return least;
}

QFont ProgrammeTodayScreen::headingFont(Theme::TextRole role) const
{
    QFont font = m_theme.font(role);
    font.setWeight(QFont::Bold);
    return font;
}

void ProgrammeTodayScreen::relayout()
{
    if (width() <= 0 || height() <= 0)
        return;
    const int margin = m_theme.px(Theme::marginMm);
    const QRect inner = rect().adjusted(margin, margin, -margin, -margin);
    m_arrangement = arrange(inner);
    const Arrangement &a = m_arrangement;

    // The fonts of the arrangement chosen (measuring tried others).
    setFontIfChanged(m_heading, headingFont(a.variant.head.role));
    m_heading->setVisible(a.variant.head.shown);
    for (ProgrammeRow *row : std::as_const(m_rows))
        row->fit(a.row, a.rows.width());

    const int headingHeight = textHeight(m_heading, inner.width());
    m_date->setVisible(a.variant.head.shown && a.variant.head.date);
    if (a.dateBeside) {
        const int width = lineWidth(m_heading);
        m_heading->setGeometry(inner.left(), inner.top(), width, headingHeight);
        // On the heading's baseline, at the right.
        const int dateWidth = lineWidth(m_date);
        const int y = inner.top() + QFontMetrics(m_heading->font()).ascent() -
                      QFontMetrics(m_date->font()).ascent();
        m_date->setGeometry(inner.right() + 1 - dateWidth, y, dateWidth,
                            textHeight(m_date, dateWidth));
    } else {
        m_heading->setGeometry(inner.left(), inner.top(), inner.width(), headingHeight);
        m_date->setGeometry(inner.left(), inner.top() + headingHeight + m_theme.px(headLineGapMm),
                            inner.width(), textHeight(m_date, inner.width()));
    }

    const bool empty = m_rows.isEmpty();
    m_empty->setVisible(empty);
    if (empty) {
        m_empty->setFont(m_theme.font(Theme::TextRole::Label));
        if (textHeight(m_empty, a.rows.width(), {.wholeWords = true}) < 0 ||
            m_empty->heightForWidth(a.rows.width()) > a.rows.height())
            m_empty->setFont(m_theme.font(Theme::TextRole::Body));
        m_empty->setGeometry(a.rows);
    }

    m_pager->setVisible(a.variant.pager != PagerPlace::None);
    m_pager->setOrientation(a.variant.pager == PagerPlace::Beside ? Qt::Vertical : Qt::Horizontal);
    m_pager->setGeometry(a.pagerRect);
    m_pager->setPageCount(int(a.pageStart.size()));
    showPage(m_pager->page());
}

void ProgrammeTodayScreen::showPage(int page)
{
    const Arrangement &a = m_arrangement;
    const int gap = m_theme.px(Theme::gapMm);
    const int first = a.pageStart.value(page, 0);
    const int last = page + 1 < a.pageStart.size() ? a.pageStart.at(page + 1) : int(m_rows.size());
    int y = a.rows.top();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        ProgrammeRow *row = m_rows.at(i);
        if (i < first || i >= last || i >= a.heights.size()) {
            row->hide();
            continue;
        }
        row->setGeometry(a.rows.left(), y, a.rows.width(), a.heights.at(i));
        row->show();
        y += a.heights.at(i) + gap;
    }
}

} // namespace Dorfplatz
