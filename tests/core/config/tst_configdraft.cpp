#include "core/config/configchanges.h"
#include "core/config/configdraft.h"
#include "core/config/configloader.h"
#include "core/config/configversions.h"
#include "support/testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

using List = ConfigDraft::List;

// The guides' draft on real files: started from the demo as a whole copy (a half-made one never
// counts), edited entry by entry (a stream or contact takes its tiles along, tiles moved in their
// screen order and clamped at the ends), checked by the start-up loader with the issue naming
// the field, ids the loader accepts, published as a version (or refused without a byte changed),
// kept across a restart, and no file outside its folder.
class TestConfigDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void beginCopiesTheBase();
    void aHalfMadeDraftIsNone();
    void putEntryAddsAStreamAndItsTile();
    void moveEntryReordersTilesAndClamps();
    void moveEntryCountsTilesInTheirScreenOrder();
    void removingAStreamOrContactTakesItsTiles();
    void anEmptyLabelIsReportedWhereItIs();
    void setSettingChangesKioskJson();
    void newIdSpellsNamesAsIds();
    void newIdsAreAcceptedByTheLoader();
    void aBrokenFileIsNotWrittenOver();
    void publishMakesAVersionAndEndsTheDraft();
    void anInvalidDraftIsNotPublishedAndStaysAsItWas();
    void theDraftSurvivesARestart();
    void onlyFilesOfTheFolder();

private:
    QString demoPath() const { return Test::sourcePath(u"kiosk-config/demo"_s); }
    // Every file below `directory` with its bytes.
    static QMap<QString, QByteArray> snapshot(const QString &directory);
    static QStringList idsOf(const QList<TileConfig> &tiles);
    static QStringList idsOf(const QJsonArray &entries);
    bool begin();

    KioskConfig m_demo;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<ConfigDraft> m_draft;
    const QDateTime m_now{QDate(2026, 12, 6), QTime(15, 0), Qt::UTC};
    const Actor m_guide{3, u"Herr Wagner"_s};
};

void TestConfigDraft::initTestCase()
{
    const ConfigLoadResult demo = ConfigLoader::load(demoPath());
    QVERIFY(demo.config);
    m_demo = *demo.config;
}

void TestConfigDraft::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    m_draft = std::make_unique<ConfigDraft>(m_data->path());
}

bool TestConfigDraft::begin()
{
    QString error;
    const bool ok = m_draft->begin(m_demo, 0, &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

QMap<QString, QByteArray> TestConfigDraft::snapshot(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.insert(QDir(directory).relativeFilePath(file), Test::readFile(file));
    }
    return files;
}

QStringList TestConfigDraft::idsOf(const QList<TileConfig> &tiles)
{
    QStringList ids;
    for (const TileConfig &tile : tiles)
        ids.append(tile.id);
    return ids;
}

QStringList TestConfigDraft::idsOf(const QJsonArray &entries)
{
    QStringList ids;
    for (const QJsonValue &value : entries)
        ids.append(value[u"id"_s].toString());
    return ids;
}

void TestConfigDraft::beginCopiesTheBase()
{
    QVERIFY(!m_draft->exists());
    QVERIFY(begin());
    QVERIFY(m_draft->exists());
    QCOMPARE(m_draft->directory(), QDir(m_data->path()).filePath(u"draft"_s));
    QCOMPARE(m_draft->baseVersion(), 0);
    QCOMPARE(m_draft->mediaDirectory(), QDir(demoPath()).absolutePath());
    for (const QString &file : ConfigLoader::filesOf(m_demo)) {
        QVERIFY2(Test::readFile(QDir(demoPath()).filePath(file)) ==
                     Test::readFile(QDir(m_draft->directory()).filePath(file)),
                 qPrintable(file));
    }
    // Local media are the installed ones, not copied; nothing half-made is left beside it.
    QVERIFY(!QFileInfo::exists(QDir(m_draft->directory()).filePath(u"media"_s)));
    QCOMPARE(QDir(m_data->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"draft"_s});

    const ConfigLoadResult loaded = m_draft->check();
    QVERIFY2(loaded.config, qPrintable(loaded.issues.value(0).toString()));
    const KioskConfig &draft = *loaded.config;
    QCOMPARE(draft.directory, m_draft->directory());
    QCOMPARE(draft.settings, m_demo.settings);
    QCOMPARE(draft.tiles, m_demo.tiles);
    QCOMPARE(draft.streams, m_demo.streams); // their media still found in the demo
    QCOMPARE(draft.contacts, m_demo.contacts);
    QCOMPARE(draft.calls, m_demo.calls);
    QCOMPARE(draft.events, m_demo.events);
    QCOMPARE(draft.feeds.size(), m_demo.feeds.size());
    QCOMPARE(ConfigChanges::list(m_demo, draft), QStringList{}); // the calendar by its place

    // Begun again: the old draft is replaced as a whole.
    QVERIFY(Test::writeFile(QDir(m_draft->directory()).filePath(u"stray.json"_s), "{}"));
    QString error;
    QVERIFY2(m_draft->begin(m_demo, 4, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(QDir(m_draft->directory()).filePath(u"stray.json"_s)));
    QCOMPARE(m_draft->baseVersion(), 4);
}

void TestConfigDraft::aHalfMadeDraftIsNone()
{
    // A begin() cut off before its rename, or a folder without its meta file.
    const QString partial = m_draft->directory() + u".partial"_s;
    QVERIFY(Test::writeFile(QDir(partial).filePath(u"kiosk.json"_s), "{}"));
    QVERIFY(Test::writeFile(QDir(partial).filePath(u"draft.json"_s), "{}"));
    QVERIFY(!m_draft->exists());
    QVERIFY(Test::writeFile(QDir(m_draft->directory()).filePath(u"kiosk.json"_s), "{}"));
    QVERIFY(!m_draft->exists());
    QString error;
    QVERIFY(!m_draft->setSetting(u"homeName"_s, u"x"_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(begin());
    QVERIFY(m_draft->exists());
    QVERIFY(!QFileInfo::exists(partial));
}

void TestConfigDraft::putEntryAddsAStreamAndItsTile()
{
    QVERIFY(begin());
    const QString streamId = m_draft->newId(List::Streams, u"SWR4 Rheinland-Pfalz"_s);
    QCOMPARE(streamId, u"swr4-rheinland-pfalz"_s);
    QString error;
    QVERIFY2(m_draft->putEntry(List::Streams,
                               {{u"id"_s, streamId},
                                {u"name"_s, u"SWR4 Rheinland-Pfalz"_s},
                                {u"kind"_s, u"radio"_s},
                                {u"urls"_s, QJsonArray{u"http://127.0.0.1:9/swr4.mp3"_s}}},
                               &error),
             qPrintable(error));
    const QString tileId = m_draft->newId(List::Tiles, u"SWR4"_s);
    QCOMPARE(tileId, u"swr4"_s);
    QVERIFY2(m_draft->putEntry(List::Tiles,
                               {{u"id"_s, tileId},
                                {u"kind"_s, u"stream"_s},
                                {u"label"_s, u"SWR4"_s},
                                {u"picture"_s, u"icon:radio"_s},
                                {u"target"_s, streamId}},
                               &error),
             qPrintable(error));
    QCOMPARE(m_draft->indexOf(List::Tiles, tileId), m_demo.tiles.size());
    QCOMPARE(m_draft->entry(List::Streams, streamId)->value(u"name"_s).toString(),
             u"SWR4 Rheinland-Pfalz"_s);
    QVERIFY(!m_draft->entry(List::Streams, u"nix"_s));

    ConfigLoadResult loaded = m_draft->check();
    QVERIFY2(loaded.config, qPrintable(loaded.issues.value(0).toString()));
    QVERIFY(loaded.config->stream(streamId));
    // The demo's tiles have "order" fields: the new one goes after them, not before.
    QCOMPARE(loaded.config->tiles.last().id, tileId);
    QCOMPARE(loaded.config->tiles.last().target, streamId);

    // Put again with the same id: replaced in its place, keeping its order.
    QVERIFY(m_draft->putEntry(List::Tiles,
                              {{u"id"_s, u"konzert"_s},
                               {u"kind"_s, u"stream"_s},
                               {u"label"_s, u"Konzerte"_s},
                               {u"target"_s, u"konzert"_s}},
                              &error));
    QCOMPARE(m_draft->entries(List::Tiles).size(), m_demo.tiles.size() + 1);
    QCOMPARE(m_draft->indexOf(List::Tiles, u"konzert"_s), 1);
    loaded = m_draft->check();
    QVERIFY(loaded.config);
    QCOMPARE(loaded.config->tiles.at(1).label, u"Konzerte"_s);
    QCOMPARE(loaded.config->tiles.at(1).order, 20);

    QVERIFY(!m_draft->putEntry(List::Tiles, {{u"label"_s, u"ohne id"_s}}, &error));
    QVERIFY(!error.isEmpty());
}

void TestConfigDraft::moveEntryReordersTilesAndClamps()
{
    QVERIFY(begin());
    const QStringList demo = idsOf(m_demo.tiles);
    QString error;
    QVERIFY2(m_draft->moveEntry(List::Tiles, u"programm"_s, -1, &error), qPrintable(error));
    QStringList expected = demo;
    expected.move(6, 5);
    QCOMPARE(idsOf(m_draft->entries(List::Tiles)), expected);
    for (const QJsonValue &tile : m_draft->entries(List::Tiles))
        QVERIFY(!tile.toObject().contains(u"order"_s));
    ConfigLoadResult loaded = m_draft->check();
    QVERIFY(loaded.config);
    QCOMPARE(idsOf(loaded.config->tiles), expected);

    // At the ends nothing moves and nothing is written.
    const QString tilesPath = QDir(m_draft->directory()).filePath(u"tiles.json"_s);
    const QByteArray before = Test::readFile(tilesPath);
    QVERIFY(m_draft->moveEntry(List::Tiles, u"hausradio"_s, -1, &error));
    QVERIFY(m_draft->moveEntry(List::Tiles, u"was-ist-los"_s, 3, &error));
    QCOMPARE(Test::readFile(tilesPath), before);
    // Further than the end: to the end.
    QVERIFY(m_draft->moveEntry(List::Tiles, u"hausradio"_s, 100, &error));
    expected.move(0, expected.size() - 1);
    loaded = m_draft->check();
    QVERIFY(loaded.config);
    QCOMPARE(idsOf(loaded.config->tiles), expected);

    // Other lists move the same way.
    QVERIFY(m_draft->moveEntry(List::Streams, u"gottesdienst"_s, -2, &error));
    QCOMPARE(idsOf(m_draft->entries(List::Streams)),
             (QStringList{u"gottesdienst"_s, u"hausradio"_s, u"konzert"_s}));

    QVERIFY(!m_draft->moveEntry(List::Tiles, u"nix"_s, 1, &error));
    QVERIFY(!error.isEmpty());
}

void TestConfigDraft::moveEntryCountsTilesInTheirScreenOrder()
{
    QVERIFY(begin());
    // First in the file, last on the screen.
    std::optional<QJsonObject> radio = m_draft->entry(List::Tiles, u"hausradio"_s);
    QVERIFY(radio);
    radio->insert(u"order"_s, 100);
    QString error;
    QVERIFY(m_draft->putEntry(List::Tiles, *radio, &error));
    QCOMPARE(m_draft->indexOf(List::Tiles, u"hausradio"_s), 0);
    QVERIFY(m_draft->moveEntry(List::Tiles, u"hausradio"_s, -1, &error));
    const QStringList expected{u"konzert"_s,     u"gottesdienst"_s, u"anna"_s,    u"lukas"_s,
                               u"was-ist-los"_s, u"hausradio"_s,    u"programm"_s};
    QCOMPARE(idsOf(m_draft->entries(List::Tiles)), expected);
    const ConfigLoadResult loaded = m_draft->check();
    QVERIFY(loaded.config);
    QCOMPARE(idsOf(loaded.config->tiles), expected);
}

void TestConfigDraft::removingAStreamOrContactTakesItsTiles()
{
    QVERIFY(begin());
    QString error;
    QVERIFY2(m_draft->removeEntry(List::Streams, u"konzert"_s, &error), qPrintable(error));
    QCOMPARE(m_draft->indexOf(List::Streams, u"konzert"_s), -1);
    QCOMPARE(m_draft->indexOf(List::Tiles, u"konzert"_s), -1);
    QVERIFY2(m_draft->removeEntry(List::Contacts, u"anna"_s, &error), qPrintable(error));
    QCOMPARE(m_draft->indexOf(List::Tiles, u"anna"_s), -1);
    QCOMPARE(m_draft->indexOf(List::Tiles, u"lukas"_s), 2); // another contact's tile stays
    const ConfigLoadResult loaded = m_draft->check();
    QVERIFY2(loaded.config, qPrintable(loaded.issues.value(0).toString()));
    QCOMPARE(idsOf(loaded.config->tiles),
             (QStringList{u"hausradio"_s, u"gottesdienst"_s, u"lukas"_s, u"was-ist-los"_s,
                          u"programm"_s}));
    QCOMPARE(loaded.config->streams.size(), 2);
    QCOMPARE(loaded.config->contacts.size(), 1);

    // A tile goes alone.
    QVERIFY(m_draft->removeEntry(List::Tiles, u"programm"_s, &error));
    QCOMPARE(m_draft->entries(List::Tiles).size(), 4);
    QVERIFY(!m_draft->removeEntry(List::Streams, u"konzert"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestConfigDraft::anEmptyLabelIsReportedWhereItIs()
{
    QVERIFY(begin());
    std::optional<QJsonObject> tile = m_draft->entry(List::Tiles, u"gottesdienst"_s);
    QVERIFY(tile);
    tile->insert(u"label"_s, u""_s);
    QString error;
    QVERIFY(m_draft->putEntry(List::Tiles, *tile, &error));
    const int index = m_draft->indexOf(List::Tiles, u"gottesdienst"_s);
    QCOMPARE(index, 2);
    const ConfigLoadResult loaded = m_draft->check();
    QVERIFY(!loaded.config);
    const auto found =
        std::find_if(loaded.issues.begin(), loaded.issues.end(), [index](const ConfigIssue &issue) {
            return issue.file == u"tiles.json"_s && issue.path == u"tiles[%1].label"_s.arg(index);
        });
    QVERIFY2(found != loaded.issues.end(), qPrintable(Test::issueTexts(loaded.issues).join(u'\n')));
    QCOMPARE(found->kind, ConfigIssue::Kind::EmptyText);
}

void TestConfigDraft::setSettingChangesKioskJson()
{
    QVERIFY(begin());
    QString error;
    QVERIFY2(m_draft->setSetting(u"textScale"_s, 150, &error), qPrintable(error));
    QVERIFY(m_draft->setSetting(u"homeName"_s, QJsonValue(QJsonValue::Undefined), &error));
    QVERIFY(!m_draft->object(u"kiosk.json"_s).contains(u"homeName"_s));
    // Written for people to read, and the rest of the file as it was.
    const QByteArray text = Test::readFile(QDir(m_draft->directory()).filePath(u"kiosk.json"_s));
    QVERIFY(text.contains("\n    \"textScale\": 150"));
    QCOMPARE(m_draft->object(u"kiosk.json"_s).value(u"player"_s).toString(), u"vlc"_s);
    const ConfigLoadResult loaded = m_draft->check();
    QVERIFY2(loaded.config, qPrintable(loaded.issues.value(0).toString()));
    QCOMPARE(loaded.config->settings.textScalePercent, 150);
    QCOMPARE(loaded.config->settings.homeName, QString());
    QCOMPARE(loaded.config->settings.volume, m_demo.settings.volume);
}

void TestConfigDraft::newIdSpellsNamesAsIds()
{
    QVERIFY(begin());
    QCOMPARE(m_draft->newId(List::Streams, u"SWR4 Rheinland-Pfalz"_s), u"swr4-rheinland-pfalz"_s);
    QCOMPARE(m_draft->newId(List::Tiles, u"Größte Ölmühle Übersee"_s),
             u"groesste-oelmuehle-uebersee"_s);
    QCOMPARE(m_draft->newId(List::Tiles, u"ÄRGER"_s), u"aerger"_s);
    QCOMPARE(m_draft->newId(List::Tiles, u"  --Café  Müller!! "_s), u"cafe-mueller"_s);
    QCOMPARE(m_draft->newId(List::Tiles, u""_s), u"kachel"_s);
    QCOMPARE(m_draft->newId(List::Tiles, u"!!! ???"_s), u"kachel"_s);
    QCOMPARE(m_draft->newId(List::Streams, u""_s), u"sender"_s);
    QCOMPARE(m_draft->newId(List::Contacts, u"  "_s), u"kontakt"_s);
    QCOMPARE(m_draft->newId(List::Feeds, u""_s), u"kalender"_s);
    // Taken in this list, not in another.
    QCOMPARE(m_draft->newId(List::Tiles, u"Hausradio"_s), u"hausradio-2"_s);
    QCOMPARE(m_draft->newId(List::Contacts, u"Hausradio"_s), u"hausradio"_s);
    QString error;
    QVERIFY(m_draft->putEntry(List::Tiles, {{u"id"_s, u"hausradio-2"_s}}, &error));
    QCOMPARE(m_draft->newId(List::Tiles, u"Hausradio"_s), u"hausradio-3"_s);
    // At most 40, without a '-' left at the cut.
    const QString long39 = QString(39, u'a');
    QCOMPARE(m_draft->newId(List::Tiles, long39 + u" b"_s), long39);
    QCOMPARE(m_draft->newId(List::Tiles, QString(60, u'z')), QString(40, u'z'));
}

void TestConfigDraft::newIdsAreAcceptedByTheLoader()
{
    // The rule of configfields.cpp (readId).
    const QRegularExpression rule(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    QVERIFY(begin());
    const QStringList names{u""_s,
                            u"-"_s,
                            u"Ä"_s,
                            u"日本語"_s,
                            u"Frau Anna-Maria Müller-Lüdenscheidt, Wohnbereich Süd"_s,
                            u"Frau Anna-Maria Müller-Lüdenscheidt, Wohnbereich Süd"_s,
                            QString(39, u'x') + u"-y"_s,
                            QString(39, u'x') + u"-y"_s,
                            u"ẞ²½ ﬁx"_s};
    QString error;
    for (const QString &name : names) {
        const QString id = m_draft->newId(List::Tiles, name);
        QVERIFY2(rule.match(id).hasMatch(), qPrintable(name + u" → "_s + id));
        QCOMPARE(m_draft->indexOf(List::Tiles, id), -1);
        QVERIFY(m_draft->putEntry(
            List::Tiles, {{u"id"_s, id}, {u"kind"_s, u"events"_s}, {u"label"_s, name.left(40)}},
            &error));
    }
    // The long name twice: the second is shortened to make room for its "-2".
    QCOMPARE(m_draft->entries(List::Tiles).at(m_demo.tiles.size() + 7)[u"id"_s].toString(),
             QString(38, u'x') + u"-2"_s);
    // The ones whose label is not empty load; only the empty label is reported.
    const ConfigLoadResult loaded = m_draft->check();
    QVERIFY(!loaded.config);
    for (const ConfigIssue &issue : loaded.issues)
        QCOMPARE(issue.kind, ConfigIssue::Kind::EmptyText);
    QCOMPARE(loaded.issues.size(), 1);
}

void TestConfigDraft::aBrokenFileIsNotWrittenOver()
{
    QVERIFY(begin());
    const QString tilesPath = QDir(m_draft->directory()).filePath(u"tiles.json"_s);
    QVERIFY(Test::writeFile(tilesPath, "{ \"version\": 1, \"tiles\": [ {\"id\": "));
    QString error;
    QVERIFY(!m_draft->putEntry(List::Tiles, {{u"id"_s, u"neu"_s}}, &error));
    QVERIFY(error.contains(u"tiles.json"_s));
    // A stream's tiles cannot be looked at: the stream stays too.
    QVERIFY(!m_draft->removeEntry(List::Streams, u"konzert"_s, &error));
    QCOMPARE(m_draft->indexOf(List::Streams, u"konzert"_s), 1);
    QCOMPARE(Test::readFile(tilesPath), QByteArray("{ \"version\": 1, \"tiles\": [ {\"id\": "));
    QVERIFY(m_draft->entries(List::Tiles).isEmpty());
    // A missing file is made with its version.
    QVERIFY(QFile::remove(QDir(m_draft->directory()).filePath(u"feeds.json"_s)));
    QVERIFY(m_draft->putEntry(
        List::Feeds,
        {{u"id"_s, u"kusel"_s}, {u"name"_s, u"Kusel"_s}, {u"url"_s, u"feeds/kusel.ics"_s}},
        &error));
    QCOMPARE(m_draft->object(u"feeds.json"_s).value(u"version"_s).toInt(),
             KioskConfig::currentVersion);
}

void TestConfigDraft::publishMakesAVersionAndEndsTheDraft()
{
    ConfigVersions versions(m_data->path());
    QVERIFY(begin());
    QString error;
    QVERIFY(m_draft->putEntry(
        List::Tiles, {{u"id"_s, u"neu"_s}, {u"kind"_s, u"schedule"_s}, {u"label"_s, u"Neu"_s}},
        &error));
    const ConfigVersions::Result result =
        m_draft->publish(versions, m_demo, m_guide, m_now, nullptr);
    QVERIFY2(result.version,
             qPrintable(result.error + Test::issueTexts(result.issues).join(u'\n')));
    QCOMPARE(result.version->number, 1);
    QCOMPARE(result.version->summary, u"Tile \u201ENeu\u201C added"_s);
    QCOMPARE(result.version->publishedBy, m_guide.name);
    QCOMPARE(result.version->mediaDirectory, QDir(demoPath()).absolutePath());
    QVERIFY(!m_draft->exists());
    QVERIFY(!QFileInfo::exists(m_draft->directory()));
    QVERIFY(!QFileInfo::exists(QDir(result.version->directory).filePath(u"draft.json"_s)));
    const ConfigLoadResult current = versions.loadCurrent();
    QVERIFY(current.config);
    QCOMPARE(current.config->tiles.last().id, u"neu"_s);
    QCOMPARE(current.config->streams, m_demo.streams); // the media found where they were

    // No draft: nothing to publish.
    const ConfigVersions::Result again =
        m_draft->publish(versions, m_demo, m_guide, m_now, nullptr);
    QVERIFY(!again.version);
    QVERIFY(!again.error.isEmpty());
    QCOMPARE(versions.versions().size(), 1);
}

void TestConfigDraft::anInvalidDraftIsNotPublishedAndStaysAsItWas()
{
    ConfigVersions versions(m_data->path());
    QVERIFY(begin());
    std::optional<QJsonObject> tile = m_draft->entry(List::Tiles, u"konzert"_s);
    QVERIFY(tile);
    tile->insert(u"label"_s, u""_s);
    QString error;
    QVERIFY(m_draft->putEntry(List::Tiles, *tile, &error));
    const QMap<QString, QByteArray> before = snapshot(m_draft->directory());
    QVERIFY(before.contains(u"draft.json"_s));

    const ConfigVersions::Result result =
        m_draft->publish(versions, m_demo, m_guide, m_now, nullptr);
    QVERIFY(!result.version);
    QVERIFY(!result.issues.isEmpty());
    QCOMPARE(result.issues.first().file, u"tiles.json"_s);
    QCOMPARE(result.issues.first().path, u"tiles[1].label"_s);
    QVERIFY(versions.versions().isEmpty());
    QVERIFY(!versions.current());
    QVERIFY(m_draft->exists());
    QCOMPARE(snapshot(m_draft->directory()), before);
}

void TestConfigDraft::theDraftSurvivesARestart()
{
    QString error;
    QVERIFY2(m_draft->begin(m_demo, 3, &error), qPrintable(error));
    QVERIFY(m_draft->setSetting(u"homeName"_s, u"Haus Abendrot"_s, &error));
    m_draft.reset();

    ConfigDraft again(m_data->path());
    QVERIFY(again.exists());
    QCOMPARE(again.baseVersion(), 3);
    QCOMPARE(again.mediaDirectory(), QDir(demoPath()).absolutePath());
    const ConfigLoadResult loaded = again.check();
    QVERIFY(loaded.config);
    QCOMPARE(loaded.config->settings.homeName, u"Haus Abendrot"_s);

    QVERIFY2(again.discard(&error), qPrintable(error));
    QVERIFY(!again.exists());
    QVERIFY(!ConfigDraft(m_data->path()).exists());
    QVERIFY(QDir(m_data->path()).isEmpty());
    QVERIFY(again.discard(&error)); // nothing left to discard
}

void TestConfigDraft::onlyFilesOfTheFolder()
{
    QVERIFY(begin());
    const QString outside = QDir(m_data->path()).filePath(u"x"_s);
    QVERIFY(Test::writeFile(outside, "{\"a\": 1}"));
    QVERIFY(m_draft->object(u"../x"_s).isEmpty());
    QString error;
    QVERIFY(!m_draft->setObject(u"../x"_s, {{u"a"_s, 2}}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_draft->setObject(u"pictures/x.json"_s, {{u"a"_s, 2}}, &error));
    QVERIFY(!m_draft->setObject(u".."_s, {{u"a"_s, 2}}, &error));
    QCOMPARE(Test::readFile(outside), QByteArray("{\"a\": 1}"));
    QVERIFY(!QFileInfo::exists(QDir(m_draft->directory()).filePath(u"pictures/x.json"_s)));
    // Any file directly in the folder.
    QVERIFY2(m_draft->setObject(u"notes.json"_s, {{u"a"_s, 3}}, &error), qPrintable(error));
    QCOMPARE(m_draft->object(u"notes.json"_s).value(u"a"_s).toInt(), 3);
    QCOMPARE(m_draft->object(u"kiosk.json"_s).value(u"homeName"_s).toString(),
             m_demo.settings.homeName);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestConfigDraft)
#include "tst_configdraft.moc"
