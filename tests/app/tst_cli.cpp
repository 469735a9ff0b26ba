// The dorfplatz executable run as a guide, the systemd unit or CI runs it: it answers --version
// and --help, checks a configuration with --check-config (German messages, exit 1 on problems),
// and passes --self-test on the demo configuration (offscreen).
#include "support/testconfig.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dorfplatz;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QHash<QString, QString> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DORFPLATZ_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(60'000)) {
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
    void version();
    void helpIsGerman();
    void unknownOption();
    void checkDemoConfig();
    void checkBrokenConfig();
    void checkStreamsOfTheDemo();
    void checkStreamsNamesWhatFails();
    void selfTestOnDemo();
    void selfTestFailsOnBrokenConfig();
    void selfTestReportsAMissingCallsModule();
};

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
    const Run r = run({u"--frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"frobnicate"_s));
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

void TestCli::checkStreamsOfTheDemo()
{
    // The demo's streams are local files: all three must play (libVLC into its dummy output).
    const Run r =
        run({u"--check-streams"_s, u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(u"hausradio (Hausradio Sonnenhang): funktioniert"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).contains(u"orgel.ogg"_s), qPrintable(lines.at(2))); // via the playlist
    QCOMPARE(lines.at(3), u"Streams, die funktionieren: 3 von 3."_s);
}

void TestCli::checkStreamsNamesWhatFails()
{
    QTcpServer closed; // a port that refuses: listened on once, then closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString refused = u"http://127.0.0.1:%1/live.mp3"_s.arg(closed.serverPort());
    closed.close();
    Test::TestConfigDir config;
    config.writeDefaults();
    config.writeJson(
        u"streams.json"_s,
        QJsonObject{{u"version"_s, 1},
                    {u"streams"_s, QJsonArray{QJsonObject{{u"id"_s, u"swr4"_s},
                                                          {u"name"_s, u"SWR4"_s},
                                                          {u"kind"_s, u"radio"_s},
                                                          {u"urls"_s, QJsonArray{refused}}}}}});
    const Run r = run({u"--check-streams"_s, u"--config"_s, config.path()});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"swr4 (SWR4): funktioniert NICHT. "_s + refused +
                                    u": nicht erreichbar"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u"connection refused"_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"Streams, die funktionieren: 0 von 1."_s);
}

void TestCli::selfTestOnDemo()
{
    QTemporaryDir data;
    const Run r = run({u"--self-test"_s, u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s),
                       u"--data"_s, data.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"self-test: 19 passed, 0 failed"_s), qPrintable(r.out));
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
    QVERIFY2(r.out.contains(u"self-test: 18 passed, 1 failed"_s), qPrintable(r.out));
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
