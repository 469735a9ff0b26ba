#include "filecopy.h"

#include "regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace Dorfplatz::FileCopy {

using namespace Qt::StringLiterals;

namespace {

// Files are compared and copied in pieces: a picture or calendar is never held whole in memory.
constexpr qint64 chunkBytes = 256 * 1024;

// Opens a file of a configuration, or says why not (a FIFO must not block, see RegularFile).
bool openFile(QFile &file, const QString &path, QString *error, qint64 maxBytes = -1)
{
    const RegularFile::Info info = RegularFile::open(file, path, maxBytes);
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
        *error = u"%1: larger than %2 bytes"_s.arg(path).arg(maxBytes);
        break;
    case RegularFile::Status::Unreadable:
        *error = u"%1: %2"_s.arg(path, info.error);
        break;
    }
    return false;
}

bool makeParent(const QString &path, QString *error)
{
    if (QDir().mkpath(QFileInfo(path).absolutePath()))
        return true;
    *error = u"cannot create folder for %1"_s.arg(path);
    return false;
}

} // namespace

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

bool write(const QString &path, const QByteArray &data, QString *error)
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

QByteArray read(const QString &path, qint64 maxBytes, QString *error)
{
    QFile file;
    if (!openFile(file, path, error, maxBytes))
        return {};
    QByteArray data = file.read(maxBytes);
    if (file.error() != QFileDevice::NoError) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return data;
}

bool copy(const QString &source, const QString &target, QString *error)
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

bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace Dorfplatz::FileCopy
