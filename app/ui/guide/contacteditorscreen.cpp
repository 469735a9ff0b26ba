#include "contacteditorscreen.h"

#include "core/calls/contactconfig.h"
#include "core/config/contactsloader.h"
#include "draftproblems.h"
#include "picturechooser.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/picture.h"
#include "ui/kit/textentry.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTime>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// As the loader allows (contactsloader.cpp); the password far below its limit for a JWT, as
// nobody types a longer one.
constexpr int maxNameLength = 40;
constexpr int maxDisplayNameLength = 60;
constexpr int maxRoomLength = 100;
constexpr int maxAddressLength = 500;
constexpr int maxPasswordLength = 200;
// The choice when the kiosk starts to answer by itself: as in the README's example.
constexpr int preferredSeconds = 8;

const QString ringHoursKey = u"ringHours"_s;
const QString answerHoursKey = u"autoAnswerHours"_s;
const QString secondsKey = u"autoAnswerSeconds"_s;
const QString passwordKey = u"roomPassword"_s;

QTime parseTime(const QJsonValue &value)
{
    return QTime::fromString(value.toString(), u"H:mm"_s);
}

QString timeText(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

// The first span of `spans`; ContactsLoader's default hours where it cannot be read (the loader
// names that problem; a step of a button replaces it with hours it accepts).
DailyHours firstSpan(const QJsonArray &spans)
{
    const QJsonObject first = spans.first().toObject();
    const DailyHours span{parseTime(first.value(u"start"_s)), parseTime(first.value(u"end"_s))};
    if (!span.start.isValid() || !span.end.isValid() || span.start == span.end)
        return ContactsLoader::defaultRingHours();
    return span;
}

} // namespace

const QList<int> &ContactEditorScreen::autoAnswerChoices()
{
    static const QList<int> choices{5, 8, 10, 15, 20, 30};
    return choices;
}

ContactEditorScreen::ContactEditorScreen(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks,
                                         const QString &id, QWidget *parent)
    : StaffScreen(theme, id.isEmpty() ? tr("New contact") : tr("Change contact"), parent)
    , m_draft(draft)
    , m_new(id.isEmpty())
    , m_file(draft.object(ContactsLoader::contactsFile))
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_rows(new PagedRows(theme))
    , m_warning(textLabel(theme, Theme::TextRole::Staff, u"warning"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_text(new TextEntry(theme, u"textField"_s, maxAddressLength))
    , m_pictures(new PictureChooser(theme, draft, sticks))
{
    if (const auto found = draft.entry(ConfigDraft::List::Contacts, id))
        m_contact = *found;
    m_file.remove(ConfigDraft::keyOf(ConfigDraft::List::Contacts));
    content()->addWidget(m_message);

    // One row for each thing a contact has; values that are chosen step with Less and More.
    const QString change = tr("Change");
    const QString less = tr("Less");
    const QString more = tr("More");
    addRow(u"name"_s, tr("Name"), {{u"name"_s, change}});
    addRow(u"picture"_s, tr("Photo"), {{u"picture"_s, change}});
    addRow(u"displayName"_s, tr("The family sees"), {{u"displayName"_s, change}});
    addRow(u"room"_s, tr("Room"), {{u"room"_s, change}});
    addRow(u"password"_s, tr("Room password"),
           {{u"password"_s, change}, {u"removePassword"_s, tr("Remove")}});
    addRow(u"ring"_s, tr("Calls ring"), {{u"ring"_s, change}});
    addRow(u"ringStart"_s, tr("Ringing from"),
           {{u"ringStart.down"_s, less}, {u"ringStart.up"_s, more}});
    addRow(u"ringEnd"_s, tr("Ringing until"), {{u"ringEnd.down"_s, less}, {u"ringEnd.up"_s, more}});
    addRow(u"autoAnswer"_s, tr("Answers by itself"),
           {{u"autoAnswer"_s, change}, {u"autoAnswer.down"_s, less}, {u"autoAnswer.up"_s, more}});
    addRow(u"answerStart"_s, tr("Answers by itself from"),
           {{u"answerStart.down"_s, less}, {u"answerStart.up"_s, more}});
    addRow(u"answerEnd"_s, tr("Answers by itself until"),
           {{u"answerEnd.down"_s, less}, {u"answerEnd.up"_s, more}});
    addRow(u"interrupts"_s, tr("During a group session"), {{u"interrupts"_s, change}});
    // The values one below the other, after the widest title.
    int titleWidth = 0;
    for (const QLabel *title : std::as_const(m_titles))
        titleWidth = std::max(titleWidth, title->sizeHint().width());
    for (QLabel *title : std::as_const(m_titles))
        title->setMinimumWidth(titleWidth);
    m_rows->setRows(m_rowWidgets);

    auto *overview = new QWidget;
    auto *layout = new QVBoxLayout(overview);
    layout->setContentsMargins({});
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_warning);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme.px(Theme::gapMm));
    for (const QString &name : {u"tile"_s, u"save"_s}) {
        BigButton *button = staffButton(name == u"save" ? tr("Apply") : QString(), name);
        m_buttons.insert(name, button);
        if (name == u"save")
            actions->addStretch();
        actions->addWidget(button);
    }
    layout->addLayout(actions);
    m_buttons.value(u"tile"_s)->setVisible(m_new);

    m_pages->addWidget(overview);
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_pictures);
    content()->addWidget(m_pages, 1);

    const auto on = [this](const QString &name, auto slot) {
        connect(m_buttons.value(name), &BigButton::clicked, this, [this, slot] {
            slot();
            refresh();
        });
    };
    on(u"name"_s, [this] { showStep(Step::Name); });
    on(u"picture"_s, [this] { showStep(Step::Photo); });
    on(u"displayName"_s, [this] { showStep(Step::DisplayName); });
    on(u"room"_s, [this] { showStep(Step::Room); });
    on(u"password"_s, [this] { showStep(Step::Password); });
    on(u"removePassword"_s, [this] { m_contact.remove(passwordKey); });
    on(u"ring"_s, [this] { m_contact.insert(u"ring"_s, !m_contact.value(u"ring"_s).toBool()); });
    const QList<std::pair<QString, QString>> hourRows{{u"ringStart"_s, ringHoursKey},
                                                      {u"ringEnd"_s, ringHoursKey},
                                                      {u"answerStart"_s, answerHoursKey},
                                                      {u"answerEnd"_s, answerHoursKey}};
    for (const auto &hourRow : hourRows) {
        const QString key = hourRow.second;
        const QString field = hourRow.first.endsWith(u"Start") ? u"start"_s : u"end"_s;
        on(hourRow.first + u".down"_s, [this, key, field] { stepHours(key, field, -1); });
        on(hourRow.first + u".up"_s, [this, key, field] { stepHours(key, field, +1); });
    }
    on(u"autoAnswer"_s, [this] {
        const QList<int> allowed = allowedSeconds();
        if (m_contact.contains(secondsKey))
            m_contact.remove(secondsKey);
        else if (!allowed.isEmpty())
            m_contact.insert(secondsKey, allowed.contains(preferredSeconds) ? preferredSeconds
                                                                            : allowed.first());
    });
    on(u"autoAnswer.down"_s, [this] { stepSeconds(-1); });
    on(u"autoAnswer.up"_s, [this] { stepSeconds(+1); });
    on(u"interrupts"_s, [this] {
        m_contact.insert(u"interruptsSessions"_s,
                         !m_contact.value(u"interruptsSessions"_s).toBool());
    });
    on(u"tile"_s, [this] { m_withTile = !m_withTile; });
    connect(m_buttons.value(u"save"_s), &BigButton::clicked, this, &ContactEditorScreen::save);

    connect(m_text, &TextEntry::accepted, this, &ContactEditorScreen::accept);
    connect(m_pictures, &PictureChooser::chosen, this, [this](const QString &picture) {
        m_contact.insert(u"picture"_s, picture);
        showStep(Step::Overview);
    });
    showStep(m_new ? Step::Name : Step::Overview);
}

QString ContactEditorScreen::screenName() const
{
    switch (m_step) {
    case Step::Overview:
        return u"guide-contact"_s;
    case Step::Name:
        return u"guide-contact-name"_s;
    case Step::Photo:
        return u"guide-contact-photo"_s;
    case Step::DisplayName:
        return u"guide-contact-displayname"_s;
    case Step::Room:
        return u"guide-contact-room"_s;
    case Step::Password:
        return u"guide-contact-password"_s;
    }
    return {};
}

void ContactEditorScreen::addRow(const QString &key, const QString &title,
                                 const QList<std::pair<QString, QString>> &buttons)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins({});
    layout->setSpacing(theme().px(Theme::gapMm));
    // The title on one line: PagedRows makes every row as high as the highest row's sizeHint,
    // which a wrapping title would measure at its narrowest.
    QLabel *name = textLabel(theme(), Theme::TextRole::Staff, {}, nullptr,
                             {Qt::AlignLeft | Qt::AlignVCenter, false});
    name->setText(title);
    QLabel *value = textLabel(theme(), Theme::TextRole::Staff, u"value-"_s + key, nullptr,
                              {Qt::AlignLeft | Qt::AlignVCenter});
    m_values.insert(key, value);
    m_titles.append(name);
    layout->addWidget(name);
    layout->addWidget(value, 1);
    for (const auto &[id, text] : buttons) {
        BigButton *button = staffButton(text, id);
        m_buttons.insert(id, button);
        layout->addWidget(button);
    }
    m_rowWidgets.append(row);
}

bool ContactEditorScreen::usesRoomUrl() const
{
    // Without a server for a room name (the contact's own or the file's), only a whole address
    // says where the room is.
    return m_contact.contains(u"roomUrl"_s) ||
           (!m_contact.contains(u"room"_s) && !m_contact.contains(u"server"_s) &&
            !m_file.contains(u"server"_s));
}

QList<int> ContactEditorScreen::allowedSeconds() const
{
    // The loader refuses an answer later than the ringing lasts.
    const int ringSeconds = m_file.value(u"ringSeconds"_s).toInt(CallSettings{}.ringSeconds);
    QList<int> allowed;
    for (const int seconds : autoAnswerChoices()) {
        if (seconds <= ringSeconds)
            allowed.append(seconds);
    }
    return allowed;
}

void ContactEditorScreen::stepSeconds(int by)
{
    const QList<int> allowed = allowedSeconds();
    const int current = m_contact.value(secondsKey).toInt(preferredSeconds);
    // The next choice up or down, also from a value the file gave that is not among them.
    if (by > 0) {
        const auto found = std::find_if(allowed.cbegin(), allowed.cend(),
                                        [current](int seconds) { return seconds > current; });
        if (found != allowed.cend())
            m_contact.insert(secondsKey, *found);
    } else {
        const auto found = std::find_if(allowed.crbegin(), allowed.crend(),
                                        [current](int seconds) { return seconds < current; });
        if (found != allowed.crend())
            m_contact.insert(secondsKey, *found);
    }
}

QJsonArray ContactEditorScreen::hours(const QString &key) const
{
    const QJsonArray spans = m_contact.value(key).toArray();
    if (!spans.isEmpty())
        return spans;
    // What the loader takes when there are none: answering when it rings, ringing by default.
    if (key == answerHoursKey)
        return hours(ringHoursKey);
    const DailyHours span = ContactsLoader::defaultRingHours();
    return {QJsonObject{{u"start"_s, timeText(span.start)}, {u"end"_s, timeText(span.end)}}};
}

void ContactEditorScreen::stepHours(const QString &key, const QString &field, int by)
{
    // Only the first span; more come from a file, and stay as they are.
    QJsonArray spans = hours(key);
    DailyHours span = firstSpan(spans);
    const bool start = field == u"start";
    QTime &moved = start ? span.start : span.end;
    const QTime other = start ? span.end : span.start;
    // Round the clock, over the other end rather than onto it: an empty span is refused.
    moved = moved.addSecs(by * hourStepMinutes * 60);
    if (moved == other)
        moved = moved.addSecs(by * hourStepMinutes * 60);
    QJsonObject first = spans.first().toObject();
    first.insert(u"start"_s, timeText(span.start));
    first.insert(u"end"_s, timeText(span.end));
    spans.replace(0, first);
    m_contact.insert(key, spans);
}

void ContactEditorScreen::showStep(Step step)
{
    m_step = step;
    m_message->clear();
    QLineEdit *field = m_text->field();
    field->setInputMethodHints(Qt::ImhNone);
    switch (step) {
    case Step::Overview:
        m_pages->setCurrentIndex(0);
        refresh();
        break;
    case Step::Name:
        m_pages->setCurrentIndex(1);
        field->setMaxLength(maxNameLength);
        m_text->ask(tr("The name on the tile and when it rings, as the resident calls them "
                       "(“Anna”):"),
                    m_contact.value(u"name"_s).toString());
        break;
    case Step::Photo:
        m_pages->setCurrentIndex(2);
        m_message->setText(tr("Choose a photo of the contact."));
        m_pictures->showIcons();
        break;
    case Step::DisplayName:
        m_pages->setCurrentIndex(1);
        field->setMaxLength(maxDisplayNameLength);
        m_text->ask(tr("How the family sees the resident in the room (“Oma Erna”):"),
                    m_contact.value(u"displayName"_s).toString());
        break;
    case Step::Room: {
        m_pages->setCurrentIndex(1);
        // Room names and addresses are written as the family got them, small letters included.
        field->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText |
                                   Qt::ImhPreferLowercase);
        if (usesRoomUrl()) {
            field->setMaxLength(maxAddressLength);
            m_text->ask(tr("The whole address of the family's room (https://…/name-of-the-room):"),
                        m_contact.value(u"roomUrl"_s).toString());
        } else {
            const QString server =
                m_contact.value(u"server"_s).toString(m_file.value(u"server"_s).toString());
            field->setMaxLength(maxRoomLength);
            m_text->ask(tr("The name of the family's room on %1: what comes after the last “/” "
                           "of its address.")
                            .arg(QUrl(server).host()),
                        m_contact.value(u"room"_s).toString());
        }
        break;
    }
    case Step::Password:
        m_pages->setCurrentIndex(1);
        field->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText |
                                   Qt::ImhSensitiveData);
        field->setMaxLength(maxPasswordLength);
        // Never the one set: it is not shown again.
        m_text->ask(tr("The password of the family's room, exactly as they set it. Only a room "
                       "with this password makes the kiosk ring."),
                    {});
        break;
    }
}

void ContactEditorScreen::accept(const QString &text)
{
    switch (m_step) {
    case Step::Name:
        if (!text.isEmpty())
            m_contact.insert(u"name"_s, text);
        break;
    case Step::DisplayName:
        if (!text.isEmpty())
            m_contact.insert(u"displayName"_s, text);
        else if (m_file.contains(u"displayName"_s))
            m_contact.remove(u"displayName"_s); // the file's, for every contact
        break;
    case Step::Room:
        if (!text.isEmpty())
            m_contact.insert(usesRoomUrl() ? u"roomUrl"_s : u"room"_s, text);
        break;
    case Step::Password:
        if (!text.isEmpty())
            m_contact.insert(passwordKey, text);
        break;
    case Step::Overview:
    case Step::Photo:
        break;
    }
    // Nothing typed stays in the field, the password least of all.
    m_text->field()->clear();
    showStep(Step::Overview);
}

void ContactEditorScreen::refresh()
{
    const auto orNone = [this](const QString &text) {
        return text.isEmpty() ? tr("(none yet)") : text;
    };
    m_values.value(u"name"_s)->setText(orNone(m_contact.value(u"name"_s).toString()));

    KioskConfig where;
    where.directory = m_draft.directory();
    const QString picture = m_contact.value(u"picture"_s).toString(u"icon:call"_s);
    m_pictureSide = -1;
    showPicture(m_values.value(u"picture"_s), ConfigLoader::picturePath(where, picture),
                theme().px(Theme::staffControlMinMm), theme().palette().icon, m_pictureSide);

    const QString shared = m_file.value(u"displayName"_s).toString();
    m_values.value(u"displayName"_s)
        ->setText(m_contact.contains(u"displayName"_s)
                      ? m_contact.value(u"displayName"_s).toString()
                  : shared.isEmpty() ? orNone({})
                                     : tr("%1 (as for every contact)").arg(shared));

    // The server of a room name is said where the name is typed: a row has room for one line.
    const QString room = m_contact.value(usesRoomUrl() ? u"roomUrl"_s : u"room"_s).toString();
    m_values.value(u"room"_s)->setText(orNone(room));

    // Never the password itself.
    const bool password = !m_contact.value(passwordKey).toString().isEmpty();
    const bool token = !m_contact.value(u"jwt"_s).toString().isEmpty();
    m_values.value(u"password"_s)
        ->setText(password ? tr("●●●●●● set")
                  : token  ? tr("not needed: the room has a token")
                           : tr("not set"));
    m_buttons.value(u"removePassword"_s)->setEnabled(password);

    const bool ring = m_contact.value(u"ring"_s).toBool();
    m_values.value(u"ring"_s)->setText(ring ? tr("yes") : tr("no"));
    m_warning->setText(tr("This contact never rings yet: enter the room's password, so that only "
                          "the family can make the kiosk ring."));
    m_warning->setVisible(ring && !password && !token);

    const auto showHours = [this](const QString &key, const QString &startRow,
                                  const QString &endRow, const QString &note) {
        const QJsonArray spans = hours(key);
        const DailyHours span = firstSpan(spans);
        m_values.value(startRow)->setText(timeText(span.start) + note);
        QString end = timeText(span.end);
        if (spans.size() > 1)
            end += u" "_s + tr("(and %n more)", nullptr, int(spans.size() - 1));
        m_values.value(endRow)->setText(end);
    };
    showHours(ringHoursKey, u"ringStart"_s, u"ringEnd"_s, {});
    showHours(answerHoursKey, u"answerStart"_s, u"answerEnd"_s,
              m_contact.contains(answerHoursKey) ? QString() : u" "_s + tr("(as the ringing)"));

    const bool answers = m_contact.contains(secondsKey);
    const QList<int> allowed = allowedSeconds();
    m_values.value(u"autoAnswer"_s)
        ->setText(answers ? tr("after %n second(s)", nullptr, m_contact.value(secondsKey).toInt())
                          : tr("no, only with a tap"));
    const int seconds = m_contact.value(secondsKey).toInt();
    m_buttons.value(u"autoAnswer"_s)->setEnabled(answers || !allowed.isEmpty());
    m_buttons.value(u"autoAnswer.down"_s)
        ->setEnabled(answers && !allowed.isEmpty() && allowed.first() < seconds);
    m_buttons.value(u"autoAnswer.up"_s)
        ->setEnabled(answers && !allowed.isEmpty() && allowed.last() > seconds);
    for (const QString &row : {u"answerStart"_s, u"answerEnd"_s}) {
        m_buttons.value(row + u".down"_s)->setEnabled(answers);
        m_buttons.value(row + u".up"_s)->setEnabled(answers);
    }

    m_values.value(u"interrupts"_s)
        ->setText(m_contact.value(u"interruptsSessions"_s).toBool() ? tr("may ring")
                                                                    : tr("waits until it ends"));
    m_buttons.value(u"tile"_s)->setText(m_withTile ? tr("With a tile: yes")
                                                   : tr("With a tile: no"));
}

void ContactEditorScreen::goBack()
{
    if (m_step != Step::Overview &&
        !(m_new && m_step == Step::Name && !m_contact.contains(u"name"_s))) {
        showStep(Step::Overview);
        return;
    }
    StaffScreen::goBack();
}

void ContactEditorScreen::save()
{
    const QString name = m_contact.value(u"name"_s).toString();
    if (name.isEmpty()) {
        m_message->setText(tr("The contact needs a name."));
        return;
    }
    if (m_contact.value(u"room"_s).toString().isEmpty() &&
        m_contact.value(u"roomUrl"_s).toString().isEmpty()) {
        m_message->setText(tr("The contact needs the family's room."));
        return;
    }
    if (!m_contact.contains(u"displayName"_s) && !m_file.contains(u"displayName"_s)) {
        m_message->setText(tr("Enter how the family sees the resident in the room."));
        return;
    }
    if (m_new)
        m_contact.insert(u"id"_s, m_draft.newId(ConfigDraft::List::Contacts, name));
    const QString id = m_contact.value(u"id"_s).toString();
    QString error;
    if (!m_draft.putEntry(ConfigDraft::List::Contacts, m_contact, &error)) {
        m_message->setText(error);
        return;
    }
    if (m_new && m_withTile) {
        const QJsonObject tile{
            {u"id"_s, m_draft.newId(ConfigDraft::List::Tiles, tr("Call %1").arg(name))},
            {u"kind"_s, u"call"_s},
            {u"label"_s, tr("Call %1").arg(name)},
            {u"target"_s, id},
            {u"picture"_s, m_contact.value(u"picture"_s).toString(u"icon:call"_s)}};
        if (!m_draft.putEntry(ConfigDraft::List::Tiles, tile, &error)) {
            m_message->setText(error);
            return;
        }
    }
    // From now on this contact is in the draft: a second "Übernehmen" changes it.
    if (m_new) {
        m_new = false;
        setTitle(tr("Change contact"));
        m_buttons.value(u"tile"_s)->hide();
    }
    // What was typed is checked by the kiosk's own loader (a room name with a space, an address
    // that is not one); the guide corrects it here rather than at publishing.
    const DraftProblems problems(m_draft, m_draft.check().issues);
    const QStringList found = problems.forEntry(ConfigDraft::List::Contacts,
                                                m_draft.indexOf(ConfigDraft::List::Contacts, id));
    if (!found.isEmpty()) {
        m_message->setText(tr("Saved, but it cannot be published like this:") + u"\n"_s +
                           found.join(u'\n'));
        return;
    }
    Q_EMIT saved(id);
}

} // namespace Dorfplatz
