#include "eventcache.h"

#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/scopedtransaction.h"
#include "core/db/sqlitestatement.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <signal.h>
#include <sys/stat.h>
#include <vector>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Occurrences longer than this are "long" (long_event in 001_initial.sql). A short one overlapping
// [from, to) starts after from - longEventMs, which bounds the index scan from below; the few
// long ones are scanned separately. Changing it needs a migration that recomputes long_event.
constexpr qint64 longEventMs = qint64(2) * 24 * 60 * 60 * 1000;

// U+001F, the unit separator: cannot be typed and does not occur in iCalendar text.
constexpr QChar categorySeparator(0x1F);

// The kiosk reads in its GUI thread. WAL readers are not blocked by a writer; what can still hold
// them up (a connection closing and checkpointing, WAL recovery) takes milliseconds. Longer than
// a second means something is stuck, and EventSource then serves the last good result instead of
// freezing the screen for the helper's five seconds.
constexpr int readerBusyTimeoutMs = 1000;

const QString stagingInfix = u".staging-"_s;
const QString stagingAlias = u"staging"_s;

const QByteArray sqliteHeader("SQLite format 3", 16); // with its terminating NUL

const Migrator &schema()
{
    static const Migrator migrator(u":/db/events"_s);
    return migrator;
}

void report(QString *error, const QString &message)
{
    if (error)
        *error = message;
    else
        qCWarning(lcEvents).noquote() << message;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = Database::errorText(query.lastError());
    return false;
}

// Prepares, binds in order and runs. A failed prepare() must be caught here: exec() would replace
// its error ("no such column") with "Parameter count mismatch".
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = Database::errorText(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, error);
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    *error = u"%1: %2"_s.arg(sql.simplified().left(60), Database::errorText(query.lastError()));
    return false;
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTimeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Identifies the file at a path, so a reader notices that the sync replaced it.
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool exists = false;

    bool operator==(const FileIdentity &) const = default;
};

FileIdentity fileIdentity(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {info.st_dev, info.st_ino, true};
}

// False (with the reason) when a file exists, is not empty and does not start like an SQLite
// database. SQLite itself would say "file is not a database" only at the first read.
bool looksLikeDatabase(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return true; // Database::open reports that with SQLite's own words
    if (file.read(sqliteHeader.size()) == sqliteHeader)
        return true;
    *reason = u"not an SQLite database"_s;
    return false;
}

// Why the writer should not keep an open cache; empty when it can be migrated and used.
QString unusableReason(const Database &db)
{
    const int version = Migrator::currentVersion(db);
    if (version < 0)
        return u"its schema version cannot be read"_s;
    if (version > schema().latestVersion())
        return u"it has schema version %1, newer than this program knows (%2)"_s.arg(
            QString::number(version), QString::number(schema().latestVersion()));
    QSqlQuery check(db.connection());
    check.setForwardOnly(true);
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next())
        return u"PRAGMA quick_check failed: %1"_s.arg(Database::errorText(check.lastError()));
    if (const QString result = check.value(0).toString(); result != u"ok"_s)
        return u"PRAGMA quick_check: %1"_s.arg(result);
    return {};
}

bool isDamage(const QString &openError)
{
    return openError.contains(u"file is not a database"_s) ||
           openError.contains(u"malformed"_s, Qt::CaseInsensitive);
}

bool removeDatabaseFiles(const QString &path, QString *error)
{
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    QFile file(path);
    if (file.exists() && !file.remove()) {
        if (error)
            *error = u"cannot delete %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool processRunning(qint64 pid)
{
    // Signal 0 only checks: EPERM means it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

QString stagingPath(const QString &cachePath, const QString &feedId)
{
    // The pid first, so that cleaning up can find it whatever the feed id looks like.
    QString safeFeed = feedId.left(64);
    for (QChar &c : safeFeed) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'.')
            c = u'_';
    }
    return cachePath + stagingInfix + QString::number(QCoreApplication::applicationPid()) + u'-' +
           safeFeed;
}

// Staging files of syncs that were killed. Those of running processes stay: the systemd timer and
// the kiosk may start a sync at the same time.
void removeStaleStagingFiles(const QString &cachePath)
{
    const QFileInfo cache(cachePath);
    const QDir dir = cache.absoluteDir();
    const QString prefix = cache.fileName() + stagingInfix;
    const QStringList names =
        dir.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && processRunning(pid))
            continue;
        if (QFile::remove(dir.filePath(name)))
            qCInfo(lcEvents).noquote() << u"Removed the staging file %1 of a sync that did not "
                                          "finish"_s.arg(dir.filePath(name));
        else
            qCWarning(lcEvents).noquote()
                << u"Cannot remove the stale staging file %1"_s.arg(dir.filePath(name));
    }
}

// Removes a staging database and its side files when it goes out of scope.
class StagingFile
{
public:
    explicit StagingFile(QString path)
        : m_path(std::move(path))
    {
        removeDatabaseFiles(m_path, nullptr);
    }
    ~StagingFile()
    {
        QString error;
        if (!removeDatabaseFiles(m_path, &error))
            qCWarning(lcEvents).noquote() << error;
    }
    QString path() const { return m_path; }

    Q_DISABLE_COPY_MOVE(StagingFile)

private:
    QString m_path;
};

const QString stagingColumns = u"uid, start_utc, end_utc, tz, all_day, start_date, end_date, "
                               "title, description, location, url, categories, cancelled, "
                               "attribution"_s;

const QString readColumns = u"feed, "_s + stagingColumns;

// A column whose text mostly repeats from row to row (the feed, the time zone, a location, the
// attribution): the QString of the previous row is shared instead of converted and allocated
// again.
class RepeatedText
{
public:
    QString read(const SqliteStatement &statement, int column)
    {
        const QUtf8StringView bytes(statement.bytes(column));
        // Qt 6.4 has no operator== for QString and QUtf8StringView yet; this is what it calls.
        if (!QtPrivate::equalStrings(QStringView(m_text), bytes))
            m_text = bytes.toString();
        return m_text;
    }

private:
    QString m_text;
};

// Reads rows of readColumns into occurrences.
class OccurrenceReader
{
public:
    EventOccurrence read(const SqliteStatement &row)
    {
        EventOccurrence occurrence;
        occurrence.feedId = m_feed.read(row, 0);
        occurrence.uid = row.text(1);
        if (!row.isNull(2))
            occurrence.start = QDateTime::fromMSecsSinceEpoch(row.integer(2), Qt::UTC);
        if (!row.isNull(3))
            occurrence.end = QDateTime::fromMSecsSinceEpoch(row.integer(3), Qt::UTC);
        occurrence.timeZone = m_timeZone.read(row, 4);
        occurrence.allDay = row.integer(5) != 0;
        if (occurrence.allDay) {
            occurrence.startDate = QDate::fromString(row.text(6), Qt::ISODate);
            occurrence.endDate = QDate::fromString(row.text(7), Qt::ISODate);
        }
        occurrence.title = row.text(8);
        occurrence.description = row.text(9);
        occurrence.location = m_location.read(row, 10);
        const QByteArrayView url = row.bytes(11);
        if (!url.isEmpty())
            occurrence.url = QUrl::fromEncoded(url.toByteArray());
        const QString categories = m_categories.read(row, 12);
        if (!categories.isEmpty()) {
            if (categories != m_lastCategories) {
                m_lastCategories = categories;
                m_lastCategoryList = categories.split(categorySeparator, Qt::SkipEmptyParts);
            }
            occurrence.categories = m_lastCategoryList;
        }
        occurrence.cancelled = row.integer(13) != 0;
        occurrence.attribution = m_attribution.read(row, 14);
        return occurrence;
    }

private:
    RepeatedText m_feed;
    RepeatedText m_timeZone;
    RepeatedText m_location;
    RepeatedText m_categories;
    RepeatedText m_attribution;
    QString m_lastCategories;
    QStringList m_lastCategoryList;
};

// By start, all-day before timed at the same start, then title, feed and uid.
EventOccurrences sortedByStart(EventOccurrences rows)
{
    struct Key
    {
        qint64 start;
        bool timed;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        keys.push_back({rows.at(i).start.toMSecsSinceEpoch(), !rows.at(i).allDay, i});
    std::sort(keys.begin(), keys.end(), [&rows](const Key &a, const Key &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.timed != b.timed)
            return !a.timed;
        const EventOccurrence &x = rows.at(a.index);
        const EventOccurrence &y = rows.at(b.index);
        if (const int c = x.title.compare(y.title); c != 0)
            return c < 0;
        if (const int c = x.feedId.compare(y.feedId); c != 0)
            return c < 0;
        return x.uid < y.uid;
    });
    EventOccurrences sorted;
    sorted.reserve(rows.size());
    for (const Key &key : keys)
        sorted.append(std::move(rows[key.index]));
    return sorted;
}

const QString statusColumns = u"feed, name, last_attempt, last_success, error, events, "
                              "occurrences, skipped, etag, last_modified, config_hash"_s;

FeedStatus statusFromRow(const QSqlQuery &query)
{
    FeedStatus status;
    status.feedId = query.value(0).toString();
    status.name = query.value(1).toString();
    status.lastAttempt = dateTimeOrNull(query.value(2));
    status.lastSuccess = dateTimeOrNull(query.value(3));
    status.error = query.value(4).toString();
    status.events = query.value(5).toInt();
    status.occurrences = query.value(6).toInt();
    status.skipped = query.value(7).toInt();
    status.etag = query.value(8).toString();
    status.lastModified = query.value(9).toString();
    status.configHash = query.value(10).toString();
    return status;
}

} // namespace

struct EventCache::Private
{
    QString path;
    bool readOnly = false;
    std::unique_ptr<Database> db;
    // Reader: the file the connection reads, and how often a connection was opened.
    FileIdentity identity;
    qint64 generation = 0;
    QString lastLoggedError;
    qsizetype rowsHint = 0; // rows of the last range query, to allocate once

    bool openWriter(QString *error);
    bool openReader(QString *error);
    Database *database(QString *error);
    void noteReadError(const QString &error, QString *out);

    bool writeStaging(const QString &staging, const EventOccurrences &occurrences, QString *error);
    bool swapIn(const FeedStatus &status, qsizetype expected, QString *error);
    bool replaceFeed(const FeedStatus &status, const EventOccurrences &occurrences, QString *error);
    // One statement on feed_status in its own write transaction. requireRow: exactly one row
    // must change (the feed must be known).
    bool writeStatus(const QString &sql, const QVariantList &values, bool requireRow,
                     QString *error);
};

bool EventCache::Private::writeStatus(const QString &sql, const QVariantList &values,
                                      bool requireRow, QString *error)
{
    if (readOnly) {
        *error = u"the cache is open read-only"_s;
        return false;
    }
    if (!db) {
        *error = u"the cache is not open"_s;
        return false;
    }
    ScopedTransaction transaction(db->connection());
    if (!transaction.isActive()) {
        *error = transaction.beginError();
        return false;
    }
    {
        QSqlQuery query(db->connection());
        if (!exec(query, sql, values, error))
            return false;
        if (requireRow && query.numRowsAffected() != 1) {
            *error = u"the cache has no data of this feed"_s;
            return false;
        }
    }
    return transaction.commit(error);
}

bool EventCache::Private::openWriter(QString *error)
{
    removeStaleStagingFiles(path);

    for (int attempt = 0; attempt < 2; ++attempt) {
        QString unusable;
        if (looksLikeDatabase(path, &unusable)) {
            QString openError;
            db = Database::open(path, &openError);
            if (!db && !isDamage(openError)) {
                *error = openError;
                return false;
            }
            unusable = db ? unusableReason(*db) : openError;
            if (unusable.isEmpty()) {
                QString migrateError;
                if (schema().migrate(*db, &migrateError))
                    return true;
                db.reset();
                *error = migrateError;
                return false;
            }
        }
        db.reset();
        if (attempt > 0) {
            *error = u"still unusable after recreating it: %1"_s.arg(unusable);
            return false;
        }
        // The next sync rebuilds it from the feeds; repairing is not worth it.
        qCWarning(lcEvents).noquote()
            << u"The events cache %1 is unusable (%2); deleting it and starting afresh"_s.arg(
                   path, unusable);
        if (!removeDatabaseFiles(path, error))
            return false;
    }
    return false;
}

// Opens the connection once the file exists and holds the schema this program reads. Returns true
// without a connection while there is no cache yet (no file, or the sync is still creating it).
bool EventCache::Private::openReader(QString *error)
{
    db.reset();
    const FileIdentity before = fileIdentity(path);
    if (!before.exists)
        return true;
    QString reason;
    if (!looksLikeDatabase(path, &reason)) {
        *error = reason;
        return false;
    }
    auto database = Database::open(path, error, Database::Access::ReadOnly);
    if (!database)
        return false;
    QString pragmaError;
    if (!database->exec(u"PRAGMA busy_timeout = %1"_s.arg(readerBusyTimeoutMs), &pragmaError))
        qCWarning(lcEvents).noquote() << u"Events cache %1: %2"_s.arg(path, pragmaError);

    const int version = Migrator::currentVersion(*database);
    const int latest = schema().latestVersion();
    if (version == 0)
        return true;
    if (version < 0) {
        *error = u"its schema version cannot be read"_s;
        return false;
    }
    if (version != latest) {
        // Older: the next sync migrates it. Newer: written by a newer dorfplatz-sync, whose
        // columns this program cannot know.
        *error = u"it has schema version %1, this program reads version %2"_s.arg(
            QString::number(version), QString::number(latest));
        return false;
    }
    db = std::move(database);
    identity = before;
    ++generation;
    lastLoggedError.clear();
    qCDebug(lcEvents).noquote() << u"Reading the events cache %1"_s.arg(path);
    return true;
}

// The connection to read from; nullptr while there is none (error filled when that is a failure).
Database *EventCache::Private::database(QString *error)
{
    if (db || !readOnly)
        return db.get();
    QString failure;
    if (!openReader(&failure))
        noteReadError(u"Cannot read the events cache %1: %2"_s.arg(path, failure), error);
    return db.get();
}

void EventCache::Private::noteReadError(const QString &error, QString *out)
{
    if (out) {
        *out = error;
        return;
    }
    // Polled every few seconds: the same failure is logged once.
    if (error != lastLoggedError)
        qCWarning(lcEvents).noquote() << error;
    lastLoggedError = error;
}

bool EventCache::Private::writeStaging(const QString &staging, const EventOccurrences &occurrences,
                                       QString *error)
{
    const auto stagingDb = Database::open(staging, error);
    if (!stagingDb)
        return false;
    const QSqlDatabase connection = stagingDb->connection();
    // Disposable: nothing to protect against a crash, so no journal and no fsync.
    if (!exec(connection, u"PRAGMA journal_mode = OFF"_s, error) ||
        !exec(connection, u"PRAGMA synchronous = OFF"_s, error))
        return false;
    // Without constraints: the checks in swapIn() say what is wrong instead of failing a row.
    if (!exec(connection,
              u"CREATE TABLE occurrences (uid TEXT, start_utc INTEGER, end_utc INTEGER, tz TEXT, "
              "all_day INTEGER, start_date TEXT, end_date TEXT, title TEXT, description TEXT, "
              "location TEXT, url TEXT, categories TEXT, cancelled INTEGER, attribution TEXT)"_s,
              error))
        return false;

    {
        ScopedTransaction transaction(connection);
        if (!transaction.isActive()) {
            *error = transaction.beginError();
            return false;
        }
        QSqlQuery insert(connection);
        if (!insert.prepare(u"INSERT INTO occurrences (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?)"_s.arg(stagingColumns))) {
            *error = Database::errorText(insert.lastError());
            return false;
        }
        for (const EventOccurrence &occurrence : occurrences) {
            insert.bindValue(0, occurrence.uid);
            insert.bindValue(1, msOrNull(occurrence.start));
            insert.bindValue(2, msOrNull(occurrence.end));
            insert.bindValue(3, occurrence.timeZone);
            insert.bindValue(4, occurrence.allDay ? 1 : 0);
            insert.bindValue(5, dateOrNull(occurrence.startDate));
            insert.bindValue(6, dateOrNull(occurrence.endDate));
            insert.bindValue(7, occurrence.title);
            insert.bindValue(8, occurrence.description);
            insert.bindValue(9, occurrence.location);
            insert.bindValue(10, occurrence.url.isEmpty()
                                     ? QString()
                                     : QString::fromUtf8(occurrence.url.toEncoded()));
            insert.bindValue(11, occurrence.categories.join(categorySeparator));
            insert.bindValue(12, occurrence.cancelled ? 1 : 0);
            insert.bindValue(13, occurrence.attribution);
            if (!exec(insert, error))
                return false;
        }
        if (!transaction.commit(error))
            return false;
    }

    // Reads every page once (a few ms for 10,000 rows): a staging file damaged on the way (bad
    // sector, full disk with journal_mode=OFF) does not reach the live cache.
    QSqlQuery check(connection);
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next()) {
        *error = u"PRAGMA quick_check: %1"_s.arg(Database::errorText(check.lastError()));
        return false;
    }
    if (const QString result = check.value(0).toString(); result != u"ok"_s) {
        *error = u"PRAGMA quick_check: %1"_s.arg(result);
        return false;
    }
    return true;
}

// With the staging database attached: checks it, then swaps the feed's rows in one transaction.
bool EventCache::Private::swapIn(const FeedStatus &status, qsizetype expected, QString *error)
{
    const QSqlDatabase connection = db->connection();
    {
        QSqlQuery check(connection);
        check.setForwardOnly(true);
        if (!check.exec(u"SELECT count(*), count(start_utc), count(end_utc), "
                        "coalesce(sum(end_utc < start_utc), 0) FROM staging.occurrences"_s) ||
            !check.next()) {
            *error = u"cannot check the staging database: %1"_s.arg(
                Database::errorText(check.lastError()));
            return false;
        }
        const qint64 rows = check.value(0).toLongLong();
        const qint64 missing =
            rows - std::min(check.value(1).toLongLong(), check.value(2).toLongLong());
        const qint64 inverted = check.value(3).toLongLong();
        if (rows != expected) {
            *error = u"the staging database holds %1 occurrences instead of %2"_s.arg(
                QString::number(rows), QString::number(expected));
            return false;
        }
        if (missing > 0) {
            *error = u"%1 occurrences have no valid start or end"_s.arg(missing);
            return false;
        }
        if (inverted > 0) {
            *error = u"%1 occurrences end before they start"_s.arg(inverted);
            return false;
        }
    }

    ScopedTransaction transaction(connection);
    if (!transaction.isActive()) {
        *error = transaction.beginError();
        return false;
    }

    QSqlQuery query(connection);
    if (!exec(query, u"DELETE FROM main.occurrences WHERE feed = ?"_s, {status.feedId}, error))
        return false;

    if (!exec(query,
              u"INSERT INTO main.occurrences (feed, uid, start_utc, end_utc, tz, all_day, "
              "start_date, end_date, title, description, location, url, categories, cancelled, "
              "attribution, long_event) "
              "SELECT ?, coalesce(uid, ''), start_utc, end_utc, coalesce(tz, ''), "
              "coalesce(all_day, 0), start_date, end_date, coalesce(title, ''), "
              "coalesce(description, ''), coalesce(location, ''), coalesce(url, ''), "
              "coalesce(categories, ''), coalesce(cancelled, 0), coalesce(attribution, ''), "
              "end_utc - start_utc > ? FROM staging.occurrences ORDER BY rowid"_s,
              {status.feedId, longEventMs}, error))
        return false;
    if (query.numRowsAffected() != expected) {
        *error = u"%1 occurrences were copied instead of %2"_s.arg(
            QString::number(query.numRowsAffected()), QString::number(expected));
        return false;
    }

    QDateTime success = status.lastSuccess.isValid() ? status.lastSuccess : status.lastAttempt;
    if (!success.isValid())
        success = QDateTime::currentDateTimeUtc();
    const QDateTime attempt = status.lastAttempt.isValid() ? status.lastAttempt : success;
    if (!exec(query,
              u"INSERT OR REPLACE INTO main.feed_status (%1) VALUES (?, coalesce(?, ''), ?, ?, "
              "coalesce(?, ''), ?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''))"_s.arg(
                  statusColumns),
              {status.feedId, status.name, attempt.toMSecsSinceEpoch(), success.toMSecsSinceEpoch(),
               status.error, status.events, qint64(expected), status.skipped, status.etag,
               status.lastModified, status.configHash},
              error))
        return false;
    query.finish();

    return transaction.commit(error);
}

bool EventCache::Private::replaceFeed(const FeedStatus &status, const EventOccurrences &occurrences,
                                      QString *error)
{
    if (readOnly) {
        *error = u"the cache is open read-only"_s;
        return false;
    }
    if (!db) {
        *error = u"the cache is not open"_s;
        return false;
    }
    if (status.feedId.isEmpty()) {
        *error = u"empty feed id"_s;
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    const StagingFile staging(stagingPath(path, status.feedId));
    QString stagingError;
    if (!writeStaging(staging.path(), occurrences, &stagingError)) {
        *error = u"staging database %1: %2"_s.arg(staging.path(), stagingError);
        return false;
    }
    const qint64 stagingMs = timer.elapsed();

    {
        QSqlQuery attach(db->connection());
        QString attachError;
        if (!exec(attach, u"ATTACH DATABASE ? AS %1"_s.arg(stagingAlias), {staging.path()},
                  &attachError)) {
            *error = u"cannot attach the staging database: %1"_s.arg(attachError);
            return false;
        }
    }
    const bool swapped = swapIn(status, occurrences.size(), error);
    QString detachError;
    if (!exec(db->connection(), u"DETACH DATABASE %1"_s.arg(stagingAlias), &detachError))
        qCWarning(lcEvents).noquote() << u"Events cache %1: %2"_s.arg(path, detachError);
    if (swapped)
        qCDebug(lcEvents).noquote()
            << u"Feed %1: %2 occurrences stored in %3 ms (staging %4 ms)"_s.arg(
                   status.feedId, QString::number(occurrences.size()),
                   QString::number(timer.elapsed()), QString::number(stagingMs));
    return swapped;
}

EventCache::EventCache(std::unique_ptr<Private> priv)
    : d(std::move(priv))
{}

EventCache::~EventCache() = default;

std::unique_ptr<EventCache> EventCache::open(const QString &path, QString *error, bool readOnly)
{
    auto priv = std::make_unique<Private>();
    priv->path = path;
    priv->readOnly = readOnly;
    QString failure;
    const bool opened = readOnly ? priv->openReader(&failure) : priv->openWriter(&failure);
    if (!opened) {
        report(error, u"Cannot open the events cache %1: %2"_s.arg(path, failure));
        return nullptr;
    }
    return std::unique_ptr<EventCache>(new EventCache(std::move(priv)));
}

QString EventCache::path() const
{
    return d->path;
}

bool EventCache::replaceFeed(const FeedStatus &status, const EventOccurrences &occurrences,
                             QString *error)
{
    QString failure;
    if (d->replaceFeed(status, occurrences, &failure))
        return true;
    report(error, u"Cannot store the events of feed %1: %2"_s.arg(status.feedId, failure));
    return false;
}

bool EventCache::recordFailure(const QString &feedId, const QString &name, const QDateTime &attempt,
                               const QString &error, QString *dbError)
{
    // The name only replaces the stored one when given; rows, lastSuccess, counts and the
    // validators stay as the last success left them. An empty text would read as success.
    const QString text = error.isEmpty() ? u"unknown error"_s : error;
    QString failure;
    if (d->writeStatus(u"INSERT INTO feed_status (feed, name, last_attempt, error) "
                       "VALUES (?, coalesce(?, ''), ?, ?) ON CONFLICT (feed) DO UPDATE SET "
                       "name = CASE WHEN excluded.name = '' THEN feed_status.name "
                       "ELSE excluded.name END, "
                       "last_attempt = excluded.last_attempt, error = excluded.error"_s,
                       {feedId, name,
                        msOrNull(attempt.isValid() ? attempt : QDateTime::currentDateTimeUtc()),
                        text},
                       false, &failure))
        return true;
    report(dbError, u"Cannot record the failed attempt of feed %1: %2"_s.arg(feedId, failure));
    return false;
}

bool EventCache::recordUnchanged(const QString &feedId, const QDateTime &attempt, QString *error)
{
    const QVariant when = msOrNull(attempt.isValid() ? attempt : QDateTime::currentDateTimeUtc());
    QString failure;
    if (d->writeStatus(u"UPDATE feed_status SET last_attempt = ?, last_success = ?, error = '' "
                       "WHERE feed = ?"_s,
                       {when, when, feedId}, true, &failure))
        return true;
    report(error, u"Cannot record the unchanged feed %1: %2"_s.arg(feedId, failure));
    return false;
}

bool EventCache::removeFeedsExcept(const QStringList &keep, QString *error)
{
    auto fail = [&](const QString &why) {
        report(error, u"Cannot remove feeds from the events cache: %1"_s.arg(why));
        return false;
    };
    if (d->readOnly)
        return fail(u"the cache is open read-only"_s);
    if (!d->db)
        return fail(u"the cache is not open"_s);

    QStringList placeholders;
    placeholders.fill(u"?"_s, keep.size());
    const QString where =
        keep.isEmpty() ? QString() : u" WHERE feed NOT IN (%1)"_s.arg(placeholders.join(u", "));

    ScopedTransaction transaction(d->db->connection());
    if (!transaction.isActive())
        return fail(transaction.beginError());
    QString failure;
    int removedFeeds = 0;
    for (const QString &table : {u"occurrences"_s, u"feed_status"_s}) {
        QSqlQuery query(d->db->connection());
        QVariantList values;
        for (const QString &feed : keep)
            values.append(feed);
        if (!exec(query, u"DELETE FROM %1%2"_s.arg(table, where), values, &failure))
            return fail(failure);
        removedFeeds = query.numRowsAffected();
    }
    if (!transaction.commit(&failure))
        return fail(failure);
    if (removedFeeds > 0)
        qCInfo(lcEvents).noquote()
            << u"Removed %1 feeds that are no longer configured"_s.arg(removedFeeds);
    return true;
}

EventOccurrences EventCache::occurrences(const QDateTime &fromUtc, const QDateTime &toUtc,
                                         QString *error) const
{
    if (!fromUtc.isValid() || !toUtc.isValid()) {
        report(error, u"Cannot read events: invalid time range"_s);
        return {};
    }
    if (fromUtc >= toUtc)
        return {};
    Database *db = d->database(error);
    if (!db)
        return {};

    const qint64 from = fromUtc.toMSecsSinceEpoch();
    const qint64 to = toUtc.toMSecsSinceEpoch();
    // One statement, so one read transaction: all rows come from the same commit. Sorted here
    // rather than by ORDER BY, which copied every row (descriptions and all) through SQLite's
    // sorter: a quarter of the query's time. Read through SQLite's C API: QSqlQuery's QVariant
    // per value took two thirds of the time for the screen's week (issue 16).
    static const QByteArray sql =
        u"SELECT %1 FROM occurrences "
        "WHERE long_event = 0 AND start_utc > ?1 AND start_utc < ?2 AND end_utc > ?3 "
        "UNION ALL "
        "SELECT %1 FROM occurrences "
        "WHERE long_event = 1 AND start_utc < ?2 AND end_utc > ?3"_s.arg(readColumns)
            .toUtf8();
    QString failure;
    EventOccurrences rows;
    if (SqliteStatement *statement = db->cachedStatement(sql, &failure)) {
        if (statement->bind(1, from - longEventMs) && statement->bind(2, to) &&
            statement->bind(3, from)) {
            rows.reserve(d->rowsHint);
            OccurrenceReader reader;
            SqliteStatement::Step step;
            while ((step = statement->step()) == SqliteStatement::Step::Row)
                rows.append(reader.read(*statement));
            // An error in the middle (e.g. the disk failed) ends the rows too.
            if (step == SqliteStatement::Step::Error)
                failure = statement->errorText();
        } else {
            failure = statement->errorText();
        }
        statement->reset(); // ends the read transaction even after an error
    }
    if (!failure.isEmpty()) {
        d->noteReadError(u"Cannot read events from %1: %2"_s.arg(d->path, failure), error);
        return {};
    }
    d->rowsHint = rows.size();
    return sortedByStart(std::move(rows));
}

QList<FeedStatus> EventCache::feedStatuses(QString *error) const
{
    Database *db = d->database(error);
    if (!db)
        return {};
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    QList<FeedStatus> result;
    if (query.exec(u"SELECT %1 FROM feed_status ORDER BY feed"_s.arg(statusColumns))) {
        while (query.next())
            result.append(statusFromRow(query));
    }
    if (query.lastError().isValid()) {
        d->noteReadError(u"Cannot read the feed status from %1: %2"_s.arg(
                             d->path, Database::errorText(query.lastError())),
                         error);
        return {};
    }
    return result;
}

FeedStatus EventCache::feedStatus(const QString &feedId) const
{
    Database *db = d->database(nullptr);
    if (!db)
        return {};
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    QString failure;
    if (!exec(query, u"SELECT %1 FROM feed_status WHERE feed = ?"_s.arg(statusColumns), {feedId},
              &failure)) {
        d->noteReadError(u"Cannot read the feed status from %1: %2"_s.arg(d->path, failure),
                         nullptr);
        return {};
    }
    return query.next() ? statusFromRow(query) : FeedStatus();
}

QDateTime EventCache::lastSuccess() const
{
    Database *db = d->database(nullptr);
    if (!db)
        return {};
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT max(last_success) FROM feed_status"_s) && query.next())
        return dateTimeOrNull(query.value(0));
    return {};
}

QDateTime EventCache::lastAttempt() const
{
    Database *db = d->database(nullptr);
    if (!db)
        return {};
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT max(last_attempt) FROM feed_status"_s) && query.next())
        return dateTimeOrNull(query.value(0));
    return {};
}

bool EventCache::isEmpty() const
{
    return lastSuccess().isNull();
}

qint64 EventCache::dataVersion() const
{
    if (d->readOnly && d->db && !(fileIdentity(d->path) == d->identity)) {
        qCInfo(lcEvents).noquote() << u"The events cache %1 was replaced or removed; reading it "
                                      "afresh"_s.arg(d->path);
        d->db.reset();
    }
    Database *db = d->database(nullptr);
    if (!db)
        return -1;
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    // data_version is per connection; a new connection may start at the old number again.
    constexpr int generationShift = 40;
    return (d->generation << generationShift) + query.value(0).toLongLong();
}

} // namespace Dorfplatz
