#include "configloader.h"

#include "configfields.h"
#include "configfile.h"
#include "contactsloader.h"
#include "feedsloader.h"
#include "jsonobjectreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

using Presence = JsonObjectReader::Presence;
using Kind = ConfigIssue::Kind;

constexpr int maxTiles = 200;
constexpr int maxLabelLength = 40;
const QString &iconPrefix = ConfigLoader::iconPrefix;

VolumeLimits readVolume(const QJsonObject &object, const QString &path, ConfigIssues *issues)
{
    VolumeLimits limits;
    JsonObjectReader reader(object, ConfigLoader::kioskFile, path, issues);
    const auto minimum = reader.integer(u"minimum"_s, Presence::Optional, 0, 100);
    const auto maximum = reader.integer(u"maximum"_s, Presence::Optional, 1, 100);
    const auto initial = reader.integer(u"default"_s, Presence::Optional, 0, 100);
    const auto step = reader.integer(u"step"_s, Presence::Optional, 1, 50);
    const auto staffMaximum = reader.integer(u"staffMaximum"_s, Presence::Optional, 1, 100);
    reader.reportUnknownFields();
    VolumeLimits read = limits;
    read.minimum = minimum.value_or(limits.minimum);
    read.maximum = maximum.value_or(limits.maximum);
    read.initial = initial.value_or(limits.initial);
    read.step = step.value_or(limits.step);
    read.staffMaximum = std::max(read.maximum, staffMaximum.value_or(limits.staffMaximum));
    if (!(read.minimum <= read.initial && read.initial <= read.maximum)) {
        issues->append({ConfigLoader::kioskFile,
                        path,
                        Kind::VolumeOrder,
                        {QString::number(read.minimum), QString::number(read.initial),
                         QString::number(read.maximum)}});
        return limits;
    }
    return read;
}

SpeechSettings readSpeech(const QJsonObject &object, const QString &path, ConfigIssues *issues)
{
    SpeechSettings speech;
    JsonObjectReader reader(object, ConfigLoader::kioskFile, path, issues);
    if (auto readAloud = reader.boolean(u"readAloud"_s, Presence::Optional))
        speech.readAloud = *readAloud;
    if (auto announcements = reader.boolean(u"announcements"_s, Presence::Optional))
        speech.announcements = *announcements;
    if (auto rate = reader.integer(u"rate"_s, Presence::Optional, 50, 150))
        speech.ratePercent = *rate;
    if (auto volume = reader.integer(u"volume"_s, Presence::Optional, 10, 100))
        speech.volumePercent = *volume;
    reader.reportUnknownFields();
    return speech;
}

// The radio-browser.info servers to ask instead of those the DNS names: web addresses only, each
// with its host (the finder adds the API's paths to it). Read here rather than with readTexts, so
// a bad address is reported at its own place in the list.
QList<QUrl> readStationDirectory(JsonObjectReader &reader)
{
    const QString key = u"stationDirectory"_s;
    QList<QUrl> servers;
    const auto array = reader.array(key, Presence::Optional);
    if (!array)
        return servers;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = u"%1[%2]"_s.arg(key).arg(i);
        const QJsonValue value = array->at(i);
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.isEmpty()) {
            reader.report(path, Kind::WrongType, {u"string"_s, JsonObjectReader::typeOf(value)});
            continue;
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            reader.report(path, Kind::InvalidUrl, {text});
            continue;
        }
        servers.append(url);
    }
    return servers;
}

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

    if (auto player = reader.choice<PlayerBackend>(u"player"_s, Presence::Optional,
                                                   {u"vlc"_s, u"qt"_s}, &playerBackendFromName))
        settings.player = *player;

    if (auto tapSound = reader.boolean(u"tapSound"_s, Presence::Optional))
        settings.tapSound = *tapSound;

    if (auto volume = reader.object(u"volume"_s, Presence::Optional))
        settings.volume = readVolume(*volume, reader.pathOf(u"volume"_s), issues);

    if (auto speech = reader.object(u"speech"_s, Presence::Optional))
        settings.speech = readSpeech(*speech, reader.pathOf(u"speech"_s), issues);

    settings.stationDirectory = readStationDirectory(reader);

    reader.reportUnknownFields();
    return settings;
}

// Logos are pictures of `directory`; local media are resolved against `mediaDirectory`.
QList<StreamConfig> readStreams(const QDir &directory, const QDir &mediaDirectory,
                                const QJsonObject &root, ConfigIssues *issues)
{
    const QString file = ConfigLoader::streamsFile;
    JsonObjectReader reader(root, file, {}, issues);
    reader.markKnown(u"version"_s);
    const auto array = reader.array(u"streams"_s, Presence::Required);
    reader.reportUnknownFields();
    if (!array)
        return {};

    QList<StreamConfig> streams;
    QHash<QString, QString> firstUse;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = u"streams[%1]"_s.arg(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            issues->append(
                {file, path, Kind::WrongType, {u"object"_s, JsonObjectReader::typeOf(value)}});
            continue;
        }
        const qsizetype before = issues->size();
        JsonObjectReader entry(value.toObject(), file, path, issues);
        StreamConfig stream;
        if (auto id = readId(entry, firstUse))
            stream.id = *id;
        if (auto name = entry.text(u"name"_s, Presence::Required, 80))
            stream.name = *name;
        if (auto kind = entry.choice<StreamKind>(u"kind"_s, Presence::Required,
                                                 {u"radio"_s, u"video"_s}, &streamKindFromName))
            stream.kind = *kind;
        if (auto urls = entry.array(u"urls"_s, Presence::Required)) {
            if (urls->isEmpty() || urls->size() > 10)
                entry.report(u"urls"_s, Kind::OutOfRange,
                             {QString::number(urls->size()), u"1"_s, u"10"_s});
            for (qsizetype u = 0; u < urls->size(); ++u) {
                const QString key = u"urls[%1]"_s.arg(u);
                const QJsonValue url = urls->at(u);
                if (!url.isString() || url.toString().trimmed().isEmpty()) {
                    entry.report(key, Kind::WrongType,
                                 {u"string"_s, JsonObjectReader::typeOf(url)});
                    continue;
                }
                if (auto parsed =
                        readSourceUrl(mediaDirectory, url.toString().trimmed(), entry, key))
                    stream.urls.append(*parsed);
            }
        }
        if (auto logo = entry.text(u"logo"_s, Presence::Optional, 500)) {
            checkPicture(directory, *logo, entry, u"logo"_s);
            stream.logo = *logo;
        }
        stream.volume = entry.integer(u"volume"_s, Presence::Optional, 0, 100);
        stream.localHosts = readTexts(entry, u"localHosts"_s);
        entry.reportUnknownFields();
        if (issues->size() == before)
            streams.append(stream);
    }
    return streams;
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
        if (auto id = readId(tile, firstUse))
            config.id = *id;
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

// Every stream tile names a configured stream, so no tile opens nothing. A call tile names a
// contact, or nothing: then it opens the page of all contacts.
void checkTargets(const KioskConfig &config, ConfigIssues *issues)
{
    for (qsizetype i = 0; i < config.tiles.size(); ++i) {
        const TileConfig &tile = config.tiles.at(i);
        const QString path = u"tiles[id=%1].target"_s.arg(tile.id);
        if (tile.kind == TileKind::Stream) {
            if (tile.target.isEmpty())
                issues->append({ConfigLoader::tilesFile, path, Kind::MissingField, {}});
            else if (!config.stream(tile.target))
                issues->append({ConfigLoader::tilesFile,
                                path,
                                Kind::UnknownTarget,
                                {tile.target, ConfigLoader::streamsFile}});
        } else if (tile.kind == TileKind::Call) {
            if (!tile.target.isEmpty() && !config.contact(tile.target))
                issues->append({ConfigLoader::tilesFile,
                                path,
                                Kind::UnknownTarget,
                                {tile.target, ContactsLoader::contactsFile}});
        }
    }
}

} // namespace

ConfigLoadResult ConfigLoader::load(const QString &directoryPath, const QString &mediaDirectory)
{
    ConfigLoadResult result;
    // A mistyped folder is one problem, not one per file that would be in it.
    if (!QFileInfo(directoryPath).isDir()) {
        result.issues.append({{}, {}, Kind::FolderMissing, {directoryPath}});
        return result;
    }
    const QDir directory(directoryPath);
    const QDir media(mediaDirectory.isEmpty() ? directoryPath : mediaDirectory);
    KioskConfig config;
    config.directory = directory.absolutePath();
    config.mediaDirectory = media.absolutePath();

    if (const auto kiosk = readConfigFile(directory, kioskFile, &result.issues))
        config.settings = readSettings(*kiosk, &result.issues);
    if (const auto tiles = readConfigFile(directory, tilesFile, &result.issues))
        config.tiles = readTiles(directory, *tiles, &result.issues);
    // streams.json is needed only by a kiosk with stream tiles.
    const bool hasStreamTiles =
        std::any_of(config.tiles.cbegin(), config.tiles.cend(),
                    [](const TileConfig &tile) { return tile.kind == TileKind::Stream; });
    if (hasStreamTiles || directory.exists(streamsFile)) {
        if (const auto streams = readConfigFile(directory, streamsFile, &result.issues))
            config.streams = readStreams(directory, media, *streams, &result.issues);
    }
    // contacts.json likewise, by a kiosk with call tiles.
    const bool hasCallTiles =
        std::any_of(config.tiles.cbegin(), config.tiles.cend(),
                    [](const TileConfig &tile) { return tile.kind == TileKind::Call; });
    if (hasCallTiles || directory.exists(ContactsLoader::contactsFile)) {
        ContactsLoadResult contacts = ContactsLoader::load(directory.path());
        config.contacts = std::move(contacts.contacts);
        config.calls = contacts.settings;
        config.calls.nightHours = config.settings.nightHours;
        result.issues.append(contacts.issues);
    }
    FeedsLoadResult feeds = FeedsLoader::load(directory.path());
    config.feeds = std::move(feeds.feeds);
    config.events = feeds.settings;
    result.issues.append(feeds.issues);
    checkTargets(config, &result.issues);

    if (result.issues.isEmpty())
        result.config = std::move(config);
    return result;
}

QStringList ConfigLoader::filesOf(const KioskConfig &config)
{
    QStringList files{kioskFile, tilesFile};
    const auto add = [&files](const QString &file) {
        const QString clean = QDir::cleanPath(file);
        if (!files.contains(clean))
            files.append(clean);
    };
    for (const TileConfig &tile : config.tiles) {
        if (!tile.picture.startsWith(iconPrefix))
            add(tile.picture);
    }
    if (!config.streams.isEmpty() ||
        QFileInfo::exists(QDir(config.directory).filePath(streamsFile)))
        add(streamsFile);
    if (QFileInfo::exists(QDir(config.directory).filePath(FeedsLoader::feedsFile)))
        add(FeedsLoader::feedsFile);
    if (!config.contacts.isEmpty() ||
        QFileInfo::exists(QDir(config.directory).filePath(ContactsLoader::contactsFile)))
        add(ContactsLoader::contactsFile);
    for (const ContactConfig &contact : config.contacts) {
        if (!contact.picture.isEmpty() && !contact.picture.startsWith(iconPrefix))
            add(contact.picture);
    }
    for (const StreamConfig &stream : config.streams) {
        if (!stream.logo.isEmpty() && !stream.logo.startsWith(iconPrefix))
            add(stream.logo);
    }
    // A local calendar inside the folder belongs to it (the demo's does); files elsewhere are
    // referenced, not copied. Local media are never copied (see LastGoodConfig).
    const QDir directory(config.directory);
    QString root = QFileInfo(directory.absolutePath()).canonicalFilePath();
    if (!root.endsWith(u'/'))
        root += u'/';
    for (const FeedConfig &feed : config.feeds) {
        if (!feed.url.isLocalFile())
            continue;
        const QString path = QDir::cleanPath(feed.url.toLocalFile());
        const QString real = QFileInfo(path).canonicalFilePath();
        const QString name = directory.relativeFilePath(path);
        if (!real.isEmpty() && real.startsWith(root) && !name.startsWith(u"../"_s))
            add(name);
    }
    return files;
}

QString ConfigLoader::picturePath(const KioskConfig &config, const TileConfig &tile)
{
    return picturePath(config, tile.picture);
}

QString ConfigLoader::picturePath(const KioskConfig &config, const QString &picture)
{
    if (picture.startsWith(iconPrefix))
        return u":/icons/"_s + picture.mid(iconPrefix.size()) + u".svg"_s;
    return QDir(config.directory).absoluteFilePath(picture);
}

QString ConfigLoader::logoPath(const KioskConfig &config, const StreamConfig &stream)
{
    if (stream.logo.isEmpty())
        return picturePath(config,
                           iconPrefix + (stream.kind == StreamKind::Video ? u"tv"_s : u"radio"_s));
    return picturePath(config, stream.logo);
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
