// KioskApp's start-up work after the first paint: the database and the last good copy of the
// configuration. When the data folder cannot be used (a full or broken disk), the kiosk keeps
// running and tells staff in German, through the header's notice.
#include "core/app/commandline.h"
#include "core/db/database.h"
#include "support/testconfig.h"
#include "ui/shell/kioskapp.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/bigbutton.h"
#include "ui/widgets/header.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

class TestKioskApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startupOpensDatabaseAndKeepsConfig();
    void unusableDataFolderIsReportedToStaff();
};

void TestKioskApp::startupOpensDatabaseAndKeepsConfig()
{
    QTemporaryDir data;
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = data.filePath(u"sub/folder"_s); // created on demand
    KioskApp app(options);
    QCOMPARE(app.activeConfig().origin, ActiveConfig::Origin::Configured);
    QVERIFY(app.translationsLoaded());
    QVERIFY(!app.database()); // nothing slow before the first paint

    QVERIFY(app.finishStartup());
    QVERIFY(app.database());
    QVERIFY(QFileInfo::exists(data.filePath(u"sub/folder/app.db"_s)));
    QVERIFY(QFileInfo::exists(data.filePath(u"sub/folder/last-good-config/kiosk.json"_s)));
    QVERIFY(!app.shell().hasNotice());
}

void TestKioskApp::unusableDataFolderIsReportedToStaff()
{
    QTemporaryDir scratch;
    // A regular file where the data folder should be: nothing can be created below it, even as
    // root (the same path as a full or read-only disk through the code).
    const QString blocker = scratch.filePath(u"blocker"_s);
    QVERIFY(Test::writeFile(blocker, "not a folder"));
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = blocker + u"/data"_s;
    KioskApp app(options);
    app.shell().window()->resize(1920, 1080);
    app.shell().window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.shell().window()));

    QVERIFY(!app.finishStartup());
    QVERIFY(!app.database());
    // The residents' screen stays as it is; staff see the notice and read why.
    QCOMPARE(app.activeConfig().origin, ActiveConfig::Origin::Configured);
    QVERIFY(app.shell().hasNotice());
    QVERIFY(app.shell().window()->header()->noticeButton()->isVisible());
    const QStringList problems = app.shell().staffProblems();
    QCOMPARE(problems.size(), 2); // the database, and the copy of the good settings
    QVERIFY2(problems.at(0).startsWith(u"Der Datenordner "_s), qPrintable(problems.at(0)));
    QVERIFY(problems.at(0).endsWith(u"Ist die Festplatte voll?"_s));
    QVERIFY2(problems.at(1).startsWith(u"Eine Sicherung der fehlerfreien Einstellungen"_s),
             qPrintable(problems.at(1)));
}

QTEST_MAIN(TestKioskApp)
#include "tst_kioskapp.moc"
