#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QWindow>

namespace Dorfplatz {

// Where a player draws video. The UI fills the field its backend needs: libVLC draws into a
// native window (its id), Qt Multimedia into a QVideoSink (from a QVideoWidget). Core stays free
// of Widgets this way.
struct VideoTarget
{
    WId window = 0;
    QObject *qtVideoOutput = nullptr; // anything QMediaPlayer::setVideoOutput() accepts
};

// One playing medium, behind one interface with a libVLC and a Qt Multimedia implementation.
// It plays exactly one URL (no playlist files, no retries: StreamSession does those) and reports
// what really happens. All signals are emitted on the thread that owns the player.
//
// "Started" means sound or picture is really there: the playing time advanced (libVLC: its
// buffer is full with an audio track, which comes with the first decoded sample), or the first
// video frame arrived. Backends' own "playing" states fire before that and are not reported.
class MediaPlayer : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Opening, // play() was called; nothing heard or seen yet
        Playing, // started() was emitted
        Paused,
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~MediaPlayer() override = default;

    // "vlc" or "qt": for logs and --check-streams.
    virtual QString backendName() const = 0;

    // Stops what plays and opens `url` (http, https or file). Emits started() once it is heard or
    // seen, or failed() when it cannot be played.
    virtual void play(const QUrl &url) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    // Stops and forgets the medium. No signal of the old medium arrives after stop() returns.
    virtual void stop() = 0;

    // 0…100, applied now and to every later play().
    void setVolume(int percent);
    int volume() const { return m_volume; }
    // Turned down under something spoken ("Vorlesen"): the volume asked stays, the player
    // plays at duckedShare percent of it until undone.
    void setDucked(bool ducked);
    bool isDucked() const { return m_ducked; }
    static constexpr int duckedShare = 40;
    // What the backend plays at: volume(), or its ducked share.
    int effectiveVolume() const;

    // Takes effect for the next play().
    virtual void setVideoTarget(const VideoTarget &target) = 0;

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    // The title now playing: ICY StreamTitle of a radio stream, or the medium's title tag.
    QString nowPlaying() const { return m_nowPlaying; }
    bool hasVideo() const { return m_hasVideo; }

Q_SIGNALS:
    void stateChanged(Dorfplatz::MediaPlayer::State state);
    // Sound or picture is there for the first time after play().
    void started();
    // The playing time advanced (milliseconds since play()). Emitted at least every second while
    // the medium really plays; a stall watchdog listens to it.
    void progressed(qint64 milliseconds);
    void nowPlayingChanged(const QString &title);
    void hasVideoChanged(bool hasVideo);
    // The medium cannot be played or broke off. `detail` is for the log (backend's words).
    void failed(const QString &detail);
    // A medium with an end (a local file) reached it. Live streams that end emit failed().
    void finished();

protected:
    // For backends: play at `percent` (0…100) now and from the next play() on.
    virtual void applyVolume(int percent) = 0;
    // For backends: change the state and emit the matching signals (only on real changes).
    void setState(State state);
    void setUrl(const QUrl &url) { m_url = url; }
    void setNowPlaying(const QString &title);
    void setHasVideo(bool hasVideo);
    // Moves Opening → Playing and emits started() exactly once per play().
    void markStarted();

private:
    State m_state = State::Stopped;
    int m_volume = 100;
    bool m_ducked = false;
    QUrl m_url;
    QString m_nowPlaying;
    bool m_hasVideo = false;
};

} // namespace Dorfplatz
