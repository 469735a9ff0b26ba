#include "filelock.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Dorfplatz {

FileLock::FileLock(QString path)
    : m_path(std::move(path))
{}

FileLock::~FileLock()
{
    unlock();
}

bool FileLock::tryLock()
{
    if (m_fd >= 0)
        return true;
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // flock() locks belong to the open file description: a second FileLock on the same file in
    // the same process is refused as well, and the kernel releases the lock when the fd closes.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_error.clear();
    return true;
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace Dorfplatz
