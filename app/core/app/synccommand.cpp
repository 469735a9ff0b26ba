#include "synccommand.h"

#include "commandline.h"
#include "core/config/feedsloader.h"
#include "core/events/eventcache.h"
#include "core/events/syncrunner.h"
#include "core/i18n/translations.h"
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

QString failureSentence(const QJsonObject &report)
{
    const QString failure = report.value(u"failure"_s).toString();
    const QString detail = report.value(u"error"_s).toString();
    if (failure == u"timeout")
        return SyncCommand::tr("the server did not answer in time");
    if (failure == u"too-large")
        return SyncCommand::tr("the calendar is larger than allowed");
    if (failure == u"redirects")
        return SyncCommand::tr("the address forwards too often");
    if (failure == u"http")
        return SyncCommand::tr("the server answered with error %1")
            .arg(report.value(u"httpStatus"_s).toInt());
    if (failure == u"network")
        return SyncCommand::tr("no connection (%1)").arg(detail);
    if (failure == u"file")
        return SyncCommand::tr("the file cannot be read (%1)").arg(detail);
    if (failure == u"invalid")
        return SyncCommand::tr("this is not a calendar that can be read (%1)").arg(detail);
    if (failure == u"cache")
        return SyncCommand::tr("the events cache cannot be written (%1)").arg(detail);
    return detail;
}

} // namespace

QString SyncCommand::humanLine(const QJsonObject &report)
{
    const QString event = report.value(u"event"_s).toString();
    const QString prefix = u"[%1/%2] %3: "_s.arg(report.value(u"done"_s).toInt())
                               .arg(report.value(u"total"_s).toInt())
                               .arg(report.value(u"name"_s).toString());
    if (event == u"start")
        return tr("Updating %n calendar(s) …", nullptr, report.value(u"feeds"_s).toInt());
    if (event == u"feed-start") {
        return u"[%1/%2] %3: "_s.arg(report.value(u"done"_s).toInt() + 1)
                   .arg(report.value(u"total"_s).toInt())
                   .arg(report.value(u"name"_s).toString()) +
               tr("loading %1 …").arg(report.value(u"url"_s).toString());
    }
    if (event == u"feed-done") {
        const QString result = report.value(u"result"_s).toString();
        const int occurrences = report.value(u"occurrences"_s).toInt();
        if (result == u"updated") {
            QString line = prefix + tr("%n event date(s) stored", nullptr, occurrences);
            if (const int skipped = report.value(u"skipped"_s).toInt())
                line += tr(", %n broken entry(s) skipped", nullptr, skipped);
            return line + u'.';
        }
        if (result == u"unchanged")
            return prefix + tr("unchanged (%n event date(s)).", nullptr, occurrences);
        const QDateTime lastSuccess =
            QDateTime::fromString(report.value(u"lastSuccess"_s).toString(), Qt::ISODate);
        const QString kept =
            lastSuccess.isValid()
                ? tr("The events from %1 stay in use.")
                      .arg(QLocale().toString(lastSuccess.toLocalTime(), QLocale::ShortFormat))
                : tr("There are no events from this calendar yet.");
        return prefix + tr("FAILED: %1. %2").arg(failureSentence(report), kept);
    }
    if (event == u"finished") {
        return tr("Done in %1 s: %2 updated, %3 unchanged, %4 failed.")
            .arg(QLocale().toString(report.value(u"ms"_s).toDouble() / 1000.0, 'f', 1))
            .arg(report.value(u"updated"_s).toInt())
            .arg(report.value(u"unchanged"_s).toInt())
            .arg(report.value(u"failed"_s).toInt());
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
    const auto emitLine = [asJson](const QJsonObject &report) {
        if (asJson)
            print(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
        else if (const QString line = humanLine(report); !line.isEmpty())
            print(line);
    };
    const auto fail = [&emitLine](int code, const QString &message) {
        emitLine({{u"event"_s, u"error"_s}, {u"exitCode"_s, code}, {u"error"_s, message}});
        if (!message.isEmpty())
            std::fputs(qPrintable(message + u'\n'), stderr);
        return code;
    };

    const FeedsLoadResult feeds = FeedsLoader::load(parser.value(config));
    if (!feeds.issues.isEmpty()) {
        QStringList lines;
        for (const ConfigIssue &issue : feeds.issues)
            lines.append(issue.toString());
        return fail(SyncRunner::ConfigError, lines.join(u'\n'));
    }

    const QString dataDir = parser.value(data);
    if (!QDir().mkpath(dataDir))
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
