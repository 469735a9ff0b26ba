#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Dorfplatz {

// Starts dorfplatz-sync as a child process (never in the kiosk's own process: a feed that crashes
// the parser must not take the screen down) and reads its --json progress lines.
class SyncLauncher : public QObject
{
    Q_OBJECT

public:
    // program: path of dorfplatz-sync (default: beside the running executable, else on PATH).
    explicit SyncLauncher(QString configDir, QString dataDir, QObject *parent = nullptr);
    ~SyncLauncher() override;

    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }

    static QString defaultProgram();

    bool isRunning() const;
    // Starts a sync unless one runs; returns false when the program cannot be started.
    bool start();

Q_SIGNALS:
    void started();
    // From the JSON lines: feeds done so far of all feeds.
    void progress(int done, int total);
    // exitCode as documented by dorfplatz-sync (-1 when it crashed or could not start).
    void finished(int exitCode);

private:
    void readLines();

    QString m_configDir;
    QString m_dataDir;
    QString m_program;
    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace Dorfplatz
