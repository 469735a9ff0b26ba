#include "usagescreen.h"

#include "core/files/stickfile.h"
#include "core/files/usbsticks.h"
#include "core/time/clock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"
#include "usagechart.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

using Kind = UsageCounts::Kind;

// The chart's months: the last 12, this one included.
constexpr int monthsShown = 12;

Kind mainKind(UsageScreen::View view)
{
    switch (view) {
    case UsageScreen::View::Sessions:
        return Kind::SessionHeld;
    case UsageScreen::View::Streams:
        return Kind::StreamPlayed;
    case UsageScreen::View::Calls:
        return Kind::CallMade;
    case UsageScreen::View::Visits:
        return Kind::VisitHeld;
    case UsageScreen::View::Events:
        return Kind::EventsOpened;
    }
    return Kind::SessionHeld;
}

} // namespace

UsageScreen::UsageScreen(const Theme &theme, Database &database, UsbSticks *sticks,
                         const Clock &clock, QWidget *parent)
    : StaffScreen(theme, tr("Use of the room"), parent)
    , m_counts(database)
    , m_sticks(sticks)
    , m_clock(clock)
    , m_minutesButton(staffButton(tr("Minutes"), u"minutes"_s))
    , m_export(staffButton(tr("As a table on USB stick"), u"export"_s))
    , m_caption(textLabel(theme, Theme::TextRole::Staff, u"caption"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_chart(new UsageChart(theme))
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
{
    const int gap = theme.px(Theme::gapMm);
    auto *views = new ChoiceGrid(gap);
    views->setObjectName(u"views"_s);
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (View view : {View::Sessions, View::Streams, View::Calls, View::Visits, View::Events}) {
        BigButton *button = staffButton(viewText(view), u"view%1"_s.arg(int(view)));
        button->setCheckable(true);
        group->addButton(button);
        connect(button, &BigButton::clicked, this, [this, view] { showView(view); });
        views->add(button);
        m_viewButtons.insert(view, button);
    }
    content()->addWidget(views);

    m_minutesButton->setCheckable(true);
    connect(m_minutesButton, &BigButton::clicked, this, [this] { showMinutes(!m_minutes); });
    auto *captionRow = new QHBoxLayout;
    captionRow->setSpacing(gap);
    captionRow->addWidget(m_caption, 1);
    captionRow->addWidget(m_minutesButton);
    content()->addLayout(captionRow);

    content()->addWidget(m_chart, 1);

    connect(m_export, &BigButton::clicked, this, [this] { exportToStick(); });
    auto *exportRow = new QHBoxLayout;
    exportRow->setSpacing(gap);
    exportRow->addWidget(m_message, 1);
    exportRow->addWidget(m_export);
    content()->addLayout(exportRow);

    if (m_sticks)
        connect(m_sticks, &UsbSticks::sticksChanged, this, &UsageScreen::updateStickHint);
    reload();
    updateStickHint();
}

QString UsageScreen::screenName() const
{
    return u"staff-usage"_s;
}

void UsageScreen::activated()
{
    reload();
}

void UsageScreen::reload()
{
    const QDate today = m_clock.now().toLocalTime().date();
    QString error;
    m_months = m_counts.months(today.addMonths(-(monthsShown - 1)), today, &error);
    if (!error.isEmpty())
        m_message->setText(error);
    updateChart();
}

bool UsageScreen::hasMinutes(View view)
{
    return view == View::Streams || view == View::Calls || view == View::Visits;
}

QString UsageScreen::viewText(View view)
{
    switch (view) {
    case View::Sessions:
        return tr("Programme");
    case View::Streams:
        return tr("Stations");
    case View::Calls:
        return tr("Calls");
    case View::Visits:
        return tr("Video visits");
    case View::Events:
        return tr("What's on?");
    }
    return {};
}

void UsageScreen::showView(View view)
{
    m_view = view;
    updateChart();
}

void UsageScreen::showMinutes(bool minutes)
{
    m_minutes = minutes;
    updateChart();
}

void UsageScreen::updateChart()
{
    const bool minutes = m_minutes && hasMinutes(m_view);
    const Kind kind = mainKind(m_view);
    QList<UsageChart::Bar> bars;
    qint64 missed = 0;
    for (const UsageCounts::MonthCounts &month : m_months) {
        const UsageCounts::KindCounts &counts = month[kind];
        bars.append({QLocale().monthName(month.month.month(), QLocale::ShortFormat) + u'\n' +
                         QString::number(month.month.year()),
                     minutes ? counts.minutes() : counts.count});
        missed += month[m_view == View::Visits ? Kind::VisitMissed : Kind::SessionMissed].count;
    }
    m_chart->setBars(bars);

    for (auto it = m_viewButtons.cbegin(); it != m_viewButtons.cend(); ++it)
        it.value()->setChecked(it.key() == m_view);
    m_minutesButton->setVisible(hasMinutes(m_view));
    m_minutesButton->setChecked(minutes);

    QString caption;
    switch (m_view) {
    case View::Sessions:
        caption =
            tr("Programme sessions held per month. Missed in these 12 months: %1.").arg(missed);
        break;
    case View::Streams:
        caption =
            minutes ? tr("Minutes of radio and TV per month.") : tr("Stations played per month.");
        break;
    case View::Calls:
        caption = minutes ? tr("Minutes of calls per month.") : tr("Calls made per month.");
        break;
    case View::Visits:
        caption = minutes ? tr("Minutes of video visits per month.")
                          : tr("Video visits held per month. Did not come about in these 12 "
                               "months: %1.")
                                .arg(missed);
        break;
    case View::Events:
        caption = tr("“What's on?” opened per month.");
        break;
    }
    m_caption->setText(caption);
}

void UsageScreen::updateStickHint()
{
    const bool stick = m_sticks && !m_sticks->sticks().isEmpty();
    m_export->setEnabled(stick);
    if (!stick)
        m_message->setText(m_sticks && !m_sticks->problem().isEmpty()
                               ? m_sticks->problem()
                               : tr("Plug in a USB stick to take the table with you."));
    else
        m_message->clear();
}

QString UsageScreen::exportToStick()
{
    if (!m_sticks || m_sticks->sticks().isEmpty()) {
        updateStickHint();
        return {};
    }
    reload();
    const UsbSticks::Stick stick = m_sticks->sticks().constFirst();
    const QDate today = m_clock.now().toLocalTime().date();
    const QByteArray bytes = UsageCounts::csv(m_months).toUtf8();
    StickFile target(stick.path, stick.name, u"dorfplatz-nutzung-"_s + UsageCounts::monthKey(today),
                     u".csv"_s, bytes.size() + 3);
    if (!target.choose()) {
        m_message->setText(target.problem());
        return {};
    }
    QString error;
    if (!UsageCounts::writeCsv(target.path(), m_months, &error)) {
        m_message->setText(target.explainFailure(error));
        return {};
    }
    m_message->setText(tr("Saved on the stick “%1” as “%2”.").arg(stick.name, target.name()));
    return target.path();
}

} // namespace Dorfplatz
