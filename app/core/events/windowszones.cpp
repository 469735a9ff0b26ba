#include "windowszones.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Dorfplatz::WindowsZones {

using namespace Qt::StringLiterals;

namespace {

// Qt keeps CLDR's Windows table (QTimeZone::windowsIdToDefaultIanaId); only what Qt 6.4's copy
// lacks or has out of date is here. Check again when the minimum Qt version rises.
struct Mapping
{
    const char16_t *windowsName;
    const char16_t *ianaId;
};

constexpr Mapping notInQt[] = {
    // Deprecated Windows names that still turn up in old exports, and the spelled-out name some
    // exporters write instead of "UTC".
    {u"Coordinated Universal Time", u"Etc/UTC"},
    {u"Kamchatka Standard Time", u"Asia/Kamchatka"},
    {u"Mid-Atlantic Standard Time", u"Etc/GMT+2"},
    {u"Mexico Standard Time", u"America/Mexico_City"},
    {u"Mexico Standard Time 2", u"America/Chihuahua"},
    // Qt 6.4 still says America/Chihuahua, which left Mountain Time in 2022; Windows and CLDR
    // moved this name to Mazatlan then. With Qt's answer an event would be an hour off.
    {u"Mountain Standard Time (Mexico)", u"America/Mazatlan"},
};

// CLDR names some zones by the IANA id they had before IANA renamed them; the cache (and what
// the events screen shows) uses IANA's current name. The old ids still work with QTimeZone, so
// this is about the name only.
struct Rename
{
    const char *cldrId;
    const char16_t *ianaId;
};

constexpr Rename renamed[] = {
    {"Europe/Kiev", u"Europe/Kyiv"},
    {"Asia/Calcutta", u"Asia/Kolkata"},
    {"Asia/Katmandu", u"Asia/Kathmandu"},
    {"Asia/Rangoon", u"Asia/Yangon"},
    {"America/Indianapolis", u"America/Indiana/Indianapolis"},
    {"America/Buenos_Aires", u"America/Argentina/Buenos_Aires"},
    {"America/Godthab", u"America/Nuuk"},
};

QString key(const QString &name)
{
    return name.trimmed().toLower();
}

const QHash<QString, QString> &notInQtByKey()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> hash;
        for (const Mapping &mapping : notInQt)
            hash.insert(key(QString::fromUtf16(mapping.windowsName)),
                        QString::fromUtf16(mapping.ianaId));
        return hash;
    }();
    return table;
}

// Qt only maps a Windows name spelled exactly, and has no list of them; they are found through
// the IANA zones they stand for. The system's zone list holds the geographic zones under their
// current names, so CLDR's old names and the fixed-offset Etc zones are asked for as well.
const QHash<QString, QByteArray> &qtNamesByKey()
{
    static const QHash<QString, QByteArray> table = [] {
        QSet<QByteArray> ianaIds;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            ianaIds.insert(id);
        for (const Rename &rename : renamed)
            ianaIds.insert(rename.cldrId);
        ianaIds.insert("Etc/UTC");
        for (int hours = -14; hours <= 12; ++hours) {
            const QByteArray sign = hours > 0 ? QByteArray("+") : QByteArray();
            ianaIds.insert(hours == 0 ? QByteArray("Etc/GMT")
                                      : "Etc/GMT" + sign + QByteArray::number(hours));
        }
        QHash<QString, QByteArray> hash;
        for (const QByteArray &ianaId : std::as_const(ianaIds)) {
            if (const QByteArray windows = QTimeZone::ianaIdToWindowsId(ianaId); !windows.isEmpty())
                hash.insert(key(QString::fromLatin1(windows)), windows);
        }
        return hash;
    }();
    return table;
}

QString currentName(const QByteArray &cldrId)
{
    for (const Rename &rename : renamed) {
        if (cldrId == rename.cldrId)
            return QString::fromUtf16(rename.ianaId);
    }
    return QString::fromLatin1(cldrId);
}

} // namespace

QString ianaFor(const QString &windowsName)
{
    const QString name = windowsName.trimmed();
    if (name.isEmpty())
        return {};
    if (const auto own = notInQtByKey().constFind(key(name)); own != notInQtByKey().cend())
        return *own;
    QByteArray ianaId = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (ianaId.isEmpty()) {
        // Rare (exports write the names as Windows does), so the index is built only then.
        const QByteArray spelled = qtNamesByKey().value(key(name));
        if (spelled.isEmpty())
            return {};
        ianaId = QTimeZone::windowsIdToDefaultIanaId(spelled);
    }
    return ianaId.isEmpty() ? QString() : currentName(ianaId);
}

QStringList windowsNames()
{
    QStringList names;
    for (const QByteArray &name : qtNamesByKey())
        names.append(QString::fromLatin1(name));
    for (const Mapping &mapping : notInQt)
        names.append(QString::fromUtf16(mapping.windowsName));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace Dorfplatz::WindowsZones
