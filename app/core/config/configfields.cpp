#include "configfields.h"

#include "configloader.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

using Kind = ConfigIssue::Kind;
using Presence = JsonObjectReader::Presence;

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    return pattern;
}

} // namespace

std::optional<QString> readId(JsonObjectReader &reader, QHash<QString, QString> &firstUse)
{
    const auto id = reader.text(u"id"_s, Presence::Required);
    if (!id)
        return std::nullopt;
    if (!idPattern().match(*id).hasMatch())
        reader.report(u"id"_s, Kind::InvalidId, {*id});
    else if (firstUse.contains(*id))
        reader.report(u"id"_s, Kind::DuplicateId, {*id, firstUse.value(*id)});
    else
        firstUse.insert(*id, reader.pathOf(u"id"_s));
    return id;
}

std::optional<QUrl> readSourceUrl(const QDir &directory, const QString &text,
                                  JsonObjectReader &reader, const QString &key,
                                  ConfigIssue::Kind missing)
{
    if (text.contains(u"://"_s) || text.startsWith(u"file:"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        static const QStringList schemes{u"http"_s, u"https"_s, u"file"_s};
        if (!url.isValid() || !schemes.contains(url.scheme()) ||
            (url.scheme() != u"file" && url.host().isEmpty())) {
            reader.report(key, Kind::InvalidUrl, {text});
            return std::nullopt;
        }
        if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isFile()) {
            reader.report(key, missing, {url.toLocalFile()});
            return std::nullopt;
        }
        return url;
    }
    const QString path = QDir::cleanPath(directory.absoluteFilePath(text));
    if (!QFileInfo(path).isFile()) {
        reader.report(key, missing, {text});
        return std::nullopt;
    }
    return QUrl::fromLocalFile(path);
}

void checkPicture(const QDir &directory, const QString &picture, JsonObjectReader &reader,
                  const QString &key)
{
    const QString &iconPrefix = ConfigLoader::iconPrefix;
    if (picture.startsWith(iconPrefix)) {
        const QString name = picture.mid(iconPrefix.size());
        const QStringList icons = ConfigLoader::builtInIcons();
        if (!icons.contains(name))
            reader.report(key, Kind::UnknownIcon, {name, icons.join(u", ")});
        return;
    }
    const QString absolute = QDir::cleanPath(directory.absoluteFilePath(picture));
    const QString root = QDir::cleanPath(directory.absolutePath()) + u'/';
    if (QDir::isAbsolutePath(picture) || !absolute.startsWith(root)) {
        reader.report(key, Kind::PictureOutside, {picture});
        return;
    }
    const QFileInfo info(absolute);
    if (!info.isFile()) {
        reader.report(key, Kind::PictureNotFound, {picture});
        return;
    }
    // By content, not by name: a text file called oma.png would show as an empty tile.
    static const QStringList formats{u"image/png"_s, u"image/jpeg"_s, u"image/svg+xml"_s};
    const QMimeType type = QMimeDatabase().mimeTypeForFile(absolute, QMimeDatabase::MatchContent);
    const bool isPicture =
        std::any_of(formats.cbegin(), formats.cend(),
                    [&type](const QString &name) { return type.inherits(name); });
    if (!isPicture)
        reader.report(key, Kind::PictureFormat, {picture});
}

} // namespace Dorfplatz
