#include "calendareditorscreen.h"

#include "draftproblems.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/textentry.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The loader's limits (FeedsLoader).
constexpr int maxNameLength = 80;
constexpr int maxUrlLength = 2000;
constexpr int maxAttributionLength = 300;
constexpr int maxWordLength = 80;
// Places and categories a guide adds here; a file may have more.
constexpr int maxWords = 8;
// What a row shows of a value, and a test of an event's title: whole words wrap, but an address
// has none, and a row has the room of one line.
constexpr int shownValueLength = 34;
constexpr int shownTitleLength = 60;

const QString placesKey = u"places"_s;
const QString categoriesKey = u"categories"_s;
const QString cancelledKey = u"cancelled"_s;

QString shortened(const QString &text, int length)
{
    return text.size() > length ? text.left(length - 1) + u'\u2026' : text;
}

// An address keeps its end too: "https://www.kusel…/kalender.ics".
QString shortenedAddress(const QString &url)
{
    if (url.size() <= shownValueLength)
        return url;
    const int half = shownValueLength / 2;
    return url.left(half) + u'\u2026' + url.right(shownValueLength - half - 1);
}

} // namespace

CalendarEditorScreen::CalendarEditorScreen(const Theme &theme, ConfigDraft &draft,
                                           QString syncProgram, const QString &id, QWidget *parent)
    : StaffScreen(theme, id.isEmpty() ? tr("New calendar") : tr("Change calendar"), parent)
    , m_draft(draft)
    , m_new(id.isEmpty())
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_rows(new PagedRows(theme))
    , m_check(textLabel(theme, Theme::TextRole::Staff, u"check"_s, nullptr,
                        {Qt::AlignLeft | Qt::AlignTop}))
    , m_text(new TextEntry(theme, u"textField"_s, maxUrlLength))
    , m_trial(new FeedTrial(std::move(syncProgram), this))
{
    if (const auto found = draft.entry(ConfigDraft::List::Feeds, id))
        m_calendar = *found;
    content()->addWidget(m_message);
    // Shown only with something to say: on a small screen its line is a row of the overview.
    m_message->hide();

    // One row for each thing a calendar has, paged where the screen is small.
    const QString change = tr("Change");
    addRow(u"name"_s, tr("Name"), {{u"name"_s, change}});
    addRow(u"address"_s, tr("Address"), {{u"address"_s, change}});
    addRow(u"attribution"_s, tr("Source"), {{u"attribution"_s, change}});
    addRow(placesKey, tr("Places"),
           {{u"addPlace"_s, tr("Add")}, {u"removePlace"_s, tr("Remove the last")}});
    addRow(categoriesKey, tr("Categories"),
           {{u"addCategory"_s, tr("Add")}, {u"removeCategory"_s, tr("Remove the last")}});
    addRow(cancelledKey, tr("Cancelled events"), {{u"cancelled"_s, change}});
    // The buttons in one column, so the values line up.
    int actionsWidth = 0;
    for (const QWidget *actions : std::as_const(m_rowActions))
        actionsWidth = std::max(actionsWidth, actions->sizeHint().width());
    for (QWidget *actions : std::as_const(m_rowActions))
        actions->setFixedWidth(actionsWidth);
    m_rows->setRows(m_rowWidgets);

    auto *overview = new QWidget;
    auto *layout = new QVBoxLayout(overview);
    layout->setContentsMargins({});
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_check);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme.px(Theme::gapMm));
    for (const QString &name : {u"test"_s, u"save"_s}) {
        BigButton *button = staffButton(name == u"save" ? tr("Apply") : tr("Test now"), name);
        m_buttons.insert(name, button);
        if (name == u"save")
            actions->addStretch();
        actions->addWidget(button);
    }
    layout->addLayout(actions);

    connect(m_buttons.value(u"name"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Name); });
    connect(m_buttons.value(u"address"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Address); });
    connect(m_buttons.value(u"attribution"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Attribution); });
    connect(m_buttons.value(u"cancelled"_s), &BigButton::clicked, this, [this] {
        const bool shown = m_calendar.value(cancelledKey).toString() != u"hide";
        m_calendar.insert(cancelledKey, shown ? u"hide"_s : u"show"_s);
        forgetTest();
        refresh();
    });
    connect(m_buttons.value(u"addPlace"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Place); });
    connect(m_buttons.value(u"addCategory"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Category); });
    const auto removeLast = [this](const QString &key) {
        QStringList list = texts(key);
        if (!list.isEmpty())
            list.removeLast();
        setTexts(key, list);
        forgetTest();
        refresh();
    };
    connect(m_buttons.value(u"removePlace"_s), &BigButton::clicked, this,
            [removeLast] { removeLast(placesKey); });
    connect(m_buttons.value(u"removeCategory"_s), &BigButton::clicked, this,
            [removeLast] { removeLast(categoriesKey); });
    connect(m_buttons.value(u"test"_s), &BigButton::clicked, this, &CalendarEditorScreen::test);
    connect(m_buttons.value(u"save"_s), &BigButton::clicked, this, &CalendarEditorScreen::save);
    connect(m_trial, &FeedTrial::finished, this, &CalendarEditorScreen::showResult);

    m_pages->addWidget(overview);
    m_pages->addWidget(m_text);
    content()->addWidget(m_pages, 1);

    connect(m_text, &TextEntry::accepted, this, [this](const QString &text) {
        switch (m_step) {
        case Step::Overview:
            break;
        case Step::Name:
            if (!text.isEmpty())
                m_calendar.insert(u"name"_s, text.left(maxNameLength));
            break;
        case Step::Address: {
            // Calendars are often published as webcal://, which means https:// to the kiosk.
            QString url = text;
            if (url.startsWith(u"webcal://"_s, Qt::CaseInsensitive))
                url = u"https://"_s + url.mid(9);
            if (!url.isEmpty() && url != m_calendar.value(u"url"_s).toString()) {
                m_calendar.insert(u"url"_s, url);
                forgetTest();
            }
            break;
        }
        case Step::Attribution:
            // Empty: no such line under the events.
            if (text.isEmpty())
                m_calendar.remove(u"attribution"_s);
            else
                m_calendar.insert(u"attribution"_s, text.left(maxAttributionLength));
            break;
        case Step::Place:
        case Step::Category: {
            const QString key = m_step == Step::Place ? placesKey : categoriesKey;
            QStringList list = texts(key);
            if (!text.isEmpty() && !list.contains(text, Qt::CaseInsensitive)) {
                list.append(text.left(maxWordLength));
                setTexts(key, list);
                forgetTest();
            }
            break;
        }
        }
        showStep(Step::Overview);
    });
    if (m_new)
        showStep(Step::Name);
    else
        showStep(Step::Overview);
}

CalendarEditorScreen::~CalendarEditorScreen() = default;

QString CalendarEditorScreen::screenName() const
{
    switch (m_step) {
    case Step::Overview:
        return u"guide-calendar"_s;
    case Step::Name:
        return u"guide-calendar-name"_s;
    case Step::Address:
        return u"guide-calendar-address"_s;
    case Step::Attribution:
        return u"guide-calendar-attribution"_s;
    case Step::Place:
        return u"guide-calendar-place"_s;
    case Step::Category:
        return u"guide-calendar-category"_s;
    }
    return {};
}

BigButton *CalendarEditorScreen::button(const QString &name) const
{
    return m_buttons.value(name);
}

QStringList CalendarEditorScreen::texts(const QString &key) const
{
    QStringList list;
    for (const QJsonValue &value : m_calendar.value(key).toArray())
        list.append(value.toString());
    return list;
}

void CalendarEditorScreen::setTexts(const QString &key, const QStringList &list)
{
    // No empty list in the file: the loader reads a missing one as "all" too.
    if (list.isEmpty())
        m_calendar.remove(key);
    else
        m_calendar.insert(key, QJsonArray::fromStringList(list));
}

void CalendarEditorScreen::showStep(Step step)
{
    m_step = step;
    setMessage({});
    const auto ask = [this](int maxLength, const QString &prompt, const QString &text) {
        m_pages->setCurrentIndex(1);
        m_text->field()->setMaxLength(maxLength);
        m_text->ask(prompt, text);
    };
    switch (step) {
    case Step::Overview:
        m_pages->setCurrentIndex(0);
        refresh();
        break;
    case Step::Name:
        ask(maxNameLength, tr("The calendar's name, for the guides and the staff:"),
            m_calendar.value(u"name"_s).toString());
        break;
    case Step::Address:
        ask(maxUrlLength,
            tr("The address of the calendar, as its publisher gives it (https://… or webcal://…, "
               "often ending in .ics):"),
            m_calendar.value(u"url"_s).toString());
        break;
    case Step::Attribution:
        ask(maxAttributionLength,
            tr("Where the events come from, shown under them (e.g. \"Daten: Kreisverwaltung "
               "Kusel\"; empty: nothing):"),
            m_calendar.value(u"attribution"_s).toString());
        break;
    case Step::Place:
        ask(maxWordLength,
            tr("Keep only events whose place contains this word (e.g. a village's name):"), {});
        break;
    case Step::Category:
        ask(maxWordLength, tr("Keep only events of this category (as the calendar names it):"), {});
        break;
    }
}

void CalendarEditorScreen::addRow(const QString &key, const QString &title,
                                  const QList<std::pair<QString, QString>> &buttons)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins({});
    layout->setSpacing(theme().px(Theme::gapMm));
    // One line each (values are shortened): a wrapped label asks for three lines' height, and
    // the tallest row sets the height of every row on the page.
    const TextLabelStyle oneLine{.alignment = Qt::AlignLeft | Qt::AlignVCenter, .wordWrap = false};
    QLabel *name = textLabel(theme(), Theme::TextRole::Staff, {}, nullptr, oneLine);
    name->setText(title);
    QLabel *value = textLabel(theme(), Theme::TextRole::Staff, u"value-"_s + key, nullptr, oneLine);
    m_values.insert(key, value);
    layout->addWidget(name, 2);
    layout->addWidget(value, 3);
    auto *actions = new QWidget;
    auto *actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins({});
    actionsLayout->setSpacing(theme().px(Theme::gapMm));
    actionsLayout->addStretch();
    for (const auto &[id, text] : buttons) {
        BigButton *button = staffButton(text, id);
        m_buttons.insert(id, button);
        actionsLayout->addWidget(button);
    }
    layout->addWidget(actions);
    m_rowActions.append(actions);
    m_rowWidgets.append(row);
}

void CalendarEditorScreen::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CalendarEditorScreen::refresh()
{
    const QStringList places = texts(placesKey);
    const QStringList categories = texts(categoriesKey);
    const QString attribution = m_calendar.value(u"attribution"_s).toString();
    const QString url = m_calendar.value(u"url"_s).toString();
    const bool cancelledShown = m_calendar.value(cancelledKey).toString() != u"hide";
    m_values.value(u"name"_s)->setText(
        shortened(m_calendar.value(u"name"_s).toString(), shownValueLength));
    m_values.value(u"address"_s)->setText(url.isEmpty() ? tr("(none yet)") : shortenedAddress(url));
    m_values.value(u"attribution"_s)
        ->setText(attribution.isEmpty() ? tr("(not given)")
                                        : shortened(attribution, shownValueLength));
    m_values.value(placesKey)->setText(
        places.isEmpty() ? tr("all") : shortened(places.join(u", "_s), shownValueLength));
    m_values.value(categoriesKey)
        ->setText(categories.isEmpty() ? tr("all")
                                       : shortened(categories.join(u", "_s), shownValueLength));
    m_values.value(cancelledKey)->setText(cancelledShown ? tr("shown, marked") : tr("left out"));
    m_buttons.value(u"addPlace"_s)->setEnabled(places.size() < maxWords);
    m_buttons.value(u"removePlace"_s)->setEnabled(!places.isEmpty());
    m_buttons.value(u"addCategory"_s)->setEnabled(categories.size() < maxWords);
    m_buttons.value(u"removeCategory"_s)->setEnabled(!categories.isEmpty());
    m_buttons.value(u"test"_s)->setEnabled(!m_trial->isRunning());
}

void CalendarEditorScreen::goBack()
{
    if (m_step != Step::Overview &&
        !(m_new && m_step == Step::Name && !m_calendar.contains(u"name"_s))) {
        showStep(Step::Overview);
        return;
    }
    StaffScreen::goBack();
}

void CalendarEditorScreen::deactivated()
{
    // Nobody waits for the answer once the guide has left the screen.
    forgetTest();
}

void CalendarEditorScreen::forgetTest()
{
    m_trial->abort();
    m_check->clear();
    m_buttons.value(u"test"_s)->setEnabled(true);
}

void CalendarEditorScreen::test()
{
    if (m_trial->isRunning())
        return;
    if (m_calendar.value(u"url"_s).toString().isEmpty()) {
        m_check->setText(tr("Enter the address first."));
        return;
    }
    QJsonObject entry = m_calendar;
    if (!entry.contains(u"name"_s))
        entry.insert(u"name"_s, tr("Test"));
    // The settings of every calendar (timeouts, the days ahead) as the draft has them.
    const QJsonObject settings = m_draft.object(ConfigDraft::fileOf(ConfigDraft::List::Feeds));
    m_check->setText(tr("Testing …"));
    m_buttons.value(u"test"_s)->setEnabled(false);
    m_trial->start(entry, settings, m_draft.directory());
}

void CalendarEditorScreen::showResult(const FeedTrial::Result &result)
{
    m_buttons.value(u"test"_s)->setEnabled(true);
    QString text;
    switch (result.outcome) {
    case FeedTrial::Outcome::Loaded: {
        const int found = result.step.occurrences.value_or(int(result.next.size()));
        if (found == 0) {
            text = tr("The calendar can be read, but it has no events in the coming weeks.");
            if (m_calendar.contains(placesKey) || m_calendar.contains(categoriesKey))
                text += u' ' + tr("Perhaps the places or categories leave them all out.");
            break;
        }
        QStringList lines{result.next.isEmpty()
                              ? tr("Found %n event(s), none of them still to come.", nullptr, found)
                              : tr("Found %n event(s). The next:", nullptr, found)};
        for (const EventOccurrence &occurrence : result.next)
            lines.append(occurrenceLine(occurrence));
        if (const int skipped = result.step.skipped.value_or(0))
            lines.append(tr("%n broken entry(s) in the calendar left out.", nullptr, skipped));
        text = lines.join(u'\n');
        break;
    }
    case FeedTrial::Outcome::FeedFailed:
        text = tr("It does not work: %1").arg(failureText(result.step));
        break;
    case FeedTrial::Outcome::Invalid: {
        QStringList problems;
        for (const ConfigIssue &issue : result.issues)
            problems.append(issueText(issue));
        text = tr("It does not work: %1").arg(problems.join(u' '));
        break;
    }
    case FeedTrial::Outcome::SyncError:
        text = tr("The test could not be done: %1").arg(result.step.error);
        break;
    case FeedTrial::Outcome::Crashed:
        text = tr("It does not work: the calendar stopped the test program. It is probably "
                  "broken.");
        break;
    case FeedTrial::Outcome::TimedOut:
        text =
            tr("It does not work: no answer within %n second(s).", nullptr,
               int(std::chrono::duration_cast<std::chrono::seconds>(m_trial->timeout()).count()));
        break;
    case FeedTrial::Outcome::NotStarted:
        text = tr("The test could not be started. Please tell whoever set up the kiosk.");
        break;
    }
    m_check->setText(text);
}

QString CalendarEditorScreen::failureText(const SyncStep &step)
{
    switch (step.failure) {
    case SyncStep::Failure::None:
        break;
    case SyncStep::Failure::Timeout:
        return tr("The server did not answer in time.");
    case SyncStep::Failure::TooLarge:
        return tr("The calendar is larger than the kiosk allows.");
    case SyncStep::Failure::TooManyRedirects:
        return tr("The address forwards too often.");
    case SyncStep::Failure::HttpError:
        if (step.httpStatus == 404)
            return tr("There is no calendar at this address (error 404).");
        if (step.httpStatus > 0)
            return tr("The server answered with error %1.").arg(step.httpStatus);
        break;
    case SyncStep::Failure::Network:
    case SyncStep::Failure::HostNotFound:
    case SyncStep::Failure::Refused:
        return tr("No connection to the server (%1).").arg(step.error);
    case SyncStep::Failure::FileError:
        return tr("The file cannot be read (%1).").arg(step.error);
    case SyncStep::Failure::Invalid:
        return tr("This is not a calendar the kiosk can read (%1).").arg(step.error);
    case SyncStep::Failure::Cache:
        return tr("The events cannot be stored (%1).").arg(step.error);
    }
    return tr("The calendar could not be loaded (%1).").arg(step.error);
}

QString CalendarEditorScreen::issueText(const ConfigIssue &issue)
{
    // "feeds[0].url" → "url": the entry's field in a guide's words.
    const QString field = issue.path.section(u'.', 1).section(u'[', 0, 0);
    QString name;
    if (field == u"url")
        name = tr("Address");
    else if (field == u"attribution")
        name = tr("Source");
    else if (field == placesKey)
        name = tr("Places");
    else if (field == categoriesKey)
        name = tr("Categories");
    else if (!field.isEmpty())
        name = DraftProblems::fieldName(field);
    return name.isEmpty() ? issue.message() : name + u": "_s + issue.message();
}

QString CalendarEditorScreen::occurrenceLine(const EventOccurrence &occurrence)
{
    const QLocale locale;
    const QDate date =
        occurrence.allDay ? occurrence.startDate : occurrence.start.toLocalTime().date();
    const QString day =
        locale.toString(date, u"ddd"_s) + u' ' + locale.toString(date, QLocale::ShortFormat);
    const QString time = occurrence.allDay ? tr("all day")
                                           : locale.toString(occurrence.start.toLocalTime().time(),
                                                             QLocale::ShortFormat);
    //: One of the next events a test found: "• Sa. 14.03.26, 19:30 – Kirchweih"
    return tr("• %1, %2 – %3").arg(day, time, shortened(occurrence.title, shownTitleLength));
}

void CalendarEditorScreen::save()
{
    const QString name = m_calendar.value(u"name"_s).toString();
    if (name.isEmpty()) {
        setMessage(tr("The calendar needs a name."));
        return;
    }
    if (m_calendar.value(u"url"_s).toString().isEmpty()) {
        setMessage(tr("The calendar needs an address."));
        return;
    }
    if (m_new && !m_calendar.contains(u"id"_s))
        m_calendar.insert(u"id"_s, m_draft.newId(ConfigDraft::List::Feeds, name));
    QString error;
    if (!m_draft.putEntry(ConfigDraft::List::Feeds, m_calendar, &error)) {
        setMessage(error);
        return;
    }
    Q_EMIT saved(m_calendar.value(u"id"_s).toString());
}

} // namespace Dorfplatz
