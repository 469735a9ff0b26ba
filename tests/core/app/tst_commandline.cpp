#include "core/app/commandline.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dorfplatz::CommandLine::Mode)

namespace Dorfplatz {

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void parse_data();
    void parse();
    void helpListsEveryOption();
    void debugSwitch();
    void errors_data();
    void errors();
};

void TestCommandLine::defaults()
{
    QCOMPARE(CommandLine::defaultConfigDir(), u"/etc/dorfplatz"_s);
    QVERIFY(CommandLine::defaultDataDir().endsWith(u"/dorfplatz"_s));
    QVERIFY(QDir::isAbsolutePath(CommandLine::defaultDataDir()));

    const CommandLine line = CommandLine::parse({u"dorfplatz"_s});
    QCOMPARE(line.mode, CommandLine::Mode::Kiosk);
    QCOMPARE(line.configDir, CommandLine::defaultConfigDir());
    QCOMPARE(line.dataDir, CommandLine::defaultDataDir());
    QCOMPARE(line.screenshotDir, QString());
    QCOMPARE(line.windowed, false);
    QCOMPARE(line.message, QString());
}

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the program name
    QTest::addColumn<CommandLine::Mode>("mode");
    QTest::addColumn<QString>("configDir"); // "<default>" for the default
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<QString>("screenshotDir");
    QTest::addColumn<bool>("windowed");

    using Mode = CommandLine::Mode;
    const QString def = u"<default>"_s;

    QTest::addRow("no options") << QStringList() << Mode::Kiosk << def << def << QString() << false;
    QTest::addRow("--config") << QStringList{u"--config"_s, u"/srv/kiosk"_s} << Mode::Kiosk
                              << u"/srv/kiosk"_s << def << QString() << false;
    QTest::addRow("--config=") << QStringList{u"--config=/srv/kiosk"_s} << Mode::Kiosk
                               << u"/srv/kiosk"_s << def << QString() << false;
    QTest::addRow("--data") << QStringList{u"--data"_s, u"/var/lib/dorfplatz"_s} << Mode::Kiosk
                            << def << u"/var/lib/dorfplatz"_s << QString() << false;
    QTest::addRow("--config and --data")
        << QStringList{u"--data"_s, u"/var/lib/dp"_s, u"--config"_s, u"conf"_s} << Mode::Kiosk
        << u"conf"_s << u"/var/lib/dp"_s << QString() << false;
    QTest::addRow("--check-config")
        << QStringList{u"--check-config"_s, u"/home/guide/kiosk"_s} << Mode::CheckConfig
        << u"/home/guide/kiosk"_s << def << QString() << false;
    QTest::addRow("--check-config wins over --config")
        << QStringList{u"--config"_s, u"/etc/x"_s, u"--check-config"_s, u"/tmp/y"_s}
        << Mode::CheckConfig << u"/tmp/y"_s << def << QString() << false;
    QTest::addRow("--self-test") << QStringList{u"--self-test"_s} << Mode::SelfTest << def << def
                                 << QString() << false;
    QTest::addRow("--self-test with --config and --data")
        << QStringList{u"--self-test"_s, u"--config"_s, u"demo"_s, u"--data"_s, u"/tmp/d"_s}
        << Mode::SelfTest << u"demo"_s << u"/tmp/d"_s << QString() << false;
    QTest::addRow("--screenshot-dir")
        << QStringList{u"--screenshot-dir"_s, u"/tmp/shots"_s} << Mode::Screenshots << def << def
        << u"/tmp/shots"_s << false;
    QTest::addRow("--windowed") << QStringList{u"--windowed"_s} << Mode::Kiosk << def << def
                                << QString() << true;
    QTest::addRow("--windowed --screenshot-dir")
        << QStringList{u"--windowed"_s, u"--screenshot-dir"_s, u"s"_s} << Mode::Screenshots << def
        << def << u"s"_s << true;
    QTest::addRow("--help") << QStringList{u"--help"_s} << Mode::Help << def << def << QString()
                            << false;
    QTest::addRow("-h") << QStringList{u"-h"_s} << Mode::Help << def << def << QString() << false;
    QTest::addRow("--help wins over --self-test") << QStringList{u"--self-test"_s, u"--help"_s}
                                                  << Mode::Help << def << def << QString() << false;
    QTest::addRow("--version") << QStringList{u"--version"_s} << Mode::Version << def << def
                               << QString() << false;
    QTest::addRow("-v") << QStringList{u"-v"_s} << Mode::Version << def << def << QString()
                        << false;
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Mode, mode);
    QFETCH(QString, configDir);
    QFETCH(QString, dataDir);
    QFETCH(QString, screenshotDir);
    QFETCH(bool, windowed);

    if (configDir == u"<default>")
        configDir = CommandLine::defaultConfigDir();
    if (dataDir == u"<default>")
        dataDir = CommandLine::defaultDataDir();

    const CommandLine line = CommandLine::parse(QStringList{u"dorfplatz"_s} + arguments);
    QCOMPARE(line.mode, mode);
    QCOMPARE(line.configDir, configDir);
    QCOMPARE(line.dataDir, dataDir);
    QCOMPARE(line.screenshotDir, screenshotDir);
    QCOMPARE(line.windowed, windowed);
    switch (mode) {
    case CommandLine::Mode::Help:
        QVERIFY2(line.message.contains(u"--check-config"_s), qPrintable(line.message));
        break;
    case CommandLine::Mode::Version:
        QCOMPARE(line.message, u"dorfplatz " DORFPLATZ_VERSION ""_s);
        break;
    default:
        QCOMPARE(line.message, QString());
    }
}

void TestCommandLine::helpListsEveryOption()
{
    const CommandLine line = CommandLine::parse({u"dorfplatz"_s, u"--help"_s});
    QCOMPARE(line.mode, CommandLine::Mode::Help);
    for (const QString &option :
         {u"--help"_s, u"--version"_s, u"--config <DIR>"_s, u"--data <DIR>"_s,
          u"--check-config <DIR>"_s, u"--self-test"_s, u"--screenshot-dir <DIR>"_s, u"--windowed"_s,
          u"--debug"_s, u"DORFPLATZ_DEBUG=1"_s, u"/etc/dorfplatz"_s}) {
        QVERIFY2(line.message.contains(option), qPrintable(option));
    }
    QVERIFY(line.message.contains(u"care home"_s));
}

// Debug messages are off unless asked for; --debug goes with every mode.
void TestCommandLine::debugSwitch()
{
    QCOMPARE(CommandLine::parse({u"dorfplatz"_s}).debug, false);
    QCOMPARE(CommandLine::parse({u"dorfplatz"_s, u"--self-test"_s}).debug, false);
    const CommandLine kiosk = CommandLine::parse({u"dorfplatz"_s, u"--debug"_s});
    QCOMPARE(kiosk.mode, CommandLine::Mode::Kiosk);
    QCOMPARE(kiosk.debug, true);
    const CommandLine selfTest =
        CommandLine::parse({u"dorfplatz"_s, u"--self-test"_s, u"--debug"_s});
    QCOMPARE(selfTest.mode, CommandLine::Mode::SelfTest);
    QCOMPARE(selfTest.debug, true);
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    // Qt's own errorText() is English ("Unknown option 'fullscreen'."); these are ours, in
    // German once translated, and each points to --help.
    const QString all = u"; \"dorfplatz --help\" lists them all."_s;
    QTest::addRow("unknown option")
        << QStringList{u"--fullscreen"_s} << u"There is no option --fullscreen"_s + all;
    QTest::addRow("unknown short option")
        << QStringList{u"-x"_s} << u"There is no option -x"_s + all;
    QTest::addRow("misspelt option")
        << QStringList{u"--check-conf"_s, u"/tmp"_s} << u"There is no option --check-conf"_s + all;
    QTest::addRow("two unknown options") << QStringList{u"--bogus"_s, u"--frob"_s}
                                         << u"There are no options --bogus, --frob"_s + all;
    QTest::addRow("--config without a value")
        << QStringList{u"--config"_s}
        << u"After --config something is missing (a folder, a file or a name); \"dorfplatz "
           "--help\" says what."_s;
    QTest::addRow("--check-config without a value")
        << QStringList{u"--windowed"_s, u"--check-config"_s}
        << u"After --check-config something is missing (a folder, a file or a name); "
           "\"dorfplatz --help\" says what."_s;
    QTest::addRow("value for a flag")
        << QStringList{u"--windowed=yes"_s}
        << u"--windowed is given without a value: write it without \"=…\"; \"dorfplatz "
           "--help\" says more."_s;
    const QString stray = u"\"%1\" is not an option. A value comes after its option, like "
                          "--config DIR; \"dorfplatz --help\" lists every option."_s;
    QTest::addRow("stray argument")
        << QStringList{u"kiosk-config/demo"_s} << stray.arg(u"kiosk-config/demo"_s);
    QTest::addRow("stray argument after options")
        << QStringList{u"--windowed"_s, u"--config"_s, u"a"_s, u"b"_s} << stray.arg(u"b"_s);
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const CommandLine line = CommandLine::parse(QStringList{u"dorfplatz"_s} + arguments);
    QCOMPARE(line.mode, CommandLine::Mode::Error);
    QCOMPARE(line.message, message);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestCommandLine)
#include "tst_commandline.moc"
