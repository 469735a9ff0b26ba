#include "soundoutput.h"

#include "core/logging.h"

#include <QAudioDevice>
#include <QDir>
#include <QMediaDevices>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

bool SoundOutput::hasAlsaPlayback(const QString &alsaDevices)
{
    // Device nodes are "system" entries for QDir; a plain file stands in for one in tests.
    return !QDir(alsaDevices)
                .entryList({u"pcmC*D*p"_s}, QDir::System | QDir::Files | QDir::NoDotAndDotDot)
                .isEmpty();
}

bool SoundOutput::available(const QString &alsaDevices)
{
    // Qt 6.4 asks only the sound server; a system with plain ALSA has none, yet plays.
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    const bool alsa = hasAlsaPlayback(alsaDevices);
    qCInfo(lcMedia).noquote() << "sound outputs:" << outputs.size()
                              << "from the sound server; ALSA playback device:"
                              << (alsa ? "yes" : "no");
    return !outputs.isEmpty() || alsa;
}

} // namespace Dorfplatz
