#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace Dorfplatz::Test {

struct HttpConnection;

// A small HTTP/1.1 server on 127.0.0.1 for player and download tests. It runs on the thread's
// event loop without blocking, so a test can wait on a player while the server answers. Every
// response carries "Connection: close". Paths are matched without the query string.
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on a free port, or on the port given (to come back on the same port after close()).
    bool listen();
    bool listen(quint16 port);
    // The port last listened on; stays valid after close().
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/path (path may carry a query).
    QUrl url(const QString &path) const;
    // Stops listening and drops every open connection, as if the server went away.
    void close();
    bool isListening() const { return m_server.isListening(); }

    // GET and HEAD of the files below directory as urlPrefix/relative/path, with Content-Type
    // by extension and byte ranges (GStreamer wants to seek in static files).
    void serveDirectory(const QString &urlPrefix, const QString &directory);
    // A fixed body, e.g. an .m3u or .pls playlist. Ranges work here too.
    void addContent(const QString &path, const QByteArray &contentType, const QByteArray &body);
    // Answers with that status and a short text body.
    void addStatus(const QString &path, int status);
    void addRedirect(const QString &path, const QString &location, int status = 302);
    // Reads the request and never answers; the connection stays open until close() or the end
    // of the server.
    void addHang(const QString &path);
    // Announces announcedLength bytes but sends only partialBody, then closes the connection.
    void addDropMidBody(const QString &path, const QByteArray &contentType,
                        const QByteArray &partialBody, qint64 announcedLength);
    // Sends partialBody as a stream without a length, then nothing more while the connection
    // stays open: a station that stalls.
    void addStallMidBody(const QString &path, const QByteArray &contentType,
                         const QByteArray &partialBody);

    // Forgets every route and directory.
    void clearRoutes();

    // Requests seen for the path (without query), counting unknown paths too.
    int requestCount(const QString &path) const { return m_counts.value(normalized(path)); }
    // A header of the last request for the path (name case-insensitive), e.g. "Icy-MetaData".
    QByteArray lastHeader(const QString &path, const QByteArray &name) const;
    // Connections currently open (including hanging ones).
    int openConnections() const { return int(m_connections.size()); }

    static QByteArray contentTypeFor(const QString &fileName);
    static QString normalized(const QString &path);

Q_SIGNALS:
    void requested(const QString &path);

private:
    friend struct HttpConnection;

    struct Route
    {
        enum Kind
        {
            Content,
            Status,
            Redirect,
            Hang,
            DropMidBody,
            StallMidBody
        };
        Kind kind = Content;
        QByteArray contentType;
        QByteArray body;
        int status = 200;
        QString location;
        qint64 announcedLength = 0;
    };

    void acceptConnections();
    void handle(HttpConnection *connection, const QByteArray &method, const QString &path,
                const QHash<QByteArray, QByteArray> &headers);
    bool serveFile(HttpConnection *connection, const QString &path, bool headOnly,
                   const QByteArray &range);
    void forget(HttpConnection *connection);

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Route> m_routes;
    QList<std::pair<QString, QString>> m_directories; // URL prefix, directory
    QHash<QString, int> m_counts;
    QHash<QString, QHash<QByteArray, QByteArray>> m_lastHeaders;
    QList<HttpConnection *> m_connections;
};

// A TCP server on 127.0.0.1 that accepts connections and never reads or writes: a stream that
// connects and then says nothing.
class SilentServer final : public QObject
{
    Q_OBJECT

public:
    explicit SilentServer(QObject *parent = nullptr);
    ~SilentServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/path; an empty path means "/".
    QUrl url(const QString &path = {}) const;
    int connectionCount() const { return m_accepted; }
    // Stops listening and drops the open connections.
    void close();

Q_SIGNALS:
    void connected();

private:
    QTcpServer m_server;
    quint16 m_port = 0;
    int m_accepted = 0;
    QList<QTcpSocket *> m_sockets;
};

} // namespace Dorfplatz::Test
