// The kiosk under systemd's watchdog, for real: the dorfplatz program on the demo configuration
// under Xvfb, started with NOTIFY_SOCKET and WATCHDOG_USEC=1000000 as systemd starts a
// Type=notify service with WatchdogSec=1. systemd is not PID 1 in this container, so the test
// stands in for it: it owns the notify socket (tests/app/notifyreceiver.h), keeps systemd's
// deadline (no WATCHDOG=1 for WATCHDOG_USEC: SIGABRT, then SIGCONT, as systemd does), and
// restarts the program at once (Restart=on-failure, RestartSec=0). A SIGSTOP stands for a hung
// event loop. The figure: from the kill to READY=1 of the new process, the home screen back.
#include "app/notifyreceiver.h"
#include "support/testconfig.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Dorfplatz;
using Dorfplatz::Test::NotifyReceiver;

namespace {

constexpr int watchdogMs = 1000;

qsizetype countAfter(const QList<NotifyReceiver::Message> &messages, qint64 afterMs)
{
    return std::count_if(messages.cbegin(), messages.cend(),
                         [afterMs](const auto &message) { return message.receivedMs > afterMs; });
}

} // namespace

class TestWatchdog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hungKioskIsKilledAndBackWithinFiveSeconds();
};

void TestWatchdog::hungKioskIsKilledAndBackWithinFiveSeconds()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"),
             "needs an X server: ./dorfplatz.sh test starts Xvfb");
    QTemporaryDir dir;
    NotifyReceiver systemd;
    QVERIFY(systemd.bind(dir.filePath(u"notify"_s)));

    QProcess kiosk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"NOTIFY_SOCKET"_s, systemd.address());
    environment.insert(u"WATCHDOG_USEC"_s, QString::number(watchdogMs * 1000));
    environment.remove(u"WATCHDOG_PID"_s);
    kiosk.setProcessEnvironment(environment);
    kiosk.setProgram(QStringLiteral(DORFPLATZ_BINARY));
    kiosk.setArguments({u"--config"_s, Test::sourcePath(u"kiosk-config/demo"_s), u"--data"_s,
                        dir.filePath(u"data"_s)});
    kiosk.setWorkingDirectory(dir.path());
    kiosk.setProcessChannelMode(QProcess::MergedChannels);
    // A SIGABRT would write a core file: none here.
    kiosk.setChildProcessModifier([] {
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
    });
    const auto log = [&kiosk] { return QString::fromLocal8Bit(kiosk.readAll().right(3000)); };

    // systemd's side: the deadline starts with READY=1 (the service is running) and starts
    // again with every ping of the current process.
    qint64 pid = 0;
    int kills = 0;
    qint64 killedAtMs = -1;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    deadline.setInterval(watchdogMs);
    connect(&systemd, &NotifyReceiver::received, &deadline,
            [&](const NotifyReceiver::Message &message) {
                const QList<QByteArray> lines = message.text.split('\n');
                if (message.pid == pid &&
                    (lines.contains("WATCHDOG=1") || lines.contains("READY=1")))
                    deadline.start();
            });
    connect(&deadline, &QTimer::timeout, this, [&] {
        ++kills;
        killedAtMs = systemd.elapsedMs();
        ::kill(pid_t(pid), SIGABRT);
        ::kill(pid_t(pid), SIGCONT);
    });

    kiosk.start();
    QVERIFY2(kiosk.waitForStarted(10'000), qPrintable(kiosk.errorString()));
    pid = kiosk.processId();
    QTRY_VERIFY2_WITH_TIMEOUT(!systemd.messagesWith("READY=1", pid).isEmpty(), qPrintable(log()),
                              30'000);
    const NotifyReceiver::Message ready = systemd.messagesWith("READY=1", pid).first();
    QVERIFY2(ready.text.contains("\nSTATUS="), ready.text.constData());
    QCOMPARE(kills, 0);

    // Pings about every half second, each well inside systemd's deadline.
    QTRY_VERIFY_WITH_TIMEOUT(
        countAfter(systemd.messagesWith("WATCHDOG=1", pid), ready.receivedMs) >= 6, 10'000);
    QList<NotifyReceiver::Message> pings = systemd.messagesWith("WATCHDOG=1", pid);
    pings.erase(pings.begin(),
                std::find_if(pings.begin(), pings.end(), [&ready](const auto &message) {
                    return message.receivedMs > ready.receivedMs;
                }));
    qint64 longest = 0;
    for (qsizetype i = 1; i < pings.size(); ++i)
        longest = std::max(longest, pings.at(i).receivedMs - pings.at(i - 1).receivedMs);
    const double average =
        double(pings.last().receivedMs - pings.first().receivedMs) / double(pings.size() - 1);
    qInfo("watchdog pings: every %.0f ms on average, longest gap %lld ms", average, longest);
    QVERIFY2(average > 350 && average < 750, qPrintable(QString::number(average)));
    QVERIFY(longest < watchdogMs);
    QCOMPARE(kills, 0);

    // The event loop hangs: the pings stop, systemd's deadline passes, it kills.
    QSignalSpy finished(&kiosk, &QProcess::finished);
    systemd.readAll();
    const qint64 stoppedAtMs = systemd.elapsedMs();
    ::kill(pid_t(pid), SIGSTOP);
    QTRY_COMPARE_WITH_TIMEOUT(kills, 1, 5000);
    QVERIFY(countAfter(systemd.messagesWith("WATCHDOG=1", pid), stoppedAtMs) <= 1);
    QVERIFY2(killedAtMs - stoppedAtMs <= watchdogMs + 1000,
             qPrintable(QString::number(killedAtMs - stoppedAtMs)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QCOMPARE(kiosk.exitStatus(), QProcess::CrashExit);

    // Restart=on-failure: the same command again, at once.
    kiosk.start();
    QVERIFY2(kiosk.waitForStarted(10'000), qPrintable(kiosk.errorString()));
    const qint64 oldPid = pid;
    pid = kiosk.processId();
    QVERIFY(pid != oldPid);
    QTRY_VERIFY2_WITH_TIMEOUT(!systemd.messagesWith("READY=1", pid).isEmpty(), qPrintable(log()),
                              30'000);
    const qint64 restartMs = systemd.messagesWith("READY=1", pid).first().receivedMs - killedAtMs;
    qInfo("watchdog restart: %lld ms from the kill to READY=1 of the new process", restartMs);
    QVERIFY2(restartMs < 5000, qPrintable(QString::number(restartMs)));
    // The new process is watched again.
    QTRY_VERIFY_WITH_TIMEOUT(systemd.messagesWith("WATCHDOG=1", pid).size() >= 2, 5000);
    QCOMPARE(kills, 1);

    deadline.stop();
    kiosk.terminate();
    QVERIFY(kiosk.waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
