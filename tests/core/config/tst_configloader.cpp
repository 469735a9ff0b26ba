#include "core/config/configloader.h"
#include "support/testconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// One expected problem: where, what kind, and the full English text a guide reads.
struct ExpectedIssue
{
    QString file;
    QString path;
    ConfigIssue::Kind kind = ConfigIssue::Kind::FileMissing;
    QString text;

    bool operator==(const ExpectedIssue &) const = default;
};

using ExpectedIssues = QList<ExpectedIssue>;

namespace {

using Kind = ConfigIssue::Kind;

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::FileMissing:
        return "FileMissing";
    case Kind::FileUnreadable:
        return "FileUnreadable";
    case Kind::FileTooLarge:
        return "FileTooLarge";
    case Kind::InvalidJson:
        return "InvalidJson";
    case Kind::NotAnObject:
        return "NotAnObject";
    case Kind::MissingField:
        return "MissingField";
    case Kind::WrongType:
        return "WrongType";
    case Kind::UnknownField:
        return "UnknownField";
    case Kind::InvalidChoice:
        return "InvalidChoice";
    case Kind::OutOfRange:
        return "OutOfRange";
    case Kind::InvalidTime:
        return "InvalidTime";
    case Kind::EmptyText:
        return "EmptyText";
    case Kind::TextTooLong:
        return "TextTooLong";
    case Kind::InvalidId:
        return "InvalidId";
    case Kind::DuplicateId:
        return "DuplicateId";
    case Kind::PictureNotFound:
        return "PictureNotFound";
    case Kind::PictureOutside:
        return "PictureOutside";
    case Kind::PictureFormat:
        return "PictureFormat";
    case Kind::UnknownIcon:
        return "UnknownIcon";
    case Kind::VersionTooNew:
        return "VersionTooNew";
    case Kind::NoTiles:
        return "NoTiles";
    case Kind::UnknownTarget:
        return "UnknownTarget";
    case Kind::InvalidUrl:
        return "InvalidUrl";
    case Kind::MediaNotFound:
        return "MediaNotFound";
    case Kind::CalendarNotFound:
        return "CalendarNotFound";
    case Kind::VolumeOrder:
        return "VolumeOrder";
    case Kind::NoContacts:
        return "NoContacts";
    case Kind::OneOfRequired:
        return "OneOfRequired";
    case Kind::OnlyOneOf:
        return "OnlyOneOf";
    case Kind::ServerMissing:
        return "ServerMissing";
    case Kind::InvalidServer:
        return "InvalidServer";
    case Kind::InvalidRoom:
        return "InvalidRoom";
    case Kind::InvalidRoomUrl:
        return "InvalidRoomUrl";
    case Kind::InsecureAddress:
        return "InsecureAddress";
    case Kind::InvalidRoomSizeUrl:
        return "InvalidRoomSizeUrl";
    case Kind::EmptyHours:
        return "EmptyHours";
    case Kind::NotAFile:
        return "NotAFile";
    case Kind::FolderMissing:
        return "FolderMissing";
    case Kind::PictureTooLarge:
        return "PictureTooLarge";
    case Kind::PathOutside:
        return "PathOutside";
    }
    return "?";
}

ExpectedIssues actualOf(const ConfigIssues &issues)
{
    ExpectedIssues actual;
    for (const ConfigIssue &issue : issues)
        actual.append({issue.file, issue.path, issue.kind, issue.toString()});
    return actual;
}

const QString missing = u"<missing>"_s; // a file the row does not write
const QString kioskOnlyVersion = uR"({"version": 1})"_s;

QString kioskWith(const QString &fields)
{
    return uR"({"version": 1, )"_s + fields + u"}"_s;
}

QString tilesWith(const QString &tiles)
{
    return uR"({"version": 1, "tiles": [)"_s + tiles + u"]}"_s;
}

// Events tiles: a stream tile would also need streams.json (tst_streamsconfig covers that), a
// call tile contacts.json (tst_contactsconfig).
const QString oneTile = tilesWith(uR"({"id": "radio", "kind": "events", "label": "Radio"})"_s);

// A tile with `fields` after a valid id and kind.
QString tileWith(const QString &fields)
{
    return tilesWith(uR"({"id": "radio", "kind": "events", )"_s + fields + u"}"_s);
}

} // namespace

char *toString(const ExpectedIssue &issue)
{
    return QTest::toString(u"%1 | %2 | %3 | %4"_s.arg(
        issue.file, issue.path, QLatin1StringView(kindName(issue.kind)), issue.text));
}

} // namespace Dorfplatz

Q_DECLARE_METATYPE(Dorfplatz::ExpectedIssue)
Q_DECLARE_METATYPE(Dorfplatz::TileKind)

namespace Dorfplatz {

class TestConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void demoConfigLoads();
    void tilesAreSortedByOrder();
    void validSettingsAreRead();
    void defaultsWhenOnlyVersionIsGiven();
    void nullMeansDefault();
    void stationDirectoryIsRead();
    void tileWithoutPictureGetsKindIcon_data();
    void tileWithoutPictureGetsKindIcon();
    void pictureFileIsResolved();
    void builtInIconsCoverEveryTileKind();
    void issues_data();
    void issues();
    void everyProblemIsReportedAtOnce();
    void bothFilesMissing();
    void fileSizeLimit_data();
    void fileSizeLimit();
    void notAFileIsRefusedWithoutOpening_data();
    void notAFileIsRefusedWithoutOpening();
    void pictureContentIsChecked();
    void hugePictureIsRefusedBySize();
    void linksOutOfTheFolderAreRefused_data();
    void linksOutOfTheFolderAreRefused();
    void filesOfListsJsonAndUsedPictures();

private:
    // The configuration lives in <temporary>/config, so "../outside.png" has somewhere to be.
    QString configDir() const { return m_dir->path() + u"/config"_s; }
    QString configFile(const QString &relative) const
    {
        return QDir::cleanPath(configDir() + u'/' + relative);
    }
    void write(const QString &relative, const QString &content) const;

    QByteArray m_png;
    std::unique_ptr<Test::TestConfigDir> m_dir;
};

void TestConfigLoader::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DORFPLATZ_TEST_DATA"),
             "DORFPLATZ_TEST_DATA is not set; run the test through ctest");
    m_png = Test::readFile(Test::dataPath(u"config/tiny.png"_s));
    QVERIFY(m_png.startsWith("\x89PNG"));
    QVERIFY(QFileInfo::exists(Test::sourcePath(u"kiosk-config/demo/kiosk.json"_s)));
}

void TestConfigLoader::init()
{
    m_dir = std::make_unique<Test::TestConfigDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(configDir()));
}

void TestConfigLoader::write(const QString &relative, const QString &content) const
{
    QVERIFY2(Test::writeFile(configFile(relative), content.toUtf8()), qPrintable(relative));
}

void TestConfigLoader::demoConfigLoads()
{
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    const ConfigLoadResult result = ConfigLoader::load(demo);
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    const KioskConfig &config = *result.config;
    QCOMPARE(config.directory, QDir(demo).absolutePath());

    QCOMPARE(config.settings.language, u"de"_s);
    QCOMPARE(config.settings.homeName, u"Haus Sonnenhang"_s);
    QCOMPARE(config.settings.nightHours.start, QTime(21, 0));
    QCOMPARE(config.settings.nightHours.end, QTime(7, 0));

    QCOMPARE(config.tiles.size(), 7);
    QStringList ids;
    for (qsizetype i = 0; i < config.tiles.size(); ++i) {
        ids.append(config.tiles.at(i).id);
        if (i > 0)
            QVERIFY(config.tiles.at(i - 1).order <= config.tiles.at(i).order);
    }
    QCOMPARE(ids, (QStringList{u"hausradio"_s, u"konzert"_s, u"gottesdienst"_s, u"anna"_s,
                               u"lukas"_s, u"was-ist-los"_s, u"programm"_s}));

    const TileConfig &anna = config.tiles.at(3);
    QCOMPARE(anna.kind, TileKind::Call);
    QCOMPARE(anna.label, u"Anna anrufen"_s);
    QCOMPARE(anna.target, u"anna"_s);
    QCOMPARE(ConfigLoader::picturePath(config, anna),
             QDir(demo).absoluteFilePath(u"pictures/anna.svg"_s));
    QCOMPARE(ConfigLoader::picturePath(config, config.tiles.at(0)), u":/icons/radio.svg"_s);

    for (const TileConfig &tile : config.tiles) {
        const QString picture = ConfigLoader::picturePath(config, tile);
        QVERIFY2(QFileInfo(picture).isFile(), qPrintable(tile.id + u": "_s + picture));
    }
}

void TestConfigLoader::tilesAreSortedByOrder()
{
    write(u"kiosk.json"_s, kioskOnlyVersion);
    write(u"tiles.json"_s, tilesWith(uR"(
        {"id": "c", "kind": "events", "label": "C", "order": 30},
        {"id": "a", "kind": "events", "label": "A", "order": 10},
        {"id": "none", "kind": "events", "label": "No order"},
        {"id": "b", "kind": "events", "label": "B", "order": 20},
        {"id": "a2", "kind": "schedule", "label": "A2", "order": 10},
        {"id": "first", "kind": "events", "label": "First", "order": -5}
    )"_s));

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    QStringList ids;
    for (const TileConfig &tile : result.config->tiles)
        ids.append(tile.id);
    // Equal orders keep their order in the file; a tile without "order" counts as 0.
    QCOMPARE(ids, (QStringList{u"first"_s, u"none"_s, u"a"_s, u"a2"_s, u"b"_s, u"c"_s}));
}

void TestConfigLoader::validSettingsAreRead()
{
    write(u"kiosk.json"_s, uR"({
        "version": 1,
        "language": "en",
        "theme": "high-contrast",
        "textScale": 150,
        "inactivityTimeoutSeconds": 300,
        "screenDiagonalInches": 21.5,
        "nightHours": {"start": "22:30", "end": "6:15"},
        "homeName": "  Haus Abendrot  ",
        "speech": {"readAloud": false, "announcements": true, "rate": 70, "volume": 60}
    })"_s);
    write(u"tiles.json"_s, oneTile);

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    const KioskSettings &settings = result.config->settings;
    QCOMPARE(settings.language, u"en"_s);
    QCOMPARE(settings.theme, ThemeKind::HighContrast);
    QCOMPARE(settings.textScalePercent, 150);
    QCOMPARE(settings.inactivityTimeout, std::chrono::seconds(300));
    QCOMPARE(settings.screenDiagonalInches, std::optional<double>(21.5));
    QCOMPARE(settings.nightHours.start, QTime(22, 30));
    QCOMPARE(settings.nightHours.end, QTime(6, 15));
    QCOMPARE(settings.homeName, u"Haus Abendrot"_s);
    QCOMPARE(settings.speech.readAloud, false);
    QCOMPARE(settings.speech.announcements, true);
    QCOMPARE(settings.speech.ratePercent, 70);
    QCOMPARE(settings.speech.volumePercent, 60);
}

void TestConfigLoader::defaultsWhenOnlyVersionIsGiven()
{
    write(u"kiosk.json"_s, kioskOnlyVersion);
    write(u"tiles.json"_s, oneTile);

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    const KioskSettings &settings = result.config->settings;
    QCOMPARE(settings.language, u"de"_s);
    QCOMPARE(settings.theme, ThemeKind::Standard);
    QCOMPARE(settings.textScalePercent, 100);
    QCOMPARE(settings.inactivityTimeout, std::chrono::seconds(120));
    QVERIFY(!settings.screenDiagonalInches);
    QCOMPARE(settings.nightHours.start, QTime(21, 0));
    QCOMPARE(settings.nightHours.end, QTime(7, 0));
    QCOMPARE(settings.homeName, QString());
    // Reading aloud on, announcements off, slower than the engine's normal rate.
    QCOMPARE(settings.speech.readAloud, true);
    QCOMPARE(settings.speech.announcements, false);
    QCOMPARE(settings.speech.ratePercent, 85);
    QVERIFY(settings == KioskSettings());

    QCOMPARE(result.config->tiles.size(), 1);
    const TileConfig &tile = result.config->tiles.first();
    QCOMPARE(tile.id, u"radio"_s);
    QCOMPARE(tile.kind, TileKind::Events);
    QCOMPARE(tile.label, u"Radio"_s);
    QCOMPARE(tile.picture, u"icon:events"_s);
    QCOMPARE(tile.target, QString());
    QCOMPARE(tile.order, 0);
}

void TestConfigLoader::stationDirectoryIsRead()
{
    write(u"kiosk.json"_s,
          kioskWith(uR"("stationDirectory": [" https://de1.api.radio-browser.info ",
                                             "http://127.0.0.1:8080/mirror/"])"_s));
    write(u"tiles.json"_s, oneTile);

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    // Trimmed, in the order given: the finder picks among them at random by itself.
    QCOMPARE(result.config->settings.stationDirectory,
             (QList<QUrl>{QUrl(u"https://de1.api.radio-browser.info"_s),
                          QUrl(u"http://127.0.0.1:8080/mirror/"_s)}));
    QVERIFY(result.config->settings != KioskSettings());

    // An empty list is the default: the servers are found through DNS.
    write(u"kiosk.json"_s, kioskWith(uR"("stationDirectory": [])"_s));
    const ConfigLoadResult empty = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(empty.issues), QStringList());
    QVERIFY(empty.config);
    QVERIFY(empty.config->settings.stationDirectory.isEmpty());
}

void TestConfigLoader::nullMeansDefault()
{
    write(u"kiosk.json"_s, uR"({
        "version": 1, "language": null, "theme": null, "textScale": null,
        "inactivityTimeoutSeconds": null, "screenDiagonalInches": null, "nightHours": null,
        "homeName": null
    })"_s);
    write(u"tiles.json"_s, tileWith(uR"("label": "Radio", "picture": null, "target": null,
                                         "order": null)"_s));

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    QVERIFY(result.config->settings == KioskSettings());
    QCOMPARE(result.config->settings.textScalePercent, 100);
    QCOMPARE(result.config->tiles.size(), 1);
    QCOMPARE(result.config->tiles.first().picture, u"icon:events"_s);
    QCOMPARE(result.config->tiles.first().target, QString());
    QCOMPARE(result.config->tiles.first().order, 0);
}

void TestConfigLoader::tileWithoutPictureGetsKindIcon_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<TileKind>("expectedKind");

    QTest::addRow("stream") << u"stream"_s << TileKind::Stream;
    QTest::addRow("call") << u"call"_s << TileKind::Call;
    QTest::addRow("events") << u"events"_s << TileKind::Events;
    QTest::addRow("schedule") << u"schedule"_s << TileKind::Schedule;
}

void TestConfigLoader::tileWithoutPictureGetsKindIcon()
{
    QFETCH(QString, kind);
    QFETCH(TileKind, expectedKind);

    write(u"kiosk.json"_s, kioskOnlyVersion);
    write(u"tiles.json"_s,
          tilesWith(uR"({"id": "t", "kind": "%1", "label": "Tile", "target": "s"})"_s.arg(kind)));
    write(u"streams.json"_s, uR"({"version": 1, "streams": [
        {"id": "s", "name": "S", "kind": "radio", "urls": ["http://127.0.0.1:9/s"]}]})"_s);
    write(u"contacts.json"_s,
          uR"({"version": 1, "server": "https://meet.example.org/", "contacts": [
        {"id": "s", "name": "S", "room": "s", "displayName": "Oma"}]})"_s);
    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    const TileConfig &tile = result.config->tiles.first();
    QCOMPARE(tile.kind, expectedKind);
    QCOMPARE(tile.picture, u"icon:"_s + kind);
    const QString path = ConfigLoader::picturePath(*result.config, tile);
    QCOMPARE(path, u":/icons/%1.svg"_s.arg(kind));
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
}

void TestConfigLoader::pictureFileIsResolved()
{
    write(u"kiosk.json"_s, kioskOnlyVersion);
    QVERIFY(Test::writeFile(configFile(u"pictures/oma.png"_s), m_png));
    QVERIFY(Test::writeFile(configFile(u"Foto.JPG"_s), m_png)); // any picture, whatever its ending
    write(u"tiles.json"_s, tilesWith(uR"(
        {"id": "oma", "kind": "events", "label": "Oma", "picture": "pictures/oma.png"},
        {"id": "foto", "kind": "events", "label": "Foto", "picture": "./pictures/../Foto.JPG"}
    )"_s));

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    QCOMPARE(result.config->tiles.size(), 2);
    const QString oma = ConfigLoader::picturePath(*result.config, result.config->tiles.at(0));
    QVERIFY(QFileInfo(oma).isAbsolute());
    QCOMPARE(QFileInfo(oma).canonicalFilePath(),
             QFileInfo(configFile(u"pictures/oma.png"_s)).canonicalFilePath());
    QCOMPARE(Test::readFile(oma), m_png);
    const QString foto = ConfigLoader::picturePath(*result.config, result.config->tiles.at(1));
    QCOMPARE(QFileInfo(foto).canonicalFilePath(),
             QFileInfo(configFile(u"Foto.JPG"_s)).canonicalFilePath());
}

void TestConfigLoader::builtInIconsCoverEveryTileKind()
{
    const QStringList icons = ConfigLoader::builtInIcons();
    QVERIFY(!icons.isEmpty());
    QStringList sorted = icons;
    sorted.sort();
    QCOMPARE(icons, sorted);
    for (const QString &kind : tileKindNames())
        QVERIFY2(icons.contains(kind), qPrintable(kind));
    // The demo uses these two.
    QVERIFY(icons.contains(u"radio"_s));
    QVERIFY(icons.contains(u"concert"_s));
    for (const QString &icon : icons)
        QVERIFY2(!icon.endsWith(u".svg"_s) && !icon.isEmpty(), qPrintable(icon));
}

void TestConfigLoader::issues_data()
{
    QTest::addColumn<QString>("kiosk");
    QTest::addColumn<QString>("tiles");
    QTest::addColumn<QStringList>("files"); // created in the configuration folder
    QTest::addColumn<ExpectedIssues>("expected");

    const QString k = u"kiosk.json"_s;
    const QString t = u"tiles.json"_s;
    const QString label41(41, u'x');
    const QString icons = ConfigLoader::builtInIcons().join(u", ");

    // kiosk.json as a file
    QTest::addRow("kiosk.json missing")
        << missing << oneTile << QStringList()
        << ExpectedIssues{{k, {}, Kind::FileMissing, u"kiosk.json: file is missing"_s}};
    QTest::addRow("invalid JSON")
        << uR"({"version": 1,, "language": "de"})"_s << oneTile << QStringList()
        << ExpectedIssues{{k,
                           {},
                           Kind::InvalidJson,
                           u"kiosk.json: line 1, column 15: a } or a comma is missing here"_s}};
    QTest::addRow("invalid JSON: missing comma")
        << uR"({"version": 1
                "language": "de"})"_s
        << oneTile << QStringList()
        << ExpectedIssues{{k,
                           {},
                           Kind::InvalidJson,
                           u"kiosk.json: line 2, column 17: a } or a comma is missing here"_s}};
    QTest::addRow("top level is an array")
        << uR"([{"version": 1}])"_s << oneTile << QStringList()
        << ExpectedIssues{{k, {}, Kind::NotAnObject, u"kiosk.json: must be a JSON object { … }"_s}};

    // version
    QTest::addRow("version missing")
        << uR"({"language": "de"})"_s << oneTile << QStringList()
        << ExpectedIssues{{k, u"version"_s, Kind::MissingField,
                           u"kiosk.json: version: is required but missing"_s}};
    QTest::addRow("version 2")
        << uR"({"version": 2})"_s << oneTile << QStringList()
        << ExpectedIssues{{k, u"version"_s, Kind::VersionTooNew,
                           u"kiosk.json: version: version 2 is newer than this Dorfplatz "
                           "understands (1); update Dorfplatz"_s}};
    QTest::addRow("version \"1\"")
        << uR"({"version": "1"})"_s << oneTile << QStringList()
        << ExpectedIssues{{k, u"version"_s, Kind::WrongType,
                           u"kiosk.json: version: must be a number, not text"_s}};
    QTest::addRow("version 1.5")
        << uR"({"version": 1.5})"_s << oneTile << QStringList()
        << ExpectedIssues{{k, u"version"_s, Kind::WrongType,
                           u"kiosk.json: version: must be a whole number, not a number"_s}};
    QTest::addRow("version 0")
        << uR"({"version": 0})"_s << oneTile << QStringList()
        << ExpectedIssues{{k, u"version"_s, Kind::OutOfRange,
                           u"kiosk.json: version: 0 is out of range (1 to 2147483647)"_s}};
    QTest::addRow("tiles.json version 2")
        << kioskOnlyVersion << uR"({"version": 2, "tiles": []})"_s << QStringList()
        << ExpectedIssues{{t, u"version"_s, Kind::VersionTooNew,
                           u"tiles.json: version: version 2 is newer than this Dorfplatz "
                           "understands (1); update Dorfplatz"_s}};

    // kiosk.json fields
    QTest::addRow("unknown field textscale")
        << kioskWith(uR"("textscale": 125)"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"textscale"_s, Kind::UnknownField,
                           u"kiosk.json: textscale: unknown field (check the spelling)"_s}};
    QTest::addRow("textScale 110")
        << kioskWith(uR"("textScale": 110)"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"textScale"_s, Kind::InvalidChoice,
                           u"kiosk.json: textScale: \"110\" is not allowed; use one of: "
                           "100, 125, 150, 200"_s}};
    QTest::addRow("textScale \"125\"")
        << kioskWith(uR"("textScale": "125")"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"textScale"_s, Kind::WrongType,
                           u"kiosk.json: textScale: must be a number, not text"_s}};
    QTest::addRow("inactivityTimeoutSeconds 5")
        << kioskWith(uR"("inactivityTimeoutSeconds": 5)"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"inactivityTimeoutSeconds"_s, Kind::OutOfRange,
                           u"kiosk.json: inactivityTimeoutSeconds: 5 is out of range "
                           "(15 to 3600)"_s}};
    QTest::addRow("screenDiagonalInches 500")
        << kioskWith(uR"("screenDiagonalInches": 500)"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"screenDiagonalInches"_s, Kind::OutOfRange,
                           u"kiosk.json: screenDiagonalInches: 500 is out of range "
                           "(7 to 120)"_s}};
    QTest::addRow("speech.rate 200")
        << kioskWith(uR"("speech": {"rate": 200})"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"speech.rate"_s, Kind::OutOfRange,
                           u"kiosk.json: speech.rate: 200 is out of range (50 to 150)"_s}};
    QTest::addRow("speech with a misspelt field")
        << kioskWith(uR"("speech": {"announcement": true})"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"speech.announcement"_s, Kind::UnknownField,
                           u"kiosk.json: speech.announcement: unknown field (check the "
                           "spelling)"_s}};
    QTest::addRow("nightHours.start 25:00")
        << kioskWith(uR"("nightHours": {"start": "25:00", "end": "07:00"})"_s) << oneTile
        << QStringList()
        << ExpectedIssues{{k, u"nightHours.start"_s, Kind::InvalidTime,
                           u"kiosk.json: nightHours.start: \"25:00\" is not a time like "
                           "\"21:00\""_s}};
    QTest::addRow("nightHours without end")
        << kioskWith(uR"("nightHours": {"start": "21:00"})"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"nightHours.end"_s, Kind::MissingField,
                           u"kiosk.json: nightHours.end: is required but missing"_s}};
    QTest::addRow("nightHours with a misspelt field")
        << kioskWith(uR"("nightHours": {"begin": "21:00", "end": "07:00"})"_s) << oneTile
        << QStringList()
        << ExpectedIssues{{k, u"nightHours.start"_s, Kind::MissingField,
                           u"kiosk.json: nightHours.start: is required but missing"_s},
                          {k, u"nightHours.begin"_s, Kind::UnknownField,
                           u"kiosk.json: nightHours.begin: unknown field (check the spelling)"_s}};
    QTest::addRow("nightHours not an object")
        << kioskWith(uR"("nightHours": "21-7")"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"nightHours"_s, Kind::WrongType,
                           u"kiosk.json: nightHours: must be an object, not text"_s}};
    QTest::addRow("theme dark")
        << kioskWith(uR"("theme": "dark")"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"theme"_s, Kind::InvalidChoice,
                           u"kiosk.json: theme: \"dark\" is not allowed; use one of: standard, "
                           "high-contrast"_s}};
    QTest::addRow("language fr")
        << kioskWith(uR"("language": "fr")"_s) << oneTile << QStringList()
        << ExpectedIssues{{k, u"language"_s, Kind::InvalidChoice,
                           u"kiosk.json: language: \"fr\" is not allowed; use one of: de, en"_s}};
    QTest::addRow("homeName of 41 characters")
        << kioskWith(uR"("homeName": "%1")"_s.arg(label41)) << oneTile << QStringList()
        << ExpectedIssues{{k, u"homeName"_s, Kind::TextTooLong,
                           u"kiosk.json: homeName: is 41 characters long; at most 40 fit"_s}};

    QTest::addRow("stationDirectory with an address that is not a web address")
        << kioskWith(uR"("stationDirectory": ["https://de1.api.radio-browser.info",
                                              "ftp://mirror.example", "de2.api.radio-browser.info"])"_s)
        << oneTile << QStringList()
        << ExpectedIssues{{k, u"stationDirectory[1]"_s, Kind::InvalidUrl,
                           u"kiosk.json: stationDirectory[1]: \"ftp://mirror.example\" is neither "
                           "a web address (http, https) nor a file"_s},
                          {k, u"stationDirectory[2]"_s, Kind::InvalidUrl,
                           u"kiosk.json: stationDirectory[2]: \"de2.api.radio-browser.info\" is "
                           "neither a web address (http, https) nor a file"_s}};
    QTest::addRow("stationDirectory with a number")
        << kioskWith(uR"("stationDirectory": [8080, "https://de1.api.radio-browser.info"])"_s)
        << oneTile << QStringList()
        << ExpectedIssues{{k, u"stationDirectory[0]"_s, Kind::WrongType,
                           u"kiosk.json: stationDirectory[0]: must be text, not a number"_s}};
    QTest::addRow("stationDirectory a single text")
        << kioskWith(uR"("stationDirectory": "https://de1.api.radio-browser.info")"_s) << oneTile
        << QStringList()
        << ExpectedIssues{{k, u"stationDirectory"_s, Kind::WrongType,
                           u"kiosk.json: stationDirectory: must be a list, not text"_s}};

    // tiles.json: the list
    QTest::addRow("tiles missing")
        << kioskOnlyVersion << kioskOnlyVersion << QStringList()
        << ExpectedIssues{{t, u"tiles"_s, Kind::MissingField,
                           u"tiles.json: tiles: is required but missing"_s}};
    QTest::addRow("tiles misspelt")
        << kioskOnlyVersion << uR"({"version": 1, "tile": []})"_s << QStringList()
        << ExpectedIssues{
               {t, u"tiles"_s, Kind::MissingField, u"tiles.json: tiles: is required but missing"_s},
               {t, u"tile"_s, Kind::UnknownField,
                u"tiles.json: tile: unknown field (check the spelling)"_s}};
    QTest::addRow("tiles empty") << kioskOnlyVersion << tilesWith({}) << QStringList()
                                 << ExpectedIssues{
                                        {t, u"tiles"_s, Kind::NoTiles,
                                         u"tiles.json: tiles: there must be at least one tile"_s}};
    QTest::addRow("tiles not a list")
        << kioskOnlyVersion << uR"({"version": 1, "tiles": {}})"_s << QStringList()
        << ExpectedIssues{{t, u"tiles"_s, Kind::WrongType,
                           u"tiles.json: tiles: must be a list, not an object"_s}};
    QTest::addRow("tiles[1] not an object")
        << kioskOnlyVersion
        << tilesWith(uR"({"id": "radio", "kind": "events", "label": "Radio"}, "events")"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[1]"_s, Kind::WrongType,
                           u"tiles.json: tiles[1]: must be an object, not text"_s}};

    // tiles.json: one tile
    QTest::addRow("id with capitals")
        << kioskOnlyVersion << tilesWith(uR"({"id": "Radio", "kind": "events", "label": "R"})"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[0].id"_s, Kind::InvalidId,
                           u"tiles.json: tiles[0].id: \"Radio\" is not a valid id "
                           "(use a-z, 0-9 and -)"_s}};
    QTest::addRow("id with a space")
        << kioskOnlyVersion << tilesWith(uR"({"id": "my radio", "kind": "events", "label": "R"})"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[0].id"_s, Kind::InvalidId,
                           u"tiles.json: tiles[0].id: \"my radio\" is not a valid id "
                           "(use a-z, 0-9 and -)"_s}};
    QTest::addRow("duplicate id")
        << kioskOnlyVersion << tilesWith(uR"({"id": "radio", "kind": "events", "label": "Radio"},
                         {"id": "anna", "kind": "events", "label": "Anna"},
                         {"id": "radio", "kind": "events", "label": "Radio 2"})"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[2].id"_s, Kind::DuplicateId,
                           u"tiles.json: tiles[2].id: id \"radio\" is used twice "
                           "(first at tiles[0].id)"_s}};
    QTest::addRow("label missing")
        << kioskOnlyVersion << tilesWith(uR"({"id": "radio", "kind": "events"})"_s) << QStringList()
        << ExpectedIssues{{t, u"tiles[0].label"_s, Kind::MissingField,
                           u"tiles.json: tiles[0].label: is required but missing"_s}};
    QTest::addRow("label null") << kioskOnlyVersion << tileWith(uR"("label": null)"_s)
                                << QStringList()
                                << ExpectedIssues{
                                       {t, u"tiles[0].label"_s, Kind::MissingField,
                                        u"tiles.json: tiles[0].label: is required but missing"_s}};
    QTest::addRow("label empty") << kioskOnlyVersion << tileWith(uR"("label": "")"_s)
                                 << QStringList()
                                 << ExpectedIssues{
                                        {t, u"tiles[0].label"_s, Kind::EmptyText,
                                         u"tiles.json: tiles[0].label: must not be empty"_s}};
    QTest::addRow("label whitespace")
        << kioskOnlyVersion << tileWith(uR"("label": " \t  ")"_s) << QStringList()
        << ExpectedIssues{{t, u"tiles[0].label"_s, Kind::EmptyText,
                           u"tiles.json: tiles[0].label: must not be empty"_s}};
    QTest::addRow("label of 41 characters")
        << kioskOnlyVersion << tileWith(uR"("label": "%1")"_s.arg(label41)) << QStringList()
        << ExpectedIssues{{t, u"tiles[0].label"_s, Kind::TextTooLong,
                           u"tiles.json: tiles[0].label: is 41 characters long; at most 40 fit"_s}};
    QTest::addRow("label a number")
        << kioskOnlyVersion << tileWith(uR"("label": 4)"_s) << QStringList()
        << ExpectedIssues{{t, u"tiles[0].label"_s, Kind::WrongType,
                           u"tiles.json: tiles[0].label: must be text, not a number"_s}};
    QTest::addRow("kind radio")
        << kioskOnlyVersion << tilesWith(uR"({"id": "radio", "kind": "radio", "label": "R"})"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[0].kind"_s, Kind::InvalidChoice,
                           u"tiles.json: tiles[0].kind: \"radio\" is not allowed; use one of: "
                           "stream, call, events, schedule"_s}};
    QTest::addRow("misspelt tile field")
        << kioskOnlyVersion << tileWith(uR"("lable": "Radio")"_s) << QStringList()
        << ExpectedIssues{{t, u"tiles[0].label"_s, Kind::MissingField,
                           u"tiles.json: tiles[0].label: is required but missing"_s},
                          {t, u"tiles[0].lable"_s, Kind::UnknownField,
                           u"tiles.json: tiles[0].lable: unknown field (check the spelling)"_s}};

    // tiles.json: pictures
    QTest::addRow("picture not found")
        << kioskOnlyVersion << tileWith(uR"("label": "Oma", "picture": "oma.png")"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::PictureNotFound,
                           u"tiles.json: tiles[0].picture: file \"oma.png\" not found"_s}};
    QTest::addRow("picture is a folder")
        << kioskOnlyVersion << tileWith(uR"("label": "Oma", "picture": "pictures")"_s)
        << QStringList{u"pictures/oma.png"_s}
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::NotAFile,
                           u"tiles.json: tiles[0].picture: is not an ordinary file (but a folder, "
                           "a pipe or a device); it is not read"_s}};
    QTest::addRow("picture in the parent folder")
        << kioskOnlyVersion << tileWith(uR"("label": "Oma", "picture": "../outside.png")"_s)
        << QStringList{u"../outside.png"_s}
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::PictureOutside,
                           u"tiles.json: tiles[0].picture: file \"../outside.png\" must be "
                           "inside the configuration folder"_s}};
    QTest::addRow("picture escaping through a subfolder")
        << kioskOnlyVersion
        << tileWith(uR"("label": "Oma", "picture": "pictures/../../outside.png")"_s)
        << QStringList{u"../outside.png"_s}
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::PictureOutside,
                           u"tiles.json: tiles[0].picture: file \"pictures/../../outside.png\" "
                           "must be inside the configuration folder"_s}};
    QTest::addRow("picture in a sibling folder with the same prefix")
        << kioskOnlyVersion << tileWith(uR"("label": "Oma", "picture": "../config2/a.png")"_s)
        << QStringList{u"../config2/a.png"_s}
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::PictureOutside,
                           u"tiles.json: tiles[0].picture: file \"../config2/a.png\" must be "
                           "inside the configuration folder"_s}};
    QTest::addRow("picture absolute")
        << kioskOnlyVersion << tileWith(uR"("label": "Oma", "picture": "/etc/passwd")"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::PictureOutside,
                           u"tiles.json: tiles[0].picture: file \"/etc/passwd\" must be inside "
                           "the configuration folder"_s}};
    QTest::addRow("picture not a picture")
        << kioskOnlyVersion << tileWith(uR"("label": "Notes", "picture": "notes.txt")"_s)
        << QStringList{u"notes.txt"_s}
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::PictureFormat,
                           u"tiles.json: tiles[0].picture: file \"notes.txt\" is not a PNG, "
                           "JPEG or SVG picture"_s}};
    QTest::addRow("unknown icon")
        << kioskOnlyVersion << tileWith(uR"("label": "X", "picture": "icon:doesnotexist")"_s)
        << QStringList()
        << ExpectedIssues{{t, u"tiles[0].picture"_s, Kind::UnknownIcon,
                           u"tiles.json: tiles[0].picture: there is no built-in icon "
                           "\"doesnotexist\"; use one of: "_s +
                               icons}};
}

void TestConfigLoader::issues()
{
    QFETCH(QString, kiosk);
    QFETCH(QString, tiles);
    QFETCH(QStringList, files);
    QFETCH(ExpectedIssues, expected);

    if (kiosk != missing)
        write(u"kiosk.json"_s, kiosk);
    if (tiles != missing)
        write(u"tiles.json"_s, tiles);
    for (const QString &file : std::as_const(files))
        QVERIFY(Test::writeFile(configFile(file), file.endsWith(u".png"_s) ? m_png : "some text"));

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(actualOf(result.issues), expected);
    QVERIFY(!result.config); // a configuration with problems is never half used
}

void TestConfigLoader::everyProblemIsReportedAtOnce()
{
    m_dir->copyFrom(Test::dataPath(u"config/many-problems"_s));
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QVERIFY(!result.config);
    QCOMPARE(Test::issueTexts(result.issues),
             (QStringList{
                 u"kiosk.json: language: \"fr\" is not allowed; use one of: de, en"_s,
                 u"kiosk.json: inactivityTimeoutSeconds: 5 is out of range (15 to 3600)"_s,
                 u"kiosk.json: nightHours.start: \"25:00\" is not a time like \"21:00\""_s,
                 u"kiosk.json: textscale: unknown field (check the spelling)"_s,
                 u"tiles.json: tiles[0].picture: file \"pictures/oma.png\" not found"_s,
                 u"tiles.json: tiles[1].id: id \"radio\" is used twice (first at tiles[0].id)"_s,
                 u"tiles.json: tiles[2].id: \"Anna Anrufen\" is not a valid id (use a-z, 0-9 "
                 "and -)"_s,
                 u"tiles.json: tiles[2].kind: \"telephone\" is not allowed; use one of: stream, "
                 "call, events, schedule"_s,
                 u"tiles.json: tiles[2].label: must not be empty"_s,
                 u"tiles.json: tiles[3]: must be an object, not text"_s,
             }));
    QCOMPARE(result.issues.size(), 10);
}

void TestConfigLoader::bothFilesMissing()
{
    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QVERIFY(!result.config);
    QCOMPARE(actualOf(result.issues),
             (ExpectedIssues{
                 {u"kiosk.json"_s, {}, Kind::FileMissing, u"kiosk.json: file is missing"_s},
                 {u"tiles.json"_s, {}, Kind::FileMissing, u"tiles.json: file is missing"_s}}));

    // A mistyped folder is one problem, not one per file.
    const QString typo = m_dir->path() + u"/does-not-exist"_s;
    const ConfigLoadResult nowhere = ConfigLoader::load(typo);
    QVERIFY(!nowhere.config);
    QCOMPARE(actualOf(nowhere.issues),
             (ExpectedIssues{{{},
                              {},
                              Kind::FolderMissing,
                              u"The folder %1 does not exist: check the path"_s.arg(typo)}}));
    QVERIFY(!QFileInfo::exists(typo)); // and nothing was made
    // A file where the folder should be is no folder either.
    const QString file = configDir() + u"/kiosk.json"_s;
    QVERIFY(QFile(file).open(QIODevice::WriteOnly));
    const ConfigLoadResult notAFolder = ConfigLoader::load(file);
    QCOMPARE(notAFolder.issues.size(), 1);
    QCOMPARE(notAFolder.issues.first().kind, Kind::FolderMissing);
}

void TestConfigLoader::fileSizeLimit_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("expected"); // empty: loads

    QTest::addRow("exactly 1 MiB") << qint64(1024 * 1024) << QString();
    // The size is rounded up: a file one byte over the limit must not read "1024 KiB; at most
    // 1024 KiB".
    QTest::addRow("1 MiB and 1 byte")
        << qint64(1024 * 1024 + 1)
        << u"kiosk.json: file is too large (1025 KiB; at most 1024 KiB)"_s;
    QTest::addRow("2 MiB") << qint64(2 * 1024 * 1024)
                           << u"kiosk.json: file is too large (2048 KiB; at most 1024 KiB)"_s;
}

void TestConfigLoader::fileSizeLimit()
{
    QFETCH(qint64, size);
    QFETCH(QString, expected);

    // Valid JSON padded with spaces to the size wanted.
    QByteArray content = R"({"version": 1})";
    content.append(QByteArray(size - content.size(), ' '));
    QCOMPARE(content.size(), size);
    QVERIFY(Test::writeFile(configFile(u"kiosk.json"_s), content));
    write(u"tiles.json"_s, oneTile);

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    if (expected.isEmpty()) {
        QCOMPARE(Test::issueTexts(result.issues), QStringList());
        QVERIFY(result.config);
    } else {
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().kind, Kind::FileTooLarge);
        QCOMPARE(result.issues.first().file, u"kiosk.json"_s);
        QCOMPARE(result.issues.first().path, QString());
        QCOMPARE(result.issues.first().toString(), expected);
        QVERIFY(!result.config);
    }
}

void TestConfigLoader::notAFileIsRefusedWithoutOpening_data()
{
    QTest::addColumn<QString>("what");
    QTest::addRow("folder") << u"folder"_s;
    // open() on a FIFO waits for a writer: the kiosk would never start.
    QTest::addRow("fifo") << u"fifo"_s;
}

void TestConfigLoader::notAFileIsRefusedWithoutOpening()
{
    QFETCH(QString, what);
    if (what == u"folder")
        QVERIFY(QDir().mkpath(configFile(u"kiosk.json"_s)));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(configFile(u"kiosk.json"_s)).constData(), 0600), 0);
    write(u"tiles.json"_s, oneTile);

    QElapsedTimer timer;
    timer.start();
    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!result.config);
    QCOMPARE(actualOf(result.issues),
             (ExpectedIssues{{u"kiosk.json"_s,
                              {},
                              Kind::NotAFile,
                              u"kiosk.json: is not an ordinary file (but a folder, a pipe or a "
                              "device); it is not read"_s}}));
}

void TestConfigLoader::pictureContentIsChecked()
{
    // A text file renamed to .png is not a picture: the guide must hear about it here, not find
    // an empty tile on the kiosk.
    write(u"kiosk.json"_s, kioskOnlyVersion);
    write(u"oma.png"_s, u"this is not a picture"_s);
    write(u"tiles.json"_s, tileWith(uR"("label": "Oma", "picture": "oma.png")"_s));

    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(actualOf(result.issues),
             (ExpectedIssues{{u"tiles.json"_s, u"tiles[0].picture"_s, Kind::PictureFormat,
                              u"tiles.json: tiles[0].picture: file \"oma.png\" is not a PNG, "
                              "JPEG or SVG picture"_s}}));
    QVERIFY(!result.config);
}

void TestConfigLoader::hugePictureIsRefusedBySize()
{
    // 25 MB, sparse: refused by its size alone, before anything reads it.
    write(u"kiosk.json"_s, kioskOnlyVersion);
    {
        QFile file(configFile(u"big.png"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(m_png) == m_png.size());
        QVERIFY(file.resize(qint64(25) * 1024 * 1024));
    }
    write(u"tiles.json"_s, tileWith(uR"("label": "Oma", "picture": "big.png")"_s));
    const ConfigLoadResult result = ConfigLoader::load(configDir());
    QCOMPARE(actualOf(result.issues),
             (ExpectedIssues{{u"tiles.json"_s, u"tiles[0].picture"_s, Kind::PictureTooLarge,
                              u"tiles.json: tiles[0].picture: the picture \"big.png\" is too "
                              "large (25 MB; at most 20 MB)"_s}}));

    // At the limit it loads.
    QVERIFY(QFile::resize(configFile(u"big.png"_s), qint64(20) * 1024 * 1024));
    QCOMPARE(Test::issueTexts(ConfigLoader::load(configDir()).issues), QStringList());
}

void TestConfigLoader::linksOutOfTheFolderAreRefused_data()
{
    QTest::addColumn<QString>("tiles");
    QTest::addColumn<QString>("streams");  // the urls of the stream "s"
    QTest::addColumn<QString>("expected"); // empty: loads

    const QString radio = uR"({"id": "t", "kind": "stream", "label": "Radio", "target": "s")"_s;
    QTest::addRow("picture through a linked file")
        << tilesWith(radio + uR"(, "picture": "pictures/link.png"})"_s)
        << uR"(["http://127.0.0.1:9/s"])"_s
        << u"tiles.json: tiles[0].picture: file \"pictures/link.png\" must be inside the "
           "configuration folder"_s;
    QTest::addRow("picture through a linked folder")
        << tilesWith(radio + uR"(, "picture": "elsewhere/outside.png"})"_s)
        << uR"(["http://127.0.0.1:9/s"])"_s
        << u"tiles.json: tiles[0].picture: file \"elsewhere/outside.png\" must be inside the "
           "configuration folder"_s;
    QTest::addRow("picture linked inside") << tilesWith(radio + uR"(, "picture": "inner.png"})"_s)
                                           << uR"(["http://127.0.0.1:9/s"])"_s << QString();
    QTest::addRow("media through a linked file")
        << tilesWith(radio + u"}"_s) << uR"(["media/link.ogg"])"_s
        << u"streams.json: streams[0].urls[0]: \"media/link.ogg\" leads out of the "
           "configuration folder; give a file elsewhere with its full path"_s;
    QTest::addRow("media in the parent folder")
        << tilesWith(radio + u"}"_s) << uR"(["../outside.ogg"])"_s
        << u"streams.json: streams[0].urls[0]: \"../outside.ogg\" leads out of the "
           "configuration folder; give a file elsewhere with its full path"_s;
    QTest::addRow("media as an absolute path outside, on purpose")
        << tilesWith(radio + u"}"_s) << uR"(["%1"])"_s.arg(u"ABSOLUTE"_s) << QString();
    QTest::addRow("media as a FIFO")
        << tilesWith(radio + u"}"_s) << uR"(["media/pipe.ogg"])"_s
        << u"streams.json: streams[0].urls[0]: is not an ordinary file (but a folder, a pipe or "
           "a device); it is not read"_s;
}

void TestConfigLoader::linksOutOfTheFolderAreRefused()
{
    QFETCH(QString, tiles);
    QFETCH(QString, streams);
    QFETCH(QString, expected);

    // Beside the configuration folder: a picture and a sound file that are not part of it.
    QVERIFY(Test::writeFile(m_dir->path() + u"/outside.png"_s, m_png));
    QVERIFY(Test::writeFile(m_dir->path() + u"/outside.ogg"_s, "OggS"));
    QVERIFY(QDir().mkpath(configFile(u"pictures"_s)) && QDir().mkpath(configFile(u"media"_s)));
    QVERIFY(QFile::link(m_dir->path() + u"/outside.png"_s, configFile(u"pictures/link.png"_s)));
    QVERIFY(QFile::link(m_dir->path(), configFile(u"elsewhere"_s)));
    QVERIFY(QFile::link(m_dir->path() + u"/outside.ogg"_s, configFile(u"media/link.ogg"_s)));
    QVERIFY(Test::writeFile(configFile(u"pictures/real.png"_s), m_png));
    QVERIFY(QFile::link(u"pictures/real.png"_s, configFile(u"inner.png"_s))); // relative link
    QCOMPARE(::mkfifo(QFile::encodeName(configFile(u"media/pipe.ogg"_s)).constData(), 0600), 0);

    write(u"kiosk.json"_s, kioskOnlyVersion);
    write(u"tiles.json"_s, tiles);
    write(u"streams.json"_s,
          uR"({"version": 1, "streams": [{"id": "s", "name": "S", "kind": "radio", "urls": %1}]})"_s
              .arg(QString(streams).replace(u"ABSOLUTE"_s, m_dir->path() + u"/outside.ogg"_s)));
    const ConfigLoadResult result = ConfigLoader::load(configDir());
    // A refused stream also leaves its tile without a target; the first problem is the one.
    const QStringList texts = Test::issueTexts(result.issues);
    QCOMPARE(texts.value(0), expected);
    QCOMPARE(texts.isEmpty(), expected.isEmpty());
    QCOMPARE(bool(result.config), expected.isEmpty());
}

void TestConfigLoader::filesOfListsJsonAndUsedPictures()
{
    const ConfigLoadResult result = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(result.config);
    QStringList files = ConfigLoader::filesOf(*result.config);
    files.sort();
    QCOMPARE(files, (QStringList{u"contacts.json"_s, u"feeds.json"_s, u"feeds/kusel.ics"_s,
                                 u"kiosk.json"_s, u"pictures/anna.svg"_s, u"pictures/enkel.svg"_s,
                                 u"pictures/kirche.svg"_s, u"streams.json"_s, u"tiles.json"_s}));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestConfigLoader)
#include "tst_configloader.moc"
