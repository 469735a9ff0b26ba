#include "media/streamdiagnosis.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dorfplatz::StreamDiagnosis::Cause)

namespace Dorfplatz {

// The sentence a guide reads for each way a stream address fails, from what the players and the
// URL diagnosis really say (texts copied from libVLC 3.0, Qt Multimedia's GStreamer backend and
// Qt Network). Pure: no name is looked up, no server asked. The rows run in the English source
// text; tst_cli reads the German of --check-streams.
class TestStreamDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentenceSaysWhatIsWrongAndWhatToDo_data();
    void sentenceSaysWhatIsWrongAndWhatToDo();
};

using Problem = StreamSession::Problem;
using Cause = StreamDiagnosis::Cause;

void TestStreamDiagnosis::sentenceSaysWhatIsWrongAndWhatToDo_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<QString>("sentence");

    const QString noInternet = u"No connection to the internet (the name %1 cannot be resolved): "
                               "check the network, then the address."_s;
    QTest::addRow("DNS, libVLC")
        << Problem::Unreachable << QUrl(u"https://liveradio.swr.de/sw282p3/swr4rp/"_s) << 0
        << u"libVLC could not play it (libVLC: main: cannot resolve liveradio.swr.de port 443: "
           "Name or service not known; access: HTTP connection failure; main: Your input can't "
           "be opened); host not found (DNS)"_s
        << Cause::HostNotFound << noInternet.arg(u"liveradio.swr.de"_s);
    // "ssl" in the host name is not a TLS failure.
    QTest::addRow("DNS, libVLC, host with ssl in its name")
        << Problem::Unreachable << QUrl(u"https://st02.sslstream.dlf.de/dlf/02/128/mp3/s.mp3"_s)
        << 0
        << u"libVLC could not play it (libVLC: main: cannot resolve st02.sslstream.dlf.de port "
           "443: Name or service not known)"_s
        << Cause::HostNotFound << noInternet.arg(u"st02.sslstream.dlf.de"_s);
    QTest::addRow("DNS, GStreamer")
        << Problem::Unreachable << QUrl(u"http://radio.example/live.mp3"_s) << 0
        << u"Could not resolve server name.; host not found (DNS)"_s << Cause::HostNotFound
        << noInternet.arg(u"radio.example"_s);
    QTest::addRow("DNS, Qt Network")
        << Problem::Unreachable << QUrl(u"http://radio.example/live.mp3"_s) << 0
        << u"Host radio.example not found"_s << Cause::HostNotFound
        << noInternet.arg(u"radio.example"_s);
    QTest::addRow("DNS, getaddrinfo without a resolver")
        << Problem::Unreachable << QUrl(u"http://radio.example/live.mp3"_s) << 0
        << u"Temporary failure in name resolution"_s << Cause::HostNotFound
        << noInternet.arg(u"radio.example"_s);

    QTest::addRow("refused, libVLC")
        << Problem::Unreachable << QUrl(u"http://127.0.0.1:8000/live.mp3"_s) << 0
        << u"libVLC could not play it (libVLC: main: connection failed: Connection refused; "
           "http: cannot connect to 127.0.0.1:8000); connection refused"_s
        << Cause::Refused
        << u"The connection to 127.0.0.1:8000 is refused: no server runs there. Check the "
           "address and the port."_s;
    QTest::addRow("refused, the port of the scheme")
        << Problem::Unreachable << QUrl(u"https://ssl.example.org/live"_s) << 0
        << u"Could not establish connection to server.; connection refused"_s << Cause::Refused
        << u"The connection to ssl.example.org:443 is refused: no server runs there. Check the "
           "address and the port."_s;

    QTest::addRow("timeout")
        << Problem::Unreachable << QUrl(u"http://127.0.0.1:8000/hang"_s) << 0
        << u"nothing to hear or see within 10 s; no answer within 5 s"_s << Cause::Timeout
        << u"The server does not answer (timeout): try again later, or check the address."_s;
    QTest::addRow("timeout, a path with tls in it")
        << Problem::Unreachable << QUrl(u"http://radio.example/tls/live"_s) << 0
        << u"Operation timed out"_s << Cause::Timeout
        << u"The server does not answer (timeout): try again later, or check the address."_s;

    const QString checkAddress = u"The server answers with %1: check the address."_s;
    QTest::addRow("404") << Problem::NotFound << QUrl(u"http://127.0.0.1:8000/gone.mp3"_s) << 404
                         << u"libVLC could not play it; HTTP 404 Not Found"_s << Cause::ClientError
                         << checkAddress.arg(404);
    QTest::addRow("404 only in libVLC's words")
        << Problem::NotFound << QUrl(u"http://127.0.0.1:8000/gone.mp3"_s) << 0
        << u"libVLC could not play it (libVLC: http: error: HTTP/1.0 404 Not Found)"_s
        << Cause::ClientError << checkAddress.arg(404);
    QTest::addRow("410") << Problem::NotFound << QUrl(u"http://radio.example/old"_s) << 410
                         << u"HTTP 410 Gone"_s << Cause::ClientError << checkAddress.arg(410);
    const QString denied = u"The server answers with %1 (access denied): the station does not "
                           "allow this address. Look for its current address on the station's "
                           "website."_s;
    QTest::addRow("403") << Problem::NotFound << QUrl(u"http://radio.example/live"_s) << 403
                         << u"Forbidden; HTTP 403 Forbidden"_s << Cause::AccessDenied
                         << denied.arg(403);
    QTest::addRow("401") << Problem::NotFound << QUrl(u"http://radio.example/live"_s) << 401
                         << u"HTTP 401 Unauthorized"_s << Cause::AccessDenied << denied.arg(401);
    QTest::addRow("503") << Problem::ServerError << QUrl(u"http://radio.example/live"_s) << 503
                         << u"Service Unavailable; HTTP 503 Service Unavailable"_s
                         << Cause::ServerError
                         << u"The server answers with 503 (a fault at the station): try again "
                            "later."_s;

    QTest::addRow("server fault without a status")
        << Problem::ServerError << QUrl(u"http://radio.example/live"_s) << 0
        << u"libVLC could not play it"_s << Cause::ServerError
        << u"The server reports a fault: try again later."_s;

    QTest::addRow("TLS, libVLC")
        << Problem::Unreachable << QUrl(u"https://radio.example/live"_s) << 0
        << u"libVLC could not play it (libVLC: gnutls: Certificate verification failure: The "
           "certificate is NOT trusted.); SSL handshake failed"_s
        << Cause::Tls
        << u"The secure connection to radio.example fails (certificate): check the date and "
           "time of this computer."_s;

    const QString notPlayable = u"No sound and no picture: this is not a stream the kiosk can "
                                "play. The address must lead to the stream itself, not to a web "
                                "page."_s;
    QTest::addRow("a web page, libVLC")
        << Problem::Broken << QUrl(u"http://127.0.0.1:8000/page"_s) << 200
        << u"it ended before anything played; the server answers (HTTP 200 OK), but the stream "
           "could not be played"_s
        << Cause::NotPlayable << notPlayable;
    QTest::addRow("a web page, GStreamer")
        << Problem::Broken << QUrl(u"http://127.0.0.1:8000/page"_s) << 200
        << u"Your GStreamer installation is missing a plug-in.; the server answers (HTTP 200 OK), "
           "but the stream could not be played"_s
        << Cause::NotPlayable << notPlayable;
    QTest::addRow("nothing in time")
        << Problem::Broken << QUrl(u"http://radio.example/live"_s) << 200
        << u"nothing to hear or see within 10 s; the server answers (HTTP 200 OK), but the "
           "stream could not be played"_s
        << Cause::NothingInTime
        << u"The server answers, but nothing can be heard or seen in time: the line may be too "
           "slow. Try again later."_s;
    QTest::addRow("broke off")
        << Problem::Interrupted << QUrl(u"http://radio.example/live"_s) << 0
        << u"no progress for 10 s (the stream stalled); the server closed the connection"_s
        << Cause::Interrupted << u"The stream broke off: try again later."_s;
    QTest::addRow("closed before it played")
        << Problem::Unreachable << QUrl(u"http://radio.example/live"_s) << 0
        << u"libVLC could not play it; the server closed the connection"_s << Cause::Unreachable
        << u"The server cannot be reached: check the network, then the address."_s;

    QTest::addRow("file missing")
        << Problem::NotFound << QUrl::fromLocalFile(u"/srv/radio/fehlt.ogg"_s) << 0
        << u"libVLC could not play it; the file is missing"_s << Cause::FileMissing
        << u"The file /srv/radio/fehlt.ogg is missing: check its name and folder."_s;
    QTest::addRow("file unreadable")
        << Problem::NotFound << QUrl::fromLocalFile(u"/srv/radio/geheim.ogg"_s) << 0
        << u"libVLC could not play it; the file cannot be read"_s << Cause::FileUnreadable
        << u"The file /srv/radio/geheim.ogg cannot be read: check its access rights."_s;
    QTest::addRow("file not playable")
        << Problem::Broken << QUrl::fromLocalFile(u"/srv/radio/brief.pdf"_s) << 0
        << u"libVLC could not play it; the file is there, but it could not be played"_s
        << Cause::NotPlayable << notPlayable;

    QTest::addRow("playlist names only addresses not allowed")
        << Problem::Refused << QUrl(u"http://radio.example/list.m3u"_s) << 0
        << u"no playable URL; refused: file:///etc/passwd: a local file"_s
        << Cause::AddressNotAllowed
        << u"The playlist leads only to addresses the kiosk must not open: use another address "
           "of the station."_s;
    QTest::addRow("playlist empty")
        << Problem::NotFound << QUrl(u"http://radio.example/list.m3u"_s) << 0
        << u"no playable URL (every playlist was empty or failed)"_s << Cause::EmptyPlaylist
        << u"The playlist is empty or cannot be loaded: check the address."_s;
    QTest::addRow("unknown")
        << Problem::NotFound << QUrl(u"http://radio.example/live"_s) << 0
        << u"libVLC could not play it; something new"_s << Cause::Unknown
        << u"The stream does not play, for a reason the kiosk cannot name: check the "
           "address."_s;
}

void TestStreamDiagnosis::sentenceSaysWhatIsWrongAndWhatToDo()
{
    QFETCH(Problem, problem);
    QFETCH(QUrl, url);
    QFETCH(int, httpStatus);
    QFETCH(QString, detail);
    QFETCH(Cause, cause);
    QFETCH(QString, sentence);

    StreamDiagnosis::Failure failure;
    failure.problem = problem;
    failure.url = url;
    failure.httpStatus = httpStatus;
    failure.detail = detail;
    QCOMPARE(StreamDiagnosis::causeOf(failure), cause);
    QCOMPARE(StreamDiagnosis::sentence(failure), sentence);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestStreamDiagnosis)
#include "tst_streamdiagnosis.moc"
