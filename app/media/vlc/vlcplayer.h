#pragma once

#include "media/mediaplayer.h"
#include "vlcinstance.h"

#include <atomic>
#include <chrono>
#include <memory>

struct libvlc_media_player_t;
struct libvlc_media_t;
struct libvlc_event_t;

namespace Dorfplatz {

// MediaPlayer on libVLC 3. libVLC reports on its own threads; each report is posted to the
// player's thread together with the generation of the medium it belongs to, and all state
// changes happen there. Reports of a medium that was stopped or replaced are dropped.
class VlcPlayer : public MediaPlayer
{
    Q_OBJECT

public:
    explicit VlcPlayer(const VlcInstance &instance, QObject *parent = nullptr);
    ~VlcPlayer() override;

    QString backendName() const override;
    void play(const QUrl &url) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setVideoTarget(const VideoTarget &target) override;

    // The volume set last (0…100), applied to every medium.

    // How long stop(), play() and the destructor wait for a replaced media player to stop
    // drawing into the video window, so that its owner may destroy the window afterwards.
    static constexpr std::chrono::milliseconds windowReleaseTimeout{3000};

    // The volume the backend plays at now (MediaPlayer::effectiveVolume()).
    int playVolume() const { return m_playVolume; }

    // The address libVLC is given for `url`: a plain-http stream goes to libVLC's ICY-capable
    // HTTP module at once (icyx://), everything else as it is. See vlcplayer.cpp for why.
    static QByteArray locationFor(const QUrl &url);

private:
    struct PlayerDeleter
    {
        void operator()(libvlc_media_player_t *player) const;
    };
    struct MediaDeleter
    {
        void operator()(libvlc_media_t *media) const;
    };

    // A fresh libVLC media player with the kiosk's input settings and our event handlers.
    void createMediaPlayer();
    // Makes the medium for `location` and starts it on the media player.
    void open(const QByteArray &location);
    // Before anything played: opens url() as given instead of locationFor(url()), once.
    bool openFallback();

    static void onPlayerEvent(const libvlc_event_t *event, void *data);
    static void onMediaEvent(const libvlc_event_t *event, void *data);

    // On the player's thread, for reports of the current generation only.
    void handleEvent(int type, qint64 value);
    void handleTime(qint64 time);
    void handleEnd();
    void updateNowPlaying();

    void attachPlayerEvents(bool attach);
    void attachMediaEvents(bool attach);
    // Stops libVLC and forgets the medium; afterwards nothing of it reaches the signals.
    void release();
    // Hands the media player (and medium) to a worker that stops and frees them, and with
    // `replace` makes a fresh media player for the next medium.
    void retire(bool replace);
    // Stops libVLC but keeps the medium, so that it can play again.
    void stopPlayback();
    void fail(const QString &reason);
    // For failures found inside play() or resume(): reported once the call returned.
    void failLater(const QString &reason);
    void applyVolume(int percent) override;

    VlcInstance m_instance;
    std::unique_ptr<libvlc_media_player_t, PlayerDeleter> m_player;
    std::unique_ptr<libvlc_media_t, MediaDeleter> m_media;
    // Written on this thread, read by libVLC's threads when they post a report.
    std::atomic<quint64> m_generation = 0;

    VideoTarget m_videoTarget;
    // The current media player was given the target's window to draw into.
    bool m_drawsIntoWindow = false;
    int m_playVolume = 100;
    quint64 m_logMark = 0;
    // What libVLC was given for url() (locationFor()); libVLC names an untitled item by it.
    QString m_location;
    // url(), while libVLC was given another address for it (locationFor()) and has not played.
    QUrl m_fallback;
    qint64 m_lastTime = 0;
    bool m_started = false;
    bool m_pausedByStopping = false;
    // An audio or video track was found in the medium.
    bool m_hasTrack = false;
};

} // namespace Dorfplatz
