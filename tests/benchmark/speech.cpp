// Speech benchmark (not a test; CTest does not run it):
//   cmake --build build/release --target benchmark_speech   or run bench_speech
//
// The read-aloud's engine (EspeakEngine: espeak-ng's library, the sound through Qt Multimedia).
// Measured: the engine's start (espeak-ng and the German voice, on the GUI thread's clock); from
// speak() to started(), the first sound handed to the output, for a short sentence, median and
// worst of 20 runs; and the whole synthesis of a 60-word text (speak() to finished() into a WAV
// file, which is written as fast as espeak-ng goes), median and worst of 5 runs. Without a sound
// card (or with DORFPLATZ_SPEECH_TO_FILE set) the first sound goes into a file too. Goal: the
// first sound within 300 ms of the tap.
#include "media/speech/espeakengine.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

const QString shortSentence = u"Gleich beginnt die Sitzgymnastik im großen Saal."_s;
const QString sixtyWords =
    u"Guten Morgen, liebe Bewohnerinnen und Bewohner. Heute um zehn Uhr beginnt die "
    "Sitzgymnastik im großen Saal. Am Nachmittag um drei Uhr gibt es Kaffee und Kuchen im "
    "Wintergarten. Danach singt der Chor der Grundschule alte Volkslieder. Am Abend um sieben "
    "Uhr zeigen wir einen Film mit Heinz Rühmann. Wir wünschen Ihnen allen einen schönen und "
    "fröhlichen Tag hier bei uns."_s;

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures figures(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.back()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QTemporaryDir dir;
    const bool toFile = !qEnvironmentVariableIsEmpty("DORFPLATZ_SPEECH_TO_FILE") ||
                        QMediaDevices::defaultAudioOutput().isNull();
    if (qEnvironmentVariableIsEmpty("DORFPLATZ_SPEECH_TO_FILE") && toFile)
        qputenv("DORFPLATZ_SPEECH_TO_FILE", dir.filePath(u"first.wav"_s).toLocal8Bit());

    QElapsedTimer timer;
    timer.start();
    EspeakEngine engine;
    const double startMs = double(timer.nsecsElapsed()) / 1e6;
    if (!engine.isAvailable()) {
        std::fprintf(stderr, "speech unavailable: %s\n", qPrintable(engine.unavailableReason()));
        return 2;
    }

    std::vector<double> firstSound;
    std::vector<double> speakCall;
    for (int run = 0; run < 20; ++run) {
        QSignalSpy started(&engine, &SpeechEngine::started);
        timer.restart();
        engine.speak(shortSentence);
        speakCall.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!started.wait(5000)) {
            std::fprintf(stderr, "no sound within 5 s\n");
            return 2;
        }
        firstSound.push_back(double(timer.nsecsElapsed()) / 1e6);
        engine.stop();
    }

    // The whole text, always into a file: a sound card would play it in real time.
    const QString textPath = dir.filePath(u"sixty.wav"_s);
    qputenv("DORFPLATZ_SPEECH_TO_FILE", textPath.toLocal8Bit());
    EspeakEngine fileEngine;
    std::vector<double> whole;
    for (int run = 0; run < 5; ++run) {
        QSignalSpy finished(&fileEngine, &SpeechEngine::finished);
        timer.restart();
        fileEngine.speak(sixtyWords);
        if (!finished.wait(30000)) {
            std::fprintf(stderr, "the 60 words did not finish within 30 s\n");
            return 2;
        }
        whole.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QFile wav(textPath);
    if (!wav.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray header = wav.read(44);
    const int sampleRate =
        header.size() == 44 ? qFromLittleEndian<qint32>(header.constData() + 24) : 0;
    const double audioSeconds = sampleRate > 0 ? double(wav.size() - 44) / 2.0 / sampleRate : 0.0;

    const Figures first = figures(firstSound);
    const Figures call = figures(speakCall);
    const Figures text = figures(whole);
    std::printf("Speech: espeak-ng, voice %s, first sound into %s\n",
                qPrintable(engine.voiceName()),
                toFile ? "a WAV file (no sound card)" : "the default sound output");
    std::printf("  engine start (espeak-ng and the voice): %.1f ms\n", startMs);
    std::printf("  speak() call: median %.3f ms, worst %.3f ms\n", call.median, call.worst);
    std::printf("  speak() to first sound, %lld words, 20 runs: median %.2f ms, worst %.2f ms "
                "(goal < 300)\n",
                static_cast<long long>(shortSentence.split(u' ', Qt::SkipEmptyParts).size()),
                first.median, first.worst);
    std::printf("  whole synthesis of %lld words (%.1f s of speech at %d Hz), 5 runs: "
                "median %.1f ms, worst %.1f ms\n",
                static_cast<long long>(sixtyWords.split(u' ', Qt::SkipEmptyParts).size()),
                audioSeconds, sampleRate, text.median, text.worst);
    std::printf("summary: speech-ms start=%.1f first-sound=%.2f first-sound-worst=%.2f "
                "sixty-words=%.1f\n",
                startMs, first.median, first.worst, text.median);
    return first.median < 300.0 ? 0 : 1;
}
