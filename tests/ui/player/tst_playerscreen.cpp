// The player screen with both backends on a real X display: it says "one moment" until the
// stream is heard, shows the title now playing, pauses and continues by taps, keeps the volume
// inside the kiosk's limits, holds off the inactivity timer only while something plays or is
// brought back, stops when the resident leaves, hides the video controls after the keep time,
// and every control is large enough at every size and text scale.
#include "media/playerprovider.h"
#include "media/qt/qtplayer.h"
#include "media/vlc/vlcplayer.h"
#include "support/mediamaker.h"
#include "ui/kit/navigator.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/theme.h"
#include "ui/player/playercontrols.h"
#include "ui/player/playerscreen.h"
#include "ui/player/playerstatus.h"
#include "ui/player/videoview.h"
#include "ui/player/volumebar.h"
#include "ui/support/layoutcheck.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using Dorfplatz::Test::rectIn;
using namespace std::chrono_literals;

namespace {

constexpr int startTimeoutMs = 20000;
const QString title = u"Kuckuck Walzer"_s;
const QString oneMoment = u"One moment, it is about to start …"_s;

// Every button of the screen counts each tap as a new one, a second later than the last: the
// tests tap faster than the 0.6 s repeat guard allows a finger to.
void tapFreely(PlayerScreen &screen)
{
    auto now = std::make_shared<std::chrono::milliseconds>(0);
    for (TapButton *button : screen.findChildren<TapButton *>())
        button->guard().setTimeSource([now] { return *now += 1000ms; });
}

int backendVolume(const MediaPlayer *player)
{
    if (const auto *vlc = qobject_cast<const VlcPlayer *>(player))
        return vlc->volume();
    if (const auto *qt = qobject_cast<const QtPlayer *>(player))
        return qt->volume();
    return -1;
}

// Runs an X11 tool (xdotool, xwininfo) on the test's display; its output, or nullopt when it
// failed.
std::optional<QString> runX11Tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

// Keys, clicks and pointer moves through XTEST, as a keyboard or a finger would send them.
bool xdotool(const QStringList &arguments)
{
    return runX11Tool(u"xdotool"_s, arguments).has_value();
}

// The windows directly inside `window`, as xwininfo lists them.
QList<WId> childWindows(WId window)
{
    const QString tree =
        runX11Tool(u"xwininfo"_s, {u"-children"_s, u"-id"_s, QString::number(window)})
            .value_or(QString());
    QList<WId> children;
    static const QRegularExpression line(u"^\\s+(0x[0-9a-f]+) "_s,
                                         QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(tree); match.hasNext();)
        children.append(match.next().captured(1).toULongLong(nullptr, 16));
    return children;
}

// Files libVLC writes when its hotkeys record (vlc-record-…) or take a snapshot (vlcsnap-…).
QStringList vlcFilesIn(const QString &directory, QDirIterator::IteratorFlags flags)
{
    QStringList found;
    QDirIterator it(directory, {u"vlcsnap*"_s, u"vlc-record*"_s}, QDir::Files | QDir::Hidden,
                    flags);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

// A bare home screen for the navigator.
class BareHome : public Screen
{
public:
    QString screenName() const override { return u"home"_s; }
};

} // namespace

class TestPlayerScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void backendAvailable();
    void statusTexts();
    void volumeBarContrast();
    void saysOneMomentUntilHeard();
    void showsTitleNowPlaying();
    void pausesAndContinues();
    void repeatedTapIgnored();
    void volumeStaysWithinLimits();
    void startVolumeFromStation();
    void holdsInactivityOnlyWhilePlaying();
    void deletingStopsPlayer();
    void leavingThroughNavigatorStops();
    void videoControlsHideAndReturn();
    void vlcHotkeysAndClicksAreOff();
    void waitingSaysWhatHappens();
    void layoutFits_data();
    void layoutFits();

private:
    PlayerBackend backend() const;
    std::unique_ptr<PlayerScreen> makeScreen(PlayerProvider &provider, StreamKind kind,
                                             const QUrl &url, const Theme &theme,
                                             std::optional<int> volume = {}) const;
    void showAndWaitForPlaying(PlayerScreen &screen, QSize size = QSize(1280, 720)) const;
    void checkLayout(const PlayerScreen &screen, const Theme &theme) const;

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)}; // 4 px per mm
    VolumeLimits m_limits{.minimum = 20, .maximum = 80, .initial = 50, .step = 10};
    QTemporaryDir m_media;
    QUrl m_audio;
    QUrl m_video;
};

void TestPlayerScreen::initTestCase_data()
{
    QTest::addColumn<QString>("backendName");
    QTest::addRow("vlc") << u"vlc"_s;
    QTest::addRow("qt") << u"qt"_s;
}

void TestPlayerScreen::initTestCase()
{
    if (QGuiApplication::platformName() != u"xcb")
        QSKIP("needs an X display (QT_QPA_PLATFORM=xcb): libVLC draws into X11 windows");
    QVERIFY(m_media.isValid());
    // Long enough that nothing ends (and loops) while a test runs.
    const QString audio = Test::MediaMaker::audioFile(m_media.path(), u"tone.mp3"_s, 300, title);
    QVERIFY(!audio.isEmpty());
    m_audio = QUrl::fromLocalFile(audio);
    // H.264 (ultrafast): VP8 took over a minute to encode on a loaded two-core machine.
    const QString video = Test::MediaMaker::videoFile(m_media.path(), u"clip.mp4"_s, 120);
    QVERIFY(!video.isEmpty());
    m_video = QUrl::fromLocalFile(video);
}

PlayerBackend TestPlayerScreen::backend() const
{
    QFETCH_GLOBAL(QString, backendName);
    return backendName == u"qt" ? PlayerBackend::Qt : PlayerBackend::Vlc;
}

std::unique_ptr<PlayerScreen> TestPlayerScreen::makeScreen(PlayerProvider &provider,
                                                           StreamKind kind, const QUrl &url,
                                                           const Theme &theme,
                                                           std::optional<int> volume) const
{
    const StreamConfig stream{
        .id = u"test"_s,
        .name = kind == StreamKind::Video ? u"Konzert aus Kusel"_s : u"Radio Westpfalz"_s,
        .kind = kind,
        .urls = {url},
        .logo = {},
        .volume = volume,
        .localHosts = {},
    };
    auto screen =
        std::make_unique<PlayerScreen>(theme, stream, u":/icons/radio.svg"_s, m_limits, provider);
    tapFreely(*screen);
    return screen;
}

void TestPlayerScreen::showAndWaitForPlaying(PlayerScreen &screen, QSize size) const
{
    screen.resize(size);
    screen.show();
    screen.activate(); // as the navigator does when it shows a screen
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QTRY_COMPARE_WITH_TIMEOUT(screen.session()->phase(), StreamSession::Phase::Playing,
                              startTimeoutMs);
}

void TestPlayerScreen::backendAvailable()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    QVERIFY2(provider.backend() == backend(), qPrintable(provider.fallbackReason()));
}

void TestPlayerScreen::statusTexts()
{
    using Phase = StreamSession::Phase;
    using Problem = StreamSession::Problem;
    QCOMPARE(PlayerStatus::text(Phase::Idle, Problem::None, false, StreamKind::Radio), oneMoment);
    QCOMPARE(PlayerStatus::text(Phase::Connecting, Problem::None, false, StreamKind::Radio),
             oneMoment);
    // A retry does not flash back to the first message.
    QCOMPARE(PlayerStatus::text(Phase::Connecting, Problem::Unreachable, true, StreamKind::Radio),
             u"Trying again …"_s);
    QVERIFY(PlayerStatus::text(Phase::Playing, Problem::None, false, StreamKind::Radio).isEmpty());
    QCOMPARE(PlayerStatus::text(Phase::Paused, Problem::None, false, StreamKind::Radio),
             u"Paused. Tap \"Continue\" to listen again."_s);
    QCOMPARE(PlayerStatus::text(Phase::Waiting, Problem::Unreachable, true, StreamKind::Radio),
             u"The station cannot be reached right now. We will try again in a moment."_s);

    // Whatever went wrong, the resident reads a plain sentence that says what happens next, and
    // no number.
    QSet<QString> seen;
    for (const Problem problem : {Problem::None, Problem::Unreachable, Problem::NotFound,
                                  Problem::ServerError, Problem::Broken, Problem::Interrupted}) {
        const QString text = PlayerStatus::text(Phase::Waiting, problem, true, StreamKind::Video);
        QVERIFY(text.endsWith(u"We will try again in a moment."_s));
        QVERIFY2(!text.contains(QRegularExpression(u"\\d"_s)), qPrintable(text));
        seen.insert(text);
    }
    QCOMPARE(seen.size(), 5); // None shares Broken's sentence
}

void TestPlayerScreen::volumeBarContrast()
{
    for (const ThemeKind kind : {ThemeKind::Standard, ThemeKind::HighContrast}) {
        const ThemePalette palette = Theme::paletteFor(kind);
        // The fill against the trough, the trough's border against the screen: non-text, 3:1.
        QVERIFY(Theme::contrastRatio(palette.accent, palette.surface) >= 3.0);
        QVERIFY(Theme::contrastRatio(palette.border, palette.background) >= 3.0);
        // A disabled player button is an outline with the label in text colour.
        QVERIFY(Theme::contrastRatio(palette.text, palette.background) >= 7.0);
    }
    VolumeBar bar(m_theme);
    bar.setRange(20, 80);
    bar.setValue(20);
    const double quietest = bar.fillRatio();
    QVERIFY(quietest > 0.0); // quiet, not off
    bar.setValue(50);
    QVERIFY(bar.fillRatio() > quietest);
    bar.setValue(200);
    QCOMPARE(bar.value(), 80);
    QCOMPARE(bar.fillRatio(), 1.0);
}

void TestPlayerScreen::saysOneMomentUntilHeard()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme);
    QCOMPARE(screen->screenName(), u"stream"_s);
    // Nothing plays before the screen is shown.
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Idle);
    QCOMPARE(screen->statusText(), oneMoment);

    QSignalSpy statusChanged(screen.get(), &PlayerScreen::statusTextChanged);
    screen->resize(1280, 720);
    screen->show();
    screen->activate(); // as the navigator does when it shows a screen
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Connecting);
    QCOMPARE(screen->statusText(), oneMoment);
    const auto *status = screen->findChild<QLabel *>(u"status"_s);
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), oneMoment);
    // Even now the resident can stop what is about to start.
    QVERIFY(screen->pauseButton()->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), StreamSession::Phase::Playing,
                              startTimeoutMs);
    QVERIFY(screen->statusText().isEmpty());
    QVERIFY(!status->isVisible());
    QCOMPARE(statusChanged.count(), 1);
    QCOMPARE(screen->player()->state(), MediaPlayer::State::Playing);
}

void TestPlayerScreen::showsTitleNowPlaying()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme);
    const auto *label = screen->findChild<QLabel *>(u"nowPlaying"_s);
    QVERIFY(label);
    QVERIFY(screen->nowPlayingText().isEmpty());
    showAndWaitForPlaying(*screen);
    QTRY_COMPARE_WITH_TIMEOUT(screen->nowPlayingText(), title, startTimeoutMs);
    QCOMPARE(label->text(), title);
    QVERIFY(label->isVisible());
    const auto *name = screen->findChild<QLabel *>(u"name"_s);
    QVERIFY(name && name->isVisible());
    QCOMPARE(name->text(), u"Radio Westpfalz"_s);
}

void TestPlayerScreen::pausesAndContinues()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme);
    showAndWaitForPlaying(*screen);
    PlayerButton *pause = screen->pauseButton();
    QCOMPARE(pause->objectName(), u"pause"_s);
    QCOMPARE(pause->text(), u"Pause"_s);
    const QSize size = pause->size();

    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Paused);
    QCOMPARE(screen->player()->state(), MediaPlayer::State::Paused);
    QCOMPARE(pause->text(), u"Continue"_s);
    QCOMPARE(screen->statusText(), u"Paused. Tap \"Continue\" to listen again."_s);
    QCOMPARE(pause->size(), size); // nothing jumps when the label changes

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), StreamSession::Phase::Playing,
                              startTimeoutMs);
    QCOMPARE(pause->text(), u"Pause"_s);
    QVERIFY(screen->statusText().isEmpty());
    // And it really plays on: the player reports progress again.
    QSignalSpy progressed(screen->player(), &MediaPlayer::progressed);
    QVERIFY(progressed.wait(5000));
}

void TestPlayerScreen::repeatedTapIgnored()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme);
    showAndWaitForPlaying(*screen);
    // A trembling double tap within 0.6 s pauses once; it does not pause and continue again.
    std::chrono::milliseconds now{5000};
    screen->pauseButton()->guard().setTimeSource([&now] { return now; });
    QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
    now += 250ms;
    QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Paused);
    screen->louderButton()->guard().setTimeSource([&now] { return now; });
    now += 1000ms;
    QTest::mouseClick(screen->louderButton(), Qt::LeftButton);
    now += 300ms;
    QTest::mouseClick(screen->louderButton(), Qt::LeftButton);
    QCOMPARE(screen->volume(), 60);
}

void TestPlayerScreen::volumeStaysWithinLimits()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme);
    showAndWaitForPlaying(*screen);
    PlayerButton *louder = screen->louderButton();
    PlayerButton *quieter = screen->quieterButton();
    QCOMPARE(louder->objectName(), u"louder"_s);
    QCOMPARE(quieter->objectName(), u"quieter"_s);
    QCOMPARE(screen->volume(), 50);
    QCOMPARE(backendVolume(screen->player()), 50);
    QVERIFY(louder->isEnabled() && quieter->isEnabled());

    for (int i = 0; i < 10; ++i)
        QTest::mouseClick(louder, Qt::LeftButton);
    QCOMPARE(screen->volume(), 80);
    QCOMPARE(backendVolume(screen->player()), 80);
    QCOMPARE(screen->volumeBar()->value(), 80);
    QCOMPARE(screen->volumeBar()->fillRatio(), 1.0);
    QVERIFY(!louder->isEnabled());
    QVERIFY(quieter->isEnabled());

    QTest::mouseClick(quieter, Qt::LeftButton);
    QCOMPARE(screen->volume(), 70);
    QVERIFY(louder->isEnabled());

    for (int i = 0; i < 10; ++i)
        QTest::mouseClick(quieter, Qt::LeftButton);
    QCOMPARE(screen->volume(), 20);
    QCOMPARE(backendVolume(screen->player()), 20);
    QCOMPARE(screen->volumeBar()->value(), 20);
    QVERIFY(!quieter->isEnabled());
    QVERIFY(louder->isEnabled());
    // Still playing after all that.
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Playing);
}

void TestPlayerScreen::startVolumeFromStation()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    {
        auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme, 35);
        QCOMPARE(screen->volume(), 35);
        QCOMPARE(backendVolume(screen->player()), 35);
    }
    {
        // A station's volume above the kiosk's maximum is held to it.
        auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme, 95);
        QCOMPARE(screen->volume(), 80);
        QCOMPARE(backendVolume(screen->player()), 80);
        QVERIFY(!screen->louderButton()->isEnabled());
    }
    {
        auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme, 3);
        QCOMPARE(screen->volume(), 20);
        QVERIFY(!screen->quieterButton()->isEnabled());
    }
}

void TestPlayerScreen::holdsInactivityOnlyWhilePlaying()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme);
    QSignalSpy changed(screen.get(), &Screen::inactivityStateChanged);
    QVERIFY(!screen->holdsInactivity());
    screen->resize(1280, 720);
    screen->show();
    screen->activate();                 // as the navigator does when it shows a screen
    QVERIFY(screen->holdsInactivity()); // connecting: the resident waits for it
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), StreamSession::Phase::Playing,
                              startTimeoutMs);
    QVERIFY(screen->holdsInactivity());
    QCOMPARE(changed.count(), 1);

    // A paused player left alone returns home like any other screen.
    QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
    QVERIFY(!screen->holdsInactivity());
    QCOMPARE(changed.count(), 2);
    QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
    QVERIFY(screen->holdsInactivity());
    QCOMPARE(changed.count(), 3);

    screen->session()->stop();
    QVERIFY(!screen->holdsInactivity());
    QCOMPARE(changed.count(), 4);
}

void TestPlayerScreen::deletingStopsPlayer()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme);
    showAndWaitForPlaying(*screen);
    QPointer<MediaPlayer> player = screen->player();
    QList<MediaPlayer::State> states;
    connect(player, &MediaPlayer::stateChanged, this,
            [&states](MediaPlayer::State state) { states.append(state); });
    screen.reset();
    QVERIFY(player.isNull());
    QCOMPARE(states, QList<MediaPlayer::State>{MediaPlayer::State::Stopped});
}

void TestPlayerScreen::leavingThroughNavigatorStops()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    QStackedWidget stack;
    stack.resize(1280, 720);
    Navigator navigator(&stack, new BareHome, 60s);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));

    PlayerScreen *screen = makeScreen(provider, StreamKind::Radio, m_audio, m_theme).release();
    QPointer<PlayerScreen> guard = screen;
    QSignalSpy home(screen, &Screen::homeRequested);
    connect(screen, &Screen::homeRequested, &navigator, &Navigator::goHome);
    navigator.push(screen);
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), StreamSession::Phase::Playing,
                              startTimeoutMs);
    // Playing holds off the return home for inactivity.
    QVERIFY(!navigator.inactivityTimer().isActive());

    QCOMPARE(screen->homeButton()->objectName(), u"home"_s);
    QTest::mouseClick(screen->homeButton(), Qt::LeftButton);
    QCOMPARE(home.count(), 1);
    QVERIFY(navigator.isHome());
    // Silent at once, not only when the screen is deleted a moment later.
    QVERIFY(guard);
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Idle);
    QCOMPARE(screen->player()->state(), MediaPlayer::State::Stopped);
    QTRY_VERIFY(guard.isNull());
}

void TestPlayerScreen::videoControlsHideAndReturn()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Video, m_video, m_theme);
    screen->setControlsKeepTime(400ms);
    QVERIFY(screen->videoView());
    PlayerControls *controls = screen->controls();
    QSignalSpy shownChanged(screen.get(), &PlayerScreen::controlsShownChanged);

    screen->resize(1280, 720);
    screen->show();
    screen->activate(); // as the navigator does when it shows a screen
    // Until the picture is there, the status and the controls stay. Checked before the event
    // loop runs: a local video can be on the glass by the time the window is exposed.
    QVERIFY(screen->controlsShown());
    QVERIFY(controls->isVisible());
    QCOMPARE(screen->statusText(), oneMoment);
    QVERIFY(screen->findChild<QLabel *>(u"status"_s)->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(screen.get()));

    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), StreamSession::Phase::Playing,
                              startTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(screen->player()->hasVideo(), startTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!screen->controlsShown(), 5000);
    QVERIFY(!controls->isVisible());
    QVERIFY(!screen->findChild<QLabel *>(u"name"_s)->isVisible());
    // The picture takes the whole screen.
    QCOMPARE(rectIn(screen->videoView(), screen.get()), screen->rect());

    // A tap on the picture's own window (where a finger lands) brings them back …
    QWindow *pictureWindow = nullptr;
    for (QWindow *window : QGuiApplication::allWindows()) {
        if (window != screen->windowHandle() && window->isVisible() && window->parent() &&
            (window->inherits("QVideoWindow") ||
             window == screen->videoView()->surface()->windowHandle()))
            pictureWindow = window;
    }
    QVERIFY(pictureWindow);
    QTest::mouseClick(pictureWindow, Qt::LeftButton, {}, QPoint(20, 20));
    QVERIFY(screen->controlsShown());
    QVERIFY(controls->isVisible());
    QVERIFY(screen->homeButton()->isVisible());
    QVERIFY(screen->findChild<QLabel *>(u"name"_s)->isVisible());
    QVERIFY(rectIn(screen->videoView(), screen.get()).bottom() <
            rectIn(controls, screen.get()).top());
    checkLayout(*screen, m_theme);
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer shown;
    shown.start();
    QTRY_VERIFY_WITH_TIMEOUT(!screen->controlsShown(), 5000);
    QVERIFY(shown.elapsed() >= 350);

    // … and so does a tap on the screen's widgets, and a tap on a button keeps them.
    QTest::mouseClick(screen->videoView(), Qt::LeftButton);
    QVERIFY(screen->controlsShown());
    QTest::mouseClick(screen->louderButton(), Qt::LeftButton);
    QCOMPARE(screen->volume(), 60);
    QVERIFY(screen->controlsShown());
    QTRY_VERIFY_WITH_TIMEOUT(!screen->controlsShown(), 5000);

    // Paused, the controls stay until it plays again.
    QTest::mouseClick(screen->videoView(), Qt::LeftButton);
    QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
    QCOMPARE(screen->statusText(), u"Paused. Tap \"Continue\" to watch again."_s);
    QVERIFY(screen->controlsShown());
    QVERIFY(!screen->controlsTimer().isActive()); // the only thing that hides them
    QVERIFY(shownChanged.count() >= 6);
}

void TestPlayerScreen::vlcHotkeysAndClicksAreOff()
{
    // libVLC's own hotkeys record the stream (Shift+R) and save snapshots (Shift+S) into the
    // home folder; keys and clicks in its video window must reach the kiosk instead. Sent
    // through XTEST (xdotool), as a keyboard left on the table or a finger would.
    if (backend() != PlayerBackend::Vlc)
        QSKIP("only libVLC has hotkeys of its own");
    QVERIFY2(!QStandardPaths::findExecutable(u"xdotool"_s).isEmpty(),
             "xdotool is missing (TEST_PACKAGES in dorfplatz.sh)");

    // Where libVLC would put a recording or snapshot: the home folder (its Pictures and Videos
    // fall back to it), the working directory, /tmp and the video's folder.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    const QString oldCwd = QDir::currentPath();
    qputenv("HOME", home.path().toLocal8Bit());
    QVERIFY(QDir::setCurrent(home.path()));
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        QDir::setCurrent(oldCwd);
    });
    const QString mediaDir = QFileInfo(m_video.toLocalFile()).absolutePath();
    const QStringList tmpBefore = vlcFilesIn(QDir::tempPath(), QDirIterator::NoIteratorFlags);

    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, StreamKind::Video, m_video, m_theme);
    screen->setControlsKeepTime(300ms);
    showAndWaitForPlaying(*screen);
    QTRY_VERIFY_WITH_TIMEOUT(screen->player()->hasVideo(), startTimeoutMs);
    screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(screen.get()));

    // libVLC listens in the video surface itself (its OpenGL output draws there), or in a child
    // window of its own there (its X11 and XVideo outputs): the pointer goes there, so the keys
    // are delivered to that window.
    const WId surface = screen->videoView()->surface()->winId();
    const QList<WId> vlcWindows = childWindows(surface);
    const QString target = QString::number(vlcWindows.isEmpty() ? surface : vlcWindows.first());
    QVERIFY(xdotool({u"mousemove"_s, u"--window"_s, target, u"40"_s, u"40"_s}));

    // The keys arrive (the kiosk's window gets them; libVLC would get them at the same time if it
    // listened: X11 hands key presses to every client that asks) …
    QList<int> keys;
    struct KeyWatch : QObject
    {
        QList<int> *keys;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::KeyPress)
                keys->append(static_cast<QKeyEvent *>(event)->key());
            return false;
        }
    } watch;
    watch.keys = &keys;
    qApp->installEventFilter(&watch);
    const auto unwatch = qScopeGuard([&] { qApp->removeEventFilter(&watch); });
    QVERIFY(xdotool({u"key"_s, u"shift+r"_s, u"shift+s"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(keys.contains(Qt::Key_R) && keys.contains(Qt::Key_S), 5000);

    // … the video plays on (a snapshot is taken with the next picture, a recording starts at
    // once: both would be on disk by now) …
    QSignalSpy progressed(screen->player(), &MediaPlayer::progressed);
    QVERIFY(progressed.wait(5000));
    const qint64 first = progressed.last().at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(progressed.last().at(0).toLongLong() >= first + 500, 5000);
    QCOMPARE(screen->session()->phase(), StreamSession::Phase::Playing);
    QCOMPARE(screen->player()->state(), MediaPlayer::State::Playing);

    // … and nothing was written anywhere.
    QCOMPARE(vlcFilesIn(home.path(), QDirIterator::Subdirectories), QStringList());
    QCOMPARE(vlcFilesIn(mediaDir, QDirIterator::Subdirectories), QStringList());
    QCOMPARE(vlcFilesIn(QDir::tempPath(), QDirIterator::NoIteratorFlags), tmpBefore);

    // A real tap on the picture reaches the screen, not libVLC: the controls come back.
    QTRY_VERIFY_WITH_TIMEOUT(!screen->controlsShown(), 5000);
    // Raised and pointed at again in the same breath: other tests share this display, and a
    // window of theirs may have come up over this one in the meantime.
    QVERIFY(xdotool({u"windowraise"_s, QString::number(screen->winId()), u"mousemove"_s,
                     u"--window"_s, target, u"40"_s, u"40"_s, u"click"_s, u"1"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(screen->controlsShown(), 5000);
}

void TestPlayerScreen::waitingSaysWhatHappens()
{
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    const QUrl missing = QUrl::fromLocalFile(m_media.filePath(u"nothing-here.mp3"_s));
    auto screen = makeScreen(provider, StreamKind::Radio, missing, m_theme);
    screen->session()->setRetryDelays(60s, 60s);
    screen->resize(1280, 720);
    screen->show();
    QSignalSpy trouble(screen.get(), &Screen::troubleChanged);
    QVERIFY(screen->trouble().isEmpty());
    screen->activate(); // as the navigator does when it shows a screen
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), StreamSession::Phase::Waiting,
                              startTimeoutMs);
    QCOMPARE(screen->statusText(), PlayerStatus::problemText(screen->session()->problem()));
    // A group session marks its date for staff with it.
    // (Told on the failed attempt, and again with the words of the wait.)
    QCOMPARE(screen->trouble(), screen->statusText());
    QVERIFY(!trouble.isEmpty());
    QVERIFY(screen->statusText().endsWith(u"We will try again in a moment."_s));
    QVERIFY(screen->holdsInactivity());
    checkLayout(*screen, m_theme);
    if (QTest::currentTestFailed())
        return;
}

void TestPlayerScreen::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("video");
    QTest::addColumn<QString>("theme");
    // The screen's share of 1920x1080, 1280x800 and 1080x1920 windows below the header.
    const QList<QSize> sizes{{1920, 760}, {1280, 560}, {1080, 1340}};
    for (const bool video : {false, true}) {
        for (const QSize &size : sizes) {
            for (const int scale : {100, 150, 200}) {
                QTest::addRow("%s %dx%d at %d percent", video ? "video" : "radio", size.width(),
                              size.height(), scale)
                    << size << scale << video << u"standard"_s;
            }
        }
    }
    QTest::addRow("radio high contrast 1280x560 at 200 percent")
        << QSize(1280, 560) << 200 << false << u"high-contrast"_s;
}

void TestPlayerScreen::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(bool, video);
    QFETCH(QString, theme);
    // 96 dpi, as the 24" screens in the homes have about that.
    const Theme sized(theme == u"high-contrast" ? ThemeKind::HighContrast : ThemeKind::Standard,
                      ScreenMetrics(96.0 / 25.4, scale));
    PlayerProvider provider(backend(), {u"--aout=adummy"_s});
    // A missing file: the screen shows its longest kind of text, a problem sentence.
    const QUrl missing = QUrl::fromLocalFile(m_media.filePath(u"nothing-here.mp3"_s));
    auto screen =
        makeScreen(provider, video ? StreamKind::Video : StreamKind::Radio, missing, sized);
    screen->session()->setRetryDelays(60s, 60s);
    screen->resize(size);
    screen->show();
    screen->activate(); // as the navigator does when it shows a screen
    QVERIFY(QTest::qWaitForWindowExposed(screen.get()));
    QCOMPARE(screen->size(), size);
    checkLayout(*screen, sized);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), StreamSession::Phase::Waiting,
                              startTimeoutMs);
    QVERIFY(!screen->statusText().isEmpty());
    checkLayout(*screen, sized);
}

void TestPlayerScreen::checkLayout(const PlayerScreen &screen, const Theme &theme) const
{
    // Every control and the volume bar: inside the screen, at least 20 mm square, 4 mm apart.
    Test::NamedRects bar;
    if (screen.volumeBar()->isVisible())
        bar.append({screen.volumeBar()->objectName(), rectIn(screen.volumeBar(), &screen)});
    const Test::NamedRects controls = Test::checkControls(screen, theme, bar);
    if (QTest::currentTestFailed())
        return;
    // Pause and the volume are always there; Home gives way only to the header's.
    QVERIFY(screen.pauseButton()->isVisible());
    QVERIFY(screen.quieterButton()->isVisible());
    QVERIFY(screen.louderButton()->isVisible());

    // No text is cut off, leaves the screen or runs into a control or another text.
    Test::checkTexts(screen, controls);
    if (QTest::currentTestFailed())
        return;
    // Never silence without a word.
    if (screen.session()->phase() != StreamSession::Phase::Playing)
        QVERIFY(screen.findChild<QLabel *>(u"status"_s)->isVisible());
}

QTEST_MAIN(TestPlayerScreen)
#include "tst_playerscreen.moc"
