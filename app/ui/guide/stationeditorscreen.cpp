#include "stationeditorscreen.h"

#include "core/streams/streamconfig.h"
#include "media/streamchecker.h"
#include "picturechooser.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/textentry.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxNameLength = 60;
constexpr int maxUrlLength = 500;
constexpr int volumeStep = 10;
// Fallbacks a guide adds here; a file may have more.
constexpr int maxAddresses = 4;

} // namespace

StationEditorScreen::StationEditorScreen(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks,
                                         PlayerProvider *players, const QString &id,
                                         QWidget *parent)
    : StaffScreen(theme, id.isEmpty() ? tr("New station") : tr("Change station"), parent)
    , m_draft(draft)
    , m_players(players)
    , m_new(id.isEmpty())
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_summary(textLabel(theme, Theme::TextRole::Body, u"summary"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignTop}))
    , m_check(textLabel(theme, Theme::TextRole::Staff, u"check"_s, nullptr,
                        {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_text(new TextEntry(theme, u"textField"_s, maxUrlLength))
    , m_pictures(new PictureChooser(theme, draft, sticks))
{
    if (const auto found = draft.entry(ConfigDraft::List::Streams, id))
        m_station = *found;
    else
        m_station = {{u"kind"_s, u"radio"_s}, {u"urls"_s, QJsonArray{}}};
    content()->addWidget(m_message);

    const auto add = [this](const QString &text, const QString &name) {
        BigButton *button = staffButton(text, name);
        m_buttons.insert(name, button);
        return button;
    };
    auto *overview = new QWidget;
    auto *layout = new QVBoxLayout(overview);
    layout->setContentsMargins({});
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_summary);
    auto *grid = new QGridLayout;
    grid->setSpacing(theme.px(Theme::gapMm));
    grid->addWidget(add(tr("Name"), u"name"_s), 0, 0);
    grid->addWidget(add(tr("Address"), u"address"_s), 0, 1);
    grid->addWidget(add(tr("Add a fallback address"), u"fallback"_s), 0, 2);
    grid->addWidget(add(tr("Remove the last fallback"), u"removeFallback"_s), 0, 3);
    grid->addWidget(add(tr("Logo"), u"logo"_s), 1, 0);
    grid->addWidget(add(tr("Radio or TV"), u"kind"_s), 1, 1);
    grid->addWidget(add(tr("Quieter"), u"quieter"_s), 1, 2);
    grid->addWidget(add(tr("Louder"), u"louder"_s), 1, 3);
    layout->addLayout(grid);
    layout->addWidget(m_check);
    layout->addStretch();
    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme.px(Theme::gapMm));
    actions->addWidget(add(tr("Listen"), u"listen"_s));
    actions->addWidget(add(tr("With a tile: yes"), u"tile"_s));
    actions->addStretch();
    actions->addWidget(add(tr("Apply"), u"save"_s));
    layout->addLayout(actions);
    m_buttons.value(u"tile"_s)->setVisible(m_new);
    m_buttons.value(u"listen"_s)->setVisible(m_players != nullptr);

    connect(m_buttons.value(u"name"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Name); });
    connect(m_buttons.value(u"address"_s), &BigButton::clicked, this, [this] { editAddress(0); });
    connect(m_buttons.value(u"fallback"_s), &BigButton::clicked, this,
            [this] { editAddress(int(urls().size())); });
    connect(m_buttons.value(u"removeFallback"_s), &BigButton::clicked, this, [this] {
        QStringList list = urls();
        if (list.size() > 1)
            list.removeLast();
        setUrls(list);
        refresh();
    });
    connect(m_buttons.value(u"logo"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Logo); });
    connect(m_buttons.value(u"kind"_s), &BigButton::clicked, this, [this] {
        const bool radio = m_station.value(u"kind"_s).toString() != u"video";
        m_station.insert(u"kind"_s, radio ? u"video"_s : u"radio"_s);
        refresh();
    });
    const auto changeVolume = [this](int by) {
        const int volume = m_station.value(u"volume"_s).toInt(50);
        m_station.insert(u"volume"_s, std::clamp(volume + by, 10, 100));
        refresh();
    };
    connect(m_buttons.value(u"quieter"_s), &BigButton::clicked, this,
            [changeVolume] { changeVolume(-volumeStep); });
    connect(m_buttons.value(u"louder"_s), &BigButton::clicked, this,
            [changeVolume] { changeVolume(+volumeStep); });
    connect(m_buttons.value(u"listen"_s), &BigButton::clicked, this, &StationEditorScreen::listen);
    connect(m_buttons.value(u"tile"_s), &BigButton::clicked, this, [this] {
        m_withTile = !m_withTile;
        refresh();
    });
    connect(m_buttons.value(u"save"_s), &BigButton::clicked, this, &StationEditorScreen::save);

    m_pages->addWidget(overview);
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_pictures);
    content()->addWidget(m_pages, 1);

    connect(m_text, &TextEntry::accepted, this, [this](const QString &text) {
        if (m_step == Step::Name) {
            if (!text.isEmpty())
                m_station.insert(u"name"_s, text.left(maxNameLength));
        } else {
            QStringList list = urls();
            if (m_address < list.size()) {
                if (text.isEmpty() && m_address > 0)
                    list.removeAt(m_address);
                else if (!text.isEmpty())
                    list[m_address] = text;
            } else if (!text.isEmpty()) {
                list.append(text);
            }
            setUrls(list);
        }
        showStep(Step::Overview);
    });
    connect(m_pictures, &PictureChooser::chosen, this, [this](const QString &picture) {
        m_station.insert(u"logo"_s, picture);
        showStep(Step::Overview);
    });
    if (m_new)
        showStep(Step::Name);
    else
        showStep(Step::Overview);
}

StationEditorScreen::~StationEditorScreen() = default;

QString StationEditorScreen::screenName() const
{
    switch (m_step) {
    case Step::Overview:
        return u"guide-station"_s;
    case Step::Name:
        return u"guide-station-name"_s;
    case Step::Address:
        return u"guide-station-address"_s;
    case Step::Logo:
        return u"guide-station-logo"_s;
    }
    return {};
}

BigButton *StationEditorScreen::button(const QString &name) const
{
    return m_buttons.value(name);
}

QStringList StationEditorScreen::urls() const
{
    QStringList list;
    for (const QJsonValue &url : m_station.value(u"urls"_s).toArray())
        list.append(url.toString());
    return list;
}

void StationEditorScreen::setUrls(const QStringList &list)
{
    m_station.insert(u"urls"_s, QJsonArray::fromStringList(list));
}

void StationEditorScreen::editAddress(int index)
{
    m_address = index;
    showStep(Step::Address);
}

void StationEditorScreen::showStep(Step step)
{
    m_step = step;
    m_message->clear();
    switch (step) {
    case Step::Overview:
        m_pages->setCurrentIndex(0);
        refresh();
        break;
    case Step::Name:
        m_pages->setCurrentIndex(1);
        m_text->field()->setMaxLength(maxNameLength);
        m_text->ask(tr("The station's name, as the residents know it:"),
                    m_station.value(u"name"_s).toString());
        break;
    case Step::Address:
        m_pages->setCurrentIndex(1);
        m_text->field()->setMaxLength(maxUrlLength);
        m_text->ask(m_address == 0
                        ? tr("The address of the stream, as the station gives it "
                             "(https://…, also .m3u or .pls):")
                        : tr("An address to try when the first one fails (empty: remove it):"),
                    urls().value(m_address));
        break;
    case Step::Logo:
        m_pages->setCurrentIndex(2);
        m_message->setText(tr("Choose the station's logo."));
        m_pictures->showIcons();
        break;
    }
}

void StationEditorScreen::refresh()
{
    const QStringList list = urls();
    QStringList lines;
    lines.append(tr("Name: %1").arg(m_station.value(u"name"_s).toString()));
    lines.append(tr("Address: %1").arg(list.value(0, tr("(none yet)"))));
    for (int i = 1; i < list.size(); ++i)
        lines.append(tr("Fallback %1: %2").arg(i).arg(list.at(i)));
    lines.append(m_station.value(u"kind"_s).toString() == u"video" ? tr("TV (with picture)")
                                                                   : tr("Radio"));
    lines.append(m_station.contains(u"volume"_s)
                     ? tr("Starts at volume %1 %").arg(m_station.value(u"volume"_s).toInt())
                     : tr("Starts at the kiosk's usual volume"));
    m_summary->setText(lines.join(u'\n'));
    m_buttons.value(u"fallback"_s)->setEnabled(!list.isEmpty() && list.size() < maxAddresses);
    m_buttons.value(u"removeFallback"_s)->setEnabled(list.size() > 1);
    m_buttons.value(u"tile"_s)->setText(m_withTile ? tr("With a tile: yes")
                                                   : tr("With a tile: no"));
}

void StationEditorScreen::goBack()
{
    if (m_step != Step::Overview &&
        !(m_new && m_step == Step::Name && !m_station.contains(u"name"_s))) {
        showStep(Step::Overview);
        return;
    }
    StaffScreen::goBack();
}

void StationEditorScreen::deactivated()
{
    // Not a sound once the guide has left the screen.
    m_checker.reset();
}

void StationEditorScreen::listen()
{
    if (!m_players || urls().isEmpty()) {
        m_check->setText(tr("Enter the address first."));
        return;
    }
    StreamConfig stream;
    stream.id = u"probe"_s;
    stream.name = m_station.value(u"name"_s).toString();
    stream.kind =
        m_station.value(u"kind"_s).toString() == u"video" ? StreamKind::Video : StreamKind::Radio;
    for (const QString &url : urls())
        stream.urls.append(QUrl::fromUserInput(url, m_draft.mediaDirectory()));
    m_check->setText(tr("Listening …"));
    m_checker = std::make_unique<StreamChecker>(*m_players, QList<StreamConfig>{stream});
    m_checker->setTimeout(std::chrono::seconds(8));
    connect(m_checker.get(), &StreamChecker::checked, this,
            [this](const StreamChecker::Result &result) {
                if (result.works) {
                    m_check->setText(tr("It works: sound after %1 s (%2).")
                                         .arg(QLocale().toString(result.startMs / 1000.0, 'f', 1),
                                              result.url.toDisplayString()));
                } else {
                    m_check->setText(tr("It does not work: %1").arg(result.explanation()));
                }
            });
    m_checker->start();
}

void StationEditorScreen::save()
{
    const QString name = m_station.value(u"name"_s).toString();
    if (name.isEmpty()) {
        m_message->setText(tr("The station needs a name."));
        return;
    }
    if (urls().isEmpty()) {
        m_message->setText(tr("The station needs an address."));
        return;
    }
    if (m_new)
        m_station.insert(u"id"_s, m_draft.newId(ConfigDraft::List::Streams, name));
    QString error;
    if (!m_draft.putEntry(ConfigDraft::List::Streams, m_station, &error)) {
        m_message->setText(error);
        return;
    }
    if (m_new && m_withTile) {
        const QString logo = m_station.value(u"logo"_s).toString();
        const QJsonObject tile{{u"id"_s, m_draft.newId(ConfigDraft::List::Tiles, name)},
                               {u"kind"_s, u"stream"_s},
                               {u"label"_s, name},
                               {u"target"_s, m_station.value(u"id"_s)},
                               {u"picture"_s, logo.isEmpty() ? u"icon:radio"_s : logo}};
        if (!m_draft.putEntry(ConfigDraft::List::Tiles, tile, &error)) {
            m_message->setText(error);
            return;
        }
    }
    Q_EMIT saved(m_station.value(u"id"_s).toString());
}

} // namespace Dorfplatz
