#include "uisounds.h"

#include "core/logging.h"
#include "wavfile.h"

#include <QSoundEffect>
#include <QUrl>

#include <cmath>
#include <numbers>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int sampleRate = 44100;
constexpr double clickSeconds = 0.04;
constexpr double clickPeak = 0.61; // of full scale
// Soft: a click should be heard, not startle anyone.
constexpr double clickVolume = 0.35;

} // namespace

UiSounds::UiSounds(QObject *parent)
    : QObject(parent)
{}

UiSounds::~UiSounds()
{
    delete m_click; // before its file
}

QByteArray UiSounds::clickWav()
{
    return WavFile::pcm16(sampleRate, clickSeconds, [](double t) {
        const double envelope = std::exp(-t * 120.0) * std::min(1.0, t * 4000.0);
        return std::sin(2 * std::numbers::pi * 1200.0 * t) * envelope * clickPeak;
    });
}

void UiSounds::prepare()
{
    if (m_click)
        return;
    auto file = std::make_unique<WavFile>(u"click"_s, clickWav());
    if (file->path().isEmpty()) {
        qCWarning(lcMedia) << "cannot write the click sound:" << file->error();
        return;
    }
    m_file = std::move(file);
    m_click = new QSoundEffect;
    m_click->setVolume(clickVolume);
    m_click->setSource(QUrl::fromLocalFile(m_file->path()));
}

bool UiSounds::isReady() const
{
    return m_click && m_click->status() == QSoundEffect::Ready;
}

void UiSounds::click()
{
    if (m_enabled && isReady())
        m_click->play();
}

} // namespace Dorfplatz
