#include "qtplayer.h"

#include "core/logging.h"
#include "media/qt/icymetadatareader.h"

#include <QAudio>
#include <QAudioOutput>
#include <QMediaMetaData>
#include <QScopedValueRollback>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// GStreamer's souphttpsrc (1.22, Debian 12) uses libsoup 3 unless libsoup 2 is already in the
// process. With libsoup 3 it crashed the whole kiosk about once in 60 stops of an HTTP stream
// (a segfault in g_input_stream_close on souphttpsrc's session thread; the tap-to-sound
// benchmark found it: 1 crash in 2 runs of 60 plays, none in 2 runs with libsoup 2 loaded).
// Loading libsoup 2 first makes souphttpsrc pick it; without it, libsoup 3 is used as before.
void preferLibsoup2()
{
    static const bool loaded = [] {
        if (dlopen("libsoup-2.4.so.1", RTLD_NOW | RTLD_GLOBAL))
            return true;
        qCInfo(lcMedia) << "libsoup 2 is not there; GStreamer uses libsoup 3";
        return false;
    }();
    Q_UNUSED(loaded);
}

// A position query is a few microseconds; at this pace "started" comes within a few
// milliseconds of the clock starting, and the watch runs only until then.
constexpr auto startWatchInterval = std::chrono::milliseconds(5);

} // namespace

QtPlayer::QtPlayer(QObject *parent)
    : MediaPlayer(parent)
    , m_icy(new IcyMetadataReader(this))
{
    preferLibsoup2();
    m_startWatch.setInterval(startWatchInterval);
    m_startWatch.setTimerType(Qt::PreciseTimer);
    connect(&m_startWatch, &QTimer::timeout, this, &QtPlayer::pollPosition);
    connect(m_icy, &IcyMetadataReader::titleChanged, this, &QtPlayer::handleIcyTitle);
    connect(this, &MediaPlayer::started, this, &QtPlayer::listenForTitles);
}

QtPlayer::~QtPlayer()
{
    retire();
}

QString QtPlayer::backendName() const
{
    return u"qt"_s;
}

void QtPlayer::play(const QUrl &url)
{
    const QScopedValueRollback inPlay(m_inPlay, true);
    retire();
    setUrl(url);
    setNowPlaying({});
    setHasVideo(false);

    const QString scheme = url.scheme();
    if (scheme != u"file"_s && scheme != u"http"_s && scheme != u"https"_s) {
        setState(State::Opening);
        failLater(u"cannot open this kind of URL"_s);
        return;
    }

    m_player = new QMediaPlayer(this);
    // Without an audio output Qt Multimedia plays nothing at all, not even silently.
    m_audio = new QAudioOutput(m_player);
    m_player->setAudioOutput(m_audio);
    applyVolume(m_playVolume);

    if (m_videoOutput) {
        m_player->setVideoOutput(m_videoOutput.get());
        // A QVideoWidget or QGraphicsVideoItem hands its sink to the player; frames are the
        // only sign that a picture is really shown.
        if (QVideoSink *sink = m_player->videoSink()) {
            m_frameConnection = connect(sink, &QVideoSink::videoFrameChanged, this,
                                        [this](const QVideoFrame &frame) {
                                            if (frame.isValid())
                                                handleVideoFrame();
                                        });
        }
    }

    connect(m_player, &QMediaPlayer::positionChanged, this, &QtPlayer::handlePosition);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &QtPlayer::handleStatus);
    connect(m_player, &QMediaPlayer::metaDataChanged, this, &QtPlayer::updateNowPlaying);
    connect(m_player, &QMediaPlayer::hasVideoChanged, this, [this](bool hasVideo) {
        if (hasVideo)
            setHasVideo(true);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                fail(text.isEmpty() ? u"Qt Multimedia error %1"_s.arg(error) : text);
            });

    m_player->setSource(url);
    m_player->play();
    m_startWatch.start();
    // Last, when this player is consistent for a slot that reacts to the change.
    setState(State::Opening);
}

void QtPlayer::pause()
{
    if (!m_player || (state() != State::Opening && state() != State::Playing))
        return;
    m_player->pause();
    m_startWatch.stop();
    // A paused radio need not be downloaded twice; the title shown stays.
    m_icy->stop();
    setState(State::Paused);
}

void QtPlayer::resume()
{
    if (!m_player || state() != State::Paused)
        return;
    m_player->play();
    if (m_started)
        listenForTitles();
    else
        m_startWatch.start();
    setState(m_started ? State::Playing : State::Opening);
}

void QtPlayer::stop()
{
    retire();
    setNowPlaying({});
    setHasVideo(false);
    setState(State::Stopped);
}

void QtPlayer::setVideoTarget(const VideoTarget &target)
{
    m_videoOutput = target.qtVideoOutput;
}

void QtPlayer::pollPosition()
{
    if (!m_player || m_started || state() != State::Opening) {
        m_startWatch.stop();
        return;
    }
    handlePosition(m_player->position());
}

void QtPlayer::handlePosition(qint64 position)
{
    // Qt reports the position of the prerolled (paused, silent) pipeline too; only an advance
    // means the clock runs and sound comes out. A live stream does not start at 0. Before the
    // pipeline has prerolled its position is 0, which is no base to compare with.
    if (m_firstPosition < 0) {
        if (position <= 0)
            return;
        m_firstPosition = position;
        m_lastPosition = position;
        return;
    }
    if (position <= m_lastPosition)
        return;
    m_lastPosition = position;
    if (!m_started && state() == State::Opening) {
        m_started = true;
        m_startWatch.stop();
        markStarted();
    }
    if (state() == State::Playing)
        Q_EMIT progressed(position - m_firstPosition);
}

void QtPlayer::handleStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::InvalidMedia:
        fail(m_player->errorString().isEmpty() ? u"invalid medium"_s : m_player->errorString());
        break;
    case QMediaPlayer::EndOfMedia:
        if (!m_started && url().isLocalFile() && (m_player->hasAudio() || m_player->hasVideo())) {
            // Ended between two position reports: it had a track and no error, so it was heard.
            m_started = true;
            markStarted();
        }
        if (!m_started) {
            fail(u"it ended before anything played"_s);
        } else if (url().isLocalFile()) {
            retire();
            setState(State::Stopped);
            Q_EMIT finished();
        } else {
            fail(u"the stream ended"_s);
        }
        break;
    default:
        break;
    }
}

void QtPlayer::handleVideoFrame()
{
    // One frame says all there is to know; the rest need not come through here.
    disconnect(m_frameConnection);
    setHasVideo(true);
    if (!m_started && state() == State::Opening) {
        m_started = true;
        markStarted();
    }
}

void QtPlayer::updateNowPlaying()
{
    // GStreamer passes on the StreamTitle the stream starts with, but none of its changes: once
    // the reader has read a title (even an empty one), it is the one that counts.
    if (m_icyTitle)
        setNowPlaying(*m_icyTitle);
    else if (m_player)
        setNowPlaying(m_player->metaData().value(QMediaMetaData::Title).toString());
}

void QtPlayer::listenForTitles()
{
    // Started only once the medium plays, not at play(): a station that refuses or breaks the
    // stream (or has one listener slot left) then never sees a second connection, and retries
    // of a failing stream do not double the load on the station. Nothing is lost by waiting:
    // GStreamer reports the title the stream starts with, and the reader has its first metadata
    // block within the station's burst on connect, long before the title changes.
    //
    // The reader is a second listener on the station for as long as the stream plays: twice the
    // bandwidth of one radio stream (≤ 320 kbit/s), acceptable for a kiosk; libVLC reads the
    // titles from its own connection and needs none of this. HLS carries no ICY metadata.
    const QUrl source = url();
    const QString scheme = source.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return;
    if (source.path().endsWith(u".m3u8"_s, Qt::CaseInsensitive))
        return;
    if (!m_icy->isRunning())
        m_icy->start(source);
}

void QtPlayer::handleIcyTitle(const QString &title)
{
    m_icyTitle = title;
    updateNowPlaying();
}

void QtPlayer::retire()
{
    ++m_generation;
    m_startWatch.stop();
    m_firstPosition = -1;
    m_lastPosition = -1;
    m_started = false;
    m_icy->stop();
    m_icyTitle.reset();
    if (!m_player)
        return;
    disconnect(m_frameConnection);
    m_player->disconnect(this);
    m_player->stop();
    // The sink of a QVideoWidget goes to the next player.
    m_player->setVideoOutput(nullptr);
    // Later: this may run inside one of the player's own signals.
    m_player->deleteLater();
    m_player = nullptr;
    m_audio = nullptr;
}

void QtPlayer::fail(const QString &reason)
{
    if (m_inPlay) {
        failLater(reason);
        return;
    }
    qCInfo(lcMedia).noquote() << "qt:" << url().toDisplayString() << "failed:" << reason;
    retire();
    setState(State::Stopped);
    Q_EMIT failed(reason);
}

void QtPlayer::failLater(const QString &reason)
{
    QMetaObject::invokeMethod(
        this,
        [this, reason, generation = m_generation] {
            if (generation == m_generation)
                fail(reason);
        },
        Qt::QueuedConnection);
}

void QtPlayer::applyVolume(int percent)
{
    m_playVolume = std::clamp(percent, 0, 100);
    // QAudioOutput's volume is a linear gain. libVLC cubes its percent into the gain, so the
    // same cubic curve here makes a percent sound alike with both backends (and close to Qt's
    // logarithmic scale, both being made for sliders).
    if (m_audio) {
        m_audio->setVolume(QAudio::convertVolume(static_cast<float>(m_playVolume) / 100.0f,
                                                 QAudio::CubicVolumeScale,
                                                 QAudio::LinearVolumeScale));
    }
}

} // namespace Dorfplatz
