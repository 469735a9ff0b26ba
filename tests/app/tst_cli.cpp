// The dorfplatz executable run as a guide, the systemd unit or CI runs it: it answers --version
// and --help, checks a configuration with --check-config (German messages, exit 1 on problems),
// and passes --self-test on the demo configuration (offscreen). Its log has no debug messages
// unless asked for (--debug, DORFPLATZ_DEBUG=1, QT_LOGGING_RULES), and the self-test warns when
// Chromium's sandbox is off. --reset-config goes back to the installed configuration;
// --export-config and --import-config carry one from home to home.
#include "core/accounts/accountstore.h"
#include "core/accounts/auditlog.h"
#include "core/config/configversions.h"
#include "core/db/database.h"
#include "core/i18n/translations.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Dorfplatz;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The log lines "debug dorfplatz.ui: …" (QT_MESSAGE_PATTERN below).
QStringList debugLines(const QString &log)
{
    QStringList lines;
    for (const QString &line : log.split(u'\n')) {
        if (line.startsWith(u"debug dorfplatz."_s))
            lines.append(line);
    }
    return lines;
}

// Runs dorfplatz. `variables` are set; those with a null value are removed. `input` is its
// standard input.
Run run(const QStringList &arguments, const QHash<QString, QString> &variables = {},
        const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_MESSAGE_PATTERN"_s, u"%{type} %{category}: %{message}"_s);
    // The log is quiet unless a test asks otherwise, whatever the shell running the tests says.
    environment.remove(u"QT_LOGGING_RULES"_s);
    environment.remove(u"DORFPLATZ_DEBUG"_s);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DORFPLATZ_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    // With the event loop running: a test's HTTP server on 127.0.0.1 answers meanwhile.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60'000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void helpIsGerman();
    void unknownOption();
    void checkMissingFolder();
    void checkDemoConfig();
    void checkBrokenConfig();
    void checkStreamsOfTheDemo();
    void checkStreamsNamesWhatFails();
    void checkStreamsVerboseShowsTheDetails();
    void selfTestOnDemo();
    void selfTestFailsOnBrokenConfig();
    void selfTestReportsAMissingCallsModule();
    void selfTestWarnsWhenTheSandboxIsOff_data();
    void selfTestWarnsWhenTheSandboxIsOff();
    void logHasNoDebugByDefault_data();
    void logHasNoDebugByDefault();
    void addAccountMakesTheFirstLead();
    void resetConfigGoesBackToTheInstalledOne();
    void exportAndImportCarryAConfiguration();
    void addAccountRefuses_data();
    void addAccountRefuses();

private:
    Translations m_translations;
};

void TestCli::initTestCase()
{
    QVERIFY(m_translations.install(u"de"_s));
}

void TestCli::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"dorfplatz " DORFPLATZ_VERSION ""_s);
}

void TestCli::helpIsGerman()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"--check-config"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Einstellungen"_s), qPrintable(r.out));
}

void TestCli::unknownOption()
{
    // German (the program's translation, as installed here), never Qt's "Unknown option", and
    // with the way to the list of options.
    const Run r = run({u"--frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QCoreApplication::translate("Dorfplatz::OptionError",
                                                "There is no option %1; \"%2\" lists them all.")
                            .arg(u"--frobnicate"_s, u"dorfplatz --help"_s) +
                        u'\n');
    QVERIFY2(!r.err.contains(u"Unknown option"_s), qPrintable(r.err));

    const Run missing = run({u"--check-config"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"--check-config"_s) &&
                 missing.err.contains(u"dorfplatz --help"_s),
             qPrintable(missing.err));
    QVERIFY2(!missing.err.contains(u"Missing value"_s), qPrintable(missing.err));
}

void TestCli::checkMissingFolder()
{
    // One sentence for a mistyped folder, not one line per file that is not in it.
    const QString typo = QDir::tempPath() + u"/dorfplatz-no-such-folder/typo"_s;
    const Run r = run({u"--check-config"_s, typo});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QCoreApplication::translate("Dorfplatz::ConfigIssue",
                                                      "The folder %1 does not exist: check the "
                                                      "path")
                              .arg(typo));
    QVERIFY(!QFileInfo::exists(typo));
}

void TestCli::checkDemoConfig()
{
    const Run r = run({u"--check-config"_s, Test::sourcePath(u"kiosk-config/demo"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"7 Kacheln"_s), qPrintable(r.out));
}

void TestCli::checkBrokenConfig()
{
    Test::TestConfigDir config;
    config.writeJson(u"kiosk.json"_s, QJsonObject{{u"version"_s, 1}, {u"textScale"_s, 110}});
    config.writeJson(u"tiles.json"_s,
                     Test::TestConfigDir::defaultTilesWith(1, u"picture"_s, u"oma.png"_s));
    config.writeJson(u"streams.json"_s, Test::TestConfigDir::defaultStreams());

    const Run r = run({u"--check-config"_s, config.path()});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             u"kiosk.json: textScale: „110“ ist nicht erlaubt; möglich sind: 100, 125, 150, 200"_s);
    QCOMPARE(lines.at(1), u"tiles.json: tiles[1].picture: Datei „oma.png“ nicht gefunden"_s);
    QCOMPARE(lines.at(2), u"2 Probleme gefunden."_s);
}

namespace {

QString messagesText(const char *source)
{
    return QCoreApplication::translate("Dorfplatz::Messages", source);
}

QString diagnosisText(const char *source)
{
    return QCoreApplication::translate("Dorfplatz::StreamDiagnosis", source);
}

// --check-streams' lines without the one that says this computer has no speaker (there is none
// here, but there may be one elsewhere): that line comes at most once, and first.
QStringList streamLines(const QString &out)
{
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    const QString noSpeaker =
        messagesText("No speaker found: the stations are checked all the same, but nothing can "
                     "be heard on this computer.");
    if (!lines.isEmpty() && lines.first() == noSpeaker)
        lines.removeFirst();
    if (lines.contains(noSpeaker))
        return {u"the speaker line came twice, or not first"_s};
    return lines;
}

// A configuration with one station "swr4" of these addresses.
void writeStation(Test::TestConfigDir &config, const QStringList &urls)
{
    config.writeDefaults();
    config.writeJson(
        u"streams.json"_s,
        QJsonObject{{u"version"_s, 1},
                    {u"streams"_s,
                     QJsonArray{QJsonObject{{u"id"_s, u"swr4"_s},
                                            {u"name"_s, u"SWR4"_s},
                                            {u"kind"_s, u"radio"_s},
                                            {u"urls"_s, QJsonArray::fromStringList(urls)}}}}});
}

} // namespace

void TestCli::checkStreamsOfTheDemo()
{
    // The demo's streams are local files: all three must play (libVLC into its dummy output).
    // Without a speaker (as here) that is said once, and the check still passes.
    const Run r =
        run({u"--check-streams"_s, u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.err, QString());
    const QStringList lines = streamLines(r.out);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(u"hausradio (Hausradio Sonnenhang): funktioniert"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).contains(u"orgel.ogg"_s), qPrintable(lines.at(2))); // via the playlist
    QCOMPARE(lines.at(3), u"Streams, die funktionieren: 3 von 3."_s);
}

void TestCli::checkStreamsNamesWhatFails()
{
    Test::HttpServer server;
    QVERIFY(server.listen());
    server.addStatus(u"/gone.mp3"_s, 404);
    const QString gone = server.url(u"/gone.mp3"_s).toString();
    QTcpServer closed; // a port that refuses: listened on once, then closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    const QString refused = u"http://127.0.0.1:%1/live.mp3"_s.arg(closedPort);
    closed.close();
    Test::TestConfigDir config;
    writeStation(config, {gone, refused});

    const Run r = run({u"--check-streams"_s, u"--config"_s, config.path()});
    QCOMPARE(r.exitCode, 1);
    // One line for the station, one for each address in plain words; nothing of libVLC's.
    QCOMPARE(r.err, QString());
    const QStringList lines = streamLines(r.out);
    QCOMPARE(
        lines,
        QStringList({
            messagesText("%1: does NOT work.").arg(u"swr4 (SWR4)"_s),
            u"  %1 – %2"_s.arg(
                gone, diagnosisText("The server answers with %1: check the address.").arg(404)),
            u"  %1 – %2"_s.arg(refused,
                               diagnosisText("The connection to %1 is refused: no server runs "
                                             "there. Check the address and the port.")
                                   .arg(u"127.0.0.1:%1"_s.arg(closedPort))),
            u"Streams, die funktionieren: 0 von 1."_s,
        }));
    for (const QString &library : {u"libVLC"_s, u"ALSA"_s, u"HTTP/1"_s, u"Connection refused"_s})
        QVERIFY2(!r.out.contains(library, Qt::CaseInsensitive), qPrintable(r.out));
}

void TestCli::checkStreamsVerboseShowsTheDetails()
{
    Test::HttpServer server;
    QVERIFY(server.listen());
    server.addStatus(u"/gone.mp3"_s, 404);
    Test::TestConfigDir config;
    writeStation(config, {server.url(u"/gone.mp3"_s).toString()});

    const Run r = run({u"--check-streams"_s, u"--verbose"_s, u"--config"_s, config.path()});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = streamLines(r.out);
    QCOMPARE(lines.size(), 4);
    // The address's sentence, then what libVLC and the server said; the log on stderr.
    QVERIFY2(lines.at(1).endsWith(
                 diagnosisText("The server answers with %1: check the address.").arg(404)),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u"HTTP 404 Not Found"_s), qPrintable(lines.at(2)));
    QVERIFY2(r.err.contains(u"libVLC"_s), qPrintable(r.err));
}

void TestCli::selfTestOnDemo()
{
    QTemporaryDir data;
    const Run r = run({u"--self-test"_s, u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s),
                       u"--data"_s, data.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"self-test: 63 passed, 0 failed"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"ok   screen \"stream-video\" builds and draws"_s));
    QVERIFY(r.out.contains(u"ok   the video calls module loads"_s));
    // It made the database and kept the configuration as the last good one.
    QVERIFY(QFileInfo::exists(data.filePath(u"app.db"_s)));
    QVERIFY(QFileInfo::exists(data.filePath(u"last-good-config/tiles.json"_s)));
}

void TestCli::selfTestFailsOnBrokenConfig()
{
    QTemporaryDir data;
    Test::TestConfigDir config; // empty
    const Run r = run({u"--self-test"_s, u"--config"_s, config.path(), u"--data"_s, data.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"FAIL configuration loads"_s), qPrintable(r.out));
}

// A kiosk whose WebEngine module is missing (or cannot load its libraries) still runs; the
// self-test is where staff learn that calls will not work.
void TestCli::selfTestReportsAMissingCallsModule()
{
    QTemporaryDir data;
    QTemporaryDir noModules;
    const Run r = run({u"--self-test"_s, u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s),
                       u"--data"_s, data.path()},
                      {{u"DORFPLATZ_MODULE_DIR"_s, noModules.path()}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"FAIL the video calls module loads: "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"libdorfplatz_webcalls.so"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"self-test: 62 passed, 1 failed"_s), qPrintable(r.out));
}

namespace {

const QString sandboxWarning = u"WARNUNG: Chromium-Sandbox ist aus"_s;

} // namespace

void TestCli::selfTestWarnsWhenTheSandboxIsOff_data()
{
    QTest::addColumn<QString>("disableSandbox"); // null: not set
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("reason"); // empty: no warning
    QTest::addRow("sandbox on") << QString() << u"--use-fake-device-for-media-stream"_s
                                << QString();
    QTest::addRow("QTWEBENGINE_DISABLE_SANDBOX=1")
        << u"1"_s << QString() << u"QTWEBENGINE_DISABLE_SANDBOX=1"_s;
    QTest::addRow("--no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS")
        << QString() << u"--use-fake-device-for-media-stream --no-sandbox"_s
        << u"--no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS"_s;
}

// A warning, not a failure: development machines and CI run as root, where it must be off.
void TestCli::selfTestWarnsWhenTheSandboxIsOff()
{
    QFETCH(QString, disableSandbox);
    QFETCH(QString, flags);
    QFETCH(QString, reason);
    QTemporaryDir data;
    const Run r = run({u"--self-test"_s, u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s),
                       u"--data"_s, data.path()},
                      {{u"QTWEBENGINE_DISABLE_SANDBOX"_s, disableSandbox},
                       {u"QTWEBENGINE_CHROMIUM_FLAGS"_s, flags}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"self-test: 63 passed, 0 failed"_s), qPrintable(r.out));
    QStringList warnings;
    for (const QString &line : r.out.split(u'\n')) {
        if (line.startsWith(sandboxWarning) || line.startsWith(u"WARNING: the Chromium"_s))
            warnings.append(line);
    }
    if (reason.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(r.out));
        return;
    }
    QCOMPARE(warnings.size(), 1);
    // The self-test speaks the configuration's language (German in the demo).
    const char *source = "WARNING: the Chromium sandbox is off (%1). Video calls run without its "
                         "protection; on the kiosk PC run Dorfplatz as an unprivileged user, "
                         "without QTWEBENGINE_DISABLE_SANDBOX and without --no-sandbox.";
    const QString expected =
        QCoreApplication::translate("Dorfplatz::SelfTestText", source).arg(reason);
    QCOMPARE(warnings.first(), expected);
    if (expected != QString::fromUtf8(source).arg(reason)) // the catalogue has the line
        QVERIFY2(expected.startsWith(sandboxWarning + u" ("_s + reason + u")."_s),
                 qPrintable(expected));
}

void TestCli::logHasNoDebugByDefault_data()
{
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("dorfplatzDebug");
    QTest::addColumn<QString>("loggingRules");
    QTest::addColumn<QString>("debugCategory"); // empty: no debug lines at all
    QTest::addRow("default") << QStringList() << QString() << QString() << QString();
    QTest::addRow("--debug") << QStringList{u"--debug"_s} << QString() << QString()
                             << u"dorfplatz.ui"_s;
    QTest::addRow("DORFPLATZ_DEBUG=1") << QStringList() << u"1"_s << QString() << u"dorfplatz.ui"_s;
    QTest::addRow("DORFPLATZ_DEBUG=0") << QStringList() << u"0"_s << QString() << QString();
    QTest::addRow("QT_LOGGING_RULES for one category")
        << QStringList() << QString() << u"dorfplatz.ui.debug=true"_s << u"dorfplatz.ui"_s;
    // QT_LOGGING_RULES decides last, also over --debug.
    QTest::addRow("--debug, but QT_LOGGING_RULES says no")
        << QStringList{u"--debug"_s} << QString() << u"dorfplatz.*.debug=false"_s << QString();
}

void TestCli::logHasNoDebugByDefault()
{
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, dorfplatzDebug);
    QFETCH(QString, loggingRules);
    QFETCH(QString, debugCategory);
    QTemporaryDir data;
    const Run r =
        run(QStringList{u"--self-test"_s, u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s),
                        u"--data"_s, data.path()} +
                extraArguments,
            {{u"DORFPLATZ_DEBUG"_s, dorfplatzDebug}, {u"QT_LOGGING_RULES"_s, loggingRules}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QStringList lines = debugLines(r.err);
    if (debugCategory.isEmpty()) {
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(u'\n')));
        // Info still reaches the log (the barrier: the log is not silent altogether).
        QVERIFY2(r.err.contains(u"info dorfplatz."_s), qPrintable(r.err));
        return;
    }
    QVERIFY2(!lines.isEmpty(), qPrintable(r.err));
    const QString prefix = u"debug "_s + debugCategory + u": "_s;
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&prefix](const QString &line) { return line.startsWith(prefix); }),
             qPrintable(lines.join(u'\n')));
}

void TestCli::resetConfigGoesBackToTheInstalledOne()
{
    QTemporaryDir data;
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    ConfigVersions versions(data.path());
    QVERIFY(versions
                .publish(demo, demo, Actor{3, u"Herr Wagner"_s}, u"Demo"_s,
                         QDateTime::currentDateTimeUtc())
                .version);
    const QStringList arguments{u"--reset-config"_s, u"--data"_s, data.path(), u"--config"_s,
                                u"/etc/dorfplatz"_s};
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Fassung 1 der Digitallotsen wird nicht mehr verwendet"_s) &&
                 r.out.contains(u"/etc/dorfplatz"_s),
             qPrintable(r.out + r.err));
    QVERIFY(!versions.current());
    QCOMPARE(versions.versions().size(), 1); // kept, to restore
    const Run again = run(arguments);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"verwendet bereits die installierte Konfiguration"_s),
             qPrintable(again.out));
}

void TestCli::exportAndImportCarryAConfiguration()
{
    // Home A: the demo, with a name its guides gave it.
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    QTemporaryDir homeA;
    Test::TestConfigDir draft;
    draft.copyFrom(demo);
    QJsonObject kiosk = QJsonDocument::fromJson([&] {
                            QFile file(draft.path() + u"/kiosk.json"_s);
                            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                        }())
                            .object();
    kiosk.insert(u"homeName"_s, u"Haus Abendrot"_s);
    draft.writeJson(u"kiosk.json"_s, kiosk);
    QVERIFY(ConfigVersions(homeA.path())
                .publish(draft.path(), demo, Actor{}, u"Name"_s, QDateTime::currentDateTimeUtc())
                .version);
    QTemporaryDir stick;
    const QString file = stick.filePath(u"abendrot.tar.gz"_s);
    const Run exported =
        run({u"--export-config"_s, file, u"--config"_s, demo, u"--data"_s, homeA.path()});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains(u"Die Konfiguration (9 Dateien) ist in"_s),
             qPrintable(exported.out + exported.err));

    // Home B, installed from the same package: what changes, then the newest version.
    QTemporaryDir homeB;
    const Run imported =
        run({u"--import-config"_s, file, u"--config"_s, demo, u"--data"_s, homeB.path()});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"Name des Hauses geändert"_s) &&
                 imported.out.contains(u"Als Fassung 1 eingelesen"_s),
             qPrintable(imported.out + imported.err));
    ConfigVersions versions(homeB.path());
    QCOMPARE(versions.loadCurrent().config->settings.homeName, u"Haus Abendrot"_s);
    QCOMPARE(versions.current()->summary, u"Aus abendrot.tar.gz: Name des Hauses geändert"_s);
    QString error;
    auto db = Database::open(homeB.filePath(u"app.db"_s), &error);
    QVERIFY2(db, qPrintable(error));
    const AuditEntry last = AuditLog(*db).newest(0, 1).value(0);
    QCOMPARE(last.action, u"import"_s);
    QCOMPARE(last.actor.name, u"Kommandozeile"_s);
    QVERIFY(!QFileInfo::exists(homeB.filePath(u"import.partial"_s)));

    // Not an archive: refused, nothing new.
    const Run refused = run({u"--import-config"_s, demo + u"/kiosk.json"_s, u"--config"_s, demo,
                             u"--data"_s, homeB.path()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(u"Es wurde nichts eingelesen."_s), qPrintable(refused.out));
    QCOMPARE(versions.versions().size(), 1);
}

void TestCli::addAccountMakesTheFirstLead()
{
    QTemporaryDir data;
    const Run r = run({u"--data"_s, data.path(), u"--add-account"_s, u"Frau Becker"_s}, {},
                      "271828\n271828\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Konto \u201EFrau Becker\u201C (lead) gespeichert"_s),
             qPrintable(r.out));
    // No PIN on the screen or in the log.
    QVERIFY(!r.out.contains(u"271828"_s));
    QVERIFY(!r.err.contains(u"271828"_s));
    QString error;
    auto database = Database::open(data.filePath(u"app.db"_s), &error);
    QVERIFY2(database, qPrintable(error));
    AccountStore store(*database);
    QVERIFY(store.hasLead());
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().at(0).name, u"Frau Becker"_s);
    QCOMPARE(store.signIn(store.accounts().at(0).id, u"271828"_s, QDateTime::currentDateTimeUtc())
                 .result,
             AccountStore::SignIn::Result::Accepted);
    QCOMPARE(AuditLog(*database).newest(0, 1).at(0).actor.name, u"Kommandozeile"_s);
    // The data folder is private.
    QCOMPARE(QFileInfo(data.path()).permissions() &
                 (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestCli::addAccountRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QStringList becker{u"--add-account"_s, u"Herr Klein"_s};
    QTest::newRow("pins differ") << becker << QByteArray("271828\n271829\n") << 1
                                 << u"Die beiden PINs sind verschieden"_s;
    QTest::newRow("short pin") << becker << QByteArray("12345\n12345\n") << 1
                               << u"mindestens 6 Ziffern"_s;
    QTest::newRow("no input") << becker << QByteArray() << 1 << u"mindestens 6 Ziffern"_s;
    QTest::newRow("unknown role") << (becker + QStringList{u"--role"_s, u"chef"_s})
                                  << QByteArray("271828\n271828\n") << 2 << u"chef"_s;
}

void TestCli::addAccountRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir data;
    const Run r = run(QStringList{u"--data"_s, data.path()} + arguments, {}, input);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.contains(says), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Nichts wurde gespeichert"_s) || exitCode == 2);
    // A refused account leaves no account behind.
    if (QFile::exists(data.filePath(u"app.db"_s))) {
        QString error;
        auto database = Database::open(data.filePath(u"app.db"_s), &error);
        QVERIFY(database);
        QVERIFY(AccountStore(*database).accounts().isEmpty());
    }
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
