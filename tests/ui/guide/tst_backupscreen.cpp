// "Sichern und Laden" as a guide uses it, through taps: the configuration in use (the demo) saved
// on a USB stick (a folder below the mount root given in DORFPLATZ_USB_ROOTS, as udisks2 would
// mount it) and read back whole, never over an earlier file; a file from another home checked,
// its change shown, published only after the confirming tap and audited as "import"; hostile or
// broken archives refused with the reason and nothing left behind; the pages fit.
#include "core/accounts/auditlog.h"
#include "core/config/configarchive.h"
#include "core/config/configchanges.h"
#include "core/config/configloader.h"
#include "core/config/configversions.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/usbsticks.h"
#include "support/archivemaker.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/guide/backupscreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/theme.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

const QString stickName = u"STICK"_s;

} // namespace

class TestBackupScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savedOnTheStickWholeAndNeverOverwritten();
    void archivesOnAStick();
    void aChangedConfigurationIsShownThenApplied();
    void refusedArchivesChangeNothing_data();
    void refusedArchivesChangeNothing();
    void pagesFit_data();
    void pagesFit();

private:
    // The screen in the kiosk's frame, shown, with the sticks plugged in now.
    void makeScreen(QSize size = {1920, 1080});
    void tap(BigButton *button);
    QString stick() const { return m_sticks.filePath(stickName); }
    QString staging() const { return m_data.filePath(u"import.partial"_s); }
    // The demo with the label of its first tile changed, as another home's archive on the stick.
    QString writeChangedArchive(const QString &relativePath, const QString &label);

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    QTemporaryDir m_data;
    QTemporaryDir m_sticks;
    QTemporaryDir m_other;
    std::optional<KioskConfig> m_demo;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ConfigVersions> m_versions;
    std::unique_ptr<UsbSticks> m_usb;
    std::unique_ptr<Test::ScreenFrame> m_frame;
    BackupScreen *m_screen = nullptr;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(11, 0), QTimeZone("Europe/Berlin"))};
    Test::Tapper m_tapper;
};

void TestBackupScreen::init()
{
    QVERIFY(m_data.isValid() && m_sticks.isValid() && m_other.isValid());
    QVERIFY(QDir().mkpath(stick()));
    qputenv("DORFPLATZ_USB_ROOTS", m_sticks.path().toUtf8());
    const ConfigLoadResult demo = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(demo.config);
    m_demo = demo.config;
    QString error;
    m_db = Database::open(m_data.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_versions = std::make_unique<ConfigVersions>(m_data.path());
}

void TestBackupScreen::cleanup()
{
    m_frame.reset();
    m_screen = nullptr;
    m_usb.reset();
    m_versions.reset();
    m_audit.reset();
    m_db.reset();
    for (QTemporaryDir *dir : {&m_data, &m_sticks, &m_other}) {
        QDir(dir->path()).removeRecursively();
        QDir().mkpath(dir->path());
    }
}

void TestBackupScreen::makeScreen(QSize size)
{
    m_usb = std::make_unique<UsbSticks>();
    QCOMPARE(m_usb->sticks().size(), 1);
    m_screen = new BackupScreen(
        m_theme, *m_versions, m_usb.get(), [this] { return m_demo ? &*m_demo : nullptr; },
        Actor{7, u"Lena"_s}, m_clock, m_audit.get());
    m_frame = std::make_unique<Test::ScreenFrame>(m_theme, m_clock, m_screen, false, size);
    m_frame->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_frame.get()));
    m_screen->activate();
    QCOMPARE(m_screen->screenName(), u"guide-backup"_s);
}

void TestBackupScreen::tap(BigButton *button)
{
    m_tapper.tap(button);
}

QString TestBackupScreen::writeChangedArchive(const QString &relativePath, const QString &label)
{
    Test::TestConfigDir changed;
    changed.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    QJsonObject tiles =
        QJsonDocument::fromJson(Test::readFile(changed.path() + u"/tiles.json"_s)).object();
    QJsonArray list = tiles.value(u"tiles"_s).toArray();
    QJsonObject first = list.at(0).toObject();
    first.insert(u"label"_s, label);
    list.replace(0, first);
    tiles.insert(u"tiles"_s, list);
    changed.writeJson(u"tiles.json"_s, tiles);
    const ConfigLoadResult loaded =
        ConfigLoader::load(changed.path(), Test::sourcePath(u"kiosk-config/demo"_s));
    if (!loaded.config)
        return {};
    const QString file = QDir(stick()).filePath(relativePath);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QString error;
    if (!ConfigArchive::write(*loaded.config, file, &error)) {
        qWarning() << error;
        return {};
    }
    return file;
}

void TestBackupScreen::savedOnTheStickWholeAndNeverOverwritten()
{
    makeScreen();
    QVERIFY(!QTest::currentTestFailed());
    tap(m_screen->saveButton(stickName));
    const QString file = QDir(stick()).filePath(u"dorfplatz-haus-sonnenhang-2026-12-08.tar.gz"_s);
    QVERIFY2(QFileInfo::exists(file), qPrintable(m_screen->message()->text()));
    QVERIFY2(m_screen->message()->text().contains(QFileInfo(file).fileName()),
             qPrintable(m_screen->message()->text()));

    // Read back, it is the configuration in use.
    const QString target = m_other.filePath(u"back"_s);
    QString error;
    QVERIFY2(ConfigArchive::unpack(file, target, &error), qPrintable(error));
    const ConfigLoadResult back = ConfigLoader::load(target, m_demo->mediaDirectory);
    QVERIFY2(back.config, qPrintable(back.issues.value(0).toString()));
    QVERIFY(ConfigChanges::list(*m_demo, *back.config).isEmpty());
    KioskConfig same = *back.config;
    same.directory = m_demo->directory;
    same.mediaDirectory = m_demo->mediaDirectory;
    QCOMPARE(same.feeds.size(), m_demo->feeds.size());
    same.feeds = m_demo->feeds; // local calendars resolved against their folder
    QVERIFY(same == *m_demo);

    // Saved again the same day: a second file, the first as it was.
    const QByteArray first = Test::readFile(file);
    tap(m_screen->saveButton(stickName));
    const QString second =
        QDir(stick()).filePath(u"dorfplatz-haus-sonnenhang-2026-12-08-2.tar.gz"_s);
    QVERIFY2(QFileInfo::exists(second), qPrintable(m_screen->message()->text()));
    QCOMPARE(Test::readFile(file), first);
    QCOMPARE(QDir(stick()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    // Nothing was published by saving.
    QVERIFY(m_versions->versions().isEmpty());
}

void TestBackupScreen::archivesOnAStick()
{
    QCOMPARE(BackupScreen::archiveName(u"Haus Sonnenhang"_s, QDate(2026, 12, 8)),
             u"dorfplatz-haus-sonnenhang-2026-12-08.tar.gz"_s);
    QCOMPARE(BackupScreen::archiveName(u"Seniorenzentrum Bärenhöhe / Süd"_s, QDate(2026, 1, 2)),
             u"dorfplatz-seniorenzentrum-baerenhoehe-sued-2026-01-02.tar.gz"_s);
    QCOMPARE(BackupScreen::archiveName({}, QDate(2026, 1, 2)),
             u"dorfplatz-einstellungen-2026-01-02.tar.gz"_s);

    const QDateTime base(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    const auto make = [&](const QString &relative, int minutes) {
        const QString path = QDir(stick()).filePath(relative);
        QVERIFY(Test::writeFile(path, "x"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(base.addSecs(minutes * 60), QFileDevice::FileModificationTime));
    };
    make(u"alt.tar.gz"_s, 1);
    make(u"Haus-B/neu.TAR.GZ"_s, 5);
    make(u"Haus-B/tief/zu-tief.tar.gz"_s, 9);  // two folders down
    make(u".versteckt/versteckt.tar.gz"_s, 9); // a hidden folder
    make(u"._neu.tar.gz"_s, 9);                // a Mac's shadow file
    make(u"foto.jpg"_s, 9);
    QVERIFY(QFile::link(m_other.path(), QDir(stick()).filePath(u"link"_s)));
    QVERIFY(Test::writeFile(m_other.filePath(u"elsewhere.tar.gz"_s), "x")); // through the link only
    QCOMPARE(BackupScreen::archivesOn(stick()),
             (QStringList{QDir(stick()).filePath(u"Haus-B/neu.TAR.GZ"_s),
                          QDir(stick()).filePath(u"alt.tar.gz"_s)}));
    for (int i = 0; i < 25; ++i)
        make(u"viele/%1.tar.gz"_s.arg(i), 10 + i);
    const QStringList shown = BackupScreen::archivesOn(stick());
    QCOMPARE(shown.size(), BackupScreen::shownArchives);
    QCOMPARE(shown.first(), QDir(stick()).filePath(u"viele/24.tar.gz"_s));
}

void TestBackupScreen::aChangedConfigurationIsShownThenApplied()
{
    const QString file = writeChangedArchive(u"Haus-B/von-haus-b.tar.gz"_s, u"Radio im Haus"_s);
    QVERIFY(!file.isEmpty());
    makeScreen();
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy imported(m_screen, &BackupScreen::imported);

    tap(m_screen->loadButton(stickName));
    QCOMPARE(m_screen->screenName(), u"guide-backup-import"_s);
    tap(m_screen->fileButton(u"Haus-B/von-haus-b.tar.gz"_s));
    KioskConfig changed = *m_demo;
    changed.tiles.first().label = u"Radio im Haus"_s;
    const QStringList expected = ConfigChanges::list(*m_demo, changed);
    QCOMPARE(expected.size(), 1);
    QCOMPARE(m_screen->lines(), expected);
    QVERIFY(m_screen->applyButton()->isVisible());
    // Checked, not taken: no version yet, the archive unpacked only in the partial folder.
    QVERIFY(m_versions->versions().isEmpty());
    QVERIFY(QFileInfo::exists(staging()));

    // "Zurück" forgets it and removes what was unpacked.
    tap(m_screen->backButton());
    QVERIFY(!QFileInfo::exists(staging()));
    tap(m_screen->fileButton(u"Haus-B/von-haus-b.tar.gz"_s));
    QCOMPARE(m_screen->lines(), expected);

    // The first tap asks, the second takes it.
    const int entries = m_audit->count();
    tap(m_screen->applyButton());
    QVERIFY(m_versions->versions().isEmpty());
    QCOMPARE(imported.size(), 0);
    tap(m_screen->applyButton());
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().toInt(), 1);
    QCOMPARE(m_versions->versions().size(), 1);
    QCOMPARE(m_versions->current()->number, 1);
    QCOMPARE(m_versions->current()->publishedBy, u"Lena"_s);
    QVERIFY2(m_versions->current()->summary.contains(u"von-haus-b.tar.gz"_s),
             qPrintable(m_versions->current()->summary));
    const ConfigLoadResult current = m_versions->loadCurrent();
    QVERIFY(current.config);
    QCOMPARE(current.config->tiles.first().label, u"Radio im Haus"_s);
    QCOMPARE(ConfigChanges::list(*m_demo, *current.config), expected);
    QCOMPARE(m_audit->count(), entries + 1);
    const AuditEntry entry = m_audit->newest(0, 1).value(0);
    QCOMPARE(entry.action, u"import"_s);
    QCOMPARE(entry.actor.name, u"Lena"_s);
    QCOMPARE(entry.actor.accountId, std::optional<qint64>(7));
    QCOMPARE(entry.subject, u"configuration 1"_s);
    QVERIFY(entry.after.contains(u"von-haus-b.tar.gz"_s));
    QVERIFY(!QFileInfo::exists(staging()));
    QCOMPARE(m_screen->screenName(), u"guide-backup"_s);
    QVERIFY2(m_screen->message()->text().contains(u"version 1"_s),
             qPrintable(m_screen->message()->text()));
}

void TestBackupScreen::refusedArchivesChangeNothing_data()
{
    QTest::addColumn<QList<Test::ArchiveItem>>("items");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("line");
    const QByteArray kiosk = Test::readFile(Test::sourcePath(u"kiosk-config/demo/kiosk.json"_s));
    QTest::newRow("../ path") << QList<Test::ArchiveItem>{{u"kiosk.json"_s, kiosk},
                                                          {u"../evil.json"_s, "{}"}}
                              << u"cannot be loaded"_s << u"outside the configuration folder"_s;
    QTest::newRow("no tiles") << QList<Test::ArchiveItem>{{u"kiosk.json"_s, kiosk}} << u"problem"_s
                              << u"tiles.json"_s;
}

void TestBackupScreen::refusedArchivesChangeNothing()
{
    QFETCH(QList<Test::ArchiveItem>, items);
    QFETCH(QString, message);
    QFETCH(QString, line);
    QVERIFY(Test::makeArchive(QDir(stick()).filePath(u"fremd.tar.gz"_s), items));
    makeScreen();
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy imported(m_screen, &BackupScreen::imported);
    tap(m_screen->loadButton(stickName));
    tap(m_screen->fileButton(u"fremd.tar.gz"_s));
    QVERIFY2(m_screen->message()->text().contains(message),
             qPrintable(m_screen->message()->text()));
    QVERIFY(!m_screen->lines().isEmpty());
    QVERIFY2(m_screen->lines().first().contains(line), qPrintable(m_screen->lines().join(u'\n')));
    QVERIFY(!m_screen->applyButton()->isVisible());
    QVERIFY(m_versions->versions().isEmpty());
    QCOMPARE(imported.size(), 0);
    QVERIFY(!QFileInfo::exists(staging()));
    QVERIFY(!QFileInfo::exists(m_data.filePath(u"evil.json"_s)));
    QCOMPARE(m_audit->count(), 0);
}

void TestBackupScreen::pagesFit_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1920x1080") << QSize(1920, 1080);
    QTest::addRow("1280x800") << QSize(1280, 800);
}

void TestBackupScreen::pagesFit()
{
    QFETCH(QSize, size);
    QVERIFY(QDir().mkpath(m_sticks.filePath(u"Urlaubsfotos 2025"_s)));
    for (int i = 0; i < BackupScreen::shownArchives; ++i) {
        QVERIFY(!writeChangedArchive(u"dorfplatz-haus-b-%1.tar.gz"_s.arg(i, 2, 10, QChar(u'0')),
                                     u"Radio im Haus %1"_s.arg(i))
                     .isEmpty());
    }
    m_usb = std::make_unique<UsbSticks>();
    QCOMPARE(m_usb->sticks().size(), 2);
    m_screen = new BackupScreen(
        m_theme, *m_versions, m_usb.get(), [this] { return m_demo ? &*m_demo : nullptr; },
        Actor{7, u"Lena"_s}, m_clock, m_audit.get());
    m_frame = std::make_unique<Test::ScreenFrame>(m_theme, m_clock, m_screen, false, size);
    m_frame->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_frame.get()));
    m_screen->activate();
    int shot = 0;
    const auto check = [this, &shot, size] {
        QCoreApplication::processEvents();
        const Test::NamedRects controls = Test::checkControls(*m_screen, m_theme);
        Test::checkTexts(*m_screen, controls);
        if (qEnvironmentVariableIsSet("DORFPLATZ_STAFF_SCREENSHOTS")) {
            m_frame->grab().save(
                u"/tmp/backup-%1x%2-%3.png"_s.arg(size.width()).arg(size.height()).arg(++shot));
        }
    };
    check();
    QVERIFY2(!QTest::currentTestFailed(), "sticks");
    tap(m_screen->saveButton(stickName));
    check();
    QVERIFY2(!QTest::currentTestFailed(), "saved");
    tap(m_screen->loadButton(stickName));
    check();
    QVERIFY2(!QTest::currentTestFailed(), "files");
    // More than a page: paged, never cut.
    QCOMPARE(m_screen->fileRows()->rows().size(), BackupScreen::shownArchives);
    QVERIFY(m_screen->fileRows()->pageCount() > 1);
    // The newest 20: the one saved above and haus-b-01 … -19.
    QVERIFY(!m_screen->fileButton(u"dorfplatz-haus-b-00.tar.gz"_s));
    tap(m_screen->fileButton(u"dorfplatz-haus-b-19.tar.gz"_s));
    QCOMPARE(m_screen->lines().size(), 1);
    check();
    QVERIFY2(!QTest::currentTestFailed(), "check");
    tap(m_screen->applyButton());
    check();
    QVERIFY2(!QTest::currentTestFailed(), "confirm");
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestBackupScreen)
#include "tst_backupscreen.moc"
