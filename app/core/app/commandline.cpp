#include "commandline.h"

#include "optionerror.h"

#include <QCommandLineParser>
#include <QStandardPaths>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QString CommandLine::defaultConfigDir()
{
    return u"/etc/dorfplatz"_s;
}

QString CommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/dorfplatz"_s;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Dorfplatz: a touch kiosk for the multimedia room of a care home."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption config(
        u"config"_s, tr("Read the configuration from DIR (default: %1).").arg(defaultConfigDir()),
        tr("DIR"));
    const QCommandLineOption data(
        u"data"_s,
        tr("Keep the database and the last good configuration in DIR (default: %1).")
            .arg(defaultDataDir()),
        tr("DIR"));
    const QCommandLineOption checkConfig(
        u"check-config"_s,
        tr("Check the configuration in DIR, print every problem, and exit (1 if there are "
           "problems)."),
        tr("DIR"));
    const QCommandLineOption checkStreams(
        u"check-streams"_s,
        tr("Try every stream of the configuration (see --config) until sound or picture is "
           "there, print one line per stream, and exit (1 if one does not work)."));
    const QCommandLineOption selfTest(
        u"self-test"_s,
        tr("Load the configuration, open the database, build every screen offscreen, and exit."));
    const QCommandLineOption screenshots(
        u"screenshot-dir"_s, tr("Show every screen once, save a PNG of each to DIR, and exit."),
        tr("DIR"));
    const QCommandLineOption addAccount(
        u"add-account"_s,
        tr("Add a staff account named NAME to the database in the data folder (see --data), "
           "asking for its PIN twice, and exit."),
        tr("NAME"));
    const QCommandLineOption role(
        u"role"_s,
        tr("The role of the account made by --add-account: lead (Leitung, the default), care "
           "(Pflege, Sozialer Dienst) or guide (Digitallotse)."),
        tr("ROLE"), u"lead"_s);
    const QCommandLineOption resetConfig(
        u"reset-config"_s,
        tr("Go back to the installed configuration (see --config): the versions the digital "
           "guides published in the data folder stay, but none is used, until a guide publishes "
           "or restores one. Exit."));
    const QCommandLineOption exportConfig(
        u"export-config"_s,
        tr("Write the configuration the kiosk uses into the archive FILE (to carry it to "
           "another home), and exit."),
        tr("FILE"));
    const QCommandLineOption importConfig(
        u"import-config"_s,
        tr("Check the configuration in the archive FILE, show what would change, publish it "
           "as the digital guides' newest version, and exit (1 if it was refused)."),
        tr("FILE"));
    const QCommandLineOption windowed(u"windowed"_s,
                                      tr("Run in a 1280×800 window instead of fullscreen."));
    const QCommandLineOption debug(
        u"debug"_s, tr("Write debug messages to the log too (also with DORFPLATZ_DEBUG=1)."));
    const QCommandLineOption verbose(
        u"verbose"_s,
        tr("With --check-streams: also print what the players and libraries report (libVLC, "
           "GStreamer, Qt), for each address."));
    parser.addOptions({help, version, config, data, checkConfig, checkStreams, selfTest,
                       screenshots, addAccount, role, resetConfig, exportConfig, importConfig,
                       windowed, debug, verbose});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.mode = Mode::Error;
        result.message = OptionError::describe(parser, arguments, u"dorfplatz"_s);
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = Mode::Error;
        result.message =
            OptionError::unexpectedArgument(parser.positionalArguments().first(), u"dorfplatz"_s);
        return result;
    }

    result.configDir = parser.isSet(config) ? parser.value(config) : defaultConfigDir();
    result.dataDir = parser.isSet(data) ? parser.value(data) : defaultDataDir();
    result.windowed = parser.isSet(windowed);
    result.debug = parser.isSet(debug);
    result.verbose = parser.isSet(verbose);

    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        result.message = parser.helpText();
    } else if (parser.isSet(version)) {
        result.mode = Mode::Version;
        result.message = u"dorfplatz " DORFPLATZ_VERSION ""_s;
    } else if (parser.isSet(checkConfig)) {
        result.mode = Mode::CheckConfig;
        result.configDir = parser.value(checkConfig);
    } else if (parser.isSet(checkStreams)) {
        result.mode = Mode::CheckStreams;
    } else if (parser.isSet(selfTest)) {
        result.mode = Mode::SelfTest;
    } else if (parser.isSet(screenshots)) {
        result.mode = Mode::Screenshots;
        result.screenshotDir = parser.value(screenshots);
    } else if (parser.isSet(exportConfig)) {
        result.mode = Mode::ExportConfig;
        result.archiveFile = parser.value(exportConfig);
    } else if (parser.isSet(importConfig)) {
        result.mode = Mode::ImportConfig;
        result.archiveFile = parser.value(importConfig);
    } else if (parser.isSet(resetConfig)) {
        result.mode = Mode::ResetConfig;
    } else if (parser.isSet(addAccount)) {
        result.mode = Mode::AddAccount;
        result.accountName = parser.value(addAccount);
        result.accountRole = parser.value(role);
    }
    return result;
}

} // namespace Dorfplatz
