#include "ringtone.h"

#include "core/logging.h"
#include "media/wavfile.h"

#include <QSoundEffect>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int sampleRate = 22050;
constexpr double periodSeconds = 2.6;
constexpr double peak = 0.5; // of full scale: gentle even before the volume cap

// A bell-like note: a soft attack, a long decay, a quiet octave above for warmth.
double note(double t, double frequency, double length)
{
    if (t < 0 || t >= length)
        return 0;
    const double attack = std::min(1.0, t / 0.02);
    const double release = std::min(1.0, (length - t) / 0.05);
    const double envelope = attack * release * std::exp(-t * 2.5);
    const double w = 2 * std::numbers::pi * frequency * t;
    return envelope * (0.8 * std::sin(w) + 0.2 * std::sin(2 * w));
}

} // namespace

RingTone::RingTone(int maxVolumePercent, QObject *parent)
    : QObject(parent)
    , m_maxVolume(std::clamp(maxVolumePercent, 0, 100) / 100.0)
{}

RingTone::~RingTone()
{
    delete m_effect; // before its file
}

QByteArray RingTone::chimeWav()
{
    return WavFile::pcm16(sampleRate, periodSeconds, [](double t) {
        // E5 then C5, like a doorbell; then quiet until the next ring.
        const double value = note(t, 659.25, 0.7) + note(t - 0.45, 523.25, 0.9);
        return std::clamp(value * peak, -peak, peak);
    });
}

void RingTone::prepare()
{
    if (m_effect)
        return;
    auto file = std::make_unique<WavFile>(u"ring"_s, chimeWav());
    if (file->path().isEmpty()) {
        // The ring screen still shows; a call can be answered without the sound.
        qCWarning(lcUi) << "cannot write the ringtone:" << file->error();
        return;
    }
    m_file = std::move(file);
    m_effect = new QSoundEffect;
    m_effect->setLoopCount(QSoundEffect::Infinite);
    m_effect->setSource(QUrl::fromLocalFile(m_file->path()));
    applyVolume();
}

void RingTone::start()
{
    m_playing = true;
    // A cap of 0 is silence: nothing to load or play.
    if (m_maxVolume <= 0)
        return;
    prepare();
    if (m_effect)
        m_effect->play();
}

void RingTone::stop()
{
    m_playing = false;
    if (m_effect)
        m_effect->stop();
}

void RingTone::setMuted(bool muted)
{
    m_muted = muted;
    applyVolume();
}

double RingTone::volume() const
{
    return m_muted ? 0.0 : m_maxVolume;
}

void RingTone::applyVolume()
{
    if (!m_effect)
        return;
    m_effect->setVolume(float(volume()));
    m_effect->setMuted(m_muted);
    m_effectVolume = volume();
}

} // namespace Dorfplatz
