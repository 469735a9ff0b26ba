// On a platform without an X11 server (Wayland, offscreen) libVLC cannot draw into the kiosk's
// windows, and would open a window of its own over the kiosk: video plays through Qt
// Multimedia there, and libVLC decodes no picture at all. Runs on the offscreen platform; when
// an X display is there too (./dorfplatz.sh test), it checks that no top-level window appears.
#include "media/mediaplayer.h"
#include "media/playerprovider.h"
#include "support/mediamaker.h"
#include "ui/kit/theme.h"
#include "ui/player/playerscreen.h"
#include "ui/player/videoview.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// The top-level windows of the X display in $DISPLAY, or nullopt without one (or xwininfo).
// libVLC's own top-level windows on the X display (its window provider names its class "vlc").
// Only those: tests running beside this one on the same display open windows of their own.
std::optional<QStringList> topLevelVlcWindows()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") ||
        QStandardPaths::findExecutable(u"xwininfo"_s).isEmpty())
        return std::nullopt;
    QProcess xwininfo;
    xwininfo.start(u"xwininfo"_s, {u"-root"_s, u"-children"_s});
    if (!xwininfo.waitForFinished(10000) || xwininfo.exitCode() != 0)
        return std::nullopt;
    QStringList windows;
    static const QRegularExpression line(u"^\\s+(0x[0-9a-f]+) .*$"_s,
                                         QRegularExpression::MultilineOption);
    const QString tree = QString::fromLocal8Bit(xwininfo.readAllStandardOutput());
    for (auto match = line.globalMatch(tree); match.hasNext();) {
        const QRegularExpressionMatch window = match.next();
        if (window.captured(0).contains(u"vlc"_s, Qt::CaseInsensitive))
            windows.append(window.captured(1));
    }
    return windows;
}

} // namespace

class TestPlayerOffscreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void videoPlaysThroughQt();
    void libVlcOpensNoWindow();

private:
    QTemporaryDir m_media;
    QUrl m_video;
};

void TestPlayerOffscreen::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"offscreen"_s);
    QVERIFY(m_media.isValid());
    const QString video = Test::MediaMaker::videoFile(m_media.path(), u"clip.mp4"_s, 10);
    QVERIFY(!video.isEmpty());
    m_video = QUrl::fromLocalFile(video);
}

void TestPlayerOffscreen::videoPlaysThroughQt()
{
    PlayerProvider provider(PlayerBackend::Vlc, {u"--aout=adummy"_s});
    QCOMPARE(provider.backend(), PlayerBackend::Vlc);
    QCOMPARE(provider.backendFor(StreamKind::Radio), PlayerBackend::Vlc);
    QCOMPARE(provider.backendFor(StreamKind::Video), PlayerBackend::Qt);
    QCOMPARE(provider.createPlayer(StreamKind::Radio)->backendName(), u"vlc"_s);

    const Theme theme(ThemeKind::Standard, ScreenMetrics(4.0, 100));
    const StreamConfig stream{.id = u"konzert"_s,
                              .name = u"Konzert aus Kusel"_s,
                              .kind = StreamKind::Video,
                              .urls = {m_video},
                              .logo = {},
                              .volume = {},
                              .localHosts = {}};
    PlayerScreen screen(theme, stream, u":/icons/tv.svg"_s, VolumeLimits{}, provider);
    QCOMPARE(screen.player()->backendName(), u"qt"_s);
    QVERIFY(screen.videoView());
    QVERIFY(screen.videoView()->surface()->inherits("QVideoWidget"));
    screen.resize(1280, 720);
    screen.show();
    screen.activate(); // as the navigator does when it shows a screen
    QTRY_COMPARE_WITH_TIMEOUT(screen.session()->phase(), StreamSession::Phase::Playing, 20000);
}

void TestPlayerOffscreen::libVlcOpensNoWindow()
{
    // A libVLC player given a window it cannot use (the platform is not X11): sound, no
    // picture, and no window of libVLC's own.
    const std::optional<QStringList> before = topLevelVlcWindows();
    PlayerProvider provider(PlayerBackend::Vlc, {u"--aout=adummy"_s});
    const std::unique_ptr<MediaPlayer> player = provider.createPlayer(StreamKind::Radio);
    QCOMPARE(player->backendName(), u"vlc"_s);
    QWidget surface;
    surface.setAttribute(Qt::WA_NativeWindow);
    player->setVideoTarget({surface.winId(), nullptr});
    QSignalSpy started(player.get(), &MediaPlayer::started);
    QSignalSpy progressed(player.get(), &MediaPlayer::progressed);
    QSignalSpy hasVideo(player.get(), &MediaPlayer::hasVideoChanged);
    player->play(m_video);
    QVERIFY(started.wait(10000));
    // A second of playing: libVLC would have made its video output (and window) long before.
    QVERIFY(progressed.wait(5000));
    const qint64 first = progressed.last().at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(progressed.last().at(0).toLongLong() >= first + 1000, 5000);
    if (before) {
        const std::optional<QStringList> after = topLevelVlcWindows();
        QVERIFY(after);
        QCOMPARE(*after, *before);
    } else {
        qInfo("no X display: the top-level windows were not counted");
    }
    QCOMPARE(hasVideo.count(), 0);
    QVERIFY(!player->hasVideo());
    player->stop();
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestPlayerOffscreen)
#include "tst_playeroffscreen.moc"
