#include "application.h"

#include "core/app/addaccountcommand.h"
#include "core/app/chromiumsandbox.h"
#include "core/app/commandline.h"
#include "core/app/configarchivecommand.h"
#include "core/app/mallocarenas.h"
#include "core/app/pinprompt.h"
#include "core/app/systemdnotifier.h"
#include "core/config/configloader.h"
#include "core/config/configversions.h"
#include "core/i18n/translations.h"
#include "core/logging.h"
#include "kioskapp.h"
#include "kiosklock.h"
#include "kioskshell.h"
#include "mainwindow.h"
#include "media/playerprovider.h"
#include "media/soundoutput.h"
#include "media/streamchecker.h"
#include "media/streamdiagnosis.h"
#include "nightmode.h"
#include "screentour.h"
#include "straywindowguard.h"
#include "ui/home/homescreen.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::Messages)

public:
    static int checkConfig(const QString &directory)
    {
        QTextStream out(stdout);
        const ConfigLoadResult result = ConfigLoader::load(directory);
        for (const ConfigIssue &issue : result.issues)
            out << issue.toString() << Qt::endl;
        if (!result.config) {
            out << tr("%n problem(s) found.", nullptr, int(result.issues.size())) << Qt::endl;
            return 1;
        }
        out << tr("The configuration in %1 is fine: %n tile(s).", nullptr,
                  int(result.config->tiles.size()))
                   .arg(directory)
            << Qt::endl;
        return 0;
    }

    static int resetConfig(const QString &dataDir, const QString &installed)
    {
        QTextStream out(stdout);
        ConfigVersions versions(dataDir);
        const auto current = versions.current();
        QString error;
        if (!versions.reset(&error)) {
            out << tr("The configuration could not be reset: %1").arg(error) << Qt::endl;
            return 1;
        }
        if (current) {
            out << tr("Version %1 of the digital guides is no longer used. At its next start "
                      "the kiosk uses the installed configuration in %2.")
                       .arg(current->number)
                       .arg(installed)
                << Qt::endl;
        } else {
            out << tr("The kiosk already uses the installed configuration in %1.").arg(installed)
                << Qt::endl;
        }
        return 0;
    }

    static int checkStreams(const QString &directory, bool verbose)
    {
        QTextStream out(stdout);
        const ConfigLoadResult loaded = ConfigLoader::load(directory);
        if (!loaded.config) {
            for (const ConfigIssue &issue : loaded.issues)
                out << issue.toString() << Qt::endl;
            out << tr("The configuration has problems; fix them first (see --check-config).")
                << Qt::endl;
            return 1;
        }
        const KioskConfig &config = *loaded.config;
        if (config.streams.isEmpty()) {
            out << tr("No streams are configured in %1.").arg(directory) << Qt::endl;
            return 0;
        }
        // Without a speaker every stream would fail to open its sound: said once here, and the
        // streams play into libVLC's null output, so that a station is judged by the station.
        QStringList vlcArguments;
        if (!SoundOutput::available()) {
            out << tr("No speaker found: the stations are checked all the same, but nothing can "
                      "be heard on this computer.")
                << Qt::endl;
            vlcArguments.append(u"--aout=adummy"_s);
        }
        PlayerProvider players(config.settings.player, vlcArguments);
        players.warmUp();
        if (!players.fallbackReason().isEmpty()) {
            out << tr("VLC cannot start: the streams are checked with Qt Multimedia instead.")
                << Qt::endl;
            if (verbose)
                out << u"      "_s << players.fallbackReason() << Qt::endl;
        }
        StreamChecker checker(players, config.streams);
        int failed = 0;
        QObject::connect(&checker, &StreamChecker::checked, &checker,
                         [&out, &failed, verbose](const StreamChecker::Result &result) {
                             for (const QString &line : resultLines(result, verbose))
                                 out << line << Qt::endl;
                             failed += result.works ? 0 : 1;
                         });
        QObject::connect(&checker, &StreamChecker::finished, qApp, &QCoreApplication::quit);
        checker.start();
        QCoreApplication::exec();
        out << tr("Streams that work: %1 of %2.")
                   .arg(config.streams.size() - failed)
                   .arg(config.streams.size())
            << Qt::endl;
        return failed == 0 ? 0 : 1;
    }

private:
    // The stream's line, then one line for each address that failed: what is wrong and what to
    // do. The players' own words only with --verbose.
    static QStringList resultLines(const StreamChecker::Result &result, bool verbose)
    {
        const QString name = u"%1 (%2)"_s.arg(result.stream.id, result.stream.name);
        QStringList lines;
        if (result.works) {
            lines.append(tr("%1: works, sound or picture after %2 s from %3")
                             .arg(name, QLocale().toString(result.startMs / 1000.0, 'f', 1),
                                  result.url.toDisplayString()));
        } else {
            lines.append(tr("%1: does NOT work.").arg(name));
        }
        for (const StreamDiagnosis::Failure &failure : result.attempts) {
            QString sentence = StreamDiagnosis::sentence(failure);
            if (!verbose && StreamDiagnosis::causeOf(failure) == StreamDiagnosis::Cause::Unknown)
                sentence += u' ' + tr("(Details: dorfplatz --check-streams --verbose)");
            lines.append(u"  %1 – %2"_s.arg(failure.url.toDisplayString(), sentence));
            if (verbose)
                lines.append(u"      "_s + failure.detail);
        }
        return lines;
    }
};

// --check-streams without --verbose: the players' and libraries' messages stay out of the guide's
// terminal, where six lines of "alsa: cannot open ALSA device" read as "the kiosk is broken"; the
// result lines say what matters. Qt's messages (libVLC's log comes through lcMedia) are dropped by
// a handler; alsa-lib, OpenAL and GStreamer write to file descriptor 2 themselves, so it points at
// /dev/null while the check runs. With --verbose or --debug everything is written as ever.
class QuietStderr
{
public:
    QuietStderr()
    {
        std::fflush(stderr);
        s_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (s_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
        m_previous = qInstallMessageHandler(&QuietStderr::handle);
    }
    ~QuietStderr()
    {
        qInstallMessageHandler(m_previous);
        std::fflush(stderr);
        if (s_saved >= 0) {
            ::dup2(s_saved, STDERR_FILENO);
            ::close(s_saved);
            s_saved = -1;
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    // Only what ends the program still reaches the terminal.
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtFatalMsg || s_saved < 0)
            return;
        const QByteArray line = (qFormatLogMessage(type, context, message) + u'\n').toLocal8Bit();
        [[maybe_unused]] const auto written = ::write(s_saved, line.constData(), line.size());
    }

    static inline int s_saved = -1;
    QtMessageHandler m_previous = nullptr;
};

// Libraries write caches by themselves: Mesa its shader cache at the first call or video, into
// ~/.cache unless told otherwise. The kiosk writes nothing outside its data folder (the locked
// session leaves nothing else writable, and a shared home stays clean), so every XDG cache goes
// there; before the application exists, because the GPU processes inherit the environment.
void keepCachesInDataFolder(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(QDir(dataDir).absoluteFilePath(u"cache"_s)));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The kiosk itself, as systemd runs it: locked (unless --windowed), stray windows closed, and
// systemd told when the home screen is there and, with a watchdog, that the event loop runs.
class KioskRun
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::KioskRun)

public:
    static int run(QApplication &app, const CommandLine &options)
    {
        const QString sandboxOff = ChromiumSandbox::offReason(QCoreApplication::arguments());
        if (!sandboxOff.isEmpty()) {
            qCWarning(lcApp).noquote()
                << u"!!! The Chromium sandbox is OFF (%1): video calls run without it. That is "
                   "for development as root only; a kiosk PC runs Dorfplatz as an unprivileged "
                   "user with the sandbox on."_s.arg(sandboxOff);
        }
        KioskApp kiosk(options);
        MainWindow &window = *kiosk.shell().window();
        SystemdNotifier systemd;
        systemd.status(tr("Starting …"));
        QObject::connect(&kiosk.shell(), &KioskShell::firstPainted, &kiosk, [&kiosk, &systemd] {
            qCInfo(lcPerf).noquote()
                << u"first-paint-epoch-ms=%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
            // The home screen is on the glass: for systemd the kiosk has started.
            systemd.ready(tr("Home screen ready"));
            // Not before: at night the home screen is still painted once (READY=1 waits for it).
            kiosk.shell().night().start();
            kiosk.finishStartup();
        });
        QObject::connect(&kiosk.shell().night(), &NightMode::dimmedChanged, &systemd,
                         [&systemd](bool dimmed) {
                             systemd.status(dimmed ? tr("Night: the screen is dimmed")
                                                   : tr("Home screen ready"));
                         });
        StrayWindowGuard strayWindows(window);
        std::optional<KioskLock> lock;
        if (!options.windowed)
            lock.emplace(window);
        window.showKiosk(options.windowed);
        const int code = app.exec();
        systemd.stopping(tr("Stopping"));
        return code;
    }
};

} // namespace

int runApplication(int argc, char **argv)
{
    limitMallocArenas();
    QCoreApplication::setApplicationName(u"dorfplatz"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DORFPLATZ_VERSION));
    const CommandLine options = CommandLine::parse(argumentsOf(argc, argv));
    // Info and above unless asked for more; QT_LOGGING_RULES still decides last.
    configureLogging(options.debug || debugRequestedByEnvironment());

    switch (options.mode) {
    case CommandLine::Mode::Help: {
        // Parsed again once the German texts are installed, so the help speaks German too.
        QCoreApplication app(argc, argv);
        Translations translations;
        translations.install(u"de"_s);
        std::fputs(qPrintable(CommandLine::parse(app.arguments()).message + u'\n'), stdout);
        return 0;
    }
    case CommandLine::Mode::Version:
        std::fputs(qPrintable(options.message + u'\n'), stdout);
        return 0;
    case CommandLine::Mode::Error: {
        // Parsed again once the German texts are installed, as for --help.
        QCoreApplication app(argc, argv);
        Translations translations;
        translations.install(u"de"_s);
        std::fputs(qPrintable(CommandLine::parse(app.arguments()).message + u'\n'), stderr);
        return 2;
    }
    case CommandLine::Mode::CheckConfig: {
        QCoreApplication app(argc, argv);
        Translations translations;
        translations.install(u"de"_s);
        return Messages::checkConfig(options.configDir);
    }
    case CommandLine::Mode::CheckStreams: {
        // Qt Multimedia wants a GUI application; no display is needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Before the application: it has its say already (XDG_RUNTIME_DIR), and after it.
        std::optional<QuietStderr> quiet;
        if (!options.verbose && !options.debug && !debugRequestedByEnvironment())
            quiet.emplace();
        QGuiApplication app(argc, argv);
        Translations translations;
        translations.install(u"de"_s);
        return Messages::checkStreams(options.configDir, options.verbose);
    }
    case CommandLine::Mode::SelfTest: {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runSelfTest(options);
    }
    case CommandLine::Mode::Screenshots: {
        QApplication app(argc, argv);
        return runScreenshotTour(app, options);
    }
    case CommandLine::Mode::AddAccount: {
        QCoreApplication app(argc, argv);
        Translations translations;
        translations.install(u"de"_s);
        PinPrompt pins;
        QTextStream out(stdout);
        return AddAccountCommand::run(options.dataDir, options.accountName, options.accountRole,
                                      pins, out);
    }
    case CommandLine::Mode::ResetConfig: {
        QCoreApplication app(argc, argv);
        Translations translations;
        translations.install(u"de"_s);
        return Messages::resetConfig(options.dataDir, options.configDir);
    }
    case CommandLine::Mode::ExportConfig:
    case CommandLine::Mode::ImportConfig: {
        QCoreApplication app(argc, argv);
        Translations translations;
        translations.install(u"de"_s);
        QTextStream out(stdout);
        return options.mode == CommandLine::Mode::ExportConfig
                   ? ConfigArchiveCommand::exportTo(options.configDir, options.dataDir,
                                                    options.archiveFile, out)
                   : ConfigArchiveCommand::importFrom(options.configDir, options.dataDir,
                                                      options.archiveFile, out);
    }
    case CommandLine::Mode::Kiosk:
        break;
    }
    keepCachesInDataFolder(options.dataDir);
    QApplication app(argc, argv);
    return KioskRun::run(app, options);
}

} // namespace Dorfplatz
