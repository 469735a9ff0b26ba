#pragma once

#include "speechengine.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

class QAudioSink;
class QIODevice;
class QThread;

namespace Dorfplatz {

// German speech from espeak-ng's library, played through Qt Multimedia (QAudioSink, push mode,
// on the default audio output). espeak-ng is a process-wide C library that is not thread-safe:
// it runs on a worker thread of this engine, behind one lock for the whole process (EspeakLibrary
// in the .cpp), so two engines may exist and take turns. It synthesises far faster than it is
// spoken (a 10-word sentence in about 3 ms) and hands its samples over in 100 ms pieces, which
// the owning thread plays.
//
// The voice is that of QLocale()'s language when espeak-ng has it, German ("de") otherwise.
// With DORFPLATZ_SPEECH_TO_FILE set to a path (tests, the screenshot tour, machines without a
// sound card) the speech is written to that WAV file instead (16-bit mono, espeak-ng's sample
// rate), rewritten by each speak(); the signals come as for the sound card, finished() when the
// file is complete.
//
// Signals: a speak() while nothing is said begins a turn; finished() ends it exactly once (said,
// stopped or failed), started() comes at most once in it, with its first sound. A speak() during
// a turn replaces the text and continues the turn: no finished() and no second started().
class EspeakEngine : public SpeechEngine
{
    Q_OBJECT

public:
    // Starts espeak-ng on the worker thread and waits for it (about 10 ms the first time in a
    // process, the voice included; nothing afterwards).
    explicit EspeakEngine(QObject *parent = nullptr);
    ~EspeakEngine() override;

    // "no sound output", "no German voice in espeak-ng-data", "espeak-ng could not start".
    QString unavailableReason() const override;
    void speak(const QString &text) override;
    void stop() override;
    bool isSpeaking() const override { return m_speaking; }
    void setRate(int percent) override;
    void setVolume(int percent) override;

    int rate() const { return m_rate; }
    int volume() const { return m_volume; }
    // espeak-ng's name of the voice ("German"); empty when unavailable.
    QString voiceName() const { return m_voiceName; }
    // The WAV file from DORFPLATZ_SPEECH_TO_FILE; empty when speaking to the sound card.
    QString outputFile() const { return m_filePath; }

private:
    void synthesised(quint64 generation, const QString &error);
    void chunk(quint64 generation, const QByteArray &pcm);
    bool openOutput(QString *error);
    void closeOutput();
    void feedSink();
    void sinkStateChanged();
    void fail(const QString &detail);
    void endTurn();

    QString m_unavailable;
    QString m_filePath;
    QByteArray m_language; // of the voice, as espeak-ng knows it ("de")
    QString m_voiceName;
    int m_sampleRate = 0;
    int m_rate = 100;
    int m_volume = 100;

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_worker; // lives on m_thread: the context of the synthesis
    // Raised by every speak() and stop(): the synthesis of an older turn stops at its next piece,
    // and pieces of it still on their way are dropped.
    std::atomic<quint64> m_generation = 0;

    bool m_speaking = false;    // in a turn
    bool m_started = false;     // started() emitted in this turn
    bool m_synthesised = false; // the last piece of the current text has arrived
    bool m_outputOpen = false;
    QFile m_file;
    qint64 m_fileBytes = 0; // samples written, in bytes
    QAudioSink *m_sink = nullptr;
    QByteArray m_sinkDeviceId; // the output m_sink was made for
    QIODevice *m_sinkDevice = nullptr;
    QByteArray m_pending; // samples the sink had no room for yet
    QTimer m_feedTimer;
};

} // namespace Dorfplatz
