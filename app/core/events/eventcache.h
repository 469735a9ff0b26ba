#pragma once

#include "eventoccurrence.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dorfplatz {

class Database;

// What the cache knows about one feed: the last attempt, the last success, and what it held.
struct FeedStatus
{
    QString feedId;
    QString name;
    QDateTime lastAttempt; // UTC; null when never tried
    QDateTime lastSuccess; // UTC; null when never succeeded
    QString error;         // of the last attempt; empty when it succeeded
    int events = 0;        // VEVENTs in the last good data
    int occurrences = 0;   // rows in the cache for this feed
    int skipped = 0;       // broken events skipped in the last good data
    QString etag;          // from the last 200 response, for If-None-Match
    QString lastModified;  // from the last 200 response, for If-Modified-Since (HTTP date text)
    QString configHash;    // SyncRunner::feedConfigHash() of the feed the rows were made with

    bool operator==(const FeedStatus &) const = default;
};

// The events cache: <data dir>/events.db, separate from app.db because it can always be rebuilt
// from the feeds. dorfplatz-sync writes it; the kiosk only reads it.
//
// Writing is atomic per feed: replaceFeed() builds the new rows in a staging database beside the
// cache (events.db.staging-<pid>-<feed>), checks them, and swaps them in inside one BEGIN
// IMMEDIATE transaction. A reader sees all of the old rows or all of the new ones; a sync killed
// at any moment leaves the last good rows (and a staging file, removed by the next writer open).
//
// Because the cache is rebuildable, the writer does not repair: a file at the path that is not an
// SQLite database, fails PRAGMA quick_check, has an unreadable schema version or one newer than
// this program knows is deleted (with its -wal/-shm) and created afresh; the next sync fills it.
// The reader never deletes, creates or migrates anything: it reports such a file as an error.
//
// The reader (readOnly) notices by itself when the file appears, is replaced or is removed (see
// dataVersion()); it holds no connection while there is no usable cache.
//
// One EventCache per thread (it owns a Database connection).
class EventCache
{
public:
    static inline const QString fileName = QStringLiteral("events.db");

    // Opens (creating and migrating) the cache. readOnly opens without migrating or writing (the
    // kiosk); a missing file then is not an error: the cache is empty (isEmpty()) until a sync
    // creates it, and is read from then on. Returns nullptr and fills *error when the file is
    // unusable (reader: not a database, older or newer schema; writer: cannot be created).
    // Opening for writing also deletes staging files left by killed syncs and runs PRAGMA
    // quick_check (about 5 ms for 10,000 occurrences).
    static std::unique_ptr<EventCache> open(const QString &path, QString *error,
                                            bool readOnly = false);
    ~EventCache();

    QString path() const;

    // --- writing (dorfplatz-sync) ---

    // Replaces every row of `status.feedId` with `occurrences` and stores `status` (its
    // occurrences field is set from the list; the occurrences' own feedId is ignored; a null
    // lastSuccess is taken from lastAttempt, a null lastAttempt from lastSuccess, both null mean
    // now; empty category texts are not kept). On failure nothing changes and *error says why
    // (e.g. "database or disk is full").
    bool replaceFeed(const FeedStatus &status, const EventOccurrences &occurrences, QString *error);
    // Records a failed attempt: the rows stay, lastSuccess stays, error and lastAttempt change.
    bool recordFailure(const QString &feedId, const QString &name, const QDateTime &attempt,
                       const QString &error, QString *dbError);
    // Records an attempt whose data had not changed (HTTP 304): counts as a success, rows stay.
    // Fails for a feed the cache has no status for.
    bool recordUnchanged(const QString &feedId, const QDateTime &attempt, QString *error);
    // Deletes the rows and status of feeds not in `keep` (removed from feeds.json).
    bool removeFeedsExcept(const QStringList &keep, QString *error);

    // --- reading (the kiosk) ---

    // Occurrences overlapping [fromUtc, toUtc) (start < toUtc and end > fromUtc), sorted by start,
    // all-day before timed at the same start, then title (by code unit), feed and uid. An
    // unreadable cache gives an empty list and *error; a cache that does not exist yet gives an
    // empty list and no error.
    EventOccurrences occurrences(const QDateTime &fromUtc, const QDateTime &toUtc,
                                 QString *error = nullptr) const;
    QList<FeedStatus> feedStatuses(QString *error = nullptr) const; // sorted by feedId
    FeedStatus feedStatus(const QString &feedId) const;             // empty feedId when unknown
    // The newest lastSuccess over all feeds (null when none), and the newest lastAttempt.
    QDateTime lastSuccess() const;
    QDateTime lastAttempt() const;
    bool isEmpty() const; // no feed has ever succeeded

    // Changes whenever another connection committed to the cache (PRAGMA data_version), so the
    // kiosk, told by its file watch that the cache was written, reloads only when needed. -1 when
    // the cache is not open. An opaque number: a reader that finds the file replaced or removed
    // reopens it here, and the value then changes too (the connection's generation is part of it).
    // Cheap: one stat() and one PRAGMA.
    qint64 dataVersion() const;

    Q_DISABLE_COPY_MOVE(EventCache)

private:
    struct Private;
    explicit EventCache(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Dorfplatz
