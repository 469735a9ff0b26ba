#include "feedtrial.h"

#include "core/config/feedsloader.h"
#include "core/files/filecopy.h"
#include "core/logging.h"
#include "eventcache.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTemporaryDir>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr auto defaultTimeout = std::chrono::seconds(60);
// Past every window feeds.json allows (futureDays is at most 366).
constexpr int lookAheadDays = 368;

// The entry as the trial's feeds.json holds it: with an id, and a local calendar named relative
// to the draft as its absolute path there (a path that leads out of the draft stays as it is, so
// the loader refuses it in the trial as it would in the draft).
QJsonObject trialEntry(QJsonObject entry, const QString &directory)
{
    if (entry.value(u"id"_s).toString().isEmpty())
        entry.insert(u"id"_s, u"kalender"_s);
    const QString url = entry.value(u"url"_s).toString().trimmed();
    if (!url.isEmpty() && !url.contains(u"://"_s) && !url.startsWith(u"file:"_s) &&
        !QDir::isAbsolutePath(url)) {
        const QString root = QDir::cleanPath(QDir(directory).absolutePath()) + u'/';
        const QString path = QDir::cleanPath(QDir(root).absoluteFilePath(url));
        if (path.startsWith(root))
            entry.insert(u"url"_s, path);
    }
    return entry;
}

} // namespace

FeedTrial::FeedTrial(QString program, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultTimeout);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        qCWarning(lcEvents).noquote()
            << u"the calendar trial took longer than %1 ms and is stopped"_s.arg(
                   m_timer.interval());
        m_timedOut = true;
        m_process->kill(); // finished() follows
    });
}

FeedTrial::~FeedTrial()
{
    stopProcess();
}

void FeedTrial::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
}

std::chrono::milliseconds FeedTrial::timeout() const
{
    return m_timer.intervalAsDuration();
}

bool FeedTrial::start(const QJsonObject &entry, const QJsonObject &settings,
                      const QString &directory)
{
    if (m_running)
        return false;
    m_running = true;
    ++m_generation;
    m_timedOut = false;
    m_buffer.clear();
    m_steps.clear();
    m_folder = std::make_unique<QTemporaryDir>();
    QString error;
    QJsonObject root = settings;
    root.insert(u"feeds"_s, QJsonArray{trialEntry(entry, directory)});
    if (!m_folder->isValid()) {
        error = u"cannot make a temporary folder: %1"_s.arg(m_folder->errorString());
    } else {
        FileCopy::write(m_folder->filePath(FeedsLoader::feedsFile),
                        QJsonDocument(root).toJson(QJsonDocument::Indented), &error);
    }
    if (!error.isEmpty()) {
        finishLater({.outcome = Outcome::NotStarted, .error = error});
        return true;
    }
    // Only the JSON is read here, as the draft's check does; the calendar itself only in the
    // child process.
    FeedsLoadResult loaded = FeedsLoader::load(m_folder->path());
    if (!loaded.issues.isEmpty()) {
        finishLater({.outcome = Outcome::Invalid, .issues = loaded.issues});
        return true;
    }

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, [this] {
        m_buffer += m_process->readAllStandardOutput();
        m_steps += SyncStep::takeLines(&m_buffer);
    });
    connect(m_process.get(), &QProcess::finished, this, &FeedTrial::processFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // a crash and a kill arrive through finished()
        const QString why = u"%1 cannot be started: %2"_s.arg(m_program, m_process->errorString());
        qCWarning(lcEvents).noquote() << why;
        stopProcess();
        finishLater({.outcome = Outcome::NotStarted, .error = why});
    });
    qCInfo(lcEvents).noquote() << u"trying a calendar with %1 in %2"_s.arg(m_program,
                                                                           m_folder->path());
    m_timer.start();
    m_process->start(m_program, {u"--json"_s, u"--config"_s, m_folder->path(), u"--data"_s,
                                 m_folder->filePath(u"data"_s)});
    return true;
}

void FeedTrial::abort()
{
    ++m_generation; // a result on its way is dropped
    stopProcess();
    m_timer.stop();
    m_folder.reset();
    m_running = false;
}

void FeedTrial::stopProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        // Killed at once: its writes go to the throw-away folder only.
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.release()->deleteLater(); // possibly inside one of its own signals
}

void FeedTrial::processFinished(int exitCode, QProcess::ExitStatus status)
{
    m_buffer += m_process->readAllStandardOutput();
    m_steps += SyncStep::takeLines(&m_buffer);
    if (const QByteArray text = m_process->readAllStandardError().trimmed(); !text.isEmpty())
        qCInfo(lcEvents).noquote() << u"dorfplatz-sync: %1"_s.arg(QString::fromUtf8(text));
    stopProcess();

    Result result;
    result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    result.outcome = m_timedOut ? Outcome::TimedOut : Outcome::Crashed;
    if (!m_timedOut && status == QProcess::NormalExit) {
        for (const SyncStep &step : std::as_const(m_steps)) {
            if (step.kind == SyncStep::Kind::Error) {
                result.outcome = Outcome::SyncError;
                result.step = step;
            } else if (step.kind == SyncStep::Kind::FeedDone) {
                result.outcome =
                    step.result == SyncStep::Result::Failed ? Outcome::FeedFailed : Outcome::Loaded;
                result.step = step;
            }
        }
    }
    if (result.outcome == Outcome::Loaded)
        readNext(&result);
    qCInfo(lcEvents).noquote() << u"the calendar trial ended: %1, exit code %2"_s.arg(
        QString::fromLatin1(QMetaEnum::fromType<Outcome>().valueToKey(int(result.outcome))),
        QString::number(result.exitCode));
    finish(result);
}

void FeedTrial::readNext(Result *result) const
{
    QString error;
    const auto cache = EventCache::open(
        QDir(m_folder->filePath(u"data"_s)).filePath(EventCache::fileName), &error, true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EventOccurrences next;
    if (cache)
        next = cache->occurrences(now, now.addDays(lookAheadDays), &error);
    if (!error.isEmpty()) {
        result->error = error;
        qCWarning(lcEvents).noquote() << u"the calendar trial's cache: %1"_s.arg(error);
    }
    result->next = next.mid(0, nextCount);
}

void FeedTrial::finishLater(const Result &result)
{
    // Never from within start() (QProcess may report a program it cannot start right there): the
    // caller shows "running" first, then the result.
    QMetaObject::invokeMethod(
        this,
        [this, result, generation = m_generation] {
            if (generation == m_generation)
                finish(result);
        },
        Qt::QueuedConnection);
}

void FeedTrial::finish(const Result &result)
{
    if (!m_running)
        return;
    m_timer.stop();
    m_folder.reset();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Dorfplatz
