#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Dorfplatz {

// What the user asked for on the command line. Parsed before any QCoreApplication exists, so the
// program can pick the right kind of application object (no display for --check-config).
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::CommandLine)

public:
    enum class Mode
    {
        Kiosk,
        CheckConfig,
        CheckStreams,
        SelfTest,
        Screenshots,
        AddAccount,
        ResetConfig,
        ExportConfig,
        ImportConfig,
        Help,
        Version,
        Error
    };

    Mode mode = Mode::Kiosk;
    QString configDir;
    QString dataDir;
    QString screenshotDir;
    QString accountName; // --add-account
    QString accountRole; // --role, "lead" unless given
    QString archiveFile; // --export-config, --import-config
    bool windowed = false;
    bool debug = false;   // debug messages in the log (dorfplatz.*.debug)
    bool verbose = false; // --check-streams: the libraries' messages and details too
    QString message;      // the help text, the version line, or what was wrong

    static CommandLine parse(const QStringList &arguments);

    static QString defaultConfigDir();
    static QString defaultDataDir();
};

} // namespace Dorfplatz
