#include "core/config/configchanges.h"
#include "core/config/configloader.h"
#include "core/config/configversions.h"
#include "core/i18n/translations.h"
#include "support/testconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The one-line account of a new configuration, for the versions and the audit log: tiles,
// stations, contacts and calendars added, removed or changed by id, the tiles' order, the
// settings; the same demo in another folder (a published version) is no change; in German.
class TestConfigChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachKindOfChange();
    void theSameConfigurationElsewhereIsNoChange();
    void theSummaryCountsTheRest();
    void inGerman();

private:
    KioskConfig m_demo;
};

void TestConfigChanges::initTestCase()
{
    const ConfigLoadResult demo = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(demo.config);
    m_demo = *demo.config;
}

void TestConfigChanges::eachKindOfChange()
{
    KioskConfig after = m_demo;
    TileConfig swr4 = after.tiles.first();
    swr4.id = u"swr4"_s;
    swr4.label = u"SWR4"_s;
    after.tiles.append(swr4);
    after.tiles.removeAt(1);                   // Konzert
    after.tiles[1].picture = u"icon:church"_s; // Gottesdienst
    after.streams.first().name = u"Hausradio Sonnenhang (neu)"_s;
    after.contacts.removeFirst();
    after.feeds.first().places = {u"Kusel"_s};
    after.settings.homeName = u"Haus Abendrot"_s;
    after.settings.textScalePercent = 150;
    after.settings.tapSound = false;
    const QStringList lines = ConfigChanges::list(m_demo, after);
    const QString anna = m_demo.contacts.first().name;
    QCOMPARE(lines, (QStringList{u"Tile „Gottesdienst“ changed"_s, u"Tile „SWR4“ added"_s,
                                 u"Tile „Konzert“ removed"_s,
                                 u"Station „Hausradio Sonnenhang (neu)“ changed"_s,
                                 u"Contact „%1“ removed"_s.arg(anna),
                                 u"Calendar „Veranstaltungen im Landkreis Kusel“ changed"_s,
                                 u"Name of the home changed"_s, u"Text size changed"_s,
                                 u"Other settings changed"_s}));

    KioskConfig reordered = m_demo;
    reordered.tiles.move(0, 3);
    QCOMPARE(ConfigChanges::list(m_demo, reordered), QStringList{u"Order of the tiles changed"_s});
}

void TestConfigChanges::theSameConfigurationElsewhereIsNoChange()
{
    // Published, the demo lives in another folder (its calendar file too): still the same.
    QTemporaryDir data;
    ConfigVersions versions(data.path());
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    QVERIFY(
        versions.publish(demo, demo, Actor{}, u"Demo"_s, QDateTime::currentDateTimeUtc()).version);
    const ConfigLoadResult published = versions.loadCurrent();
    QVERIFY(published.config);
    QVERIFY(published.config->feeds.first().url != m_demo.feeds.first().url);
    QCOMPARE(ConfigChanges::list(m_demo, *published.config), QStringList());
    QCOMPARE(ConfigChanges::summary(m_demo, *published.config), u"No change"_s);
}

void TestConfigChanges::theSummaryCountsTheRest()
{
    Translations english; // the plural forms
    QVERIFY(english.install(u"en"_s));
    KioskConfig after = m_demo;
    after.settings.homeName = u"Haus Abendrot"_s;
    QCOMPARE(ConfigChanges::summary(m_demo, after), u"Name of the home changed"_s);
    after.settings.textScalePercent = 150;
    after.settings.theme = ThemeKind::HighContrast;
    QCOMPARE(ConfigChanges::summary(m_demo, after),
             u"Name of the home changed and 2 more changes"_s);
}

void TestConfigChanges::inGerman()
{
    Translations german;
    QVERIFY(german.install(u"de"_s));
    KioskConfig after = m_demo;
    TileConfig swr4 = after.tiles.first();
    swr4.id = u"swr4"_s;
    swr4.label = u"SWR4"_s;
    after.tiles.append(swr4);
    QCOMPARE(ConfigChanges::summary(m_demo, after), u"Kachel „SWR4“ hinzugefügt"_s);
    after.settings.homeName = u"Haus Abendrot"_s;
    QCOMPARE(ConfigChanges::summary(m_demo, after),
             u"Kachel „SWR4“ hinzugefügt und 1 weitere Änderung"_s);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestConfigChanges)
#include "tst_configchanges.moc"
