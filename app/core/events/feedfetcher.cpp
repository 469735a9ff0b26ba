#include "feedfetcher.h"

#include "core/files/regularfile.h"
#include "core/logging.h"
#include "core/net/replydisposal.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// What Qt may hold for a reply before we read it: with it, the cap is never overrun by more.
constexpr qint64 readBufferBytes = 64 * 1024;

QString seconds(std::chrono::milliseconds duration)
{
    return u"%1 s"_s.arg(double(duration.count()) / 1000.0);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isHttp(const QUrl &url)
{
    return url.scheme() == u"http"_s || url.scheme() == u"https"_s;
}

QString statusText(const QNetworkReply &reply, int status)
{
    const QString reason = QString::fromLatin1(
        reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    return u"HTTP %1 %2"_s.arg(status).arg(reason).trimmed();
}

} // namespace

struct FeedFetcher::Private
{
    Private(FeedFetcher *owner, QNetworkAccessManager &manager)
        : q(owner)
        , network(manager)
    {
        // Coarse timers may fire 5 % early; both durations are promises (to the log, the tests).
        deadline.setSingleShot(true);
        deadline.setTimerType(Qt::PreciseTimer);
        backoff.setSingleShot(true);
        backoff.setTimerType(Qt::PreciseTimer);
    }

    void startAttempt();
    void get(const QUrl &url);
    // False when the headers ended this reply (redirect, 304, error, too large).
    bool checkHeaders();
    void readBody();
    void replyFinished();
    void fail(Failure failure, const QString &error, bool retryable);
    void succeed(Outcome outcome);
    void dropReply();
    void readFile();
    void finish(Result result);

    FeedFetcher *q;
    QNetworkAccessManager &network;
    Request request;
    QNetworkReply *reply = nullptr;
    QTimer deadline;
    QTimer backoff;
    bool running = false;
    // Changes with every start() and abort(): a queued step of an earlier fetch does nothing.
    quint64 generation = 0;
    int attempts = 0;
    int redirects = 0;
    QUrl currentUrl;
    bool headersChecked = false;
    qint64 contentLength = -1;
    Result response; // of the current attempt
};

void FeedFetcher::Private::startAttempt()
{
    ++attempts;
    redirects = 0;
    deadline.start(request.timeout);
    get(request.url);
}

void FeedFetcher::Private::get(const QUrl &url)
{
    currentUrl = url;
    headersChecked = false;
    contentLength = -1;
    response = {};

    QNetworkRequest http(url);
    // Redirects are followed here, to count them and to refuse a step down from https.
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    // A cache on the manager would turn a 304 into a 200 with its own copy.
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArrayLiteral("Dorfplatz/" DORFPLATZ_VERSION " (+care home kiosk)"));
    http.setRawHeader("Accept", "text/calendar, text/plain;q=0.5, */*;q=0.1");
    // Sent verbatim, as the server gave them: servers compare strings, not dates.
    if (!request.etag.isEmpty())
        http.setRawHeader("If-None-Match", request.etag.toLatin1());
    if (!request.lastModified.isEmpty())
        http.setRawHeader("If-Modified-Since", request.lastModified.toLatin1());

    reply = network.get(http);
    reply->setReadBufferSize(readBufferBytes);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this] { checkHeaders(); });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this] { readBody(); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this] { replyFinished(); });
}

bool FeedFetcher::Private::checkHeaders()
{
    if (headersChecked)
        return true;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return true; // no answer yet; finished() decides
    headersChecked = true;
    response.httpStatus = status;

    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            fail(Failure::HttpError, statusText(*reply, status) + u" without a Location"_s, false);
            return false;
        }
        const QUrl target = currentUrl.resolved(QUrl::fromEncoded(location));
        if (++redirects > request.maxRedirects) {
            fail(Failure::TooManyRedirects,
                 u"more than %1 redirects (last to %2)"_s.arg(request.maxRedirects)
                     .arg(target.toDisplayString()),
                 false);
            return false;
        }
        if (!isHttp(target) ||
            (currentUrl.scheme() == u"https"_s && target.scheme() == u"http"_s)) {
            fail(Failure::Network,
                 u"refused redirect from %1 to %2"_s.arg(currentUrl.toDisplayString(),
                                                         target.toDisplayString()),
                 false);
            return false;
        }
        qCDebug(lcEvents).noquote()
            << "feed" << currentUrl.toDisplayString() << "redirects to" << target.toDisplayString();
        dropReply();
        get(target);
        return false;
    }
    if (status == 304) {
        succeed(Outcome::NotModified);
        return false;
    }
    if (status >= 400) {
        fail(Failure::HttpError, statusText(*reply, status), status >= 500);
        return false;
    }
    if (status < 200 || status >= 300) {
        fail(Failure::HttpError, u"unexpected "_s + statusText(*reply, status), false);
        return false;
    }

    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid()) {
        contentLength = length.toLongLong();
        if (contentLength > request.maxBytes) {
            fail(Failure::TooLarge,
                 u"announces %1 bytes, more than the cap of %2"_s.arg(contentLength)
                     .arg(request.maxBytes),
                 false);
            return false;
        }
        response.body.reserve(contentLength);
    }
    return true;
}

void FeedFetcher::Private::readBody()
{
    if (!checkHeaders())
        return;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qint64 received = response.body.size() + available;
    const QNetworkReply *current = reply;
    Q_EMIT q->progress(received, contentLength);
    if (reply != current)
        return; // the receiver aborted or restarted
    if (received > request.maxBytes) {
        fail(Failure::TooLarge,
             u"more than the cap of %1 bytes (%2 received)"_s.arg(request.maxBytes).arg(received),
             false);
        return;
    }
    response.body += reply->read(available);
}

void FeedFetcher::Private::replyFinished()
{
    if (!checkHeaders())
        return;
    readBody();
    if (!reply)
        return;
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::TimeoutError) {
        fail(Failure::Timeout, reply->errorString(), true);
        return;
    }
    if (response.httpStatus == 0 && (error == QNetworkReply::HostNotFoundError ||
                                     error == QNetworkReply::ConnectionRefusedError)) {
        fail(error == QNetworkReply::HostNotFoundError ? Failure::HostNotFound : Failure::Refused,
             reply->errorString(), true);
        return;
    }
    if (error != QNetworkReply::NoError || response.httpStatus == 0) {
        const QString cause = reply->errorString();
        fail(Failure::Network,
             response.httpStatus == 0
                 ? cause
                 : u"connection dropped after %1 bytes: %2"_s.arg(response.body.size()).arg(cause),
             true);
        return;
    }
    // Qt inflates gzip itself; then Content-Length counts other bytes than the body has.
    const bool encoded = !reply->rawHeader("Content-Encoding").isEmpty() &&
                         reply->rawHeader("Content-Encoding").toLower() != "identity";
    if (contentLength >= 0 && !encoded && response.body.size() != contentLength) {
        fail(Failure::Network,
             u"connection dropped after %1 of %2 bytes"_s.arg(response.body.size())
                 .arg(contentLength),
             true);
        return;
    }
    succeed(Outcome::Fetched);
}

void FeedFetcher::Private::fail(Failure failure, const QString &error, bool retryable)
{
    dropReply();
    deadline.stop();
    if (retryable && attempts <= request.retries) {
        // 1, 2, 4 ... times the first pause; the shift is bounded, the retry count is not.
        const auto pause = request.firstBackoff * (qint64(1) << std::min(attempts - 1, 20));
        qCInfo(lcEvents).noquote()
            << "feed" << request.url.toDisplayString() << "attempt" << attempts
            << "failed:" << error << "- next in" << seconds(pause);
        backoff.start(pause);
        return;
    }
    Result result;
    result.failure = failure;
    result.error = error;
    result.httpStatus = response.httpStatus;
    finish(std::move(result));
}

void FeedFetcher::Private::succeed(Outcome outcome)
{
    Result result = std::move(response);
    result.outcome = outcome;
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (outcome == Outcome::NotModified) {
        result.body.clear();
        if (result.etag.isEmpty())
            result.etag = request.etag;
        if (result.lastModified.isEmpty())
            result.lastModified = request.lastModified;
    }
    finish(std::move(result));
}

void FeedFetcher::Private::dropReply()
{
    if (reply)
        discardReply(std::exchange(reply, nullptr), q);
}

void FeedFetcher::Private::readFile()
{
    attempts = 1;
    currentUrl = request.url;
    const QString path = request.url.toLocalFile();
    Result result;
    QFile file;
    // Checked before it is opened: a FIFO would block the sync, a device never end.
    const RegularFile::Info info = RegularFile::open(file, path, request.maxBytes);
    if (info.status == RegularFile::Status::NotRegular) {
        result.failure = Failure::FileError;
        result.error = u"%1 is not an ordinary file (a directory, a pipe or a device)"_s.arg(path);
    } else if (info.status == RegularFile::Status::Missing) {
        result.failure = Failure::FileError;
        result.error = u"cannot read %1: no such file"_s.arg(path);
    } else if (info.status == RegularFile::Status::Unreadable) {
        result.failure = Failure::FileError;
        result.error = u"cannot read %1: %2"_s.arg(path, info.error);
    } else if (info.status == RegularFile::Status::TooLarge) {
        result.failure = Failure::TooLarge;
        result.error = u"%1 has %2 bytes, more than the cap of %3"_s.arg(path).arg(info.size).arg(
            request.maxBytes);
    } else {
        // Read one byte more than allowed: a file that grows, or a device, is caught too.
        QByteArray data = file.read(request.maxBytes + 1);
        if (file.error() != QFileDevice::NoError) {
            result.failure = Failure::FileError;
            result.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        } else if (data.size() > request.maxBytes) {
            result.failure = Failure::TooLarge;
            result.error =
                u"%1 is larger than the cap of %2 bytes"_s.arg(path).arg(request.maxBytes);
        } else {
            result.outcome = Outcome::Fetched;
            result.body = std::move(data);
        }
    }
    finish(std::move(result));
}

void FeedFetcher::Private::finish(Result result)
{
    deadline.stop();
    backoff.stop();
    dropReply();
    running = false;
    result.attempts = attempts;
    result.finalUrl = currentUrl;
    // Last: the receiver may start the next fetch from its slot.
    Q_EMIT q->finished(result);
}

FeedFetcher::FeedFetcher(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network))
{
    connect(&d->deadline, &QTimer::timeout, this, [this] {
        d->fail(
            Failure::Timeout,
            u"no complete answer within %1 (%2 bytes received)"_s.arg(seconds(d->request.timeout))
                .arg(d->response.body.size()),
            true);
    });
    connect(&d->backoff, &QTimer::timeout, this, [this] { d->startAttempt(); });
}

FeedFetcher::~FeedFetcher()
{
    abort();
}

void FeedFetcher::start(const Request &request)
{
    abort();
    d->request = request;
    d->attempts = 0;
    d->currentUrl = request.url;
    d->response = {};
    d->running = true;
    if (request.url.isLocalFile()) {
        // Queued, as a download would be: finished() never comes from inside start().
        QMetaObject::invokeMethod(
            this,
            [this, generation = d->generation] {
                if (d->generation == generation)
                    d->readFile();
            },
            Qt::QueuedConnection);
        return;
    }
    if (!request.url.isValid() || !isHttp(request.url) || request.url.host().isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation = d->generation] {
                if (d->generation != generation)
                    return;
                d->attempts = 1;
                d->fail(Failure::Network,
                        u"unsupported URL %1"_s.arg(d->request.url.toDisplayString()), false);
            },
            Qt::QueuedConnection);
        return;
    }
    d->startAttempt();
}

void FeedFetcher::abort()
{
    ++d->generation;
    d->running = false;
    d->deadline.stop();
    d->backoff.stop();
    d->dropReply();
}

bool FeedFetcher::isRunning() const
{
    return d->running;
}

} // namespace Dorfplatz
