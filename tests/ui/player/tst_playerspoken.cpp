// What "Vorlesen" says on the player: data rows of the player's state (the kind of station, the
// phase, the problem, the title now playing) in and the whole spoken text out, radio with and
// without a title, video, about to start, a retry, each trouble, paused; then a real player on
// a local file with a title tag (libVLC, into its dummy sound output) says the same as it
// starts, plays, pauses, and waits after a file that is not there.
#include "media/mediaplayer.h"
#include "media/playerprovider.h"
#include "support/mediamaker.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/theme.h"
#include "ui/player/playerscreen.h"
#include "ui/player/playerstatus.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Phase = StreamSession::Phase;
using Problem = StreamSession::Problem;

constexpr int startTimeoutMs = 20000;
const QString station = u"Radio Westpfalz"_s;
const QString title = u"Kuckuck Walzer"_s;

} // namespace

class TestPlayerSpoken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();
    void realPlayer();
    void stationThatIsNotThere();

private:
    std::unique_ptr<PlayerScreen> makeScreen(PlayerProvider &provider, const QUrl &url) const;

    QTemporaryDir m_media;
    QUrl m_audio;
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
};

void TestPlayerSpoken::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_media.isValid());
    const QString audio = Test::MediaMaker::audioFile(m_media.path(), u"tone.mp3"_s, 300, title);
    QVERIFY(!audio.isEmpty());
    m_audio = QUrl::fromLocalFile(audio);
}

void TestPlayerSpoken::rows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<StreamKind>("kind");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<bool>("retrying");
    QTest::addColumn<QString>("nowPlaying");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, StreamKind kind, Phase phase, const QString &playing,
                        const QString &expected, Problem problem = Problem::None,
                        bool retrying = false) {
        QTest::newRow(name) << u"SWR4"_s << kind << phase << problem << retrying << playing
                            << expected;
    };
    constexpr StreamKind radio = StreamKind::Radio;
    constexpr StreamKind video = StreamKind::Video;
    row("radio with a title", radio, Phase::Playing, u"Kuckuck Walzer"_s,
        u"You are listening to SWR4. Now playing: Kuckuck Walzer."_s);
    row("radio title with symbols", radio, Phase::Playing, u"Helene Fischer – „Atemlos“ ♪"_s,
        u"You are listening to SWR4. Now playing: Helene Fischer, Atemlos."_s);
    row("radio without a title", radio, Phase::Playing, {}, u"You are listening to SWR4."_s);
    row("video", video, Phase::Playing, u"Konzert"_s, u"You are watching SWR4."_s);
    row("about to start", radio, Phase::Connecting, {},
        u"Station: SWR4. One moment, it is about to start."_s);
    row("not started", video, Phase::Idle, {},
        u"Station: SWR4. One moment, it is about to start."_s);
    row("trying again", radio, Phase::Connecting, u"Kuckuck Walzer"_s,
        u"Station: SWR4. Trying again."_s, Problem::Unreachable, true);
    row("unreachable", radio, Phase::Waiting, {},
        u"Station: SWR4. The station cannot be reached right now. We will try again in a "
        "moment."_s,
        Problem::Unreachable, true);
    row("not found", radio, Phase::Waiting, {},
        u"Station: SWR4. This station is not available at the moment. We will try again in a "
        "moment."_s,
        Problem::NotFound, true);
    row("server error", video, Phase::Waiting, {},
        u"Station: SWR4. The station has a fault right now. We will try again in a moment."_s,
        Problem::ServerError, true);
    row("interrupted", radio, Phase::Waiting, {},
        u"Station: SWR4. The connection was interrupted. We will try again in a moment."_s,
        Problem::Interrupted, true);
    row("broken", radio, Phase::Waiting, {},
        u"Station: SWR4. This station cannot be played right now. We will try again in a "
        "moment."_s,
        Problem::Broken, true);
    row("paused radio", radio, Phase::Paused, u"Kuckuck Walzer"_s,
        u"Station: SWR4. Paused. Tap Continue to listen again."_s);
    row("paused video", video, Phase::Paused, {},
        u"Station: SWR4. Paused. Tap Continue to watch again."_s);
}

void TestPlayerSpoken::rows()
{
    QFETCH(QString, name);
    QFETCH(StreamKind, kind);
    QFETCH(Phase, phase);
    QFETCH(Problem, problem);
    QFETCH(bool, retrying);
    QFETCH(QString, nowPlaying);
    QFETCH(QString, expected);
    // The status as the screen shows it in that state.
    const QString status = PlayerStatus::text(phase, problem, retrying, kind);
    QCOMPARE(PlayerScreen::spokenFor(name, kind, phase, status, nowPlaying), expected);
}

std::unique_ptr<PlayerScreen> TestPlayerSpoken::makeScreen(PlayerProvider &provider,
                                                           const QUrl &url) const
{
    const StreamConfig stream{
        .id = u"test"_s,
        .name = station,
        .kind = StreamKind::Radio,
        .urls = {url},
        .logo = {},
        .volume = {},
        .localHosts = {},
    };
    auto screen = std::make_unique<PlayerScreen>(m_theme, stream, u":/icons/radio.svg"_s,
                                                 VolumeLimits{}, provider);
    static std::chrono::milliseconds time{0};
    for (TapButton *button : screen->findChildren<TapButton *>())
        button->guard().setTimeSource([] { return time += 1000ms; });
    screen->resize(1280, 720);
    screen->show();
    return screen;
}

void TestPlayerSpoken::realPlayer()
{
    PlayerProvider provider(PlayerBackend::Vlc, {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, m_audio);
    QCOMPARE(screen->spokenText(),
             u"Station: Radio Westpfalz. One moment, it is about to start."_s);
    screen->activate();
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), Phase::Playing, startTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(screen->nowPlayingText(), title, startTimeoutMs);
    QCOMPARE(screen->spokenText(),
             u"You are listening to Radio Westpfalz. Now playing: Kuckuck Walzer."_s);

    QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), Phase::Paused, startTimeoutMs);
    QCOMPARE(screen->spokenText(),
             u"Station: Radio Westpfalz. Paused. Tap Continue to listen again."_s);
    screen->deactivate();
}

void TestPlayerSpoken::stationThatIsNotThere()
{
    PlayerProvider provider(PlayerBackend::Vlc, {u"--aout=adummy"_s});
    auto screen = makeScreen(provider, QUrl::fromLocalFile(m_media.filePath(u"gone.mp3"_s)));
    screen->activate();
    QTRY_COMPARE_WITH_TIMEOUT(screen->session()->phase(), Phase::Waiting, startTimeoutMs);
    // What the screen shows of the trouble, after the station's name; it has no symbols.
    QVERIFY(!screen->trouble().isEmpty());
    QCOMPARE(screen->spokenText(), u"Station: Radio Westpfalz. "_s + screen->trouble());
    screen->deactivate();
}

QTEST_MAIN(TestPlayerSpoken)
#include "tst_playerspoken.moc"
