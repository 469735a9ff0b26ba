#pragma once

#include "core/streams/streamconfig.h"
#include "media/streamsession.h"
#include "ui/kit/screen.h"
#include "ui/kit/theme.h"

#include <QTimer>

#include <chrono>
#include <memory>

class QLabel;

namespace Dorfplatz {

class BigButton;
class MediaPlayer;
class PlayerButton;
class PlayerControls;
class PlayerProvider;
class VideoView;
class VolumeBar;

// Plays one configured radio or TV station for as long as the resident stays: it starts when
// first shown, and stops when hidden (the navigator hides a screen before deleting it) or deleted.
//
// Radio: the station's logo and name, the title now playing, a status sentence whenever nothing
// can be heard, and the controls. What does not fit gives way in order: the logo, then the
// name's size, the title, the control row's own "Home" (the header has one), the name; the
// status and the other controls never.
//
// Video: the picture takes the whole screen. A tap anywhere on the screen brings the station's
// name and the controls back beside the picture; they stay for the keep time after the last tap
// while the stream plays, and always while it does not (the status sentence above the picture
// says why). The controls sit beside the picture, not over it: both backends draw video into
// native windows, which cover every widget painted into the window below them.
class PlayerScreen : public Screen
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultControlsKeepTime{10'000};

    // `logoPath` is the station's logo resolved to a file or built-in icon (":/icons/…").
    PlayerScreen(const Theme &theme, const StreamConfig &stream, const QString &logoPath,
                 const VolumeLimits &limits, PlayerProvider &provider, QWidget *parent = nullptr);
    ~PlayerScreen() override;

    QString screenName() const override;
    // While the stream plays or is being brought back; not when paused, so a paused player
    // left alone still returns home.
    bool holdsInactivity() const override;
    QString trouble() const override;
    // "Sie hören SWR4. Gerade läuft: …", "Sie sehen …"; while nothing can be heard, the
    // station and the sentence about why (spokenFor() with the screen's state).
    QString spokenText() const override;
    // What spokenText() says for `station` (its name) of `kind` in `phase`, with the status
    // sentence and the title now playing as the screen shows them.
    static QString spokenFor(const QString &station, StreamKind kind, StreamSession::Phase phase,
                             const QString &status, const QString &title);
    bool hasHomeButton() const override;
    bool showsHeader() const override;

    StreamSession *session() const { return m_session.get(); }
    MediaPlayer *player() const { return m_player.get(); }
    StreamKind kind() const { return m_stream.kind; }

    // A group session of the programme: the volume staff chose (up to the staff maximum), and
    // for residents the volume only: no Pause, no Home; inactivity does not end it (the room
    // does, at its end). Before the screen is shown.
    void setGroupSession(int volume);
    bool isGroupSession() const { return m_group; }

    int volume() const { return m_volume; }
    // The sentence shown about the stream's state; empty while it plays.
    QString statusText() const;
    // The title now playing as shown; empty when unknown.
    QString nowPlayingText() const;

    PlayerControls *controls() const { return m_controls; }
    PlayerButton *pauseButton() const;
    PlayerButton *quieterButton() const;
    PlayerButton *louderButton() const;
    BigButton *homeButton() const;
    VolumeBar *volumeBar() const;
    // The picture of a video station; null for radio.
    VideoView *videoView() const { return m_video; }

    bool isInterrupted() const { return activity() == Activity::Interrupted; }

    // Video: whether the name and controls are shown, and how long they stay after a tap.
    bool controlsShown() const { return m_controlsShown; }
    void setControlsKeepTime(std::chrono::milliseconds keep);
    const QTimer &controlsTimer() const { return m_controlsTimer; }

Q_SIGNALS:
    // Besides these, "Home" in the controls emits Screen::homeRequested(): the shell goes home,
    // which hides and deletes this screen.
    void statusTextChanged(const QString &text);
    void controlsShownChanged(bool shown);

protected:
    // Playing follows the life cycle: activated starts the stream, deactivated stops it.
    // Something more urgent coming up over the screen (a ringing call) pauses it; when that goes,
    // what was playing plays on, and a stream the resident had paused stays paused.
    void activated() override;
    void deactivated() override;
    void interrupted() override;
    void resumed() override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startPlaying();
    void onPhaseChanged(StreamSession::Phase phase);
    void togglePause();
    void changeVolume(int steps);
    void updateStatus();
    void updateNowPlaying(const QString &title);
    void updateInactivityHold();
    void setControlsShown(bool shown);
    void restartControlsTimer();
    bool isTapOnScreen(QObject *watched, QEvent *event) const;

    // What gives way where the screen is small (the class comment says in which order).
    struct RadioVariant
    {
        Theme::TextRole nameRole;
        bool title;
        bool home;
        bool name;
    };
    struct RadioLayout
    {
        RadioVariant variant;
        int text;     // the texts with a gap below each
        int controls; // the controls' height
    };
    struct VideoVariant
    {
        bool home;
        bool name;
    };
    struct VideoLayout
    {
        VideoVariant variant;
        int panel;    // the name and the controls below the picture, with their margins
        int controls; // the controls' height
    };

    void relayout();
    void relayoutRadio();
    // Sets the name's font for `variant` and measures what it needs at `width`.
    RadioLayout measureRadio(const RadioVariant &variant, int width);
    void relayoutVideo();
    void setControlsHome(bool shown);

    const Theme &m_theme;
    StreamConfig m_stream;
    VolumeLimits m_limits;
    QString m_logoPath;
    // Declared in this order so the session goes before the player it drives, and both before
    // the child widgets (the video surface) are destroyed.
    std::unique_ptr<MediaPlayer> m_player;
    std::unique_ptr<StreamSession> m_session;
    int m_volume;
    bool m_retrying = false;
    QString m_trouble; // as last told (troubleChanged)
    bool m_holdsInactivity = false;
    bool m_group = false;
    bool m_resumeAfterInterruption = false;

    QLabel *m_logo = nullptr;
    QLabel *m_name;
    QLabel *m_nowPlaying;
    QLabel *m_status;
    PlayerControls *m_controls;
    VideoView *m_video = nullptr;
    int m_logoSide = -1;
    QRect m_pictureArea; // video: black behind the status and the picture

    QTimer m_controlsTimer;
    bool m_controlsShown = true;
};

} // namespace Dorfplatz
