#include "systemdnotifier.h"

#include "core/logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

SystemdNotifier::SystemdNotifier(QObject *parent)
    : SystemdNotifier(qEnvironmentVariable("NOTIFY_SOCKET"),
                      watchdogIntervalFrom(qgetenv("WATCHDOG_USEC"), qgetenv("WATCHDOG_PID"),
                                           QCoreApplication::applicationPid()),
                      parent)
{
    // Meant for this process alone: dorfplatz-sync and Chromium's helpers, started by the
    // kiosk, must not speak to systemd in its name.
    qunsetenv("NOTIFY_SOCKET");
    qunsetenv("WATCHDOG_USEC");
    qunsetenv("WATCHDOG_PID");
}

SystemdNotifier::SystemdNotifier(const QString &socketAddress,
                                 std::chrono::microseconds watchdogInterval, QObject *parent)
    : QObject(parent)
    , m_address(socketAddress)
{
    open();
    if (!isActive() || watchdogInterval <= std::chrono::microseconds(0))
        return;
    m_watchdogInterval = watchdogInterval;
    // Half the interval, as sd_watchdog_enabled(3) advises: one late ping does not kill.
    m_watchdog.setTimerType(Qt::PreciseTimer);
    m_watchdog.setInterval(
        std::max(std::chrono::milliseconds(1),
                 std::chrono::duration_cast<std::chrono::milliseconds>(watchdogInterval / 2)));
    connect(&m_watchdog, &QTimer::timeout, this, &SystemdNotifier::watchdogPing);
    m_watchdog.start();
    qCInfo(lcApp).noquote() << u"systemd watchdog: a ping every %1 ms"_s.arg(m_watchdog.interval());
}

SystemdNotifier::~SystemdNotifier()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

void SystemdNotifier::open()
{
    if (m_address.isEmpty())
        return;
    const QByteArray name = m_address.toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const bool abstract = name.startsWith('@');
    const size_t nameSize = std::min(size_t(name.size()), sizeof(address.sun_path));
    // Abstract names have no terminating zero; paths do (it counts towards the length).
    const size_t length = abstract ? nameSize : nameSize + 1;
    if (nameSize != size_t(name.size()) || length > sizeof(address.sun_path) ||
        (abstract && nameSize < 2) || name.front() == '\0') {
        qCWarning(lcApp) << "NOTIFY_SOCKET is not a usable socket address:" << m_address;
        return;
    }
    std::memcpy(address.sun_path, name.constData(), nameSize);
    if (abstract)
        address.sun_path[0] = '\0';
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        qCWarning(lcApp) << "cannot create the systemd notification socket:"
                         << std::strerror(errno);
        return;
    }
    // Connected once: every message goes to systemd without naming the address again.
    const auto size = socklen_t(offsetof(sockaddr_un, sun_path) + length);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), size) != 0) {
        qCWarning(lcApp) << "cannot reach systemd at" << m_address << std::strerror(errno);
        ::close(fd);
        return;
    }
    m_socket = fd;
}

bool SystemdNotifier::notify(const QByteArray &state)
{
    if (m_socket < 0)
        return false;
    ssize_t sent = -1;
    do {
        sent = ::send(m_socket, state.constData(), size_t(state.size()), MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent == state.size())
        return true;
    if (!m_failureLogged) {
        m_failureLogged = true;
        qCWarning(lcApp) << "cannot notify systemd:" << std::strerror(errno);
    }
    return false;
}

QByteArray SystemdNotifier::statusLine(const QString &status)
{
    QString line = status;
    line.replace(u'\n', u' ');
    return "STATUS=" + line.toUtf8();
}

bool SystemdNotifier::ready(const QString &status)
{
    QByteArray state = "READY=1";
    if (!status.isEmpty())
        state += '\n' + statusLine(status);
    return notify(state);
}

bool SystemdNotifier::status(const QString &status)
{
    return notify(statusLine(status));
}

bool SystemdNotifier::stopping(const QString &status)
{
    m_watchdog.stop();
    QByteArray state = "STOPPING=1";
    if (!status.isEmpty())
        state += '\n' + statusLine(status);
    return notify(state);
}

bool SystemdNotifier::watchdogPing()
{
    return notify("WATCHDOG=1");
}

std::chrono::microseconds SystemdNotifier::watchdogIntervalFrom(const QByteArray &usec,
                                                                const QByteArray &watchdogPid,
                                                                qint64 pid)
{
    if (!watchdogPid.isEmpty()) {
        bool ok = false;
        const qint64 forPid = watchdogPid.toLongLong(&ok);
        if (!ok || forPid != pid)
            return std::chrono::microseconds(0);
    }
    bool ok = false;
    const qint64 value = usec.toLongLong(&ok);
    return std::chrono::microseconds(ok && value > 0 ? value : 0);
}

} // namespace Dorfplatz
