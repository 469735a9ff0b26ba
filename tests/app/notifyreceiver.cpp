#include "notifyreceiver.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Dorfplatz::Test {

NotifyReceiver::NotifyReceiver(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

NotifyReceiver::~NotifyReceiver()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_address.isEmpty() && !m_address.startsWith(u'@'))
        ::unlink(m_address.toLocal8Bit().constData());
}

bool NotifyReceiver::bind(const QString &address)
{
    const QByteArray name = address.toLocal8Bit();
    sockaddr_un un{};
    un.sun_family = AF_UNIX;
    const bool abstract = name.startsWith('@');
    const size_t nameSize = std::min(size_t(name.size()), sizeof(un.sun_path));
    const size_t length = nameSize + (abstract ? 0 : 1);
    if (nameSize == 0 || nameSize != size_t(name.size()) || length > sizeof(un.sun_path))
        return false;
    std::memcpy(un.sun_path, name.constData(), nameSize);
    if (abstract)
        un.sun_path[0] = '\0';
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_fd < 0)
        return false;
    const int on = 1;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)) != 0)
        return false;
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&un),
               socklen_t(offsetof(sockaddr_un, sun_path) + length)) != 0)
        return false;
    m_address = address;
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &NotifyReceiver::readAll);
    return true;
}

void NotifyReceiver::readAll()
{
    for (;;) {
        char buffer[4096];
        iovec io{buffer, sizeof(buffer)};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
        msghdr header{};
        header.msg_iov = &io;
        header.msg_iovlen = 1;
        header.msg_control = control;
        header.msg_controllen = sizeof(control);
        const ssize_t size = ::recvmsg(m_fd, &header, MSG_DONTWAIT);
        if (size < 0)
            return;
        Message message;
        message.text = QByteArray(buffer, qsizetype(size));
        message.receivedMs = m_clock.elapsed();
        for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(&header, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
                ucred credentials{};
                std::memcpy(&credentials, CMSG_DATA(c), sizeof(credentials));
                message.pid = credentials.pid;
            }
        }
        m_messages.append(message);
        Q_EMIT received(message);
    }
}

QList<NotifyReceiver::Message> NotifyReceiver::messagesWith(const QByteArray &line,
                                                            qint64 pid) const
{
    QList<Message> found;
    for (const Message &message : m_messages) {
        if ((pid == 0 || message.pid == pid) && message.text.split('\n').contains(line))
            found.append(message);
    }
    return found;
}

} // namespace Dorfplatz::Test
