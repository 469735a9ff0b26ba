#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Dorfplatz {

// One feed download over HTTP(S), or a local file read. Asynchronous; emits finished() once per
// start(), never from inside start(). Conditional (If-None-Match / If-Modified-Since from the last
// good response), with a timeout for the whole transfer, a redirect limit (http to https allowed,
// https to http and other schemes refused), a size cap checked while data arrives (never buffering
// more than the cap), and retries with backoff for failures that may pass (timeouts, 5xx, dropped
// connections; not 4xx, a size overrun or a redirect loop). A body shorter than its Content-Length
// is a dropped connection, never a success.
class FeedFetcher : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url; // http, https or file
        QString etag;
        QString lastModified;
        qint64 maxBytes = 20 * 1024 * 1024;
        std::chrono::milliseconds timeout{30000}; // per attempt, for the whole transfer
        int maxRedirects = 5;
        int retries = 2;                              // extra attempts
        std::chrono::milliseconds firstBackoff{1000}; // doubled after each failed attempt
    };

    enum class Outcome
    {
        Fetched,     // body holds the new data
        NotModified, // HTTP 304: the cached data is still current
        Failed
    };
    Q_ENUM(Outcome)

    enum class Failure
    {
        None,
        Timeout,
        TooLarge,
        TooManyRedirects,
        HttpError, // status >= 400 (httpStatus says which)
        Network,   // dropped, TLS, a refused redirect ...
        FileError, // local file missing or unreadable
        // Told apart from Network because a person can act on them: no internet (or a mistyped
        // name), and a server that is there but takes no connections.
        HostNotFound, // the name does not resolve (DNS)
        Refused       // the connection was refused
    };
    Q_ENUM(Failure)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        Failure failure = Failure::None;
        QString error; // English, for log and status table; empty on success
        int httpStatus = 0;
        QByteArray body;
        // Validators to send next time: those of the response; on 304, the request's where the
        // response repeats none. Empty when the server gives none (and for files).
        QString etag;
        QString lastModified;
        int attempts = 0; // 1 + retries made
        QUrl finalUrl;    // after redirects
    };

    explicit FeedFetcher(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~FeedFetcher() override;

    // Ends a running fetch first (without its finished()).
    void start(const Request &request);
    void abort(); // finished() is not emitted after abort; safe at any time
    bool isRunning() const;

Q_SIGNALS:
    // Bytes received so far in the current attempt (total: the Content-Length, -1 when unknown).
    // The last report before a TooLarge failure may exceed the cap by what arrived at once.
    void progress(qint64 received, qint64 total);
    void finished(const Dorfplatz::FeedFetcher::Result &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Dorfplatz
