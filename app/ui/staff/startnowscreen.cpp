#include "startnowscreen.h"

#include "ui/kit/choicegrid.h"
#include "core/config/kioskconfig.h"
#include "sessioncontenttext.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
constexpr int minutesStep = 15;
constexpr int maxMinutes = 4 * 60;
constexpr int volumeStep = 10;
} // namespace

StartNowScreen::StartNowScreen(const Theme &theme, const KioskConfig &config, QWidget *parent)
    : StaffScreen(theme, tr("Start now"), parent)
    , m_config(config)
    , m_contents(SessionContentText::choices(config))
    , m_minutesLabel(textLabel(theme, Theme::TextRole::Body, u"minutes"_s, nullptr,
                               {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_volumeLabel(textLabel(theme, Theme::TextRole::Body, u"volume"_s, nullptr,
                              {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_volume(config.settings.volume.initial)
{
    const int gap = theme.px(Theme::gapMm);
    QLabel *what = textLabel(theme, Theme::TextRole::Body, u"what"_s, nullptr,
                             {Qt::AlignLeft | Qt::AlignVCenter});
    what->setText(tr("What should the room see and hear?"));
    content()->addWidget(what);
    auto *grid = new ChoiceGrid(gap);
    for (qsizetype i = 0; i < m_contents.size(); ++i) {
        BigButton *choice =
            staffButton(SessionContentText::name(m_contents.at(i), config), u"choice%1"_s.arg(i));
        connect(choice, &BigButton::clicked, this, [this, i] { choose(int(i)); });
        grid->add(choice);
        m_choices.append(choice);
    }
    content()->addWidget(grid);

    auto *steps = new QGridLayout;
    steps->setSpacing(gap);
    steps->addWidget(m_minutesLabel, 0, 0);
    steps->addWidget(addButton(u"\u2212"_s, u"minutes-"_s), 0, 1);
    steps->addWidget(addButton(u"+"_s, u"minutes+"_s), 0, 2);
    steps->addWidget(m_volumeLabel, 1, 0);
    steps->addWidget(addButton(u"\u2212"_s, u"volume-"_s), 1, 1);
    steps->addWidget(addButton(u"+"_s, u"volume+"_s), 1, 2);
    steps->setColumnStretch(0, 1);
    content()->addLayout(steps);
    content()->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(addButton(tr("Start"), u"start"_s));
    content()->addLayout(bottom);

    const VolumeLimits &limits = config.settings.volume;
    connect(m_buttons.value(u"minutes-"_s), &BigButton::clicked, this, [this] {
        m_minutes =
            std::chrono::minutes(std::max(minutesStep, int(m_minutes.count()) - minutesStep));
        refresh();
    });
    connect(m_buttons.value(u"minutes+"_s), &BigButton::clicked, this, [this] {
        m_minutes =
            std::chrono::minutes(std::min(maxMinutes, int(m_minutes.count()) + minutesStep));
        refresh();
    });
    connect(m_buttons.value(u"volume-"_s), &BigButton::clicked, this, [this, limits] {
        m_volume = std::max(limits.minimum, m_volume - volumeStep);
        refresh();
    });
    connect(m_buttons.value(u"volume+"_s), &BigButton::clicked, this, [this, limits] {
        m_volume = std::min(limits.staffMaximum, m_volume + volumeStep);
        refresh();
    });
    connect(m_buttons.value(u"start"_s), &BigButton::clicked, this,
            [this] { Q_EMIT startRequested(session(), m_minutes); });
    refresh();
}

QString StartNowScreen::screenName() const
{
    return u"staff-start-now"_s;
}

BigButton *StartNowScreen::addButton(const QString &text, const QString &name)
{
    BigButton *button = staffButton(text, name);
    m_buttons.insert(name, button);
    return button;
}

void StartNowScreen::choose(int index)
{
    m_chosen = index;
    refresh();
}

Session StartNowScreen::session() const
{
    Session s;
    if (m_chosen >= 0) {
        s.content = m_contents.at(m_chosen);
        s.title = SessionContentText::name(s.content, m_config);
    }
    s.duration = m_minutes;
    s.volume = m_volume;
    return s;
}

void StartNowScreen::refresh()
{
    // The choice is named on the button that starts it (chips with a check mark would not fit
    // two columns of long station names on a small screen).
    BigButton *start = m_buttons.value(u"start"_s);
    start->setText(
        m_chosen >= 0
            ? tr("Start \"%1\"").arg(SessionContentText::name(m_contents.at(m_chosen), m_config))
            : tr("Start"));
    start->updateGeometry();
    m_minutesLabel->setText(tr("For %n minute(s)", nullptr, int(m_minutes.count())));
    const VolumeLimits &limits = m_config.settings.volume;
    m_volumeLabel->setText(
        m_volume > limits.maximum
            ? tr("Room volume: %1 % (louder than residents may set it)").arg(m_volume)
            : tr("Room volume: %1 %").arg(m_volume));
    start->setEnabled(m_chosen >= 0);
}

} // namespace Dorfplatz
