#pragma once

#include <QObject>
#include <QString>

namespace Dorfplatz {

// Something that reads German text aloud: the resident's "Vorlesen" button and the home's spoken
// announcements use it. An engine never blocks the thread that owns it: speak() returns at once,
// and the sound follows. All signals are emitted on the owning thread.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SpeechEngine() override = default;

    // Empty when the engine can speak; otherwise why not, in English for the log ("no German
    // voice", "no sound output"). The kiosk then shows no "Vorlesen" button.
    virtual QString unavailableReason() const = 0;
    bool isAvailable() const { return unavailableReason().isEmpty(); }

    // Stops what is being said and says `text` (plain text, written for the ear). Emits started()
    // when the first sound is on its way to the speaker, finished() when it is said or stopped.
    virtual void speak(const QString &text) = 0;
    // Stops at once; emits finished() if something was being said.
    virtual void stop() = 0;
    virtual bool isSpeaking() const = 0;

    // Speaking rate in percent of the engine's normal rate (50…150; the kiosk's default is slower
    // than normal) and loudness in percent (10…100). Both apply from the next speak().
    virtual void setRate(int percent) = 0;
    virtual void setVolume(int percent) = 0;

Q_SIGNALS:
    void started();
    void finished();
    // Something went wrong while speaking (for the log); finished() follows.
    void failed(const QString &detail);
};

} // namespace Dorfplatz
