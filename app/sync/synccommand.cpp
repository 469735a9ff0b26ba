#include "synccommand.h"

#include "core/app/commandline.h"
#include "core/app/optionerror.h"
#include "core/config/configversions.h"
#include "core/config/feedsloader.h"
#include "core/events/eventcache.h"
#include "core/events/syncrunner.h"
#include "core/events/syncstep.h"
#include "core/files/privatedir.h"
#include "core/i18n/translations.h"
#include "core/logging.h"
#include "core/time/clock.h"
#include "filelock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString exitCodesHelp()
{
    return SyncCommand::tr("Exit codes:\n"
                           "  0  every feed updated or unchanged\n"
                           "  1  some feeds failed; their last good events stay in use\n"
                           "  2  wrong command line\n"
                           "  3  feeds.json cannot be used\n"
                           "  4  the events cache cannot be opened or written (disk full?)\n"
                           "  5  no feed could be updated\n"
                           "  6  another sync is running") +
           u'\n' +
           SyncCommand::tr("  7  the configuration folder does not exist\n"
                           "  8  the configuration folder has no feeds.json");
}

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout); // the kiosk reads the lines as they come
}

QString hostOf(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.isEmpty() ? url : host;
}

// What went wrong and, where a person can do something, what to do: one plain sentence.
QString plainFailure(const SyncStep &step, const QString &url)
{
    switch (step.failure) {
    case SyncStep::Failure::None:
        break;
    case SyncStep::Failure::Timeout:
        return SyncCommand::tr("The server did not answer in time");
    case SyncStep::Failure::TooLarge:
        return SyncCommand::tr("The calendar is larger than the kiosk allows");
    case SyncStep::Failure::TooManyRedirects:
        return SyncCommand::tr("The address forwards too often: check the address");
    case SyncStep::Failure::HttpError:
        if (step.httpStatus == 404 || step.httpStatus == 410)
            return SyncCommand::tr("The server answers with %1: check the address")
                .arg(step.httpStatus);
        if (step.httpStatus == 401 || step.httpStatus == 403)
            return SyncCommand::tr("The server answers with %1: the calendar is not public")
                .arg(step.httpStatus);
        if (step.httpStatus >= 500)
            return SyncCommand::tr("The server answers with %1: a fault of the server, which "
                                   "usually passes")
                .arg(step.httpStatus);
        if (step.httpStatus > 0)
            return SyncCommand::tr("The server answers with %1").arg(step.httpStatus);
        return SyncCommand::tr("The server answers with an error");
    case SyncStep::Failure::HostNotFound:
        return SyncCommand::tr("No connection to the internet (the name %1 cannot be resolved)")
            .arg(hostOf(url));
    case SyncStep::Failure::Refused:
        return SyncCommand::tr("The server %1 accepts no connection").arg(hostOf(url));
    case SyncStep::Failure::Network:
        return SyncCommand::tr("The connection to %1 failed").arg(hostOf(url));
    case SyncStep::Failure::FileError:
        return SyncCommand::tr("The file cannot be read: check the path in feeds.json");
    case SyncStep::Failure::Invalid:
        return SyncCommand::tr("This is not a calendar the kiosk can read: check the address");
    case SyncStep::Failure::Cache:
        return SyncCommand::tr("The events cache cannot be written (disk full?)");
    }
    return SyncCommand::tr("The calendar could not be loaded");
}

// The technical detail (Qt's network error, libical's complaint) follows only with --verbose; it
// is in the log and in the cache's status table anyway.
QString failureSentence(const SyncStep &step, const QString &url, bool verbose)
{
    const QString sentence = plainFailure(step, url);
    if (!verbose || step.error.isEmpty())
        return sentence;
    return u"%1 — %2"_s.arg(sentence, step.error);
}

QString feedDoneLine(const SyncStep &step, const QString &url, bool verbose)
{
    const QString prefix = u"[%1/%2] %3: "_s.arg(step.done).arg(step.total).arg(step.feedName);
    const int occurrences = step.occurrences.value_or(0);
    // The cache keeps a bounded amount of text per calendar (FeedTextLimits); the dates furthest
    // away are the ones left out.
    const QString dropped =
        step.dropped.value_or(0) > 0
            ? SyncCommand::tr(" %n later event date(s) left out: the calendar has more text than "
                              "the kiosk keeps.",
                              nullptr, *step.dropped)
            : QString();
    switch (step.result) {
    case SyncStep::Result::Updated: {
        QString line = prefix + SyncCommand::tr("%n event date(s) stored", nullptr, occurrences);
        if (const int skipped = step.skipped.value_or(0))
            line += SyncCommand::tr(", %n broken entry(s) skipped", nullptr, skipped);
        return line + u'.' + dropped;
    }
    case SyncStep::Result::Unchanged:
        return prefix + SyncCommand::tr("unchanged (%n event date(s)).", nullptr, occurrences) +
               dropped;
    case SyncStep::Result::Failed:
        break;
    }
    const QString kept =
        step.lastSuccess.isValid()
            ? SyncCommand::tr("The events from %1 stay in use.")
                  .arg(QLocale().toString(step.lastSuccess.toLocalTime(), QLocale::ShortFormat))
            : SyncCommand::tr("There are no events from this calendar yet.");
    return prefix +
           SyncCommand::tr("FAILED. %1. %2").arg(failureSentence(step, url, verbose), kept);
}

// Whether stderr is the journal (the nightly timer): systemd names its stream in JOURNAL_STREAM
// ("device:inode"); a terminal started from a session may inherit the variable, not the stream.
bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    struct stat status = {};
    if (stream.isEmpty() || ::fstat(STDERR_FILENO, &status) != 0)
        return false;
    return stream == QByteArray::number(quint64(status.st_dev)) + ':' +
                         QByteArray::number(quint64(status.st_ino));
}

} // namespace

QString SyncCommand::humanLine(const SyncStep &step, const QString &url, bool verbose)
{
    switch (step.kind) {
    case SyncStep::Kind::Start:
        return tr("Updating %n calendar(s) …", nullptr, step.feeds);
    case SyncStep::Kind::FeedStart:
        return u"[%1/%2] %3: "_s.arg(step.done + 1).arg(step.total).arg(step.feedName) +
               tr("loading %1 …").arg(step.url);
    case SyncStep::Kind::FeedDone:
        return feedDoneLine(step, url, verbose);
    case SyncStep::Kind::Finished:
        return tr("Done in %1 s: %2 updated, %3 unchanged, %4 failed.")
            .arg(QLocale().toString(double(step.ms) / 1000.0, 'f', 1))
            .arg(step.updated)
            .arg(step.unchanged)
            .arg(step.failed);
    case SyncStep::Kind::Error:
        // The message goes to stderr already (see run()); stdout stays for progress.
        break;
    }
    return {};
}

int SyncCommand::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"dorfplatz-sync"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DORFPLATZ_VERSION));
    Translations translations;
    translations.install(u"de"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fetches the calendar feeds of feeds.json into the events cache of the kiosk.") +
        u"\n\n"_s + exitCodesHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
        u"config"_s,
        tr("Read feeds.json from DIR (default: %1).").arg(CommandLine::defaultConfigDir()),
        tr("DIR"), CommandLine::defaultConfigDir());
    const QCommandLineOption data(
        u"data"_s,
        tr("Keep the events cache in DIR (default: %1).").arg(CommandLine::defaultDataDir()),
        tr("DIR"), CommandLine::defaultDataDir());
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object per line instead of text."));
    const QCommandLineOption verbose(
        u"verbose"_s,
        tr("Add the technical details (network, calendar library) to each failure, and print "
           "the log."));
    parser.addOptions({config, data, json, verbose});
    if (!parser.parse(app.arguments())) {
        std::fputs(
            qPrintable(OptionError::describe(parser, app.arguments(), u"dorfplatz-sync"_s) + u'\n'),
            stderr);
        return SyncRunner::UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        print(parser.helpText());
        return SyncRunner::AllFine;
    }
    if (parser.isSet(u"version"_s)) {
        print(u"dorfplatz-sync "_s + QCoreApplication::applicationVersion());
        return SyncRunner::AllFine;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fputs(qPrintable(OptionError::unexpectedArgument(parser.positionalArguments().first(),
                                                              u"dorfplatz-sync"_s) +
                              u'\n'),
                   stderr);
        return SyncRunner::UsageError;
    }
    const bool asJson = parser.isSet(json);
    const bool isVerbose = parser.isSet(verbose);
    // A person at a terminal reads the German lines, not the log's English details: those only
    // with --verbose. The journal (the timer) and the kiosk (--json, it logs what comes) keep
    // the log.
    if (!asJson && !isVerbose && !stderrIsJournal())
        QLoggingCategory::setFilterRules(u"dorfplatz.*.info=false\ndorfplatz.*.debug=false"_s);
    QHash<QString, QString> urls; // of the feeds, by id: a failure names the server
    const auto emitLine = [asJson, isVerbose, &urls](const SyncStep &step) {
        if (step.kind == SyncStep::Kind::FeedStart)
            urls.insert(step.feedId, step.url);
        if (step.kind == SyncStep::Kind::FeedDone && step.result == SyncStep::Result::Failed)
            qCInfo(lcEvents).noquote() << u"feed %1 failed: %2"_s.arg(step.feedId, step.error);
        if (asJson)
            print(QString::fromUtf8(QJsonDocument(step.toJson()).toJson(QJsonDocument::Compact)));
        else if (const QString line = humanLine(step, urls.value(step.feedId), isVerbose);
                 !line.isEmpty())
            print(line);
    };
    const auto fail = [&emitLine](int code, const QString &message) {
        emitLine({.kind = SyncStep::Kind::Error, .error = message, .exitCode = code});
        if (!message.isEmpty())
            std::fputs(qPrintable(message + u'\n'), stderr);
        return code;
    };

    // Nothing is made (data folder, cache, lock) before the configuration is known to be there:
    // a mistyped --config in a timer unit must fail every night, not sync nothing for months.
    const QString dataDir = parser.value(data);
    QString configDir = parser.value(config);
    const QFileInfo installed(configDir);
    const auto published = ConfigVersions(dataDir).current();
    if (published) {
        // The guides' published configuration wins over the installed one, as in the kiosk
        // (ConfigVersions): the nightly timer names /etc/dorfplatz, the calendars a guide added
        // are in the data folder. The sync does not read the installed folder then, so a missing
        // one is said, but is no error: it matters only after `dorfplatz --reset-config`.
        qCInfo(lcEvents).noquote()
            << u"using the guides' published configuration %1"_s.arg(published->number);
        if (!installed.isDir())
            std::fputs(qPrintable(tr("Note: the folder %1 does not exist. The calendars of the "
                                     "digital guides' version %2 are updated; check the path "
                                     "given with --config.")
                                      .arg(configDir)
                                      .arg(published->number) +
                                  u'\n'),
                       stderr);
        configDir = published->directory;
    } else if (!installed.exists()) {
        return fail(
            SyncRunner::ConfigFolderMissing,
            tr("The folder %1 does not exist: check the path given with --config.").arg(configDir));
    } else if (!installed.isDir()) {
        return fail(SyncRunner::ConfigFolderMissing,
                    tr("%1 is not a folder: check the path given with --config.").arg(configDir));
    }
    const FeedsLoadResult feeds = FeedsLoader::load(configDir);
    if (!feeds.fileExists && published) {
        return fail(SyncRunner::FeedsFileMissing,
                    tr("The digital guides' version %1 has no feeds.json: add the calendars in "
                       "the guides' mode, or go back to the installed configuration with "
                       "\"dorfplatz --reset-config\".")
                        .arg(published->number));
    }
    if (!feeds.fileExists) {
        return fail(SyncRunner::FeedsFileMissing,
                    tr("There is no feeds.json in the folder %1: put the calendars there in a "
                       "feeds.json, or give the right folder with --config.")
                        .arg(configDir));
    }
    if (!feeds.issues.isEmpty()) {
        QStringList lines;
        for (const ConfigIssue &issue : feeds.issues)
            lines.append(issue.toString());
        return fail(SyncRunner::ConfigError, lines.join(u'\n'));
    }

    if (QString dirError; !ensurePrivateDir(dataDir, &dirError))
        return fail(SyncRunner::CacheError, tr("The folder %1 cannot be created.").arg(dataDir));
    // The nightly timer and the kiosk may both start a sync; the second one steps aside.
    FileLock lock(QDir(dataDir).filePath(u"events.sync.lock"_s));
    if (!lock.tryLock())
        return fail(alreadyRunning, tr("Another sync is running already."));

    QString error;
    const auto cache = EventCache::open(QDir(dataDir).filePath(EventCache::fileName), &error);
    if (!cache)
        return fail(SyncRunner::CacheError, tr("The events cache cannot be opened: %1").arg(error));

    SystemClock clock;
    const QString bodyDir = QDir(dataDir).filePath(u"feeds"_s);
    if (!QDir().mkpath(bodyDir))
        return fail(SyncRunner::CacheError, tr("The folder %1 cannot be created.").arg(bodyDir));
    SyncRunner runner(feeds.feeds, feeds.settings, bodyDir, *cache, clock);
    QObject::connect(&runner, &SyncRunner::report, &runner, emitLine);
    QObject::connect(&runner, &SyncRunner::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(&runner, &SyncRunner::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

} // namespace Dorfplatz
