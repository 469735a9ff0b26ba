#include "core/config/configloader.h"
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "support/testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// Every file below `directory` (hidden ones too), relative and sorted.
QStringList filesBelow(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(directory).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The demo's calendar file belongs to its feeds.json, so it is copied too. Its media are not:
// the copy refers to them in the configuration folder.
const QStringList demoCopy{
    u".stored"_s,      u"contacts.json"_s,     u"feeds.json"_s,         u"feeds/kusel.ics"_s,
    u"kiosk.json"_s,   u"pictures/anna.svg"_s, u"pictures/enkel.svg"_s, u"pictures/kirche.svg"_s,
    u"streams.json"_s, u"tiles.json"_s};

// The largest resident set this process had so far, in KiB.
long peakMemoryKiB()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestLastGoodConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void nothingStoredAtFirst();
    void storeCopiesJsonAndUsedPictures();
    void storingTheSameConfigLeavesTheCopyAlone();
    void storingAChangedConfigReplacesTheCopy();
    void storedCopyLoadsLikeTheOriginal();
    void storingTheCopyItselfIsHarmless();
    void interruptedSwapIsRecovered();
    void finishedSwapKeepsTheNewCopy();
    void leftoverNewCopyIsIgnored();
    void unwritableDataDirFails();
    void failedStoreKeepsTheExistingCopy();
    void vanishedPictureFailsAndKeepsTheExistingCopy();
    void hugeMediaFileIsReferencedNotCopied();
    void fifoInPlaceOfAFileFailsWithoutBlocking();

private:
    KioskConfig loadConfig() const;
    QString configFile(const QString &relative) const { return m_config->path() + u'/' + relative; }
    QString dataDir() const { return m_data->path(); }
    QString copyDir() const { return m_data->path() + u"/last-good-config"_s; }

    std::unique_ptr<Test::TestConfigDir> m_config; // a copy of the demo, changed by the test
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestLastGoodConfig::init()
{
    m_config = std::make_unique<Test::TestConfigDir>();
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    QVERIFY(m_data->isValid());
    m_config->copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    // Files in the configuration folder that no tile uses are not part of the copy.
    QVERIFY(Test::writeFile(configFile(u"pictures/unused.svg"_s), "<svg/>"));
    QVERIFY(Test::writeFile(configFile(u"notes.txt"_s), "Anna's number changes in May"));
    QVERIFY(QFileInfo::exists(configFile(u"pictures/kirche.svg"_s)));
}

KioskConfig TestLastGoodConfig::loadConfig() const
{
    ConfigLoadResult result = ConfigLoader::load(m_config->path());
    for (const ConfigIssue &issue : std::as_const(result.issues))
        qWarning("%s", qPrintable(issue.toString()));
    return result.config.value_or(KioskConfig());
}

void TestLastGoodConfig::nothingStoredAtFirst()
{
    const LastGoodConfig lastGood(dataDir());
    QCOMPARE(lastGood.directory(), copyDir());
    QVERIFY(!lastGood.exists());
    QVERIFY(!lastGood.storedAt().isValid());
    QVERIFY(!QFileInfo::exists(copyDir()));
}

void TestLastGoodConfig::storeCopiesJsonAndUsedPictures()
{
    const KioskConfig config = loadConfig();
    QCOMPARE(config.tiles.size(), 7);

    LastGoodConfig lastGood(dataDir());
    const QDateTime before = QDateTime::currentDateTime().addSecs(-2);
    QString error;
    QVERIFY2(lastGood.store(config, &error), qPrintable(error));
    QVERIFY(lastGood.exists());
    QVERIFY(lastGood.storedAt().isValid());
    QVERIFY(lastGood.storedAt() >= before);
    QVERIFY(lastGood.storedAt() <= QDateTime::currentDateTime().addSecs(2));

    QCOMPARE(filesBelow(copyDir()), demoCopy);
    for (const QString &file : demoCopy) {
        if (file != u".stored")
            QCOMPARE(Test::readFile(copyDir() + u'/' + file), Test::readFile(configFile(file)));
    }
    // Only the copy is left in the data directory: no .new or .old beside it.
    QCOMPARE(QDir(dataDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"last-good-config"_s});
}

void TestLastGoodConfig::storingTheSameConfigLeavesTheCopyAlone()
{
    const KioskConfig config = loadConfig();
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(config, &error), qPrintable(error));

    const QString marker = copyDir() + u"/marker"_s;
    QVERIFY(Test::writeFile(marker, "planted by the test"));
    const QString kiosk = copyDir() + u"/kiosk.json"_s;
    const QDateTime earlier(QDate(2024, 3, 1), QTime(9, 30));
    {
        QFile file(kiosk);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(earlier, QFileDevice::FileModificationTime));
    }
    const QDateTime storedAt = lastGood.storedAt();

    // The same files read again (a restart): nothing to do.
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(marker));
    QCOMPARE(QFileInfo(kiosk).lastModified(), earlier);
    QCOMPARE(lastGood.storedAt(), storedAt);
}

void TestLastGoodConfig::storingAChangedConfigReplacesTheCopy()
{
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    const QString marker = copyDir() + u"/marker"_s;
    QVERIFY(Test::writeFile(marker, "planted by the test"));

    // Anna's tile now uses a built-in icon; Lukas got a new picture.
    QByteArray tiles = Test::readFile(configFile(u"tiles.json"_s));
    QVERIFY(tiles.contains("\"pictures/anna.svg\""));
    tiles.replace("\"pictures/anna.svg\"", "\"icon:call\"");
    tiles.replace("\"pictures/enkel.svg\"", "\"pictures/lukas.svg\"");
    QVERIFY(Test::writeFile(configFile(u"tiles.json"_s), tiles));
    // The contacts show the same pictures.
    QByteArray contacts = Test::readFile(configFile(u"contacts.json"_s));
    QVERIFY(contacts.contains("\"pictures/anna.svg\""));
    contacts.replace("\"pictures/anna.svg\"", "\"icon:call\"");
    contacts.replace("\"pictures/enkel.svg\"", "\"pictures/lukas.svg\"");
    QVERIFY(Test::writeFile(configFile(u"contacts.json"_s), contacts));
    QVERIFY(QFile::copy(configFile(u"pictures/enkel.svg"_s), configFile(u"pictures/lukas.svg"_s)));
    const KioskConfig changed = loadConfig();
    QCOMPARE(changed.tiles.size(), 7);

    QVERIFY2(lastGood.store(changed, &error), qPrintable(error));
    const QStringList changedCopy = QStringList{u".stored"_s, u"contacts.json"_s, u"feeds.json"_s,
                                                u"feeds/kusel.ics"_s, u"kiosk.json"_s} +
                                    QStringList{u"pictures/kirche.svg"_s, u"pictures/lukas.svg"_s,
                                                u"streams.json"_s, u"tiles.json"_s};
    QCOMPARE(filesBelow(copyDir()), changedCopy);
    QCOMPARE(Test::readFile(copyDir() + u"/tiles.json"_s), tiles);
    QVERIFY(!QFileInfo::exists(marker));
    QCOMPARE(QDir(dataDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"last-good-config"_s});
}

void TestLastGoodConfig::storedCopyLoadsLikeTheOriginal()
{
    const KioskConfig config = loadConfig();
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(config, &error), qPrintable(error));

    const ConfigLoadResult copy = lastGood.load();
    QCOMPARE(copy.issues.size(), 0);
    QVERIFY(copy.config);
    QCOMPARE(copy.config->settings, config.settings);
    QCOMPARE(copy.config->tiles, config.tiles);
    for (const TileConfig &tile : copy.config->tiles) {
        const QString picture = ConfigLoader::picturePath(*copy.config, tile);
        QVERIFY2(QFileInfo(picture).isFile(), qPrintable(picture));
        if (!tile.picture.startsWith(u"icon:"))
            QVERIFY(picture.startsWith(copyDir() + u'/'));
    } // The media play from where they are: the configuration folder.
    QCOMPARE(copy.config->streams, config.streams);
    QVERIFY(copy.config->stream(u"hausradio"_s));
    QCOMPARE(copy.config->stream(u"hausradio"_s)->urls.value(0),
             QUrl::fromLocalFile(configFile(u"media/hausradio.ogg"_s)));
}

void TestLastGoodConfig::storingTheCopyItselfIsHarmless()
{
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));

    const ConfigLoadResult copy = lastGood.load();
    QVERIFY(copy.config);
    QVERIFY2(lastGood.store(*copy.config, &error), qPrintable(error));
    QCOMPARE(filesBelow(copyDir()), demoCopy);
    QVERIFY(lastGood.load().config);
}

void TestLastGoodConfig::interruptedSwapIsRecovered()
{
    {
        LastGoodConfig lastGood(dataDir());
        QString error;
        QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    }
    // Cut off between "current → .old" and ".new → current": only .old is left.
    QVERIFY(QDir().rename(copyDir(), copyDir() + u".old"_s));
    QVERIFY(!QFileInfo::exists(copyDir()));

    const LastGoodConfig recovered(dataDir());
    QVERIFY(recovered.exists());
    QVERIFY(recovered.storedAt().isValid());
    QCOMPARE(filesBelow(copyDir()), demoCopy);
    QVERIFY(!QFileInfo::exists(copyDir() + u".old"_s));
    QVERIFY(recovered.load().config);
}

void TestLastGoodConfig::finishedSwapKeepsTheNewCopy()
{
    {
        LastGoodConfig lastGood(dataDir());
        QString error;
        QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    }
    // Cut off after ".new → current" but before .old was removed: the new copy is complete.
    QVERIFY(
        Test::writeFile(copyDir() + u".old/kiosk.json"_s, R"({"version": 1, "language": "en"})"));
    const QByteArray current = Test::readFile(copyDir() + u"/kiosk.json"_s);

    LastGoodConfig lastGood(dataDir());
    QVERIFY(lastGood.exists());
    QCOMPARE(Test::readFile(copyDir() + u"/kiosk.json"_s), current);
    QCOMPARE(filesBelow(copyDir()), demoCopy);

    // The next store clears the leftover.
    QByteArray kiosk = Test::readFile(configFile(u"kiosk.json"_s));
    kiosk.replace("\"language\": \"de\"", "\"language\": \"en\"");
    QVERIFY(Test::writeFile(configFile(u"kiosk.json"_s), kiosk));
    QString error;
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    QCOMPARE(Test::readFile(copyDir() + u"/kiosk.json"_s), kiosk);
    QVERIFY(!QFileInfo::exists(copyDir() + u".old"_s));
}

void TestLastGoodConfig::leftoverNewCopyIsIgnored()
{
    // The very first store was cut off while writing .new: there is no good copy yet.
    QVERIFY(Test::writeFile(copyDir() + u".new/kiosk.json"_s, "{\"vers"));
    {
        const LastGoodConfig lastGood(dataDir());
        QVERIFY(!lastGood.exists());
        QVERIFY(!QFileInfo::exists(copyDir()));
    }
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    QCOMPARE(filesBelow(copyDir()), demoCopy);
    QVERIFY(!QFileInfo::exists(copyDir() + u".new"_s));
}

void TestLastGoodConfig::unwritableDataDirFails()
{
    // A regular file where the data directory's parent should be: nothing can be created below.
    const QString blocker = dataDir() + u"/not-a-folder"_s;
    QVERIFY(Test::writeFile(blocker, "a file"));
    LastGoodConfig lastGood(blocker + u"/data"_s);
    QVERIFY(!lastGood.exists());

    QString error;
    QVERIFY(!lastGood.store(loadConfig(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(blocker), qPrintable(error));
    QVERIFY(!lastGood.exists());
    QVERIFY(!lastGood.storedAt().isValid());
    QCOMPARE(Test::readFile(blocker), QByteArray("a file"));
}

void TestLastGoodConfig::failedStoreKeepsTheExistingCopy()
{
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    const QByteArray storedTiles = Test::readFile(copyDir() + u"/tiles.json"_s);
    const QDateTime storedAt = lastGood.storedAt();

    // A regular file where the new copy is written: the new copy cannot be made.
    QVERIFY(Test::writeFile(copyDir() + u".new"_s, "in the way"));
    QByteArray tiles = Test::readFile(configFile(u"tiles.json"_s));
    tiles.replace("\"Hausradio\"", "\"Radio\"");
    QVERIFY(Test::writeFile(configFile(u"tiles.json"_s), tiles));

    error.clear();
    QVERIFY(!lastGood.store(loadConfig(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(lastGood.exists());
    QCOMPARE(lastGood.storedAt(), storedAt);
    QCOMPARE(filesBelow(copyDir()), demoCopy);
    QCOMPARE(Test::readFile(copyDir() + u"/tiles.json"_s), storedTiles);
    QVERIFY(lastGood.load().config);
}

void TestLastGoodConfig::vanishedPictureFailsAndKeepsTheExistingCopy()
{
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    const QByteArray storedTiles = Test::readFile(copyDir() + u"/tiles.json"_s);

    QByteArray tiles = Test::readFile(configFile(u"tiles.json"_s));
    tiles.replace("\"Hausradio\"", "\"Radio\"");
    QVERIFY(Test::writeFile(configFile(u"tiles.json"_s), tiles));
    const KioskConfig changed = loadConfig();
    QCOMPARE(changed.tiles.size(), 7);
    // The guide deletes a picture between loading and storing.
    QVERIFY(QFile::remove(configFile(u"pictures/anna.svg"_s)));

    error.clear();
    QVERIFY(!lastGood.store(changed, &error));
    QVERIFY2(error.contains(u"anna.svg"_s), qPrintable(error));
    QVERIFY(lastGood.exists());
    QCOMPARE(filesBelow(copyDir()), demoCopy);
    QCOMPARE(Test::readFile(copyDir() + u"/tiles.json"_s), storedTiles);
    QCOMPARE(QDir(dataDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"last-good-config"_s});
}

void TestLastGoodConfig::hugeMediaFileIsReferencedNotCopied()
{
    // A 5 GB video (sparse: it takes no space here) in place of the demo's film.
    const QString video = configFile(u"media/konzert.webm"_s);
    {
        QFile file(video);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.resize(qint64(5) * 1024 * 1024 * 1024));
    }
    const long memoryBefore = peakMemoryKiB();
    QElapsedTimer timer;
    timer.start();
    const KioskConfig config = loadConfig();
    QVERIFY(config.stream(u"konzert"_s));
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(config, &error), qPrintable(error));
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error)); // the next start compares
    const ActiveConfig active = loadActiveConfig(m_config->path(), lastGood);
    const qint64 ms = timer.elapsed();
    qInfo("load, store, compare and load again with a 5 GB video: %lld ms, peak memory +%ld KiB",
          ms, peakMemoryKiB() - memoryBefore);

    QCOMPARE(active.origin, ActiveConfig::Origin::Configured);
    QCOMPARE(filesBelow(copyDir()), demoCopy); // no copy of the video
    qint64 copied = 0;
    for (const QString &file : filesBelow(copyDir()))
        copied += QFileInfo(copyDir() + u'/' + file).size();
    QVERIFY2(copied < 1024 * 1024, qPrintable(QString::number(copied)));
    // Never read: reading 5 GB takes far longer, and would show in the peak memory.
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY2(peakMemoryKiB() - memoryBefore < 100 * 1024,
             qPrintable(QString::number(peakMemoryKiB() - memoryBefore)));
    // The copy still plays it, from the configuration folder.
    const ConfigLoadResult copy = lastGood.load();
    QVERIFY(copy.config);
    QCOMPARE(copy.config->stream(u"konzert"_s)->urls.value(0), QUrl::fromLocalFile(video));
}

void TestLastGoodConfig::fifoInPlaceOfAFileFailsWithoutBlocking()
{
    LastGoodConfig lastGood(dataDir());
    QString error;
    QVERIFY2(lastGood.store(loadConfig(), &error), qPrintable(error));
    QByteArray tiles = Test::readFile(configFile(u"tiles.json"_s));
    tiles.replace("\"Hausradio\"", "\"Radio\"");
    QVERIFY(Test::writeFile(configFile(u"tiles.json"_s), tiles));
    const KioskConfig changed = loadConfig();
    // Between loading and storing, a picture becomes a FIFO: open() would wait for a writer.
    QVERIFY(QFile::remove(configFile(u"pictures/anna.svg"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(configFile(u"pictures/anna.svg"_s)).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!lastGood.store(changed, &error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(u"not an ordinary file"_s), qPrintable(error));
    QCOMPARE(filesBelow(copyDir()), demoCopy);
    QVERIFY(lastGood.load().config);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestLastGoodConfig)
#include "tst_lastgoodconfig.moc"
