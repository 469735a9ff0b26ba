#include "recordingspeech.h"

#include <QTimer>

namespace Dorfplatz::Test {

RecordingSpeech::RecordingSpeech(QObject *parent)
    : SpeechEngine(parent)
{}

void RecordingSpeech::speak(const QString &text)
{
    stop();
    m_texts.append(text);
    m_speaking = true;
    const quint64 generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_speaking)
            Q_EMIT started();
    });
}

void RecordingSpeech::stop()
{
    if (!m_speaking)
        return;
    ++m_stops;
    ++m_generation;
    m_speaking = false;
    Q_EMIT finished();
}

void RecordingSpeech::finishSpeaking()
{
    if (!m_speaking)
        return;
    ++m_generation;
    m_speaking = false;
    Q_EMIT finished();
}

} // namespace Dorfplatz::Test
