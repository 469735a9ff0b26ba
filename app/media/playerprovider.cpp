#include "playerprovider.h"

#include "core/logging.h"
#include "qt/qtplayer.h"
#include "vlc/vlcinstance.h"
#include "vlc/vlcplayer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

PlayerProvider::PlayerProvider(PlayerBackend preferred, const QStringList &vlcArguments,
                               QObject *parent)
    : QObject(parent)
    , m_preferred(preferred)
    // splitCommand() also keeps a quoted argument with spaces together.
    , m_vlcArguments(vlcArguments +
                     QProcess::splitCommand(qEnvironmentVariable("DORFPLATZ_VLC_ARGS")))
{}

PlayerProvider::~PlayerProvider() = default;

void PlayerProvider::warmUp()
{
    if (m_preferred != PlayerBackend::Vlc || m_vlcTried)
        return;
    m_vlcTried = true;

    QElapsedTimer timer;
    timer.start();
    auto instance = std::make_unique<VlcInstance>(m_vlcArguments);
    if (!instance->isValid()) {
        m_fallbackReason = u"libVLC could not start (%1); playing with Qt Multimedia instead"_s.arg(
            instance->error());
        qCWarning(lcMedia).noquote() << m_fallbackReason;
        return;
    }
    qCInfo(lcPerf) << "libVLC instance ready after" << timer.elapsed() << "ms";
    m_vlc = std::move(instance);
}

PlayerBackend PlayerProvider::backend()
{
    warmUp();
    return m_vlc ? PlayerBackend::Vlc : PlayerBackend::Qt;
}

PlayerBackend PlayerProvider::backendFor(StreamKind kind)
{
    const PlayerBackend chosen = backend();
    if (chosen == PlayerBackend::Vlc && kind == StreamKind::Video &&
        QGuiApplication::platformName() != u"xcb"_s) {
        qCInfo(lcMedia).noquote() << "video plays with Qt Multimedia: libVLC draws only into X11"
                                  << "windows, and the platform is"
                                  << QGuiApplication::platformName();
        return PlayerBackend::Qt;
    }
    return chosen;
}

std::unique_ptr<MediaPlayer> PlayerProvider::createPlayer(StreamKind kind, QObject *parent)
{
    std::unique_ptr<MediaPlayer> player;
    if (backendFor(kind) == PlayerBackend::Vlc)
        player = std::make_unique<VlcPlayer>(*m_vlc, parent);
    else
        player = std::make_unique<QtPlayer>(parent);
    player->setDucked(m_ducked);
    m_players.removeAll(nullptr);
    m_players.append(player.get());
    return player;
}

void PlayerProvider::setDucked(bool ducked)
{
    m_ducked = ducked;
    m_players.removeAll(nullptr);
    for (MediaPlayer *player : std::as_const(m_players))
        player->setDucked(ducked);
}

} // namespace Dorfplatz
