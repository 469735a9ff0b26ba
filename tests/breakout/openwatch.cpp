#include "openwatch.h"

#include <QFile>

#include <sys/inotify.h>
#include <unistd.h>

namespace Dorfplatz::Test {

OpenWatch::OpenWatch(const QString &path)
    : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
{
    if (m_fd >= 0)
        m_watch = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN);
}

OpenWatch::~OpenWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int OpenWatch::opens()
{
    alignas(inotify_event) char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof(buffer));
        if (n <= 0)
            return m_opens;
        for (ssize_t offset = 0; offset < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
            if (event->mask & IN_OPEN)
                ++m_opens;
            offset += ssize_t(sizeof(inotify_event)) + event->len;
        }
    }
}

} // namespace Dorfplatz::Test
