// The guides' station finder through real taps, against a stand-in for radio-browser.info on
// 127.0.0.1 that answers in the directory's JSON: a name typed on the on-screen keyboard and the
// filters asked as the directory takes them, the most listened-to first and the broken station
// hidden, "Übernehmen" putting the station (the stream the directory found first, the address the
// station lists as fallback) and its tile into the draft as the kiosk's loader reads it and the
// click counted at the stand-in, a refusing server skipped, no server at all said in one plain
// sentence, "Probehören" with the real player, and every step fitting at 1920×1080 and 1280×800.
#include "core/config/configdraft.h"
#include "core/config/configloader.h"
#include "core/streams/radiobrowser.h"
#include "media/playerprovider.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"
#include "ui/guide/stationfinderscreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textentry.h"
#include "ui/kit/theme.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

const QString searchPath = u"/json/stations/search"_s;
const QString offlineText =
    u"No connection to the internet: the station directory cannot be reached."_s;
// A name longer than a tile's label may be (40) and than a row shows whole.
const QString longName = u"Radio Schlagerparadies Rheinland-Pfalz – die größten Hits von damals "
                         "und heute, rund um die Uhr"_s;

// One station as the directory lists it.
QJsonObject station(const QString &uuid, const QString &name, int clicks, int lastCheckOk = 1)
{
    return QJsonObject{{u"stationuuid"_s, uuid},
                       {u"name"_s, name},
                       {u"url"_s, u"http://radio.example/%1.m3u"_s.arg(uuid)},
                       {u"url_resolved"_s, u"http://stream.example/%1.mp3"_s.arg(uuid)},
                       {u"favicon"_s, u"http://radio.example/%1.png"_s.arg(uuid)},
                       {u"codec"_s, u"MP3"_s},
                       {u"bitrate"_s, 128},
                       {u"countrycode"_s, u"DE"_s},
                       {u"state"_s, u"Rheinland-Pfalz"_s},
                       {u"language"_s, u"german"_s},
                       {u"tags"_s, u"schlager,oldies"_s},
                       {u"clickcount"_s, clicks},
                       {u"lastcheckok"_s, lastCheckOk}};
}

// The search answer: in no particular order, a station that failed its last check, one whose
// listed address is the stream itself, one with a long name.
QByteArray searchAnswer()
{
    QJsonObject direct = station(u"d4"_s, u"Schlagerwelle Pfalz"_s, 300);
    direct.insert(u"url"_s, u"http://stream.example/d4.mp3"_s);
    direct.insert(u"codec"_s, u"AAC"_s);
    direct.insert(u"bitrate"_s, 64);
    return QJsonDocument(QJsonArray{station(u"a1"_s, u"Radio Kusel"_s, 12),
                                    station(u"b2"_s, u"SWR4 Rheinland-Pfalz"_s, 950),
                                    station(u"c3"_s, u"Kaputtfunk"_s, 2000, 0), direct,
                                    station(u"e5"_s, longName, 40)})
        .toJson();
}

} // namespace

class TestStationFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNameAndTheFiltersAreAskedAsTheDirectoryTakesThem();
    void adoptingPutsTheStationAndItsTileIntoTheDraft();
    void aRefusingServerIsSkipped();
    void withoutInternetTheScreenSaysSo();
    void otherFailuresAreSaidToo();
    void listeningPlaysTheStream();
    void everyStepFits_data();
    void everyStepFits();

private:
    // The finder in the kiosk's frame, asking `servers`, shown.
    bool open(const QList<QUrl> &servers, QSize size = {1920, 1080},
              PlayerProvider *players = nullptr);
    void tap(QAbstractButton *button);
    void type(const QString &text);
    // Accepts the name typed so far and waits for the search's end.
    void searchNow();
    QStringList rowNames() const;
    // A port that refuses: listened on, then closed.
    static QUrl deadServer();

    const Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    FixedClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_data;
    std::unique_ptr<ConfigDraft> m_draft;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RadioBrowser> m_directory;
    std::unique_ptr<Test::HttpServer> m_server;
    std::unique_ptr<Test::ScreenFrame> m_window;
    StationFinderScreen *m_finder = nullptr;
    Test::Tapper m_tapper;
};

void TestStationFinder::init()
{
    QVERIFY(m_data.isValid());
    const ConfigLoadResult demo = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY2(demo.config, qPrintable(Test::issueTexts(demo.issues).join(u'\n')));
    m_draft = std::make_unique<ConfigDraft>(m_data.filePath(u"data"_s));
    QString error;
    QVERIFY2(m_draft->begin(*demo.config, 0, &error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_directory = std::make_unique<RadioBrowser>(*m_network);
    m_server = std::make_unique<Test::HttpServer>();
    QVERIFY(m_server->listen());
    m_server->addContent(searchPath, "application/json", searchAnswer());
}

void TestStationFinder::cleanup()
{
    m_window.reset();
    m_finder = nullptr;
    m_directory.reset();
    m_network.reset();
    m_server.reset();
    m_draft.reset();
    QDir(m_data.filePath(u"data"_s)).removeRecursively();
}

bool TestStationFinder::open(const QList<QUrl> &servers, QSize size, PlayerProvider *players)
{
    m_window.reset();
    m_directory->setServers(servers);
    m_finder = new StationFinderScreen(m_theme, *m_draft, *m_directory, players);
    m_window = std::make_unique<Test::ScreenFrame>(m_theme, m_clock, m_finder, false, size);
    m_window->header()->hide();
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_finder->activate();
    QCoreApplication::processEvents();
    return true;
}

void TestStationFinder::tap(QAbstractButton *button)
{
    m_tapper.tap(qobject_cast<TapButton *>(button));
}

void TestStationFinder::type(const QString &text)
{
    OnScreenKeyboard *keyboard = m_finder->textEntry()->keyboard();
    for (const QChar character : text) {
        BigButton *key = keyboard->key(character == u' ' ? u"space"_s : QString(character));
        QVERIFY2(key, qPrintable(QString(character)));
        tap(key);
    }
}

void TestStationFinder::searchNow()
{
    QCOMPARE(m_finder->step(), StationFinderScreen::Step::Search);
    tap(m_finder->textEntry()->keyboard()->key(u"done"_s));
    QCOMPARE(m_finder->step(), StationFinderScreen::Step::Results);
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
}

QStringList TestStationFinder::rowNames() const
{
    QStringList names;
    for (const RadioStation &found : m_finder->stations())
        names.append(found.name);
    return names;
}

QUrl TestStationFinder::deadServer()
{
    Test::HttpServer gone;
    if (!gone.listen())
        return {};
    const QUrl url = gone.url(u"/"_s);
    gone.close();
    return url;
}

void TestStationFinder::aNameAndTheFiltersAreAskedAsTheDirectoryTakesThem()
{
    QVERIFY(open({m_server->url(u"/"_s)}));
    // The finder opens on the name, with the keyboard.
    QCOMPARE(m_finder->screenName(), u"guide-finder-search"_s);
    QVERIFY(m_finder->textEntry()->keyboard()->isVisible());
    type(u"pfalz"_s);
    tap(m_finder->textEntry()->keyboard()->key(u"done"_s));
    QCOMPARE(m_finder->screenName(), u"guide-finder"_s);
    QVERIFY(m_finder->isSearching());
    QCOMPARE(m_finder->message()->text(), u"Searching …"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);

    // Most listened-to first; the broken one not shown.
    QCOMPARE(rowNames(), (QStringList{u"SWR4 Rheinland-Pfalz"_s, u"Schlagerwelle Pfalz"_s, longName,
                                      u"Radio Kusel"_s}));
    QCOMPARE(m_finder->rows()->rows().size(), 4);
    QVERIFY(!m_finder->rowButton(u"c3"_s, u"adopt"_s));
    QCOMPARE(m_finder->message()->text(), u"4 station(s) found, the most listened-to first."_s);
    const QLabel *text = m_finder->rows()->rows().at(1)->findChild<QLabel *>(u"text"_s);
    QVERIFY(text);
    QCOMPARE(text->text(), u"Schlagerwelle Pfalz\nAAC · 64 kbit/s · Rheinland-Pfalz"_s);
    QVERIFY(m_finder->rowButton(u"b2"_s, u"adopt"_s)->isVisible());
    // Without a player, no "Probehören".
    QVERIFY(!m_finder->rowButton(u"b2"_s, u"listen"_s)->isVisible());

    // The name as typed (its first letter a capital by itself), the home's region and language,
    // and the directory's rules: broken stations hidden, by popularity.
    QUrlQuery asked(m_server->lastQuery(searchPath));
    QCOMPARE(asked.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"Pfalz"_s);
    QCOMPARE(asked.queryItemValue(u"countrycode"_s), u"DE"_s);
    QCOMPARE(asked.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"Rheinland-Pfalz"_s);
    QCOMPARE(asked.queryItemValue(u"language"_s), u"german"_s);
    QVERIFY(!asked.hasQueryItem(u"tag"_s));
    QCOMPARE(asked.queryItemValue(u"hidebroken"_s), u"true"_s);
    QCOMPARE(asked.queryItemValue(u"order"_s), u"clickcount"_s);
    QCOMPARE(asked.queryItemValue(u"reverse"_s), u"true"_s);
    const QByteArray agent = m_server->lastHeader(searchPath, "User-Agent");
    QVERIFY2(agent.startsWith("Dorfplatz/"), agent.constData());
    QCOMPARE(m_finder->button(u"name"_s)->text(), u"Name: Pfalz"_s);

    // Each filter asks again at once.
    tap(m_finder->button(u"state"_s));
    QVERIFY(!m_finder->button(u"state"_s)->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
    QCOMPARE(m_server->requestCount(searchPath), 2);
    asked = QUrlQuery(m_server->lastQuery(searchPath));
    QVERIFY(!asked.hasQueryItem(u"state"_s));
    QCOMPARE(asked.queryItemValue(u"countrycode"_s), u"DE"_s);

    tap(m_finder->button(u"language"_s));
    tap(m_finder->button(u"country"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
    asked = QUrlQuery(m_server->lastQuery(searchPath));
    QVERIFY(!asked.hasQueryItem(u"language"_s));
    QVERIFY(!asked.hasQueryItem(u"countrycode"_s));

    tap(m_finder->button(u"tag"_s));
    QCOMPARE(m_finder->screenName(), u"guide-finder-tag"_s);
    tap(m_finder->button(u"tag:volksmusik"_s));
    QCOMPARE(m_finder->screenName(), u"guide-finder"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
    asked = QUrlQuery(m_server->lastQuery(searchPath));
    QCOMPARE(asked.queryItemValue(u"tag"_s), u"volksmusik"_s);
    QCOMPARE(asked.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"Pfalz"_s);
    QCOMPARE(m_finder->button(u"tag"_s)->text(), u"Genre: Folk music"_s);

    // Another name: the field starts with the last one; "Zurück" keeps the results.
    tap(m_finder->button(u"name"_s));
    QCOMPARE(m_finder->textEntry()->field()->text(), u"Pfalz"_s);
    tap(m_finder->backButton());
    QCOMPARE(m_finder->screenName(), u"guide-finder"_s);
    QCOMPARE(rowNames().size(), 4);
    QSignalSpy left(m_finder, &StaffScreen::backRequested);
    tap(m_finder->backButton());
    QCOMPARE(left.size(), 1);
}

void TestStationFinder::adoptingPutsTheStationAndItsTileIntoTheDraft()
{
    m_server->addContent(u"/json/url/b2"_s, "application/json",
                         R"({"ok": true, "message": "retrieved station url"})");
    const qsizetype tiles = m_draft->entries(ConfigDraft::List::Tiles).size();
    const qsizetype streams = m_draft->entries(ConfigDraft::List::Streams).size();
    QVERIFY(open({m_server->url(u"/"_s)}));
    QSignalSpy adopted(m_finder, &StationFinderScreen::adopted);
    QSignalSpy clicked(m_directory.get(), &RadioBrowser::clickReported);
    searchNow();
    QVERIFY(m_finder->button(u"tile"_s)->isChecked());
    tap(m_finder->rowButton(u"b2"_s, u"adopt"_s));
    QCOMPARE(adopted.size(), 1);
    const QString id = adopted.first().first().toString();
    QCOMPARE(id, u"swr4-rheinland-pfalz"_s);
    QCOMPARE(m_finder->message()->text(),
             u"“SWR4 Rheinland-Pfalz” is now among the stations, with its tile."_s);
    QVERIFY(!m_finder->rowButton(u"b2"_s, u"adopt"_s)->isEnabled());

    // The click counted by the directory, as its rules ask, saying who asks.
    QVERIFY(clicked.wait(10000));
    QCOMPARE(clicked.first().first().toBool(), true);
    QCOMPARE(m_server->requestCount(u"/json/url/b2"_s), 1);
    QVERIFY(m_server->lastHeader(u"/json/url/b2"_s, "User-Agent").startsWith("Dorfplatz/"));

    // Without a tile; a station whose listed address is the stream itself has that one only;
    // a long name shortened to what a tile's label may be.
    tap(m_finder->button(u"tile"_s));
    QVERIFY(!m_finder->button(u"tile"_s)->isChecked());
    tap(m_finder->rowButton(u"d4"_s, u"adopt"_s));
    tap(m_finder->button(u"tile"_s));
    tap(m_finder->rowButton(u"e5"_s, u"adopt"_s));
    QCOMPARE(adopted.size(), 3);

    const ConfigLoadResult checked = m_draft->check();
    QVERIFY2(checked.config, qPrintable(Test::issueTexts(checked.issues).join(u'\n')));
    const KioskConfig &config = *checked.config;
    QCOMPARE(config.streams.size(), streams + 3);
    const StreamConfig *swr4 = config.stream(id);
    QVERIFY(swr4);
    QCOMPARE(swr4->name, u"SWR4 Rheinland-Pfalz"_s);
    QCOMPARE(swr4->kind, StreamKind::Radio);
    QCOMPARE(swr4->urls, (QList<QUrl>{QUrl(u"http://stream.example/b2.mp3"_s),
                                      QUrl(u"http://radio.example/b2.m3u"_s)}));
    const StreamConfig *direct = config.stream(adopted.at(1).first().toString());
    QVERIFY(direct);
    QCOMPARE(direct->urls, QList<QUrl>{QUrl(u"http://stream.example/d4.mp3"_s)});
    const StreamConfig *longOne = config.stream(adopted.at(2).first().toString());
    QVERIFY(longOne);
    QVERIFY(longOne->name.size() <= 60);
    QVERIFY(longName.startsWith(longOne->name.chopped(1)));

    QCOMPARE(config.tiles.size(), tiles + 2);
    QList<const TileConfig *> opening;
    for (const TileConfig &tile : config.tiles) {
        if (tile.target == id || tile.target == direct->id || tile.target == longOne->id)
            opening.append(&tile);
    }
    QCOMPARE(opening.size(), 2);
    QCOMPARE(opening.at(0)->kind, TileKind::Stream);
    QCOMPARE(opening.at(0)->target, id);
    QCOMPARE(opening.at(0)->label, u"SWR4 Rheinland-Pfalz"_s);
    QCOMPARE(opening.at(0)->picture, u"icon:radio"_s);
    QCOMPARE(opening.at(1)->target, longOne->id);
    QVERIFY(opening.at(1)->label.size() <= 40);

    // Searched again, the same station is not taken twice.
    tap(m_finder->button(u"name"_s));
    searchNow();
    tap(m_finder->rowButton(u"b2"_s, u"adopt"_s));
    QCOMPARE(adopted.size(), 3);
    QVERIFY2(m_finder->message()->text().contains(u"already among the stations"_s),
             qPrintable(m_finder->message()->text()));
    QCOMPARE(m_draft->entries(ConfigDraft::List::Streams).size(), streams + 3);
}

void TestStationFinder::aRefusingServerIsSkipped()
{
    // The directory's servers are asked in a random order: whichever comes first, every search
    // ends with the stations.
    QVERIFY(open({deadServer(), m_server->url(u"/"_s)}));
    searchNow();
    QCOMPARE(rowNames().size(), 4);
    for (int i = 0; i < 4; ++i) {
        tap(m_finder->button(u"language"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
        QCOMPARE(rowNames().size(), 4);
        QCOMPARE(m_finder->message()->text(), u"4 station(s) found, the most listened-to first."_s);
    }
    QCOMPARE(m_server->requestCount(searchPath), 5);
}

void TestStationFinder::withoutInternetTheScreenSaysSo()
{
    QVERIFY(open({deadServer(), deadServer()}));
    searchNow();
    QCOMPARE(m_finder->message()->text(), offlineText);
    QVERIFY(m_finder->message()->isVisible());
    QVERIFY(m_finder->stations().isEmpty());
    QVERIFY(m_finder->rows()->rows().isEmpty());
}

void TestStationFinder::otherFailuresAreSaidToo()
{
    // A server that answers with errors only.
    m_server->addStatus(searchPath, 503);
    QVERIFY(open({m_server->url(u"/"_s)}));
    searchNow();
    QCOMPARE(m_finder->message()->text(),
             u"The station directory does not answer just now. Please try again later."_s);
    // A page in place of the directory's answer, as a hotspot's sign-in page would be.
    m_server->addContent(searchPath, "text/html", "<html>Bitte anmelden</html>");
    tap(m_finder->button(u"country"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
    QVERIFY2(m_finder->message()->text().startsWith(
                 u"The answer did not come from the station directory."_s),
             qPrintable(m_finder->message()->text()));
    QVERIFY(m_finder->rows()->rows().isEmpty());
}

void TestStationFinder::listeningPlaysTheStream()
{
    // The stream on the stand-in, the station's listed address missing there.
    m_server->serveDirectory(u"/media"_s, Test::sourcePath(u"kiosk-config/demo/media"_s));
    QJsonObject playable = station(u"f6"_s, u"Hausradio"_s, 5);
    playable.insert(u"url_resolved"_s, m_server->url(u"/media/hausradio.ogg"_s).toString());
    playable.insert(u"url"_s, m_server->url(u"/missing.m3u"_s).toString());
    m_server->addContent(searchPath, "application/json",
                         QJsonDocument(QJsonArray{playable}).toJson());
    PlayerProvider players(PlayerBackend::Vlc, {u"--aout=adummy"_s});
    QVERIFY(open({m_server->url(u"/"_s)}, {1920, 1080}, &players));
    searchNow();
    QCOMPARE(rowNames(), QStringList{u"Hausradio"_s});
    tap(m_finder->rowButton(u"f6"_s, u"listen"_s));
    QCOMPARE(m_finder->message()->text(), u"Listening to “Hausradio” …"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->message()->text().startsWith(u"Listening"_s), 20000);
    QVERIFY2(m_finder->message()->text().startsWith(u"“Hausradio” works: sound after"_s),
             qPrintable(m_finder->message()->text()));
    QVERIFY(m_server->requestCount(u"/media/hausradio.ogg"_s) >= 1);
    // Listening adopts nothing.
    QVERIFY(!m_draft->entry(ConfigDraft::List::Streams, u"hausradio-2"_s));
    m_finder->deactivate();
}

void TestStationFinder::everyStepFits_data()
{
    QTest::addColumn<QSize>("size");
    for (const QSize &size : {QSize(1920, 1080), QSize(1280, 800)})
        QTest::addRow("%dx%d", size.width(), size.height()) << size;
}

void TestStationFinder::everyStepFits()
{
    QFETCH(QSize, size);
    PlayerProvider players(PlayerBackend::Vlc, {u"--aout=adummy"_s});
    QVERIFY(open({m_server->url(u"/"_s)}, size, &players));
    const auto check = [this](const char *what) {
        QCoreApplication::processEvents();
        const Test::NamedRects controls = Test::checkControls(*m_finder, m_theme);
        Test::checkTexts(*m_finder, controls);
        QVERIFY2(!QTest::currentTestFailed(), what);
    };
    check("the name");
    // A long name on its button.
    type(u"schlagerparadies rheinland"_s);
    searchNow();
    QVERIFY(m_finder->button(u"name"_s)->text().endsWith(u"…"_s));
    // The results, every page of them, with the longest status a search gives.
    PagedRows *rows = m_finder->rows();
    QVERIFY(rows->rowsPerPage() >= 2);
    for (int page = 0; page < rows->pageCount(); ++page) {
        if (page > 0)
            tap(rows->switcher()->nextButton());
        QCOMPARE(rows->page(), page);
        check("the results");
        if (qEnvironmentVariableIsSet("DORFPLATZ_GUIDE_SCREENSHOTS")) {
            m_window->grab().save(u"/tmp/finder-%1x%2-results-%3.png"_s.arg(size.width())
                                      .arg(size.height())
                                      .arg(page + 1));
        }
    }
    tap(m_finder->button(u"tag"_s));
    check("the genres");
    tap(m_finder->button(u"tag:classical"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
    check("the results with a genre");
    // The failures' sentences.
    m_server->addContent(searchPath, "text/html", "<html>Bitte anmelden</html>");
    tap(m_finder->button(u"country"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
    check("a wrong answer");
    m_directory->setServers({deadServer()});
    tap(m_finder->button(u"country"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_finder->isSearching(), 10000);
    QCOMPARE(m_finder->message()->text(), offlineText);
    check("offline");
    if (qEnvironmentVariableIsSet("DORFPLATZ_GUIDE_SCREENSHOTS"))
        m_window->grab().save(u"/tmp/finder-%1x%2.png"_s.arg(size.width()).arg(size.height()));
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestStationFinder)
#include "tst_stationfinder.moc"
