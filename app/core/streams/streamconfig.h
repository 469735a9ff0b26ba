#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Dorfplatz {

enum class PlayerBackend
{
    Vlc, // libVLC 3, the default
    Qt,  // Qt Multimedia (GStreamer on Debian)
};

// "vlc", "qt".
QString playerBackendName(PlayerBackend backend);
std::optional<PlayerBackend> playerBackendFromName(const QString &name);

enum class StreamKind
{
    Radio,
    Video
};

QString streamKindName(StreamKind kind);
std::optional<StreamKind> streamKindFromName(const QString &name);

// One radio or TV station, or a local file, as configured in streams.json.
struct StreamConfig
{
    QString id;
    QString name; // "SWR4 Rheinland-Pfalz"
    StreamKind kind = StreamKind::Radio;
    // Primary first, fallbacks after: http(s) streams, HLS (.m3u8), playlists (.m3u, .pls) or
    // local files (file: URLs; relative paths in streams.json are resolved when loading).
    QList<QUrl> urls;
    QString logo; // relative to the configuration folder, or "icon:NAME"; empty: the radio icon
    std::optional<int> volume; // default volume for this station, inside the kiosk's limits
    // Hosts in the home's own network ("192.168.1.20", "radio.fritz.box:8000") that the entries
    // of this station's playlists may name (a LAN radio server). Entries on the host and port of
    // one of `urls` need no naming. See StreamAddressPolicy.
    QStringList localHosts;

    bool operator==(const StreamConfig &) const = default;
};

// The volume a resident can choose: never below the minimum (nobody turns it off by mistake)
// and never above the maximum (no level that hurts).
struct VolumeLimits
{
    int minimum = 20;
    int maximum = 80;
    int initial = 50;
    int step = 10;
    // The highest a group session may play at (staff choose its volume; a concert for twenty
    // people in a room needs more than one resident beside the speaker). Never below `maximum`.
    int staffMaximum = 100;

    int clamp(int percent) const { return qBound(minimum, percent, maximum); }
    bool operator==(const VolumeLimits &) const = default;
};

} // namespace Dorfplatz
