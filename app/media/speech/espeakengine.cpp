#include "espeakengine.h"

#include "core/logging.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMediaDevices>
#include <QMutex>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <espeak-ng/speak_lib.h>
#include <functional>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The pieces espeak-ng hands over: short enough for the first sound to come at once, long
// enough not to flood the event loop (a minute of speech is 600 pieces).
constexpr int pieceMilliseconds = 100;
constexpr int wavHeaderBytes = 44;

// espeak-ng keeps its state in globals and is not thread-safe: one instance per process, started
// on first use (on an engine's worker thread) and every call under its lock, so engines take
// turns. espeak_Initialize with the German voice takes about 10 ms (measured on the 2-core
// development machine: 4.6–5.6 ms for espeak_Initialize, 6–10 ms for the voice with its
// dictionary).
class EspeakLibrary
{
public:
    // A piece of samples (16-bit mono, native byte order); false stops the synthesis.
    using Piece = std::function<bool(const short *samples, int count)>;

    struct Voice
    {
        QByteArray language; // "de"
        QString name;        // "German"
        int sampleRate = 0;
        QString error; // why there is none
    };

    static EspeakLibrary &instance()
    {
        static EspeakLibrary library;
        return library;
    }

    EspeakLibrary(const EspeakLibrary &) = delete;
    EspeakLibrary &operator=(const EspeakLibrary &) = delete;

    // The voice of `preferred` (a language code such as "fr"), German otherwise.
    Voice voiceFor(const QByteArray &preferred)
    {
        const QMutexLocker lock(&m_mutex);
        Voice voice;
        if (m_sampleRate <= 0) {
            voice.error = u"espeak-ng could not start (is espeak-ng-data installed?)"_s;
            return voice;
        }
        QList<QByteArray> languages;
        if (!preferred.isEmpty() && preferred != "de")
            languages.append(preferred);
        languages.append("de");
        for (const QByteArray &language : std::as_const(languages)) {
            if (!select(language))
                continue;
            const espeak_VOICE *current = espeak_GetCurrentVoice();
            voice.language = language;
            voice.name = current && current->name ? QString::fromUtf8(current->name) : QString();
            voice.sampleRate = m_sampleRate;
            return voice;
        }
        voice.error = u"no German voice in espeak-ng-data"_s;
        return voice;
    }

    // Says `utf8` (plain text, no SSML) with the voice of `language`, handing the samples to
    // `piece` as they come. Returns what went wrong, or nothing (also when `piece` stopped it).
    QString synthesise(const QByteArray &language, int wordsPerMinute, int volume,
                       const QByteArray &utf8, const Piece &piece)
    {
        const QMutexLocker lock(&m_mutex);
        if (!select(language))
            return u"the espeak-ng voice \"%1\" is gone"_s.arg(QString::fromLatin1(language));
        espeak_SetParameter(espeakRATE, wordsPerMinute, 0);
        espeak_SetParameter(espeakVOLUME, volume, 0);
        m_piece = &piece;
        const espeak_ERROR result =
            espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0,
                         espeakCHARS_UTF8, nullptr, nullptr);
        m_piece = nullptr;
        if (result != EE_OK)
            return u"espeak-ng could not synthesise (error %1)"_s.arg(int(result));
        return {};
    }

private:
    EspeakLibrary()
    {
        // espeakINITIALIZE_DONT_EXIT: without it espeak-ng ends the process when its data is
        // missing.
        m_sampleRate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, pieceMilliseconds, nullptr,
                                         espeakINITIALIZE_DONT_EXIT);
        if (m_sampleRate <= 0)
            return;
        espeak_SetSynthCallback(&EspeakLibrary::callback);
        const char *dataPath = nullptr;
        espeak_Info(&dataPath);
        m_dataPath = QString::fromLocal8Bit(dataPath);
    }

    // Once, at the end of the process. espeak-ng 1.51 hangs in a second espeak_Terminate after
    // initialising again, which is why the library is started only once per process.
    ~EspeakLibrary()
    {
        if (m_sampleRate > 0)
            espeak_Terminate();
    }

    // Caller holds the lock.
    bool select(const QByteArray &language)
    {
        if (language == m_language)
            return true;
        // espeak-ng accepts a voice whose dictionary is missing and then speaks nonsense (it only
        // prints "Can't read dictionary file"): look for the dictionary first.
        const QByteArray dictionary = language.split('-').constFirst() + "_dict";
        if (!QFileInfo::exists(m_dataPath + u'/' + QString::fromLatin1(dictionary)))
            return false;
        espeak_VOICE spec{};
        spec.languages = language.constData();
        if (espeak_SetVoiceByProperties(&spec) != EE_OK)
            return false;
        m_language = language;
        return true;
    }

    // On the thread in espeak_Synth (AUDIO_OUTPUT_SYNCHRONOUS), under the lock.
    static int callback(short *samples, int count, espeak_EVENT *)
    {
        const Piece *piece = instance().m_piece;
        if (!piece)
            return 1;
        if (!samples || count <= 0)
            return 0; // the end, or events only
        return (*piece)(samples, count) ? 0 : 1;
    }

    QMutex m_mutex;
    int m_sampleRate = 0;
    QString m_dataPath;
    QByteArray m_language; // the voice selected last
    const Piece *m_piece = nullptr;
};

QByteArray wavHeader(int sampleRate, qint64 dataBytes)
{
    QByteArray header;
    const auto le16 = [&header](quint16 value) {
        const quint16 le = qToLittleEndian(value);
        header.append(reinterpret_cast<const char *>(&le), 2);
    };
    const auto le32 = [&header](quint32 value) {
        const quint32 le = qToLittleEndian(value);
        header.append(reinterpret_cast<const char *>(&le), 4);
    };
    header.append("RIFF");
    le32(quint32(36 + dataBytes));
    header.append("WAVEfmt ");
    le32(16);                      // size of the fmt chunk
    le16(1);                       // PCM
    le16(1);                       // mono
    le32(quint32(sampleRate));     // samples per second
    le32(quint32(sampleRate * 2)); // bytes per second
    le16(2);                       // bytes per frame
    le16(16);                      // bits per sample
    header.append("data");
    le32(quint32(dataBytes));
    return header;
}

// The voice's language: that of the kiosk's language (QLocale::setDefault), German otherwise.
QByteArray preferredLanguage()
{
    const QLocale locale;
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return "de";
    return QLocale::languageToCode(locale.language()).toLatin1();
}

} // namespace

EspeakEngine::EspeakEngine(QObject *parent)
    : SpeechEngine(parent)
    , m_filePath(qEnvironmentVariable("DORFPLATZ_SPEECH_TO_FILE"))
{
    m_feedTimer.setInterval(20);
    connect(&m_feedTimer, &QTimer::timeout, this, &EspeakEngine::feedSink);

    if (m_filePath.isEmpty() && QMediaDevices::defaultAudioOutput().isNull()) {
        m_unavailable = u"no sound output"_s;
        qCInfo(lcMedia) << "speech: no sound output";
        return;
    }

    QElapsedTimer timer;
    timer.start();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"espeak-ng"_s);
    m_worker = std::make_unique<QObject>();
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    // On the worker: espeak-ng belongs to it. Waiting here costs about 10 ms once per process.
    EspeakLibrary::Voice voice;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [&voice, language = preferredLanguage()] {
            voice = EspeakLibrary::instance().voiceFor(language);
        },
        Qt::BlockingQueuedConnection);
    if (!voice.error.isEmpty()) {
        m_unavailable = voice.error;
        qCWarning(lcMedia).noquote() << "speech:" << m_unavailable;
        m_thread->quit();
        m_thread->wait();
        return;
    }
    m_language = voice.language;
    m_voiceName = voice.name;
    m_sampleRate = voice.sampleRate;
    qCInfo(lcMedia).noquote() << u"speech: espeak-ng voice %1 (%2 Hz), ready in %3 ms%4"_s.arg(
        m_voiceName, QString::number(m_sampleRate), QString::number(timer.elapsed()),
        m_filePath.isEmpty() ? QString() : u", into "_s + m_filePath);
}

EspeakEngine::~EspeakEngine()
{
    ++m_generation; // the synthesis under way stops at its next piece
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    m_speaking = false;
    closeOutput();
}

QString EspeakEngine::unavailableReason() const
{
    return m_unavailable;
}

void EspeakEngine::setRate(int percent)
{
    m_rate = std::clamp(percent, 50, 150);
}

void EspeakEngine::setVolume(int percent)
{
    m_volume = std::clamp(percent, 10, 100);
}

void EspeakEngine::speak(const QString &text)
{
    if (!m_unavailable.isEmpty()) {
        qCWarning(lcMedia).noquote() << "speech: cannot speak:" << m_unavailable;
        return;
    }
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty()) {
        stop();
        return;
    }
    const quint64 generation = ++m_generation;
    closeOutput();
    m_synthesised = false;
    if (!m_speaking) {
        m_speaking = true;
        m_started = false;
    }
    // espeak-ng's rate is in words per minute (normal: 175); its volume 100 is normal loudness.
    const int wordsPerMinute = espeakRATE_NORMAL * m_rate / 100;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, generation, utf8, language = m_language, wordsPerMinute, volume = m_volume] {
            if (m_generation != generation)
                return; // replaced or stopped while waiting
            const EspeakLibrary::Piece piece = [this, generation](const short *samples, int count) {
                if (m_generation != generation)
                    return false;
                const QByteArray pcm(reinterpret_cast<const char *>(samples), qsizetype(count) * 2);
                QMetaObject::invokeMethod(
                    this, [this, generation, pcm] { chunk(generation, pcm); },
                    Qt::QueuedConnection);
                return true;
            };
            const QString error =
                EspeakLibrary::instance().synthesise(language, wordsPerMinute, volume, utf8, piece);
            QMetaObject::invokeMethod(
                this, [this, generation, error] { synthesised(generation, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EspeakEngine::stop()
{
    ++m_generation;
    if (m_speaking)
        endTurn();
    else
        closeOutput();
}

void EspeakEngine::chunk(quint64 generation, const QByteArray &pcm)
{
    if (generation != m_generation || !m_speaking)
        return; // of a text replaced or stopped since
    if (!m_outputOpen) {
        QString error;
        if (!openOutput(&error)) {
            fail(error);
            return;
        }
    }
    if (m_file.isOpen()) {
        // espeak-ng's samples are in the machine's byte order, a WAV file's are little-endian.
        QByteArray samples = pcm;
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
            auto *data = reinterpret_cast<qint16 *>(samples.data());
            qToLittleEndian<qint16>(data, samples.size() / 2, data);
        }
        if (m_file.write(samples) != samples.size()) {
            fail(u"cannot write %1: %2"_s.arg(m_filePath, m_file.errorString()));
            return;
        }
        m_fileBytes += samples.size();
    } else {
        m_pending.append(pcm);
        feedSink();
    }
    if (!m_started) {
        m_started = true;
        Q_EMIT started();
    }
}

void EspeakEngine::synthesised(quint64 generation, const QString &error)
{
    if (generation != m_generation || !m_speaking)
        return;
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_synthesised = true;
    // Without a sound (a text of punctuation only), or into a file, the turn ends here; a sink
    // plays on until it runs dry (sinkStateChanged).
    if (!m_outputOpen || m_file.isOpen() ||
        (m_pending.isEmpty() && m_sink->state() == QAudio::IdleState))
        endTurn();
}

bool EspeakEngine::openOutput(QString *error)
{
    if (!m_filePath.isEmpty()) {
        m_file.setFileName(m_filePath);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            m_file.write(wavHeader(m_sampleRate, 0)) != wavHeaderBytes) {
            *error = u"cannot write %1: %2"_s.arg(m_filePath, m_file.errorString());
            m_file.close();
            return false;
        }
        m_fileBytes = 0;
        m_outputOpen = true;
        return true;
    }

    // The default output of the moment: a USB speaker may have come or gone since the last turn.
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        *error = u"no sound output"_s;
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(m_sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        *error = u"%1 does not play 16-bit mono sound at %2 Hz"_s.arg(device.description())
                     .arg(m_sampleRate);
        return false;
    }
    if (m_sink && m_sinkDeviceId != device.id()) {
        m_sink->deleteLater(); // may be in its own signal
        m_sink = nullptr;
    }
    if (!m_sink) {
        m_sink = new QAudioSink(device, format, this);
        m_sinkDeviceId = device.id();
        connect(m_sink, &QAudioSink::stateChanged, this, &EspeakEngine::sinkStateChanged);
    }
    m_sinkDevice = m_sink->start(); // reports states already: sinkStateChanged ignores them
    if (!m_sinkDevice) {
        *error =
            u"%1 did not open (error %2)"_s.arg(device.description()).arg(int(m_sink->error()));
        return false;
    }
    m_outputOpen = true;
    return true;
}

void EspeakEngine::closeOutput()
{
    m_feedTimer.stop();
    m_pending.clear();
    if (!m_outputOpen)
        return;
    m_outputOpen = false;
    if (m_file.isOpen()) {
        // The sizes in the header, now that they are known.
        if (!m_file.seek(0) || m_file.write(wavHeader(m_sampleRate, m_fileBytes)) != wavHeaderBytes)
            qCWarning(lcMedia).noquote()
                << "speech: cannot finish" << m_filePath << ":" << m_file.errorString();
        m_file.close();
    }
    if (m_sink) {
        m_sinkDevice = nullptr;
        m_sink->stop(); // drops what is not played yet
    }
}

void EspeakEngine::feedSink()
{
    if (!m_sinkDevice)
        return;
    while (!m_pending.isEmpty()) {
        const qsizetype room = std::min<qsizetype>(m_sink->bytesFree(), m_pending.size());
        if (room <= 0)
            break;
        const qint64 written = m_sinkDevice->write(m_pending.constData(), room);
        if (written <= 0)
            break;
        m_pending.remove(0, written);
    }
    if (m_pending.isEmpty())
        m_feedTimer.stop();
    else if (!m_feedTimer.isActive())
        m_feedTimer.start();
}

void EspeakEngine::sinkStateChanged()
{
    if (!m_outputOpen || !m_sinkDevice)
        return; // our own start() or stop()
    const QAudio::State state = m_sink->state();
    if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
        fail(u"the sound output stopped (error %1)"_s.arg(int(m_sink->error())));
        return;
    }
    // Idle in push mode: the sink ran dry. That is the end once the last piece was written;
    // before that espeak-ng is merely behind (it never is: it is 1000 times faster than speech).
    if (state == QAudio::IdleState && m_synthesised && m_pending.isEmpty())
        endTurn();
}

void EspeakEngine::fail(const QString &detail)
{
    qCWarning(lcMedia).noquote() << "speech failed:" << detail;
    ++m_generation;
    closeOutput();
    const bool wasSpeaking = std::exchange(m_speaking, false);
    Q_EMIT failed(detail);
    if (wasSpeaking)
        Q_EMIT finished();
}

void EspeakEngine::endTurn()
{
    closeOutput();
    m_speaking = false;
    Q_EMIT finished();
}

} // namespace Dorfplatz
