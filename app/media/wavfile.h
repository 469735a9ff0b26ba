#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Dorfplatz {

// A sound made in code (the tap click, the ringtone) as a WAV file for QSoundEffect, which plays
// files only: written to the temporary folder, and removed again with this object.
class WavFile
{
public:
    // 16-bit mono PCM: `seconds` of `signal(t)` (t in seconds; values clamped to [-1, 1]).
    static QByteArray pcm16(int sampleRate, double seconds,
                            const std::function<double(double)> &signal);

    // Writes `wav` to "dorfplatz-NAME-PID-N.wav" in the temporary folder.
    WavFile(const QString &name, const QByteArray &wav);
    ~WavFile();
    WavFile(const WavFile &) = delete;
    WavFile &operator=(const WavFile &) = delete;

    // Empty when the file could not be written; error() then says why.
    QString path() const { return m_path; }
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace Dorfplatz
