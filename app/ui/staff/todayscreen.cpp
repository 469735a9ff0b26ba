#include "todayscreen.h"

#include "core/schedule/sessionoutcomes.h"
#include "core/schedule/sessionscheduler.h"
#include "core/schedule/sessiontimeline.h"
#include "core/time/clock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textlabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

TodayScreen::TodayScreen(const Theme &theme, Schedule &schedule, const SessionScheduler *scheduler,
                         const Clock &clock, Actor by, QWidget *parent)
    : StaffScreen(theme, tr("Today"), parent)
    , m_schedule(schedule)
    , m_scheduler(scheduler)
    , m_clock(clock)
    , m_by(std::move(by))
    , m_message(textLabel(theme, Theme::TextRole::Body, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_new(staffButton(tr("New session"), u"new"_s))
    , m_print(staffButton(tr("Print"), u"print"_s))
    , m_switcher(new PageSwitcher(theme))
{
    auto *top = new QHBoxLayout;
    top->setSpacing(theme.px(Theme::gapMm));
    top->addWidget(m_message, 1);
    top->addWidget(m_new);
    top->addWidget(m_print);
    content()->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(theme.px(Theme::gapMm));
    grid->setVerticalSpacing(theme.px(Theme::gapMm));
    for (int i = 0; i < rowsPerPage; ++i) {
        Row row{textLabel(theme, Theme::TextRole::Body, u"row%1"_s.arg(i), nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}),
                staffButton(tr("Start"), u"start%1"_s.arg(i)),
                staffButton(tr("Change"), u"edit%1"_s.arg(i)),
                staffButton(tr("Cancel today"), u"cancel%1"_s.arg(i))};
        grid->addWidget(row.text, i, 0);
        grid->addWidget(row.start, i, 1);
        grid->addWidget(row.edit, i, 2);
        grid->addWidget(row.cancel, i, 3);
        connect(row.start, &BigButton::clicked, this, [this, i] {
            const int index = m_switcher->page() * rowsPerPage + i;
            if (index >= m_items.size())
                return;
            if (isRunning(m_items.at(index)))
                Q_EMIT stopRequested();
            else
                Q_EMIT startRequested(m_items.at(index));
        });
        connect(row.edit, &BigButton::clicked, this, [this, i] {
            const int index = m_switcher->page() * rowsPerPage + i;
            if (index < m_items.size())
                Q_EMIT editRequested(m_items.at(index));
        });
        connect(row.cancel, &BigButton::clicked, this, [this, i] { cancelToday(i); });
        m_rows.append(row);
    }
    grid->setColumnStretch(0, 1);
    content()->addLayout(grid);
    content()->addStretch();
    content()->addWidget(m_switcher);

    connect(m_new, &BigButton::clicked, this, [this] {
        Q_EMIT newRequested(m_day.isValid() ? m_day
                                            : m_clock.now().toTimeZone(m_schedule.zone()).date());
    });
    connect(m_print, &BigButton::clicked, this, [this] {
        Q_EMIT printRequested(m_day.isValid() ? m_day
                                              : m_clock.now().toTimeZone(m_schedule.zone()).date());
    });
    connect(m_switcher, &PageSwitcher::pageChanged, this, &TodayScreen::showPage);
    connect(&m_schedule, &Schedule::changed, this, &TodayScreen::refresh);
    if (m_scheduler)
        connect(m_scheduler, &SessionScheduler::troubleChanged, this, &TodayScreen::refresh);
    m_disarm.setSingleShot(true);
    m_disarm.setInterval(std::chrono::seconds(5));
    connect(&m_disarm, &QTimer::timeout, this, [this] {
        m_armedRow = -1;
        showPage(m_switcher->page());
    });
    refresh();
}

QString TodayScreen::screenName() const
{
    return u"staff-today"_s;
}

void TodayScreen::activated()
{
    refresh();
}

void TodayScreen::showDay(QDate day)
{
    m_day = day;
    setTitle(QLocale().toString(day, u"dddd, d. MMMM"_s));
    refresh();
}

void TodayScreen::refresh()
{
    const QDate today =
        m_day.isValid() ? m_day : m_clock.now().toTimeZone(m_schedule.zone()).date();
    m_items = m_schedule.day(today);
    m_armedRow = -1;
    m_switcher->setPageCount(
        std::max<int>(1, (int(m_items.size()) + rowsPerPage - 1) / rowsPerPage));
    m_switcher->setVisible(m_switcher->pageCount() > 1);
    if (!m_schedule.readError().isEmpty()) {
        m_message->setText(tr("The programme cannot be read (%1). What was read before is shown.")
                               .arg(m_schedule.readError()));
    } else if (const QString trouble = troubleText(); !trouble.isEmpty()) {
        m_message->setText(trouble);
    } else {
        m_message->setText(m_items.isEmpty() ? tr("Nothing is planned for this day.")
                                             : QLocale().toString(today, u"dddd, d. MMMM"_s));
    }
    showPage(std::min(m_switcher->page(), m_switcher->pageCount() - 1));
}

QString TodayScreen::troubleText() const
{
    // The latest first: what goes wrong now matters more than what went wrong this morning.
    for (auto it = m_items.crbegin(); m_scheduler && it != m_items.crend(); ++it) {
        if (const QString trouble = m_scheduler->trouble(*it); !trouble.isEmpty()) {
            //: A session's content does not work: "Konzert: Der Sender antwortet nicht. …"
            return tr("Fault in %1: %2").arg(it->session.title, trouble);
        }
    }
    return {};
}

void TodayScreen::setOutcomes(const SessionOutcomes *outcomes)
{
    m_outcomes = outcomes;
    refresh();
}

QString TodayScreen::statusText(const ScheduledItem &item) const
{
    using SessionTimeline::Phase;
    if (m_outcomes && item.session.id != 0 &&
        m_outcomes->outcome(item.session.id, m_schedule.plannedDate(item)) ==
            SessionOutcomes::Outcome::NoShow) {
        //: A video visit the relative never joined: "nicht zustande gekommen"
        return tr("did not happen");
    }
    if (m_scheduler && m_scheduler->wasMissed(item))
        return tr("missed (a video call was running)");
    if (m_scheduler && !m_scheduler->trouble(item).isEmpty()) {
        //: A session whose stream or call does not work: "läuft · gestört"
        return SessionTimeline::phaseAt(item.occurrence, m_clock.now()) == Phase::Over
                   ? tr("did not work")
                   : tr("running · fault");
    }
    switch (SessionTimeline::phaseAt(item.occurrence, m_clock.now())) {
    case Phase::Cancelled:
        return tr("cancelled today");
    case Phase::Over:
        return tr("over");
    case Phase::Countdown:
    case Phase::Running:
    case Phase::EndingSoon:
        return tr("running");
    case Phase::Announced:
        return tr("soon");
    case Phase::Later:
        return item.session.startsByItself ? tr("starts by itself") : tr("reminder only");
    }
    return {};
}

void TodayScreen::showPage(int page)
{
    if (m_switcher->page() != page)
        m_switcher->setPage(page);
    const QLocale locale;
    for (int i = 0; i < rowsPerPage; ++i) {
        const Row &row = m_rows.at(i);
        const int index = page * rowsPerPage + i;
        const bool used = index < m_items.size();
        row.text->setVisible(used);
        row.start->setVisible(used);
        row.edit->setVisible(used);
        row.cancel->setVisible(used);
        if (!used)
            continue;
        const ScheduledItem &item = m_items.at(index);
        const QTime from = item.occurrence.start.toTimeZone(m_schedule.zone()).time();
        const QTime to = item.occurrence.end.toTimeZone(m_schedule.zone()).time();
        row.text->setText(u"%1–%2  %3 · %4"_s.arg(locale.toString(from, u"HH:mm"_s),
                                                  locale.toString(to, u"HH:mm"_s),
                                                  item.session.title, statusText(item)));
        const auto phase = SessionTimeline::phaseAt(item.occurrence, m_clock.now());
        const bool running = isRunning(item);
        row.start->setText(running ? tr("Stop") : tr("Start"));
        row.start->setVisible(m_scheduler);
        row.start->setEnabled(
            running || (!item.occurrence.cancelled && phase != SessionTimeline::Phase::Over));
        const bool cancellable =
            !item.occurrence.cancelled && phase != SessionTimeline::Phase::Over;
        row.cancel->setEnabled(cancellable);
        row.cancel->setText(m_armedRow == i ? tr("Really cancel?") : tr("Cancel today"));
    }
}

void TodayScreen::cancelToday(int row)
{
    const int index = m_switcher->page() * rowsPerPage + row;
    if (index >= m_items.size())
        return;
    if (m_armedRow != row) {
        m_armedRow = row;
        m_disarm.start();
        showPage(m_switcher->page());
        return;
    }
    m_disarm.stop();
    m_armedRow = -1;
    const ScheduledItem item = m_items.at(index);
    const QDate date = m_schedule.plannedDate(item);
    QString error;
    // A session that runs now ends with it: the room does not go on with what was called off.
    if (!m_schedule.cancelDate(item.session.id, date, m_by, m_clock.now(), &error)) {
        m_message->setText(tr("Could not be saved (%1). Nothing was changed.").arg(error));
        showPage(m_switcher->page());
    }
}

QStringList TodayScreen::rowTexts() const
{
    QStringList texts;
    for (const Row &row : m_rows) {
        if (row.text->isVisibleTo(this))
            texts.append(row.text->text());
    }
    return texts;
}

bool TodayScreen::isRunning(const ScheduledItem &item) const
{
    const auto running = m_scheduler ? m_scheduler->running() : std::nullopt;
    return running && running->session.id == item.session.id &&
           running->occurrence.start == item.occurrence.start;
}

BigButton *TodayScreen::startButton(int row) const
{
    return m_rows.value(row).start;
}

BigButton *TodayScreen::editButton(int row) const
{
    return m_rows.value(row).edit;
}

BigButton *TodayScreen::cancelButton(int row) const
{
    return m_rows.value(row).cancel;
}

} // namespace Dorfplatz
