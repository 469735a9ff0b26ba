#include "mediaplayer.h"

#include <algorithm>

namespace Dorfplatz {

void MediaPlayer::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    applyVolume(effectiveVolume());
}

void MediaPlayer::setDucked(bool ducked)
{
    if (m_ducked == ducked)
        return;
    m_ducked = ducked;
    applyVolume(effectiveVolume());
}

int MediaPlayer::effectiveVolume() const
{
    return m_ducked ? m_volume * duckedShare / 100 : m_volume;
}

void MediaPlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MediaPlayer::setNowPlaying(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (m_nowPlaying == trimmed)
        return;
    m_nowPlaying = trimmed;
    Q_EMIT nowPlayingChanged(m_nowPlaying);
}

void MediaPlayer::setHasVideo(bool hasVideo)
{
    if (m_hasVideo == hasVideo)
        return;
    m_hasVideo = hasVideo;
    Q_EMIT hasVideoChanged(hasVideo);
}

void MediaPlayer::markStarted()
{
    if (m_state != State::Opening)
        return;
    setState(State::Playing);
    Q_EMIT started();
}

} // namespace Dorfplatz
