#include "configfields.h"

#include "configloader.h"
#include "core/files/regularfile.h"

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

// True when `absolute` exists and its real path (links resolved) is not inside the real path of
// the folder: a link inside the folder must not lead the kiosk, or the copy of the last good
// configuration, to files elsewhere. A missing file is not outside (it is reported as missing).
bool leadsOutside(const QDir &directory, const QString &absolute)
{
    const QString file = QFileInfo(absolute).canonicalFilePath();
    QString root = QFileInfo(directory.absolutePath()).canonicalFilePath();
    if (file.isEmpty() || root.isEmpty())
        return false;
    if (!root.endsWith(u'/'))
        root += u'/';
    return !file.startsWith(root);
}

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + 1024 * 1024 - 1) / (1024 * 1024));
}

} // namespace

QStringList readTexts(JsonObjectReader &reader, const QString &key)
{
    QStringList texts;
    const auto array = reader.array(key, Presence::Optional);
    if (!array)
        return texts;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue value = array->at(i);
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.isEmpty()) {
            reader.report(u"%1[%2]"_s.arg(key).arg(i), Kind::WrongType,
                          {u"string"_s, JsonObjectReader::typeOf(value)});
            continue;
        }
        texts.append(text);
    }
    return texts;
}

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
    // A relative path names a file in the folder, after links are resolved too. Files elsewhere
    // (a media library) are given as absolute paths, on purpose.
    const QString path = QDir::cleanPath(directory.absoluteFilePath(text));
    const QString root = QDir::cleanPath(directory.absolutePath()) + u'/';
    if (!QDir::isAbsolutePath(text) && (!path.startsWith(root) || leadsOutside(directory, path))) {
        reader.report(key, Kind::PathOutside, {text});
        return std::nullopt;
    }
    switch (RegularFile::check(path).status) {
    case RegularFile::Status::Ok:
        return QUrl::fromLocalFile(path);
    case RegularFile::Status::NotRegular:
        reader.report(key, Kind::NotAFile);
        return std::nullopt;
    case RegularFile::Status::Missing:
    case RegularFile::Status::TooLarge:
    case RegularFile::Status::Unreadable:
        break;
    }
    reader.report(key, missing, {text});
    return std::nullopt;
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
    const RegularFile::Info info = RegularFile::check(absolute, maxPictureBytes);
    if (info.status == RegularFile::Status::Missing) {
        reader.report(key, Kind::PictureNotFound, {picture});
        return;
    }
    if (leadsOutside(directory, absolute)) {
        reader.report(key, Kind::PictureOutside, {picture});
        return;
    }
    switch (info.status) {
    case RegularFile::Status::Ok:
        break;
    case RegularFile::Status::Missing:
    case RegularFile::Status::Unreadable:
        reader.report(key, Kind::PictureNotFound, {picture});
        return;
    case RegularFile::Status::NotRegular:
        reader.report(key, Kind::NotAFile);
        return;
    case RegularFile::Status::TooLarge:
        reader.report(key, Kind::PictureTooLarge,
                      {picture, megabytes(info.size), megabytes(maxPictureBytes)});
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
