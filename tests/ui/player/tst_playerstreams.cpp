#include "media/mediaplayer.h"
#include "media/playerprovider.h"
#include "media/streamsession.h"
#include "support/icecastserver.h"
#include "support/mediamaker.h"
#include "support/testhttpserver.h"
#include "ui/kit/tapbutton.h"
#include "ui/kit/theme.h"
#include "ui/player/playerscreen.h"
#include "ui/player/playerstatus.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Dorfplatz::PlayerBackend)

namespace Dorfplatz {

// The player screen against real servers on 127.0.0.1, once for each backend: a real icecast2
// fed live by ffmpeg, HLS and playlists from a test HTTP server, a 404 and a server that never
// answers. libVLC plays into the "adummy" audio output (this machine has no sound card).
class TestPlayerStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void cleanup();

    void icecastPlaysWithTitle();
    void markupInTitleShowsAsWritten();
    void playlistNamingAFileIsRefused();
    void playlistNamingTheHomeNetworkIsRefused();
    void namedLocalHostPlays();
    void hlsPlays();
    void playlistEntriesAreTriedInOrder_data();
    void playlistEntriesAreTriedInOrder();
    void notFoundMovesToFallbackAtOnce();
    void silentServerIsReported();
    void stallIsNoticed();
    void comesBackAfterTheSourceDies();
    void pauseAndContinueThroughButtons();

private:
    PlayerBackend backend() const;
    // A screen for a stream with these URLs, shown, with short timeouts for tests.
    PlayerScreen *open(const QList<QUrl> &urls, StreamKind kind = StreamKind::Radio,
                       const QStringList &localHosts = {});
    void tap(const QString &control);
    static bool waitForPhase(PlayerScreen *screen, StreamSession::Phase phase, int timeoutMs);

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)};
    QTemporaryDir m_media;
    Test::HttpServer m_http;
    Test::SilentServer m_silent;
    Test::IcecastServer m_icecast;
    std::unique_ptr<PlayerProvider> m_vlc;
    std::unique_ptr<PlayerProvider> m_qt;
    std::unique_ptr<PlayerScreen> m_screen;
    std::chrono::milliseconds m_fakeNow{100000};
};

void TestPlayerStreams::initTestCase_data()
{
    QTest::addColumn<PlayerBackend>("playerBackend");
    QTest::addRow("vlc") << PlayerBackend::Vlc;
    QTest::addRow("qt") << PlayerBackend::Qt;
}

void TestPlayerStreams::initTestCase()
{
    QVERIFY(m_media.isValid());
    QVERIFY(m_http.listen());
    QVERIFY(m_silent.listen());
    const QString hls = Test::MediaMaker::hls(m_media.filePath(u"hls"_s), 30, 1);
    QVERIFY(!hls.isEmpty());
    m_http.serveDirectory(u"/hls"_s, m_media.filePath(u"hls"_s));
    m_http.addStatus(u"/gone.mp3"_s, 404);
    m_http.addStatus(u"/broken.mp3"_s, 500);
    // Two seconds of a station, then silence on an open connection.
    const QString burst = Test::MediaMaker::audioFile(m_media.path(), u"burst.mp3"_s, 2);
    QVERIFY(!burst.isEmpty());
    QFile burstFile(burst);
    QVERIFY(burstFile.open(QIODevice::ReadOnly));
    m_http.addStallMidBody(u"/stall.mp3"_s, "audio/mpeg", burstFile.readAll());
    QVERIFY2(m_icecast.start(), m_icecast.errorLog().constData());
    QVERIFY(m_icecast.startSource(u"/live.mp3"_s, u"Erstes Lied"_s));
    m_vlc = std::make_unique<PlayerProvider>(PlayerBackend::Vlc, QStringList{u"--aout=adummy"_s});
    m_vlc->warmUp();
    QCOMPARE(m_vlc->backend(), PlayerBackend::Vlc);
    m_qt = std::make_unique<PlayerProvider>(PlayerBackend::Qt);
}

void TestPlayerStreams::cleanup()
{
    m_screen.reset();
    if (!m_icecast.sourceRunning())
        QVERIFY(m_icecast.startSource(u"/live.mp3"_s, u"Erstes Lied"_s));
}

PlayerBackend TestPlayerStreams::backend() const
{
    QFETCH_GLOBAL(PlayerBackend, playerBackend);
    return playerBackend;
}

PlayerScreen *TestPlayerStreams::open(const QList<QUrl> &urls, StreamKind kind,
                                      const QStringList &localHosts)
{
    StreamConfig stream;
    stream.id = u"test"_s;
    stream.name = u"Testsender"_s;
    stream.kind = kind;
    stream.urls = urls;
    stream.localHosts = localHosts;
    PlayerProvider &provider = backend() == PlayerBackend::Vlc ? *m_vlc : *m_qt;
    m_screen = std::make_unique<PlayerScreen>(m_theme, stream, u":/icons/radio.svg"_s,
                                              VolumeLimits{}, provider);
    StreamSession *session = m_screen->session();
    session->setRetryDelays(500ms, 2s);
    session->setStallTimeout(4s);
    session->setStartTimeout(5s);
    m_screen->resize(1280, 800);
    m_screen->show();
    m_screen->activate(); // as the navigator does when it shows a screen
    return m_screen.get();
}

void TestPlayerStreams::tap(const QString &control)
{
    auto *button = m_screen->findChild<TapButton *>(control);
    QVERIFY2(button, qPrintable(control));
    QVERIFY2(button->isVisible(), qPrintable(control));
    // Every tap counts here: the repeat guard's clock moves on by a second per tap.
    m_fakeNow += 1s;
    button->guard().setTimeSource([this] { return m_fakeNow; });
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TestPlayerStreams::waitForPhase(PlayerScreen *screen, StreamSession::Phase phase,
                                     int timeoutMs)
{
    return QTest::qWaitFor([&] { return screen->session()->phase() == phase; }, timeoutMs);
}

void TestPlayerStreams::icecastPlaysWithTitle()
{
    QVERIFY(m_icecast.setTitle(u"Erstes Lied"_s));
    PlayerScreen *screen = open({m_icecast.url()});
    QVERIFY(!screen->statusText().isEmpty()); // "One moment …" until sound is there
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    QVERIFY(screen->holdsInactivity());

    // Time really advances.
    QSignalSpy progress(screen->player(), &MediaPlayer::progressed);
    QVERIFY(progress.wait(3000));
    const qint64 first = progress.last().at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(progress.last().at(0).toLongLong() >= first + 500, 5000);

    // The title now playing reaches the screen, and follows the station.
    QTRY_COMPARE_WITH_TIMEOUT(screen->nowPlayingText(), u"Erstes Lied"_s, 10000);
    QVERIFY(m_icecast.setTitle(u"Zweites Lied – Kein schöner Land"_s));
    QTRY_COMPARE_WITH_TIMEOUT(screen->nowPlayingText(), u"Zweites Lied – Kein schöner Land"_s,
                              15000);
}

void TestPlayerStreams::markupInTitleShowsAsWritten()
{
    // A station's title is outside text: markup in it is shown as written, never rendered (an
    // <img> would even be loaded).
    const QString markup = u"Heino - <b>Blau blüht der Enzian</b> <img src=/logo.png>"_s;
    QVERIFY(m_icecast.setTitle(markup));
    PlayerScreen *screen = open({m_icecast.url()});
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    const auto *label = screen->findChild<QLabel *>(u"nowPlaying"_s);
    QVERIFY(label);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), markup, 15000);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->isVisible());
    // Every text on the screen is plain.
    for (const QLabel *text : screen->findChildren<QLabel *>()) {
        if (!text->text().isEmpty())
            QVERIFY2(text->textFormat() == Qt::PlainText, qPrintable(text->objectName()));
    }
}

void TestPlayerStreams::playlistNamingAFileIsRefused()
{
    m_http.addContent(u"/passwd.m3u"_s, "audio/x-mpegurl", "#EXTM3U\nfile:///etc/passwd\n");
    PlayerScreen *screen = open({m_http.url(u"/passwd.m3u"_s)});
    QSignalSpy playerStates(screen->player(), &MediaPlayer::stateChanged);
    QSignalSpy failures(screen->session(), &StreamSession::attemptFailed);
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Waiting, 10000));
    QCOMPARE(screen->session()->problem(), StreamSession::Problem::Refused);
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().at(2).toString().contains(u"file:///etc/passwd"_s),
             qPrintable(failures.first().at(2).toString()));
    // The resident reads why, in plain words; the player never opened anything.
    QCOMPARE(screen->statusText(),
             u"This station points to an address that is not allowed here. We will try again "
             u"in a moment."_s);
    QCOMPARE(screen->statusText(), PlayerStatus::problemText(StreamSession::Problem::Refused));
    QCOMPARE(screen->findChild<QLabel *>(u"status"_s)->text(), screen->statusText());
    QVERIFY(screen->findChild<QLabel *>(u"status"_s)->isVisible());
    QCOMPARE(playerStates.size(), 0);
    QCOMPARE(screen->player()->url(), QUrl());
}

void TestPlayerStreams::playlistNamingTheHomeNetworkIsRefused()
{
    // Icecast runs on 127.0.0.1 like the playlist's server, but on another port: the
    // configuration does not name it, so it counts as a service in the home's network.
    const QByteArray body =
        "#EXTM3U\nhttp://192.168.178.1/\n" + m_icecast.url().toEncoded() + "\nhttp://[::1]/x.mp3\n";
    m_http.addContent(u"/lan.m3u"_s, "audio/x-mpegurl", body);
    PlayerScreen *screen = open({m_http.url(u"/lan.m3u"_s)});
    QSignalSpy playerStates(screen->player(), &MediaPlayer::stateChanged);
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Waiting, 10000));
    QCOMPARE(screen->session()->problem(), StreamSession::Problem::Refused);
    QCOMPARE(screen->statusText(), PlayerStatus::problemText(StreamSession::Problem::Refused));
    QCOMPARE(playerStates.size(), 0);
}

void TestPlayerStreams::namedLocalHostPlays()
{
    // The same list plays once streams.json names the host ("localHosts": ["127.0.0.1"]).
    const QByteArray body = "#EXTM3U\nhttp://192.168.178.1/\n" + m_icecast.url().toEncoded() + "\n";
    m_http.addContent(u"/lan.m3u"_s, "audio/x-mpegurl", body);
    PlayerScreen *screen = open({m_http.url(u"/lan.m3u"_s)}, StreamKind::Radio, {u"127.0.0.1"_s});
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    QCOMPARE(screen->session()->currentUrl(), m_icecast.url());
    QVERIFY(screen->statusText().isEmpty());
}

void TestPlayerStreams::hlsPlays()
{
    PlayerScreen *screen = open({m_http.url(u"/hls/index.m3u8"_s)});
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    QVERIFY(m_http.requestCount(u"/hls/index.m3u8"_s) >= 1);
    QSignalSpy progress(screen->player(), &MediaPlayer::progressed);
    QVERIFY(progress.wait(3000));
}

void TestPlayerStreams::playlistEntriesAreTriedInOrder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    // The first entry is gone (404); the second must play.
    QTest::addRow("m3u") << u"/list.m3u"_s << QByteArray("audio/x-mpegurl")
                         << QByteArray("#EXTM3U\n#EXTINF:-1,Weg\n/gone.mp3\n#EXTINF:-1,HLS\n"
                                       "/hls/index.m3u8\n");
    QTest::addRow("pls") << u"/list.pls"_s << QByteArray("audio/x-scpls")
                         << QByteArray("[playlist]\nFile1=/gone.mp3\nFile2=/hls/index.m3u8\n"
                                       "NumberOfEntries=2\nVersion=2\n");
}

void TestPlayerStreams::playlistEntriesAreTriedInOrder()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    m_http.addContent(path, contentType, body);
    const int goneBefore = m_http.requestCount(u"/gone.mp3"_s);
    PlayerScreen *screen = open({m_http.url(path)});
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 15000));
    QCOMPARE(screen->session()->currentUrl(), m_http.url(u"/hls/index.m3u8"_s));
    QVERIFY(m_http.requestCount(u"/gone.mp3"_s) > goneBefore);
}

void TestPlayerStreams::notFoundMovesToFallbackAtOnce()
{
    PlayerScreen *screen = open({m_http.url(u"/gone.mp3"_s), m_icecast.url()});
    QSignalSpy failures(screen->session(), &StreamSession::attemptFailed);
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    QCOMPARE(screen->session()->currentUrl(), m_icecast.url());
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).at(1).value<StreamSession::Problem>(),
             StreamSession::Problem::NotFound);
    QVERIFY2(failures.at(0).at(2).toString().contains(u"404"_s),
             qPrintable(failures.at(0).at(2).toString()));
    QCOMPARE(screen->session()->failedRounds(), 0); // no pause was needed
}

void TestPlayerStreams::silentServerIsReported()
{
    PlayerScreen *screen = open({m_silent.url(u"/stream.mp3"_s)});
    QSignalSpy failures(screen->session(), &StreamSession::attemptFailed);
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Waiting, 20000));
    QCOMPARE(screen->session()->problem(), StreamSession::Problem::Unreachable);
    QVERIFY(!screen->statusText().isEmpty());
    QVERIFY(screen->holdsInactivity()); // the resident stays; it tries again by itself
    // It does try again, after a pause.
    QVERIFY(QTest::qWaitFor([&] { return failures.size() >= 2; }, 20000));
    QVERIFY(screen->session()->failedRounds() >= 2);
}

void TestPlayerStreams::stallIsNoticed()
{
    // The connection stays open, but nothing more comes: after the stall timeout (4 s here,
    // 10 s in the kiosk) the screen says so and tries again.
    PlayerScreen *screen = open({m_http.url(u"/stall.mp3"_s)});
    QSignalSpy failures(screen->session(), &StreamSession::attemptFailed);
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    QVERIFY(failures.wait(15000));
    QCOMPARE(failures.first().at(1).value<StreamSession::Problem>(),
             StreamSession::Problem::Interrupted);
    QVERIFY2(failures.first().at(2).toString().contains(u"stalled"_s),
             qPrintable(failures.first().at(2).toString()));
    QVERIFY(!screen->statusText().isEmpty());
    QVERIFY(screen->holdsInactivity());
    // And it asks the station again by itself.
    QVERIFY(QTest::qWaitFor([&] { return m_http.requestCount(u"/stall.mp3"_s) >= 2; }, 10000));
}

void TestPlayerStreams::comesBackAfterTheSourceDies()
{
    PlayerScreen *screen = open({m_icecast.url()});
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    const QString playingStatus = screen->statusText();

    m_icecast.stopSource();
    QVERIFY(QTest::qWaitFor(
        [&] { return screen->session()->phase() != StreamSession::Phase::Playing; }, 15000));
    QVERIFY(QTest::qWaitFor([&] { return screen->statusText() != playingStatus; }, 5000));
    QVERIFY(screen->session()->problem() != StreamSession::Problem::None);
    QVERIFY(screen->holdsInactivity());

    QVERIFY(m_icecast.startSource(u"/live.mp3"_s, u"Wieder da"_s));
    // No tap: it comes back by itself.
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 20000));
    QSignalSpy progress(screen->player(), &MediaPlayer::progressed);
    QVERIFY(progress.wait(3000));
}

void TestPlayerStreams::pauseAndContinueThroughButtons()
{
    PlayerScreen *screen = open({m_icecast.url()});
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));

    tap(u"pause"_s);
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Paused);
    QSignalSpy progress(screen->player(), &MediaPlayer::progressed);
    QVERIFY(!progress.wait(1500)); // silence while paused
    QVERIFY(!screen->statusText().isEmpty());

    tap(u"pause"_s); // now "Continue"
    QVERIFY(waitForPhase(screen, StreamSession::Phase::Playing, 10000));
    QVERIFY(progress.wait(3000));

    // The volume stays inside the limits however often a button is pressed.
    const VolumeLimits limits;
    for (int i = 0; i < 12; ++i)
        tap(u"louder"_s);
    QCOMPARE(screen->volume(), limits.maximum);
    for (int i = 0; i < 12; ++i)
        tap(u"quieter"_s);
    QCOMPARE(screen->volume(), limits.minimum);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestPlayerStreams)
#include "tst_playerstreams.moc"
