#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Dorfplatz::Test {

// The real dorfplatz program as the systemd unit starts it (fullscreen, no --windowed), with
// the environment the test gives. Collects what it logs; knows its process id and the ids of
// the processes it started (WebEngine's, dorfplatz-sync), so the test can end all of them.
class KioskProcess final : public QObject
{
    Q_OBJECT

public:
    explicit KioskProcess(QObject *parent = nullptr);
    ~KioskProcess() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    bool start(const QStringList &arguments);
    // Runs the event loop until the kiosk logged its first frame on the glass (the perf line of
    // runKiosk), or it ended, or timeoutMs passed.
    bool waitForFirstPaint(int timeoutMs);

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QString log() const { return QString::fromUtf8(m_log); }
    // How the kiosk ended, for messages: "running", "exit code 0", "crashed".
    QString endState() const;

    // SIGTERM, then SIGKILL after a grace period; the kiosk's descendants get SIGKILL.
    void stop();
    // The ids of every process below the kiosk (from /proc).
    QList<qint64> descendants() const;

private:
    QProcess m_process;
    QProcessEnvironment m_environment;
    QByteArray m_log;
};

} // namespace Dorfplatz::Test
