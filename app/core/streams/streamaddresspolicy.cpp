#include "streamaddresspolicy.h"

#include <QHostAddress>

#include <algorithm>
#include <array>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

bool isWeb(const QUrl &url)
{
    return url.scheme() == u"http"_s || url.scheme() == u"https"_s;
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

// QUrl already writes every IPv4 form ("2130706433", "0x7f.1", "127.1") as a dotted quad and
// lowers names; a trailing dot ("localhost.") names the same host.
QString normalHost(const QString &host)
{
    QString normal = host.toLower();
    while (normal.endsWith(u'.'))
        normal.chop(1);
    return normal;
}

bool isLocalAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped); // also ::ffff:a.b.c.d
    if (mapped) {
        static const std::array<std::pair<QHostAddress, int>, 7> ranges{{
            {QHostAddress(u"0.0.0.0"_s), 8}, // "this network"; 0.0.0.0 reaches this machine
            {QHostAddress(u"10.0.0.0"_s), 8},
            {QHostAddress(u"100.64.0.0"_s), 10}, // shared address space (carrier-grade NAT)
            {QHostAddress(u"127.0.0.0"_s), 8},
            {QHostAddress(u"169.254.0.0"_s), 16},
            {QHostAddress(u"172.16.0.0"_s), 12},
            {QHostAddress(u"192.168.0.0"_s), 16},
        }};
        const QHostAddress v4(ipv4);
        return std::any_of(ranges.cbegin(), ranges.cend(),
                           [&v4](const auto &range) { return v4.isInSubnet(range); });
    }
    static const std::array<std::pair<QHostAddress, int>, 5> ranges{{
        {QHostAddress(u"::"_s), 128}, // unspecified
        {QHostAddress(u"::1"_s), 128},
        {QHostAddress(u"fe80::"_s), 10},
        {QHostAddress(u"fec0::"_s), 10}, // the old site-local range
        {QHostAddress(u"fc00::"_s), 7},  // unique local
    }};
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&address](const auto &range) { return address.isInSubnet(range); });
}

// Names that only a home network resolves: no public radio is called that.
bool isLocalName(const QString &host)
{
    if (!host.contains(u'.'))
        return true; // "localhost", "radio", "nas"
    static const QStringList localSuffixes{
        u".localhost"_s, u".local"_s,    u".lan"_s,       u".home"_s,
        u".internal"_s,  u".intranet"_s, u".home.arpa"_s,
        u".fritz.box"_s, // the router in most German homes answers to fritz.box
    };
    const QString dotted = u'.' + host;
    return std::any_of(localSuffixes.cbegin(), localSuffixes.cend(),
                       [&dotted](const QString &suffix) { return dotted.endsWith(suffix); });
}

} // namespace

StreamAddressPolicy::StreamAddressPolicy(const StreamConfig &stream)
    : m_configured(stream.urls)
{
    for (const QString &named : stream.localHosts) {
        // Through QUrl, so that "127.1", "[::1]:8000" and "Radio.Lan" compare like entries do.
        const QUrl url(u"http://"_s + named.trimmed());
        if (!url.isValid() || url.host().isEmpty())
            continue;
        const QString host = normalHost(url.host());
        m_localHosts.append(url.port() >= 0 ? u"%1:%2"_s.arg(host).arg(url.port()) : host);
    }
}

StreamAddressPolicy::Verdict StreamAddressPolicy::checkEntry(const QUrl &playlist,
                                                             const QUrl &entry) const
{
    if (playlist.isLocalFile())
        return Verdict::Allowed;
    return checkWebUrl(entry);
}

StreamAddressPolicy::Verdict StreamAddressPolicy::checkRedirect(const QUrl &target) const
{
    return checkWebUrl(target);
}

StreamAddressPolicy::Verdict StreamAddressPolicy::checkWebUrl(const QUrl &url) const
{
    if (!isWeb(url))
        return Verdict::NotWeb;
    if (isLocalHost(url.host()) && !isNamed(url))
        return Verdict::LocalAddress;
    return Verdict::Allowed;
}

bool StreamAddressPolicy::isNamed(const QUrl &url) const
{
    const QString host = normalHost(url.host());
    const int port = effectivePort(url);
    const bool configured =
        std::any_of(m_configured.cbegin(), m_configured.cend(), [&](const QUrl &own) {
            return isWeb(own) && normalHost(own.host()) == host && effectivePort(own) == port;
        });
    return configured || m_localHosts.contains(host) ||
           m_localHosts.contains(u"%1:%2"_s.arg(host).arg(port));
}

bool StreamAddressPolicy::isLocalHost(const QString &host)
{
    const QString normal = normalHost(host);
    if (normal.isEmpty())
        return true;
    QHostAddress address;
    // A scope ("fe80::1%eth0") is part of a link-local address.
    if (address.setAddress(normal))
        return isLocalAddress(address);
    return isLocalName(normal);
}

QString StreamAddressPolicy::describe(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return u"allowed"_s;
    case Verdict::NotWeb:
        return u"not an http(s) address (or a step from https down to http), refused from a "
               u"remote playlist"_s;
    case Verdict::LocalAddress:
        return u"an address in a local network that streams.json does not name "
               u"(add it to the stream's \"localHosts\" to allow it)"_s;
    }
    return {};
}

} // namespace Dorfplatz
