#include "core/config/configarchive.h"
#include "core/config/configloader.h"
#include "core/config/configversions.h"
#include "support/archivemaker.h"
#include "support/testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

using Item = Test::ArchiveItem;
using Test::makeArchive;

QStringList filesBelow(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(directory).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

// A configuration carried to another home as one file: written and read back whole; archives
// with a path outside the folder, an absolute path, a link, a device, a FIFO, a 2 GB entry (sparse,
// so the test file is small) or too many files are refused with a clear message and leave nothing
// behind; a broken JSON inside is refused by publishing, which changes nothing.
class TestConfigArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writeAndUnpackTheDemo();
    void refused_data();
    void refused();
    void notAnArchive();
    void aBrokenJsonInsideIsNotPublished();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
};

void TestConfigArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_demo = Test::sourcePath(u"kiosk-config/demo"_s);
}

void TestConfigArchive::writeAndUnpackTheDemo()
{
    const ConfigLoadResult demo = ConfigLoader::load(m_demo);
    QVERIFY(demo.config);
    const QString file = m_dir->filePath(u"haus-sonnenhang.tar.gz"_s);
    QString error;
    QVERIFY2(ConfigArchive::write(*demo.config, file, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(file + u".partial"_s));
    const QString target = m_dir->filePath(u"imported"_s);
    QVERIFY2(ConfigArchive::unpack(file, target, &error), qPrintable(error));
    QStringList expected = ConfigLoader::filesOf(*demo.config);
    expected.sort();
    QCOMPARE(filesBelow(target), expected);
    // The same configuration, its media where they were.
    const ConfigLoadResult back = ConfigLoader::load(target, m_demo);
    QVERIFY2(back.config, qPrintable(back.issues.value(0).toString()));
    QCOMPARE(back.config->tiles, demo.config->tiles);
    QCOMPARE(back.config->contacts, demo.config->contacts);
    // Not over something that is there.
    QVERIFY(!ConfigArchive::unpack(file, target, &error));
    QVERIFY2(error.contains(u"exists already"_s), qPrintable(error));
}

void TestConfigArchive::refused_data()
{
    QTest::addColumn<QList<Item>>("items");
    QTest::addColumn<QString>("message");
    const Item good{u"kiosk.json"_s, "{}"};
    QTest::newRow("../ path") << QList<Item>{good, {u"pictures/../../evil.json"_s, "{}"}}
                              << u"outside the configuration folder"_s;
    QTest::newRow("absolute path") << QList<Item>{{u"/tmp/dorfplatz-evil.json"_s, "{}"}}
                                   << u"outside the configuration folder"_s;
    QTest::newRow("symlink")
        << QList<Item>{{u"pictures/anna.svg"_s, {}, AE_IFLNK, u"/etc/shadow"_s}} << u"a link"_s;
    QTest::newRow("hard link") << QList<Item>{good,
                                              {u"tiles.json"_s, {}, AE_IFREG, u"kiosk.json"_s}}
                               << u"a link"_s;
    QTest::newRow("device node") << QList<Item>{{u"null"_s, {}, AE_IFCHR}}
                                 << u"not an ordinary file"_s;
    QTest::newRow("FIFO") << QList<Item>{{u"fifo"_s, {}, AE_IFIFO}} << u"not an ordinary file"_s;
    QTest::newRow("2 GB entry")
        << QList<Item>{{u"pictures/huge.png"_s, "x", AE_IFREG, {}, qint64(2) * 1024 * 1024 * 1024}}
        << u"larger than 16 MB"_s;
    QList<Item> many;
    for (int i = 0; i <= ConfigArchive::maxEntries; ++i)
        many.append({u"pictures/%1.svg"_s.arg(i), "<svg/>"});
    QTest::newRow("too many files") << many << u"more than 1000 files"_s;
}

void TestConfigArchive::refused()
{
    QFETCH(QList<Item>, items);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(u"bad.tar.gz"_s);
    QVERIFY(makeArchive(file, items));
    QVERIFY2(QFileInfo(file).size() < 1024 * 1024, "the test's archive is small");
    const QString target = m_dir->filePath(u"import/config"_s);
    QString error;
    QVERIFY(!ConfigArchive::unpack(file, target, &error));
    QVERIFY2(error.contains(message) && error.endsWith(u"Nothing was imported."_s),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"evil.json"_s)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"import/evil.json"_s)));
    QVERIFY(!QFileInfo::exists(u"/tmp/dorfplatz-evil.json"_s));
}

void TestConfigArchive::notAnArchive()
{
    const QString file = m_dir->filePath(u"urlaub.jpg"_s);
    QFile jpeg(file);
    QVERIFY(jpeg.open(QIODevice::WriteOnly));
    jpeg.write(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(4000, 'j'));
    jpeg.close();
    QString error;
    QVERIFY(!ConfigArchive::unpack(file, m_dir->filePath(u"import"_s), &error));
    QVERIFY2(error.contains(u"cannot be read as an archive"_s) || error.contains(u"damaged"_s),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"import"_s)));
}

void TestConfigArchive::aBrokenJsonInsideIsNotPublished()
{
    ConfigVersions versions(m_dir->filePath(u"data"_s));
    QVERIFY(versions.publish(m_demo, m_demo, Actor{}, u"Demo"_s, QDateTime::currentDateTimeUtc())
                .version);
    QList<Item> items;
    for (const QString &name :
         {u"kiosk.json"_s, u"streams.json"_s, u"feeds.json"_s, u"contacts.json"_s}) {
        QFile file(QDir(m_demo).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        items.append({name, file.readAll()});
    }
    items.append({u"tiles.json"_s, "{ \"version\": 1, \"tiles\": [ { \"id\": "});
    const QString file = m_dir->filePath(u"kaputt.tar.gz"_s);
    QVERIFY(makeArchive(file, items));
    const QString target = m_dir->filePath(u"import"_s);
    QString error;
    QVERIFY2(ConfigArchive::unpack(file, target, &error), qPrintable(error));
    const auto published =
        versions.publish(target, m_demo, Actor{}, u"Import"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(!published.version);
    QCOMPARE(published.issues.first().file, u"tiles.json"_s);
    QCOMPARE(versions.current()->number, 1);
    QCOMPARE(versions.versions().size(), 1);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestConfigArchive)
#include "tst_configarchive.moc"
