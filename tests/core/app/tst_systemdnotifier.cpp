// SystemdNotifier speaks sd_notify(3) without libsystemd. systemd is not PID 1 in this container,
// so a socket the test owns stands in for it (tests/app/notifyreceiver.h), bound to a path and
// to an abstract name as systemd uses both.
#include "app/notifyreceiver.h"
#include "core/app/systemdnotifier.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Dorfplatz::SystemdNotifier;
using Dorfplatz::Test::NotifyReceiver;

class TestSystemdNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusLine();
    void watchdogInterval_data();
    void watchdogInterval();
    void messagesReachAPathSocket();
    void messagesReachAnAbstractSocket();
    void watchdogPingsEveryHalfInterval();
    void readsAndClearsTheEnvironment();
    void withoutSocketNothingHappens();
    void unusableAddressIsReported();
};

void TestSystemdNotifier::statusLine()
{
    QCOMPARE(SystemdNotifier::statusLine(u"Startbildschirm bereit"_s),
             "STATUS=Startbildschirm bereit");
    QCOMPARE(SystemdNotifier::statusLine(u"zwei\nZeilen"_s), "STATUS=zwei Zeilen");
    QCOMPARE(SystemdNotifier::statusLine(u"Nacht: Bildschirm gedimmt …"_s),
             QByteArray("STATUS=Nacht: Bildschirm gedimmt \xe2\x80\xa6"));
}

void TestSystemdNotifier::watchdogInterval_data()
{
    QTest::addColumn<QByteArray>("usec");
    QTest::addColumn<QByteArray>("watchdogPid");
    QTest::addColumn<qint64>("expectedUsec");
    QTest::addRow("one second") << QByteArray("1000000") << QByteArray() << qint64(1'000'000);
    QTest::addRow("for this process")
        << QByteArray("500000") << QByteArray("4242") << qint64(500'000);
    QTest::addRow("for another process") << QByteArray("500000") << QByteArray("99") << qint64(0);
    QTest::addRow("not set") << QByteArray() << QByteArray() << qint64(0);
    QTest::addRow("not a number") << QByteArray("soon") << QByteArray() << qint64(0);
    QTest::addRow("negative") << QByteArray("-5") << QByteArray() << qint64(0);
}

void TestSystemdNotifier::watchdogInterval()
{
    QFETCH(QByteArray, usec);
    QFETCH(QByteArray, watchdogPid);
    QFETCH(qint64, expectedUsec);
    QCOMPARE(SystemdNotifier::watchdogIntervalFrom(usec, watchdogPid, 4242).count(), expectedUsec);
}

void TestSystemdNotifier::messagesReachAPathSocket()
{
    QTemporaryDir dir;
    NotifyReceiver systemd;
    QVERIFY(systemd.bind(dir.filePath(u"notify"_s)));
    SystemdNotifier notifier(systemd.address(), 0us);
    QVERIFY(notifier.isActive());
    QVERIFY(!notifier.watchdogTimer().isActive());

    QVERIFY(notifier.status(u"Startet …"_s));
    QVERIFY(notifier.ready(u"Startbildschirm bereit"_s));
    QVERIFY(notifier.watchdogPing());
    QVERIFY(notifier.stopping());
    QTRY_COMPARE(systemd.messages().size(), 4);
    QCOMPARE(systemd.messages().at(0).text, "STATUS=Startet \xe2\x80\xa6");
    QCOMPARE(systemd.messages().at(1).text, "READY=1\nSTATUS=Startbildschirm bereit");
    QCOMPARE(systemd.messages().at(2).text, "WATCHDOG=1");
    QCOMPARE(systemd.messages().at(3).text, "STOPPING=1");
    // As systemd's NotifyAccess=main checks: the sender is this process.
    QCOMPARE(systemd.messages().at(1).pid, QCoreApplication::applicationPid());
}

void TestSystemdNotifier::messagesReachAnAbstractSocket()
{
    const QString name = u"@dorfplatz-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate());
    NotifyReceiver systemd;
    QVERIFY(systemd.bind(name));
    SystemdNotifier notifier(name, 0us);
    QVERIFY(notifier.isActive());
    QVERIFY(notifier.ready());
    QTRY_COMPARE(systemd.messages().size(), 1);
    QCOMPARE(systemd.messages().first().text, "READY=1");

    // The same name as a path is another socket: nobody listens there.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot reach systemd at"_s));
    SystemdNotifier asPath(name.mid(1), 0us);
    QVERIFY(!asPath.ready());
}

void TestSystemdNotifier::watchdogPingsEveryHalfInterval()
{
    QTemporaryDir dir;
    NotifyReceiver systemd;
    QVERIFY(systemd.bind(dir.filePath(u"notify"_s)));
    SystemdNotifier notifier(systemd.address(), 400ms);
    QCOMPARE(notifier.watchdogInterval(), 400ms);
    QVERIFY(notifier.watchdogTimer().isActive());
    QCOMPARE(notifier.watchdogTimer().interval(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(systemd.messagesWith("WATCHDOG=1").size() >= 4, 5000);
    const auto pings = systemd.messagesWith("WATCHDOG=1");
    for (qsizetype i = 1; i < pings.size(); ++i)
        QVERIFY(pings.at(i).receivedMs - pings.at(i - 1).receivedMs < 400);

    // STOPPING=1 ends the pings: systemd stops watching too.
    notifier.stopping();
    QVERIFY(!notifier.watchdogTimer().isActive());
}

void TestSystemdNotifier::readsAndClearsTheEnvironment()
{
    QTemporaryDir dir;
    NotifyReceiver systemd;
    QVERIFY(systemd.bind(dir.filePath(u"notify"_s)));
    qputenv("NOTIFY_SOCKET", systemd.address().toLocal8Bit());
    qputenv("WATCHDOG_USEC", "2000000");
    qputenv("WATCHDOG_PID", QByteArray::number(QCoreApplication::applicationPid()));
    SystemdNotifier notifier;
    QVERIFY(notifier.isActive());
    QCOMPARE(notifier.watchdogInterval(), 2s);
    QCOMPARE(notifier.watchdogTimer().interval(), 1000);
    // Programs the kiosk starts (dorfplatz-sync, Chromium) do not inherit them.
    QVERIFY(!qEnvironmentVariableIsSet("NOTIFY_SOCKET"));
    QVERIFY(!qEnvironmentVariableIsSet("WATCHDOG_USEC"));
    QVERIFY(!qEnvironmentVariableIsSet("WATCHDOG_PID"));
    QVERIFY(notifier.ready());
    QTRY_COMPARE(systemd.messages().size(), 1);
}

void TestSystemdNotifier::withoutSocketNothingHappens()
{
    qunsetenv("NOTIFY_SOCKET");
    qputenv("WATCHDOG_USEC", "1000000");
    SystemdNotifier notifier;
    QVERIFY(!notifier.isActive());
    QCOMPARE(notifier.watchdogInterval(), 0us);
    QVERIFY(!notifier.watchdogTimer().isActive());
    QVERIFY(!notifier.ready());
    QVERIFY(!notifier.watchdogPing());
}

void TestSystemdNotifier::unusableAddressIsReported()
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"NOTIFY_SOCKET is not a usable socket address"_s));
    SystemdNotifier tooLong(u"/tmp/"_s + QString(200, u'x'), 1s);
    QVERIFY(!tooLong.isActive());
    QVERIFY(!tooLong.watchdogTimer().isActive());

    QTemporaryDir dir;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot reach systemd at"_s));
    SystemdNotifier nobody(dir.filePath(u"nobody-listens"_s), 0us);
    QVERIFY(!nobody.isActive());
}

QTEST_GUILESS_MAIN(TestSystemdNotifier)
#include "tst_systemdnotifier.moc"
