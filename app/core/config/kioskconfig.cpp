#include "kioskconfig.h"

#include <initializer_list>
#include <utility>

namespace Dorfplatz {

namespace {

template <typename E>
using NameTable = std::initializer_list<std::pair<E, QStringView>>;

const NameTable<TileKind> tileKinds{
    {TileKind::Stream, u"stream"},
    {TileKind::Call, u"call"},
    {TileKind::Events, u"events"},
    {TileKind::Schedule, u"schedule"},
};

const NameTable<ThemeKind> themeKinds{
    {ThemeKind::Standard, u"standard"},
    {ThemeKind::HighContrast, u"high-contrast"},
};

template <typename E>
QString nameOf(const NameTable<E> &table, E value)
{
    for (const auto &[k, name] : table) {
        if (k == value)
            return name.toString();
    }
    return {};
}

template <typename E>
std::optional<E> valueOf(const NameTable<E> &table, const QString &name)
{
    for (const auto &[k, n] : table) {
        if (name == n)
            return k;
    }
    return std::nullopt;
}

} // namespace

QString tileKindName(TileKind kind)
{
    return nameOf(tileKinds, kind);
}

std::optional<TileKind> tileKindFromName(const QString &name)
{
    return valueOf(tileKinds, name);
}

QStringList tileKindNames()
{
    QStringList names;
    for (const auto &entry : tileKinds)
        names << entry.second.toString();
    return names;
}

QString themeKindName(ThemeKind kind)
{
    return nameOf(themeKinds, kind);
}

std::optional<ThemeKind> themeKindFromName(const QString &name)
{
    return valueOf(themeKinds, name);
}

const StreamConfig *KioskConfig::stream(const QString &id) const
{
    for (const StreamConfig &candidate : streams) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const ContactConfig *KioskConfig::contact(const QString &id) const
{
    for (const ContactConfig &candidate : contacts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace Dorfplatz
