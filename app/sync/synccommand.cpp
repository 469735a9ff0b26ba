#include "synccommand.h"

#include "core/app/commandline.h"
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
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

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
                           "  6  another sync is running");
}

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout); // the kiosk reads the lines as they come
}

QString failureSentence(const SyncStep &step)
{
    switch (step.failure) {
    case SyncStep::Failure::None:
        break;
    case SyncStep::Failure::Timeout:
        return SyncCommand::tr("the server did not answer in time");
    case SyncStep::Failure::TooLarge:
        return SyncCommand::tr("the calendar is larger than allowed");
    case SyncStep::Failure::TooManyRedirects:
        return SyncCommand::tr("the address forwards too often");
    case SyncStep::Failure::HttpError:
        return SyncCommand::tr("the server answered with error %1").arg(step.httpStatus);
    case SyncStep::Failure::Network:
        return SyncCommand::tr("no connection (%1)").arg(step.error);
    case SyncStep::Failure::FileError:
        return SyncCommand::tr("the file cannot be read (%1)").arg(step.error);
    case SyncStep::Failure::Invalid:
        return SyncCommand::tr("this is not a calendar that can be read (%1)").arg(step.error);
    case SyncStep::Failure::Cache:
        return SyncCommand::tr("the events cache cannot be written (%1)").arg(step.error);
    }
    return step.error;
}

QString feedDoneLine(const SyncStep &step)
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
    return prefix + SyncCommand::tr("FAILED: %1. %2").arg(failureSentence(step), kept);
}

} // namespace

QString SyncCommand::humanLine(const SyncStep &step)
{
    switch (step.kind) {
    case SyncStep::Kind::Start:
        return tr("Updating %n calendar(s) …", nullptr, step.feeds);
    case SyncStep::Kind::FeedStart:
        return u"[%1/%2] %3: "_s.arg(step.done + 1).arg(step.total).arg(step.feedName) +
               tr("loading %1 …").arg(step.url);
    case SyncStep::Kind::FeedDone:
        return feedDoneLine(step);
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
    parser.addOptions({config, data, json});
    if (!parser.parse(app.arguments())) {
        std::fputs(qPrintable(parser.errorText() + u'\n'), stderr);
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
        std::fputs(
            qPrintable(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) +
                       u'\n'),
            stderr);
        return SyncRunner::UsageError;
    }
    const bool asJson = parser.isSet(json);
    const auto emitLine = [asJson](const SyncStep &step) {
        if (asJson)
            print(QString::fromUtf8(QJsonDocument(step.toJson()).toJson(QJsonDocument::Compact)));
        else if (const QString line = humanLine(step); !line.isEmpty())
            print(line);
    };
    const auto fail = [&emitLine](int code, const QString &message) {
        emitLine({.kind = SyncStep::Kind::Error, .error = message, .exitCode = code});
        if (!message.isEmpty())
            std::fputs(qPrintable(message + u'\n'), stderr);
        return code;
    };

    // The guides' published configuration wins over the installed one, as in the kiosk
    // (ConfigVersions): the nightly timer names /etc/dorfplatz, the calendars a guide added are
    // in the data folder.
    QString configDir = parser.value(config);
    if (const auto published = ConfigVersions(parser.value(data)).current()) {
        qCInfo(lcEvents).noquote()
            << u"using the guides' published configuration %1"_s.arg(published->number);
        configDir = published->directory;
    }
    const FeedsLoadResult feeds = FeedsLoader::load(configDir);
    if (!feeds.issues.isEmpty()) {
        QStringList lines;
        for (const ConfigIssue &issue : feeds.issues)
            lines.append(issue.toString());
        return fail(SyncRunner::ConfigError, lines.join(u'\n'));
    }

    const QString dataDir = parser.value(data);
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
