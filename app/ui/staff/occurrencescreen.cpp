#include "occurrencescreen.h"

#include "core/time/clock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int minutesStep = 15;

} // namespace

OccurrenceScreen::OccurrenceScreen(const Theme &theme, Schedule &schedule, const Clock &clock,
                                   Actor by, ScheduledItem item, QWidget *parent)
    : StaffScreen(theme, {}, parent)
    , m_schedule(schedule)
    , m_clock(clock)
    , m_by(std::move(by))
    , m_item(std::move(item))
    , m_plannedDate(schedule.plannedDate(m_item))
    , m_planned(m_plannedDate, m_item.session.start.time(), schedule.zone())
    , m_chosen(m_item.occurrence.start.toTimeZone(schedule.zone()))
    , m_date(textLabel(theme, Theme::TextRole::Staff, u"date"_s, nullptr,
                       {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_time(textLabel(theme, Theme::TextRole::Staff, u"time"_s, nullptr,
                       {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_message(textLabel(theme, Theme::TextRole::Body, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
{
    //: Title of the screen that moves one date: "Sitzgymnastik am Dienstag, 8. Dezember"
    setTitle(tr("%1 on %2")
                 .arg(m_item.session.title, QLocale().toString(m_plannedDate, u"dddd, d. MMMM"_s)));
    const int gap = theme.px(Theme::gapMm);
    auto add = [this](const QString &text, const QString &name) {
        BigButton *b = staffButton(text, name);
        m_buttons.insert(name, b);
        return b;
    };
    content()->addWidget(m_message);
    auto *grid = new QGridLayout;
    grid->setSpacing(gap);
    grid->addWidget(m_date, 0, 0);
    grid->addWidget(add(u"\u2212"_s, u"date-"_s), 0, 1);
    grid->addWidget(add(u"+"_s, u"date+"_s), 0, 2);
    grid->addWidget(m_time, 1, 0);
    grid->addWidget(add(u"\u2212"_s, u"time-"_s), 1, 1);
    grid->addWidget(add(u"+"_s, u"time+"_s), 1, 2);
    grid->setColumnStretch(0, 1);
    content()->addLayout(grid);
    content()->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(gap);
    bottom->addWidget(add(tr("Change every date"), u"series"_s));
    bottom->addStretch();
    bottom->addWidget(add(tr("As planned"), u"undo"_s));
    bottom->addWidget(add(tr("Move this date"), u"move"_s));
    content()->addLayout(bottom);

    connect(m_buttons.value(u"date-"_s), &BigButton::clicked, this, [this] { step(true, -1); });
    connect(m_buttons.value(u"date+"_s), &BigButton::clicked, this, [this] { step(true, +1); });
    connect(m_buttons.value(u"time-"_s), &BigButton::clicked, this, [this] { step(false, -1); });
    connect(m_buttons.value(u"time+"_s), &BigButton::clicked, this, [this] { step(false, +1); });
    connect(m_buttons.value(u"series"_s), &BigButton::clicked, this,
            [this] { Q_EMIT seriesRequested(m_item.session.id); });
    connect(m_buttons.value(u"move"_s), &BigButton::clicked, this, [this] { move(m_clashShown); });
    connect(m_buttons.value(u"undo"_s), &BigButton::clicked, this, [this] {
        Session changed = m_item.session;
        changed.moved.removeIf([this](const Session::Move &m) { return m.from == m_plannedDate; });
        save(changed);
    });
    refresh();
}

QString OccurrenceScreen::screenName() const
{
    return u"staff-occurrence"_s;
}

BigButton *OccurrenceScreen::button(const QString &name) const
{
    return m_buttons.value(name);
}

void OccurrenceScreen::step(bool date, int direction)
{
    QDateTime next = m_chosen;
    if (date) {
        next.setDate(m_chosen.date().addDays(direction));
    } else {
        // Within the day: 23:45 does not step into tomorrow.
        const int minutes =
            m_chosen.time().msecsSinceStartOfDay() / 60000 + direction * minutesStep;
        if (minutes < 0 || minutes >= 24 * 60)
            return;
        next.setTime(QTime(minutes / 60, minutes % 60));
    }
    // Nothing can be moved into what is already over.
    if (next.addSecs(qint64(m_item.session.duration.count()) * 60) <= m_clock.now())
        return;
    m_chosen = next;
    m_clashShown = false;
    m_message->clear();
    refresh();
}

void OccurrenceScreen::refresh()
{
    const QLocale locale;
    m_date->setText(tr("On %1").arg(locale.toString(m_chosen.date(), u"ddd, d. MMMM yyyy"_s)));
    m_time->setText(tr("At %1").arg(locale.toString(m_chosen.time(), u"HH:mm"_s)));
    const bool changed = m_chosen != m_item.occurrence.start.toTimeZone(m_schedule.zone());
    m_buttons.value(u"move"_s)->setEnabled(changed && m_chosen != m_planned);
    m_buttons.value(u"move"_s)->setText(m_clashShown ? tr("Move anyway") : tr("Move this date"));
    m_buttons.value(u"undo"_s)->setVisible(m_item.occurrence.moved);
    m_message->setVisible(!m_message->text().isEmpty());
}

void OccurrenceScreen::move(bool despiteClash)
{
    Session changed = m_item.session;
    changed.moved.removeIf([this](const Session::Move &m) { return m.from == m_plannedDate; });
    changed.cancelled.removeAll(m_plannedDate);
    changed.moved.append({m_plannedDate, m_chosen});
    if (!despiteClash) {
        // Only this date's clashes: the rest of the series is as it was.
        const qint64 length = qint64(changed.duration.count()) * 60;
        const QDateTime from = m_chosen.toUTC();
        const QList<ScheduledItem> there = m_schedule.between(from, from.addSecs(length));
        const auto other = std::find_if(there.begin(), there.end(), [&](const ScheduledItem &i) {
            return i.session.id != changed.id && !i.occurrence.cancelled;
        });
        if (other != there.end()) {
            const QTime at = other->occurrence.start.toTimeZone(m_schedule.zone()).time();
            m_message->setText(tr("This overlaps with \"%1\" at %2.")
                                   .arg(other->session.title, QLocale().toString(at, u"HH:mm"_s)));
            m_clashShown = true;
            refresh();
            return;
        }
    }
    save(changed);
}

void OccurrenceScreen::save(const Session &changed)
{
    QString error;
    if (!m_schedule.save(changed, m_by, m_clock.now(), &error)) {
        m_message->setText(tr("Could not be saved (%1). Nothing was changed.").arg(error));
        refresh();
        return;
    }
    Q_EMIT saved();
}

} // namespace Dorfplatz
