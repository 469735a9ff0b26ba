#include "stationfinderscreen.h"

#include "core/streams/streamconfig.h"
#include "media/streamchecker.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/textentry.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxSearchLength = 60;
// What the loader takes: a station's name (the editor's limit) and a tile's label.
constexpr int maxNameLength = 60;
constexpr int maxLabelLength = 40;
// The name on its button: the button must not push the others into more rows.
constexpr int shownSearchLength = 12;
constexpr int listenTimeoutSeconds = 8;

const QString countryCode = u"DE"_s;
const QString state = u"Rheinland-Pfalz"_s;
const QString language = u"german"_s;

// `text` cut to `length` characters, at a space where one is near the end, marked with "…".
QString shortened(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    QString cut = text.left(length - 1);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > length / 2)
        cut = cut.left(space);
    return cut.trimmed() + u"…"_s;
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
}

// The stream as the directory last found it first, the address the station lists (a playlist,
// perhaps) as the fallback when it differs: the kiosk tries them in this order.
QList<QUrl> addressesOf(const RadioStation &station)
{
    QList<QUrl> urls;
    for (const QUrl &url : {station.resolvedUrl, station.url}) {
        if (isWebAddress(url) && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

} // namespace

StationFinderScreen::StationFinderScreen(const Theme &theme, ConfigDraft &draft,
                                         RadioBrowser &directory, PlayerProvider *players,
                                         QWidget *parent)
    : StaffScreen(theme, tr("Find stations"), parent)
    , m_draft(draft)
    , m_directory(directory)
    , m_players(players)
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_filters(new ChoiceGrid(theme.px(Theme::gapMm)))
    , m_rows(new PagedRows(theme))
    , m_text(new TextEntry(theme, u"searchField"_s, maxSearchLength))
    , m_tags(new ChoiceGrid(theme.px(Theme::gapMm)))
{
    // The home's region and language first: what the residents listen to.
    m_query.countryCode = countryCode;
    m_query.state = state;
    m_query.language = language;
    content()->addWidget(m_message);

    const auto add = [this](ChoiceGrid *grid, const QString &text, const QString &name) {
        BigButton *button = staffButton(text, name);
        m_buttons.insert(name, button);
        grid->add(button);
        return button;
    };
    const auto chip = [this, &add](const QString &text, const QString &name, bool on, auto change) {
        BigButton *button = add(m_filters, text, name);
        button->setCheckable(true);
        button->setChecked(on);
        connect(button, &BigButton::toggled, this, [this, change](bool checked) {
            change(checked);
            search();
        });
    };
    // Their texts say what is asked (refresh()).
    connect(add(m_filters, QString(), u"name"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Search); });
    connect(add(m_filters, QString(), u"tag"_s), &BigButton::clicked, this,
            [this] { showStep(Step::Tag); });
    chip(tr("Germany"), u"country"_s, true,
         [this](bool on) { m_query.countryCode = on ? countryCode : QString(); });
    chip(tr("Rheinland-Pfalz"), u"state"_s, true,
         [this](bool on) { m_query.state = on ? state : QString(); });
    chip(tr("German"), u"language"_s, true,
         [this](bool on) { m_query.language = on ? language : QString(); });
    // Not a filter: whether "Übernehmen" gives the station a tile on the home screen too.
    BigButton *tile = add(m_filters, tr("With a tile"), u"tile"_s);
    tile->setCheckable(true);
    tile->setChecked(m_withTile);
    connect(tile, &BigButton::toggled, this, [this](bool checked) { m_withTile = checked; });

    auto *results = new QWidget;
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins({});
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_filters);
    layout->addWidget(m_rows, 1);

    for (const Tag &tag : tags()) {
        connect(add(m_tags, tag.text, u"tag:"_s + tag.tag), &BigButton::clicked, this,
                [this, chosen = tag.tag] {
                    m_query.tag = chosen;
                    showStep(Step::Results);
                    search();
                });
    }
    auto *tagPage = new QWidget;
    auto *tagLayout = new QVBoxLayout(tagPage);
    tagLayout->setContentsMargins({});
    tagLayout->addWidget(m_tags);
    tagLayout->addStretch();

    m_pages->addWidget(results);
    m_pages->addWidget(m_text);
    m_pages->addWidget(tagPage);
    content()->addWidget(m_pages, 1);

    connect(m_text, &TextEntry::accepted, this, [this](const QString &text) {
        m_query.name = text;
        showStep(Step::Results);
        search();
    });
    connect(&m_directory, &RadioBrowser::searchFinished, this,
            [this](const QList<RadioStation> &found) {
                // The directory may be shared: only the answer to this screen's search counts.
                if (!std::exchange(m_searching, false))
                    return;
                showStations(found);
            });
    connect(&m_directory, &RadioBrowser::searchFailed, this, [this](RadioBrowser::Failure failure) {
        if (!std::exchange(m_searching, false))
            return;
        showFailure(failure);
    });
    refresh();
    showStep(Step::Search);
}

StationFinderScreen::~StationFinderScreen() = default;

QString StationFinderScreen::screenName() const
{
    switch (m_step) {
    case Step::Results:
        return u"guide-finder"_s;
    case Step::Search:
        return u"guide-finder-search"_s;
    case Step::Tag:
        return u"guide-finder-tag"_s;
    }
    return {};
}

QList<StationFinderScreen::Tag> StationFinderScreen::tags()
{
    // The directory's tags are the stations' own words, mostly English and lower case.
    return {{QString(), tr("All")},
            {u"schlager"_s, tr("Schlager")},
            {u"volksmusik"_s, tr("Folk music")},
            {u"oldies"_s, tr("Oldies")},
            {u"classical"_s, tr("Classical")},
            {u"news"_s, tr("News")}};
}

BigButton *StationFinderScreen::button(const QString &name) const
{
    return m_buttons.value(name);
}

BigButton *StationFinderScreen::rowButton(const QString &uuid, const QString &action) const
{
    for (QWidget *row : m_rows->rows()) {
        if (row->objectName() == u"row-"_s + uuid)
            return row->findChild<BigButton *>(action);
    }
    return nullptr;
}

void StationFinderScreen::showStep(Step step)
{
    m_step = step;
    m_message->setVisible(step == Step::Results);
    switch (step) {
    case Step::Results:
        m_pages->setCurrentIndex(0);
        refresh();
        break;
    case Step::Search:
        m_pages->setCurrentIndex(1);
        m_text->ask(tr("The station's name, or a part of it (empty: all stations):"), m_query.name);
        break;
    case Step::Tag:
        m_pages->setCurrentIndex(2);
        break;
    }
}

void StationFinderScreen::refresh()
{
    m_buttons.value(u"name"_s)->setText(
        m_query.name.isEmpty() ? tr("Search by name")
                               : tr("Name: %1").arg(shortened(m_query.name, shownSearchLength)));
    QString genre = tr("all");
    for (const Tag &tag : tags()) {
        if (tag.tag == m_query.tag && !tag.tag.isEmpty())
            genre = tag.text;
    }
    m_buttons.value(u"tag"_s)->setText(tr("Genre: %1").arg(genre));
    m_filters->placeButtons();
}

void StationFinderScreen::goBack()
{
    if (m_step != Step::Results && m_searched) {
        showStep(Step::Results);
        return;
    }
    StaffScreen::goBack();
}

void StationFinderScreen::deactivated()
{
    // Not a sound once the guide has left the screen.
    m_checker.reset();
}

void StationFinderScreen::search()
{
    m_checker.reset();
    m_searching = true;
    m_searched = true;
    m_stations.clear();
    m_rows->setRows({});
    m_message->setText(tr("Searching …"));
    m_directory.search(m_query);
}

void StationFinderScreen::showStations(const QList<RadioStation> &found)
{
    m_stations = found;
    QList<QWidget *> rows;
    for (const RadioStation &station : m_stations)
        rows.append(makeRow(station));
    m_rows->setRows(rows);
    m_message->setText(m_stations.isEmpty()
                           ? tr("No station found. Try another name or fewer filters.")
                           : tr("%n station(s) found, the most listened-to first.", nullptr,
                                int(m_stations.size())));
}

void StationFinderScreen::showFailure(RadioBrowser::Failure failure)
{
    switch (failure) {
    case RadioBrowser::Failure::Offline:
        m_message->setText(
            tr("No connection to the internet: the station directory cannot be reached."));
        return;
    case RadioBrowser::Failure::Unreachable:
        m_message->setText(
            tr("The station directory does not answer just now. Please try again later."));
        return;
    case RadioBrowser::Failure::BadAnswer:
        m_message->setText(tr("The answer did not come from the station directory. Perhaps the "
                              "internet here needs a sign-in first."));
        return;
    }
}

QWidget *StationFinderScreen::makeRow(const RadioStation &station)
{
    auto *row = new QFrame;
    row->setObjectName(u"row-"_s + station.uuid);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins({});
    layout->setSpacing(theme().px(Theme::gapMm));
    QLabel *text = textLabel(theme(), Theme::TextRole::Staff, u"text"_s, nullptr,
                             {Qt::AlignLeft | Qt::AlignVCenter});
    QStringList details;
    if (!station.codec.isEmpty())
        details.append(station.codec);
    if (station.bitrate > 0)
        details.append(tr("%1 kbit/s").arg(station.bitrate));
    if (!station.state.isEmpty())
        details.append(station.state);
    else if (!station.countryCode.isEmpty())
        details.append(station.countryCode);
    text->setText(shortened(station.name, maxNameLength) + u'\n' + details.join(u" · "_s));
    layout->addWidget(text, 1);
    BigButton *listen = staffButton(tr("Listen"), u"listen"_s);
    BigButton *adopt = staffButton(tr("Apply"), u"adopt"_s);
    listen->setVisible(m_players != nullptr);
    layout->addWidget(listen);
    layout->addWidget(adopt);
    connect(listen, &BigButton::clicked, this, [this, station] { this->listen(station); });
    connect(adopt, &BigButton::clicked, this, [this, station] { this->adopt(station); });
    return row;
}

void StationFinderScreen::listen(const RadioStation &station)
{
    if (!m_players)
        return;
    StreamConfig stream;
    stream.id = u"probe"_s;
    stream.name = station.name;
    stream.kind = StreamKind::Radio;
    stream.urls = addressesOf(station);
    m_message->setText(tr("Listening to “%1” …").arg(station.name));
    m_checker = std::make_unique<StreamChecker>(*m_players, QList<StreamConfig>{stream});
    m_checker->setTimeout(std::chrono::seconds(listenTimeoutSeconds));
    connect(m_checker.get(), &StreamChecker::checked, this,
            [this](const StreamChecker::Result &result) {
                if (result.works) {
                    m_message->setText(
                        tr("“%1” works: sound after %2 s.")
                            .arg(result.stream.name,
                                 QLocale().toString(result.startMs / 1000.0, 'f', 1)));
                } else {
                    m_message->setText(
                        tr("“%1” does not work: %2").arg(result.stream.name, result.explanation()));
                }
            });
    m_checker->start();
}

void StationFinderScreen::adopt(const RadioStation &station)
{
    m_checker.reset();
    const QList<QUrl> urls = addressesOf(station);
    QJsonArray addresses;
    for (const QUrl &url : urls)
        addresses.append(url.toString(QUrl::FullyEncoded));
    // The same station twice would be two tiles that play the same.
    for (const QJsonValue &value : m_draft.entries(ConfigDraft::List::Streams)) {
        const QJsonObject existing = value.toObject();
        for (const QJsonValue &address : existing.value(u"urls"_s).toArray()) {
            if (addresses.contains(address)) {
                m_message->setText(tr("“%1” is already among the stations, as “%2”.")
                                       .arg(station.name, existing.value(u"name"_s).toString()));
                return;
            }
        }
    }
    const QString name = shortened(station.name, maxNameLength);
    const QString id = m_draft.newId(ConfigDraft::List::Streams, name);
    const QJsonObject stream{
        {u"id"_s, id}, {u"name"_s, name}, {u"kind"_s, u"radio"_s}, {u"urls"_s, addresses}};
    QString error;
    if (!m_draft.putEntry(ConfigDraft::List::Streams, stream, &error)) {
        m_message->setText(error);
        return;
    }
    if (m_withTile) {
        const QJsonObject tile{{u"id"_s, m_draft.newId(ConfigDraft::List::Tiles, name)},
                               {u"kind"_s, u"stream"_s},
                               {u"label"_s, shortened(name, maxLabelLength)},
                               {u"target"_s, id},
                               {u"picture"_s, u"icon:radio"_s}};
        if (!m_draft.putEntry(ConfigDraft::List::Tiles, tile, &error)) {
            m_message->setText(error);
            return;
        }
    }
    // The directory's rule: a click counted for every station a listener takes.
    m_directory.reportClick(station.uuid);
    m_message->setText(m_withTile ? tr("“%1” is now among the stations, with its tile.").arg(name)
                                  : tr("“%1” is now among the stations.").arg(name));
    if (BigButton *button = rowButton(station.uuid, u"adopt"_s)) {
        button->setText(tr("Applied"));
        button->setEnabled(false);
    }
    Q_EMIT adopted(id);
}

} // namespace Dorfplatz
