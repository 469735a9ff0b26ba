#include "uisounds.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int sampleRate = 44100;
constexpr double clickSeconds = 0.04;
// Soft: a click should be heard, not startle anyone.
constexpr double clickVolume = 0.35;

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

} // namespace

UiSounds::UiSounds(QObject *parent)
    : QObject(parent)
{}

UiSounds::~UiSounds()
{
    delete m_click;
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

QByteArray UiSounds::clickWav()
{
    const int samples = int(sampleRate * clickSeconds);
    QByteArray data;
    data.reserve(samples * 2);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / sampleRate;
        const double envelope = std::exp(-t * 120.0) * std::min(1.0, t * 4000.0);
        const double value = std::sin(2 * std::numbers::pi * 1200.0 * t) * envelope;
        appendLe16(data, quint16(qint16(std::lround(value * 20000.0))));
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

void UiSounds::prepare()
{
    if (m_click)
        return;
    m_file = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                 .filePath(u"dorfplatz-click-%1.wav"_s.arg(QCoreApplication::applicationPid()));
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(clickWav()) < 0) {
        qCWarning(lcMedia) << "cannot write the click sound to" << m_file << file.errorString();
        m_file.clear();
        return;
    }
    file.close();
    m_click = new QSoundEffect;
    m_click->setVolume(clickVolume);
    m_click->setSource(QUrl::fromLocalFile(m_file));
}

bool UiSounds::isReady() const
{
    return m_click && m_click->status() == QSoundEffect::Ready;
}

void UiSounds::click()
{
    if (m_enabled && isReady())
        m_click->play();
}

} // namespace Dorfplatz
