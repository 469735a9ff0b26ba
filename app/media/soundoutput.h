#pragma once

#include <QString>

namespace Dorfplatz {

// Whether this computer has anything to play sound on: an output of the sound server (PulseAudio
// or PipeWire, as Qt Multimedia sees it) or an ALSA playback device. Without one, libVLC fails to
// open its audio output for every stream it plays (and says so many times over); --check-streams
// asks first, says it once, and checks the streams into a null output instead.
class SoundOutput
{
public:
    // `alsaDevices`: where the ALSA device nodes are (tests pass another folder).
    static bool available(const QString &alsaDevices = QStringLiteral("/dev/snd"));
    // Only the ALSA part: a playback device node (pcmC0D0p …) in `alsaDevices`.
    static bool hasAlsaPlayback(const QString &alsaDevices);
};

} // namespace Dorfplatz
