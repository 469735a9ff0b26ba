#include "streamconfig.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

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
