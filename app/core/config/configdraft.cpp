#include "configdraft.h"

#include "configchanges.h"
#include "core/files/asciiname.h"
#include "core/files/filecopy.h"
#include "core/logging.h"
#include "jsonproblem.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString metaFile = u"draft.json"_s;
const QString partialSuffix = u".partial"_s;
const QString removedSuffix = u".removed"_s;
const QString idKey = u"id"_s;
const QString orderKey = u"order"_s;
constexpr qint64 maxMetaBytes = 64 * 1024;
constexpr qint64 maxJsonBytes = 1024 * 1024; // the loader's limit (readConfigFile)
constexpr int maxIdLength = 40;              // configfields.cpp: ^[a-z0-9][a-z0-9-]{0,39}$
constexpr int maxOrder = 100000;             // the loader's range of a tile's "order"

// Only files directly in the draft folder: an editor must not reach outside it.
bool isPlainName(const QString &file)
{
    return !file.isEmpty() && file != u"."_s && !file.contains(u'/') && !file.contains(u".."_s);
}

QString idOf(const QJsonValue &value)
{
    return value.toObject().value(idKey).toString();
}

qsizetype indexIn(const QJsonArray &array, const QString &id)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (idOf(array.at(i)) == id)
            return i;
    }
    return -1;
}

// The tiles as the kiosk shows them (by "order", then by place in the file, as the loader sorts)
// without their "order" fields.
QJsonArray inScreenOrder(const QJsonArray &tiles)
{
    QList<QJsonValue> list(tiles.begin(), tiles.end());
    std::stable_sort(list.begin(), list.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(orderKey).toInt() < b.toObject().value(orderKey).toInt();
    });
    QJsonArray sorted;
    for (const QJsonValue &value : list) {
        if (value.isObject()) {
            QJsonObject tile = value.toObject();
            tile.remove(orderKey);
            sorted.append(tile);
        } else {
            sorted.append(value);
        }
    }
    return sorted;
}

// `id` shortened so that `suffix` fits, without a '-' left at its end.
QString withSuffix(const QString &id, const QString &suffix)
{
    QString text = id.left(maxIdLength - suffix.size());
    while (text.endsWith(u'-'))
        text.chop(1);
    return text + suffix;
}

} // namespace

QString ConfigDraft::fileOf(List list)
{
    switch (list) {
    case List::Tiles:
        return ConfigLoader::tilesFile;
    case List::Streams:
        return ConfigLoader::streamsFile;
    case List::Contacts:
        return u"contacts.json"_s;
    case List::Feeds:
        return u"feeds.json"_s;
    }
    return {};
}

QString ConfigDraft::keyOf(List list)
{
    switch (list) {
    case List::Tiles:
        return u"tiles"_s;
    case List::Streams:
        return u"streams"_s;
    case List::Contacts:
        return u"contacts"_s;
    case List::Feeds:
        return u"feeds"_s;
    }
    return {};
}

ConfigDraft::ConfigDraft(const QString &dataDir)
    : m_directory(QDir(dataDir).absoluteFilePath(u"draft"_s))
{}

QJsonObject ConfigDraft::meta() const
{
    QString error;
    const QByteArray data =
        FileCopy::read(QDir(m_directory).filePath(metaFile), maxMetaBytes, &error);
    return QJsonDocument::fromJson(data).object();
}

QString ConfigDraft::mediaDirectory() const
{
    return meta().value(u"mediaDirectory"_s).toString();
}

int ConfigDraft::baseVersion() const
{
    return meta().value(u"baseVersion"_s).toInt();
}

bool ConfigDraft::exists() const
{
    return QFileInfo(QDir(m_directory).filePath(metaFile)).isFile();
}

bool ConfigDraft::begin(const KioskConfig &base, int baseVersion, QString *error)
{
    // Made whole beside its place and renamed: a draft cut off halfway is never taken for one.
    const QString partial = m_directory + partialSuffix;
    QDir(partial).removeRecursively();
    const auto fail = [&](const QString &why) {
        QDir(partial).removeRecursively();
        if (error)
            *error = tr("The draft cannot be started: %1").arg(why);
        qCWarning(lcConfig).noquote() << "starting the draft failed:" << why;
        return false;
    };
    const QDir source(base.directory);
    QString why;
    for (const QString &file : ConfigLoader::filesOf(base)) {
        if (!FileCopy::copy(source.filePath(file), QDir(partial).filePath(file), &why))
            return fail(why);
    }
    const QString media =
        QDir(base.mediaDirectory.isEmpty() ? base.directory : base.mediaDirectory).absolutePath();
    const QJsonObject object{{u"baseVersion"_s, baseVersion}, {u"mediaDirectory"_s, media}};
    if (!FileCopy::write(QDir(partial).filePath(metaFile),
                         QJsonDocument(object).toJson(QJsonDocument::Indented), &why))
        return fail(why);
    FileCopy::syncFolder(partial);
    if (!removeDraft(&why))
        return fail(why);
    if (!QDir().rename(partial, m_directory))
        return fail(u"cannot move %1 into place"_s.arg(partial));
    FileCopy::syncFolder(QFileInfo(m_directory).absolutePath());
    qCInfo(lcConfig) << "started a draft from configuration version" << baseVersion;
    return true;
}

bool ConfigDraft::discard(QString *error)
{
    QString why;
    if (removeDraft(&why))
        return true;
    if (error)
        *error = tr("The draft cannot be removed: %1").arg(why);
    return false;
}

bool ConfigDraft::removeDraft(QString *error) const
{
    const QString removed = m_directory + removedSuffix;
    QDir(removed).removeRecursively();
    if (!QFileInfo::exists(m_directory))
        return true;
    if (!QDir().rename(m_directory, removed)) {
        *error = u"cannot move %1 away"_s.arg(m_directory);
        return false;
    }
    FileCopy::syncFolder(QFileInfo(m_directory).absolutePath());
    // What stays behind here is no draft any more; the next begin() or discard() clears it.
    QDir(removed).removeRecursively();
    return true;
}

QJsonObject ConfigDraft::object(const QString &file) const
{
    if (!isPlainName(file))
        return {};
    QString error;
    const QByteArray data = FileCopy::read(QDir(m_directory).filePath(file), maxJsonBytes, &error);
    return QJsonDocument::fromJson(data).object();
}

bool ConfigDraft::read(const QString &file, QJsonObject *object, QString *error) const
{
    if (!isPlainName(file)) {
        if (error)
            *error = tr("\"%1\" is not a file of the draft.").arg(file);
        return false;
    }
    const QString path = QDir(m_directory).filePath(file);
    if (!QFileInfo::exists(path)) {
        *object = QJsonObject{{u"version"_s, KioskConfig::currentVersion}};
        return true;
    }
    QString why;
    const QByteArray data = FileCopy::read(path, maxJsonBytes, &why);
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parse);
    if (!why.isEmpty() || parse.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            // The parser's own words are English: where the text broke, in a guide's words.
            if (why.isEmpty())
                why = parse.error != QJsonParseError::NoError
                          ? JsonProblem::locate(data, parse).message()
                          : ConfigIssue{file, {}, ConfigIssue::Kind::NotAnObject, {}}.message();
            *error = tr("%1 in the draft cannot be read: %2").arg(file, why);
        }
        return false;
    }
    *object = document.object();
    return true;
}

bool ConfigDraft::setObject(const QString &file, const QJsonObject &object, QString *error)
{
    QString why;
    if (!isPlainName(file))
        why = u"\"%1\" is not a file of the draft"_s.arg(file);
    else if (!exists())
        why = u"there is no draft"_s;
    else if (!FileCopy::write(QDir(m_directory).filePath(file),
                              QJsonDocument(object).toJson(QJsonDocument::Indented), &why))
        qCWarning(lcConfig).noquote() << "writing the draft failed:" << why;
    if (why.isEmpty())
        return true;
    if (error)
        *error = tr("The draft cannot be written: %1").arg(why);
    return false;
}

bool ConfigDraft::setSetting(const QString &key, const QJsonValue &value, QString *error)
{
    QJsonObject kiosk;
    if (!read(ConfigLoader::kioskFile, &kiosk, error))
        return false;
    if (value.isUndefined())
        kiosk.remove(key);
    else
        kiosk.insert(key, value);
    return setObject(ConfigLoader::kioskFile, kiosk, error);
}

QJsonArray ConfigDraft::entries(List list) const
{
    return object(fileOf(list)).value(keyOf(list)).toArray();
}

bool ConfigDraft::setEntries(List list, const QJsonArray &entries, QString *error)
{
    QJsonObject root;
    if (!read(fileOf(list), &root, error))
        return false;
    root.insert(keyOf(list), entries);
    return setObject(fileOf(list), root, error);
}

int ConfigDraft::indexOf(List list, const QString &id) const
{
    return int(indexIn(entries(list), id));
}

std::optional<QJsonObject> ConfigDraft::entry(List list, const QString &id) const
{
    const QJsonArray array = entries(list);
    const qsizetype index = indexIn(array, id);
    if (index < 0)
        return std::nullopt;
    return array.at(index).toObject();
}

bool ConfigDraft::putEntry(List list, const QJsonObject &entry, QString *error)
{
    const QString id = entry.value(idKey).toString();
    if (id.isEmpty()) {
        if (error)
            *error = tr("The entry has no id.");
        return false;
    }
    QJsonObject root;
    if (!read(fileOf(list), &root, error))
        return false;
    QJsonArray array = root.value(keyOf(list)).toArray();
    const qsizetype index = indexIn(array, id);
    QJsonObject put = entry;
    if (list == List::Tiles && !put.contains(orderKey)) {
        // Without an "order" a tile would sort before every tile that has one.
        if (index >= 0) {
            const QJsonValue order = array.at(index).toObject().value(orderKey);
            if (!order.isUndefined())
                put.insert(orderKey, order);
        } else {
            std::optional<int> last;
            for (const QJsonValue &tile : std::as_const(array)) {
                const QJsonValue order = tile.toObject().value(orderKey);
                if (!order.isUndefined())
                    last = std::max(last.value_or(order.toInt()), order.toInt());
            }
            if (last)
                put.insert(orderKey, std::min(*last + 10, maxOrder));
        }
    }
    if (index >= 0)
        array.replace(index, put);
    else
        array.append(put);
    root.insert(keyOf(list), array);
    return setObject(fileOf(list), root, error);
}

bool ConfigDraft::removeEntry(List list, const QString &id, QString *error)
{
    QJsonObject root;
    if (!read(fileOf(list), &root, error))
        return false;
    QJsonArray array = root.value(keyOf(list)).toArray();
    const qsizetype index = indexIn(array, id);
    if (index < 0) {
        if (error)
            *error = tr("\"%1\" is not in the draft.").arg(id);
        return false;
    }
    if (list == List::Streams || list == List::Contacts) {
        // The tiles first: cut off in between, the draft still loads.
        const QString kind = list == List::Streams ? u"stream"_s : u"call"_s;
        QJsonObject tilesRoot;
        if (!read(fileOf(List::Tiles), &tilesRoot, error))
            return false;
        const QJsonArray tiles = tilesRoot.value(keyOf(List::Tiles)).toArray();
        QJsonArray kept;
        for (const QJsonValue &tile : tiles) {
            const QJsonObject object = tile.toObject();
            if (object.value(u"kind"_s).toString() != kind ||
                object.value(u"target"_s).toString() != id)
                kept.append(tile);
        }
        if (kept.size() != tiles.size()) {
            tilesRoot.insert(keyOf(List::Tiles), kept);
            if (!setObject(fileOf(List::Tiles), tilesRoot, error))
                return false;
        }
    }
    array.removeAt(index);
    root.insert(keyOf(list), array);
    return setObject(fileOf(list), root, error);
}

bool ConfigDraft::moveEntry(List list, const QString &id, int by, QString *error)
{
    QJsonObject root;
    if (!read(fileOf(list), &root, error))
        return false;
    QJsonArray array = root.value(keyOf(list)).toArray();
    if (list == List::Tiles)
        array = inScreenOrder(array);
    const qsizetype index = indexIn(array, id);
    if (index < 0) {
        if (error)
            *error = tr("\"%1\" is not in the draft.").arg(id);
        return false;
    }
    const qsizetype target = std::clamp<qsizetype>(index + by, 0, array.size() - 1);
    if (target == index)
        return true;
    const QJsonValue moved = array.takeAt(index);
    array.insert(target, moved);
    root.insert(keyOf(list), array);
    return setObject(fileOf(list), root, error);
}

QString ConfigDraft::newId(List list, const QString &name) const
{
    QString id = asciiName(name, maxIdLength);
    id = withSuffix(id, {});
    if (id.isEmpty()) {
        switch (list) {
        case List::Tiles:
            id = u"kachel"_s;
            break;
        case List::Streams:
            id = u"sender"_s;
            break;
        case List::Contacts:
            id = u"kontakt"_s;
            break;
        case List::Feeds:
            id = u"kalender"_s;
            break;
        }
    }
    QSet<QString> taken;
    for (const QJsonValue &value : entries(list))
        taken.insert(idOf(value));
    QString candidate = id;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = withSuffix(id, u"-%1"_s.arg(n));
    return candidate;
}

ConfigLoadResult ConfigDraft::check() const
{
    return ConfigLoader::load(m_directory, mediaDirectory());
}

ConfigVersions::Result ConfigDraft::publish(ConfigVersions &versions, const KioskConfig &before,
                                            const Actor &by, const QDateTime &now, AuditLog *audit)
{
    ConfigVersions::Result result;
    if (!exists()) {
        result.error = tr("There is no draft.");
        return result;
    }
    ConfigLoadResult loaded = check();
    if (!loaded.config) {
        result.issues = std::move(loaded.issues);
        return result;
    }
    result = versions.publish(m_directory, mediaDirectory(), by,
                              ConfigChanges::summary(before, *loaded.config), now, audit);
    if (result.version) {
        QString error;
        if (!discard(&error))
            qCWarning(lcConfig).noquote() << "the published draft stays:" << error;
    }
    return result;
}

} // namespace Dorfplatz
