#pragma once

#include "streamconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Dorfplatz {

// Which addresses a station's remote playlist may send the player to. The configuration is ours:
// its URLs play as they are, wherever they point. A playlist fetched from a server is not: it
// could name a file on this machine (file:///…) or a device in the home's network (the router's
// page, a printer, a service on the kiosk itself). So the entries of a remote playlist must be
// http(s), and a host in a local network must be named by the configuration: the host and port
// of one of the station's own URLs, or one of its `localHosts`.
//
// "Local" is decided from the address as written: literal IPv4/IPv6 addresses in loopback,
// private, link-local, shared (CGNAT) and unspecified ranges (also IPv4-mapped IPv6), "localhost"
// and names only a home network resolves (no dot, .local, .lan, .home.arpa, fritz.box, …).
// What remains: a public name whose DNS answer is a local address (a rebinding attack, or
// "10.0.0.1.nip.io") passes here; the players resolve names themselves, so checking the answer
// here would not bind what they connect to. Redirects the players follow while playing (libVLC,
// GStreamer) and the segments of an HLS stream are not checked either.
class StreamAddressPolicy
{
public:
    enum class Verdict
    {
        Allowed,
        NotWeb,       // not http(s): file:, ftp:, rtsp: … (or https redirected to http)
        LocalAddress, // a host in a local network the configuration does not name
    };

    explicit StreamAddressPolicy(const StreamConfig &stream);

    // For an entry of the playlist that was fetched from `playlist` (after redirects). Entries of
    // a local playlist file (configured, so ours) are allowed as they are.
    Verdict checkEntry(const QUrl &playlist, const QUrl &entry) const;
    // For a redirect the playlist fetch is asked to follow.
    Verdict checkRedirect(const QUrl &target) const;

    // True for hosts in loopback, private, link-local, shared and unspecified ranges, and for
    // names of the home's own network.
    static bool isLocalHost(const QString &host);

    // For the log: why an entry was refused.
    static QString describe(Verdict verdict);

private:
    Verdict checkWebUrl(const QUrl &url) const;
    bool isNamed(const QUrl &url) const;

    QList<QUrl> m_configured;
    QStringList m_localHosts; // lower case, "host" or "host:port"
};

} // namespace Dorfplatz
