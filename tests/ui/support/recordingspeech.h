#pragma once

#include "media/speech/speechengine.h"

#include <QStringList>

namespace Dorfplatz::Test {

// A speech engine that says nothing and writes down what it was asked to say: for the flows of
// reading aloud (the real espeak-ng engine has a test of its own, tst_espeakengine). Like a real
// engine it emits started() later, never inside speak(); finished() comes when the test calls
// finishSpeaking() (the end of the text) or on stop().
class RecordingSpeech : public SpeechEngine
{
    Q_OBJECT

public:
    explicit RecordingSpeech(QObject *parent = nullptr);

    QString unavailableReason() const override { return m_unavailable; }
    void speak(const QString &text) override;
    void stop() override;
    bool isSpeaking() const override { return m_speaking; }
    void setRate(int percent) override { m_rate = percent; }
    void setVolume(int percent) override { m_volume = percent; }

    // Makes the engine unavailable (a machine without sound output).
    void setUnavailableReason(const QString &reason) { m_unavailable = reason; }
    // Everything speak() was given, in order.
    const QStringList &texts() const { return m_texts; }
    QString lastText() const { return m_texts.isEmpty() ? QString() : m_texts.last(); }
    int stops() const { return m_stops; }
    int rate() const { return m_rate; }
    int volume() const { return m_volume; }
    // The text was said to the end.
    void finishSpeaking();

private:
    QString m_unavailable;
    QStringList m_texts;
    bool m_speaking = false;
    int m_stops = 0;
    int m_rate = 100;
    int m_volume = 100;
    quint64 m_generation = 0;
};

} // namespace Dorfplatz::Test
