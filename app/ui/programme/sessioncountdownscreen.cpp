#include "sessioncountdownscreen.h"

#include "core/i18n/spokentext.h"
#include "core/schedule/sessiontimeline.h"
#include "core/time/clock.h"
#include "programmetext.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

SessionCountdownScreen::SessionCountdownScreen(const Theme &theme, ScheduledItem item,
                                               QTimeZone zone, const Clock &clock, QWidget *parent)
    : Screen(parent)
    , m_item(std::move(item))
    , m_zone(std::move(zone))
    , m_clock(clock)
    , m_countdown(textLabel(theme, Theme::TextRole::Body, u"countdown"_s, nullptr))
    , m_start(new BigButton(theme, tr("Start now")))
    , m_notToday(new BigButton(theme, tr("Not today"), {}, BigButton::Style::Notice))
    , m_close(new BigButton(theme, tr("Close")))
{
    m_start->setObjectName(u"start"_s);
    m_notToday->setObjectName(u"notToday"_s);
    m_close->setObjectName(u"close"_s);
    QLabel *begins = textLabel(theme, Theme::TextRole::Body, u"begins"_s, nullptr);
    begins->setText(m_item.session.startsByItself ? tr("Now begins:") : tr("Now it is time for:"));
    QLabel *title = textLabel(theme, Theme::TextRole::Heading, u"title"_s, nullptr);
    title->setText(m_item.session.title);
    QLabel *when = textLabel(theme, Theme::TextRole::Body, u"when"_s, nullptr);
    when->setText(ProgrammeText::when(m_item.occurrence.start.toTimeZone(m_zone).time(),
                                      m_item.occurrence.end.toTimeZone(m_zone).time()));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(theme.px(Theme::gapMm));
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    buttons->addStretch();
    m_close->setVisible(!m_item.session.startsByItself);

    auto *layout = new QVBoxLayout(this);
    const int margin = theme.px(Theme::marginMm);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addStretch();
    layout->addWidget(begins);
    layout->addWidget(title);
    layout->addWidget(when);
    layout->addWidget(m_countdown);
    layout->addLayout(buttons);
    layout->addStretch();
    // Small and apart, for staff: a resident's tap on it only opens the PIN pad.
    layout->addWidget(m_notToday, 0, Qt::AlignRight);

    connect(m_start, &BigButton::clicked, this, &SessionCountdownScreen::startRequested);
    connect(m_notToday, &BigButton::clicked, this, &SessionCountdownScreen::notTodayRequested);
    connect(m_close, &BigButton::clicked, this, &SessionCountdownScreen::closeRequested);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &SessionCountdownScreen::tick);
    tick();
}

QString SessionCountdownScreen::screenName() const
{
    return u"session-countdown"_s;
}

QString SessionCountdownScreen::announcement() const
{
    const QString begins =
        m_item.session.startsByItself ? tr("Now begins:") : tr("Now it is time for:");
    return SpokenText::sentences({begins + u' ' + m_item.session.title.simplified()});
}

QString SessionCountdownScreen::spokenText() const
{
    const QString begins =
        m_item.session.startsByItself ? tr("Now begins:") : tr("Now it is time for:");
    return SpokenText::sentences(
        {begins + u' ' + m_item.session.title.simplified(),
         SpokenText::range(m_item.occurrence.start.toTimeZone(m_zone).time(),
                           m_item.occurrence.end.toTimeZone(m_zone).time()),
         m_countdown->isHidden() ? QString() : m_countdown->text()});
}

int SessionCountdownScreen::secondsLeft() const
{
    const QDateTime end = m_item.occurrence.start.addDuration(SessionTimeline::countdown);
    const qint64 ms = m_clock.now().msecsTo(end);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

QString SessionCountdownScreen::countdownText() const
{
    return m_countdown->text();
}

void SessionCountdownScreen::tick()
{
    if (!m_item.session.startsByItself) {
        m_countdown->clear();
        m_countdown->hide();
        return;
    }
    const int left = secondsLeft();
    m_countdown->setText(left > 0 ? tr("It starts by itself in %n second(s).", nullptr, left)
                                  : tr("It starts now."));
}

void SessionCountdownScreen::activated()
{
    tick();
    m_tick.start();
}

void SessionCountdownScreen::deactivated()
{
    m_tick.stop();
}

} // namespace Dorfplatz
