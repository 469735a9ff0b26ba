#include "testhttpserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace Dorfplatz::Test {

using namespace Qt::StringLiterals;

namespace {

// Above this much unsent data the connection waits for bytesWritten before reading more of the
// body, so a big file never sits in memory and a slow player is not flooded.
constexpr qint64 chunkSize = 64 * 1024;
// A request head larger than this is not what any player sends.
constexpr qsizetype maxHeadSize = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QByteArray responseHead(int status, const Headers &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nServer: Dorfplatz-Test\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

// A byte range out of a "Range: bytes=..." header for a body of size bytes.
struct ByteRange
{
    enum State
    {
        None,
        Valid,
        Unsatisfiable
    };
    State state = None;
    qint64 first = 0;
    qint64 last = 0;
};

ByteRange parseRange(const QByteArray &header, qint64 size)
{
    static const QRegularExpression pattern(u"^\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    // Several ranges or nonsense: answering with the whole body is allowed.
    if (header.isEmpty() || !match.hasMatch())
        return {};
    const QString first = match.captured(1);
    const QString last = match.captured(2);
    ByteRange range;
    if (first.isEmpty()) {
        if (last.isEmpty())
            return {};
        const qint64 suffix = last.toLongLong();
        if (suffix <= 0 || size == 0)
            return {ByteRange::Unsatisfiable};
        range.first = qMax<qint64>(0, size - suffix);
        range.last = size - 1;
    } else {
        range.first = first.toLongLong();
        range.last = last.isEmpty() ? size - 1 : qMin(last.toLongLong(), size - 1);
        if (range.first >= size || range.last < range.first)
            return {ByteRange::Unsatisfiable};
    }
    range.state = ByteRange::Valid;
    return range;
}

} // namespace

// One accepted socket: the request being read, then the body being sent.
struct HttpConnection
{
    QTcpSocket *socket = nullptr;
    QByteArray head;
    bool answered = false;
    std::unique_ptr<QIODevice> body;
    qint64 remaining = 0;
    // How addGenerated() and addDrip() count what they sent.
    std::function<void(qint64)> countSent;
    // addGenerated(): bytes still to make up, and where the pattern stands.
    qint64 generatedLeft = 0;
    qint64 generatedOffset = 0;
    bool chunked = false;
    // addDrip(): one byte per tick.
    std::unique_ptr<QTimer> drip;
    QByteArray dripBody;
    qsizetype dripSent = 0;

    void sendHead(int status, const Headers &headers)
    {
        socket->write(responseHead(status, headers));
    }

    // A short text answer (errors, redirects), then close.
    void sendText(int status, const QByteArray &text, bool headOnly, Headers extra = {})
    {
        extra.emplace_back("Content-Type", "text/plain; charset=utf-8");
        extra.emplace_back("Content-Length", QByteArray::number(text.size()));
        sendHead(status, extra);
        if (!headOnly)
            socket->write(text);
        socket->disconnectFromHost();
    }

    // The whole device or the requested range of it; the device is open and size bytes long.
    void sendBody(std::unique_ptr<QIODevice> device, qint64 size, const QByteArray &contentType,
                  const QByteArray &rangeHeader, bool headOnly, const Headers &extra = {})
    {
        const ByteRange range = parseRange(rangeHeader, size);
        Headers headers{{"Content-Type", contentType}, {"Accept-Ranges", "bytes"}};
        headers.append(extra);
        if (range.state == ByteRange::Unsatisfiable) {
            headers.emplace_back("Content-Range", "bytes */" + QByteArray::number(size));
            headers.emplace_back("Content-Length", "0");
            sendHead(416, headers);
            socket->disconnectFromHost();
            return;
        }
        qint64 first = 0;
        qint64 length = size;
        int status = 200;
        if (range.state == ByteRange::Valid) {
            first = range.first;
            length = range.last - range.first + 1;
            status = 206;
            headers.emplace_back("Content-Range", "bytes " + QByteArray::number(range.first) + '-' +
                                                      QByteArray::number(range.last) + '/' +
                                                      QByteArray::number(size));
        }
        headers.emplace_back("Content-Length", QByteArray::number(length));
        sendHead(status, headers);
        if (headOnly || length == 0) {
            socket->disconnectFromHost();
            return;
        }
        device->seek(first);
        body = std::move(device);
        remaining = length;
        pump();
    }

    // Sends what is left of the body, then closes. May end with this connection deleted (the
    // socket's disconnected signal can arrive synchronously), so callers touch nothing after it.
    void pump()
    {
        while (remaining > 0 && socket->bytesToWrite() < chunkSize) {
            const QByteArray chunk = body->read(qMin(remaining, chunkSize));
            if (chunk.isEmpty()) {
                // The file shrank under us; the client sees a short body.
                remaining = 0;
                break;
            }
            remaining -= chunk.size();
            socket->write(chunk);
        }
        if (remaining == 0) {
            body.reset();
            socket->disconnectFromHost();
        }
    }

    // The next pieces of an addGenerated() body, as far as the socket takes them. May end with
    // this connection deleted, as pump() may.
    void pumpGenerated()
    {
        while (generatedLeft > 0 && socket->bytesToWrite() < chunkSize) {
            const qint64 size = qMin(generatedLeft, chunkSize);
            QByteArray data(size, Qt::Uninitialized);
            for (qint64 i = 0; i < size; ++i)
                data[i] = char('a' + (generatedOffset + i) % 26);
            generatedOffset += size;
            generatedLeft -= size;
            if (chunked)
                socket->write(QByteArray::number(size, 16) + "\r\n" + data + "\r\n");
            else
                socket->write(data);
            countSent(size);
        }
        if (generatedLeft == 0) {
            if (chunked)
                socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        }
    }

    void startDrip(const QByteArray &content, int intervalMs)
    {
        dripBody = content;
        drip = std::make_unique<QTimer>();
        drip->setInterval(intervalMs);
        QObject::connect(drip.get(), &QTimer::timeout, socket, [this] { dripOne(); });
        dripOne();
        drip->start();
    }

    void dripOne()
    {
        if (dripSent < dripBody.size()) {
            socket->write(dripBody.mid(dripSent, 1));
            ++dripSent;
            countSent(1);
        }
        if (dripSent == dripBody.size()) {
            drip->stop();
            // Not from inside the timer's signal: the disconnect may delete this connection.
            QTimer::singleShot(0, socket, [socket = socket] { socket->disconnectFromHost(); });
        }
    }
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen()
{
    return listen(0);
}

bool HttpServer::listen(quint16 port)
{
    if (m_server.isListening())
        m_server.close();
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        qWarning("HttpServer: cannot listen on port %u: %s", unsigned(port),
                 qPrintable(m_server.errorString()));
        return false;
    }
    m_port = m_server.serverPort();
    return true;
}

QUrl HttpServer::url(const QString &path) const
{
    return QUrl(
        u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(normalized(path.isEmpty() ? u"/"_s : path)));
}

void HttpServer::close()
{
    m_server.close();
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        // No more callbacks into a connection that is going away.
        QObject::disconnect(connection->socket, nullptr, nullptr, nullptr);
        connection->socket->abort();
        connection->socket->deleteLater();
        delete connection;
    }
}

void HttpServer::serveDirectory(const QString &urlPrefix, const QString &directory)
{
    QString prefix = normalized(urlPrefix);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    m_directories.append({prefix, QFileInfo(directory).absoluteFilePath()});
}

void HttpServer::addContent(const QString &path, const QByteArray &contentType,
                            const QByteArray &body)
{
    Route route;
    route.kind = Route::Content;
    route.contentType = contentType;
    route.body = body;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addStatus(const QString &path, int status)
{
    Route route;
    route.kind = Route::Status;
    route.status = status;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addRedirect(const QString &path, const QString &location, int status)
{
    Route route;
    route.kind = Route::Redirect;
    route.status = status;
    route.location = location;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addHang(const QString &path)
{
    Route route;
    route.kind = Route::Hang;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addDropMidBody(const QString &path, const QByteArray &contentType,
                                const QByteArray &partialBody, qint64 announcedLength)
{
    Route route;
    route.kind = Route::DropMidBody;
    route.contentType = contentType;
    route.body = partialBody;
    route.announcedLength = announcedLength;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addStallMidBody(const QString &path, const QByteArray &contentType,
                                 const QByteArray &partialBody)
{
    Route route;
    route.kind = Route::StallMidBody;
    route.contentType = contentType;
    route.body = partialBody;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addConditional(const QString &path, const QByteArray &contentType,
                                const QByteArray &body, const QByteArray &etag,
                                const QByteArray &lastModified)
{
    Route route;
    route.kind = Route::Conditional;
    route.contentType = contentType;
    route.body = body;
    route.etag = etag;
    route.lastModified = lastModified;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addDrip(const QString &path, const QByteArray &contentType, const QByteArray &body,
                         int intervalMs)
{
    Route route;
    route.kind = Route::Drip;
    route.contentType = contentType;
    route.body = body;
    route.intervalMs = intervalMs;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addStatusThenContent(const QString &path, int status, int times,
                                      const QByteArray &contentType, const QByteArray &body)
{
    Route route;
    route.kind = Route::StatusThenContent;
    route.status = status;
    route.failuresLeft = times;
    route.contentType = contentType;
    route.body = body;
    m_routes.insert(normalized(path), route);
}

void HttpServer::addGenerated(const QString &path, const QByteArray &contentType, qint64 length,
                              bool chunked)
{
    Route route;
    route.kind = Route::Generated;
    route.contentType = contentType;
    route.announcedLength = length;
    route.chunked = chunked;
    m_routes.insert(normalized(path), route);
}

void HttpServer::clearRoutes()
{
    m_routes.clear();
    m_directories.clear();
}

QByteArray HttpServer::lastHeader(const QString &path, const QByteArray &name) const
{
    return m_lastHeaders.value(normalized(path)).value(name.toLower());
}

QByteArray HttpServer::contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types{
        {u"m3u8"_s, "application/vnd.apple.mpegurl"},
        {u"ts"_s, "video/mp2t"},
        {u"mp3"_s, "audio/mpeg"},
        {u"ogg"_s, "audio/ogg"},
        {u"oga"_s, "audio/ogg"},
        {u"opus"_s, "audio/ogg"},
        {u"wav"_s, "audio/wav"},
        {u"webm"_s, "video/webm"},
        {u"mp4"_s, "video/mp4"},
        {u"m4a"_s, "audio/mp4"},
        {u"m3u"_s, "audio/x-mpegurl"},
        {u"pls"_s, "audio/x-scpls"},
        {u"aac"_s, "audio/aac"},
        {u"txt"_s, "text/plain; charset=utf-8"},
        {u"html"_s, "text/html; charset=utf-8"},
        {u"json"_s, "application/json"},
        {u"ics"_s, "text/calendar; charset=utf-8"},
        {u"png"_s, "image/png"},
        {u"jpg"_s, "image/jpeg"},
        {u"svg"_s, "image/svg+xml"},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), "application/octet-stream");
}

QString HttpServer::normalized(const QString &path)
{
    QString result = path.section(u'?', 0, 0);
    if (!result.startsWith(u'/'))
        result.prepend(u'/');
    return result;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new HttpConnection;
        connection->socket = socket;
        m_connections.append(connection);

        connect(socket, &QTcpSocket::readyRead, this, [this, connection, socket] {
            if (connection->answered) {
                // A hanging route or a request body nobody asked for: read and drop.
                socket->readAll();
                return;
            }
            connection->head += socket->readAll();
            const qsizetype end = connection->head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (connection->head.size() > maxHeadSize) {
                    connection->answered = true;
                    connection->sendHead(431, {{"Content-Length", "0"}});
                    socket->disconnectFromHost();
                }
                return;
            }
            connection->answered = true;
            const QList<QByteArray> lines = connection->head.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
            }
            QByteArray target = requestLine.value(1);
            if (target.startsWith("http://") || target.startsWith("https://"))
                target = QUrl::fromEncoded(target).path(QUrl::FullyEncoded).toLatin1();
            const QString path = normalized(QUrl::fromPercentEncoding(target.split('?').first()));
            const qsizetype mark = target.indexOf('?');
            m_lastQueries.insert(path,
                                 mark < 0 ? QString() : QString::fromLatin1(target.mid(mark + 1)));
            if (requestLine.size() < 3) {
                connection->sendHead(400, {{"Content-Length", "0"}});
                socket->disconnectFromHost();
                return;
            }
            handle(connection, requestLine.at(0), path, headers);
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [connection] {
            if (connection->body)
                connection->pump();
            else if (connection->generatedLeft > 0)
                connection->pumpGenerated();
        });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, connection] { forget(connection); });
    }
}

void HttpServer::handle(HttpConnection *connection, const QByteArray &method, const QString &path,
                        const QHash<QByteArray, QByteArray> &headers)
{
    ++m_counts[path];
    m_lastHeaders.insert(path, headers);
    // The test may react to the signal (even close() the server) before the answer goes out.
    Q_EMIT requested(path);
    if (!m_connections.contains(connection))
        return;

    const bool headOnly = method == "HEAD";
    if (method != "GET" && !headOnly) {
        connection->sendText(501, "Only GET and HEAD here.\n", false);
        return;
    }

    const auto found = m_routes.constFind(path);
    if (found == m_routes.cend()) {
        if (!serveFile(connection, path, headOnly, headers.value("range")))
            connection->sendText(404, "Not found: " + path.toUtf8() + '\n', headOnly);
        return;
    }

    const Route &route = *found;
    switch (route.kind) {
    case Route::Content: {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(route.body);
        buffer->open(QIODevice::ReadOnly);
        connection->sendBody(std::move(buffer), route.body.size(), route.contentType,
                             headers.value("range"), headOnly);
        return;
    }
    case Route::Status:
        connection->sendText(route.status,
                             "Status " + QByteArray::number(route.status) + ' ' +
                                 reasonPhrase(route.status) + '\n',
                             headOnly);
        return;
    case Route::Redirect:
        connection->sendText(route.status, "See " + route.location.toUtf8() + '\n', headOnly,
                             {{"Location", route.location.toUtf8()}});
        return;
    case Route::Hang:
        return;
    case Route::DropMidBody:
        connection->sendHead(200, {{"Content-Type", route.contentType},
                                   {"Content-Length", QByteArray::number(route.announcedLength)}});
        if (!headOnly)
            connection->socket->write(route.body);
        connection->socket->disconnectFromHost();
        return;
    case Route::StallMidBody:
        connection->sendHead(200, {{"Content-Type", route.contentType}});
        if (!headOnly)
            connection->socket->write(route.body);
        return; // and then silence, with the connection open
    case Route::Conditional: {
        const QByteArray ifNoneMatch = headers.value("if-none-match");
        bool notModified = false;
        if (!ifNoneMatch.isEmpty()) {
            for (const QByteArray &tag : ifNoneMatch.split(',')) {
                const QByteArray trimmed = tag.trimmed();
                notModified = notModified || trimmed == "*" || trimmed == route.etag ||
                              trimmed == "W/" + route.etag;
            }
        } else {
            // RFC 9110 would compare dates; clients that echo the server's value, as they
            // should, match verbatim.
            notModified = !route.lastModified.isEmpty() &&
                          headers.value("if-modified-since") == route.lastModified;
        }
        Headers validators;
        if (!route.etag.isEmpty())
            validators.emplace_back("ETag", route.etag);
        if (!route.lastModified.isEmpty())
            validators.emplace_back("Last-Modified", route.lastModified);
        if (notModified) {
            ++m_notModified[path];
            connection->sendHead(304, validators);
            connection->socket->disconnectFromHost();
            return;
        }
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(route.body);
        buffer->open(QIODevice::ReadOnly);
        connection->sendBody(std::move(buffer), route.body.size(), route.contentType,
                             headers.value("range"), headOnly, validators);
        return;
    }
    case Route::Drip:
        connection->sendHead(200, {{"Content-Type", route.contentType},
                                   {"Content-Length", QByteArray::number(route.body.size())}});
        if (headOnly || route.body.isEmpty()) {
            connection->socket->disconnectFromHost();
            return;
        }
        connection->countSent = [this, path](qint64 bytes) { m_bytesSent[path] += bytes; };
        connection->startDrip(route.body, route.intervalMs);
        return;
    case Route::StatusThenContent: {
        Route &counted = m_routes[path];
        if (counted.failuresLeft > 0) {
            --counted.failuresLeft;
            connection->sendText(counted.status,
                                 "Status " + QByteArray::number(counted.status) + ' ' +
                                     reasonPhrase(counted.status) + '\n',
                                 headOnly);
            return;
        }
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(counted.body);
        buffer->open(QIODevice::ReadOnly);
        connection->sendBody(std::move(buffer), counted.body.size(), counted.contentType,
                             headers.value("range"), headOnly);
        return;
    }
    case Route::Generated: {
        Headers generated{{"Content-Type", route.contentType}};
        if (route.chunked)
            generated.emplace_back("Transfer-Encoding", "chunked");
        else
            generated.emplace_back("Content-Length", QByteArray::number(route.announcedLength));
        connection->sendHead(200, generated);
        if (headOnly || route.announcedLength == 0) {
            if (route.chunked && !headOnly)
                connection->socket->write("0\r\n\r\n");
            connection->socket->disconnectFromHost();
            return;
        }
        connection->countSent = [this, path](qint64 bytes) { m_bytesSent[path] += bytes; };
        connection->generatedLeft = route.announcedLength;
        connection->chunked = route.chunked;
        connection->pumpGenerated();
        return;
    }
    }
}

bool HttpServer::serveFile(HttpConnection *connection, const QString &path, bool headOnly,
                           const QByteArray &range)
{
    for (const auto &[prefix, directory] : std::as_const(m_directories)) {
        if (!path.startsWith(prefix + u'/'))
            continue;
        const QString relative = path.mid(prefix.size() + 1);
        const QFileInfo file(QDir(directory).filePath(relative));
        const QString root = QFileInfo(directory).canonicalFilePath();
        // Nothing outside the directory, whatever "../" the request holds.
        if (!file.isFile() || root.isEmpty() || !file.canonicalFilePath().startsWith(root + u'/'))
            continue;
        auto device = std::make_unique<QFile>(file.canonicalFilePath());
        if (!device->open(QIODevice::ReadOnly))
            continue;
        const qint64 size = device->size();
        connection->sendBody(std::move(device), size, contentTypeFor(file.fileName()), range,
                             headOnly);
        return true;
    }
    return false;
}

void HttpServer::forget(HttpConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    QObject::disconnect(connection->socket, nullptr, nullptr, nullptr);
    connection->socket->deleteLater();
    delete connection;
}

SilentServer::SilentServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            // Never read: the client's request stays unanswered in the socket buffer.
            m_sockets.append(socket);
            ++m_accepted;
            Q_EMIT connected();
        }
    });
}

SilentServer::~SilentServer()
{
    close();
}

bool SilentServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        qWarning("SilentServer: cannot listen on port %u: %s", unsigned(port),
                 qPrintable(m_server.errorString()));
        return false;
    }
    m_port = m_server.serverPort();
    return true;
}

QUrl SilentServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(
        HttpServer::normalized(path.isEmpty() ? u"/"_s : path)));
}

void SilentServer::close()
{
    m_server.close();
    for (QTcpSocket *socket : std::exchange(m_sockets, {})) {
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace Dorfplatz::Test
