#include "support/icecastserver.h"
#include "support/mediamaker.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dorfplatz::Test;

namespace {

// What ffprobe says about a media file: the format object plus its streams.
QJsonObject probe(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(u"ffprobe"_s,
                  {u"-v"_s, u"error"_s, u"-show_entries"_s,
                   u"format=duration:format_tags:stream_tags:stream=codec_type,width,height"_s,
                   u"-of"_s, u"json"_s, path});
    if (!ffprobe.waitForFinished(20000) || ffprobe.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object();
}

double duration(const QJsonObject &probed)
{
    return probed.value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
}

// The title tag wherever the container keeps it (Ogg: in the stream, MP3 and WAV: in the format).
QString titleTag(const QJsonObject &probed)
{
    QList<QJsonObject> tagSets{probed.value(u"format"_s).toObject().value(u"tags"_s).toObject()};
    for (const QJsonValue &stream : probed.value(u"streams"_s).toArray())
        tagSets.append(stream.toObject().value(u"tags"_s).toObject());
    for (const QJsonObject &tags : tagSets) {
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            if (it.key().compare(u"title"_s, Qt::CaseInsensitive) == 0)
                return it.value().toString();
        }
    }
    return {};
}

QStringList streamTypes(const QJsonObject &probed)
{
    QStringList types;
    for (const QJsonValue &stream : probed.value(u"streams"_s).toArray())
        types.append(stream.toObject().value(u"codec_type"_s).toString());
    return types;
}

// Splits an Icecast stream with ICY metadata into audio bytes and StreamTitle values.
class IcyReader
{
public:
    explicit IcyReader(int metaint)
        : m_metaint(metaint)
        , m_audioLeft(metaint)
    {}

    void feed(const QByteArray &data)
    {
        m_pending += data;
        while (!m_pending.isEmpty()) {
            if (m_audioLeft > 0) {
                const qsizetype take = qMin<qsizetype>(m_audioLeft, m_pending.size());
                audio += m_pending.left(take);
                m_pending.remove(0, take);
                m_audioLeft -= take;
                continue;
            }
            const int length = quint8(m_pending.at(0)) * 16;
            if (m_pending.size() < 1 + length)
                return;
            const QByteArray block = m_pending.mid(1, length);
            m_pending.remove(0, 1 + length);
            m_audioLeft = m_metaint;
            ++blocks;
            const qsizetype start = block.indexOf("StreamTitle='");
            if (start >= 0) {
                const qsizetype from = start + 13;
                const qsizetype end = block.indexOf("';", from);
                titles.append(QString::fromUtf8(block.mid(from, end - from)));
            }
        }
    }

    QByteArray audio;
    QStringList titles;
    int blocks = 0;

private:
    int m_metaint;
    qsizetype m_audioLeft;
    QByteArray m_pending;
};

// Whether the bytes hold an MPEG audio frame header (11 sync bits).
bool hasMpegFrameSync(const QByteArray &audio)
{
    for (qsizetype i = 0; i + 1 < audio.size(); ++i) {
        if (quint8(audio.at(i)) == 0xFF && (quint8(audio.at(i + 1)) & 0xE0) == 0xE0)
            return true;
    }
    return false;
}

} // namespace

class TestSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void audioFile_data();
    void audioFile();
    void videoFile_data();
    void videoFile();
    void hls();
    void unknownFormatFails();

    void servesFileWithTypeAndLength();
    void headHasNoBody();
    void servesLargeFileCompletely();
    void rangeRequests_data();
    void rangeRequests();
    void queryIsIgnoredForMatching();
    void contentStatusAndNotFound();
    void redirect();
    void hangKeepsConnectionOpen();
    void dropMidBodyEndsWithError();
    void closeAndListenOnSamePort();
    void silentServerNeverAnswers();

    void icecastLiveStreamWithTitles();

private:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
    };
    Reply fetch(const QUrl &url, const QByteArray &method = "GET",
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    QTemporaryDir m_media;
    QString m_mp3;
    QNetworkAccessManager m_network;
};

void TestSupport::initTestCase()
{
    QVERIFY(m_media.isValid());
    // Nothing in these tests may leave 127.0.0.1.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_mp3 = MediaMaker::audioFile(m_media.path(), u"tone.mp3"_s, 2, u"Ton"_s);
    QVERIFY(!m_mp3.isEmpty());
}

TestSupport::Reply TestSupport::fetch(const QUrl &url, const QByteArray &method,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method));
    QNetworkReply *pending = reply.get();
    if (!QTest::qWaitFor([pending] { return pending->isFinished(); }, 6000))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    return result;
}

void TestSupport::audioFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mp3") << u"a.mp3"_s;
    QTest::newRow("ogg") << u"a.ogg"_s;
    QTest::newRow("wav") << u"a.wav"_s;
}

void TestSupport::audioFile()
{
    QFETCH(QString, name);
    const QString title = u"Grüße aus dem Dorf"_s;
    const QString path = MediaMaker::audioFile(m_media.path(), name, 3, title);
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).isAbsolute());
    QVERIFY(QFileInfo(path).size() > 0);
    const QJsonObject probed = probe(path);
    QVERIFY2(qAbs(duration(probed) - 3.0) <= 1.0, qPrintable(QString::number(duration(probed))));
    QCOMPARE(streamTypes(probed), QStringList{u"audio"_s});
    QCOMPARE(titleTag(probed), title);
}

void TestSupport::videoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("webm") << u"v.webm"_s;
    QTest::newRow("mp4") << u"v.mp4"_s;
}

void TestSupport::videoFile()
{
    QFETCH(QString, name);
    const QString path = MediaMaker::videoFile(m_media.path(), name, 2);
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).size() > 0);
    const QJsonObject probed = probe(path);
    QVERIFY2(qAbs(duration(probed) - 2.0) <= 1.0, qPrintable(QString::number(duration(probed))));
    QStringList types = streamTypes(probed);
    types.sort();
    QCOMPARE(types, (QStringList{u"audio"_s, u"video"_s}));
    for (const QJsonValue &stream : probed.value(u"streams"_s).toArray()) {
        if (stream.toObject().value(u"codec_type"_s) == u"video"_s)
            QCOMPARE(stream.toObject().value(u"width"_s).toInt(), 320);
    }
}

void TestSupport::hls()
{
    const QString directory = QDir(m_media.path()).filePath(u"hls"_s);
    const QString playlist = MediaMaker::hls(directory, 4, 1);
    QCOMPARE(playlist, QDir(directory).absoluteFilePath(u"index.m3u8"_s));
    const QByteArray text = readFile(playlist);
    QVERIFY(text.startsWith("#EXTM3U"));
    QVERIFY(text.contains("#EXT-X-ENDLIST"));
    QVERIFY(QDir(directory).entryList({u"*.ts"_s}).size() >= 4);
    QVERIFY(qAbs(duration(probe(playlist)) - 4.0) <= 1.0);
}

void TestSupport::unknownFormatFails()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot make audio"_s));
    QVERIFY(MediaMaker::audioFile(m_media.path(), u"a.xyz"_s, 1).isEmpty());
}

void TestSupport::servesFileWithTypeAndLength()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(u"/media"_s, m_media.path());
    QSignalSpy requested(&server, &HttpServer::requested);
    QCOMPARE(server.url(u"/media/tone.mp3"_s).host(), u"127.0.0.1"_s);

    const Reply reply = fetch(server.url(u"/media/tone.mp3"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), "audio/mpeg");
    QCOMPARE(reply.headers.value("content-length").toLongLong(), QFileInfo(m_mp3).size());
    QCOMPARE(reply.headers.value("accept-ranges"), "bytes");
    QCOMPARE(reply.body, readFile(m_mp3));
    QCOMPARE(server.requestCount(u"/media/tone.mp3"_s), 1);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"/media/tone.mp3"_s);

    // Nothing outside the directory.
    QCOMPARE(fetch(server.url(u"/media/../../etc/passwd"_s)).status, 404);
    QCOMPARE(fetch(server.url(u"/media/missing.mp3"_s)).status, 404);
}

void TestSupport::headHasNoBody()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(u"/"_s, m_media.path());
    const Reply reply = fetch(server.url(u"/tone.mp3"_s), "HEAD");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-length").toLongLong(), QFileInfo(m_mp3).size());
    QVERIFY(reply.body.isEmpty());
}

void TestSupport::servesLargeFileCompletely()
{
    // Bigger than the server's chunks, so the body goes out over several bytesWritten rounds.
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(QRandomGenerator::global()->bounded(256));
    QVERIFY(writeFile(QDir(m_media.path()).filePath(u"big/data.bin"_s), data));
    HttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(u"/files/"_s, m_media.path());
    const Reply reply = fetch(server.url(u"/files/big/data.bin"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), "application/octet-stream");
    QVERIFY(reply.body == data);
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 2000);
}

void TestSupport::rangeRequests_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last"); // -1: to the end

    QTest::newRow("closed") << QByteArray("bytes=100-199") << 206 << qint64(100) << qint64(199);
    QTest::newRow("open") << QByteArray("bytes=1000-") << 206 << qint64(1000) << qint64(-1);
    QTest::newRow("suffix") << QByteArray("bytes=-500") << 206 << qint64(-500) << qint64(-1);
    QTest::newRow("beyond") << QByteArray("bytes=99999999-") << 416 << qint64(0) << qint64(0);
}

void TestSupport::rangeRequests()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QByteArray file = readFile(m_mp3);
    const qint64 size = file.size();
    if (first < 0)
        first += size;
    if (last < 0)
        last = size - 1;

    HttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(u"/media"_s, m_media.path());
    const Reply reply = fetch(server.url(u"/media/tone.mp3"_s), "GET", {{"Range", range}});
    QCOMPARE(reply.status, status);
    if (status == 416) {
        QCOMPARE(reply.headers.value("content-range"), "bytes */" + QByteArray::number(size));
        return;
    }
    QCOMPARE(reply.headers.value("content-range"), "bytes " + QByteArray::number(first) + '-' +
                                                       QByteArray::number(last) + '/' +
                                                       QByteArray::number(size));
    QCOMPARE(reply.headers.value("content-length").toLongLong(), last - first + 1);
    QCOMPARE(reply.body, file.mid(first, last - first + 1));
}

void TestSupport::queryIsIgnoredForMatching()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.addContent(u"/list.m3u"_s, "audio/x-mpegurl", "#EXTM3U\nhttp://127.0.0.1/a.mp3\n");
    const Reply reply = fetch(server.url(u"/list.m3u?session=1&x=2"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), "audio/x-mpegurl");
    QCOMPARE(reply.body, "#EXTM3U\nhttp://127.0.0.1/a.mp3\n");
    QCOMPARE(server.requestCount(u"/list.m3u"_s), 1);
}

void TestSupport::contentStatusAndNotFound()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.addStatus(u"/broken"_s, 500);
    server.addStatus(u"/gone"_s, 404);
    QCOMPARE(fetch(server.url(u"/broken"_s)).status, 500);
    QCOMPARE(fetch(server.url(u"/gone"_s)).status, 404);
    const Reply unknown = fetch(server.url(u"/nothing/here"_s));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(server.requestCount(u"/nothing/here"_s), 1);
    QCOMPARE(server.requestCount(u"/broken"_s), 1);
}

void TestSupport::redirect()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.addRedirect(u"/old.mp3"_s, server.url(u"/new.mp3"_s).toString());
    server.addRedirect(u"/moved"_s, u"/new.mp3"_s, 301);
    server.addContent(u"/new.mp3"_s, "audio/mpeg", "ID3");
    const Reply reply = fetch(server.url(u"/old.mp3"_s));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.headers.value("location"), server.url(u"/new.mp3"_s).toEncoded());
    const Reply moved = fetch(server.url(u"/moved"_s));
    QCOMPARE(moved.status, 301);
    QCOMPARE(moved.headers.value("location"), "/new.mp3");
    QCOMPARE(server.requestCount(u"/new.mp3"_s), 0);
}

void TestSupport::hangKeepsConnectionOpen()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.addHang(u"/hang.mp3"_s);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET /hang.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\nIcy-MetaData: 1\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(u"/hang.mp3"_s), 1, 2000);
    QCOMPARE(server.lastHeader(u"/hang.mp3"_s, "icy-metadata"), "1");
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    QVERIFY(!readyRead.wait(1000));
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server.openConnections(), 1);

    // close() is the server going away: the hanging connection ends.
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    server.close();
    QVERIFY(disconnected.wait(2000));
}

void TestSupport::dropMidBodyEndsWithError()
{
    HttpServer server;
    QVERIFY(server.listen());
    const QByteArray partial(1000, 'x');
    server.addDropMidBody(u"/cut.mp3"_s, "audio/mpeg", partial, 100000);
    const Reply reply = fetch(server.url(u"/cut.mp3"_s));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.error != QNetworkReply::NoError, "a short body must be an error");
    QCOMPARE(reply.headers.value("content-length"), "100000");

    // At the socket level: exactly the partial body, then the end.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET /cut.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    received += socket.readAll();
    QVERIFY(received.endsWith(QByteArray("\r\n\r\n" + partial)));
}

void TestSupport::closeAndListenOnSamePort()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.addContent(u"/a.pls"_s, "audio/x-scpls", "[playlist]\n");
    const quint16 port = server.port();
    QCOMPARE(fetch(server.url(u"/a.pls"_s)).status, 200);

    server.close();
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), port);
    const Reply refused = fetch(server.url(u"/a.pls"_s));
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);

    QVERIFY(server.listen(port));
    QCOMPARE(server.port(), port);
    const Reply again = fetch(server.url(u"/a.pls"_s));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, "[playlist]\n");
    QCOMPARE(server.requestCount(u"/a.pls"_s), 2);
}

void TestSupport::silentServerNeverAnswers()
{
    SilentServer server;
    QVERIFY(server.listen());
    QCOMPARE(server.url().toString(), u"http://127.0.0.1:%1/"_s.arg(server.port()));
    QSignalSpy connected(&server, &SilentServer::connected);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(connected.size() == 1 || connected.wait(2000));
    QCOMPARE(server.connectionCount(), 1);
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    QVERIFY(!readyRead.wait(1000));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSupport::icecastLiveStreamWithTitles()
{
    IcecastServer icecast;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(icecast.start());
    qInfo("icecast answered after %lld ms on port %u", timer.restart(), unsigned(icecast.port()));
    QVERIFY(icecast.startSource());
    qInfo("mount live after %lld ms", timer.restart());
    QVERIFY(icecast.sourceRunning());
    QCOMPARE(icecast.url().toString(), u"http://127.0.0.1:%1/live.mp3"_s.arg(icecast.port()));

    // Listen as a radio player does: ask for ICY metadata.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, icecast.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET /live.mp3 HTTP/1.0\r\nHost: 127.0.0.1\r\nIcy-MetaData: 1\r\n\r\n");
    QByteArray head;
    std::unique_ptr<IcyReader> reader;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        const QByteArray data = socket.readAll();
        if (reader) {
            reader->feed(data);
            return;
        }
        head += data;
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype metaint = head.toLower().indexOf("icy-metaint:");
        reader = std::make_unique<IcyReader>(
            metaint < 0 ? 0
                        : head.mid(metaint + 12, head.indexOf('\r', metaint) - metaint - 12)
                              .trimmed()
                              .toInt());
        reader->feed(head.mid(end + 4));
        head.truncate(end);
    });
    QTRY_VERIFY_WITH_TIMEOUT(reader, 5000);
    QVERIFY2(head.startsWith("HTTP/1.0 200"), head.constData());
    QVERIFY(head.contains("Content-Type: audio/mpeg"));
    const QByteArray metaint = "icy-metaint:" + QByteArray::number(IcecastServer::metadataInterval);
    QVERIFY2(head.toLower().contains(metaint), head.constData());
    QTRY_VERIFY_WITH_TIMEOUT(reader->audio.size() > 4000, 5000);
    QVERIFY(hasMpegFrameSync(reader->audio));

    const QString title = u"Grüße aus dem Dorf – Lied; 'Nr. 1' & mehr"_s;
    timer.restart();
    QVERIFY(icecast.setTitle(title));
    QTRY_VERIFY_WITH_TIMEOUT(reader->titles.contains(title), 8000);
    qInfo("title in the stream after %lld ms (%d metadata blocks so far)", timer.restart(),
          reader->blocks);

    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    icecast.stopSource();
    QVERIFY(!icecast.sourceRunning());
    QVERIFY(disconnected.size() == 1 || disconnected.wait(10000));
    qInfo("listener disconnected %lld ms after stopSource", timer.restart());
    QVERIFY(!icecast.mountLive());

    // A second source on the same mount comes up again (a station that was briefly away).
    QVERIFY(icecast.startSource(u"/live.mp3"_s, u"Wieder da"_s));
    qInfo("mount live again after %lld ms", timer.restart());
    QVERIFY(icecast.mountLive());
    icecast.stop();
    QVERIFY(!icecast.isRunning());
}

QTEST_GUILESS_MAIN(TestSupport)
#include "tst_support.moc"
