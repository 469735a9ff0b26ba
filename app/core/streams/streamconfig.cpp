#include "streamconfig.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QString playerBackendName(PlayerBackend backend)
{
    switch (backend) {
    case PlayerBackend::Vlc:
        return u"vlc"_s;
    case PlayerBackend::Qt:
        return u"qt"_s;
    }
    return {};
}

std::optional<PlayerBackend> playerBackendFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"vlc"_s)
        return PlayerBackend::Vlc;
    if (key == u"qt"_s)
        return PlayerBackend::Qt;
    return std::nullopt;
}

QString streamKindName(StreamKind kind)
{
    switch (kind) {
    case StreamKind::Radio:
        return u"radio"_s;
    case StreamKind::Video:
        return u"video"_s;
    }
    return {};
}

std::optional<StreamKind> streamKindFromName(const QString &name)
{
    for (StreamKind kind : {StreamKind::Radio, StreamKind::Video}) {
        if (streamKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace Dorfplatz
