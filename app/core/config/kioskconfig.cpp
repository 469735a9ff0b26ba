#include "kioskconfig.h"

#include <array>
#include <utility>

namespace Dorfplatz {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array tileKinds{
    std::pair{TileKind::Stream, u"stream"},
    std::pair{TileKind::Call, u"call"},
    std::pair{TileKind::Events, u"events"},
    std::pair{TileKind::Schedule, u"schedule"},
};

constexpr std::array themeKinds{
    std::pair{ThemeKind::Standard, u"standard"},
    std::pair{ThemeKind::HighContrast, u"high-contrast"},
};

} // namespace

QString tileKindName(TileKind kind)
{
    for (const auto &[k, name] : tileKinds) {
        if (k == kind)
            return QString::fromUtf16(name.data(), qsizetype(name.size()));
    }
    return {};
}

std::optional<TileKind> tileKindFromName(const QString &name)
{
    for (const auto &[k, n] : tileKinds) {
        if (name == QStringView(n))
            return k;
    }
    return std::nullopt;
}

QStringList tileKindNames()
{
    QStringList names;
    for (const auto &entry : tileKinds)
        names << tileKindName(entry.first);
    return names;
}

QString themeKindName(ThemeKind kind)
{
    for (const auto &[k, name] : themeKinds) {
        if (k == kind)
            return QString::fromUtf16(name.data(), qsizetype(name.size()));
    }
    return {};
}

std::optional<ThemeKind> themeKindFromName(const QString &name)
{
    for (const auto &[k, n] : themeKinds) {
        if (name == QStringView(n))
            return k;
    }
    return std::nullopt;
}

bool NightHours::contains(QTime time) const
{
    if (start == end)
        return false;
    if (start < end)
        return time >= start && time < end;
    return time >= start || time < end;
}

} // namespace Dorfplatz
