#include "core/events/feedfetcher.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

using Test::HttpServer;

namespace {

const QByteArray calendarType = "text/calendar; charset=utf-8";
const QByteArray feedBody = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dorfplatz//Test//DE\r\n"
                            "BEGIN:VEVENT\r\nUID:kerwe@rammelsbach\r\nDTSTART:20241012T140000Z\r\n"
                            "SUMMARY:Kerwe in Rammelsbach\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
const QByteArray etag = "\"v1-4f2a\"";
const QByteArray lastModified = "Tue, 01 Oct 2024 03:05:00 GMT";

// Short enough that the whole test takes seconds; the drip test needs more than one byte.
FeedFetcher::Request requestFor(const QUrl &url)
{
    FeedFetcher::Request request;
    request.url = url;
    request.timeout = 1500ms;
    request.firstBackoff = 50ms;
    request.retries = 2;
    request.maxRedirects = 5;
    return request;
}

struct Run
{
    FeedFetcher::Result result;
    qint64 elapsedMs = 0;
    qint64 maxReceived = -1; // largest progress() report
    int finishedCount = 0;
    bool finishedInsideStart = false;
};

} // namespace

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetchesBodyAndValidators();
    void notModifiedByEtag();
    void notModifiedByDate();
    void staleEtagGetsTheBody();
    void serverErrorIsRetriedThenFails();
    void clientErrorIsNotRetried();
    void recoversAfterServerError();
    void followsRedirects_data();
    void followsRedirects();
    void redirectLoopFails();
    void redirectToFileIsRefused();
    void dripHitsWholeTransferDeadline();
    void silentServerTimesOutAndIsRetried();
    void connectionDroppedMidBody();
    void contentLengthOverCapFailsAtOnce();
    void chunkedBodyOverCapIsCutOff();
    void chunkedBodyWithinCap();
    void bodyOfExactlyTheCap();
    void localFile_data();
    void localFile();
    void refusedPort();
    void unsupportedScheme();
    void abortMidTransferEmitsNothing();
    void restartDropsTheRunningFetch();

private:
    Run fetch(const FeedFetcher::Request &request, int waitMs = 10000);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpServer> m_server;
};

void TestFeedFetcher::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
}

void TestFeedFetcher::cleanup()
{
    // Every reply handed back to Qt is gone within a few turns of the event loop: no leaks.
    QTRY_COMPARE_WITH_TIMEOUT(m_network->findChildren<QNetworkReply *>().size(), 0, 2000);
    m_server.reset();
    m_network.reset();
}

Run TestFeedFetcher::fetch(const FeedFetcher::Request &request, int waitMs)
{
    Run run;
    FeedFetcher fetcher(*m_network);
    bool inStart = false;
    connect(&fetcher, &FeedFetcher::progress, this,
            [&run](qint64 received, qint64) { run.maxReceived = qMax(run.maxReceived, received); });
    connect(&fetcher, &FeedFetcher::finished, this, [&](const FeedFetcher::Result &result) {
        run.result = result;
        ++run.finishedCount;
        run.finishedInsideStart = run.finishedInsideStart || inStart;
    });
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    QElapsedTimer clock;
    clock.start();
    inStart = true;
    fetcher.start(request);
    inStart = false;
    if (!finished.wait(waitMs))
        qWarning("no finished() within %d ms", waitMs);
    run.elapsedMs = clock.elapsed();
    return run;
}

void TestFeedFetcher::fetchesBodyAndValidators()
{
    m_server->addConditional(u"/feed.ics"_s, calendarType, feedBody, etag, lastModified);
    const Run run = fetch(requestFor(m_server->url(u"/feed.ics"_s)));

    QCOMPARE(run.finishedCount, 1);
    QVERIFY(!run.finishedInsideStart);
    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Fetched);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::None);
    QVERIFY(run.result.error.isEmpty());
    QCOMPARE(run.result.httpStatus, 200);
    QCOMPARE(run.result.body, feedBody);
    QCOMPARE(run.result.etag, QString::fromLatin1(etag));
    QCOMPARE(run.result.lastModified, QString::fromLatin1(lastModified));
    QCOMPARE(run.result.attempts, 1);
    QCOMPARE(run.result.finalUrl, m_server->url(u"/feed.ics"_s));
    QCOMPARE(run.maxReceived, feedBody.size());

    // Nothing conditional without validators; who is asking is said.
    QVERIFY(m_server->lastHeader(u"/feed.ics"_s, "If-None-Match").isEmpty());
    QVERIFY(m_server->lastHeader(u"/feed.ics"_s, "If-Modified-Since").isEmpty());
    QCOMPARE(m_server->lastHeader(u"/feed.ics"_s, "User-Agent"),
             QByteArrayLiteral("Dorfplatz/" DORFPLATZ_VERSION " (+care home kiosk)"));
    QCOMPARE(m_server->notModifiedCount(u"/feed.ics"_s), 0);
}

void TestFeedFetcher::notModifiedByEtag()
{
    m_server->addConditional(u"/feed.ics"_s, calendarType, feedBody, etag, lastModified);
    FeedFetcher::Request request = requestFor(m_server->url(u"/feed.ics"_s));
    request.etag = QString::fromLatin1(etag);
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::NotModified);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::None);
    QCOMPARE(run.result.httpStatus, 304);
    QVERIFY(run.result.body.isEmpty());
    QCOMPARE(run.result.etag, QString::fromLatin1(etag));
    QCOMPARE(run.result.attempts, 1);
    QCOMPARE(m_server->lastHeader(u"/feed.ics"_s, "If-None-Match"), etag);
    QCOMPARE(m_server->notModifiedCount(u"/feed.ics"_s), 1);
    QCOMPARE(m_server->requestCount(u"/feed.ics"_s), 1);
}

void TestFeedFetcher::notModifiedByDate()
{
    // No ETag from this server at all.
    m_server->addConditional(u"/feed.ics"_s, calendarType, feedBody, {}, lastModified);
    FeedFetcher::Request request = requestFor(m_server->url(u"/feed.ics"_s));
    request.lastModified = QString::fromLatin1(lastModified);
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::NotModified);
    QCOMPARE(run.result.httpStatus, 304);
    QVERIFY(run.result.etag.isEmpty());
    QCOMPARE(run.result.lastModified, QString::fromLatin1(lastModified));
    QCOMPARE(m_server->lastHeader(u"/feed.ics"_s, "If-Modified-Since"), lastModified);
    QVERIFY(m_server->lastHeader(u"/feed.ics"_s, "If-None-Match").isEmpty());
    QCOMPARE(m_server->notModifiedCount(u"/feed.ics"_s), 1);
}

void TestFeedFetcher::staleEtagGetsTheBody()
{
    m_server->addConditional(u"/feed.ics"_s, calendarType, feedBody, etag, lastModified);
    FeedFetcher::Request request = requestFor(m_server->url(u"/feed.ics"_s));
    request.etag = u"\"v0-old\""_s;
    request.lastModified = u"Mon, 30 Sep 2024 03:05:00 GMT"_s;
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Fetched);
    QCOMPARE(run.result.body, feedBody);
    QCOMPARE(run.result.etag, QString::fromLatin1(etag));
    QCOMPARE(m_server->lastHeader(u"/feed.ics"_s, "If-None-Match"), "\"v0-old\"");
    QCOMPARE(m_server->notModifiedCount(u"/feed.ics"_s), 0);
}

void TestFeedFetcher::serverErrorIsRetriedThenFails()
{
    m_server->addStatus(u"/broken"_s, 500);
    FeedFetcher::Request request = requestFor(m_server->url(u"/broken"_s));
    request.retries = 2;
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Failed);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::HttpError);
    QCOMPARE(run.result.httpStatus, 500);
    QVERIFY2(run.result.error.contains(u"500"_s), qPrintable(run.result.error));
    QVERIFY(run.result.body.isEmpty());
    QCOMPARE(run.result.attempts, 3);
    QCOMPARE(m_server->requestCount(u"/broken"_s), 3);
    // Backoff 50 ms, then doubled: at least 150 ms of pauses.
    QVERIFY2(run.elapsedMs >= 150, qPrintable(QString::number(run.elapsedMs)));
}

void TestFeedFetcher::clientErrorIsNotRetried()
{
    m_server->addStatus(u"/gone"_s, 404);
    const Run run = fetch(requestFor(m_server->url(u"/gone"_s)));

    QCOMPARE(run.result.failure, FeedFetcher::Failure::HttpError);
    QCOMPARE(run.result.httpStatus, 404);
    QCOMPARE(run.result.attempts, 1);
    QCOMPARE(m_server->requestCount(u"/gone"_s), 1);
}

void TestFeedFetcher::recoversAfterServerError()
{
    m_server->addStatusThenContent(u"/flaky.ics"_s, 503, 1, calendarType, feedBody);
    const Run run = fetch(requestFor(m_server->url(u"/flaky.ics"_s)));

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Fetched);
    QCOMPARE(run.result.body, feedBody);
    QCOMPARE(run.result.httpStatus, 200);
    QCOMPARE(run.result.attempts, 2);
    QCOMPARE(m_server->requestCount(u"/flaky.ics"_s), 2);
}

void TestFeedFetcher::followsRedirects_data()
{
    QTest::addColumn<int>("maxRedirects");
    QTest::addColumn<bool>("fetched");
    QTest::addRow("three of five") << 5 << true;
    QTest::addRow("three of exactly three") << 3 << true;
    QTest::addRow("three of two") << 2 << false;
}

void TestFeedFetcher::followsRedirects()
{
    QFETCH(int, maxRedirects);
    QFETCH(bool, fetched);
    // Absolute, root-relative and relative Location headers.
    m_server->addRedirect(u"/old/feed"_s, m_server->url(u"/moved/feed"_s).toString(), 301);
    m_server->addRedirect(u"/moved/feed"_s, u"/calendar/latest"_s, 302);
    m_server->addRedirect(u"/calendar/latest"_s, u"feed.ics"_s, 307);
    m_server->addContent(u"/calendar/feed.ics"_s, calendarType, feedBody);
    FeedFetcher::Request request = requestFor(m_server->url(u"/old/feed"_s));
    request.maxRedirects = maxRedirects;
    const Run run = fetch(request);

    if (fetched) {
        QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Fetched);
        QCOMPARE(run.result.body, feedBody);
        QCOMPARE(run.result.finalUrl, m_server->url(u"/calendar/feed.ics"_s));
        QCOMPARE(m_server->requestCount(u"/calendar/feed.ics"_s), 1);
    } else {
        QCOMPARE(run.result.failure, FeedFetcher::Failure::TooManyRedirects);
        QCOMPARE(run.result.attempts, 1);
        QCOMPARE(m_server->requestCount(u"/calendar/feed.ics"_s), 0);
        QCOMPARE(m_server->requestCount(u"/calendar/latest"_s), 1);
    }
}

void TestFeedFetcher::redirectLoopFails()
{
    m_server->addRedirect(u"/loop"_s, u"/loop"_s);
    FeedFetcher::Request request = requestFor(m_server->url(u"/loop"_s));
    request.maxRedirects = 5;
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Failed);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::TooManyRedirects);
    QVERIFY(run.result.body.isEmpty());
    QCOMPARE(run.result.attempts, 1);
    QVERIFY(m_server->requestCount(u"/loop"_s) <= request.maxRedirects + 1);
    QCOMPARE(m_server->requestCount(u"/loop"_s), request.maxRedirects + 1);
}

void TestFeedFetcher::redirectToFileIsRefused()
{
    m_server->addRedirect(u"/sneaky"_s, u"file:///etc/passwd"_s);
    const Run run = fetch(requestFor(m_server->url(u"/sneaky"_s)));

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Failed);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::Network);
    QVERIFY2(run.result.error.contains(u"refused redirect"_s), qPrintable(run.result.error));
    QVERIFY(run.result.body.isEmpty());
    QCOMPARE(run.result.attempts, 1);
    QCOMPARE(m_server->requestCount(u"/sneaky"_s), 1);
}

void TestFeedFetcher::dripHitsWholeTransferDeadline()
{
    // A byte every second: an idle timeout never fires, the deadline for the transfer must.
    m_server->addDrip(u"/drip.ics"_s, calendarType, feedBody, 1000);
    FeedFetcher::Request request = requestFor(m_server->url(u"/drip.ics"_s));
    request.timeout = 1500ms;
    request.retries = 0;
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Failed);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::Timeout);
    QCOMPARE(run.result.httpStatus, 200);
    QVERIFY(run.result.body.isEmpty());
    QVERIFY2(run.elapsedMs >= 1500 && run.elapsedMs < 4000,
             qPrintable(QString::number(run.elapsedMs)));
    QVERIFY(run.maxReceived >= 1);
    QVERIFY(run.maxReceived < feedBody.size());
    // The fetcher hung up; the server notices.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 3000);
    QVERIFY(m_server->bodyBytesSent(u"/drip.ics"_s) < feedBody.size());
    qInfo("drip: timeout 1500 ms, finished after %lld ms with %lld bytes", run.elapsedMs,
          run.maxReceived);
}

void TestFeedFetcher::silentServerTimesOutAndIsRetried()
{
    m_server->addHang(u"/hang"_s);
    FeedFetcher::Request request = requestFor(m_server->url(u"/hang"_s));
    request.timeout = 300ms;
    request.retries = 1;
    const Run run = fetch(request);

    QCOMPARE(run.result.failure, FeedFetcher::Failure::Timeout);
    QCOMPARE(run.result.httpStatus, 0);
    QCOMPARE(run.result.attempts, 2);
    QCOMPARE(m_server->requestCount(u"/hang"_s), 2);
    QVERIFY2(run.elapsedMs >= 650, qPrintable(QString::number(run.elapsedMs)));
}

void TestFeedFetcher::connectionDroppedMidBody()
{
    m_server->addDropMidBody(u"/dropped.ics"_s, calendarType, feedBody.left(60), feedBody.size());
    FeedFetcher::Request request = requestFor(m_server->url(u"/dropped.ics"_s));
    request.retries = 1;
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Failed);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::Network);
    QCOMPARE(run.result.httpStatus, 200);
    QVERIFY(run.result.body.isEmpty());
    QCOMPARE(run.result.attempts, 2);
    QCOMPARE(m_server->requestCount(u"/dropped.ics"_s), 2);
    qInfo("dropped: %s", qPrintable(run.result.error));
}

void TestFeedFetcher::contentLengthOverCapFailsAtOnce()
{
    constexpr qint64 length = 64 * 1024 * 1024;
    m_server->addGenerated(u"/huge.ics"_s, calendarType, length, false);
    FeedFetcher::Request request = requestFor(m_server->url(u"/huge.ics"_s));
    request.maxBytes = 1024 * 1024;
    const Run run = fetch(request);

    QCOMPARE(run.result.failure, FeedFetcher::Failure::TooLarge);
    QVERIFY(run.result.body.isEmpty());
    QCOMPARE(run.result.attempts, 1);
    QCOMPARE(m_server->requestCount(u"/huge.ics"_s), 1);
    // Decided on the headers: nothing of the body was taken in.
    QVERIFY2(run.maxReceived <= 0, qPrintable(QString::number(run.maxReceived)));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 3000);
    QVERIFY(m_server->bodyBytesSent(u"/huge.ics"_s) < length);
    qInfo("Content-Length over cap: failed after %lld ms; server got %lld of %lld bytes out",
          run.elapsedMs, m_server->bodyBytesSent(u"/huge.ics"_s), length);
}

void TestFeedFetcher::chunkedBodyOverCapIsCutOff()
{
    constexpr qint64 length = 64 * 1024 * 1024;
    constexpr qint64 cap = 256 * 1024;
    constexpr qint64 readBuffer = 64 * 1024;
    m_server->addGenerated(u"/endless.ics"_s, calendarType, length, true);
    FeedFetcher::Request request = requestFor(m_server->url(u"/endless.ics"_s));
    request.maxBytes = cap;
    const Run run = fetch(request);

    QCOMPARE(run.result.failure, FeedFetcher::Failure::TooLarge);
    QVERIFY(run.result.body.isEmpty());
    QCOMPARE(run.result.attempts, 1);
    QVERIFY2(run.maxReceived > cap && run.maxReceived <= cap + readBuffer,
             qPrintable(QString::number(run.maxReceived)));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 3000);
    QVERIFY(m_server->bodyBytesSent(u"/endless.ics"_s) < length);
    qInfo("chunked over cap %lld: cut at %lld bytes after %lld ms; server got %lld bytes out", cap,
          run.maxReceived, run.elapsedMs, m_server->bodyBytesSent(u"/endless.ics"_s));
}

void TestFeedFetcher::chunkedBodyWithinCap()
{
    constexpr qint64 length = 3 * 1024 * 1024 + 17;
    m_server->addGenerated(u"/big.ics"_s, calendarType, length, true);
    FeedFetcher::Request request = requestFor(m_server->url(u"/big.ics"_s));
    request.maxBytes = 4 * 1024 * 1024;
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Fetched);
    QCOMPARE(run.result.body.size(), length);
    QVERIFY(run.result.body.startsWith("abcdefghijklmnopqrstuvwxyzabc"));
    QCOMPARE(run.result.body.back(), char('a' + (length - 1) % 26));
    QCOMPARE(run.maxReceived, length);
}

void TestFeedFetcher::bodyOfExactlyTheCap()
{
    const QByteArray body(1000, 'x');
    m_server->addContent(u"/exact.ics"_s, calendarType, body);
    m_server->addGenerated(u"/exact-chunked.ics"_s, calendarType, 1000, true);
    FeedFetcher::Request request = requestFor(m_server->url(u"/exact.ics"_s));
    request.maxBytes = 1000;
    QCOMPARE(fetch(request).result.body, body);
    request.url = m_server->url(u"/exact-chunked.ics"_s);
    QCOMPARE(fetch(request).result.body.size(), 1000);
    request.maxBytes = 999;
    QCOMPARE(fetch(request).result.failure, FeedFetcher::Failure::TooLarge);
}

void TestFeedFetcher::localFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<FeedFetcher::Failure>("failure");
    QTest::addRow("good") << u"demo.ics"_s << qint64(1024) << FeedFetcher::Failure::None;
    QTest::addRow("exactly the cap")
        << u"demo.ics"_s << qint64(feedBody.size()) << FeedFetcher::Failure::None;
    QTest::addRow("over the cap") << u"demo.ics"_s << qint64(100) << FeedFetcher::Failure::TooLarge;
    QTest::addRow("missing") << u"missing.ics"_s << qint64(1024) << FeedFetcher::Failure::FileError;
    QTest::addRow("directory") << u"folder"_s << qint64(1024) << FeedFetcher::Failure::FileError;
    // open() on a FIFO waits for a writer: the sync would hang.
    QTest::addRow("fifo") << u"pipe.ics"_s << qint64(1024) << FeedFetcher::Failure::FileError;
}

void TestFeedFetcher::localFile()
{
    QFETCH(QString, name);
    QFETCH(qint64, cap);
    QFETCH(FeedFetcher::Failure, failure);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"demo.ics"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(feedBody);
    file.close();
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"pipe.ics"_s)).constData(), 0600), 0);

    FeedFetcher::Request request = requestFor(QUrl::fromLocalFile(dir.filePath(name)));
    request.maxBytes = cap;
    const Run run = fetch(request);

    QCOMPARE(run.finishedCount, 1);
    QVERIFY(!run.finishedInsideStart);
    QCOMPARE(run.result.failure, failure);
    QCOMPARE(run.result.attempts, 1); // no retries for files
    QCOMPARE(run.result.finalUrl, request.url);
    if (failure == FeedFetcher::Failure::None) {
        QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Fetched);
        QCOMPARE(run.result.body, feedBody);
    } else {
        QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Failed);
        QVERIFY(run.result.body.isEmpty());
        QVERIFY(!run.result.error.isEmpty());
    }
}

void TestFeedFetcher::refusedPort()
{
    HttpServer gone;
    QVERIFY(gone.listen());
    const QUrl url = gone.url(u"/feed.ics"_s);
    gone.close();
    FeedFetcher::Request request = requestFor(url);
    request.retries = 1;
    const Run run = fetch(request);

    QCOMPARE(run.result.outcome, FeedFetcher::Outcome::Failed);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::Refused);
    QCOMPARE(run.result.httpStatus, 0);
    QCOMPARE(run.result.attempts, 2);
    QVERIFY2(run.result.error.contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(run.result.error));
}

void TestFeedFetcher::unsupportedScheme()
{
    const Run run = fetch(requestFor(QUrl(u"ftp://127.0.0.1/feed.ics"_s)));
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(!run.finishedInsideStart);
    QCOMPARE(run.result.failure, FeedFetcher::Failure::Network);
    QCOMPARE(run.result.attempts, 1);
}

void TestFeedFetcher::abortMidTransferEmitsNothing()
{
    m_server->addDrip(u"/drip.ics"_s, calendarType, feedBody, 200);

    // Aborted with a deadline of 1 s: had abort() left its timer running, it would fire before
    // the second fetcher's deadline of 1.5 s.
    FeedFetcher aborted(*m_network);
    FeedFetcher::Request request = requestFor(m_server->url(u"/drip.ics"_s));
    request.timeout = 1000ms;
    QSignalSpy abortedFinished(&aborted, &FeedFetcher::finished);
    QSignalSpy abortedProgress(&aborted, &FeedFetcher::progress);
    aborted.start(request);
    QVERIFY(aborted.isRunning());
    QVERIFY(abortedProgress.wait(3000));
    aborted.abort();
    QVERIFY(!aborted.isRunning());
    aborted.abort(); // twice is harmless
    const int progressAtAbort = int(abortedProgress.size());

    FeedFetcher witness(*m_network);
    QSignalSpy witnessFinished(&witness, &FeedFetcher::finished);
    request.timeout = 1500ms;
    request.retries = 0;
    witness.start(request);
    QVERIFY(witnessFinished.wait(5000));
    QCOMPARE(witnessFinished.at(0).at(0).value<FeedFetcher::Result>().failure,
             FeedFetcher::Failure::Timeout);

    QCOMPARE(abortedFinished.size(), 0);
    QCOMPARE(abortedProgress.size(), progressAtAbort);
    QCOMPARE(m_server->requestCount(u"/drip.ics"_s), 2);
}

void TestFeedFetcher::restartDropsTheRunningFetch()
{
    m_server->addHang(u"/hang"_s);
    m_server->addContent(u"/feed.ics"_s, calendarType, feedBody);
    FeedFetcher fetcher(*m_network);
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    fetcher.start(requestFor(m_server->url(u"/hang"_s)));
    QTRY_COMPARE(m_server->requestCount(u"/hang"_s), 1);
    fetcher.start(requestFor(m_server->url(u"/feed.ics"_s)));
    QVERIFY(finished.wait(5000));
    const auto result = finished.at(0).at(0).value<FeedFetcher::Result>();
    QCOMPARE(result.body, feedBody);
    // A file fetch started and replaced before it ran reports nothing either.
    fetcher.start(requestFor(QUrl::fromLocalFile(u"/nonexistent/old.ics"_s)));
    fetcher.start(requestFor(m_server->url(u"/feed.ics"_s)));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).value<FeedFetcher::Result>().outcome,
             FeedFetcher::Outcome::Fetched);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestFeedFetcher)
#include "tst_feedfetcher.moc"
