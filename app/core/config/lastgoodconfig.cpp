#include "lastgoodconfig.h"

#include "configloader.h"
#include "core/files/filecopy.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString stampFile = u".stored"_s;

// Where the copy's media are found: the folder the configuration had them from (the installed
// one for a version the guides published).
QString mediaSource(const KioskConfig &config)
{
    return QDir(config.mediaDirectory.isEmpty() ? config.directory : config.mediaDirectory)
        .absolutePath();
}

} // namespace

LastGoodConfig::LastGoodConfig(const QString &dataDir)
    : m_directory(QDir(dataDir).absoluteFilePath(u"last-good-config"_s))
{
    recoverInterruptedSwap();
}

void LastGoodConfig::recoverInterruptedSwap() const
{
    // store() renames: current → .old, .new → current, then removes .old. If it was cut off
    // between the two renames, the old copy is still complete: bring it back.
    const QString old = m_directory + u".old"_s;
    if (!QFileInfo::exists(m_directory) && QFileInfo::exists(old))
        QDir().rename(old, m_directory);
}

bool LastGoodConfig::exists() const
{
    return QFileInfo::exists(QDir(m_directory).filePath(stampFile));
}

QDateTime LastGoodConfig::storedAt() const
{
    return QFileInfo(QDir(m_directory).filePath(stampFile)).lastModified();
}

QString LastGoodConfig::sourceDirectory() const
{
    QString error;
    return QString::fromUtf8(
               FileCopy::read(QDir(m_directory).filePath(stampFile), 64 * 1024, &error))
        .trimmed();
}

ConfigLoadResult LastGoodConfig::load() const
{
    return ConfigLoader::load(m_directory, sourceDirectory());
}

bool LastGoodConfig::isSameAs(const KioskConfig &config) const
{
    if (!exists())
        return false;
    const QDir source(config.directory);
    const QDir stored(m_directory);
    const QStringList files = ConfigLoader::filesOf(config);
    for (const QString &file : files) {
        if (!FileCopy::sameContent(source.filePath(file), stored.filePath(file)))
            return false;
    }
    return sourceDirectory() == mediaSource(config);
}

bool LastGoodConfig::store(const KioskConfig &config, QString *error)
{
    if (QDir::cleanPath(config.directory) == QDir::cleanPath(m_directory) || isSameAs(config))
        return true;

    const QString fresh = m_directory + u".new"_s;
    const QString old = m_directory + u".old"_s;
    QDir(fresh).removeRecursively();
    const QDir source(config.directory);
    const QStringList files = ConfigLoader::filesOf(config);
    for (const QString &file : files) {
        if (!FileCopy::copy(source.filePath(file), QDir(fresh).filePath(file), error)) {
            QDir(fresh).removeRecursively();
            return false;
        }
    }
    if (!FileCopy::write(QDir(fresh).filePath(stampFile), mediaSource(config).toUtf8(), error)) {
        QDir(fresh).removeRecursively();
        return false;
    }

    QDir(old).removeRecursively();
    if (QFileInfo::exists(m_directory) && !QDir().rename(m_directory, old)) {
        *error = u"cannot move %1 aside"_s.arg(m_directory);
        QDir(fresh).removeRecursively();
        return false;
    }
    if (!QDir().rename(fresh, m_directory)) {
        *error = u"cannot move %1 into place"_s.arg(fresh);
        QDir().rename(old, m_directory);
        return false;
    }
    QDir(old).removeRecursively();
    qCInfo(lcConfig) << "stored last good configuration from" << config.directory;
    return true;
}

} // namespace Dorfplatz
