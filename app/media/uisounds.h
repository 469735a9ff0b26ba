#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSoundEffect;

namespace Dorfplatz {

class WavFile;

// The sounds of the interface itself: a soft click for every tap, so a resident who does not see
// well hears that the tap counted. Qt Multimedia's QSoundEffect plays them (low latency, mixed
// with a stream), never the stream player. The click is made in code, not shipped as a file.
class UiSounds : public QObject
{
    Q_OBJECT

public:
    explicit UiSounds(QObject *parent = nullptr);
    ~UiSounds() override;

    // Writes the click to a temporary file and loads it; the kiosk calls this after the first
    // paint so the first tap finds it ready.
    void prepare();
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Whether the click is loaded and can be played (false without prepare()).
    bool isReady() const;

    void click();

    // A 40 ms click as a WAV file: 16-bit mono PCM at 44.1 kHz, a decaying 1.2 kHz tone.
    static QByteArray clickWav();

private:
    bool m_enabled = true;
    std::unique_ptr<WavFile> m_file;
    QSoundEffect *m_click = nullptr;
};

} // namespace Dorfplatz
