#include "configloader.h"

#include "configfile.h"
#include "jsonobjectreader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

using Presence = JsonObjectReader::Presence;
using Kind = ConfigIssue::Kind;

constexpr int maxTiles = 200;
constexpr int maxLabelLength = 40;
const QString iconPrefix = u"icon:"_s;

KioskSettings readSettings(const QJsonObject &root, ConfigIssues *issues)
{
    KioskSettings settings;
    JsonObjectReader reader(root, ConfigLoader::kioskFile, {}, issues);
    reader.markKnown(u"version"_s);

    if (auto language = reader.choice<QString>(
            u"language"_s, Presence::Optional, {u"de"_s, u"en"_s},
            [](const QString &v) -> std::optional<QString> {
                return (v == u"de" || v == u"en") ? std::optional(v) : std::nullopt;
            }))
        settings.language = *language;

    if (auto theme =
            reader.choice<ThemeKind>(u"theme"_s, Presence::Optional,
                                     {u"standard"_s, u"high-contrast"_s}, &themeKindFromName))
        settings.theme = *theme;

    static const QList<int> scales{100, 125, 150, 200};
    if (auto scale = reader.integer(u"textScale"_s, Presence::Optional, 0, 1000)) {
        if (scales.contains(*scale))
            settings.textScalePercent = *scale;
        else
            reader.report(u"textScale"_s, Kind::InvalidChoice,
                          {QString::number(*scale), u"100, 125, 150, 200"_s});
    }

    if (auto timeout = reader.integer(u"inactivityTimeoutSeconds"_s, Presence::Optional, 15, 3600))
        settings.inactivityTimeout = std::chrono::seconds(*timeout);

    settings.screenDiagonalInches =
        reader.number(u"screenDiagonalInches"_s, Presence::Optional, 7.0, 120.0);

    if (auto night = reader.object(u"nightHours"_s, Presence::Optional)) {
        JsonObjectReader nightReader(*night, ConfigLoader::kioskFile,
                                     reader.pathOf(u"nightHours"_s), issues);
        const auto start = nightReader.time(u"start"_s, Presence::Required);
        const auto end = nightReader.time(u"end"_s, Presence::Required);
        nightReader.reportUnknownFields();
        if (start && end)
            settings.nightHours = {*start, *end};
    }

    if (auto name = reader.text(u"homeName"_s, Presence::Optional, maxLabelLength))
        settings.homeName = *name;

    reader.reportUnknownFields();
    return settings;
}

void checkPicture(const QDir &directory, const QString &picture, JsonObjectReader &reader)
{
    const QString key = u"picture"_s;
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

QList<TileConfig> readTiles(const QDir &directory, const QJsonObject &root, ConfigIssues *issues)
{
    JsonObjectReader reader(root, ConfigLoader::tilesFile, {}, issues);
    reader.markKnown(u"version"_s);
    const auto array = reader.array(u"tiles"_s, Presence::Required);
    reader.reportUnknownFields();
    if (!array)
        return {};
    if (array->isEmpty()) {
        reader.report(u"tiles"_s, Kind::NoTiles);
        return {};
    }
    if (array->size() > maxTiles) {
        reader.report(u"tiles"_s, Kind::OutOfRange,
                      {QString::number(array->size()), u"1"_s, QString::number(maxTiles)});
        return {};
    }

    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    QList<TileConfig> tiles;
    QHash<QString, QString> firstUse; // id → path where it first appeared
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = u"tiles[%1]"_s.arg(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            issues->append({ConfigLoader::tilesFile,
                            path,
                            Kind::WrongType,
                            {u"object"_s, JsonObjectReader::typeOf(value)}});
            continue;
        }
        const qsizetype before = issues->size();
        JsonObjectReader tile(value.toObject(), ConfigLoader::tilesFile, path, issues);
        TileConfig config;
        if (auto id = tile.text(u"id"_s, Presence::Required)) {
            if (!idPattern.match(*id).hasMatch())
                tile.report(u"id"_s, Kind::InvalidId, {*id});
            else if (firstUse.contains(*id))
                tile.report(u"id"_s, Kind::DuplicateId, {*id, firstUse.value(*id)});
            else
                firstUse.insert(*id, tile.pathOf(u"id"_s));
            config.id = *id;
        }
        if (auto kind = tile.choice<TileKind>(u"kind"_s, Presence::Required, tileKindNames(),
                                              &tileKindFromName))
            config.kind = *kind;
        if (auto label = tile.text(u"label"_s, Presence::Required, maxLabelLength))
            config.label = *label;
        if (auto picture = tile.text(u"picture"_s, Presence::Optional, 500)) {
            checkPicture(directory, *picture, tile);
            config.picture = *picture;
        } else {
            config.picture = iconPrefix + tileKindName(config.kind);
        }
        if (auto target = tile.text(u"target"_s, Presence::Optional, 100))
            config.target = *target;
        if (auto order = tile.integer(u"order"_s, Presence::Optional, -100000, 100000))
            config.order = *order;
        tile.reportUnknownFields();
        if (issues->size() == before)
            tiles.append(config);
    }
    std::stable_sort(tiles.begin(), tiles.end(),
                     [](const TileConfig &a, const TileConfig &b) { return a.order < b.order; });
    return tiles;
}

} // namespace

ConfigLoadResult ConfigLoader::load(const QString &directoryPath)
{
    ConfigLoadResult result;
    const QDir directory(directoryPath);
    KioskConfig config;
    config.directory = directory.absolutePath();

    if (const auto kiosk = readConfigFile(directory, kioskFile, &result.issues))
        config.settings = readSettings(*kiosk, &result.issues);
    if (const auto tiles = readConfigFile(directory, tilesFile, &result.issues))
        config.tiles = readTiles(directory, *tiles, &result.issues);

    if (result.issues.isEmpty())
        result.config = std::move(config);
    return result;
}

QStringList ConfigLoader::filesOf(const KioskConfig &config)
{
    QStringList files{kioskFile, tilesFile};
    for (const TileConfig &tile : config.tiles) {
        if (!tile.picture.startsWith(iconPrefix) && !files.contains(tile.picture))
            files.append(QDir::cleanPath(tile.picture));
    }
    return files;
}

QString ConfigLoader::picturePath(const KioskConfig &config, const TileConfig &tile)
{
    if (tile.picture.startsWith(iconPrefix))
        return u":/icons/"_s + tile.picture.mid(iconPrefix.size()) + u".svg"_s;
    return QDir(config.directory).absoluteFilePath(tile.picture);
}

QStringList ConfigLoader::builtInIcons()
{
    // The icons are compiled in: list them once, not once per tile.
    static const QStringList names = [] {
        QStringList list;
        const QStringList files =
            QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            list.append(file.chopped(4));
        return list;
    }();
    return names;
}

} // namespace Dorfplatz
