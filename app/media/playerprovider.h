#pragma once

#include "core/streams/streamconfig.h"
#include "mediaplayer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace Dorfplatz {

class VlcInstance;

// Makes media players of the configured backend. Holds the one libVLC instance of the process:
// creating it costs up to 0.2 s (a cold plugin cache; 1–5 ms warm), so the kiosk calls warmUp()
// after the first paint, and the resident's first tap finds it ready. When libVLC cannot start, it
// falls back to Qt Multimedia and says why (fallbackReason()).
class PlayerProvider : public QObject
{
    Q_OBJECT

public:
    // `vlcArguments` are added to libVLC's own (tests pass "--aout=adummy"); the environment
    // variable DORFPLATZ_VLC_ARGS (space separated) adds more.
    explicit PlayerProvider(PlayerBackend preferred, const QStringList &vlcArguments = {},
                            QObject *parent = nullptr);
    ~PlayerProvider() override;

    // Creates the libVLC instance if the backend is libVLC and it does not exist yet.
    void warmUp();

    PlayerBackend preferred() const { return m_preferred; }
    // The backend createPlayer() uses for radio: the preferred one, or Qt when libVLC failed.
    PlayerBackend backend();
    // The backend for a stream of `kind`: backend(), except that video is Qt Multimedia's when
    // the application runs on no X11 server (Wayland, offscreen). libVLC draws video only into
    // X11 windows; anywhere else it would open a window of its own over the kiosk.
    PlayerBackend backendFor(StreamKind kind);
    // Empty unless the provider fell back to Qt Multimedia.
    QString fallbackReason() const { return m_fallbackReason; }

    std::unique_ptr<MediaPlayer> createPlayer(StreamKind kind, QObject *parent = nullptr);

    // Turns every player made here down while something is read aloud, and those made
    // meanwhile from the start (MediaPlayer::setDucked).
    void setDucked(bool ducked);
    bool isDucked() const { return m_ducked; }

private:
    PlayerBackend m_preferred;
    QStringList m_vlcArguments;
    std::unique_ptr<VlcInstance> m_vlc;
    bool m_vlcTried = false;
    QString m_fallbackReason;
    QList<QPointer<MediaPlayer>> m_players;
    bool m_ducked = false;
};

} // namespace Dorfplatz
