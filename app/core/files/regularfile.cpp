#include "regularfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Dorfplatz {

namespace {

RegularFile::Info infoOf(const struct stat &status, qint64 maxBytes)
{
    if (!S_ISREG(status.st_mode))
        return {RegularFile::Status::NotRegular, 0, {}};
    const qint64 size = status.st_size;
    if (maxBytes >= 0 && size > maxBytes)
        return {RegularFile::Status::TooLarge, size, {}};
    return {RegularFile::Status::Ok, size, {}};
}

RegularFile::Info failure(int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return {RegularFile::Status::Missing, 0, {}};
    return {RegularFile::Status::Unreadable, 0, QString::fromLocal8Bit(std::strerror(error))};
}

} // namespace

RegularFile::Info RegularFile::check(const QString &path, qint64 maxBytes)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return failure(errno);
    return infoOf(status, maxBytes);
}

RegularFile::Info RegularFile::open(QFile &file, const QString &path, qint64 maxBytes)
{
    // stat() first: opening a device can have effects of its own (a tape rewinds).
    if (const Info before = check(path, maxBytes); before.status != Status::Ok)
        return before;
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return failure(errno);
    struct stat status = {};
    Info info = ::fstat(fd, &status) == 0 ? infoOf(status, maxBytes) : failure(errno);
    if (info.status == Status::Ok) {
        // Reads of a regular file never block anyway; cleared for clarity of what follows.
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
            return info;
        info = {Status::Unreadable, 0, file.errorString()};
    }
    ::close(fd);
    return info;
}

} // namespace Dorfplatz
