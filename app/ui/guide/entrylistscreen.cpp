#include "entrylistscreen.h"

#include "draftproblems.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString nameOf(const ConfigDraft &draft, ConfigDraft::List list, const QString &id)
{
    const auto entry = draft.entry(list, id);
    return entry ? entry->value(u"name"_s).toString() : id;
}

} // namespace

EntryListScreen::EntryListScreen(const Theme &theme, ConfigDraft &draft, ConfigDraft::List list,
                                 QWidget *parent)
    : StaffScreen(theme, titleOf(list), parent)
    , m_draft(draft)
    , m_list(list)
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_new(staffButton(newTextOf(list), u"new"_s))
    , m_rows(new PagedRows(theme))
{
    m_top = new QHBoxLayout;
    m_top->setSpacing(theme.px(Theme::gapMm));
    m_top->addWidget(m_message, 1);
    m_top->addWidget(m_new);
    content()->addLayout(m_top);
    content()->addWidget(m_rows, 1);
    connect(m_new, &BigButton::clicked, this, &EntryListScreen::newRequested);
    reload();
}

QString EntryListScreen::titleOf(ConfigDraft::List list)
{
    switch (list) {
    case ConfigDraft::List::Tiles:
        return tr("Tiles");
    case ConfigDraft::List::Streams:
        return tr("Stations");
    case ConfigDraft::List::Contacts:
        return tr("Contacts");
    case ConfigDraft::List::Feeds:
        return tr("Calendars");
    }
    return {};
}

QString EntryListScreen::newTextOf(ConfigDraft::List list)
{
    switch (list) {
    case ConfigDraft::List::Tiles:
        return tr("New tile");
    case ConfigDraft::List::Streams:
        return tr("New station");
    case ConfigDraft::List::Contacts:
        return tr("New contact");
    case ConfigDraft::List::Feeds:
        return tr("New calendar");
    }
    return {};
}

QString EntryListScreen::screenName() const
{
    switch (m_list) {
    case ConfigDraft::List::Tiles:
        return u"guide-tiles"_s;
    case ConfigDraft::List::Streams:
        return u"guide-stations"_s;
    case ConfigDraft::List::Contacts:
        return u"guide-contacts"_s;
    case ConfigDraft::List::Feeds:
        return u"guide-calendars"_s;
    }
    return {};
}

// Tiles as the home screen shows them: by "order", then by their place in the file.
QList<QJsonObject> EntryListScreen::entriesInOrder() const
{
    QList<QJsonObject> entries;
    for (const QJsonValue &value : m_draft.entries(m_list))
        entries.append(value.toObject());
    if (m_list == ConfigDraft::List::Tiles) {
        std::stable_sort(entries.begin(), entries.end(),
                         [](const QJsonObject &a, const QJsonObject &b) {
                             return a.value(u"order"_s).toInt() < b.value(u"order"_s).toInt();
                         });
    }
    return entries;
}

QString EntryListScreen::describe(const ConfigDraft &draft, ConfigDraft::List list,
                                  const QJsonObject &entry)
{
    if (list == ConfigDraft::List::Tiles)
        return entry.value(u"label"_s).toString() + u" · "_s + targetText(draft, entry);
    if (list == ConfigDraft::List::Contacts) {
        const QString room = entry.contains(u"roomUrl"_s) ? entry.value(u"roomUrl"_s).toString()
                                                          : entry.value(u"room"_s).toString();
        return entry.value(u"name"_s).toString() + u" · "_s + room + u" · "_s +
               (entry.value(u"ring"_s).toBool() ? tr("rings") : tr("does not ring"));
    }
    if (list == ConfigDraft::List::Feeds)
        return entry.value(u"name"_s).toString() + u" · "_s + entry.value(u"url"_s).toString();
    const QJsonArray urls = entry.value(u"urls"_s).toArray();
    QString text = entry.value(u"name"_s).toString();
    if (!urls.isEmpty())
        text += u" · "_s + urls.first().toString();
    if (urls.size() > 1)
        text += u" "_s + tr("(+%n more address(es))", nullptr, int(urls.size() - 1));
    return text;
}

QString EntryListScreen::targetText(const ConfigDraft &draft, const QJsonObject &tile)
{
    const QString kind = tile.value(u"kind"_s).toString();
    const QString target = tile.value(u"target"_s).toString();
    if (kind == u"stream")
        return tr("station “%1”").arg(nameOf(draft, ConfigDraft::List::Streams, target));
    if (kind == u"call") {
        return target.isEmpty()
                   ? tr("all contacts")
                   : tr("call %1").arg(nameOf(draft, ConfigDraft::List::Contacts, target));
    }
    if (kind == u"events")
        return tr("“What's on?”");
    if (kind == u"schedule")
        return tr("today's programme");
    return kind;
}

void EntryListScreen::setProblems(const DraftProblems &problems)
{
    m_problems.clear();
    const QJsonArray entries = m_draft.entries(m_list);
    for (int i = 0; i < entries.size(); ++i) {
        const QStringList found = problems.forEntry(m_list, i);
        if (!found.isEmpty())
            m_problems.insert(entries.at(i).toObject().value(u"id"_s).toString(), found);
    }
    reload();
}

void EntryListScreen::reload(const QString &visibleId)
{
    const QList<QJsonObject> entries = entriesInOrder();
    QList<QWidget *> rows;
    m_ids.clear();
    for (const QJsonObject &entry : entries) {
        const QString id = entry.value(u"id"_s).toString();
        m_ids.append(id);
        rows.append(makeRow(entry, m_problems.value(id)));
    }
    m_message->setText(
        m_list == ConfigDraft::List::Tiles
            ? tr("%n tile(s), in their order on the home screen.", nullptr, int(entries.size()))
            : tr("%n station(s). Removing a station removes its tiles too.", nullptr,
                 int(entries.size())));
    m_rows->setRows(rows, std::max(0, int(m_ids.indexOf(visibleId))));
}

QWidget *EntryListScreen::makeRow(const QJsonObject &entry, const QStringList &problems)
{
    const QString id = entry.value(u"id"_s).toString();
    auto *row = new QFrame;
    row->setObjectName(u"row-"_s + id);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins({});
    layout->setSpacing(theme().px(Theme::gapMm));
    QLabel *text = textLabel(theme(), Theme::TextRole::Staff, u"text"_s, nullptr,
                             {Qt::AlignLeft | Qt::AlignVCenter});
    QStringList lines{describe(m_draft, m_list, entry)};
    if (!problems.isEmpty())
        lines.append(u"⚠ "_s + problems.join(u"; "_s));
    text->setText(lines.join(u'\n'));
    layout->addWidget(text, 1);
    BigButton *front = staffButton(tr("Forward"), u"front"_s);
    BigButton *back = staffButton(tr("Backward"), u"back"_s);
    BigButton *edit = staffButton(tr("Change"), u"edit"_s);
    BigButton *remove = staffButton(tr("Remove"), u"remove"_s);
    const int place = int(m_ids.size()) - 1; // this row's place (m_ids has it already)
    front->setEnabled(place > 0);
    const bool movable = m_list == ConfigDraft::List::Tiles;
    front->setVisible(movable);
    back->setVisible(movable);
    for (BigButton *button : {front, back, edit, remove})
        layout->addWidget(button);
    connect(front, &BigButton::clicked, this, [this, id] { move(id, -1); });
    connect(back, &BigButton::clicked, this, [this, id] { move(id, +1); });
    connect(edit, &BigButton::clicked, this, [this, id] { Q_EMIT editRequested(id); });
    connect(remove, &BigButton::clicked, this, [this, id, remove] { this->remove(id, remove); });
    return row;
}

BigButton *EntryListScreen::addAction(const QString &text, const QString &name)
{
    BigButton *button = staffButton(text, name);
    m_top->insertWidget(m_top->count() - 1, button);
    return button;
}

BigButton *EntryListScreen::rowButton(const QString &id, const QString &action) const
{
    for (QWidget *row : m_rows->rows()) {
        if (row->objectName() == u"row-"_s + id)
            return row->findChild<BigButton *>(action);
    }
    return nullptr;
}

void EntryListScreen::move(const QString &id, int by)
{
    // The file's order becomes the shown order first, so moving follows what the guide sees.
    QString error;
    if (!m_draft.moveEntry(m_list, id, by, &error)) {
        m_message->setText(error);
        return;
    }
    reload(id);
    Q_EMIT changed();
}

void EntryListScreen::remove(const QString &id, BigButton *button)
{
    if (!button->property("confirm").toBool()) {
        button->setProperty("confirm", true);
        button->setText(tr("Really remove?"));
        return;
    }
    QString error;
    if (!m_draft.removeEntry(m_list, id, &error)) {
        m_message->setText(error);
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace Dorfplatz
