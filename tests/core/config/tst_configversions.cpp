#include "core/accounts/auditlog.h"
#include "core/config/configversions.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "support/testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The guides' published configurations in the data folder: a draft checked by the start-up
// loader before anything is written, a refused draft that changes nothing on disk, versions with
// who, when and what, the newest 20 kept, restoring an older one as the newest, reset to the
// installed configuration, the audit entries; and a process killed (SIGKILL) again and again while
// it publishes, after which "current" is always a whole version that loads.
class TestConfigVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void nothingPublishedAtFirst();
    void publishMakesAWholeVersionCurrent();
    void aBrokenDraftIsRefusedAndNothingChanges();
    void theNewestTwentyAreKept();
    void restorePublishesAnOlderOneAgain();
    void resetReturnsToTheInstalledConfiguration();
    void killedWhilePublishingLeavesAWholeVersion();

private:
    // The demo configuration as a draft, with `homeName` as the home's name.
    QString draft(const QString &homeName);
    ConfigVersions::Result publish(const QString &homeName, const QString &summary);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigVersions> m_versions;
    const QDateTime m_now{QDate(2026, 12, 6), QTime(15, 0), Qt::UTC};
    const Actor m_guide{3, u"Herr Wagner"_s};
};

void TestConfigVersions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_versions = std::make_unique<ConfigVersions>(m_dir->filePath(u"data"_s));
}

QString TestConfigVersions::draft(const QString &homeName)
{
    const QString path = m_dir->filePath(u"draft"_s);
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    const QDir demo(Test::sourcePath(u"kiosk-config/demo"_s));
    for (const QString &name :
         {u"kiosk.json"_s, u"tiles.json"_s, u"streams.json"_s, u"feeds.json"_s, u"contacts.json"_s,
          u"feeds/kusel.ics"_s, u"pictures/anna.svg"_s, u"pictures/enkel.svg"_s,
          u"pictures/kirche.svg"_s}) {
        QDir().mkpath(QFileInfo(QDir(path).filePath(name)).absolutePath());
        QFile::copy(demo.filePath(name), QDir(path).filePath(name));
    }
    QFile kiosk(QDir(path).filePath(u"kiosk.json"_s));
    kiosk.setPermissions(kiosk.permissions() | QFileDevice::WriteOwner);
    kiosk.open(QIODevice::ReadOnly);
    QJsonObject object = QJsonDocument::fromJson(kiosk.readAll()).object();
    kiosk.close();
    object.insert(u"homeName"_s, homeName);
    kiosk.open(QIODevice::WriteOnly | QIODevice::Truncate);
    kiosk.write(QJsonDocument(object).toJson());
    kiosk.close();
    return path;
}

ConfigVersions::Result TestConfigVersions::publish(const QString &homeName, const QString &summary)
{
    return m_versions->publish(draft(homeName), Test::sourcePath(u"kiosk-config/demo"_s), m_guide,
                               summary, m_now);
}

void TestConfigVersions::nothingPublishedAtFirst()
{
    QVERIFY(!m_versions->current());
    QVERIFY(m_versions->versions().isEmpty());
    QVERIFY(!m_versions->loadCurrent().config);
}

void TestConfigVersions::publishMakesAWholeVersionCurrent()
{
    const auto result = publish(u"Haus Abendrot"_s, u"Name des Hauses geändert"_s);
    QVERIFY2(result.version, qPrintable(result.error));
    QCOMPARE(result.version->number, 1);
    QCOMPARE(result.version->publishedBy, u"Herr Wagner"_s);
    QCOMPARE(result.version->publishedAt, m_now);
    QCOMPARE(result.version->summary, u"Name des Hauses geändert"_s);
    QCOMPARE(m_versions->current()->number, 1);
    const ConfigLoadResult loaded = m_versions->loadCurrent();
    QVERIFY(loaded.config);
    QCOMPARE(loaded.config->settings.homeName, u"Haus Abendrot"_s);
    // Its own copy: the draft can go on changing.
    QDir(m_dir->filePath(u"draft"_s)).removeRecursively();
    QCOMPARE(m_versions->loadCurrent().config->settings.homeName, u"Haus Abendrot"_s);
    // The streams' local media are the installed ones, not copied.
    QVERIFY(!QFileInfo::exists(QDir(result.version->directory).filePath(u"media"_s)));
    QVERIFY(QFileInfo::exists(QDir(result.version->directory).filePath(u"pictures/anna.svg"_s)));
}

void TestConfigVersions::aBrokenDraftIsRefusedAndNothingChanges()
{
    QVERIFY(publish(u"Haus Abendrot"_s, u"erste"_s).version);
    const QString path = draft(u"Haus Morgenrot"_s);
    QFile tiles(QDir(path).filePath(u"tiles.json"_s));
    QVERIFY(tiles.open(QIODevice::WriteOnly | QIODevice::Truncate));
    tiles.write("{ \"version\": 1, \"tiles\": [ {\"id\": ");
    tiles.close();
    const auto result = m_versions->publish(path, Test::sourcePath(u"kiosk-config/demo"_s), m_guide,
                                            u"kaputt"_s, m_now);
    QVERIFY(!result.version);
    QVERIFY(!result.issues.isEmpty());
    QVERIFY2(result.issues.first().file == u"tiles.json"_s,
             qPrintable(result.issues.first().toString()));
    QCOMPARE(m_versions->versions().size(), 1);
    QCOMPARE(m_versions->loadCurrent().config->settings.homeName, u"Haus Abendrot"_s);
    QCOMPARE(QDir(m_versions->root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{u"v0001"_s});
}

void TestConfigVersions::theNewestTwentyAreKept()
{
    for (int i = 1; i <= ConfigVersions::kept + 3; ++i)
        QVERIFY(publish(u"Haus %1"_s.arg(i), u"Fassung %1"_s.arg(i)).version);
    const QList<ConfigVersion> list = m_versions->versions();
    QCOMPARE(list.size(), ConfigVersions::kept);
    QCOMPARE(list.first().number, ConfigVersions::kept + 3);
    QCOMPARE(list.last().number, 4);
    QCOMPARE(list.last().summary, u"Fassung 4"_s);
    QCOMPARE(m_versions->current()->number, ConfigVersions::kept + 3);
}

void TestConfigVersions::restorePublishesAnOlderOneAgain()
{
    QString error;
    auto db = Database::open(m_dir->filePath(u"app.db"_s), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*db, &error), qPrintable(error));
    AuditLog audit(*db);
    QVERIFY(m_versions
                ->publish(draft(u"Haus A"_s), Test::sourcePath(u"kiosk-config/demo"_s), m_guide,
                          u"A"_s, m_now, &audit)
                .version);
    QVERIFY(m_versions
                ->publish(draft(u"Haus B"_s), Test::sourcePath(u"kiosk-config/demo"_s), m_guide,
                          u"B"_s, m_now.addSecs(60), &audit)
                .version);
    const auto restored =
        m_versions->restore(1, Actor{1, u"Frau Becker"_s}, u"Fassung 1 wiederhergestellt"_s,
                            m_now.addSecs(120), &audit);
    QVERIFY2(restored.version, qPrintable(restored.error));
    QCOMPARE(restored.version->number, 3);
    QCOMPARE(restored.version->publishedBy, u"Frau Becker"_s);
    QCOMPARE(m_versions->loadCurrent().config->settings.homeName, u"Haus A"_s);
    QCOMPARE(m_versions->versions().size(), 3); // nothing is lost by restoring
    const QList<AuditEntry> log = audit.newest(0, 3);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).action, u"restore"_s);
    QCOMPARE(log.at(0).actor.name, u"Frau Becker"_s);
    QCOMPARE(QJsonDocument::fromJson(log.at(0).before.toUtf8())[u"version"_s].toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(log.at(0).after.toUtf8())[u"version"_s].toInt(), 3);
    QCOMPARE(log.at(1).action, u"publish"_s);
    QCOMPARE(QJsonDocument::fromJson(log.at(1).before.toUtf8())[u"summary"_s].toString(), u"A"_s);
    QCOMPARE(log.at(2).subject, u"configuration 1"_s);
    QVERIFY(log.at(2).before.isEmpty());
    QVERIFY(!m_versions->restore(9, m_guide, u"?"_s, m_now).version);
}

void TestConfigVersions::resetReturnsToTheInstalledConfiguration()
{
    QVERIFY(publish(u"Haus A"_s, u"A"_s).version);
    QString error;
    QVERIFY2(m_versions->reset(&error), qPrintable(error));
    QVERIFY(!m_versions->current());
    QVERIFY(!m_versions->loadCurrent().config);
    QCOMPARE(m_versions->versions().size(), 1); // still there to restore
    QVERIFY(m_versions->restore(1, m_guide, u"wieder"_s, m_now).version);
    QCOMPARE(m_versions->current()->number, 2);
}

void TestConfigVersions::killedWhilePublishingLeavesAWholeVersion()
{
    const QString media = Test::sourcePath(u"kiosk-config/demo"_s);
    QVERIFY(publish(u"Haus 0"_s, u"0"_s).version);
    const QString path = draft(u"Haus"_s);
    int versionsSeen = 0;
    for (int round = 0; round < 10; ++round) {
        int published[2];
        QCOMPARE(::pipe(published), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(published[0]);
            ConfigVersions versions(m_dir->filePath(u"data"_s));
            for (int n = 0;; ++n) {
                // The home's name says which round and publication; every file goes with it.
                QFile kiosk(QDir(path).filePath(u"kiosk.json"_s));
                kiosk.open(QIODevice::ReadOnly);
                QJsonObject object = QJsonDocument::fromJson(kiosk.readAll()).object();
                kiosk.close();
                object.insert(u"homeName"_s, u"Haus %1-%2"_s.arg(round).arg(n));
                // Whole, as the guide's editor writes the draft: the next child reads it.
                QSaveFile save(kiosk.fileName());
                save.open(QIODevice::WriteOnly);
                save.write(QJsonDocument(object).toJson());
                if (!save.commit())
                    ::_exit(3);
                if (!versions
                         .publish(path, media, m_guide, u"Runde %1-%2"_s.arg(round).arg(n), m_now)
                         .version)
                    ::_exit(4);
                if (::write(published[1], "x", 1) != 1)
                    ::_exit(5);
            }
        }
        ::close(published[1]);
        const int wanted = 1 + round % 4;
        int seen = 0;
        while (seen < wanted) {
            pollfd ready{published[0], POLLIN, 0};
            QVERIFY2(::poll(&ready, 1, 20000) == 1, "the child publishes nothing");
            char buffer[8];
            const ssize_t got = ::read(published[0], buffer,
                                       std::min<size_t>(sizeof buffer, size_t(wanted - seen)));
            QVERIFY2(got > 0, "the child stopped publishing");
            seen += int(got);
        }
        QCOMPARE(::kill(child, SIGKILL), 0);
        ::close(published[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status), "the child stopped by itself: publishing failed");

        // Whatever the moment: "current" is a whole version that loads, whose summary and
        // home name belong together.
        const auto current = m_versions->current();
        QVERIFY(current);
        const ConfigLoadResult loaded = m_versions->loadCurrent();
        QVERIFY2(loaded.config, qPrintable(loaded.issues.value(0).toString()));
        if (current->summary != u"0"_s) {
            ++versionsSeen;
            QCOMPARE(u"Haus "_s + current->summary.mid(6), loaded.config->settings.homeName);
        }
        QVERIFY(m_versions->versions().size() <= ConfigVersions::kept + 1);
    }
    QVERIFY(versionsSeen > 0);
    // The next publication clears what a kill left half done.
    QVERIFY(m_versions->publish(path, media, m_guide, u"danach"_s, m_now).version);
    QVERIFY(QDir(m_versions->root()).entryList({u"*.partial"_s}, QDir::Dirs).isEmpty());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestConfigVersions)
#include "tst_configversions.moc"
