#include "weekscreen.h"

#include "core/time/clock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"
#include "weekblock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Today's frame lies around its column, in the room between the columns, so every column keeps
// the same width for its blocks.
constexpr double todayFrameMm = 1.2;
constexpr double todayMarginMm = 2.5;

} // namespace

WeekScreen::WeekScreen(const Theme &theme, Schedule &schedule, const Clock &clock, QWidget *parent)
    : StaffScreen(theme, tr("Week"), parent)
    , m_schedule(schedule)
    , m_clock(clock)
    , m_week(textLabel(theme, Theme::TextRole::Body, u"week"_s, nullptr,
                       {.alignment = Qt::AlignLeft | Qt::AlignVCenter, .bold = true}))
    , m_new(staffButton(tr("New session"), u"new"_s))
    , m_print(staffButton(tr("Print"), u"print"_s))
    , m_grid(new QWidget)
    , m_previous(staffButton(u"\u25C0 "_s + tr("Previous week"), u"previousWeek"_s))
    , m_thisWeek(staffButton(tr("This week"), u"thisWeek"_s))
    , m_next(staffButton(tr("Next week") + u" \u25B6"_s, u"nextWeek"_s))
{
    auto *top = new QHBoxLayout;
    top->setSpacing(theme.px(Theme::gapMm));
    top->addWidget(m_week, 1);
    top->addWidget(m_new);
    top->addWidget(m_print);
    content()->addLayout(top);

    m_grid->setObjectName(u"days"_s);
    m_grid->installEventFilter(this);
    content()->addWidget(m_grid, 1);
    for (int i = 0; i < 7; ++i) {
        m_days[i].label = textLabel(theme, Theme::TextRole::Staff, u"day%1"_s.arg(i), m_grid,
                                    {.alignment = Qt::AlignLeft | Qt::AlignTop, .bold = true});
        m_days[i].more = new WeekBlock(theme, m_grid);
        m_days[i].more->setObjectName(u"more%1"_s.arg(i));
        m_days[i].more->hide();
        connect(m_days[i].more, &WeekBlock::clicked, this,
                [this, i] { Q_EMIT dayRequested(m_monday.addDays(i)); });
    }

    // "Diese Woche" keeps its place when it is not needed: the other buttons do not move under
    // a finger on its way to them.
    QSizePolicy policy = m_thisWeek->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_thisWeek->setSizePolicy(policy);
    auto *paging = new QHBoxLayout;
    paging->setSpacing(theme.px(Theme::gapMm));
    paging->addWidget(m_previous);
    paging->addStretch();
    paging->addWidget(m_thisWeek);
    paging->addStretch();
    paging->addWidget(m_next);
    content()->addLayout(paging);

    connect(m_previous, &BigButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(m_next, &BigButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(m_thisWeek, &BigButton::clicked, this, [this] { showWeek(today()); });
    connect(m_new, &BigButton::clicked, this,
            [this] { Q_EMIT newRequested(std::max(m_monday, today())); });
    connect(m_print, &BigButton::clicked, this, [this] { Q_EMIT printRequested(m_monday); });
    connect(&m_schedule, &Schedule::changed, this, &WeekScreen::refresh);
    showWeek(today());
}

QString WeekScreen::screenName() const
{
    return u"staff-week"_s;
}

QDate WeekScreen::today() const
{
    return m_clock.now().toTimeZone(m_schedule.zone()).date();
}

void WeekScreen::showWeek(QDate day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    refresh();
}

void WeekScreen::activated()
{
    refresh();
}

void WeekScreen::refresh()
{
    for (Day &day : m_days)
        day.items.clear();
    // Local midnights: a week with a change of daylight saving time is an hour shorter or
    // longer, and an occurrence belongs to the day its local start falls on.
    const QList<ScheduledItem> items = m_schedule.between(
        m_schedule.startOfDay(m_monday), m_schedule.startOfDay(m_monday.addDays(7)));
    for (const ScheduledItem &item : items) {
        const QDate date = item.occurrence.start.toTimeZone(m_schedule.zone()).date();
        const qint64 index = m_monday.daysTo(date);
        if (index >= 0 && index < 7)
            m_days[index].items.append(item);
    }

    QString week = rangeText();
    if (!m_schedule.readError().isEmpty()) {
        week += u'\n' + tr("The programme cannot be read (%1). What was read before is shown.")
                            .arg(m_schedule.readError());
    }
    m_week->setText(week);
    const qint64 sinceMonday = m_monday.daysTo(today());
    m_thisWeek->setVisible(sinceMonday < 0 || sinceMonday >= 7);
    arrange();
}

QString WeekScreen::rangeText() const
{
    const QLocale locale;
    const QDate sunday = m_monday.addDays(6);
    //: Date format of the last day of the week shown (QDate format codes): "13. Dezember 2026"
    const QString last = locale.toString(sunday, tr("d MMMM yyyy"));
    QString first;
    if (m_monday.year() != sunday.year()) {
        first = locale.toString(m_monday, tr("d MMMM yyyy"));
    } else if (m_monday.month() != sunday.month()) {
        //: The week's first day in another month than its last: "30. März" (– 5. April 2027)
        first = locale.toString(m_monday, tr("d MMMM"));
    } else {
        //: The week's first day in the month of its last: "7." (– 13. Dezember 2026)
        first = locale.toString(m_monday, tr("d"));
    }
    // The dash stays with the first day when the line breaks.
    return u"%1\u00A0– %2"_s.arg(first, last);
}

QString WeekScreen::markText(const ScheduledItem &item) const
{
    if (item.occurrence.cancelled)
        //: The mark of a session's date that does not take place: "fällt aus"
        return tr("cancelled");
    if (item.occurrence.moved)
        //: The mark of a session's date at another time than usual: "verschoben"
        return tr("moved");
    return {};
}

QRect WeekScreen::columnRect(int day) const
{
    const int gap = theme().px(Theme::gapMm);
    const int margin = theme().px(todayMarginMm);
    const QRect area = m_grid->rect().adjusted(margin, margin, -margin, -margin);
    // The pixels that do not divide by seven go to the columns one by one, the gaps stay even.
    const int left = area.left() + day * (area.width() + gap) / 7;
    const int right = area.left() + (day + 1) * (area.width() + gap) / 7 - gap;
    return QRect(QPoint(left, area.top()), QPoint(right - 1, area.bottom()));
}

QRect WeekScreen::frameRect(int day) const
{
    const int margin = theme().px(todayMarginMm);
    return columnRect(day).adjusted(-margin, -margin, margin, margin);
}

void WeekScreen::arrange()
{
    if (m_grid->width() <= 0 || m_grid->height() <= 0)
        return;
    const QLocale locale;
    const QDate today = this->today();
    // The day's name and date in line with its blocks' texts.
    const int indent = theme().px(Theme::borderMm) + theme().px(2.0);
    // Long day names where every one of them fits its column, else all short.
    int width = columnRect(0).width();
    for (int i = 1; i < 7; ++i)
        width = std::min(width, columnRect(i).width());
    width -= 2 * indent;
    const QFontMetrics header(m_days[0].label->font());
    bool longNames = true;
    for (int day = 1; day <= 7; ++day)
        longNames = longNames && header.horizontalAdvance(locale.dayName(day)) <= width;
    int headerHeight = 0;
    for (int i = 0; i < 7; ++i) {
        const QDate date = m_monday.addDays(i);
        QStringList lines{locale.dayName(date.dayOfWeek(),
                                         longNames ? QLocale::LongFormat : QLocale::ShortFormat),
                          //: The date under a day's name in the week: "8. Dez."
                          locale.toString(date, tr("d MMM"))};
        if (date == today)
            //: Under today's date in the week: "heute"
            lines.append(tr("today"));
        m_days[i].label->setText(lines.join(u'\n'));
        headerHeight = std::max(headerHeight, textHeight(m_days[i].label, width));
    }
    const int top = columnRect(0).top() + headerHeight + theme().px(Theme::gapMm) / 2;
    for (int i = 0; i < 7; ++i) {
        const QRect column = columnRect(i);
        m_days[i].label->setGeometry(column.left() + indent, column.top(),
                                     column.width() - 2 * indent, headerHeight);
        arrangeDay(i, column, top);
    }
    m_grid->update();
}

void WeekScreen::arrangeDay(int index, const QRect &column, int top)
{
    Day &day = m_days[index];
    const int gap = theme().px(Theme::gapMm);
    const int count = int(day.items.size());
    const QLocale locale;
    QList<int> heights;
    for (int i = 0; i < count; ++i) {
        const ScheduledItem &item = day.items.at(i);
        const QTime start = item.occurrence.start.toTimeZone(m_schedule.zone()).time();
        WeekBlock *b = block(index, i);
        b->setSession(locale.toString(start, u"HH:mm"_s), item.session.title, markText(item),
                      item.occurrence.cancelled);
        heights.append(b->heightForWidth(column.width()));
    }
    //: A day with more sessions than fit its column: "+ 2 weitere"
    const auto moreText = [](int hidden) { return tr("+ %n more", nullptr, hidden); };
    // As many blocks as fit, with room for "+ 2 weitere" when some stay out.
    const int available = column.bottom() + 1 - top;
    auto needed = [&](int shown) {
        int height = 0;
        for (int i = 0; i < shown; ++i)
            height += heights.at(i) + (i > 0 ? gap : 0);
        if (shown < count) {
            day.more->setMore(moreText(count - shown));
            height += (shown > 0 ? gap : 0) + day.more->heightForWidth(column.width());
        }
        return height;
    };
    int shown = count;
    while (shown > 0 && needed(shown) > available)
        --shown;
    day.shown = shown;

    int y = top;
    for (int i = 0; i < int(day.blocks.size()); ++i) {
        WeekBlock *b = day.blocks.at(i);
        b->setVisible(i < shown);
        if (i < shown) {
            b->setGeometry(column.left(), y, column.width(), heights.at(i));
            y += heights.at(i) + gap;
        }
    }
    day.more->setVisible(shown < count);
    if (shown < count) {
        day.more->setMore(moreText(count - shown));
        day.more->setGeometry(column.left(), y, column.width(),
                              day.more->heightForWidth(column.width()));
    }
}

WeekBlock *WeekScreen::block(int day, int index)
{
    QList<WeekBlock *> &blocks = m_days[day].blocks;
    while (blocks.size() <= index) {
        const int i = int(blocks.size());
        auto *b = new WeekBlock(theme(), m_grid);
        b->setObjectName(u"block%1_%2"_s.arg(day).arg(i));
        connect(b, &WeekBlock::clicked, this, [this, day, i] {
            if (i < m_days[day].items.size())
                Q_EMIT editRequested(m_days[day].items.at(i));
        });
        blocks.append(b);
    }
    return blocks.at(index);
}

bool WeekScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::Resize) {
        arrange();
    } else if (watched == m_grid && event->type() == QEvent::Paint) {
        const qint64 index = m_monday.daysTo(today());
        if (index >= 0 && index < 7) {
            QPainter painter(m_grid);
            painter.setRenderHint(QPainter::Antialiasing);
            theme().paintCard(painter, frameRect(int(index)),
                              {.frame = theme().palette().accent, .frameMm = todayFrameMm});
        }
    }
    return StaffScreen::eventFilter(watched, event);
}

QLabel *WeekScreen::dayLabel(int day) const
{
    return m_days.at(day).label;
}

QList<WeekBlock *> WeekScreen::blocks(int day) const
{
    return m_days.at(day).blocks.mid(0, m_days.at(day).shown);
}

WeekBlock *WeekScreen::moreBlock(int day) const
{
    const Day &d = m_days.at(day);
    return d.shown < d.items.size() ? d.more : nullptr;
}

} // namespace Dorfplatz
