#pragma once

#include "eventcache.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Dorfplatz {

// The kiosk's read side of the events cache. Opens the cache when first asked (never before the
// first paint), notices by itself when dorfplatz-sync has committed new data, and tells whether a
// sync is running now. Screens read through it; they never open the cache themselves.
//
// Noticing costs nothing while nothing happens: a file-system watch (inotify) on the cache's
// folder and files wakes it only when some process writes there, and PRAGMA data_version then
// tells whether a commit changed the data. An idle kiosk has no timer running for it. The kiosk's
// own syncs are also noticed when their process ends (setSyncRunning(false)).
//
// Reads never fail towards the screen: a read that fails (e.g. "database is locked" after the
// busy timeout) is tried once more, and then the last good result for the same question is given
// (error() says what happened). A cache that does not exist yet reads as empty; once a sync has
// created it, changed() is emitted. The watch starts with the first read.
class EventSource : public QObject
{
    Q_OBJECT

public:
    explicit EventSource(QString cachePath, QObject *parent = nullptr);
    ~EventSource() override;

    QString cachePath() const { return m_path; }

    // Occurrences overlapping [fromUtc, toUtc), as EventCache::occurrences. The same range asked
    // again while the cache's data version is unchanged is answered from memory. A read that
    // fails twice gives the last good result for the same range (else an empty list); error()
    // then says why (English, for the log; empty after a good read). feedStatuses() likewise.
    EventOccurrences occurrences(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    QList<FeedStatus> feedStatuses() const;
    QDateTime lastSuccess() const; // newest success over all feeds; null when never
    QDateTime lastAttempt() const;
    bool lastAttemptFailed() const; // the newest attempt of some feed ended in an error
    QString error() const { return m_error; }

    bool syncRunning() const { return m_syncRunning; }
    void setSyncRunning(bool running); // set by the SyncLauncher owner

    // How long the files must have been quiet after a write before the cache is asked whether
    // it changed (default 250 ms). A commit is several writes, and its last step (the WAL index,
    // in shared memory) makes no file event; during a long sync it asks at least every 2 s.
    void setSettleDelay(std::chrono::milliseconds delay);
    // Checks now (also done after writes to the cache's files settle, and when a sync stops
    // running); emits changed() when another process committed, or the cache appeared, was
    // replaced or went away.
    void checkForChanges();
    // The folder and files watched now (empty before the first read); for tests and the log.
    QStringList watchedPaths() const;

Q_SIGNALS:
    void changed(); // the cache's content changed: read again
    void syncRunningChanged(bool running);

private:
    EventCache *cache() const; // opened on first use; nullptr when it cannot be opened (yet)
    void setError(const QString &error) const;
    void watch() const; // (re)arms the watch on the cache's folder, file and write-ahead log
    void filesTouched();

    QString m_path;
    mutable std::unique_ptr<EventCache> m_cache;
    mutable QString m_error;
    mutable qint64 m_seenVersion = -1;
    mutable bool m_used = false;
    bool m_syncRunning = false;
    mutable QFileSystemWatcher m_watcher;
    QTimer m_settle;         // single shot: the files have been quiet for the settle delay
    QElapsedTimer m_writing; // since the first write of the present burst

    // The last good answers, given when a read fails.
    mutable QDateTime m_lastFrom;
    mutable QDateTime m_lastTo;
    mutable EventOccurrences m_lastOccurrences;
    mutable qint64 m_lastVersion = -1; // the cache's data version m_lastOccurrences were read at
    mutable QList<FeedStatus> m_lastStatuses;
};

} // namespace Dorfplatz
