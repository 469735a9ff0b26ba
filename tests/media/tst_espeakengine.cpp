#include "media/speech/espeakengine.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// Ten words: at espeak-ng's normal 175 words a minute about 3.5 s.
const QString sentence = u"Heute um drei Uhr beginnt die Sitzgymnastik im großen Saal."_s;
const QString shortSentence = u"Guten Tag."_s;

// 400 words, more than two minutes of speech.
QString longText()
{
    QStringList sentences;
    for (int i = 0; i < 40; ++i)
        sentences.append(sentence);
    return sentences.join(u' ');
}

// espeak-ng at its normal volume speaks at an RMS of some thousands (of 32767; the ten words
// above: about 3000–4000). 1000 (-30 dBFS) is far above a silent file (0) or a few stray
// samples, and far below speech.
constexpr double audibleRms = 1000.0;

struct Wav
{
    QString error;
    int sampleRate = 0;
    QList<qint16> samples;
    qint64 fileSize = 0;

    double seconds() const { return sampleRate ? double(samples.size()) / sampleRate : 0.0; }
    double rms() const
    {
        double sum = 0;
        for (const qint16 sample : samples)
            sum += double(sample) * sample;
        return samples.isEmpty() ? 0.0 : std::sqrt(sum / double(samples.size()));
    }
};

// A 16-bit mono PCM WAV as EspeakEngine writes it; error says what is wrong with it.
Wav readWav(const QString &path)
{
    Wav wav;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        wav.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return wav;
    }
    const QByteArray bytes = file.readAll();
    wav.fileSize = bytes.size();
    if (bytes.size() < 44 || !bytes.startsWith("RIFF") || bytes.mid(8, 8) != "WAVEfmt " ||
        bytes.mid(36, 4) != "data") {
        wav.error = u"not a WAV file"_s;
        return wav;
    }
    const auto le16 = [&bytes](int at) {
        return qFromLittleEndian<quint16>(bytes.constData() + at);
    };
    const auto le32 = [&bytes](int at) {
        return qFromLittleEndian<quint32>(bytes.constData() + at);
    };
    if (le16(20) != 1 || le16(22) != 1 || le16(34) != 16) {
        wav.error = u"not 16-bit mono PCM"_s;
        return wav;
    }
    const quint32 dataBytes = le32(40);
    if (qint64(dataBytes) + 44 != bytes.size() || le32(4) != 36 + dataBytes) {
        wav.error =
            u"the sizes in the header (%1) do not match the file (%2 bytes)"_s.arg(dataBytes).arg(
                bytes.size());
        return wav;
    }
    wav.sampleRate = int(le32(24));
    for (qsizetype at = 44; at + 1 < bytes.size(); at += 2)
        wav.samples.append(qFromLittleEndian<qint16>(bytes.constData() + at));
    return wav;
}

} // namespace

// The real espeak-ng speaking German into a WAV file (DORFPLATZ_SPEECH_TO_FILE): this machine
// has no sound card. Skipped only when espeak-ng-data has no German voice.
class TestEspeakEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void speaksAGermanSentence();
    void slowerRateSpeaksLonger();
    void lowerVolumeIsQuieter();
    void stopDuringALongTextEndsAtOnce();
    void secondSpeakReplacesTheFirst_data();
    void secondSpeakReplacesTheFirst();
    void emptyTextAndIdleStop();
    void twoEnginesTakeTurns();
    void unwritableFileFails();
    void withoutFileNeedsASoundOutput();
    void speaksThroughTheSoundOutput();

private:
    QString useFile(const QString &name);
    // Says `text` and waits for the end; the file's sound.
    Wav say(EspeakEngine &engine, const QString &text);

    QTemporaryDir m_dir;
};

QString TestEspeakEngine::useFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    qputenv("DORFPLATZ_SPEECH_TO_FILE", path.toLocal8Bit());
    return path;
}

Wav TestEspeakEngine::say(EspeakEngine &engine, const QString &text)
{
    QSignalSpy finished(&engine, &SpeechEngine::finished);
    engine.speak(text);
    if (!finished.wait(20000))
        return {u"no finished() within 20 s"_s, 0, {}, 0};
    return readWav(engine.outputFile());
}

void TestEspeakEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The kiosk sets its language as the default locale; the voice follows it.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    useFile(u"speech.wav"_s);
    const EspeakEngine probe;
    if (probe.unavailableReason().contains(u"voice"_s))
        QSKIP(qPrintable(u"espeak-ng has no German voice here (" + probe.unavailableReason() +
                         u"): install espeak-ng-data"_s));
    QVERIFY2(probe.isAvailable(), qPrintable(probe.unavailableReason()));
    QCOMPARE(probe.voiceName(), u"German"_s);
    QCOMPARE(probe.outputFile(), m_dir.filePath(u"speech.wav"_s));
}

void TestEspeakEngine::speaksAGermanSentence()
{
    EspeakEngine engine;
    QSignalSpy started(&engine, &SpeechEngine::started);
    QSignalSpy finished(&engine, &SpeechEngine::finished);
    QSignalSpy failed(&engine, &SpeechEngine::failed);
    engine.speak(sentence);
    // speak() returns at once: the sound follows, never inside the call.
    QVERIFY(engine.isSpeaking());
    QCOMPARE(started.count(), 0);
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(started.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!engine.isSpeaking());

    const Wav wav = readWav(engine.outputFile());
    QVERIFY2(wav.error.isEmpty(), qPrintable(wav.error));
    QVERIFY2(wav.sampleRate >= 16000 && wav.sampleRate <= 48000,
             qPrintable(QString::number(wav.sampleRate)));
    qInfo("%.2f s at %d Hz, RMS %.0f", wav.seconds(), wav.sampleRate, wav.rms());
    QVERIFY2(wav.seconds() > 1.5 && wav.seconds() < 8.0,
             qPrintable(QString::number(wav.seconds())));
    QVERIFY2(wav.rms() > audibleRms, qPrintable(QString::number(wav.rms())));
}

void TestEspeakEngine::slowerRateSpeaksLonger()
{
    EspeakEngine engine;
    engine.setRate(10);
    QCOMPARE(engine.rate(), 50);
    engine.setRate(60);
    const Wav slow = say(engine, sentence);
    QVERIFY2(slow.error.isEmpty(), qPrintable(slow.error));
    engine.setRate(120);
    const Wav fast = say(engine, sentence);
    QVERIFY2(fast.error.isEmpty(), qPrintable(fast.error));
    qInfo("60 %%: %.2f s, 120 %%: %.2f s", slow.seconds(), fast.seconds());
    // Twice as slow in theory; espeak-ng does not stretch every pause alike.
    QVERIFY2(slow.seconds() > 1.6 * fast.seconds(),
             qPrintable(u"%1 s against %2 s"_s.arg(slow.seconds()).arg(fast.seconds())));
    QVERIFY(fast.rms() > audibleRms);
}

void TestEspeakEngine::lowerVolumeIsQuieter()
{
    EspeakEngine engine;
    engine.setVolume(500);
    QCOMPARE(engine.volume(), 100);
    const Wav loud = say(engine, sentence);
    QVERIFY2(loud.error.isEmpty(), qPrintable(loud.error));
    engine.setVolume(30);
    const Wav quiet = say(engine, sentence);
    QVERIFY2(quiet.error.isEmpty(), qPrintable(quiet.error));
    qInfo("RMS at 100 %%: %.0f, at 30 %%: %.0f", loud.rms(), quiet.rms());
    QVERIFY(quiet.rms() < 0.5 * loud.rms());
    QVERIFY(quiet.rms() > 0.1 * loud.rms()); // turned down, not off
    QVERIFY(std::abs(quiet.seconds() - loud.seconds()) < 0.1);
}

void TestEspeakEngine::stopDuringALongTextEndsAtOnce()
{
    const QString stoppedPath = useFile(u"stopped.wav"_s);
    EspeakEngine engine;
    QSignalSpy started(&engine, &SpeechEngine::started);
    QSignalSpy finished(&engine, &SpeechEngine::finished);
    QSignalSpy failed(&engine, &SpeechEngine::failed);
    // Stopped with the first sound, while espeak-ng is still at the beginning of two minutes.
    connect(&engine, &SpeechEngine::started, &engine, [&engine] { engine.stop(); });
    engine.speak(longText());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(started.count(), 1);
    QVERIFY(!engine.isSpeaking());
    const Wav stopped = readWav(stoppedPath);
    QVERIFY2(stopped.error.isEmpty(), qPrintable(stopped.error));
    QVERIFY2(stopped.seconds() < 1.0, qPrintable(QString::number(stopped.seconds())));

    // A second engine has to wait for espeak-ng until the first one's synthesis has given up,
    // and its sound arrives after every piece the first one made: when it is done, nothing more
    // of the stopped text can come.
    useFile(u"after.wav"_s);
    EspeakEngine after;
    const Wav next = say(after, shortSentence);
    QVERIFY2(next.error.isEmpty(), qPrintable(next.error));
    QVERIFY(next.rms() > audibleRms);
    QCOMPARE(readWav(stoppedPath).samples.size(), stopped.samples.size());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    useFile(u"speech.wav"_s);
}

void TestEspeakEngine::secondSpeakReplacesTheFirst_data()
{
    QTest::addColumn<bool>("afterFirstSound");
    QTest::newRow("before the first sound") << false;
    QTest::newRow("while speaking") << true;
}

void TestEspeakEngine::secondSpeakReplacesTheFirst()
{
    QFETCH(bool, afterFirstSound);
    EspeakEngine engine;
    const Wav alone = say(engine, shortSentence);
    QVERIFY2(alone.error.isEmpty(), qPrintable(alone.error));

    QSignalSpy started(&engine, &SpeechEngine::started);
    QSignalSpy finished(&engine, &SpeechEngine::finished);
    engine.speak(longText());
    if (afterFirstSound)
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    engine.speak(shortSentence);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    // One turn: one started(), one finished().
    QCOMPARE(started.count(), 1);
    const Wav replaced = readWav(engine.outputFile());
    QVERIFY2(replaced.error.isEmpty(), qPrintable(replaced.error));
    qInfo("alone %.2f s, after the long text %.2f s", alone.seconds(), replaced.seconds());
    QVERIFY(std::abs(replaced.seconds() - alone.seconds()) < 0.1);
    QVERIFY(replaced.rms() > audibleRms);
}

void TestEspeakEngine::emptyTextAndIdleStop()
{
    EspeakEngine engine;
    QSignalSpy started(&engine, &SpeechEngine::started);
    QSignalSpy finished(&engine, &SpeechEngine::finished);
    engine.stop();
    engine.speak(u"  \n "_s);
    QVERIFY(!engine.isSpeaking());
    // A turn that makes no sound (punctuation only) still ends.
    engine.speak(u"…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!engine.isSpeaking());
    engine.stop();
    QCOMPARE(finished.count(), 1);
    QVERIFY(started.count() <= 1);
}

void TestEspeakEngine::twoEnginesTakeTurns()
{
    const QString firstPath = useFile(u"first.wav"_s);
    EspeakEngine first;
    const QString secondPath = useFile(u"second.wav"_s);
    EspeakEngine second;
    useFile(u"speech.wav"_s);
    QVERIFY(first.isAvailable());
    QVERIFY(second.isAvailable());
    QSignalSpy firstDone(&first, &SpeechEngine::finished);
    QSignalSpy secondDone(&second, &SpeechEngine::finished);
    first.speak(sentence);
    second.speak(sentence);
    QTRY_COMPARE_WITH_TIMEOUT(firstDone.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(secondDone.count(), 1, 10000);
    const Wav a = readWav(firstPath);
    const Wav b = readWav(secondPath);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QVERIFY(a.rms() > audibleRms);
    QVERIFY(std::abs(a.seconds() - b.seconds()) < 0.1);
}

void TestEspeakEngine::unwritableFileFails()
{
    const QString path = m_dir.filePath(u"no-such-folder/speech.wav"_s);
    qputenv("DORFPLATZ_SPEECH_TO_FILE", path.toLocal8Bit());
    EspeakEngine engine;
    useFile(u"speech.wav"_s);
    QSignalSpy started(&engine, &SpeechEngine::started);
    QSignalSpy finished(&engine, &SpeechEngine::finished);
    QSignalSpy failed(&engine, &SpeechEngine::failed);
    engine.speak(sentence);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(path),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(started.count(), 0);
    QVERIFY(!engine.isSpeaking());
}

void TestEspeakEngine::withoutFileNeedsASoundOutput()
{
    qunsetenv("DORFPLATZ_SPEECH_TO_FILE");
    const EspeakEngine engine;
    useFile(u"speech.wav"_s);
    QVERIFY(engine.outputFile().isEmpty());
    if (QMediaDevices::defaultAudioOutput().isNull()) {
        QCOMPARE(engine.unavailableReason(), u"no sound output"_s);
        QVERIFY(!engine.isAvailable());
    } else {
        QVERIFY2(engine.isAvailable(), qPrintable(engine.unavailableReason()));
    }
}

// The sound card's way (QAudioSink), where there is one: this machine has none, a PulseAudio
// null sink (PULSE_SERVER) stands in for it. finished() waits until the sink has played it all.
void TestEspeakEngine::speaksThroughTheSoundOutput()
{
    if (QMediaDevices::defaultAudioOutput().isNull())
        QSKIP("no sound output here (the file's way is tested above)");
    qunsetenv("DORFPLATZ_SPEECH_TO_FILE");
    EspeakEngine engine;
    useFile(u"speech.wav"_s);
    QVERIFY2(engine.isAvailable(), qPrintable(engine.unavailableReason()));
    QSignalSpy started(&engine, &SpeechEngine::started);
    QSignalSpy finished(&engine, &SpeechEngine::finished);
    QSignalSpy failed(&engine, &SpeechEngine::failed);
    QElapsedTimer timer;
    timer.start();
    engine.speak(sentence);
    QCOMPARE(started.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 2000);
    const qint64 firstSound = timer.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const qint64 end = timer.elapsed();
    qInfo("first sound after %lld ms, finished after %lld ms", firstSound, end);
    QCOMPARE(failed.count(), 0);
    // About 3.3 s of speech, played in real time: finished() is not the end of the synthesis.
    QVERIFY2(end - firstSound > 2500, qPrintable(QString::number(end - firstSound)));

    // Stopped while playing: finished() at once, and the next text plays as well.
    engine.speak(longText());
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 2000);
    engine.stop();
    QCOMPARE(finished.count(), 2);
    QVERIFY(!engine.isSpeaking());
    engine.speak(shortSentence);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    QCOMPARE(started.count(), 3);
    QCOMPARE(failed.count(), 0);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestEspeakEngine)
#include "tst_espeakengine.moc"
