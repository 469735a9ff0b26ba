#pragma once

#include "core/config/kioskconfig.h"
#include "media/speech/speechengine.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Dorfplatz {

// Reading aloud for the whole kiosk: one voice at a time. A "Vorlesen" button (ReadAloudButton)
// reads its screen's text through it, and a second tap on the same button stops it; the home's
// spoken announcements (a session begins, someone rings) go through it too when switched on.
// While it speaks, speakingChanged(true) lets the shell turn a playing stream down.
//
// Without an engine, or with one that cannot speak here (no sound output), nothing is offered:
// isAvailable() is false and the buttons hide. Nothing ever waits for speech.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    // `engine` may be null; it is not owned and must outlive this object.
    explicit ReadAloud(SpeechEngine *engine, QObject *parent = nullptr);
    ~ReadAloud() override;

    // The engine made after the first paint (before, nothing is offered); null takes it away.
    void setEngine(SpeechEngine *engine);
    SpeechEngine *engine() const { return m_engine; }

    // Rate and volume go to the engine; readAloud and announcements switch the two uses.
    void setSettings(const SpeechSettings &settings);
    const SpeechSettings &settings() const { return m_settings; }

    // A "Vorlesen" button may be shown.
    bool isAvailable() const;
    // Announcements are spoken (switched on, and an engine that can speak).
    bool announces() const;

    // Reads `text` for `source` (the button tapped), or stops when `source` is being read now.
    void toggle(const QObject *source, const QString &text);
    // Says `text` when announcements are on; replaces what is being said.
    void announce(const QString &text);
    // Stops whatever is being said (the resident went elsewhere, the kiosk went home).
    void stop();

    bool isSpeaking() const { return m_speaking; }
    // The button whose text is being read; null while an announcement or nothing is spoken.
    const QObject *source() const { return m_source; }

Q_SIGNALS:
    // From the moment speech is asked for until it is said or stopped.
    void speakingChanged(bool speaking);
    // source() changed: buttons switch between "Vorlesen" and "Stopp".
    void sourceChanged();
    // isAvailable() or announces() may have changed (settings, engine).
    void availabilityChanged();

private:
    void speak(const QObject *source, const QString &text);
    void setSpeaking(bool speaking, const QObject *source);
    void engineFinished();

    SpeechEngine *m_engine = nullptr;
    SpeechSettings m_settings;
    bool m_speaking = false;
    QPointer<const QObject> m_source;
    // Set while this object replaces one text by the next, so the engine's finished() of the old
    // text does not end the new one.
    bool m_replacing = false;
};

} // namespace Dorfplatz
