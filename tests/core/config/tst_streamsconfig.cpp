#include "core/config/configloader.h"
#include "support/testconfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// streams.json and the player settings of kiosk.json, read through the same loader as the rest.
class TestStreamsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoStreamsLoad();
    void realExamplesAreValid();
    void streamsAreRead();
    void playerAndVolumeSettings();
    void noStreamsFileWithoutStreamTiles();
    void issues_data();
    void issues();
    void filesOfIncludesStreamsButNotLocalMedia();

private:
    void writeStreams(const QString &streamsArray);

    std::unique_ptr<Test::TestConfigDir> m_dir;
};

namespace {

const QString radioTile =
    uR"({"version": 1, "tiles": [{"id": "radio", "kind": "stream", "label": "Radio", "target": "swr4"}]})"_s;

} // namespace

void TestStreamsConfig::init()
{
    m_dir = std::make_unique<Test::TestConfigDir>();
    QVERIFY(m_dir->isValid());
    m_dir->writeJson(u"kiosk.json"_s, Test::TestConfigDir::defaultKiosk());
}

void TestStreamsConfig::writeStreams(const QString &streamsArray)
{
    QVERIFY(m_dir->writeText(
        u"streams.json"_s, (uR"({"version": 1, "streams": )"_s + streamsArray + u"}"_s).toUtf8()));
}

void TestStreamsConfig::demoStreamsLoad()
{
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    const ConfigLoadResult result = ConfigLoader::load(demo);
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    const KioskConfig &config = *result.config;
    QCOMPARE(config.streams.size(), 3);
    for (const TileConfig &tile : config.tiles) {
        if (tile.kind == TileKind::Stream)
            QVERIFY2(config.stream(tile.target), qPrintable(tile.target));
    }
    const StreamConfig *radio = config.stream(u"hausradio"_s);
    QVERIFY(radio);
    QCOMPARE(radio->kind, StreamKind::Radio);
    QCOMPARE(radio->urls, QList<QUrl>{QUrl::fromLocalFile(
                              QDir(demo).absoluteFilePath(u"media/hausradio.ogg"_s))});
    QCOMPARE(config.stream(u"konzert"_s)->kind, StreamKind::Video);
    QCOMPARE(config.stream(u"konzert"_s)->volume, 60);
    QCOMPARE(config.settings.player, PlayerBackend::Vlc);
    QCOMPARE(config.settings.volume, (VolumeLimits{20, 80, 50, 10}));
}

void TestStreamsConfig::realExamplesAreValid()
{
    m_dir->writeText(u"tiles.json"_s, radioTile.toUtf8());
    m_dir->writeText(u"streams.json"_s, Test::readFile(Test::sourcePath(
                                            u"kiosk-config/examples/streams-real.json"_s)));
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    const StreamConfig *swr4 = result.config->stream(u"swr4"_s);
    QVERIFY(swr4);
    QCOMPARE(swr4->urls.size(), 2);
    QCOMPARE(swr4->urls.first().scheme(), u"https"_s);
}

void TestStreamsConfig::streamsAreRead()
{
    m_dir->writeText(u"tiles.json"_s, radioTile.toUtf8());
    QVERIFY(m_dir->writeText(u"media/local.ogg"_s, "OggS"));
    writeStreams(uR"([
        {"id": "swr4", "name": "SWR4", "kind": "radio",
         "urls": ["http://127.0.0.1:9/a.mp3", "https://example.invalid/b.m3u", "media/local.ogg"],
         "volume": 70, "localHosts": ["192.168.1.20", "radio.fritz.box:8000"]},
        {"id": "tv", "name": "Fernsehen", "kind": "video", "urls": ["http://127.0.0.1:9/x.m3u8"],
         "logo": "icon:tv"}
    ])"_s);
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    const KioskConfig &config = *result.config;
    QCOMPARE(config.streams.size(), 2);
    const StreamConfig &swr4 = config.streams.at(0);
    QCOMPARE(swr4.name, u"SWR4"_s);
    QCOMPARE(swr4.urls,
             (QList<QUrl>{
                 QUrl(u"http://127.0.0.1:9/a.mp3"_s), QUrl(u"https://example.invalid/b.m3u"_s),
                 QUrl::fromLocalFile(QDir(m_dir->path()).absoluteFilePath(u"media/local.ogg"_s))}));
    QCOMPARE(swr4.volume, 70);
    QCOMPARE(swr4.localHosts, (QStringList{u"192.168.1.20"_s, u"radio.fritz.box:8000"_s}));
    QCOMPARE(config.streams.at(1).localHosts, QStringList());
    QCOMPARE(ConfigLoader::logoPath(config, swr4), u":/icons/radio.svg"_s);
    QCOMPARE(ConfigLoader::logoPath(config, config.streams.at(1)), u":/icons/tv.svg"_s);
    QCOMPARE(config.streams.at(1).volume, std::nullopt);
}

void TestStreamsConfig::playerAndVolumeSettings()
{
    m_dir->writeText(u"kiosk.json"_s, uR"({"version": 1, "player": "qt", "tapSound": false,
                          "volume": {"minimum": 30, "maximum": 90, "default": 40, "step": 5}})"_s
                                          .toUtf8());
    m_dir->writeJson(u"tiles.json"_s, Test::TestConfigDir::defaultTiles());
    m_dir->writeJson(u"streams.json"_s, Test::TestConfigDir::defaultStreams());
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QCOMPARE(result.config->settings.player, PlayerBackend::Qt);
    QVERIFY(!result.config->settings.tapSound);
    QCOMPARE(result.config->settings.volume, (VolumeLimits{30, 90, 40, 5}));
    QCOMPARE(result.config->settings.volume.clamp(10), 30);
    QCOMPARE(result.config->settings.volume.clamp(100), 90);
}

void TestStreamsConfig::noStreamsFileWithoutStreamTiles()
{
    m_dir->writeText(
        u"tiles.json"_s,
        uR"({"version": 1, "tiles": [{"id": "e", "kind": "events", "label": "E"}]})"_s.toUtf8());
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config->streams.isEmpty());
}

void TestStreamsConfig::issues_data()
{
    QTest::addColumn<QString>("kiosk");   // empty: defaults
    QTest::addColumn<QString>("tiles");   // empty: one stream tile for "swr4"
    QTest::addColumn<QString>("streams"); // the "streams" array; empty: no streams.json
    QTest::addColumn<QStringList>("expected");

    const QString ok =
        uR"({"id": "swr4", "name": "SWR4", "kind": "radio", "urls": ["http://127.0.0.1:9/a"]})"_s;
    QTest::addRow("streams.json missing")
        << QString() << QString() << QString()
        << QStringList{
               u"streams.json: file is missing"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("target unknown")
        << QString() << QString()
        << uR"([{"id": "swr3", "name": "SWR3", "kind": "radio", "urls": ["http://127.0.0.1:9/a"]}])"_s
        << QStringList{
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("target missing")
        << QString()
        << uR"({"version": 1, "tiles": [{"id": "radio", "kind": "stream", "label": "Radio"}]})"_s
        << u"["_s + ok + u"]"_s
        << QStringList{u"tiles.json: tiles[id=radio].target: is required but missing"_s};
    QTest::addRow("ftp URL")
        << QString() << QString()
        << uR"([{"id": "swr4", "name": "SWR4", "kind": "radio", "urls": ["ftp://x/a.mp3"]}])"_s
        << QStringList{
               u"streams.json: streams[0].urls[0]: \"ftp://x/a.mp3\" is neither a web address (http, https) nor a file"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("local file missing")
        << QString() << QString()
        << uR"([{"id": "swr4", "name": "SWR4", "kind": "radio", "urls": ["media/nope.ogg"]}])"_s
        << QStringList{
               u"streams.json: streams[0].urls[0]: media file \"media/nope.ogg\" not found"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("no URLs")
        << QString() << QString()
        << uR"([{"id": "swr4", "name": "SWR4", "kind": "radio", "urls": []}])"_s
        << QStringList{
               u"streams.json: streams[0].urls: 0 is out of range (1 to 10)"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("kind tv")
        << QString() << QString()
        << uR"([{"id": "swr4", "name": "SWR4", "kind": "tv", "urls": ["http://127.0.0.1:9/a"]}])"_s
        << QStringList{
               u"streams.json: streams[0].kind: \"tv\" is not allowed; use one of: radio, video"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("duplicate id")
        << QString() << QString() << u"["_s + ok + u", "_s + ok + u"]"_s
        << QStringList{
               u"streams.json: streams[1].id: id \"swr4\" is used twice (first at streams[0].id)"_s};
    QTest::addRow("localHosts not texts")
        << QString() << QString()
        << uR"([{"id": "swr4", "name": "SWR4", "kind": "radio", "urls": ["http://127.0.0.1:9/a"], "localHosts": ["192.168.1.20", 8000]}])"_s
        << QStringList{
               u"streams.json: streams[0].localHosts[1]: must be text, not a number"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("volume 120")
        << QString() << QString()
        << uR"([{"id": "swr4", "name": "SWR4", "kind": "radio", "urls": ["http://127.0.0.1:9/a"], "volume": 120}])"_s
        << QStringList{
               u"streams.json: streams[0].volume: 120 is out of range (0 to 100)"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("misspelt field")
        << QString() << QString()
        << uR"([{"id": "swr4", "name": "SWR4", "kind": "radio", "url": ["http://127.0.0.1:9/a"]}])"_s
        << QStringList{
               u"streams.json: streams[0].urls: is required but missing"_s,
               u"streams.json: streams[0].url: unknown field (check the spelling)"_s,
               u"tiles.json: tiles[id=radio].target: there is no \"swr4\" in streams.json"_s};
    QTest::addRow("player mplayer")
        << uR"({"version": 1, "player": "mplayer"})"_s << QString() << u"["_s + ok + u"]"_s
        << QStringList{u"kiosk.json: player: \"mplayer\" is not allowed; use one of: vlc, qt"_s};
    QTest::addRow("volume minimum above maximum")
        << uR"({"version": 1, "volume": {"minimum": 90, "maximum": 40}})"_s << QString()
        << u"["_s + ok + u"]"_s
        << QStringList{
               u"kiosk.json: volume: the volume must be minimum ≤ default ≤ maximum, not 90 ≤ 50 ≤ 40"_s};
    QTest::addRow("tapSound \"yes\"")
        << uR"({"version": 1, "tapSound": "yes"})"_s << QString() << u"["_s + ok + u"]"_s
        << QStringList{u"kiosk.json: tapSound: must be true or false, not text"_s};
    QTest::addRow("volume maximum 0")
        << uR"({"version": 1, "volume": {"maximum": 0}})"_s << QString() << u"["_s + ok + u"]"_s
        << QStringList{u"kiosk.json: volume.maximum: 0 is out of range (1 to 100)"_s};
}

void TestStreamsConfig::issues()
{
    QFETCH(QString, kiosk);
    QFETCH(QString, tiles);
    QFETCH(QString, streams);
    QFETCH(QStringList, expected);
    if (!kiosk.isEmpty())
        m_dir->writeText(u"kiosk.json"_s, kiosk.toUtf8());
    m_dir->writeText(u"tiles.json"_s, (tiles.isEmpty() ? radioTile : tiles).toUtf8());
    if (!streams.isEmpty())
        writeStreams(streams);
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), expected);
    QVERIFY(!result.config);
}

void TestStreamsConfig::filesOfIncludesStreamsButNotLocalMedia()
{
    m_dir->writeText(u"tiles.json"_s, radioTile.toUtf8());
    QVERIFY(m_dir->writeText(u"media/local.ogg"_s, "OggS"));
    writeStreams(uR"([{"id": "swr4", "name": "SWR4", "kind": "radio",
                       "urls": ["media/local.ogg", "http://127.0.0.1:9/a"]}])"_s);
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QCOMPARE(ConfigLoader::filesOf(*result.config),
             (QStringList{u"kiosk.json"_s, u"tiles.json"_s, u"streams.json"_s}));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestStreamsConfig)
#include "tst_streamsconfig.moc"
