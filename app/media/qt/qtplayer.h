#pragma once

#include "media/mediaplayer.h"

#include <QMediaPlayer>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAudioOutput;

namespace Dorfplatz {

class IcyMetadataReader;

// MediaPlayer on Qt Multimedia (GStreamer on Debian). Each play() gets a fresh QMediaPlayer:
// GStreamer pipelines that failed do not always recover, and signals of the old medium that are
// still on their way cannot be told apart from the new one's. The old player is disconnected and
// deleted, so nothing of it reaches this player's signals.
//
// GStreamer passes on only the ICY StreamTitle a stream starts with, never its changes, so for
// radio streams an IcyMetadataReader reads the titles over a second connection of its own (see
// listenForTitles()).
class QtPlayer : public MediaPlayer
{
    Q_OBJECT

public:
    explicit QtPlayer(QObject *parent = nullptr);
    ~QtPlayer() override;

    QString backendName() const override;
    void play(const QUrl &url) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setVideoTarget(const VideoTarget &target) override;

    // The volume set last (0…100), applied to every medium.

    // The volume the backend plays at now (MediaPlayer::effectiveVolume()).
    int playVolume() const { return m_playVolume; }

private:
    void handlePosition(qint64 position);
    // While opening: asks the pipeline for its position (see m_startWatch).
    void pollPosition();
    void handleStatus(QMediaPlayer::MediaStatus status);
    void handleVideoFrame();
    void updateNowPlaying();
    // Starts the title reader for an Icecast/SHOUTcast stream that has started playing.
    void listenForTitles();
    void handleIcyTitle(const QString &title);
    void retire();
    void fail(const QString &reason);
    // For failures found inside play(): the caller learns of them after play() returned.
    void failLater(const QString &reason);
    void applyVolume(int percent) override;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    IcyMetadataReader *m_icy = nullptr;
    // The reader's StreamTitle of this medium, once it read one; it wins over the title tag.
    std::optional<QString> m_icyTitle;
    QMetaObject::Connection m_frameConnection;
    QPointer<QObject> m_videoOutput;
    // Qt 6.4 reports the position only every 100 ms, and the start needs two reports (see
    // handlePosition()): up to 200 ms after the first sound. While opening, this asks the
    // pipeline itself (QMediaPlayer::position() queries GStreamer) every few milliseconds.
    QTimer m_startWatch;
    // Counts play() and stop(), so that a deferred failure of an old medium is dropped.
    quint64 m_generation = 0;
    int m_playVolume = 100;
    qint64 m_firstPosition = -1;
    qint64 m_lastPosition = -1;
    bool m_started = false;
    bool m_inPlay = false;
};

} // namespace Dorfplatz
