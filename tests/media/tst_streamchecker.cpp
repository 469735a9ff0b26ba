#include "media/playerprovider.h"
#include "media/streamchecker.h"
#include "media/streamdiagnosis.h"
#include "support/mediamaker.h"
#include "support/testhttpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The checker of --check-streams and the guides' screens with real libVLC (into its null output)
// and a real HTTP server on 127.0.0.1: every address that fails gets its own diagnosis, in the
// guide's words, and a station that plays from its second address works.
class TestStreamChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachFailedAddressIsNamed();

private:
    QTemporaryDir m_media;
    Test::HttpServer m_http;
    std::unique_ptr<PlayerProvider> m_players;
};

void TestStreamChecker::initTestCase()
{
    QVERIFY(m_media.isValid());
    QVERIFY(m_http.listen());
    QVERIFY(!Test::MediaMaker::audioFile(m_media.path(), u"ok.ogg"_s, 5, u"Gut"_s).isEmpty());
    m_http.serveDirectory(u"/media"_s, m_media.path());
    m_http.addStatus(u"/gone.mp3"_s, 404);
    m_players =
        std::make_unique<PlayerProvider>(PlayerBackend::Vlc, QStringList{u"--aout=adummy"_s});
    m_players->warmUp();
    QCOMPARE(m_players->backend(), PlayerBackend::Vlc);
}

void TestStreamChecker::eachFailedAddressIsNamed()
{
    QTcpServer closed; // a port that refuses: listened on once, then closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl refused(u"http://127.0.0.1:%1/live.mp3"_s.arg(closed.serverPort()));
    closed.close();
    const QUrl gone = m_http.url(u"/gone.mp3"_s);
    const QUrl good = m_http.url(u"/media/ok.ogg"_s);

    StreamConfig broken;
    broken.id = u"broken"_s;
    broken.name = u"Broken"_s;
    broken.urls = {gone, refused};
    StreamConfig fallback;
    fallback.id = u"fallback"_s;
    fallback.name = u"Fallback"_s;
    fallback.urls = {gone, good};

    StreamChecker checker(*m_players, {broken, fallback});
    checker.setTimeout(std::chrono::seconds(10));
    QSignalSpy finished(&checker, &StreamChecker::finished);
    checker.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(checker.results().size(), 2);

    const StreamChecker::Result &first = checker.results().at(0);
    QVERIFY(!first.works);
    QCOMPARE(first.attempts.size(), 2);
    QCOMPARE(first.attempts.at(0).url, gone);
    QCOMPARE(first.attempts.at(0).httpStatus, 404);
    QCOMPARE(StreamDiagnosis::causeOf(first.attempts.at(0)), StreamDiagnosis::Cause::ClientError);
    QCOMPARE(StreamDiagnosis::sentence(first.attempts.at(0)),
             u"The server answers with 404: check the address."_s);
    QCOMPARE(first.attempts.at(1).url, refused);
    QCOMPARE(StreamDiagnosis::causeOf(first.attempts.at(1)), StreamDiagnosis::Cause::Refused);
    QCOMPARE(StreamDiagnosis::sentence(first.attempts.at(1)),
             u"The connection to 127.0.0.1:%1 is refused: no server runs there. Check the "
             "address and the port."_s.arg(refused.port()));
    // What the guides' screens show: both sentences, in order.
    QCOMPARE(first.explanation(), StreamDiagnosis::sentence(first.attempts.at(0)) + u' ' +
                                      StreamDiagnosis::sentence(first.attempts.at(1)));
    // The same sentence for two addresses is said once.
    StreamChecker::Result twice = first;
    twice.attempts = {first.attempts.at(0), first.attempts.at(0)};
    QCOMPARE(twice.explanation(), StreamDiagnosis::sentence(first.attempts.at(0)));

    const StreamChecker::Result &second = checker.results().at(1);
    QVERIFY(second.works);
    QCOMPARE(second.url, good);
    QCOMPARE(second.attempts.size(), 1);
    QCOMPARE(second.attempts.at(0).url, gone);
    QCOMPARE(StreamDiagnosis::causeOf(second.attempts.at(0)), StreamDiagnosis::Cause::ClientError);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestStreamChecker)
#include "tst_streamchecker.moc"
