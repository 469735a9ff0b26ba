#include "sessioneditorscreen.h"

#include "core/config/kioskconfig.h"
#include "core/schedule/weeklyrule.h"
#include "core/time/clock.h"
#include "sessioncontenttext.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/textlabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxTitleLength = 80;
constexpr int maxNoteLength = 300;
constexpr int maxVisitForLength = 60;
constexpr int minutesStep = 15;
constexpr int maxDurationMinutes = 8 * 60;
constexpr int volumeStep = 10;
// An end date is set in weeks; the first tap on "−" from "no end" ends the series after a month.
constexpr int untilFirstWeeks = 4;
constexpr int untilMaxWeeks = 104;

} // namespace

SessionEditorScreen::SessionEditorScreen(const Theme &theme, Schedule &schedule,
                                         const KioskConfig &config, const Clock &clock, Actor by,
                                         Session session, QWidget *parent)
    : StaffScreen(theme, session.id == 0 ? tr("New session") : tr("Change session"), parent)
    , m_schedule(schedule)
    , m_config(config)
    , m_clock(clock)
    , m_by(std::move(by))
    , m_session(std::move(session))
    , m_days(WeeklyRule::days(m_session.rule))
    , m_interval(WeeklyRule::interval(m_session.rule))
    , m_pages(new QStackedWidget)
    , m_message(textLabel(theme, Theme::TextRole::Body, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_text(Dorfplatz::textField(theme, u"text"_s, maxTitleLength))
    , m_keyboard(new OnScreenKeyboard(theme))
{
    content()->addWidget(m_message);
    m_message->hide();

    auto *form = new QWidget;
    buildForm(form);
    auto *text = new QWidget;
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins({});
    textLayout->setSpacing(theme.px(Theme::gapMm));
    textLayout->addWidget(m_text);
    textLayout->addStretch();
    textLayout->addWidget(m_keyboard);
    m_keyboard->setTarget(m_text);
    connect(m_keyboard, &OnScreenKeyboard::doneRequested, this, &SessionEditorScreen::textDone);
    connect(m_text, &QLineEdit::returnPressed, this, &SessionEditorScreen::textDone);
    auto *contentPage = new QWidget;
    buildContentPage(contentPage, config);
    auto *clash = new QWidget;
    auto *clashLayout = new QVBoxLayout(clash);
    clashLayout->setContentsMargins({});
    clashLayout->setSpacing(theme.px(Theme::gapMm));
    clashLayout->addWidget(value(u"clash"_s));
    auto *clashButtons = new QHBoxLayout;
    clashButtons->setSpacing(theme.px(Theme::gapMm));
    clashButtons->addWidget(stepButton(tr("Save anyway"), u"saveAnyway"_s));
    clashButtons->addWidget(stepButton(tr("Change the time"), u"changeTime"_s));
    clashLayout->addLayout(clashButtons);
    clashLayout->addStretch();
    connect(m_buttons.value(u"saveAnyway"_s), &BigButton::clicked, this, [this] { save(true); });
    connect(m_buttons.value(u"changeTime"_s), &BigButton::clicked, this,
            [this] { showPage(Page::Form); });

    m_pages->addWidget(form);
    m_pages->addWidget(text);
    m_pages->addWidget(contentPage);
    m_pages->addWidget(clash);
    content()->addWidget(m_pages, 1);

    m_disarm.setSingleShot(true);
    m_disarm.setInterval(std::chrono::seconds(5));
    connect(&m_disarm, &QTimer::timeout, this, [this] {
        m_removeArmed = false;
        refresh();
    });
    refresh();
}

QString SessionEditorScreen::screenName() const
{
    switch (m_page) {
    case Page::Form:
        return u"staff-session"_s;
    case Page::Text:
        return u"staff-session-text"_s;
    case Page::Content:
        return u"staff-session-content"_s;
    case Page::Clash:
        return u"staff-session-clash"_s;
    }
    return {};
}

BigButton *SessionEditorScreen::button(const QString &name) const
{
    return m_buttons.value(name);
}

QLabel *SessionEditorScreen::valueLabel(const QString &name) const
{
    return m_values.value(name);
}

BigButton *SessionEditorScreen::stepButton(const QString &text, const QString &name)
{
    BigButton *b = staffButton(text, name);
    m_buttons.insert(name, b);
    return b;
}

QLabel *SessionEditorScreen::value(const QString &name)
{
    // Staff's text size: a form of ten rows beside its buttons fits a 10-inch screen.
    QLabel *label = textLabel(theme(), Theme::TextRole::Staff, name, nullptr,
                              {Qt::AlignLeft | Qt::AlignVCenter});
    m_values.insert(name, label);
    return label;
}

void SessionEditorScreen::buildForm(QWidget *page)
{
    const int gap = theme().px(Theme::gapMm);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(2 * gap);

    // Left: what it is.
    auto *left = new QGridLayout;
    left->setSpacing(gap);
    int row = 0;
    // A value, then one button over two columns, or "−" and "+" in one each.
    auto addRow = [this](QGridLayout *grid, int at, const QString &valueName,
                         const QList<BigButton *> &buttons) {
        grid->addWidget(value(valueName), at, 0);
        if (buttons.size() == 1) {
            grid->addWidget(buttons.first(), at, 1, 1, 2);
            return;
        }
        int column = 1;
        for (BigButton *b : buttons)
            grid->addWidget(b, at, column++);
    };
    addRow(left, row++, u"title"_s, {stepButton(tr("Change"), u"editTitle"_s)});
    addRow(left, row++, u"content"_s, {stepButton(tr("Choose"), u"chooseContent"_s)});
    addRow(left, row++, u"note"_s, {stepButton(tr("Change"), u"editNote"_s)});
    addRow(left, row++, u"startsByItself"_s, {stepButton(tr("Switch"), u"toggleStart"_s)});
    addRow(left, row++, u"volume"_s,
           {stepButton(u"\u2212"_s, u"volume-"_s), stepButton(u"+"_s, u"volume+"_s)});
    left->setColumnStretch(0, 1);
    left->setRowStretch(row, 1);

    // Right: when.
    auto *right = new QGridLayout;
    right->setSpacing(gap);
    row = 0;
    auto *days = new QHBoxLayout;
    days->setSpacing(gap);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        BigButton *chip =
            stepButton(locale.dayName(day, QLocale::ShortFormat), u"day%1"_s.arg(day));
        connect(chip, &BigButton::clicked, this, [this, day] { toggleDay(day); });
        days->addWidget(chip);
    }
    days->addStretch();
    addRow(right, row++, u"interval"_s,
           {stepButton(u"\u2212"_s, u"interval-"_s), stepButton(u"+"_s, u"interval+"_s)});
    addRow(right, row++, u"date"_s,
           {stepButton(u"\u2212"_s, u"date-"_s), stepButton(u"+"_s, u"date+"_s)});
    addRow(right, row++, u"time"_s,
           {stepButton(u"\u2212"_s, u"time-"_s), stepButton(u"+"_s, u"time+"_s)});
    addRow(right, row++, u"duration"_s,
           {stepButton(u"\u2212"_s, u"duration-"_s), stepButton(u"+"_s, u"duration+"_s)});
    addRow(right, row++, u"until"_s,
           {stepButton(u"\u2212"_s, u"until-"_s), stepButton(u"+"_s, u"until+"_s)});
    right->setColumnStretch(0, 1);
    right->setRowStretch(row, 1);

    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(gap);
    bottom->addStretch();
    if (m_session.id != 0)
        bottom->addWidget(stepButton(tr("Delete"), u"delete"_s));
    bottom->addWidget(stepButton(tr("Save"), u"save"_s));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins({});
    layout->setSpacing(gap);
    // The days first, across the width: the columns below share what is left equally.
    layout->addLayout(days);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_buttons.value(u"editTitle"_s), &BigButton::clicked, this,
            [this] { editText(TextTarget::Title); });
    connect(m_buttons.value(u"editNote"_s), &BigButton::clicked, this,
            [this] { editText(TextTarget::Note); });
    connect(m_buttons.value(u"chooseContent"_s), &BigButton::clicked, this,
            [this] { showPage(Page::Content); });
    connect(m_buttons.value(u"toggleStart"_s), &BigButton::clicked, this, [this] {
        m_session.startsByItself = !m_session.startsByItself;
        refresh();
    });
    for (const QString &what :
         {u"volume"_s, u"interval"_s, u"date"_s, u"time"_s, u"duration"_s, u"until"_s}) {
        connect(m_buttons.value(what + u"-"_s), &BigButton::clicked, this,
                [this, what] { step(what, -1); });
        connect(m_buttons.value(what + u"+"_s), &BigButton::clicked, this,
                [this, what] { step(what, +1); });
    }
    connect(m_buttons.value(u"save"_s), &BigButton::clicked, this, [this] { save(false); });
    if (BigButton *del = m_buttons.value(u"delete"_s))
        connect(del, &BigButton::clicked, this, &SessionEditorScreen::remove);
}

void SessionEditorScreen::buildContentPage(QWidget *page, const KioskConfig &config)
{
    const QList<SessionContent> choices = SessionContentText::choices(config);
    auto *grid = new ChoiceGrid(theme().px(Theme::gapMm));
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const SessionContent choice = choices.at(i);
        BigButton *b = stepButton(contentText(choice), u"content%1"_s.arg(i));
        connect(b, &BigButton::clicked, this, [this, choice] {
            m_session.content = choice;
            m_session.visitFor.clear();
            showPage(Page::Form);
        });
        grid->add(b);
    }
    // A video visit with each contact: a call that asks next for whom it is.
    for (qsizetype i = 0; i < config.contacts.size(); ++i) {
        const ContactConfig &contact = config.contacts.at(i);
        BigButton *b = stepButton(tr("Video visit with %1").arg(contact.name), u"visit%1"_s.arg(i));
        connect(b, &BigButton::clicked, this, [this, id = contact.id] { chooseVisit(id); });
        grid->add(b);
    }
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins({});
    layout->addWidget(grid);
    layout->addStretch();
}

QString SessionEditorScreen::contentText(const SessionContent &content) const
{
    return SessionContentText::name(content, m_config);
}

void SessionEditorScreen::chooseVisit(const QString &contactId)
{
    m_session.content = SessionContent{SessionContent::Kind::Call, contactId};
    // The relative waits in the room at the time: the kiosk joins without anyone's tap.
    m_session.startsByItself = true;
    editText(TextTarget::VisitFor);
}

void SessionEditorScreen::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(int(page));
    if (page == Page::Text)
        m_text->setFocus();
    refresh();
}

void SessionEditorScreen::goBack()
{
    if (m_page != Page::Form)
        showPage(Page::Form);
    else
        StaffScreen::goBack();
}

void SessionEditorScreen::editText(TextTarget target)
{
    m_editing = target;
    switch (target) {
    case TextTarget::Title:
        m_text->setMaxLength(maxTitleLength);
        m_text->setText(m_session.title);
        m_text->setPlaceholderText(tr("Title, e.g. Chair gymnastics"));
        break;
    case TextTarget::Note:
        m_text->setMaxLength(maxNoteLength);
        m_text->setText(m_session.note);
        m_text->setPlaceholderText(tr("Note for colleagues"));
        break;
    case TextTarget::VisitFor:
        m_text->setMaxLength(maxVisitForLength);
        m_text->setText(m_session.visitFor);
        m_text->setPlaceholderText(tr("For whom? As the relative knows her, e.g. Mrs Müller"));
        break;
    }
    showPage(Page::Text);
}

void SessionEditorScreen::textDone()
{
    if (m_page != Page::Text)
        return;
    const QString text = m_text->text().trimmed();
    switch (m_editing) {
    case TextTarget::Title:
        m_session.title = text;
        break;
    case TextTarget::Note:
        m_session.note = text;
        break;
    case TextTarget::VisitFor:
        m_session.visitFor = text;
        // A title staff need not type: "Video visit with Anna".
        if (m_session.title.isEmpty() && !text.isEmpty()) {
            if (const ContactConfig *contact = m_config.contact(m_session.content.target))
                m_session.title = tr("Video visit with %1").arg(contact->name);
        }
        break;
    }
    showPage(Page::Form);
}

void SessionEditorScreen::toggleDay(int day)
{
    if (m_days.contains(day))
        m_days.removeAll(day);
    else
        m_days.append(day);
    std::sort(m_days.begin(), m_days.end());
    refresh();
}

void SessionEditorScreen::step(const QString &what, int direction)
{
    if (what == u"volume"_s) {
        // Above the residents' maximum up to the staff's: a group session may need it.
        const VolumeLimits &limits = m_config.settings.volume;
        m_session.volume = std::clamp(m_session.volume + direction * volumeStep, limits.minimum,
                                      limits.staffMaximum);
    } else if (what == u"interval"_s) {
        m_interval = std::clamp(m_interval + direction, 1, WeeklyRule::maxInterval);
    } else if (what == u"date"_s) {
        const QDate today = m_clock.now().toTimeZone(m_schedule.zone()).date();
        const QDate date = m_session.start.date().addDays(direction);
        if (date >= today || direction > 0)
            m_session.start.setDate(date);
    } else if (what == u"until"_s) {
        stepUntil(direction);
    } else if (what == u"time"_s) {
        // Within the day: 23:45 does not step into tomorrow.
        const int minutes =
            m_session.start.time().msecsSinceStartOfDay() / 60000 + direction * minutesStep;
        if (minutes >= 0 && minutes < 24 * 60)
            m_session.start.setTime(QTime(minutes / 60, minutes % 60));
    } else if (what == u"duration"_s) {
        const int minutes = int(m_session.duration.count()) + direction * minutesStep;
        m_session.duration =
            std::chrono::minutes(std::clamp(minutes, minutesStep, maxDurationMinutes));
    }
    refresh();
}

void SessionEditorScreen::stepUntil(int direction)
{
    // In whole weeks from the first date; "no end" lies beyond the last step, so "+" at the top
    // gives the series back its open end and "−" from there starts at a month.
    const QDate first = m_session.start.date();
    const std::optional<QDate> until = WeeklyRule::until(m_session.rule, m_schedule.zone());
    QDate last;
    if (!until) {
        if (direction > 0)
            return;
        last = first.addDays(7 * untilFirstWeeks);
    } else {
        const qint64 weeks = std::max<qint64>(0, first.daysTo(*until) / 7) + direction;
        if (weeks > untilMaxWeeks)
            last = QDate();
        else
            last = first.addDays(7 * std::max<qint64>(0, weeks));
    }
    m_session.rule = WeeklyRule::withUntil(m_session.rule, last, m_schedule.zone());
}

void SessionEditorScreen::refresh()
{
    const QLocale locale;
    m_session.rule = WeeklyRule::make(m_days, m_interval, m_session.rule);
    // A start moved past the end takes the end along: a series never ends before it begins.
    if (const auto last = WeeklyRule::until(m_session.rule, m_schedule.zone());
        last && *last < m_session.start.date())
        m_session.rule =
            WeeklyRule::withUntil(m_session.rule, m_session.start.date(), m_schedule.zone());
    m_values.value(u"title"_s)
        ->setText(m_session.title.isEmpty() ? tr("Title: (none yet)")
                                            : tr("Title: %1").arg(m_session.title));
    const ContactConfig *visited =
        m_session.visitFor.isEmpty() ? nullptr : m_config.contact(m_session.content.target);
    m_values.value(u"content"_s)
        ->setText(visited ? tr("Video visit with %1 for %2").arg(visited->name, m_session.visitFor)
                          : tr("Shows: %1").arg(contentText(m_session.content)));
    m_values.value(u"note"_s)->setText(
        m_session.note.isEmpty() ? tr("Note: (none)") : tr("Note: %1").arg(m_session.note));
    m_values.value(u"startsByItself"_s)
        ->setText(m_session.startsByItself ? tr("Starts by itself") : tr("Only reminds"));
    m_buttons.value(u"toggleStart"_s)->setEnabled(m_session.visitFor.isEmpty());
    m_values.value(u"volume"_s)->setText(tr("Room volume: %1 %").arg(m_session.volume));
    m_values.value(u"interval"_s)
        ->setText(m_days.isEmpty()  ? tr("Once")
                  : m_interval == 1 ? tr("Every week")
                                    : tr("Every %1 weeks").arg(m_interval));
    m_values.value(u"date"_s)->setText(
        (m_days.isEmpty() ? tr("On %1") : tr("From %1"))
            .arg(locale.toString(m_session.start.date(), u"ddd, d. MMMM yyyy"_s)));
    m_values.value(u"time"_s)->setText(
        tr("At %1").arg(locale.toString(m_session.start.time(), u"HH:mm"_s)));
    m_values.value(u"duration"_s)
        ->setText(tr("%n minute(s)", nullptr, int(m_session.duration.count())));
    const std::optional<QDate> until = WeeklyRule::until(m_session.rule, m_schedule.zone());
    m_values.value(u"until"_s)
        ->setText(m_days.isEmpty() ? QString()
                  : until ? tr("Until %1").arg(locale.toString(*until, u"ddd, d. MMMM yyyy"_s))
                          : tr("No end date"));
    m_buttons.value(u"until-"_s)->setEnabled(!m_days.isEmpty());
    m_buttons.value(u"until+"_s)->setEnabled(!m_days.isEmpty() && until.has_value());
    for (int day = 1; day <= 7; ++day) {
        BigButton *chip = m_buttons.value(u"day%1"_s.arg(day));
        chip->setCheckable(true);
        chip->setChecked(m_days.contains(day));
    }
    m_buttons.value(u"interval-"_s)->setEnabled(!m_days.isEmpty() && m_interval > 1);
    m_buttons.value(u"interval+"_s)
        ->setEnabled(!m_days.isEmpty() && m_interval < WeeklyRule::maxInterval);
    if (BigButton *del = m_buttons.value(u"delete"_s))
        del->setText(m_removeArmed ? tr("Really delete?") : tr("Delete"));
}

void SessionEditorScreen::save(bool despiteClash)
{
    m_session.title = m_session.title.trimmed();
    if (m_session.title.isEmpty()) {
        m_message->setText(tr("Please give the session a title first."));
        m_message->show();
        showPage(Page::Form);
        return;
    }
    m_session.rule = WeeklyRule::make(m_days, m_interval, m_session.rule);
    // A visit that only reminded would leave the relative waiting in the room.
    if (!m_session.visitFor.isEmpty())
        m_session.startsByItself = true;
    // A weekly session starts on the first chosen day from its date on: the start itself is
    // always an occurrence in iCalendar, and one on another day would be an extra one.
    if (!m_days.isEmpty()) {
        QDate date = m_session.start.date();
        while (!m_days.contains(date.dayOfWeek()))
            date = date.addDays(1);
        m_session.start.setDate(date);
    }
    if (!despiteClash) {
        const QList<SessionClash> clashes = m_schedule.clashes(m_session);
        if (!clashes.isEmpty()) {
            const SessionClash &first = clashes.first();
            const QDateTime at = first.start.toTimeZone(m_schedule.zone());
            const QLocale locale;
            m_values.value(u"clash"_s)
                ->setText(tr("This overlaps with \"%1\" on %2 at %3.")
                              .arg(first.title, locale.toString(at.date(), u"dddd, d. MMMM"_s),
                                   locale.toString(at.time(), u"HH:mm"_s)) +
                          (clashes.size() > 1 ? u" "_s + tr("(%n more overlap(s).)", nullptr,
                                                            int(clashes.size()) - 1)
                                              : QString()));
            showPage(Page::Clash);
            return;
        }
    }
    QString error;
    const auto written = m_schedule.save(m_session, m_by, m_clock.now(), &error);
    if (!written) {
        m_message->setText(tr("Could not be saved (%1). Nothing was changed.").arg(error));
        m_message->show();
        showPage(Page::Form);
        return;
    }
    m_session = *written;
    Q_EMIT saved(*written);
}

void SessionEditorScreen::remove()
{
    if (!m_removeArmed) {
        m_removeArmed = true;
        m_disarm.start();
        refresh();
        return;
    }
    m_disarm.stop();
    m_removeArmed = false;
    QString error;
    if (!m_schedule.remove(m_session.id, m_by, m_clock.now(), &error)) {
        m_message->setText(tr("Could not be deleted (%1). Nothing was changed.").arg(error));
        m_message->show();
        refresh();
        return;
    }
    Q_EMIT removed(m_session.id);
}

} // namespace Dorfplatz
