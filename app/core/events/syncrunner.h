#pragma once

#include "feedconfig.h"
#include "feedfetcher.h"
#include "syncstep.h"

#include <QObject>

namespace Dorfplatz {

class Clock;
class EventCache;

// One dorfplatz-sync run: every configured feed fetched, parsed and written into the cache, one
// after another (the machine has two cores and the UI needs one). Each step is reported through
// report(), which dorfplatz-sync prints as a line of text or of JSON.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    // Documented in README.md and `dorfplatz-sync --help`.
    enum ExitCode
    {
        AllFine = 0,     // every feed updated or unchanged
        SomeFailed = 1,  // at least one feed failed; its last good data stays
        UsageError = 2,  // wrong command line
        ConfigError = 3, // the configuration cannot be read
        CacheError = 4,  // the cache cannot be opened or written (disk full, permissions)
        AllFailed = 5,   // no feed could be updated
        // 6 is SyncCommand::alreadyRunning. dorfplatz-sync's own, before anything is created:
        ConfigFolderMissing = 7, // the configuration folder does not exist
        FeedsFileMissing = 8     // the configuration folder has no feeds.json
    };
    Q_ENUM(ExitCode)

    // bodyDir keeps the last good copy of each calendar (<id>.ics): a server that answers
    // "not modified" saves the download, but the copy must still be expanded into the window,
    // which moves on every day.
    SyncRunner(const QList<FeedConfig> &feeds, const EventSettings &settings,
               const QString &bodyDir, EventCache &cache, const Clock &clock,
               QObject *parent = nullptr);
    ~SyncRunner() override;

    void start();
    int exitCode() const { return m_exitCode; }

    // Fingerprint of what shapes a feed's rows (address, filters), kept in the feed's status.
    static QString feedConfigHash(const FeedConfig &feed);

Q_SIGNALS:
    // Start, then FeedStart and FeedDone for each feed, then Finished.
    void report(const Dorfplatz::SyncStep &step);
    void finished(int exitCode);

private:
    struct Stored
    {
        FeedFetcher::Outcome outcome = FeedFetcher::Outcome::Failed;
        SyncStep::Failure failure = SyncStep::Failure::None;
        QString error;
        bool cacheFailed = false;
    };

    void next();
    void fetched(const FeedFetcher::Result &result);
    // Parses, filters and swaps one calendar into the cache; fills step with the counts.
    Stored store(const FeedConfig &feed, const QByteArray &body, const FeedFetcher::Result &result,
                 const QDateTime &attempt, SyncStep &step);
    QString bodyPath(const FeedConfig &feed) const;
    void finish();

    QList<FeedConfig> m_feeds;
    EventSettings m_settings;
    QString m_bodyDir;
    EventCache &m_cache;
    const Clock &m_clock;
    class QNetworkAccessManager *m_network;
    FeedFetcher *m_fetcher = nullptr;
    qsizetype m_index = -1;
    int m_updated = 0;
    int m_unchanged = 0;
    int m_failed = 0;
    int m_exitCode = AllFine;
    bool m_cacheFailed = false;
    qint64 m_startedMs = 0;
};

} // namespace Dorfplatz
