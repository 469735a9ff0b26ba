#pragma once

#include "jsonobjectreader.h"

#include <QDir>
#include <QHash>
#include <QUrl>

#include <optional>

namespace Dorfplatz {

// Field readers shared by the configuration files (streams.json, feeds.json, ...), so an id or a
// source address is checked and reported the same way in every file.

// The "id" of a list entry: well formed and unique in its list (`firstUse`: id → where it was
// first used).
std::optional<QString> readId(JsonObjectReader &reader, QHash<QString, QString> &firstUse);

// An optional list of short texts (a feed's "places", a stream's "localHosts"); an entry that is
// not a text is reported and left out.
QStringList readTexts(JsonObjectReader &reader, const QString &key);

// A source address as written by a guide: a web address, a file: URL, or a path (relative to the
// configuration folder). Local files must exist and be ordinary files, so a typo shows in
// --check-config; a missing one is reported as `missing` (a media file, a calendar file, ...). A
// relative path must stay inside the folder, links resolved.
std::optional<QUrl> readSourceUrl(const QDir &directory, const QString &text,
                                  JsonObjectReader &reader, const QString &key,
                                  ConfigIssue::Kind missing = ConfigIssue::Kind::MediaNotFound);

// A picture larger than this is refused: a photo from a phone has 3 to 8 MB, the kiosk decodes
// pictures on its GUI thread, and the last good copy keeps a copy of each.
constexpr qint64 maxPictureBytes = qint64(20) * 1024 * 1024;

// A picture field: a built-in "icon:NAME", or a PNG, JPEG or SVG file inside the configuration
// folder (checked by content). Tiles, station logos and contact photos all go through it.
void checkPicture(const QDir &directory, const QString &picture, JsonObjectReader &reader,
                  const QString &key = QStringLiteral("picture"));

} // namespace Dorfplatz
