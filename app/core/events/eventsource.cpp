#include "eventsource.h"

#include "core/logging.h"

#include <QFileInfo>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// One more try after a failed read. The busy timeout has already waited inside SQLite; more
// retries would only keep the screen waiting.
constexpr int readAttempts = 2;

// A long sync writes without pause; it is still looked at this often, so the screen follows each
// feed's commit as it did with polling.
constexpr auto longestSettle = 2s;

// The files SQLite writes on a commit in WAL mode. The folder is watched as well, for the cache
// appearing, being replaced (the writer recreates an unusable file) or removed.
QStringList cacheFiles(const QString &path)
{
    return {path, path + u"-wal"_s};
}

} // namespace

EventSource::EventSource(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cachePath))
    , m_watcher(this)
    , m_settle(this)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250ms);
    connect(&m_settle, &QTimer::timeout, this, &EventSource::checkForChanges);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &EventSource::filesTouched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch(); // a file may have been created, replaced or removed
        filesTouched();
    });
}

EventSource::~EventSource() = default;

EventCache *EventSource::cache() const
{
    const bool firstUse = !m_used;
    m_used = true;
    if (m_cache)
        return m_cache.get();

    QString error;
    m_cache = EventCache::open(m_path, &error, true);
    // Watched from the first read on, after opening: the reader's open may create the
    // write-ahead log.
    if (firstUse)
        watch();
    if (!m_cache) {
        setError(error);
        return nullptr;
    }
    // Whoever asked first reads now, so what is there now counts as seen. A cache that opens
    // only later (it was unusable) is news, reported by checkForChanges().
    if (firstUse)
        m_seenVersion = m_cache->dataVersion();
    return m_cache.get();
}

void EventSource::setError(const QString &error) const
{
    if (!error.isEmpty() && error != m_error)
        qCWarning(lcEvents).noquote() << error;
    m_error = error;
}

EventOccurrences EventSource::occurrences(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    const bool sameQuestion = fromUtc == m_lastFrom && toUtc == m_lastTo;
    EventCache *eventCache = cache();
    if (!eventCache)
        return sameQuestion ? m_lastOccurrences : EventOccurrences();
    // The screen asks for the same days on every visit; while no one has committed since, the
    // last answer is the answer (a stat() and a PRAGMA instead of reading the rows again).
    const qint64 version = eventCache->dataVersion();
    if (sameQuestion && m_error.isEmpty() && version != -1 && version == m_lastVersion)
        return m_lastOccurrences;

    QString error;
    for (int attempt = 0; attempt < readAttempts; ++attempt) {
        error.clear();
        EventOccurrences result = eventCache->occurrences(fromUtc, toUtc, &error);
        if (error.isEmpty()) {
            setError({});
            m_lastFrom = fromUtc;
            m_lastTo = toUtc;
            m_lastOccurrences = result;
            m_lastVersion = version;
            return result;
        }
    }
    setError(error);
    return sameQuestion ? m_lastOccurrences : EventOccurrences();
}

QList<FeedStatus> EventSource::feedStatuses() const
{
    EventCache *eventCache = cache();
    if (!eventCache)
        return m_lastStatuses;

    QString error;
    for (int attempt = 0; attempt < readAttempts; ++attempt) {
        error.clear();
        QList<FeedStatus> result = eventCache->feedStatuses(&error);
        if (error.isEmpty()) {
            setError({});
            m_lastStatuses = result;
            return result;
        }
    }
    setError(error);
    return m_lastStatuses;
}

QDateTime EventSource::lastSuccess() const
{
    QDateTime newest;
    for (const FeedStatus &status : feedStatuses()) {
        if (status.lastSuccess.isValid() && (!newest.isValid() || status.lastSuccess > newest))
            newest = status.lastSuccess;
    }
    return newest;
}

QDateTime EventSource::lastAttempt() const
{
    QDateTime newest;
    for (const FeedStatus &status : feedStatuses()) {
        if (status.lastAttempt.isValid() && (!newest.isValid() || status.lastAttempt > newest))
            newest = status.lastAttempt;
    }
    return newest;
}

bool EventSource::lastAttemptFailed() const
{
    const QList<FeedStatus> statuses = feedStatuses();
    return std::any_of(statuses.cbegin(), statuses.cend(),
                       [](const FeedStatus &status) { return !status.error.isEmpty(); });
}

void EventSource::setSyncRunning(bool running)
{
    if (running == m_syncRunning)
        return;
    m_syncRunning = running;
    Q_EMIT syncRunningChanged(running);
    // The sync has just committed: no need to wait for the next poll.
    if (!running && m_used)
        checkForChanges();
}

void EventSource::setSettleDelay(std::chrono::milliseconds delay)
{
    m_settle.setInterval(delay);
}

QStringList EventSource::watchedPaths() const
{
    return m_watcher.directories() + m_watcher.files();
}

void EventSource::watch() const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder) && !m_watcher.addPath(folder)) {
        qCWarning(lcEvents).noquote()
            << u"Cannot watch %1: new events show only when the kiosk's own sync ends"_s.arg(
                   folder);
    }
    // A watch follows the file it was set on; after the sync recreated or replaced a file, the
    // path must be watched afresh. Files that do not exist yet are watched once they appear.
    const QStringList watched = m_watcher.files();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    QStringList existing = cacheFiles(m_path);
    existing.removeIf([](const QString &file) { return !QFileInfo::exists(file); });
    if (!existing.isEmpty())
        m_watcher.addPaths(existing);
}

void EventSource::filesTouched()
{
    if (!m_settle.isActive())
        m_writing.start();
    // Wait for a pause in the writes, but not longer than longestSettle in all.
    if (std::chrono::milliseconds(m_writing.elapsed()) < longestSettle)
        m_settle.start();
}

void EventSource::checkForChanges()
{
    EventCache *eventCache = cache();
    const qint64 version = eventCache ? eventCache->dataVersion() : -1;
    if (version == m_seenVersion)
        return;
    qCDebug(lcEvents).noquote() << u"The events cache %1 changed (data version %2 -> %3)"_s.arg(
        m_path, QString::number(m_seenVersion), QString::number(version));
    m_seenVersion = version;
    Q_EMIT changed();
}

} // namespace Dorfplatz
