#include "notifysocket.h"

#include <QFile>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Dorfplatz::Test {

NotifySocket::NotifySocket(QObject *parent)
    : QObject(parent)
{}

NotifySocket::~NotifySocket()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

bool NotifySocket::bind(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    if (native.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_fd < 0)
        return false;
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0)
        return false;
    m_path = path;
    m_notifier = std::make_unique<QSocketNotifier>(qintptr(m_fd), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &NotifySocket::readAll);
    return true;
}

void NotifySocket::readAll()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
        if (n <= 0)
            return;
        const QByteArray message(buffer, qsizetype(n));
        for (const QByteArray &line : message.split('\n')) {
            if (line == "READY=1")
                ++m_ready;
            else if (line == "WATCHDOG=1")
                ++m_watchdog;
        }
        Q_EMIT received(message);
    }
}

} // namespace Dorfplatz::Test
