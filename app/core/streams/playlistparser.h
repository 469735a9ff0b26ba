#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace Dorfplatz {

// Reads the playlist files radio stations publish (.m3u, .pls) into their entries, in order.
// HLS playlists (.m3u8, or an .m3u with #EXT-X- tags) are streams, not lists: players open them
// as they are.
namespace PlaylistParser {

// True when the URL names a playlist file by its ending (.m3u, .pls; not .m3u8).
bool looksLikePlaylist(const QUrl &url);

// True when the content is an HLS playlist rather than a list of streams.
bool isHls(const QByteArray &content);

// The entries of an M3U or PLS playlist, relative ones resolved against `base`. Entries with
// schemes a player cannot use (e.g. "javascript:") are dropped.
QList<QUrl> parse(const QByteArray &content, const QUrl &base);

} // namespace PlaylistParser

} // namespace Dorfplatz
