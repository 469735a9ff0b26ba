#include "media/playerprovider.h"
#include "media/streamresolver.h"
#include "media/streamsession.h"
#include "media/urldiagnosis.h"
#include "support/mediamaker.h"
#include "support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// The session's decisions (which URL next, how long to wait, what went wrong) with real libVLC
// and real HTTP on 127.0.0.1. The player screen's suite runs the same against both backends;
// here the rules themselves are pinned down.
class TestStreamSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void resolverExpandsPlaylistsInOrder();
    void resolverRefusesWhatAPlaylistMustNotName();
    void diagnosisNamesTheCause_data();
    void diagnosisNamesTheCause();
    void pausesGrowAndAreCapped();
    void singleRoundGivesUp();
    void pausedLiveStreamReconnectsOnResume();
    void pausedFileContinuesWhereItWas();
    void localFileLoops();

private:
    StreamConfig streamOf(const QList<QUrl> &urls) const;

    QTemporaryDir m_media;
    Test::HttpServer m_http;
    Test::SilentServer m_silent;
    QString m_shortFile;
    QString m_longFile;
    QNetworkAccessManager m_network;
    std::unique_ptr<PlayerProvider> m_players;
};

void TestStreamSession::initTestCase()
{
    QVERIFY(m_media.isValid());
    QVERIFY(m_http.listen());
    QVERIFY(m_silent.listen());
    m_shortFile = Test::MediaMaker::audioFile(m_media.path(), u"short.ogg"_s, 2, u"Kurz"_s);
    m_longFile = Test::MediaMaker::audioFile(m_media.path(), u"long.ogg"_s, 30, u"Lang"_s);
    QVERIFY(!m_shortFile.isEmpty() && !m_longFile.isEmpty());
    QVERIFY(!Test::MediaMaker::hls(m_media.filePath(u"hls"_s), 20, 1).isEmpty());
    m_http.serveDirectory(u"/hls"_s, m_media.filePath(u"hls"_s));
    m_http.addStatus(u"/gone.mp3"_s, 404);
    m_http.addStatus(u"/broken.mp3"_s, 500);
    m_http.addRedirect(u"/moved.mp3"_s, u"/hls/index.m3u8"_s);
    m_players =
        std::make_unique<PlayerProvider>(PlayerBackend::Vlc, QStringList{u"--aout=adummy"_s});
    m_players->warmUp();
}

StreamConfig TestStreamSession::streamOf(const QList<QUrl> &urls) const
{
    StreamConfig stream;
    stream.id = u"test"_s;
    stream.name = u"Test"_s;
    stream.urls = urls;
    return stream;
}

void TestStreamSession::resolverExpandsPlaylistsInOrder()
{
    m_http.addContent(u"/a.m3u"_s, "audio/x-mpegurl",
                      "#EXTM3U\nhttp://127.0.0.1:1/one.mp3\ntwo.mp3\n");
    m_http.addContent(u"/b.pls"_s, "audio/x-scpls",
                      "[playlist]\nFile1=http://127.0.0.1:1/three.mp3\n");
    m_http.addContent(u"/hls.m3u"_s, "audio/x-mpegurl",
                      "#EXTM3U\n#EXT-X-TARGETDURATION:1\nseg.ts\n");
    m_http.addContent(u"/huge.m3u"_s, "audio/x-mpegurl",
                      QByteArray(StreamResolver::maxPlaylistBytes + 1000, 'x'));
    // Entries on 127.0.0.1:1 are on another port than the playlists' server: named here.
    StreamConfig stream = streamOf({});
    stream.localHosts = {u"127.0.0.1"_s};
    StreamResolver resolver(&m_network, StreamAddressPolicy(stream));
    QSignalSpy resolved(&resolver, &StreamResolver::resolved);
    QSignalSpy refused(&resolver, &StreamResolver::refused);
    resolver.resolve({m_http.url(u"/a.m3u"_s), m_http.url(u"/plain.mp3"_s),
                      m_http.url(u"/gone.m3u"_s), m_http.url(u"/huge.m3u"_s),
                      m_http.url(u"/b.pls"_s), m_http.url(u"/hls.m3u"_s)});
    QVERIFY(resolved.wait(5000));
    QCOMPARE(resolved.first().first().value<QList<QUrl>>(),
             (QList<QUrl>{QUrl(u"http://127.0.0.1:1/one.mp3"_s), m_http.url(u"/two.mp3"_s),
                          m_http.url(u"/plain.mp3"_s), QUrl(u"http://127.0.0.1:1/three.mp3"_s),
                          m_http.url(u"/hls.m3u"_s)}));
    QCOMPARE(refused.size(), 0);
}

void TestStreamSession::resolverRefusesWhatAPlaylistMustNotName()
{
    m_http.addContent(u"/evil.m3u"_s, "audio/x-mpegurl",
                      "#EXTM3U\nfile:///etc/passwd\nhttp://192.168.178.1/\n"
                      "http://127.0.0.1:1/other-port.mp3\nhttp://localhost/x.mp3\n"
                      "same-server.mp3\nhttp://stream.example.org/live.mp3\n");
    m_http.addContent(u"/inner.m3u"_s, "audio/x-mpegurl", "#EXTM3U\nhttp://127.0.0.1:1/x.mp3\n");
    // A redirect into the home's network (another port on this machine) is refused as well.
    m_http.addRedirect(u"/jump.m3u"_s, u"http://127.0.0.1:1/inner.m3u"_s);
    m_http.addRedirect(u"/here.m3u"_s, u"/inner.m3u"_s); // the same server: named
    const QUrl evil = m_http.url(u"/evil.m3u"_s);
    StreamResolver resolver(&m_network, StreamAddressPolicy(streamOf({evil})));
    QSignalSpy resolved(&resolver, &StreamResolver::resolved);
    QSignalSpy refused(&resolver, &StreamResolver::refused);
    const int innerBefore = m_http.requestCount(u"/inner.m3u"_s);
    resolver.resolve({evil, m_http.url(u"/jump.m3u"_s), m_http.url(u"/here.m3u"_s)});
    QVERIFY(resolved.wait(5000));
    // Nothing of it was fetched on the refused port; the same server's list was.
    QCOMPARE(m_http.requestCount(u"/inner.m3u"_s), innerBefore + 1);
    QCOMPARE(resolved.first().first().value<QList<QUrl>>(),
             (QList<QUrl>{m_http.url(u"/same-server.mp3"_s),
                          QUrl(u"http://stream.example.org/live.mp3"_s)}));
    QList<std::pair<QUrl, StreamAddressPolicy::Verdict>> seen;
    for (const QList<QVariant> &signal : std::as_const(refused))
        seen.append({signal.at(1).toUrl(), signal.at(2).value<StreamAddressPolicy::Verdict>()});
    using enum StreamAddressPolicy::Verdict;
    const QList<std::pair<QUrl, StreamAddressPolicy::Verdict>> expected{
        {QUrl(u"file:///etc/passwd"_s), NotWeb},
        {QUrl(u"http://192.168.178.1/"_s), LocalAddress},
        {QUrl(u"http://127.0.0.1:1/other-port.mp3"_s), LocalAddress},
        {QUrl(u"http://localhost/x.mp3"_s), LocalAddress},
        {QUrl(u"http://127.0.0.1:1/inner.m3u"_s), LocalAddress},
        {QUrl(u"http://127.0.0.1:1/x.mp3"_s), LocalAddress},
    };
    QCOMPARE(seen, expected);
}

void TestStreamSession::diagnosisNamesTheCause_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<UrlDiagnosis::Outcome>("outcome");
    QTest::addColumn<QString>("cause");
    QTest::addRow("404") << u"gone"_s << UrlDiagnosis::Outcome::ClientError << u"HTTP 404"_s;
    QTest::addRow("500") << u"broken"_s << UrlDiagnosis::Outcome::ServerError << u"HTTP 500"_s;
    QTest::addRow("redirect to a stream")
        << u"moved"_s << UrlDiagnosis::Outcome::Answers << u"HTTP 200"_s;
    QTest::addRow("refused") << u"refused"_s << UrlDiagnosis::Outcome::Unreachable
                             << u"connection refused"_s;
    QTest::addRow("silent") << u"silent"_s << UrlDiagnosis::Outcome::Unreachable
                            << u"no answer within"_s;
    QTest::addRow("file missing") << u"nofile"_s << UrlDiagnosis::Outcome::ClientError
                                  << u"missing"_s;
    QTest::addRow("file there") << u"file"_s << UrlDiagnosis::Outcome::Answers
                                << u"file is there"_s;
}

void TestStreamSession::diagnosisNamesTheCause()
{
    QFETCH(QString, what);
    QFETCH(UrlDiagnosis::Outcome, outcome);
    QFETCH(QString, cause);
    Test::HttpServer closed;
    QVERIFY(closed.listen());
    const QUrl refused = closed.url(u"/x.mp3"_s);
    closed.close();
    const QHash<QString, QUrl> urls{
        {u"gone"_s, m_http.url(u"/gone.mp3"_s)},
        {u"broken"_s, m_http.url(u"/broken.mp3"_s)},
        {u"moved"_s, m_http.url(u"/moved.mp3"_s)},
        {u"refused"_s, refused},
        {u"silent"_s, m_silent.url(u"/s.mp3"_s)},
        {u"nofile"_s, QUrl::fromLocalFile(m_media.filePath(u"nope.ogg"_s))},
        {u"file"_s, QUrl::fromLocalFile(m_longFile)},
    };
    UrlDiagnosis diagnosis(&m_network);
    diagnosis.setTimeout(800);
    QSignalSpy diagnosed(&diagnosis, &UrlDiagnosis::diagnosed);
    diagnosis.diagnose(urls.value(what));
    QVERIFY(diagnosed.size() == 1 || diagnosed.wait(5000));
    const auto result = diagnosed.first().first().value<UrlDiagnosis::Result>();
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.cause.contains(cause), qPrintable(result.cause));
}

void TestStreamSession::pausesGrowAndAreCapped()
{
    auto player = m_players->createPlayer(StreamKind::Radio);
    StreamSession session(player.get(), streamOf({m_http.url(u"/gone.mp3"_s)}));
    session.setRetryDelays(50ms, 400ms);
    QList<qint64> delays;
    connect(&session, &StreamSession::phaseChanged, this, [&](StreamSession::Phase phase) {
        if (phase == StreamSession::Phase::Waiting)
            delays.append(session.retryDelay().count());
    });
    session.start();
    QVERIFY(QTest::qWaitFor([&] { return delays.size() >= 6; }, 20000));
    QCOMPARE(delays.mid(0, 6), (QList<qint64>{50, 100, 200, 400, 400, 400}));
    QCOMPARE(session.problem(), StreamSession::Problem::NotFound);
    session.stop();
    QCOMPARE(session.phase(), StreamSession::Phase::Idle);
}

void TestStreamSession::singleRoundGivesUp()
{
    auto player = m_players->createPlayer(StreamKind::Radio);
    StreamSession session(player.get(),
                          streamOf({m_http.url(u"/gone.mp3"_s), m_http.url(u"/broken.mp3"_s)}));
    session.setSingleRound(true);
    QSignalSpy failed(&session, &StreamSession::attemptFailed);
    QSignalSpy gaveUp(&session, &StreamSession::gaveUp);
    session.start();
    QVERIFY(gaveUp.wait(10000));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(1).value<StreamSession::Problem>(), StreamSession::Problem::NotFound);
    QCOMPARE(failed.at(1).at(1).value<StreamSession::Problem>(),
             StreamSession::Problem::ServerError);
    QCOMPARE(session.phase(), StreamSession::Phase::Idle);
}

void TestStreamSession::pausedLiveStreamReconnectsOnResume()
{
    auto player = m_players->createPlayer(StreamKind::Radio);
    StreamSession session(player.get(), streamOf({m_http.url(u"/hls/index.m3u8"_s)}));
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.phase(), StreamSession::Phase::Playing, 10000);
    const int requests = m_http.requestCount(u"/hls/index.m3u8"_s);
    session.pause();
    QCOMPARE(session.phase(), StreamSession::Phase::Paused);
    QCOMPARE(player->state(), MediaPlayer::State::Stopped); // nothing buffers while paused
    session.resume();
    QTRY_COMPARE_WITH_TIMEOUT(session.phase(), StreamSession::Phase::Playing, 10000);
    QVERIFY(m_http.requestCount(u"/hls/index.m3u8"_s) > requests); // fetched afresh: live again
}

void TestStreamSession::pausedFileContinuesWhereItWas()
{
    auto player = m_players->createPlayer(StreamKind::Radio);
    StreamSession session(player.get(), streamOf({QUrl::fromLocalFile(m_longFile)}));
    QSignalSpy progress(player.get(), &MediaPlayer::progressed);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.phase(), StreamSession::Phase::Playing, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toLongLong() > 500,
                             5000);
    session.pause();
    QCOMPARE(player->state(), MediaPlayer::State::Paused);
    const qint64 at = progress.last().first().toLongLong();
    progress.clear();
    session.resume();
    QCOMPARE(session.phase(), StreamSession::Phase::Playing);
    QVERIFY(progress.wait(3000));
    QVERIFY(progress.last().first().toLongLong() >= at);
}

void TestStreamSession::localFileLoops()
{
    auto player = m_players->createPlayer(StreamKind::Radio);
    StreamSession session(player.get(), streamOf({QUrl::fromLocalFile(m_shortFile)}));
    QSignalSpy started(player.get(), &MediaPlayer::started);
    QSignalSpy failed(&session, &StreamSession::attemptFailed);
    session.start();
    QVERIFY(QTest::qWaitFor([&] { return started.size() >= 2; }, 10000));
    QCOMPARE(failed.size(), 0); // the end of a file is no failure
    QVERIFY(session.phase() == StreamSession::Phase::Playing ||
            session.phase() == StreamSession::Phase::Connecting);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestStreamSession)
#include "tst_streamsession.moc"
