#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

namespace Dorfplatz::Test {

// The receiving end of sd_notify(3), as systemd holds it for a Type=notify service: a Unix
// datagram socket (a path, or an abstract name starting with '@') whose address the program
// gets in NOTIFY_SOCKET. Like systemd it asks the kernel for each sender's credentials, so a
// test knows which process said READY=1.
class NotifyReceiver final : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QByteArray text;
        qint64 pid = 0;
        qint64 receivedMs = 0; // on the receiver's monotonic clock (elapsedMs())
    };

    explicit NotifyReceiver(QObject *parent = nullptr);
    ~NotifyReceiver() override;

    // Binds to `address` (a path that must not exist, or "@name").
    bool bind(const QString &address);
    QString address() const { return m_address; }

    const QList<Message> &messages() const { return m_messages; }
    // Messages from `pid` whose text has the line `line` ("READY=1", "WATCHDOG=1").
    QList<Message> messagesWith(const QByteArray &line, qint64 pid = 0) const;
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // Reads what is waiting now (the notifier does so on its own in the event loop).
    void readAll();

Q_SIGNALS:
    void received(const Dorfplatz::Test::NotifyReceiver::Message &message);

private:
    int m_fd = -1;
    QString m_address;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QList<Message> m_messages;
    QElapsedTimer m_clock;
};

} // namespace Dorfplatz::Test
