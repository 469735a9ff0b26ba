#include "wavfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

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

QByteArray WavFile::pcm16(int sampleRate, double seconds,
                          const std::function<double(double)> &signal)
{
    const int samples = int(sampleRate * seconds);
    QByteArray data;
    data.reserve(samples * 2);
    for (int i = 0; i < samples; ++i) {
        const double value = std::clamp(signal(double(i) / sampleRate), -1.0, 1.0);
        appendLe16(data, quint16(qint16(std::lround(value * 32767.0))));
    }
    QByteArray wav;
    wav.append("RIFF");
    appendLe32(wav, quint32(36 + data.size()));
    wav.append("WAVEfmt ");
    appendLe32(wav, 16);                      // size of the fmt chunk
    appendLe16(wav, 1);                       // PCM
    appendLe16(wav, 1);                       // mono
    appendLe32(wav, quint32(sampleRate));     // samples per second
    appendLe32(wav, quint32(sampleRate * 2)); // bytes per second
    appendLe16(wav, 2);                       // bytes per frame
    appendLe16(wav, 16);                      // bits per sample
    wav.append("data");
    appendLe32(wav, quint32(data.size()));
    wav.append(data);
    return wav;
}

WavFile::WavFile(const QString &name, const QByteArray &wav)
{
    // Several ring screens may live at once (one going, one coming): each its own file.
    static std::atomic<int> counter = 0;
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(u"dorfplatz-%1-%2-%3.wav"_s.arg(name)
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size() || !file.flush()) {
        m_error = file.errorString();
        file.remove();
        return;
    }
    m_path = path;
}

WavFile::~WavFile()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

} // namespace Dorfplatz
