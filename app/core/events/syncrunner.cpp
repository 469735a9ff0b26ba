#include "syncrunner.h"

#include "core/logging.h"
#include "core/time/clock.h"
#include "eventcache.h"
#include "feedtextlimits.h"
#include "icsadapter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

bool containsAny(const QString &text, const QStringList &needles)
{
    return std::any_of(needles.cbegin(), needles.cend(), [&text](const QString &needle) {
        return text.contains(needle, Qt::CaseInsensitive);
    });
}

bool sharesCategory(const QStringList &categories, const QStringList &wanted)
{
    return std::any_of(categories.cbegin(), categories.cend(), [&wanted](const QString &category) {
        return wanted.contains(category.trimmed(), Qt::CaseInsensitive);
    });
}

// The places and categories a home cares about; an empty list lets everything through.
EventOccurrences filtered(EventOccurrences occurrences, const FeedConfig &feed)
{
    occurrences.removeIf([&feed](const EventOccurrence &occurrence) {
        if (!feed.places.isEmpty() && !containsAny(occurrence.location, feed.places))
            return true;
        return !feed.categories.isEmpty() &&
               !sharesCategory(occurrence.categories, feed.categories);
    });
    return occurrences;
}

SyncStep::Result resultOf(FeedFetcher::Outcome outcome)
{
    switch (outcome) {
    case FeedFetcher::Outcome::Fetched:
        return SyncStep::Result::Updated;
    case FeedFetcher::Outcome::NotModified:
        return SyncStep::Result::Unchanged;
    case FeedFetcher::Outcome::Failed:
        break;
    }
    return SyncStep::Result::Failed;
}

} // namespace

SyncRunner::SyncRunner(const QList<FeedConfig> &feeds, const EventSettings &settings,
                       const QString &bodyDir, EventCache &cache, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_feeds(feeds)
    , m_settings(settings)
    , m_bodyDir(bodyDir)
    , m_cache(cache)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{}

SyncRunner::~SyncRunner() = default;

void SyncRunner::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT report({.kind = SyncStep::Kind::Start, .feeds = int(m_feeds.size())});
    QStringList ids;
    for (const FeedConfig &feed : m_feeds)
        ids.append(feed.id);
    QString error;
    if (!m_cache.removeFeedsExcept(ids, &error)) {
        // The rows of a removed feed stay visible; annoying, not harmful, so carry on.
        qCWarning(lcEvents).noquote()
            << u"could not remove old feeds from the cache: %1"_s.arg(error);
    }
    next();
}

void SyncRunner::next()
{
    ++m_index;
    if (m_index >= m_feeds.size()) {
        finish();
        return;
    }
    const FeedConfig &feed = m_feeds.at(m_index);
    Q_EMIT report({.kind = SyncStep::Kind::FeedStart,
                   .feedId = feed.id,
                   .feedName = feed.name,
                   .url = feed.url.toDisplayString(),
                   .done = int(m_index),
                   .total = int(m_feeds.size())});

    FeedFetcher::Request request;
    request.url = feed.url;
    // Ask "has it changed?" only when the cache really holds the data from that answer.
    const FeedStatus status = m_cache.feedStatus(feed.id);
    if (status.lastSuccess.isValid() && status.configHash == feedConfigHash(feed) &&
        QFileInfo::exists(bodyPath(feed))) {
        request.etag = status.etag;
        request.lastModified = status.lastModified;
    }
    request.maxBytes = m_settings.maxFeedBytes;
    request.timeout = std::chrono::seconds(m_settings.fetchTimeoutSeconds);
    request.maxRedirects = m_settings.maxRedirects;
    request.retries = m_settings.retries;

    delete m_fetcher;
    m_fetcher = new FeedFetcher(*m_network, this);
    connect(m_fetcher, &FeedFetcher::finished, this, &SyncRunner::fetched);
    m_fetcher->start(request);
}

QString SyncRunner::bodyPath(const FeedConfig &feed) const
{
    return QDir(m_bodyDir).filePath(feed.id + u".ics"_s);
}

void SyncRunner::fetched(const FeedFetcher::Result &result)
{
    const FeedConfig &feed = m_feeds.at(m_index);
    const QDateTime attempt = m_clock.now().toUTC();
    QElapsedTimer timer;
    timer.start();
    SyncStep step{.kind = SyncStep::Kind::FeedDone,
                  .feedId = feed.id,
                  .feedName = feed.name,
                  .done = int(m_index + 1),
                  .total = int(m_feeds.size()),
                  .attempts = result.attempts};
    Stored stored{.outcome = result.outcome,
                  .failure = SyncStep::failureFrom(result.failure),
                  .error = result.error};

    if (result.outcome == FeedFetcher::Outcome::Fetched) {
        stored = store(feed, result.body, result, attempt, step);
        // Kept so that a later "not modified" can still be expanded into the moved window.
        QSaveFile copy(bodyPath(feed));
        if (stored.outcome == FeedFetcher::Outcome::Fetched &&
            !(copy.open(QIODevice::WriteOnly) && copy.write(result.body) == result.body.size() &&
              copy.commit()))
            qCWarning(lcEvents).noquote() << u"feed %1: cannot keep a copy in %2: %3"_s.arg(
                feed.id, copy.fileName(), copy.errorString());
    } else if (result.outcome == FeedFetcher::Outcome::NotModified) {
        // The calendar is the same, but the window has moved since it was expanded.
        QFile copy(bodyPath(feed));
        if (copy.open(QIODevice::ReadOnly)) {
            stored = store(feed, copy.readAll(), result, attempt, step);
            if (stored.outcome == FeedFetcher::Outcome::Fetched)
                stored.outcome = FeedFetcher::Outcome::NotModified;
        } else {
            QString cacheError;
            if (!m_cache.recordUnchanged(feed.id, attempt, &cacheError))
                stored = {FeedFetcher::Outcome::Failed, SyncStep::Failure::Cache, cacheError, true};
            step.occurrences = m_cache.feedStatus(feed.id).occurrences;
        }
    }
    if (stored.cacheFailed) {
        m_cacheFailed = true;
    } else if (stored.outcome == FeedFetcher::Outcome::Failed) {
        // The last good rows stay; the status says why this attempt failed.
        QString cacheError;
        if (!m_cache.recordFailure(feed.id, feed.name, attempt, stored.error, &cacheError))
            m_cacheFailed = true;
    }

    switch (stored.outcome) {
    case FeedFetcher::Outcome::Fetched:
        ++m_updated;
        break;
    case FeedFetcher::Outcome::NotModified:
        ++m_unchanged;
        break;
    case FeedFetcher::Outcome::Failed:
        ++m_failed;
        step.error = stored.error;
        step.failure = stored.failure;
        step.httpStatus = result.httpStatus;
        step.lastSuccess = m_cache.feedStatus(feed.id).lastSuccess;
        break;
    }
    step.result = resultOf(stored.outcome);
    step.writeMs = timer.elapsed();
    Q_EMIT report(step);
    QMetaObject::invokeMethod(this, &SyncRunner::next, Qt::QueuedConnection);
}

SyncRunner::Stored SyncRunner::store(const FeedConfig &feed, const QByteArray &body,
                                     const FeedFetcher::Result &result, const QDateTime &attempt,
                                     SyncStep &step)
{
    const QDate today = m_clock.now().toLocalTime().date();
    IcsOptions options;
    options.feedId = feed.id;
    options.windowStart = QDateTime(today.addDays(-m_settings.pastDays), QTime(0, 0)).toUTC();
    options.windowEnd = QDateTime(today.addDays(m_settings.futureDays + 1), QTime(0, 0)).toUTC();
    options.maxOccurrencesPerEvent = m_settings.maxOccurrencesPerEvent;
    options.maxBytes = m_settings.maxFeedBytes;
    options.keepCancelled = feed.showCancelled;
    IcsResult parsed = IcsAdapter::parse(body, options);
    for (const QString &problem : std::as_const(parsed.problems))
        qCInfo(lcEvents).noquote() << u"feed %1: %2"_s.arg(feed.id, problem);
    if (!parsed.ok)
        return {FeedFetcher::Outcome::Failed, SyncStep::Failure::Invalid, parsed.error, false};

    EventOccurrences occurrences = filtered(std::move(parsed.occurrences), feed);
    if (!feed.attribution.isEmpty()) {
        for (EventOccurrence &occurrence : occurrences) {
            if (occurrence.attribution.isEmpty())
                occurrence.attribution = feed.attribution;
        }
    }
    // Bounded texts, and a bounded share of the cache: a hostile or broken feed cannot fill the
    // disk or make the kiosk lay out megabytes of text.
    const FeedTextLimits::Outcome limited =
        FeedTextLimits::apply(occurrences, m_clock.now().toUTC());
    if (limited.shortened > 0)
        qCInfo(lcEvents).noquote()
            << u"feed %1: texts of %2 occurrences shortened to the cache's limits"_s.arg(
                   feed.id, QString::number(limited.shortened));
    if (limited.dropped > 0)
        qCWarning(lcEvents).noquote()
            << u"feed %1: %2 occurrences left out, the nearest %3 use the %4 bytes a feed may "
               "keep"_s.arg(feed.id, QString::number(limited.dropped),
                            QString::number(occurrences.size()),
                            QString::number(FeedTextLimits::maxBytesPerFeed));
    FeedStatus status;
    status.feedId = feed.id;
    status.name = feed.name;
    status.lastAttempt = attempt;
    status.lastSuccess = attempt;
    status.events = parsed.events;
    status.skipped = parsed.skipped;
    status.etag = result.etag;
    status.lastModified = result.lastModified;
    status.configHash = feedConfigHash(feed);
    QString cacheError;
    if (!m_cache.replaceFeed(status, occurrences, &cacheError))
        return {FeedFetcher::Outcome::Failed, SyncStep::Failure::Cache, cacheError, true};
    step.events = parsed.events;
    step.occurrences = int(occurrences.size());
    step.skipped = parsed.skipped;
    step.capped = parsed.capped;
    if (limited.dropped > 0) // only then: the lines of an ordinary sync stay as they were
        step.dropped = limited.dropped;
    return {FeedFetcher::Outcome::Fetched, SyncStep::Failure::None, {}, false};
}

void SyncRunner::finish()
{
    if (m_cacheFailed)
        m_exitCode = CacheError;
    else if (m_failed == 0)
        m_exitCode = AllFine;
    else if (m_failed == m_feeds.size())
        m_exitCode = AllFailed;
    else
        m_exitCode = SomeFailed;
    Q_EMIT report({.kind = SyncStep::Kind::Finished,
                   .updated = m_updated,
                   .unchanged = m_unchanged,
                   .failed = m_failed,
                   .ms = QDateTime::currentMSecsSinceEpoch() - m_startedMs,
                   .exitCode = m_exitCode});
    Q_EMIT finished(m_exitCode);
}

QString SyncRunner::feedConfigHash(const FeedConfig &feed)
{
    // What changes the rows a feed gives: its address and the filters. A change there must fetch
    // and parse again even when the server says "not modified".
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(feed.url.toEncoded());
    hash.addData(feed.places.join(QChar(0x1f)).toUtf8());
    hash.addData(feed.categories.join(QChar(0x1f)).toUtf8());
    hash.addData(feed.showCancelled ? "1" : "0");
    hash.addData(feed.attribution.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Dorfplatz
