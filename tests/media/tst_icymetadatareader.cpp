#include "media/qt/icymetadatareader.h"
#include "support/icecastserver.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QList>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// A real icecast inserts metadata every 8 KiB (about a second); the first block may have no news.
constexpr int TitleTimeoutMs = 10000;
constexpr int Interval = 16;

// One metadata block as it goes over the wire: length byte, then the text padded with NULs to a
// multiple of 16. An empty text gives the usual "no news" byte 0.
QByteArray metadataBlock(const QByteArray &text)
{
    const qsizetype padded = (text.size() + 15) / 16 * 16;
    QByteArray block(1, char(padded / 16));
    block += text;
    block += QByteArray(padded - text.size(), '\0');
    return block;
}

// `Interval` audio bytes before every block. The audio holds a fake title: a reader that does not
// skip the audio exactly would find it.
QByteArray icyBody(const QList<QByteArray> &texts)
{
    static const QByteArray audio = QByteArray("StreamTitle='x';").leftJustified(Interval, '\xff');
    QByteArray body;
    for (const QByteArray &text : texts)
        body += audio + metadataBlock(text);
    return body + audio;
}

// An ICY server that sends a hand-made response in small chunks, one every millisecond with
// Nagle off, so that the reader gets it in many small reads and metadata blocks arrive in pieces.
// After the body the connection stays open, as a live stream's does.
class IcyServer final : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &IcyServer::accept);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/stream"_s.arg(m_server.serverPort())); }

    // Qt's HTTP parser refuses SHOUTcast 1's "ICY 200 OK", so "HTTP/1.0 200 OK" by default.
    void respond(const QByteArray &body, int chunkSize,
                 const QByteArray &statusLine = "HTTP/1.0 200 OK")
    {
        m_head = statusLine + "\r\nContent-Type: audio/mpeg\r\nicy-name: Test\r\nicy-metaint: " +
                 QByteArray::number(Interval) + "\r\n\r\n";
        m_body = body;
        m_chunkSize = chunkSize;
    }

    QByteArray lastRequest() const { return m_request; }
    int chunksSent() const { return m_chunks; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *request = new QByteArray;
            connect(socket, &QObject::destroyed, this, [request] { delete request; });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, request] {
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                m_request = *request;
                socket->write(m_head);
                sendBody(socket);
            });
        }
    }

    void sendBody(QTcpSocket *socket)
    {
        auto *timer = new QTimer(socket);
        timer->setInterval(1);
        qsizetype offset = 0;
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, offset]() mutable {
            if (offset >= m_body.size()) {
                timer->stop();
                return;
            }
            socket->write(m_body.mid(offset, m_chunkSize));
            socket->flush();
            offset += m_chunkSize;
            ++m_chunks;
        });
        timer->start();
    }

    QTcpServer m_server;
    QByteArray m_head;
    QByteArray m_body;
    int m_chunkSize = 1;
    QByteArray m_request;
    int m_chunks = 0;
};

QStringList titles(const QSignalSpy &spy)
{
    QStringList result;
    for (const QList<QVariant> &arguments : spy)
        result << arguments.at(0).toString();
    return result;
}

} // namespace

class TestIcyMetadataReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesStreamTitle_data();
    void parsesStreamTitle();

    void readsTitlesFromIcecast();
    void readsBlocksSplitAcrossReads();
    void readsLatin1Title();
    void readsTitleWithQuoteSemicolon();
    void followsRedirects();
    void givesUpWithoutMetaInterval();
    void givesUpOnErrorStatus();
    void givesUpOnIcyStatusLine();
    void stopEndsTheConnection();

private:
    // Serves `texts` as metadata blocks and returns the titles the reader reports from them.
    QStringList readFromCraftedStream(const QList<QByteArray> &texts, int chunkSize,
                                      qsizetype expectedTitles);
};

void TestIcyMetadataReader::parsesStreamTitle_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<bool>("hasTitle");
    QTest::addColumn<QString>("title");

    QTest::addRow("plain") << QByteArray("StreamTitle='Artist - Title';") << true
                           << u"Artist - Title"_s;
    QTest::addRow("with url") << QByteArray("StreamTitle='A - B';StreamUrl='http://x/';") << true
                              << u"A - B"_s;
    QTest::addRow("padding") << QByteArray("StreamTitle='A';\0\0\0\0\0", 21) << true << u"A"_s;
    QTest::addRow("empty") << QByteArray("StreamTitle='';StreamUrl='';") << true << QString();
    QTest::addRow("url only") << QByteArray("StreamUrl='http://x/';") << false << QString();
    QTest::addRow("nothing") << QByteArray() << false << QString();
    QTest::addRow("other key first")
        << QByteArray("StreamUrl='u';StreamTitle='T';") << true << u"T"_s;
    QTest::addRow("key inside another key")
        << QByteArray("XStreamTitle='no';StreamTitle='yes';") << true << u"yes"_s;
    QTest::addRow("quote semicolon inside")
        << QByteArray("StreamTitle='Rock';n'Roll; 'live';';StreamUrl='';") << true
        << u"Rock';n'Roll; 'live';"_s;
    QTest::addRow("quotes at the end")
        << QByteArray("StreamTitle='Nr. 1; 'Heimat'';") << true << u"Nr. 1; 'Heimat'"_s;
    QTest::addRow("no semicolon") << QByteArray("StreamTitle='It's me'") << true << u"It's me"_s;
    QTest::addRow("no closing quote") << QByteArray("StreamTitle='Cut off") << true << u"Cut off"_s;
    QTest::addRow("utf-8") << u"StreamTitle='Grüße – Köln';"_s.toUtf8() << true
                           << u"Grüße – Köln"_s;
    QTest::addRow("latin-1") << QByteArray("StreamTitle='Gr\xfc\xdf"
                                           "e aus K\xf6ln';")
                             << true << u"Grüße aus Köln"_s;
}

void TestIcyMetadataReader::parsesStreamTitle()
{
    QFETCH(QByteArray, block);
    QFETCH(bool, hasTitle);
    QFETCH(QString, title);
    const std::optional<QString> parsed = IcyMetadataReader::streamTitle(block);
    QCOMPARE(parsed.has_value(), hasTitle);
    if (hasTitle)
        QCOMPARE(*parsed, title);
}

void TestIcyMetadataReader::readsTitlesFromIcecast()
{
    Test::IcecastServer icecast;
    QVERIFY2(icecast.start(), icecast.errorLog().constData());
    QVERIFY(icecast.startSource(u"/live.mp3"_s, u"Erstes Lied"_s));

    IcyMetadataReader reader;
    QSignalSpy changed(&reader, &IcyMetadataReader::titleChanged);
    QElapsedTimer timer;
    timer.start();
    reader.start(icecast.url());
    QVERIFY(changed.wait(TitleTimeoutMs));
    qInfo("start() to first title: %lld ms", timer.elapsed());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toString(), u"Erstes Lied"_s);
    QCOMPARE(reader.title(), u"Erstes Lied"_s);

    const QString german = u"Grüße – Nr. 1; 'Heimat'"_s;
    QVERIFY(icecast.setTitle(german));
    QVERIFY(changed.wait(TitleTimeoutMs));
    QCOMPARE(changed.last().at(0).toString(), german);
    // Icecast repeats the title in later blocks; only changes are reported.
    QCOMPARE(changed.count(), 2);
    QVERIFY(reader.isRunning());
}

QStringList TestIcyMetadataReader::readFromCraftedStream(const QList<QByteArray> &texts,
                                                         int chunkSize, qsizetype expectedTitles)
{
    IcyServer server;
    if (!server.listen())
        return {u"(cannot listen)"_s};
    const QByteArray body = icyBody(texts);
    server.respond(body, chunkSize);

    IcyMetadataReader reader;
    QSignalSpy changed(&reader, &IcyMetadataReader::titleChanged);
    reader.start(server.url());
    // All of the body sent, then a little more time for the last bytes to be read.
    const qsizetype chunks = (body.size() + chunkSize - 1) / chunkSize;
    const bool complete = QTest::qWaitFor(
        [&] { return changed.count() >= expectedTitles && server.chunksSent() >= chunks; },
        TitleTimeoutMs);
    if (!complete)
        qWarning("%d of %lld chunks sent", server.chunksSent(), qlonglong(chunks));
    if (!server.lastRequest().toLower().contains("icy-metadata: 1\r\n"))
        return {u"(no Icy-MetaData header in the request)"_s};
    return titles(changed);
}

void TestIcyMetadataReader::readsBlocksSplitAcrossReads()
{
    const QStringList read = readFromCraftedStream(
        {"StreamTitle='Erstes Lied';StreamUrl='http://example.org/';", "",
         "StreamTitle='Erstes Lied';", "StreamUrl='only a url';",
         // Longer than one length unit many times over, and in 3-byte pieces.
         "StreamTitle='" + QByteArray(200, 'z') + "';", "StreamTitle='Letztes Lied';"},
        3, 3);
    QCOMPARE(read, (QStringList{u"Erstes Lied"_s, QString(200, u'z'), u"Letztes Lied"_s}));
}

void TestIcyMetadataReader::readsLatin1Title()
{
    const QStringList read = readFromCraftedStream({"StreamTitle='Gr\xfc\xdf"
                                                    "e aus K\xf6ln';"},
                                                   1, 1);
    QCOMPARE(read, QStringList{u"Grüße aus Köln"_s});
}

void TestIcyMetadataReader::readsTitleWithQuoteSemicolon()
{
    const QStringList read = readFromCraftedStream(
        {"StreamTitle='Rock';n'Roll; 'live';';StreamUrl='';", "StreamTitle='';"}, 5, 2);
    QCOMPARE(read, (QStringList{u"Rock';n'Roll; 'live';"_s, QString()}));
}

void TestIcyMetadataReader::followsRedirects()
{
    IcyServer icy;
    QVERIFY(icy.listen());
    icy.respond(icyBody({"StreamTitle='Umgeleitet';"}), 64);
    Test::HttpServer http;
    QVERIFY(http.listen());
    http.addRedirect(u"/station"_s, icy.url().toString());

    IcyMetadataReader reader;
    QSignalSpy changed(&reader, &IcyMetadataReader::titleChanged);
    reader.start(http.url(u"/station"_s));
    QVERIFY(changed.wait(TitleTimeoutMs));
    QCOMPARE(changed.first().at(0).toString(), u"Umgeleitet"_s);
    QCOMPARE(http.lastHeader(u"/station"_s, "Icy-MetaData"), QByteArray("1"));
}

void TestIcyMetadataReader::givesUpWithoutMetaInterval()
{
    Test::HttpServer http;
    QVERIFY(http.listen());
    // MP3 frame sync bytes and a fake title, but no icy-metaint header: nothing to read.
    QByteArray body = QByteArray("\xff\xfb\x90\x64StreamTitle='no';");
    body = body.repeated(4096);
    http.addContent(u"/plain.mp3"_s, "audio/mpeg", body);

    IcyMetadataReader reader;
    QSignalSpy changed(&reader, &IcyMetadataReader::titleChanged);
    reader.start(http.url(u"/plain.mp3"_s));
    QVERIFY(reader.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isRunning(), TitleTimeoutMs);
    QCOMPARE(http.lastHeader(u"/plain.mp3"_s, "Icy-MetaData"), QByteArray("1"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reader.title(), QString());
}

void TestIcyMetadataReader::givesUpOnErrorStatus()
{
    Test::HttpServer http;
    QVERIFY(http.listen());
    http.addStatus(u"/gone.mp3"_s, 404);

    IcyMetadataReader reader;
    QSignalSpy changed(&reader, &IcyMetadataReader::titleChanged);
    reader.start(http.url(u"/gone.mp3"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isRunning(), TitleTimeoutMs);
    QCOMPARE(http.requestCount(u"/gone.mp3"_s), 1);
    QCOMPARE(changed.count(), 0);
}

void TestIcyMetadataReader::givesUpOnIcyStatusLine()
{
    // SHOUTcast 1 answers "ICY 200 OK", which QNetworkAccessManager does not take for HTTP: no
    // titles then, but no harm either.
    IcyServer icy;
    QVERIFY(icy.listen());
    icy.respond(icyBody({"StreamTitle='Alt';"}), 64, "ICY 200 OK");

    IcyMetadataReader reader;
    QSignalSpy changed(&reader, &IcyMetadataReader::titleChanged);
    reader.start(icy.url());
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isRunning(), TitleTimeoutMs);
    QVERIFY(!icy.lastRequest().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestIcyMetadataReader::stopEndsTheConnection()
{
    Test::HttpServer http;
    QVERIFY(http.listen());
    http.addHang(u"/hang"_s);

    IcyMetadataReader reader;
    QSignalSpy requested(&http, &Test::HttpServer::requested);
    reader.start(http.url(u"/hang"_s));
    QVERIFY(requested.wait(TitleTimeoutMs));
    QCOMPARE(http.openConnections(), 1);
    reader.stop();
    QVERIFY(!reader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(http.openConnections(), 0, TitleTimeoutMs);

    // Again after a stop, and the destructor ends it too.
    {
        IcyMetadataReader another;
        another.start(http.url(u"/hang"_s));
        QVERIFY(requested.wait(TitleTimeoutMs));
        QCOMPARE(http.openConnections(), 1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(http.openConnections(), 0, TitleTimeoutMs);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestIcyMetadataReader)
#include "tst_icymetadatareader.moc"
