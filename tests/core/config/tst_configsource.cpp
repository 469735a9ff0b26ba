#include "core/config/configloader.h"
#include "core/config/configsource.h"
#include "core/config/configversions.h"
#include "core/config/lastgoodconfig.h"
#include "support/testconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

QStringList idsOf(const KioskConfig &config)
{
    QStringList ids;
    for (const TileConfig &tile : config.tiles)
        ids.append(tile.id);
    return ids;
}

const QStringList demoIds{u"hausradio"_s, u"konzert"_s,     u"gottesdienst"_s, u"anna"_s,
                          u"lukas"_s,     u"was-ist-los"_s, u"programm"_s};

const QStringList brokenTexts{
    u"tiles.json: tiles[0].kind: \"radio\" is not allowed; use one of: stream, call, events, "
    "schedule"_s,
    u"tiles.json: tiles[1].label: must not be empty"_s,
};

} // namespace

class TestConfigSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void goodConfigIsUsed();
    void brokenConfigFallsBackToLastGood();
    void missingConfigFallsBackToLastGood();
    void brokenConfigWithoutCopyGivesNone();
    void brokenConfigWithCorruptedCopyGivesNone();
    void unreadableContactsKeepLastGoodWithoutBlocking_data();
    void unreadableContactsKeepLastGoodWithoutBlocking();
    void theGuidesVersionWins();
    void aVersionThatNoLongerLoadsGivesTheInstalledOne();

private:
    // Stores the demo configuration as the last good copy.
    void storeDemo(LastGoodConfig &lastGood);
    // Turns the configuration under test into a broken one with two problems.
    void breakConfig();

    std::unique_ptr<Test::TestConfigDir> m_config;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestConfigSource::init()
{
    m_config = std::make_unique<Test::TestConfigDir>();
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    QVERIFY(m_data->isValid());
    m_config->writeDefaults();
}

void TestConfigSource::storeDemo(LastGoodConfig &lastGood)
{
    const ConfigLoadResult demo = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(demo.config);
    QString error;
    QVERIFY2(lastGood.store(*demo.config, &error), qPrintable(error));
    QVERIFY(lastGood.exists());
}

void TestConfigSource::breakConfig()
{
    m_config->writeText(u"tiles.json"_s, R"({"version": 1, "tiles": [
        {"id": "radio", "kind": "radio", "label": "Radio"},
        {"id": "events", "kind": "events", "label": ""}
    ]})");
    QCOMPARE(Test::issueTexts(ConfigLoader::load(m_config->path()).issues), brokenTexts);
}

void TestConfigSource::goodConfigIsUsed()
{
    LastGoodConfig lastGood(m_data->path());
    storeDemo(lastGood);
    if (QTest::currentTestFailed())
        return;

    const ActiveConfig active = loadActiveConfig(m_config->path(), lastGood);
    QCOMPARE(active.origin, ActiveConfig::Origin::Configured);
    QVERIFY(active.config);
    QCOMPARE(active.config->directory, QDir(m_config->path()).absolutePath());
    QCOMPARE(idsOf(*active.config), (QStringList{u"radio"_s, u"events"_s}));
    QCOMPARE(Test::issueTexts(active.issues), QStringList());
    QVERIFY(!active.lastGoodStoredAt.isValid());
}

void TestConfigSource::brokenConfigFallsBackToLastGood()
{
    LastGoodConfig lastGood(m_data->path());
    storeDemo(lastGood);
    breakConfig();
    if (QTest::currentTestFailed())
        return;

    const ActiveConfig active = loadActiveConfig(m_config->path(), lastGood);
    QCOMPARE(active.origin, ActiveConfig::Origin::LastGood);
    QCOMPARE(Test::issueTexts(active.issues), brokenTexts); // the problems of the broken one
    QVERIFY(active.config);
    QCOMPARE(idsOf(*active.config), demoIds); // the tiles of the last good one
    QCOMPARE(active.config->directory, lastGood.directory());
    QCOMPARE(active.config->settings.homeName, u"Haus Sonnenhang"_s);
    QVERIFY(active.lastGoodStoredAt.isValid());
    QCOMPARE(active.lastGoodStoredAt, lastGood.storedAt());
    // Its pictures come from the copy.
    const QString anna = ConfigLoader::picturePath(*active.config, active.config->tiles.at(3));
    QCOMPARE(anna, lastGood.directory() + u"/pictures/anna.svg"_s);
    QVERIFY(QFileInfo(anna).isFile());
}

void TestConfigSource::missingConfigFallsBackToLastGood()
{
    LastGoodConfig lastGood(m_data->path());
    storeDemo(lastGood);
    if (QTest::currentTestFailed())
        return;

    const QString missing = m_data->path() + u"/no-such-folder"_s;
    const ActiveConfig active = loadActiveConfig(missing, lastGood);
    QCOMPARE(active.origin, ActiveConfig::Origin::LastGood);
    // One problem for the folder, not one per file.
    QCOMPARE(Test::issueTexts(active.issues),
             (QStringList{u"The folder %1 does not exist: check the path"_s.arg(missing)}));
    QVERIFY(active.config);
    QCOMPARE(idsOf(*active.config), demoIds);
}

void TestConfigSource::brokenConfigWithoutCopyGivesNone()
{
    breakConfig();
    const LastGoodConfig lastGood(m_data->path());
    QVERIFY(!lastGood.exists());

    const ActiveConfig active = loadActiveConfig(m_config->path(), lastGood);
    QCOMPARE(active.origin, ActiveConfig::Origin::None);
    QVERIFY(!active.config);
    QCOMPARE(Test::issueTexts(active.issues), brokenTexts);
    QVERIFY(!active.lastGoodStoredAt.isValid());
}

void TestConfigSource::brokenConfigWithCorruptedCopyGivesNone()
{
    LastGoodConfig lastGood(m_data->path());
    storeDemo(lastGood);
    breakConfig();
    if (QTest::currentTestFailed())
        return;
    // Someone edited the copy by hand.
    QVERIFY(
        Test::writeFile(lastGood.directory() + u"/tiles.json"_s, "{\"version\": 1, \"tiles\": ["));
    QVERIFY(lastGood.exists());

    const ActiveConfig active = loadActiveConfig(m_config->path(), lastGood);
    QCOMPARE(active.origin, ActiveConfig::Origin::None);
    QVERIFY(!active.config);
    QCOMPARE(Test::issueTexts(active.issues),
             brokenTexts); // still the problems of the configuration
    QVERIFY(!active.lastGoodStoredAt.isValid());
}

void TestConfigSource::unreadableContactsKeepLastGoodWithoutBlocking_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    // open() on a FIFO would wait for a writer for ever: the kiosk would never start.
    QTest::addRow("fifo") << u"fifo"_s
                          << u"contacts.json: is not an ordinary file (but a folder, a pipe or a "
                             "device); it is not read"_s;
    QTest::addRow("folder") << u"folder"_s
                            << u"contacts.json: is not an ordinary file (but a folder, a pipe or "
                               "a device); it is not read"_s;
    // 4 GB (sparse): refused by its size, never read.
    QTest::addRow("huge") << u"huge"_s
                          << u"contacts.json: file is too large (4194304 KiB; at most 1024 KiB)"_s;
}

void TestConfigSource::unreadableContactsKeepLastGoodWithoutBlocking()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    LastGoodConfig lastGood(m_data->path());
    storeDemo(lastGood);
    if (QTest::currentTestFailed())
        return;
    const QString contacts = m_config->path() + u"/contacts.json"_s;
    if (what == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(contacts).constData(), 0600), 0);
    } else if (what == u"folder") {
        QVERIFY(QDir().mkpath(contacts));
    } else {
        QFile file(contacts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(4) * 1024 * 1024 * 1024));
    }

    QElapsedTimer timer;
    timer.start();
    const ActiveConfig active = loadActiveConfig(m_config->path(), lastGood);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(Test::issueTexts(active.issues), QStringList{expected});
    QCOMPARE(active.origin, ActiveConfig::Origin::LastGood);
    QVERIFY(active.config);
    QCOMPARE(idsOf(*active.config), demoIds);
}

void TestConfigSource::theGuidesVersionWins()
{
    // Installed: the default test configuration. Published by a guide: the demo.
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    ConfigVersions versions(m_data->path());
    LastGoodConfig lastGood(m_data->path());
    QCOMPARE(loadActiveConfig(m_config->path(), lastGood, &versions).publishedVersion, 0);
    QVERIFY(versions
                .publish(demo, demo, Actor{3, u"Herr Wagner"_s}, u"Demo"_s,
                         QDateTime::currentDateTimeUtc())
                .version);
    const ActiveConfig active = loadActiveConfig(m_config->path(), lastGood, &versions);
    QCOMPARE(active.origin, ActiveConfig::Origin::Configured);
    QCOMPARE(active.publishedVersion, 1);
    QCOMPARE(idsOf(*active.config), demoIds);
    QCOMPARE(active.config->directory, versions.current()->directory);
    QCOMPARE(active.config->mediaDirectory, QDir(demo).absolutePath());

    // Its last good copy finds the media where the version does: in the installed folder.
    QString error;
    QVERIFY2(lastGood.store(*active.config, &error), qPrintable(error));
    QCOMPARE(lastGood.sourceDirectory(), QDir(demo).absolutePath());
    const ConfigLoadResult copy = lastGood.load();
    QVERIFY2(copy.config, qPrintable(copy.issues.value(0).toString()));
    QCOMPARE(copy.config->stream(u"konzert"_s)->urls, active.config->stream(u"konzert"_s)->urls);

    // Reset: the installed configuration again.
    QVERIFY(versions.reset(&error));
    QCOMPARE(loadActiveConfig(m_config->path(), lastGood, &versions).publishedVersion, 0);
}

void TestConfigSource::aVersionThatNoLongerLoadsGivesTheInstalledOne()
{
    Test::TestConfigDir draft;
    draft.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    ConfigVersions versions(m_data->path());
    QVERIFY(versions
                .publish(draft.path(), draft.path(), Actor{3, u"Herr Wagner"_s}, u"Demo"_s,
                         QDateTime::currentDateTimeUtc())
                .version);
    // The videos it plays are taken away below it.
    QVERIFY(QDir(draft.path() + u"/media"_s).removeRecursively());
    const ActiveConfig active =
        loadActiveConfig(m_config->path(), LastGoodConfig(m_data->path()), &versions);
    QCOMPARE(active.origin, ActiveConfig::Origin::Configured);
    QCOMPARE(active.publishedVersion, 0);
    QCOMPARE(active.config->directory, QDir(m_config->path()).absolutePath());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestConfigSource)
#include "tst_configsource.moc"
