#include "lastgoodconfig.h"

#include "configloader.h"
#include "core/files/regularfile.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString stampFile = u".stored"_s;

// Files are compared and copied in pieces: a picture or calendar is never held whole in memory.
constexpr qint64 chunkBytes = 256 * 1024;

// Opens a file of a configuration, or says why not (a FIFO must not block, see RegularFile).
bool openFile(QFile &file, const QString &path, QString *error)
{
    const RegularFile::Info info = RegularFile::open(file, path);
    switch (info.status) {
    case RegularFile::Status::Ok:
        return true;
    case RegularFile::Status::Missing:
        *error = u"%1: no such file"_s.arg(path);
        break;
    case RegularFile::Status::NotRegular:
        *error = u"%1: not an ordinary file"_s.arg(path);
        break;
    case RegularFile::Status::TooLarge:
    case RegularFile::Status::Unreadable:
        *error = u"%1: %2"_s.arg(path, info.error);
        break;
    }
    return false;
}

bool sameContent(const QString &first, const QString &second)
{
    QFile a;
    QFile b;
    QString error;
    if (!openFile(a, first, &error) || !openFile(b, second, &error) || a.size() != b.size())
        return false;
    for (;;) {
        const QByteArray x = a.read(chunkBytes);
        if (x != b.read(chunkBytes))
            return false;
        if (x.isEmpty())
            return a.error() == QFileDevice::NoError && b.error() == QFileDevice::NoError;
    }
}

bool makeParent(const QString &path, QString *error)
{
    if (QDir().mkpath(QFileInfo(path).absolutePath()))
        return true;
    *error = u"cannot create folder for %1"_s.arg(path);
    return false;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    if (!makeParent(path, error))
        return false;
    QSaveFile file(path); // fsyncs on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool copyFile(const QString &source, const QString &target, QString *error)
{
    QFile in;
    if (!openFile(in, source, error) || !makeParent(target, error))
        return false;
    QSaveFile out(target); // fsyncs on commit
    if (!out.open(QIODevice::WriteOnly)) {
        *error = u"%1: %2"_s.arg(target, out.errorString());
        return false;
    }
    for (QByteArray chunk = in.read(chunkBytes); !chunk.isEmpty(); chunk = in.read(chunkBytes)) {
        if (out.write(chunk) != chunk.size()) {
            *error = u"%1: %2"_s.arg(target, out.errorString());
            return false;
        }
    }
    if (in.error() != QFileDevice::NoError) {
        *error = u"%1: %2"_s.arg(source, in.errorString());
        return false;
    }
    if (!out.commit()) {
        *error = u"%1: %2"_s.arg(target, out.errorString());
        return false;
    }
    return true;
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
    QFile stamp;
    QString error;
    if (!openFile(stamp, QDir(m_directory).filePath(stampFile), &error))
        return {};
    return QString::fromUtf8(stamp.read(64 * 1024)).trimmed();
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
        if (!sameContent(source.filePath(file), stored.filePath(file)))
            return false;
    }
    return sourceDirectory() == QDir(config.directory).absolutePath();
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
        if (!copyFile(source.filePath(file), QDir(fresh).filePath(file), error)) {
            QDir(fresh).removeRecursively();
            return false;
        }
    }
    if (!writeFile(QDir(fresh).filePath(stampFile), source.absolutePath().toUtf8(), error)) {
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
