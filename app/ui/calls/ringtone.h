#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSoundEffect;

namespace Dorfplatz {

class WavFile;

// The sound of an incoming call: a soft two-note chime made in code (no file to ship), played
// in a loop by Qt Multimedia's QSoundEffect, never louder than staff allowed (CallSettings::
// ringVolume). It can be muted at once (accessibility.md: sound that starts by itself).
class RingTone : public QObject
{
    Q_OBJECT

public:
    // `maxVolumePercent`: the cap, 0–100; the tone plays at this volume unless muted.
    explicit RingTone(int maxVolumePercent, QObject *parent = nullptr);
    ~RingTone() override;

    void start();
    void stop();
    bool isPlaying() const { return m_playing; }

    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    // The volume asked of the sound effect, 0.0–1.0: never above the cap, 0 when muted.
    double volume() const;
    double maxVolume() const { return m_maxVolume; }
    // What the sound effect was last set to (-1 before it exists). Not QSoundEffect::volume():
    // once the chime is loaded that reports the audio sink's volume, and on a machine without a
    // sound output the sink says 1.0 whatever it was given.
    double effectVolume() const { return m_effectVolume; }

    // One period of the chime as a WAV file: 16-bit mono PCM at 22.05 kHz, two soft notes and
    // a pause, about 2.5 s; the peak stays at half of full scale.
    static QByteArray chimeWav();

private:
    void prepare();
    void applyVolume();

    double m_maxVolume;
    bool m_muted = false;
    bool m_playing = false;
    double m_effectVolume = -1.0;
    std::unique_ptr<WavFile> m_file;
    QSoundEffect *m_effect = nullptr;
};

} // namespace Dorfplatz
