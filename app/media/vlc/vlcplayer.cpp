#include "vlcplayer.h"

#include "core/logging.h"

#include <QGuiApplication>
#include <QMetaObject>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>
#include <vlc/vlc.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

constexpr std::array PlayerEvents = {
    libvlc_MediaPlayerPlaying,          libvlc_MediaPlayerTimeChanged, libvlc_MediaPlayerVout,
    libvlc_MediaPlayerEncounteredError, libvlc_MediaPlayerEndReached,  libvlc_MediaPlayerESAdded,
    libvlc_MediaPlayerBuffering,
};

// An HLS playlist by its name: libVLC's adaptive module fetches it and its segments over its own
// HTTP client, which must stay as it is.
bool looksLikeHls(const QUrl &url)
{
    const QString path = url.path();
    return path.endsWith(u".m3u8"_s, Qt::CaseInsensitive) ||
           path.endsWith(u".m3u"_s, Qt::CaseInsensitive);
}

// Takes a string libVLC allocated.
QString takeString(char *text)
{
    const QString result = QString::fromUtf8(text);
    libvlc_free(text);
    return result;
}

} // namespace

void VlcPlayer::PlayerDeleter::operator()(libvlc_media_player_t *player) const
{
    libvlc_media_player_release(player);
}

void VlcPlayer::MediaDeleter::operator()(libvlc_media_t *media) const
{
    libvlc_media_release(media);
}

VlcPlayer::VlcPlayer(const VlcInstance &instance, QObject *parent)
    : MediaPlayer(parent)
    , m_instance(instance)
{
    createMediaPlayer();
}

void VlcPlayer::createMediaPlayer()
{
    m_player.reset(libvlc_media_player_new(m_instance.handle()));
    if (!m_player) {
        qCWarning(lcMedia) << "libVLC could not create a media player";
        return;
    }
    // Keys and clicks in the video window go to the kiosk, not to libVLC: its hotkeys record
    // (Shift+R) and save snapshots (Shift+S), and a tap on the picture must reach the screen.
    // Set before the video output exists, which is when libVLC reads them.
    libvlc_video_set_key_input(m_player.get(), 0);
    libvlc_video_set_mouse_input(m_player.get(), 0);
    attachPlayerEvents(true);
}

VlcPlayer::~VlcPlayer()
{
    // Posted reports die with the QObject; the handles are stopped and freed on a worker.
    retire(false);
}

QString VlcPlayer::backendName() const
{
    return u"vlc"_s;
}

void VlcPlayer::onPlayerEvent(const libvlc_event_t *event, void *data)
{
    // A libVLC thread: read nothing but the atomic generation, change nothing.
    auto *self = static_cast<VlcPlayer *>(data);
    const quint64 generation = self->m_generation.load();
    qint64 value = 0;
    if (event->type == libvlc_MediaPlayerTimeChanged)
        value = event->u.media_player_time_changed.new_time;
    else if (event->type == libvlc_MediaPlayerVout)
        value = event->u.media_player_vout.new_count;
    else if (event->type == libvlc_MediaPlayerESAdded)
        value = event->u.media_player_es_changed.i_type;
    else if (event->type == libvlc_MediaPlayerBuffering)
        value = qint64(event->u.media_player_buffering.new_cache);
    QMetaObject::invokeMethod(
        self,
        [self, generation, type = event->type, value] {
            if (generation == self->m_generation.load())
                self->handleEvent(type, value);
        },
        Qt::QueuedConnection);
}

void VlcPlayer::onMediaEvent(const libvlc_event_t *event, void *data)
{
    auto *self = static_cast<VlcPlayer *>(data);
    const quint64 generation = self->m_generation.load();
    const qint64 metaType = event->u.media_meta_changed.meta_type;
    QMetaObject::invokeMethod(
        self,
        [self, generation, type = event->type, metaType] {
            if (generation == self->m_generation.load())
                self->handleEvent(type, metaType);
        },
        Qt::QueuedConnection);
}

void VlcPlayer::attachPlayerEvents(bool attach)
{
    libvlc_event_manager_t *events = libvlc_media_player_event_manager(m_player.get());
    for (const libvlc_event_e type : PlayerEvents) {
        if (attach)
            libvlc_event_attach(events, type, onPlayerEvent, this);
        else
            libvlc_event_detach(events, type, onPlayerEvent, this);
    }
}

void VlcPlayer::attachMediaEvents(bool attach)
{
    libvlc_event_manager_t *events = libvlc_media_event_manager(m_media.get());
    if (attach)
        libvlc_event_attach(events, libvlc_MediaMetaChanged, onMediaEvent, this);
    else
        libvlc_event_detach(events, libvlc_MediaMetaChanged, onMediaEvent, this);
}

void VlcPlayer::play(const QUrl &url)
{
    release();
    setUrl(url);
    setNowPlaying({});
    setHasVideo(false);
    // Failures found here are reported later, like every other one: a caller reacting to
    // failed() may call play() again, and must not do so from inside this call. The state
    // changes last, when this player is consistent for a slot that reacts to it.
    if (!m_player) {
        failLater(u"libVLC has no media player"_s);
        setState(State::Opening);
        return;
    }
    m_logMark = m_instance.logMark();

    const QString scheme = url.scheme();
    if (scheme != u"file"_s && scheme != u"http"_s && scheme != u"https"_s) {
        failLater(u"cannot open this kind of URL"_s);
        setState(State::Opening);
        return;
    }
    const QByteArray location = locationFor(url);
    m_fallback = location != url.toEncoded() ? url : QUrl();
    open(location);
    setState(State::Opening);
}

void VlcPlayer::open(const QByteArray &location)
{
    m_location = QString::fromUtf8(location);
    m_media.reset(libvlc_media_new_location(m_instance.handle(), location.constData()));
    if (!m_media) {
        failLater(u"libVLC cannot open %1"_s.arg(m_location));
        return;
    }
    attachMediaEvents(true);
    // libVLC's X11 outputs draw into a foreign window only on an X server; elsewhere (Wayland,
    // offscreen) the id means nothing to them. Without a window to draw into, libVLC would open
    // one of its own over the kiosk: for a radio whose station sends pictures (album art as
    // video, a misconfigured TV stream), or for any video off X11 (PlayerProvider gives video
    // to Qt Multimedia there). So then it decodes no video at all.
    const bool onX11 = QGuiApplication::platformName() == u"xcb"_s;
    if (m_videoTarget.window != 0 && !onX11)
        qCWarning(lcMedia) << "libVLC can only draw into X11 windows; platform is"
                           << QGuiApplication::platformName() << "- playing without picture";
    const bool video = onX11 && m_videoTarget.window != 0;
    m_drawsIntoWindow = video;
    if (!video)
        libvlc_media_add_option(m_media.get(), ":no-video");
    libvlc_media_player_set_media(m_player.get(), m_media.get());
    libvlc_media_player_set_xwindow(m_player.get(),
                                    video ? static_cast<uint32_t>(m_videoTarget.window) : 0);

    applyVolume(m_playVolume);
    if (libvlc_media_player_play(m_player.get()) != 0)
        failLater(u"libVLC did not start playing"_s);
}

bool VlcPlayer::openFallback()
{
    // The guess of locationFor() was wrong for this server: an HLS playlist whose name does not
    // say so (libVLC's adaptive module cannot fetch segments through icyx://), or anything else
    // only the new module plays. One more try with the address as given, before failing; the
    // log mark stays, so a failure names what both attempts logged.
    if (m_started || m_fallback.isEmpty() || !m_player)
        return false;
    // The server that refused the connection or answered with an HTTP error would only do so
    // again (libVLC 3's words; should they change, the fallback costs one more request).
    const QString refused =
        u"http: cannot connect to %1:%2"_s.arg(m_fallback.host()).arg(m_fallback.port(80));
    const QStringList errors = m_instance.errorsSince(m_logMark);
    if (std::any_of(errors.cbegin(), errors.cend(), [&refused](const QString &line) {
            return line.startsWith(u"http: error: HTTP/"_s) || line.startsWith(refused);
        }))
        return false;
    const QUrl url = std::exchange(m_fallback, QUrl());
    qCInfo(lcMedia).noquote() << "vlc:" << m_location << "did not play; trying"
                              << url.toDisplayString();
    retire(true);
    if (!m_player)
        return false;
    open(url.toEncoded());
    return true;
}

void VlcPlayer::pause()
{
    if (state() != State::Opening && state() != State::Playing)
        return;
    // libVLC stops an input that cannot pause (one still opening, some live streams) instead of
    // pausing it, and then cannot resume it. Stop it ourselves and start it again on resume().
    m_pausedByStopping = !libvlc_media_player_can_pause(m_player.get());
    if (m_pausedByStopping)
        stopPlayback();
    else
        libvlc_media_player_set_pause(m_player.get(), 1);
    setState(State::Paused);
}

void VlcPlayer::resume()
{
    if (state() != State::Paused)
        return;
    if (m_pausedByStopping) {
        m_pausedByStopping = false;
        m_logMark = m_instance.logMark();
        if (libvlc_media_player_play(m_player.get()) != 0)
            failLater(u"libVLC did not start playing again"_s);
    } else {
        libvlc_media_player_set_pause(m_player.get(), 0);
    }
    setState(m_started ? State::Playing : State::Opening);
}

void VlcPlayer::stop()
{
    release();
    setNowPlaying({});
    setHasVideo(false);
    setState(State::Stopped);
}

void VlcPlayer::setVideoTarget(const VideoTarget &target)
{
    m_videoTarget = target;
}

void VlcPlayer::handleEvent(int type, qint64 value)
{
    switch (type) {
    case libvlc_MediaPlayerPlaying:
        // The audio output exists now, and libVLC starts each one at its own volume.
        applyVolume(m_playVolume);
        // Tags read when the medium opened (a file's title) come without a MetaChanged.
        updateNowPlaying();
        break;
    case libvlc_MediaPlayerTimeChanged:
        handleTime(value);
        break;
    case libvlc_MediaPlayerVout:
        if (value > 0) {
            setHasVideo(true);
            if (!m_started && state() == State::Opening) {
                m_started = true;
                markStarted();
            }
        }
        break;
    case libvlc_MediaPlayerBuffering:
        // The buffer is full and the decoders run: measured against the first decoded sample
        // (the tap-to-sound benchmark), this comes within 1 ms of it, while the first time
        // report lags 250 ms (Icecast) to a whole HLS segment. Before it, with a buffer still
        // filling, nothing can be heard. An audio track must be there, or it is no sound.
        if (value >= 100 && m_hasTrack && !m_started && state() == State::Opening) {
            m_started = true;
            applyVolume(m_playVolume);
            markStarted();
        }
        break;
    case libvlc_MediaPlayerESAdded:
        if (value == libvlc_track_audio || value == libvlc_track_video)
            m_hasTrack = true;
        break;
    case libvlc_MediaPlayerEncounteredError:
        if (!openFallback())
            fail(u"libVLC could not play it"_s);
        break;
    case libvlc_MediaPlayerEndReached:
        handleEnd();
        break;
    case libvlc_MediaMetaChanged:
        if (value == libvlc_meta_NowPlaying || value == libvlc_meta_Title)
            updateNowPlaying();
        break;
    default:
        break;
    }
}

void VlcPlayer::handleTime(qint64 time)
{
    // libVLC reports the time every 250 ms once it has buffered, counted from the start of the
    // medium (0 for streams). The first report may still say 0; only an advance means that the
    // clock runs, i.e. sound or picture comes out.
    if (time <= m_lastTime)
        return;
    m_lastTime = time;
    if (!m_started && state() == State::Opening) {
        m_started = true;
        applyVolume(m_playVolume);
        markStarted();
    }
    // A late report after pause() must not look like progress to a stall watchdog.
    if (state() == State::Playing)
        Q_EMIT progressed(time);
}

void VlcPlayer::handleEnd()
{
    if (!m_started && !url().isLocalFile() && openFallback())
        return;
    if (!m_started && url().isLocalFile() && m_hasTrack &&
        m_instance.errorsSince(m_logMark).isEmpty()) {
        // libVLC reports the time only while it still reads: a file of a second or two, read
        // in one go, plays through without a single report. It had a track and no error, so it
        // was heard.
        m_started = true;
        markStarted();
    }
    if (!m_started) {
        const bool playlist = m_media && [this] {
            libvlc_media_list_t *items = libvlc_media_subitems(m_media.get());
            if (!items)
                return false;
            const bool any = libvlc_media_list_count(items) > 0;
            libvlc_media_list_release(items);
            return any;
        }();
        fail(playlist ? u"it is a playlist, not a medium"_s : u"it ended before anything played"_s);
        return;
    }
    if (url().isLocalFile()) {
        release();
        setState(State::Stopped);
        Q_EMIT finished();
        return;
    }
    fail(u"the stream ended"_s);
}

void VlcPlayer::updateNowPlaying()
{
    if (!m_media)
        return;
    QString title = takeString(libvlc_media_get_meta(m_media.get(), libvlc_meta_NowPlaying));
    if (title.isEmpty()) {
        title = takeString(libvlc_media_get_meta(m_media.get(), libvlc_meta_Title));
        // Without a title tag libVLC answers with the item's name: the file name or the URL.
        if (title == url().fileName() || title == url().toString() ||
            title == QString::fromUtf8(url().toEncoded()) || title == m_location)
            title.clear();
    }
    setNowPlaying(title);
}

QByteArray VlcPlayer::locationFor(const QUrl &url)
{
    // Radio stations answer in ICY (Icecast, SHOUTcast). libVLC 3 opens an http:// URL with its
    // new HTTP module, which does not speak ICY: it reads the answer, sees "icy-name", hangs up
    // and opens the same URL again through its older HTTP module (the icyx:// scheme), which
    // does (titles, metadata, Icecast's own reconnect). That second connection waits for the
    // server's answer a second time. Tap-to-sound benchmark, loopback icecast2, one run each:
    // first audio 926 ms with http:// (cvlc 1078 ms), 576 ms with icyx:// (cvlc 1079 ms), which
    // is within 10-20 ms of the first byte of the stream's body (icecast2 sends its headers
    // after 200-300 ms and the burst 330-370 ms later; no player can sound before that).
    //
    // So a plain-http stream goes to the older module at once. Not only once a probe of ours has
    // seen an ICY server: a probe before playing costs the very round trip it saves, and
    // remembering earlier answers leaves the first tap of each station slow. The older module
    // plays a plain HTTP server too (a file, a redirect, 404 and refused connections reported as
    // before: tst_mediaplayers). Not our own QNetworkReply feeding libVLC through
    // libvlc_media_new_callbacks either: it saves no more time than this (the rest is the
    // server's), and would move demuxer probing, reconnects and error reports out of libVLC.
    // Left alone: https (libVLC has no ICY module for TLS; its new module plays such a stream
    // on one connection, without titles) and HLS (see looksLikeHls()). Where the guess is wrong
    // (HLS behind an address without .m3u8), the player tries the address as given once
    // (openFallback()).
    if (url.scheme() != u"http"_s || looksLikeHls(url))
        return url.toEncoded();
    QUrl icy = url;
    icy.setScheme(u"icyx"_s);
    return icy.toEncoded();
}

void VlcPlayer::release()
{
    if (m_media)
        retire(true);
    m_pausedByStopping = false;
    m_fallback.clear();
}

void VlcPlayer::retire(bool replace)
{
    if (!m_player)
        return;
    // Detaching waits for a callback that runs right now (libVLC holds its event lock while
    // calling), so after this nothing of the old medium calls in; the new generation drops
    // what was posted before.
    if (m_media)
        attachMediaEvents(false);
    attachPlayerEvents(false);
    ++m_generation;
    m_lastTime = 0;
    m_started = false;
    m_hasTrack = false;
    // libvlc_media_player_stop() joins libVLC's input thread, which may be waiting for a server
    // that does not answer: seconds in which the screen would not react to a tap. Stop and
    // free on a worker (a thread of its own, so that other stops cannot queue it); the copy of
    // the instance keeps libVLC alive until then.
    auto stopped = std::make_shared<QSemaphore>();
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->reserveThread();
    pool->startOnReservedThread(
        [player = m_player.release(), media = m_media.release(), instance = m_instance, stopped] {
            libvlc_media_player_stop(player);
            libvlc_media_player_release(player);
            if (media)
                libvlc_media_release(media);
            stopped->release();
        });
    // But a player that drew into a window must be done with it before this returns: the
    // window's owner may destroy it next (a video screen closing), and a video output still
    // drawing into a destroyed X window crashes in the GL driver (tst_mediaplayers caught one
    // about once in 20 runs). Stopping a video takes milliseconds; a hung server only so long.
    if (std::exchange(m_drawsIntoWindow, false) &&
        !stopped->tryAcquire(1, int(windowReleaseTimeout.count())))
        qCWarning(lcMedia) << "libVLC did not stop drawing into the video window within"
                           << windowReleaseTimeout.count() << "ms";
    if (!replace)
        return;
    createMediaPlayer();
}

void VlcPlayer::stopPlayback()
{
    // Synchronous in libVLC 3: the input thread is joined when it returns, so reports of the old
    // playback are all posted by now and carry the old generation.
    if (m_player)
        libvlc_media_player_stop(m_player.get());
    ++m_generation;
    m_lastTime = 0;
    m_started = false;
    m_hasTrack = false;
}

void VlcPlayer::fail(const QString &reason)
{
    QString detail = reason;
    const QStringList errors = m_instance.errorsSince(m_logMark);
    if (!errors.isEmpty())
        detail += u" (libVLC: "_s + errors.join(u"; "_s) + u')';
    qCInfo(lcMedia).noquote() << "vlc:" << url().toDisplayString() << "failed:" << detail;
    release();
    setState(State::Stopped);
    Q_EMIT failed(detail);
}

void VlcPlayer::failLater(const QString &reason)
{
    QMetaObject::invokeMethod(
        this,
        [this, reason, generation = m_generation.load()] {
            if (generation == m_generation.load())
                fail(reason);
        },
        Qt::QueuedConnection);
}

void VlcPlayer::applyVolume(int percent)
{
    m_playVolume = std::clamp(percent, 0, 100);
    // libVLC's 0…100 is already perceptual: its software volume cubes the value into the gain,
    // and QtPlayer uses the same cubic curve, so a percent sounds alike with both backends.
    if (m_player)
        libvlc_audio_set_volume(m_player.get(), m_playVolume);
}

} // namespace Dorfplatz
