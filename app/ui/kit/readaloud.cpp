#include "readaloud.h"

#include "core/logging.h"
#include "media/speech/speechengine.h"

namespace Dorfplatz {

ReadAloud::ReadAloud(SpeechEngine *engine, QObject *parent)
    : QObject(parent)
{
    setEngine(engine);
}

void ReadAloud::setEngine(SpeechEngine *engine)
{
    if (m_engine == engine)
        return;
    stop();
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    if (m_engine) {
        if (!m_engine->isAvailable())
            qCInfo(lcApp).noquote() << "Reading aloud is off:" << m_engine->unavailableReason();
        connect(m_engine, &SpeechEngine::finished, this, &ReadAloud::engineFinished);
        connect(m_engine, &SpeechEngine::failed, this, [](const QString &detail) {
            qCWarning(lcApp).noquote() << "Reading aloud failed:" << detail;
        });
    }
    setSettings(m_settings);
}

ReadAloud::~ReadAloud()
{
    // Nothing goes on speaking for a kiosk (or a test) that is gone.
    if (m_engine && m_speaking)
        m_engine->stop();
}

void ReadAloud::setSettings(const SpeechSettings &settings)
{
    m_settings = settings;
    if (m_engine) {
        m_engine->setRate(settings.ratePercent);
        m_engine->setVolume(settings.volumePercent);
    }
    if (m_source && !settings.readAloud)
        stop();
    if (!m_source && m_speaking && !settings.announcements)
        stop();
    Q_EMIT availabilityChanged();
}

bool ReadAloud::isAvailable() const
{
    return m_settings.readAloud && m_engine && m_engine->isAvailable();
}

bool ReadAloud::announces() const
{
    return m_settings.announcements && m_engine && m_engine->isAvailable();
}

void ReadAloud::toggle(const QObject *source, const QString &text)
{
    if (!isAvailable())
        return;
    if (m_speaking && m_source == source) {
        stop();
        return;
    }
    speak(source, text);
}

void ReadAloud::announce(const QString &text)
{
    if (announces())
        speak(nullptr, text);
}

void ReadAloud::stop()
{
    if (!m_speaking)
        return;
    if (m_engine) {
        m_replacing = true;
        m_engine->stop();
        m_replacing = false;
    }
    setSpeaking(false, nullptr);
}

void ReadAloud::speak(const QObject *source, const QString &text)
{
    const QString said = text.simplified();
    if (said.isEmpty()) {
        stop();
        return;
    }
    // Speaking (and so the stream turned down) starts now, not when the first sound arrives.
    setSpeaking(true, source);
    m_replacing = true;
    m_engine->speak(said);
    m_replacing = false;
}

void ReadAloud::setSpeaking(bool speaking, const QObject *source)
{
    const bool sourceChange = m_source != source;
    m_source = source;
    if (m_speaking != speaking) {
        m_speaking = speaking;
        Q_EMIT speakingChanged(speaking);
    }
    if (sourceChange)
        Q_EMIT sourceChanged();
}

void ReadAloud::engineFinished()
{
    if (m_replacing || !m_speaking)
        return;
    // A finished() queued from a text already replaced says nothing about the one now spoken.
    if (m_engine && m_engine->isSpeaking())
        return;
    setSpeaking(false, nullptr);
}

} // namespace Dorfplatz
