#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace Dorfplatz {

// Tells systemd how the kiosk is doing, through the sd_notify protocol (a datagram of
// "KEY=value" lines to the AF_UNIX socket in $NOTIFY_SOCKET; a name starting with '@' is in the
// abstract namespace), without libsystemd. It owns the socket (closed in the destructor) and,
// when systemd asked for a watchdog ($WATCHDOG_USEC, for this process when $WATCHDOG_PID is
// set), a timer on the thread that made it that sends WATCHDOG=1 every half interval: when that
// thread's event loop hangs, the pings stop and systemd restarts the kiosk.
// Without $NOTIFY_SOCKET (started by hand, in tests) every call does nothing.
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID from the environment.
    explicit SystemdNotifier(QObject *parent = nullptr);
    // For tests: this socket address and watchdog interval (zero: none).
    SystemdNotifier(const QString &socketAddress, std::chrono::microseconds watchdogInterval,
                    QObject *parent = nullptr);
    ~SystemdNotifier() override;

    SystemdNotifier(const SystemdNotifier &) = delete;
    SystemdNotifier &operator=(const SystemdNotifier &) = delete;

    bool isActive() const { return m_socket >= 0; }
    QString socketAddress() const { return m_address; }
    // Zero when systemd asked for no watchdog.
    std::chrono::microseconds watchdogInterval() const { return m_watchdogInterval; }
    const QTimer &watchdogTimer() const { return m_watchdog; }

    // The start-up is done: READY=1, with a STATUS= line when `status` is not empty.
    bool ready(const QString &status = {});
    // A line for "systemctl status".
    bool status(const QString &status);
    bool stopping(const QString &status = {});
    bool watchdogPing();

    // Sends `state` (KEY=value lines) as one datagram. False when there is no socket or sending
    // failed (logged once).
    bool notify(const QByteArray &state);

    // The datagram for a STATUS= line: one line, so a newline in `status` becomes a space.
    static QByteArray statusLine(const QString &status);
    // WATCHDOG_USEC, when it is meant for the process `pid` (WATCHDOG_PID unset or equal).
    static std::chrono::microseconds
    watchdogIntervalFrom(const QByteArray &usec, const QByteArray &watchdogPid, qint64 pid);

private:
    void open();

    QString m_address;
    std::chrono::microseconds m_watchdogInterval{0};
    int m_socket = -1;
    bool m_failureLogged = false;
    QTimer m_watchdog;
};

} // namespace Dorfplatz
