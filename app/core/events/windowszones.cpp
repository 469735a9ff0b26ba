#include "windowszones.h"

#include <QHash>

namespace Dorfplatz::WindowsZones {

namespace {

struct Mapping
{
    const char16_t *windowsName;
    const char16_t *ianaId;
};

// The CLDR windowsZones "001" mapping, with IANA's current canonical names where CLDR keeps an
// old alias (Europe/Kyiv, Asia/Kolkata, ...). Deprecated Windows names that still turn up in old
// exports are at the end.
constexpr Mapping mappings[] = {
    // Europe
    {u"GMT Standard Time", u"Europe/London"},
    {u"W. Europe Standard Time", u"Europe/Berlin"},
    {u"Central Europe Standard Time", u"Europe/Budapest"},
    {u"Romance Standard Time", u"Europe/Paris"},
    {u"Central European Standard Time", u"Europe/Warsaw"},
    {u"GTB Standard Time", u"Europe/Bucharest"},
    {u"E. Europe Standard Time", u"Europe/Chisinau"},
    {u"FLE Standard Time", u"Europe/Kyiv"},
    {u"Kaliningrad Standard Time", u"Europe/Kaliningrad"},
    {u"Turkey Standard Time", u"Europe/Istanbul"},
    {u"Belarus Standard Time", u"Europe/Minsk"},
    {u"Russian Standard Time", u"Europe/Moscow"},
    {u"Volgograd Standard Time", u"Europe/Volgograd"},
    {u"Astrakhan Standard Time", u"Europe/Astrakhan"},
    {u"Saratov Standard Time", u"Europe/Saratov"},
    {u"Russia Time Zone 3", u"Europe/Samara"},
    {u"Greenwich Standard Time", u"Atlantic/Reykjavik"},
    {u"Azores Standard Time", u"Atlantic/Azores"},
    // UTC and fixed offsets (Etc/GMT+n is n hours *behind* UTC)
    {u"UTC", u"Etc/UTC"},
    {u"Coordinated Universal Time", u"Etc/UTC"},
    {u"Dateline Standard Time", u"Etc/GMT+12"},
    {u"UTC-11", u"Etc/GMT+11"},
    {u"UTC-09", u"Etc/GMT+9"},
    {u"UTC-08", u"Etc/GMT+8"},
    {u"UTC-02", u"Etc/GMT+2"},
    {u"UTC+12", u"Etc/GMT-12"},
    {u"UTC+13", u"Etc/GMT-13"},
    // Africa and the Middle East
    {u"Morocco Standard Time", u"Africa/Casablanca"},
    {u"Sao Tome Standard Time", u"Africa/Sao_Tome"},
    {u"W. Central Africa Standard Time", u"Africa/Lagos"},
    {u"Egypt Standard Time", u"Africa/Cairo"},
    {u"South Africa Standard Time", u"Africa/Johannesburg"},
    {u"South Sudan Standard Time", u"Africa/Juba"},
    {u"Sudan Standard Time", u"Africa/Khartoum"},
    {u"Libya Standard Time", u"Africa/Tripoli"},
    {u"Namibia Standard Time", u"Africa/Windhoek"},
    {u"E. Africa Standard Time", u"Africa/Nairobi"},
    {u"Mauritius Standard Time", u"Indian/Mauritius"},
    {u"Jordan Standard Time", u"Asia/Amman"},
    {u"Middle East Standard Time", u"Asia/Beirut"},
    {u"Syria Standard Time", u"Asia/Damascus"},
    {u"West Bank Standard Time", u"Asia/Hebron"},
    {u"Israel Standard Time", u"Asia/Jerusalem"},
    {u"Arabic Standard Time", u"Asia/Baghdad"},
    {u"Arab Standard Time", u"Asia/Riyadh"},
    {u"Iran Standard Time", u"Asia/Tehran"},
    {u"Arabian Standard Time", u"Asia/Dubai"},
    {u"Azerbaijan Standard Time", u"Asia/Baku"},
    {u"Georgian Standard Time", u"Asia/Tbilisi"},
    {u"Caucasus Standard Time", u"Asia/Yerevan"},
    // Asia and the Pacific
    {u"Afghanistan Standard Time", u"Asia/Kabul"},
    {u"West Asia Standard Time", u"Asia/Tashkent"},
    {u"Ekaterinburg Standard Time", u"Asia/Yekaterinburg"},
    {u"Pakistan Standard Time", u"Asia/Karachi"},
    {u"Qyzylorda Standard Time", u"Asia/Qyzylorda"},
    {u"India Standard Time", u"Asia/Kolkata"},
    {u"Sri Lanka Standard Time", u"Asia/Colombo"},
    {u"Nepal Standard Time", u"Asia/Kathmandu"},
    {u"Central Asia Standard Time", u"Asia/Almaty"},
    {u"Bangladesh Standard Time", u"Asia/Dhaka"},
    {u"Omsk Standard Time", u"Asia/Omsk"},
    {u"Myanmar Standard Time", u"Asia/Yangon"},
    {u"SE Asia Standard Time", u"Asia/Bangkok"},
    {u"Altai Standard Time", u"Asia/Barnaul"},
    {u"W. Mongolia Standard Time", u"Asia/Hovd"},
    {u"North Asia Standard Time", u"Asia/Krasnoyarsk"},
    {u"N. Central Asia Standard Time", u"Asia/Novosibirsk"},
    {u"Tomsk Standard Time", u"Asia/Tomsk"},
    {u"China Standard Time", u"Asia/Shanghai"},
    {u"North Asia East Standard Time", u"Asia/Irkutsk"},
    {u"Singapore Standard Time", u"Asia/Singapore"},
    {u"W. Australia Standard Time", u"Australia/Perth"},
    {u"Taipei Standard Time", u"Asia/Taipei"},
    {u"Ulaanbaatar Standard Time", u"Asia/Ulaanbaatar"},
    {u"Aus Central W. Standard Time", u"Australia/Eucla"},
    {u"Transbaikal Standard Time", u"Asia/Chita"},
    {u"Tokyo Standard Time", u"Asia/Tokyo"},
    {u"North Korea Standard Time", u"Asia/Pyongyang"},
    {u"Korea Standard Time", u"Asia/Seoul"},
    {u"Yakutsk Standard Time", u"Asia/Yakutsk"},
    {u"Cen. Australia Standard Time", u"Australia/Adelaide"},
    {u"AUS Central Standard Time", u"Australia/Darwin"},
    {u"E. Australia Standard Time", u"Australia/Brisbane"},
    {u"AUS Eastern Standard Time", u"Australia/Sydney"},
    {u"West Pacific Standard Time", u"Pacific/Port_Moresby"},
    {u"Tasmania Standard Time", u"Australia/Hobart"},
    {u"Vladivostok Standard Time", u"Asia/Vladivostok"},
    {u"Lord Howe Standard Time", u"Australia/Lord_Howe"},
    {u"Bougainville Standard Time", u"Pacific/Bougainville"},
    {u"Russia Time Zone 10", u"Asia/Srednekolymsk"},
    {u"Magadan Standard Time", u"Asia/Magadan"},
    {u"Norfolk Standard Time", u"Pacific/Norfolk"},
    {u"Sakhalin Standard Time", u"Asia/Sakhalin"},
    {u"Central Pacific Standard Time", u"Pacific/Guadalcanal"},
    {u"Russia Time Zone 11", u"Asia/Kamchatka"},
    {u"New Zealand Standard Time", u"Pacific/Auckland"},
    {u"Fiji Standard Time", u"Pacific/Fiji"},
    {u"Chatham Islands Standard Time", u"Pacific/Chatham"},
    {u"Tonga Standard Time", u"Pacific/Tongatapu"},
    {u"Samoa Standard Time", u"Pacific/Apia"},
    {u"Line Islands Standard Time", u"Pacific/Kiritimati"},
    // The Americas
    {u"Aleutian Standard Time", u"America/Adak"},
    {u"Hawaiian Standard Time", u"Pacific/Honolulu"},
    {u"Marquesas Standard Time", u"Pacific/Marquesas"},
    {u"Alaskan Standard Time", u"America/Anchorage"},
    {u"Pacific Standard Time (Mexico)", u"America/Tijuana"},
    {u"Pacific Standard Time", u"America/Los_Angeles"},
    {u"US Mountain Standard Time", u"America/Phoenix"},
    {u"Mountain Standard Time (Mexico)", u"America/Mazatlan"},
    {u"Mountain Standard Time", u"America/Denver"},
    {u"Yukon Standard Time", u"America/Whitehorse"},
    {u"Central America Standard Time", u"America/Guatemala"},
    {u"Central Standard Time", u"America/Chicago"},
    {u"Easter Island Standard Time", u"Pacific/Easter"},
    {u"Central Standard Time (Mexico)", u"America/Mexico_City"},
    {u"Canada Central Standard Time", u"America/Regina"},
    {u"SA Pacific Standard Time", u"America/Bogota"},
    {u"Eastern Standard Time (Mexico)", u"America/Cancun"},
    {u"Eastern Standard Time", u"America/New_York"},
    {u"Haiti Standard Time", u"America/Port-au-Prince"},
    {u"Cuba Standard Time", u"America/Havana"},
    {u"US Eastern Standard Time", u"America/Indiana/Indianapolis"},
    {u"Turks And Caicos Standard Time", u"America/Grand_Turk"},
    {u"Paraguay Standard Time", u"America/Asuncion"},
    {u"Atlantic Standard Time", u"America/Halifax"},
    {u"Venezuela Standard Time", u"America/Caracas"},
    {u"Central Brazilian Standard Time", u"America/Cuiaba"},
    {u"SA Western Standard Time", u"America/La_Paz"},
    {u"Pacific SA Standard Time", u"America/Santiago"},
    {u"Newfoundland Standard Time", u"America/St_Johns"},
    {u"Tocantins Standard Time", u"America/Araguaina"},
    {u"E. South America Standard Time", u"America/Sao_Paulo"},
    {u"SA Eastern Standard Time", u"America/Cayenne"},
    {u"Argentina Standard Time", u"America/Argentina/Buenos_Aires"},
    {u"Greenland Standard Time", u"America/Nuuk"},
    {u"Montevideo Standard Time", u"America/Montevideo"},
    {u"Magallanes Standard Time", u"America/Punta_Arenas"},
    {u"Saint Pierre Standard Time", u"America/Miquelon"},
    {u"Bahia Standard Time", u"America/Bahia"},
    {u"Cape Verde Standard Time", u"Atlantic/Cape_Verde"},
    // Deprecated Windows names
    {u"Kamchatka Standard Time", u"Asia/Kamchatka"},
    {u"Mid-Atlantic Standard Time", u"Etc/GMT+2"},
    {u"Mexico Standard Time", u"America/Mexico_City"},
    {u"Mexico Standard Time 2", u"America/Chihuahua"},
};

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> byLowerName = [] {
        QHash<QString, QString> hash;
        for (const Mapping &mapping : mappings)
            hash.insert(QString::fromUtf16(mapping.windowsName).toLower(),
                        QString::fromUtf16(mapping.ianaId));
        return hash;
    }();
    return byLowerName;
}

} // namespace

QString ianaFor(const QString &windowsName)
{
    return table().value(windowsName.trimmed().toLower());
}

QStringList windowsNames()
{
    QStringList names;
    for (const Mapping &mapping : mappings)
        names.append(QString::fromUtf16(mapping.windowsName));
    return names;
}

} // namespace Dorfplatz::WindowsZones
