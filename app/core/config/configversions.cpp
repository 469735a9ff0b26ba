#include "configversions.h"

#include "core/files/filecopy.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString currentFile = u"current"_s;
const QString metaFile = u"version.json"_s;
const QString partialSuffix = u".partial"_s;
constexpr qint64 maxMetaBytes = 64 * 1024;

// "v0007" → 7; 0 for anything else.
int numberOf(const QString &name)
{
    if (!name.startsWith(u'v') || name.size() < 2)
        return 0;
    bool ok = false;
    const int number = name.mid(1).toInt(&ok);
    return ok && number > 0 ? number : 0;
}

// A version in the audit log: its number and what it changed.
QString auditText(const std::optional<ConfigVersion> &v)
{
    if (!v)
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"version"_s, v->number}, {u"summary"_s, v->summary}})
            .toJson(QJsonDocument::Compact));
}

// `action` ("publish", "restore") made `after` current in place of `before`.
void record(AuditLog &audit, const QString &action, const Actor &by, const QDateTime &now,
            const std::optional<ConfigVersion> &before, const ConfigVersion &after)
{
    AuditEntry entry;
    entry.at = now;
    entry.actor = by;
    entry.action = action;
    entry.subject = u"configuration %1"_s.arg(after.number);
    entry.before = auditText(before);
    entry.after = auditText(after);
    QString error;
    if (!audit.record(entry, &error))
        qCWarning(lcConfig) << action << ": the audit entry could not be written:" << error;
}

} // namespace

ConfigVersions::ConfigVersions(const QString &dataDir)
    : m_root(QDir(dataDir).absoluteFilePath(u"config"_s))
{}

QString ConfigVersions::versionDirectory(int number) const
{
    return QDir(m_root).filePath(u"v%1"_s.arg(number, 4, 10, QChar(u'0')));
}

std::optional<ConfigVersion> ConfigVersions::version(int number) const
{
    if (number <= 0)
        return std::nullopt;
    const QString directory = versionDirectory(number);
    QString error;
    const QByteArray meta =
        FileCopy::read(QDir(directory).filePath(metaFile), maxMetaBytes, &error);
    const QJsonObject object = QJsonDocument::fromJson(meta).object();
    if (object.value(u"number"_s).toInt() != number)
        return std::nullopt; // not a complete version
    ConfigVersion v;
    v.number = number;
    v.publishedAt = QDateTime::fromString(object.value(u"publishedAt"_s).toString(), Qt::ISODate);
    v.publishedBy = object.value(u"publishedBy"_s).toString();
    v.summary = object.value(u"summary"_s).toString();
    v.directory = directory;
    v.mediaDirectory = object.value(u"mediaDirectory"_s).toString();
    return v;
}

std::optional<ConfigVersion> ConfigVersions::current() const
{
    QString error;
    const QByteArray text =
        FileCopy::read(QDir(m_root).filePath(currentFile), maxMetaBytes, &error).trimmed();
    return text.isEmpty() ? std::nullopt : version(text.toInt());
}

QList<ConfigVersion> ConfigVersions::versions() const
{
    QList<ConfigVersion> list;
    const QStringList names = QDir(m_root).entryList({u"v*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (const auto v = version(numberOf(name)))
            list.append(*v);
    }
    std::sort(list.begin(), list.end(),
              [](const ConfigVersion &a, const ConfigVersion &b) { return a.number > b.number; });
    return list;
}

ConfigLoadResult ConfigVersions::loadCurrent() const
{
    const auto v = current();
    if (!v)
        return {};
    return ConfigLoader::load(v->directory, v->mediaDirectory);
}

ConfigVersions::Result ConfigVersions::publish(const QString &draftDirectory,
                                               const QString &mediaDirectory, const Actor &by,
                                               const QString &summary, const QDateTime &now,
                                               AuditLog *audit)
{
    Result result;
    ConfigLoadResult loaded = ConfigLoader::load(draftDirectory, mediaDirectory);
    if (!loaded.config) {
        result.issues = std::move(loaded.issues);
        return result;
    }
    if (!QDir().mkpath(m_root)) {
        result.error = u"cannot create %1"_s.arg(m_root);
        return result;
    }
    removeLeftovers();
    int number = 1;
    for (const QString &name : QDir(m_root).entryList({u"v*"_s}, QDir::Dirs | QDir::NoDotAndDotDot))
        number = std::max(number, numberOf(name) + 1);

    const QString target = versionDirectory(number);
    const QString partial = target + partialSuffix;
    const QDir source(draftDirectory);
    const auto fail = [&](const QString &error) {
        QDir(partial).removeRecursively();
        result.error = error;
        qCWarning(lcConfig).noquote() << "publishing the configuration failed:" << error;
        return result;
    };
    QString error;
    for (const QString &file : ConfigLoader::filesOf(*loaded.config)) {
        if (!FileCopy::copy(source.filePath(file), QDir(partial).filePath(file), &error))
            return fail(error);
    }
    const QString media =
        QDir(mediaDirectory.isEmpty() ? draftDirectory : mediaDirectory).absolutePath();
    const QJsonObject meta{{u"number"_s, number},
                           {u"publishedAt"_s, now.toUTC().toString(Qt::ISODate)},
                           {u"publishedBy"_s, by.name},
                           {u"summary"_s, summary},
                           {u"mediaDirectory"_s, media}};
    if (!FileCopy::write(QDir(partial).filePath(metaFile), QJsonDocument(meta).toJson(), &error))
        return fail(error);
    FileCopy::syncFolder(partial);
    if (!QDir().rename(partial, target))
        return fail(u"cannot move %1 into place"_s.arg(partial));
    FileCopy::syncFolder(m_root);
    const std::optional<ConfigVersion> before = current();
    // The one step that makes it current.
    if (!FileCopy::write(QDir(m_root).filePath(currentFile), QByteArray::number(number) + '\n',
                         &error)) {
        QDir(target).removeRecursively();
        return fail(error);
    }
    FileCopy::syncFolder(m_root);
    prune(number);
    result.version = version(number);
    qCInfo(lcConfig) << "published configuration version" << number;
    if (audit)
        record(*audit, u"publish"_s, by, now, before, *result.version);
    return result;
}

ConfigVersions::Result ConfigVersions::restore(int number, const Actor &by, const QString &summary,
                                               const QDateTime &now, AuditLog *audit)
{
    const auto v = version(number);
    if (!v) {
        Result result;
        result.error = u"no version %1"_s.arg(number);
        return result;
    }
    Result result = publish(v->directory, v->mediaDirectory, by, summary, now, nullptr);
    if (result.version && audit)
        record(*audit, u"restore"_s, by, now, v, *result.version);
    return result;
}

bool ConfigVersions::reset(QString *error)
{
    const QString path = QDir(m_root).filePath(currentFile);
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = u"cannot remove %1"_s.arg(path);
        return false;
    }
    FileCopy::syncFolder(m_root);
    return true;
}

void ConfigVersions::removeLeftovers() const
{
    // A publication cut off before its rename; QSaveFile's own temporary files are in there.
    const QStringList names =
        QDir(m_root).entryList({u"*"_s + partialSuffix}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        QDir(QDir(m_root).filePath(name)).removeRecursively();
}

void ConfigVersions::prune(int current) const
{
    const QStringList names = QDir(m_root).entryList({u"v*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    QList<int> numbers;
    for (const QString &name : names) {
        if (const int n = numberOf(name))
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    for (qsizetype i = kept; i < numbers.size(); ++i) {
        if (numbers.at(i) != current)
            QDir(versionDirectory(numbers.at(i))).removeRecursively();
    }
}

} // namespace Dorfplatz
