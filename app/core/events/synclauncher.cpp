#include "synclauncher.h"

#include "core/logging.h"
#include "syncstep.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

SyncLauncher::SyncLauncher(QString configDir, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_configDir(std::move(configDir))
    , m_dataDir(std::move(dataDir))
    , m_program(defaultProgram())
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SyncLauncher::readLines);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Problems are in the JSON lines too; stderr is kept for the log only.
        const QByteArray text = m_process.readAllStandardError().trimmed();
        if (!text.isEmpty())
            qCInfo(lcEvents).noquote() << u"dorfplatz-sync: %1"_s.arg(QString::fromUtf8(text));
    });
    connect(&m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                readLines();
                const int code = status == QProcess::NormalExit ? exitCode : -1;
                qCInfo(lcEvents) << "dorfplatz-sync finished with exit code" << code;
                Q_EMIT finished(code);
            });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes arrive through finished()
        qCWarning(lcEvents).noquote() << u"dorfplatz-sync cannot be started (%1): %2"_s.arg(
            m_program, m_process.errorString());
        Q_EMIT finished(-1);
    });
}

SyncLauncher::~SyncLauncher()
{
    // A sync still running when the kiosk quits is stopped: its writes are atomic, so the cache
    // keeps the last good data, and the next start or the nightly timer runs it again.
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString SyncLauncher::defaultProgram()
{
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"dorfplatz-sync"_s);
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(u"dorfplatz-sync"_s);
    return onPath.isEmpty() ? u"dorfplatz-sync"_s : onPath;
}

bool SyncLauncher::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool SyncLauncher::start()
{
    if (isRunning())
        return true;
    m_buffer.clear();
    qCInfo(lcEvents).noquote() << u"starting %1"_s.arg(m_program);
    m_process.start(m_program, {u"--json"_s, u"--config"_s, m_configDir, u"--data"_s, m_dataDir});
    if (!m_process.waitForStarted(5000))
        return false;
    Q_EMIT started();
    return true;
}

void SyncLauncher::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    // Lines of another version are left out by takeLines(): progress is only a courtesy.
    for (const SyncStep &step : SyncStep::takeLines(&m_buffer)) {
        switch (step.kind) {
        case SyncStep::Kind::Start:
            Q_EMIT progress(0, step.feeds);
            break;
        case SyncStep::Kind::FeedDone:
            Q_EMIT progress(step.done, step.total);
            break;
        case SyncStep::Kind::FeedStart:
        case SyncStep::Kind::Finished:
        case SyncStep::Kind::Error:
            // The end and its reason arrive with the exit code (finished()), problems on stderr.
            break;
        }
    }
}

} // namespace Dorfplatz
