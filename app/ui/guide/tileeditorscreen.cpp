#include "tileeditorscreen.h"

#include "entrylistscreen.h"
#include "picturechooser.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/picture.h"
#include "ui/kit/textentry.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// As the loader allows (ConfigLoader's maxLabelLength).
constexpr int maxLabelLength = 60;

QString picturePathIn(const ConfigDraft &draft, const QString &picture)
{
    if (picture.startsWith(ConfigLoader::iconPrefix))
        return u":/icons/%1.svg"_s.arg(picture.mid(ConfigLoader::iconPrefix.size()));
    return picture.isEmpty() ? QString() : QDir(draft.directory()).filePath(picture);
}

} // namespace

TileEditorScreen::TileEditorScreen(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks,
                                   const QString &id, QWidget *parent)
    : StaffScreen(theme, id.isEmpty() ? tr("New tile") : tr("Change tile"), parent)
    , m_draft(draft)
    , m_new(id.isEmpty())
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_labelText(textLabel(theme, Theme::TextRole::Body, u"label"_s, nullptr,
                            {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_targetText(textLabel(theme, Theme::TextRole::Body, u"target"_s, nullptr,
                             {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_picture(new QLabel)
    , m_save(staffButton(tr("Apply"), u"save"_s))
    , m_label(new TextEntry(theme, u"labelField"_s, maxLabelLength))
    , m_targets(new ChoiceGrid(theme.px(Theme::gapMm)))
    , m_pictures(new PictureChooser(theme, draft, sticks))
{
    if (const auto found = draft.entry(ConfigDraft::List::Tiles, id))
        m_tile = *found;
    else
        m_tile = {{u"kind"_s, u"stream"_s}, {u"picture"_s, u"icon:radio"_s}};
    content()->addWidget(m_message);

    // The overview: one row per thing a tile has, each with "Ändern".
    auto *overview = new QWidget;
    auto *rows = new QGridLayout(overview);
    rows->setContentsMargins({});
    rows->setSpacing(theme.px(Theme::gapMm));
    const QList<std::pair<QString, QWidget *>> fields{
        {tr("Label"), m_labelText}, {tr("Opens"), m_targetText}, {tr("Picture"), m_picture}};
    const QList<Step> steps{Step::Label, Step::Target, Step::Picture};
    for (int row = 0; row < fields.size(); ++row) {
        QLabel *name = textLabel(theme, Theme::TextRole::Staff, {}, nullptr,
                                 {Qt::AlignLeft | Qt::AlignVCenter});
        name->setText(fields.at(row).first);
        BigButton *change = staffButton(tr("Change"), u"change%1"_s.arg(row));
        const Step step = steps.at(row);
        connect(change, &BigButton::clicked, this, [this, step] { showStep(step); });
        m_changes.append(change);
        rows->addWidget(name, row, 0);
        rows->addWidget(fields.at(row).second, row, 1);
        rows->addWidget(change, row, 2);
    }
    rows->setColumnStretch(1, 1);
    m_picture->setObjectName(u"picture"_s);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    rows->addLayout(saveRow, int(fields.size()), 0, 1, 3);
    rows->setRowStretch(int(fields.size()) + 1, 1);
    connect(m_save, &BigButton::clicked, this, &TileEditorScreen::save);

    // What it opens: everything the draft has, chosen with a tap.
    const auto addTarget = [this](const QString &text, const QString &kind, const QString &target,
                                  const QString &name) {
        BigButton *button = staffButton(text, u"target-%1-%2"_s.arg(kind, target));
        connect(button, &BigButton::clicked, this,
                [this, kind, target, text, name] { choose(kind, target, name); });
        m_targets->add(button);
    };
    for (const QJsonValue &value : draft.entries(ConfigDraft::List::Streams)) {
        const QJsonObject stream = value.toObject();
        const QString name = stream.value(u"name"_s).toString();
        addTarget(tr("Station: %1").arg(name), u"stream"_s, stream.value(u"id"_s).toString(), name);
    }
    for (const QJsonValue &value : draft.entries(ConfigDraft::List::Contacts)) {
        const QJsonObject contact = value.toObject();
        const QString name = contact.value(u"name"_s).toString();
        addTarget(tr("Call %1").arg(name), u"call"_s, contact.value(u"id"_s).toString(),
                  tr("Call %1").arg(name));
    }
    addTarget(tr("All contacts"), u"call"_s, {}, tr("Call"));
    addTarget(tr("What's on?"), u"events"_s, {}, tr("What's on?"));
    addTarget(tr("Today's programme"), u"schedule"_s, {}, tr("Programme today"));
    auto *targetPage = new QWidget;
    auto *targetLayout = new QVBoxLayout(targetPage);
    targetLayout->setContentsMargins({});
    targetLayout->addWidget(m_targets);
    targetLayout->addStretch();

    m_pages->addWidget(overview);
    m_pages->addWidget(m_label);
    m_pages->addWidget(targetPage);
    m_pages->addWidget(m_pictures);
    content()->addWidget(m_pages, 1);

    connect(m_label, &TextEntry::accepted, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_tile.insert(u"label"_s, text);
        showStep(Step::Overview);
    });
    connect(m_pictures, &PictureChooser::chosen, this, [this](const QString &picture) {
        m_tile.insert(u"picture"_s, picture);
        showStep(Step::Overview);
    });
    // A new tile starts with what it opens; its label follows from that.
    showStep(m_new ? Step::Target : Step::Overview);
}

QString TileEditorScreen::screenName() const
{
    switch (m_step) {
    case Step::Overview:
        return u"guide-tile"_s;
    case Step::Label:
        return u"guide-tile-label"_s;
    case Step::Target:
        return u"guide-tile-target"_s;
    case Step::Picture:
        return u"guide-tile-picture"_s;
    }
    return {};
}

BigButton *TileEditorScreen::changeButton(Step step) const
{
    return m_changes.value(int(step) - int(Step::Label));
}

void TileEditorScreen::showStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    m_message->clear();
    switch (step) {
    case Step::Overview:
        refresh();
        break;
    case Step::Label:
        m_message->setText(tr("The label stands under the picture, in large letters. Short is "
                              "best: “SWR4”, “Call Anna”."));
        m_label->ask({}, m_tile.value(u"label"_s).toString());
        break;
    case Step::Target:
        m_message->setText(tr("What should the tile open?"));
        break;
    case Step::Picture:
        m_message->setText(tr("Choose a picture."));
        m_pictures->showIcons();
        break;
    }
}

void TileEditorScreen::goBack()
{
    // A step goes back to the overview; the overview leaves without saving.
    if (m_step != Step::Overview &&
        !(m_new && m_step == Step::Target && !m_tile.contains(u"label"_s))) {
        showStep(Step::Overview);
        return;
    }
    StaffScreen::goBack();
}

void TileEditorScreen::choose(const QString &kind, const QString &target, const QString &label)
{
    m_tile.insert(u"kind"_s, kind);
    if (target.isEmpty())
        m_tile.remove(u"target"_s);
    else
        m_tile.insert(u"target"_s, target);
    if (!m_tile.contains(u"label"_s) || m_tile.value(u"label"_s).toString().isEmpty())
        m_tile.insert(u"label"_s, label);
    // A station's own logo, when it has one, is the natural picture of its tile.
    if (m_new && kind == u"stream") {
        const auto stream = m_draft.entry(ConfigDraft::List::Streams, target);
        const QString logo = stream ? stream->value(u"logo"_s).toString() : QString();
        m_tile.insert(u"picture"_s, logo.isEmpty() ? u"icon:radio"_s : logo);
    } else if (m_new) {
        static const QHash<QString, QString> icons{{u"call"_s, u"icon:call"_s},
                                                   {u"events"_s, u"icon:events"_s},
                                                   {u"schedule"_s, u"icon:schedule"_s}};
        m_tile.insert(u"picture"_s, icons.value(kind, u"icon:stream"_s));
    }
    showStep(Step::Overview);
}

void TileEditorScreen::refresh()
{
    m_labelText->setText(m_tile.value(u"label"_s).toString());
    m_targetText->setText(EntryListScreen::targetText(m_draft, m_tile));
    const int side = theme().px(20);
    m_pictureSide = -1;
    showPicture(m_picture, picturePathIn(m_draft, m_tile.value(u"picture"_s).toString()), side,
                theme().palette().icon, m_pictureSide);
}

void TileEditorScreen::save()
{
    const QString label = m_tile.value(u"label"_s).toString();
    if (label.isEmpty()) {
        m_message->setText(tr("The tile needs a label."));
        return;
    }
    if (m_new)
        m_tile.insert(u"id"_s, m_draft.newId(ConfigDraft::List::Tiles, label));
    QString error;
    if (!m_draft.putEntry(ConfigDraft::List::Tiles, m_tile, &error)) {
        m_message->setText(error);
        return;
    }
    Q_EMIT saved(m_tile.value(u"id"_s).toString());
}

} // namespace Dorfplatz
