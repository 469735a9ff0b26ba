#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

namespace Dorfplatz::Test {

// The receiving end of sd_notify(3), as systemd holds it for a Type=notify service: a Unix
// datagram socket whose path the kiosk gets in NOTIFY_SOCKET. Counts READY=1 and WATCHDOG=1,
// the kiosk's proof that its event loop turns.
class NotifySocket final : public QObject
{
    Q_OBJECT

public:
    explicit NotifySocket(QObject *parent = nullptr);
    ~NotifySocket() override;

    // Binds to path (which must not exist yet).
    bool bind(const QString &path);
    QString path() const { return m_path; }

    int readyCount() const { return m_ready; }
    int watchdogCount() const { return m_watchdog; }

Q_SIGNALS:
    void received(const QByteArray &message);

private:
    void readAll();

    int m_fd = -1;
    QString m_path;
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_ready = 0;
    int m_watchdog = 0;
};

} // namespace Dorfplatz::Test
