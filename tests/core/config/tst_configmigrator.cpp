#include "core/config/configmigrator.h"
#include "core/config/kioskconfig.h"
#include "support/testconfig.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

class TestConfigMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardIsAtCurrentVersion();
    void standardAcceptsVersion1();
    void standardRefuses_data();
    void standardRefuses();
    void customMigrator_data();
    void customMigrator();
    void customMigratorRefusesNewerVersion();

private:
    // A migrator to version 3 whose steps record that they ran and reshape the object:
    // 1 → 2 renames "name" to "title", 2 → 3 moves "title" into "label".
    ConfigMigrator threeVersions();

    QStringList m_ran;
};

ConfigMigrator TestConfigMigrator::threeVersions()
{
    return ConfigMigrator(3, {
                                 [this](QJsonObject &root) {
                                     m_ran.append(u"1→2"_s);
                                     root.insert(u"title"_s, root.take(u"name"_s));
                                 },
                                 [this](QJsonObject &root) {
                                     m_ran.append(u"2→3"_s);
                                     // Needs the first step to have run before it.
                                     root.insert(u"label"_s, root.take(u"title"_s));
                                 },
                             });
}

void TestConfigMigrator::standardIsAtCurrentVersion()
{
    QCOMPARE(ConfigMigrator::standard().currentVersion(), KioskConfig::currentVersion);
    QCOMPARE(KioskConfig::currentVersion, 1);
}

void TestConfigMigrator::standardAcceptsVersion1()
{
    QJsonObject root{{u"version"_s, 1}, {u"language"_s, u"en"_s}};
    const QJsonObject before = root;
    ConfigIssues issues;
    QVERIFY(ConfigMigrator::standard().migrate(root, u"kiosk.json"_s, &issues));
    QCOMPARE(Test::issueTexts(issues), QStringList());
    QCOMPARE(root, before);
}

void TestConfigMigrator::standardRefuses_data()
{
    QTest::addColumn<QJsonObject>("root");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("version 2") << QJsonObject{{u"version"_s, 2}}
                               << QStringList{u"tiles.json: version: version 2 is newer than this "
                                              "Dorfplatz understands (1); update Dorfplatz"_s};
    QTest::addRow("version 99") << QJsonObject{{u"version"_s, 99}}
                                << QStringList{
                                       u"tiles.json: version: version 99 is newer than "
                                       "this Dorfplatz understands (1); update Dorfplatz"_s};
    QTest::addRow("no version") << QJsonObject{{u"tiles"_s, 1}}
                                << QStringList{u"tiles.json: version: is required but missing"_s};
    QTest::addRow("version null") << QJsonObject{{u"version"_s, QJsonValue::Null}}
                                  << QStringList{u"tiles.json: version: is required but missing"_s};
    QTest::addRow("version 0") << QJsonObject{{u"version"_s, 0}}
                               << QStringList{u"tiles.json: version: 0 is out of range "
                                              "(1 to 2147483647)"_s};
    QTest::addRow("version -1") << QJsonObject{{u"version"_s, -1}}
                                << QStringList{u"tiles.json: version: -1 is out of range "
                                               "(1 to 2147483647)"_s};
    QTest::addRow("version \"1\"")
        << QJsonObject{{u"version"_s, u"1"_s}}
        << QStringList{u"tiles.json: version: must be a number, not text"_s};
    QTest::addRow("version 1.5")
        << QJsonObject{{u"version"_s, 1.5}}
        << QStringList{u"tiles.json: version: must be a whole number, not a number"_s};
}

void TestConfigMigrator::standardRefuses()
{
    QFETCH(QJsonObject, root);
    QFETCH(QStringList, expected);

    const QJsonObject before = root;
    ConfigIssues issues;
    QVERIFY(!ConfigMigrator::standard().migrate(root, u"tiles.json"_s, &issues));
    QCOMPARE(Test::issueTexts(issues), expected);
    QCOMPARE(root, before); // a refused file is not touched
}

void TestConfigMigrator::customMigrator_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QJsonObject>("root");
    QTest::addColumn<QStringList>("steps");

    QTest::addRow("from 1") << 1 << QJsonObject{{u"version"_s, 1}, {u"name"_s, u"Radio"_s}}
                            << QStringList{u"1→2"_s, u"2→3"_s};
    QTest::addRow("from 2") << 2 << QJsonObject{{u"version"_s, 2}, {u"title"_s, u"Radio"_s}}
                            << QStringList{u"2→3"_s};
    QTest::addRow("from 3") << 3 << QJsonObject{{u"version"_s, 3}, {u"label"_s, u"Radio"_s}}
                            << QStringList();
}

void TestConfigMigrator::customMigrator()
{
    QFETCH(QJsonObject, root);
    QFETCH(QStringList, steps);

    m_ran.clear();
    const ConfigMigrator migrator = threeVersions();
    QCOMPARE(migrator.currentVersion(), 3);
    ConfigIssues issues;
    QVERIFY(migrator.migrate(root, u"tiles.json"_s, &issues));
    QCOMPARE(Test::issueTexts(issues), QStringList());
    QCOMPARE(m_ran, steps);
    QCOMPARE(root, (QJsonObject{{u"version"_s, 3}, {u"label"_s, u"Radio"_s}}));
    QVERIFY(root.value(u"version"_s).isDouble());
    QCOMPARE(root.value(u"version"_s).toInt(), 3);
}

void TestConfigMigrator::customMigratorRefusesNewerVersion()
{
    m_ran.clear();
    const ConfigMigrator migrator = threeVersions();
    QJsonObject root{{u"version"_s, 4}, {u"label"_s, u"Radio"_s}};
    ConfigIssues issues;
    QVERIFY(!migrator.migrate(root, u"kiosk.json"_s, &issues));
    QCOMPARE(Test::issueTexts(issues),
             QStringList{u"kiosk.json: version: version 4 is newer than this "
                         "Dorfplatz understands (3); update Dorfplatz"_s});
    QCOMPARE(issues.first().kind, ConfigIssue::Kind::VersionTooNew);
    QCOMPARE(m_ran, QStringList());
    QCOMPARE(root.value(u"version"_s).toInt(), 4);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestConfigMigrator)
#include "tst_configmigrator.moc"
