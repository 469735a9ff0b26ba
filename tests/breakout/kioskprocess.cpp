#include "kioskprocess.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

KioskProcess::KioskProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_log += m_process.readAllStandardOutput(); });
}

KioskProcess::~KioskProcess()
{
    stop();
}

bool KioskProcess::start(const QStringList &arguments)
{
    m_log.clear();
    m_process.setProcessEnvironment(m_environment);
    // Another build's kiosk (with its DORFPLATZ_MODULE_DIR), e.g. to see what a change fixed.
    const QString other = qEnvironmentVariable("DORFPLATZ_BREAKOUT_KIOSK");
    m_process.start(other.isEmpty() ? QStringLiteral(DORFPLATZ_BINARY) : other, arguments);
    return m_process.waitForStarted(10000);
}

bool KioskProcess::waitForFirstPaint(int timeoutMs)
{
    return QTest::qWaitFor(
               [this] {
                   return m_log.contains("first-paint-epoch-ms=") ||
                          m_process.state() == QProcess::NotRunning;
               },
               timeoutMs) &&
           m_log.contains("first-paint-epoch-ms=");
}

QString KioskProcess::endState() const
{
    if (m_process.state() != QProcess::NotRunning)
        return u"running"_s;
    if (m_process.exitStatus() == QProcess::CrashExit)
        return u"crashed"_s;
    return u"exit code %1"_s.arg(m_process.exitCode());
}

QList<qint64> KioskProcess::descendants() const
{
    QList<qint64> found;
    QList<qint64> parents{pid()};
    if (parents.first() <= 0)
        return found;
    while (!parents.isEmpty()) {
        const qint64 parent = parents.takeFirst();
        const QString tasks = u"/proc/%1/task"_s.arg(parent);
        for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks + u'/' + task + u"/children"_s);
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &child : children.readAll().split(' ')) {
                bool ok = false;
                const qint64 id = child.trimmed().toLongLong(&ok);
                if (ok && !found.contains(id)) {
                    found.append(id);
                    parents.append(id);
                }
            }
        }
    }
    return found;
}

void KioskProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const QList<qint64> children = descendants();
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // WebEngine's helpers and a running sync end with the kiosk; these are the stragglers.
    for (const qint64 child : children)
        ::kill(pid_t(child), SIGKILL);
    m_log += m_process.readAllStandardOutput();
}

} // namespace Dorfplatz::Test
