#include "ringtone.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int sampleRate = 22050;
constexpr double periodSeconds = 2.6;
constexpr double peak = 0.5; // of full scale: gentle even before the volume cap

void appendLe16(QByteArray &bytes, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    bytes.append(reinterpret_cast<const char *>(&le), 2);
}

void appendLe32(QByteArray &bytes, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    bytes.append(reinterpret_cast<const char *>(&le), 4);
}

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
    delete m_effect;
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

QByteArray RingTone::chimeWav()
{
    const int samples = int(sampleRate * periodSeconds);
    QByteArray data;
    data.reserve(samples * 2);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / sampleRate;
        // E5 then C5, like a doorbell; then quiet until the next ring.
        const double value = note(t, 659.25, 0.7) + note(t - 0.45, 523.25, 0.9);
        const double clamped = std::clamp(value * peak, -peak, peak);
        appendLe16(data, quint16(qint16(std::lround(clamped * 32767.0))));
    }
    QByteArray wav;
    wav.append("RIFF");
    appendLe32(wav, quint32(36 + data.size()));
    wav.append("WAVEfmt ");
    appendLe32(wav, 16);             // size of the fmt chunk
    appendLe16(wav, 1);              // PCM
    appendLe16(wav, 1);              // mono
    appendLe32(wav, sampleRate);     // samples per second
    appendLe32(wav, sampleRate * 2); // bytes per second
    appendLe16(wav, 2);              // bytes per frame
    appendLe16(wav, 16);             // bits per sample
    wav.append("data");
    appendLe32(wav, quint32(data.size()));
    wav.append(data);
    return wav;
}

void RingTone::prepare()
{
    if (m_effect)
        return;
    static int counter = 0;
    m_file = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                 .filePath(u"dorfplatz-ring-%1-%2.wav"_s.arg(QCoreApplication::applicationPid())
                               .arg(++counter));
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(chimeWav()) < 0) {
        // The ring screen still shows; a call can be answered without the sound.
        qCWarning(lcUi) << "cannot write the ringtone to" << m_file << file.errorString();
        m_file.clear();
        return;
    }
    file.close();
    m_effect = new QSoundEffect;
    m_effect->setLoopCount(QSoundEffect::Infinite);
    m_effect->setSource(QUrl::fromLocalFile(m_file));
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

double RingTone::effectVolume() const
{
    return m_effect ? m_effect->volume() : -1.0;
}

void RingTone::applyVolume()
{
    if (!m_effect)
        return;
    m_effect->setVolume(float(volume()));
    m_effect->setMuted(m_muted);
}

} // namespace Dorfplatz
