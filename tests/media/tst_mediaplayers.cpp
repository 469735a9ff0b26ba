#include "media/playerprovider.h"
#include "media/qt/qtplayer.h"
#include "media/vlc/vlcplayer.h"
#include "support/icecastserver.h"
#include "support/mediamaker.h"
#include "support/testhttpserver.h"

#include <QAudio>
#include <QAudioOutput>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QWindow>

#include <dlfcn.h>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// Generous for a loaded CI machine; both backends start a local file in well under a second.
constexpr int StartTimeoutMs = 5000;
const QString ToneTitle = u"Dorfplatz Test Tone"_s;

// Every signal of a player, to prove that none arrives.
struct AllSpies
{
    explicit AllSpies(MediaPlayer *player)
        : state(player, &MediaPlayer::stateChanged)
        , started(player, &MediaPlayer::started)
        , progressed(player, &MediaPlayer::progressed)
        , nowPlaying(player, &MediaPlayer::nowPlayingChanged)
        , hasVideo(player, &MediaPlayer::hasVideoChanged)
        , failed(player, &MediaPlayer::failed)
        , finished(player, &MediaPlayer::finished)
    {}

    qsizetype total() const
    {
        return state.count() + started.count() + progressed.count() + nowPlaying.count() +
               hasVideo.count() + failed.count() + finished.count();
    }

    QSignalSpy state;
    QSignalSpy started;
    QSignalSpy progressed;
    QSignalSpy nowPlaying;
    QSignalSpy hasVideo;
    QSignalSpy failed;
    QSignalSpy finished;
};

// Icecast's count of listener connections since it started (admin/stats), or -1.
int listenerConnections(const Test::IcecastServer &icecast)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(icecast.url(u"/admin/stats"_s));
    const QByteArray credentials = QByteArray(Test::IcecastServer::adminUser) + ':' +
                                   QByteArray(Test::IcecastServer::adminPassword);
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QNetworkReply *pending = reply.get();
    if (!QTest::qWaitFor([pending] { return pending->isFinished(); }, 6000))
        return -1;
    static const QRegularExpression count(u"<listener_connections>(\\d+)<"_s);
    const QRegularExpressionMatch match = count.match(QString::fromUtf8(reply->readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestMediaPlayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void playsLocalAudio();
    void pausesAndResumes();
    void pauseWhileOpeningHoldsTheStart();
    void stopSilencesTheMedium();
    void missingFileFails();
    void nonMediaFileFails();
    void shortFileFinishes();
    void playsAgainAfterFailure();
    void replacedMediumIsNotReported();
    void playsVideoIntoWindow();
    void reportsIcyStreamTitle();
    void opensIcecastStreamOnce();
    void playsFromPlainHttpServer();
    void httpErrorFails();
    void playsHlsWithoutItsName();
    void vlcLocationSkipsTheSecondConnection();
    void clampsAndKeepsVolume();
    void providerMakesPlayersOfItsBackend();
    void providerFallsBackToQt();
    void backendNames();
    void qtPlayerLoadsLibsoup2();

private:
    PlayerBackend backend() const;
    QUrl file(const QString &path) const { return QUrl::fromLocalFile(path); }
    // Plays `url` and waits until it is heard.
    bool playAndWaitStarted(const QUrl &url);

    QTemporaryDir m_dir;
    QString m_tone;
    QString m_short;
    QString m_video;
    QString m_text;
    std::map<PlayerBackend, std::unique_ptr<PlayerProvider>> m_providers;
    std::unique_ptr<MediaPlayer> m_player;
};

void TestMediaPlayers::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("vlc") << u"vlc"_s;
    QTest::addRow("qt") << u"qt"_s;
}

void TestMediaPlayers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    using Test::MediaMaker;
    m_tone = MediaMaker::audioFile(m_dir.path(), u"tone.mp3"_s, 30, ToneTitle);
    QVERIFY(!m_tone.isEmpty());
    m_short = MediaMaker::audioFile(m_dir.path(), u"short.ogg"_s, 2);
    QVERIFY(!m_short.isEmpty());
    m_video = MediaMaker::videoFile(m_dir.path(), u"video.webm"_s, 5);
    QVERIFY(!m_video.isEmpty());

    m_text = m_dir.filePath(u"notes.mp3"_s);
    QFile text(m_text);
    QVERIFY(text.open(QIODevice::WriteOnly));
    for (int i = 0; i < 200; ++i)
        text.write("This is a shopping list, not music.\n");
}

void TestMediaPlayers::init()
{
    auto &provider = m_providers[backend()];
    if (!provider) {
        // No sound card here: libVLC's dummy output keeps a real-time clock.
        provider = std::make_unique<PlayerProvider>(backend(), QStringList{u"--aout=adummy"_s});
        provider->warmUp();
        QCOMPARE(provider->fallbackReason(), QString());
    }
    m_player = provider->createPlayer(StreamKind::Radio);
    QVERIFY(m_player);
}

void TestMediaPlayers::cleanup()
{
    m_player.reset();
}

PlayerBackend TestMediaPlayers::backend() const
{
    QFETCH_GLOBAL(QString, backend);
    return *playerBackendFromName(backend);
}

bool TestMediaPlayers::playAndWaitStarted(const QUrl &url)
{
    QSignalSpy started(m_player.get(), &MediaPlayer::started);
    m_player->play(url);
    return started.wait(StartTimeoutMs) && started.count() == 1;
}

void TestMediaPlayers::playsLocalAudio()
{
    AllSpies spies(m_player.get());
    QElapsedTimer timer;
    timer.start();
    m_player->play(file(m_tone));
    QCOMPARE(m_player->state(), MediaPlayer::State::Opening);
    QCOMPARE(m_player->url(), file(m_tone));
    QCOMPARE(spies.started.count(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, StartTimeoutMs);
    qInfo("%s: play() to started: %lld ms", qPrintable(m_player->backendName()), timer.elapsed());
    QCOMPARE(m_player->state(), MediaPlayer::State::Playing);

    QTRY_VERIFY_WITH_TIMEOUT(spies.progressed.count() >= 3, StartTimeoutMs);
    qint64 previous = 0;
    for (const QList<QVariant> &arguments : std::as_const(spies.progressed)) {
        const qint64 milliseconds = arguments.at(0).toLongLong();
        QVERIFY2(milliseconds > previous,
                 qPrintable(u"%1 after %2"_s.arg(milliseconds).arg(previous)));
        previous = milliseconds;
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_player->nowPlaying(), ToneTitle, StartTimeoutMs);
    QCOMPARE(spies.nowPlaying.last().at(0).toString(), ToneTitle);
    QCOMPARE(m_player->hasVideo(), false);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(spies.finished.count(), 0);
}

void TestMediaPlayers::pausesAndResumes()
{
    QVERIFY(playAndWaitStarted(file(m_tone)));
    QSignalSpy progressed(m_player.get(), &MediaPlayer::progressed);
    QVERIFY(progressed.wait(StartTimeoutMs));
    const qint64 beforePause = progressed.last().at(0).toLongLong();

    m_player->pause();
    QCOMPARE(m_player->state(), MediaPlayer::State::Paused);
    progressed.clear();
    // Both backends report at least four times a second while playing.
    QVERIFY(!progressed.wait(1500));

    m_player->resume();
    QCOMPARE(m_player->state(), MediaPlayer::State::Playing);
    QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 2, StartTimeoutMs);
    // The medium stood still: it goes on from where it paused, not 1.5 s later.
    const qint64 afterResume = progressed.first().at(0).toLongLong();
    QVERIFY2(afterResume - beforePause < 1200,
             qPrintable(u"paused at %1, resumed at %2"_s.arg(beforePause).arg(afterResume)));
}

void TestMediaPlayers::pauseWhileOpeningHoldsTheStart()
{
    AllSpies spies(m_player.get());
    m_player->play(file(m_tone));
    m_player->pause();
    QCOMPARE(m_player->state(), MediaPlayer::State::Paused);
    QVERIFY(!spies.started.wait(1000));
    QCOMPARE(spies.progressed.count(), 0);

    m_player->resume();
    QCOMPARE(m_player->state(), MediaPlayer::State::Opening);
    QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, StartTimeoutMs);
    QCOMPARE(m_player->state(), MediaPlayer::State::Playing);
    QVERIFY(spies.progressed.wait(StartTimeoutMs));
    QCOMPARE(spies.failed.count(), 0);
}

void TestMediaPlayers::stopSilencesTheMedium()
{
    QVERIFY(playAndWaitStarted(file(m_tone)));
    QSignalSpy states(m_player.get(), &MediaPlayer::stateChanged);
    m_player->stop();
    QCOMPARE(m_player->state(), MediaPlayer::State::Stopped);
    QCOMPARE(states.count(), 1);
    QCOMPARE(m_player->nowPlaying(), QString());

    AllSpies spies(m_player.get());
    // Anything still in flight from the medium would arrive within a progress interval or two.
    QVERIFY(!spies.progressed.wait(1000));
    QCOMPARE(spies.total(), 0);
}

void TestMediaPlayers::missingFileFails()
{
    AllSpies spies(m_player.get());
    m_player->play(file(m_dir.filePath(u"nothing-here.mp3"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(spies.failed.count(), 1, StartTimeoutMs);
    const QString detail = spies.failed.first().at(0).toString();
    qInfo("%s: %s", qPrintable(m_player->backendName()), qPrintable(detail));
    QVERIFY(!detail.isEmpty());
    if (backend() == PlayerBackend::Vlc) // libVLC's own words come along
        QVERIFY2(detail.contains(u"nothing-here.mp3"_s), qPrintable(detail));
    QCOMPARE(m_player->state(), MediaPlayer::State::Stopped);
    QCOMPARE(spies.started.count(), 0);
}

void TestMediaPlayers::nonMediaFileFails()
{
    AllSpies spies(m_player.get());
    m_player->play(file(m_text));
    QTRY_COMPARE_WITH_TIMEOUT(spies.failed.count(), 1, StartTimeoutMs);
    qInfo("%s: %s", qPrintable(m_player->backendName()),
          qPrintable(spies.failed.first().at(0).toString()));
    QCOMPARE(m_player->state(), MediaPlayer::State::Stopped);
    QCOMPARE(spies.started.count(), 0);
    QCOMPARE(spies.finished.count(), 0);
}

void TestMediaPlayers::shortFileFinishes()
{
    AllSpies spies(m_player.get());
    m_player->play(file(m_short));
    QTRY_COMPARE_WITH_TIMEOUT(spies.finished.count(), 1, 2000 + 2 * StartTimeoutMs);
    QCOMPARE(spies.started.count(), 1);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(m_player->state(), MediaPlayer::State::Stopped);
    QVERIFY(!spies.finished.wait(500));
    QCOMPARE(spies.finished.count(), 1);
}

void TestMediaPlayers::playsAgainAfterFailure()
{
    QSignalSpy failed(m_player.get(), &MediaPlayer::failed);
    m_player->play(file(m_text));
    QVERIFY(failed.wait(StartTimeoutMs));

    QVERIFY(playAndWaitStarted(file(m_tone)));
    QSignalSpy progressed(m_player.get(), &MediaPlayer::progressed);
    QVERIFY(progressed.wait(StartTimeoutMs));
    QCOMPARE(m_player->state(), MediaPlayer::State::Playing);
    QCOMPARE(failed.count(), 1);
}

void TestMediaPlayers::replacedMediumIsNotReported()
{
    AllSpies spies(m_player.get());
    // The missing file fails within milliseconds, while the next play() is already running.
    m_player->play(file(m_dir.filePath(u"nothing-here.mp3"_s)));
    m_player->play(file(m_tone));
    QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, StartTimeoutMs);
    QVERIFY(spies.progressed.wait(StartTimeoutMs));
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(m_player->url(), file(m_tone));
}

void TestMediaPlayers::playsVideoIntoWindow()
{
    if (QGuiApplication::platformName() != u"xcb"_s)
        QSKIP("libVLC draws only into X11 windows: run under Xvfb with QT_QPA_PLATFORM=xcb");

    QWindow window;
    window.resize(320, 240);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVideoSink sink;
    m_player->setVideoTarget({window.winId(), &sink});
    // The window and the sink die at the end of this function, the player only in cleanup():
    // until then GStreamer's and libVLC's threads would still draw into them.
    const auto detach = qScopeGuard([this] {
        m_player->stop();
        m_player->setVideoTarget({});
    });

    QSignalSpy hasVideo(m_player.get(), &MediaPlayer::hasVideoChanged);
    QVERIFY(playAndWaitStarted(file(m_video)));
    QTRY_VERIFY_WITH_TIMEOUT(m_player->hasVideo(), StartTimeoutMs);
    QCOMPARE(hasVideo.count(), 1);
    if (backend() == PlayerBackend::Qt)
        QTRY_VERIFY_WITH_TIMEOUT(sink.videoFrame().isValid(), StartTimeoutMs);

    // The next medium starts without a picture of its own.
    QVERIFY(playAndWaitStarted(file(m_tone)));
    QCOMPARE(m_player->hasVideo(), false);
}

void TestMediaPlayers::reportsIcyStreamTitle()
{
    // libVLC reads the ICY StreamTitle itself; the Qt backend through IcyMetadataReader.
    Test::IcecastServer icecast;
    QVERIFY2(icecast.start(), icecast.errorLog().constData());
    QVERIFY(icecast.startSource(u"/live.mp3"_s, u"Erstes Lied"_s));

    // A stream starts later than a file, and its title comes with the next metadata block.
    constexpr int StreamTimeoutMs = 15000;
    QElapsedTimer timer;
    timer.start();
    qint64 startedAfter = -1;
    qint64 titleAfter = -1;
    QObject receiver;
    connect(m_player.get(), &MediaPlayer::started, &receiver,
            [&] { startedAfter = timer.elapsed(); });
    connect(m_player.get(), &MediaPlayer::nowPlayingChanged, &receiver, [&](const QString &title) {
        if (titleAfter < 0 && !title.isEmpty())
            titleAfter = timer.elapsed();
    });
    m_player->play(icecast.url());
    QTRY_COMPARE_WITH_TIMEOUT(m_player->nowPlaying(), u"Erstes Lied"_s, StreamTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_player->state(), MediaPlayer::State::Playing, StreamTimeoutMs);
    qInfo("%s: play() to started %lld ms, to ICY title %lld ms",
          qPrintable(m_player->backendName()), startedAfter, titleAfter);

    const QString german = u"Grüße – Nr. 1; 'Heimat'"_s;
    timer.restart();
    QVERIFY(icecast.setTitle(german));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->nowPlaying(), german, StreamTimeoutMs);
    qInfo("%s: new title after %lld ms", qPrintable(m_player->backendName()), timer.elapsed());
    QCOMPARE(m_player->state(), MediaPlayer::State::Playing);

    m_player->stop();
    QCOMPARE(m_player->nowPlaying(), QString());
    // No title of the old stream comes after stop().
    QVERIFY(icecast.setTitle(u"Drittes Lied"_s));
    QSignalSpy nowPlaying(m_player.get(), &MediaPlayer::nowPlayingChanged);
    QVERIFY(!nowPlaying.wait(2000));
}

void TestMediaPlayers::opensIcecastStreamOnce()
{
    // libVLC's new HTTP module used to hang up on Icecast's ICY answer and connect again through
    // its older module (icyx://): two connections before the first sound. VlcPlayer now gives
    // the older module the URL at once. Qt Multimedia's GStreamer source speaks ICY itself; the
    // Qt backend reads the titles over a second connection of its own once the stream plays.
    Test::IcecastServer icecast;
    QVERIFY2(icecast.start(), icecast.errorLog().constData());
    QVERIFY(icecast.startSource(u"/live.mp3"_s, u"Erstes Lied"_s));
    const int before = listenerConnections(icecast);
    QVERIFY(before >= 0);

    QSignalSpy started(m_player.get(), &MediaPlayer::started);
    m_player->play(icecast.url());
    QVERIFY(started.wait(15000));
    // The title proves that the ICY metadata is read, by libVLC or by the Qt backend's reader.
    QTRY_COMPARE_WITH_TIMEOUT(m_player->nowPlaying(), u"Erstes Lied"_s, 15000);
    const int expected = backend() == PlayerBackend::Vlc ? 1 : 2;
    // Icecast counts a connection when it has sent the answer's headers, on its stats thread.
    QTRY_VERIFY_WITH_TIMEOUT(listenerConnections(icecast) - before >= expected, 5000);
    QCOMPARE(listenerConnections(icecast) - before, expected);
    QCOMPARE(m_player->state(), MediaPlayer::State::Playing);
}

void TestMediaPlayers::playsFromPlainHttpServer()
{
    // A server that is no Icecast (a file on a web server): libVLC's older HTTP module plays it
    // too, and VlcPlayer sends every plain-http URL there.
    Test::HttpServer http;
    QVERIFY(http.listen());
    http.serveDirectory(u"/media"_s, m_dir.path());
    const QUrl url = http.url(u"/media/tone.mp3"_s);
    AllSpies spies(m_player.get());
    m_player->play(url);
    QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, StartTimeoutMs);
    QCOMPARE(m_player->url(), url);
    QTRY_COMPARE_WITH_TIMEOUT(m_player->nowPlaying(), ToneTitle, StartTimeoutMs);
    QVERIFY(http.requestCount(u"/media/tone.mp3"_s) >= 1);
    if (backend() == PlayerBackend::Vlc) // the older module, which asks for ICY metadata
        QCOMPARE(http.lastHeader(u"/media/tone.mp3"_s, "Icy-MetaData"), QByteArray("1"));
    QCOMPARE(spies.failed.count(), 0);

    // A station that moved: the player follows the redirect.
    http.addRedirect(u"/moved.mp3"_s, url.toString());
    QVERIFY(playAndWaitStarted(http.url(u"/moved.mp3"_s)));
}

void TestMediaPlayers::httpErrorFails()
{
    Test::HttpServer http;
    QVERIFY(http.listen());
    http.addStatus(u"/gone.mp3"_s, 404);
    AllSpies spies(m_player.get());
    m_player->play(http.url(u"/gone.mp3"_s));
    QTRY_COMPARE_WITH_TIMEOUT(spies.failed.count(), 1, StartTimeoutMs);
    const QString detail = spies.failed.first().at(0).toString();
    qInfo("%s: %s", qPrintable(m_player->backendName()), qPrintable(detail));
    if (backend() == PlayerBackend::Vlc) { // libVLC's own words come along
        QVERIFY2(detail.contains(u"404"_s), qPrintable(detail));
        // The error is the server's: no second try through libVLC's other HTTP module.
        QCOMPARE(http.requestCount(u"/gone.mp3"_s), 1);
    }
    QCOMPARE(spies.started.count(), 0);
    QCOMPARE(m_player->state(), MediaPlayer::State::Stopped);

    // Nobody listens on the port any more.
    const QUrl refused = http.url(u"/gone.mp3"_s);
    http.close();
    spies.failed.clear();
    m_player->play(refused);
    QTRY_COMPARE_WITH_TIMEOUT(spies.failed.count(), 1, StartTimeoutMs);
    QCOMPARE(spies.started.count(), 0);
}

void TestMediaPlayers::playsHlsWithoutItsName()
{
    // An HLS playlist whose address does not end in .m3u8: VlcPlayer sends it to libVLC's ICY
    // module first, whose address libVLC's HLS module cannot fetch segments with. The player
    // then tries the address as given and plays.
    const QString hls = Test::MediaMaker::hls(m_dir.filePath(u"hls"_s), 10, 1);
    QVERIFY(!hls.isEmpty());
    const QString live = QFileInfo(hls).dir().filePath(u"live"_s);
    QVERIFY(QFile::exists(live) || QFile::copy(hls, live));
    Test::HttpServer http;
    QVERIFY(http.listen());
    http.serveDirectory(u"/tv"_s, QFileInfo(hls).path());
    AllSpies spies(m_player.get());
    m_player->play(http.url(u"/tv/live"_s));
    QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, StartTimeoutMs);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(m_player->state(), MediaPlayer::State::Playing);
    QCOMPARE(m_player->url(), http.url(u"/tv/live"_s));
}

void TestMediaPlayers::vlcLocationSkipsTheSecondConnection()
{
    if (backend() != PlayerBackend::Vlc)
        QSKIP("libVLC only");
    const QList<std::pair<QString, QByteArray>> cases = {
        {u"http://radio.example/live.mp3"_s, "icyx://radio.example/live.mp3"},
        {u"http://radio.example:8000/stream?type=.mp3&x=1"_s,
         "icyx://radio.example:8000/stream?type=.mp3&x=1"},
        // libVLC has no ICY module for TLS; its new module plays such a stream on one connection.
        {u"https://radio.example/live.mp3"_s, "https://radio.example/live.mp3"},
        // HLS stays with libVLC's adaptive module and its own HTTP client.
        {u"http://tv.example/live/index.m3u8"_s, "http://tv.example/live/index.m3u8"},
        {u"http://tv.example/live/index.M3U"_s, "http://tv.example/live/index.M3U"},
        {u"file:///tmp/tone.mp3"_s, "file:///tmp/tone.mp3"},
    };
    for (const auto &[url, location] : cases)
        QCOMPARE(VlcPlayer::locationFor(QUrl(url)), location);
}

void TestMediaPlayers::clampsAndKeepsVolume()
{
    const auto volume = [this] {
        if (auto *vlc = qobject_cast<VlcPlayer *>(m_player.get()))
            return vlc->playVolume();
        return qobject_cast<QtPlayer *>(m_player.get())->playVolume();
    };
    m_player->setVolume(150);
    QCOMPARE(volume(), 100);
    m_player->setVolume(-3);
    QCOMPARE(volume(), 0);
    m_player->setVolume(40);
    QCOMPARE(volume(), 40);

    QVERIFY(playAndWaitStarted(file(m_tone)));
    QCOMPARE(volume(), 40);

    // Ducked under speech: plays at its share, the volume asked stays and comes back.
    m_player->setDucked(true);
    QCOMPARE(volume(), 40 * MediaPlayer::duckedShare / 100);
    QCOMPARE(m_player->volume(), 40);
    m_player->setVolume(60); // the resident turns it up while it speaks
    QCOMPARE(volume(), 60 * MediaPlayer::duckedShare / 100);
    m_player->setDucked(false);
    QCOMPARE(volume(), 60);
    m_player->setVolume(40);
    if (backend() == PlayerBackend::Qt) {
        // The output really got it, on the same cubic curve as libVLC's.
        auto *output = m_player->findChild<QAudioOutput *>();
        QVERIFY(output);
        QCOMPARE(output->volume(), 0.4f * 0.4f * 0.4f);
        m_player->setVolume(100);
        QCOMPARE(output->volume(), 1.0f);
    }
    // libVLC's dummy output has no volume to read back; --aout=adummy always answers 0.
}

void TestMediaPlayers::providerMakesPlayersOfItsBackend()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    QCOMPARE(provider.preferred(), backend());
    QCOMPARE(provider.backend(), backend());
    QCOMPARE(provider.fallbackReason(), QString());
    QObject parent;
    const std::unique_ptr<MediaPlayer> player = provider.createPlayer(StreamKind::Radio, &parent);
    QCOMPARE(player->backendName(), playerBackendName(backend()));
    QCOMPARE(player->parent(), &parent);
    QCOMPARE(player->state(), MediaPlayer::State::Stopped);

    // Ducking reaches the players it made, and those it makes while ducked; a deleted one
    // is forgotten, not touched.
    auto gone = provider.createPlayer(StreamKind::Radio);
    gone.reset();
    provider.setDucked(true);
    QVERIFY(player->isDucked());
    const std::unique_ptr<MediaPlayer> later = provider.createPlayer(StreamKind::Video);
    QVERIFY(later->isDucked());
    provider.setDucked(false);
    QVERIFY(!player->isDucked());
    QVERIFY(!later->isDucked());
}

void TestMediaPlayers::providerFallsBackToQt()
{
    if (backend() != PlayerBackend::Vlc)
        QSKIP("only a libVLC provider can fall back");

    // libvlc_new() refuses an option it does not know, as it does when its plugins are missing.
    {
        PlayerProvider provider(PlayerBackend::Vlc,
                                {u"--aout=adummy"_s, u"--dorfplatz-no-such-option"_s});
        provider.warmUp();
        QCOMPARE(provider.preferred(), PlayerBackend::Vlc);
        QCOMPARE(provider.backend(), PlayerBackend::Qt);
        QVERIFY2(provider.fallbackReason().contains(u"libVLC"_s),
                 qPrintable(provider.fallbackReason()));
        QCOMPARE(provider.createPlayer(StreamKind::Radio)->backendName(), u"qt"_s);
    }
    // The same through the environment, as a kiosk's service file would set it.
    qputenv("DORFPLATZ_VLC_ARGS", "--aout=adummy  --dorfplatz-no-such-option");
    PlayerProvider provider(PlayerBackend::Vlc);
    qunsetenv("DORFPLATZ_VLC_ARGS");
    QCOMPARE(provider.backend(), PlayerBackend::Qt);
    QVERIFY(!provider.fallbackReason().isEmpty());
}

void TestMediaPlayers::backendNames()
{
    QCOMPARE(playerBackendName(backend()), m_player->backendName());
    QVERIFY(playerBackendFromName(m_player->backendName()) == backend());
    QVERIFY(playerBackendFromName(u" VLC "_s) == PlayerBackend::Vlc);
    QVERIFY(!playerBackendFromName(u"gstreamer"_s));
    QVERIFY(!playerBackendFromName(QString()));
}

void TestMediaPlayers::qtPlayerLoadsLibsoup2()
{
    // GStreamer's HTTP source crashed on stop with libsoup 3 (see QtPlayer); a Qt player makes
    // sure libsoup 2 is loaded first, so souphttpsrc picks it.
    QtPlayer player;
    void *soup2 = dlopen("libsoup-2.4.so.1", RTLD_NOW | RTLD_NOLOAD);
    QVERIFY(soup2);
    dlclose(soup2);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestMediaPlayers)
#include "tst_mediaplayers.moc"
