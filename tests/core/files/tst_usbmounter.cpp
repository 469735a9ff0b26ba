#include "core/files/usbmounter.h"
#include "core/files/usbsticks.h"
#include "core/i18n/translations.h"

#include <QDBusAbstractAdaptor>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVirtualObject>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Interfaces = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, Interfaces>;
Q_DECLARE_METATYPE(Interfaces)
Q_DECLARE_METATYPE(ManagedObjects)

namespace Dorfplatz {

namespace {

constexpr int signalTimeoutMs = 10000;
const QString blockInterface = u"org.freedesktop.UDisks2.Block"_s;
const QString filesystemInterface = u"org.freedesktop.UDisks2.Filesystem"_s;
const QString managerPath = u"/org/freedesktop/UDisks2"_s;

// A private message bus for the test: dbus-daemon on a socket in a temporary folder.
class PrivateBus
{
public:
    explicit PrivateBus(const QString &folder)
    {
        m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s,
                                          u"--address=unix:dir="_s + folder});
        if (!m_daemon.waitForStarted())
            return;
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(signalTimeoutMs)) {
        }
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
    }
    ~PrivateBus()
    {
        m_daemon.kill();
        m_daemon.waitForFinished();
    }
    QString address() const { return m_address; }

private:
    QProcess m_daemon;
    QString m_address;
};

// A stand-in for udisks2 (org.freedesktop.UDisks2): the real one needs root, a system bus and
// real block devices, none of which a test has. It speaks the same interfaces the kiosk uses
// (ObjectManager, Properties.GetAll, Filesystem.Mount), and "mounts" by making a folder with a
// picture in it below the mount root, where UsbSticks looks.
class StandInUdisks : public QDBusVirtualObject
{
public:
    struct MountCall
    {
        QString path;
        QVariantMap options;
    };

    StandInUdisks(QDBusConnection bus, QString mountRoot)
        : m_bus(std::move(bus))
        , m_mountRoot(std::move(mountRoot))
    {}

    bool start()
    {
        return m_bus.registerVirtualObject(managerPath, this, QDBusConnection::SubPath) &&
               m_bus.registerService(u"org.freedesktop.UDisks2"_s);
    }

    static QVariantMap stickBlock(const QString &label)
    {
        return {{u"HintAuto"_s, true},           {u"HintSystem"_s, false}, {u"HintIgnore"_s, false},
                {u"IdUsage"_s, u"filesystem"_s}, {u"IdType"_s, u"vfat"_s}, {u"IdLabel"_s, label}};
    }

    // A block device with a file system that udisks2 has just probed.
    void plugIn(const QString &name, const QVariantMap &block, bool withBlock = true)
    {
        const QString path = managerPath + u"/block_devices/"_s + name;
        m_objects[path] = {{blockInterface, block}, {filesystemInterface, {}}};
        Interfaces added{{filesystemInterface, {}}};
        if (withBlock)
            added.insert(blockInterface, block);
        QDBusMessage signal = QDBusMessage::createSignal(
            managerPath, u"org.freedesktop.DBus.ObjectManager"_s, u"InterfacesAdded"_s);
        signal << QVariant::fromValue(QDBusObjectPath(path)) << QVariant::fromValue(added);
        m_bus.send(signal);
    }

    void pullOut(const QString &name)
    {
        const QString path = managerPath + u"/block_devices/"_s + name;
        m_objects.remove(path);
        QDir(m_mountRoot + u'/' + name).removeRecursively();
        QDBusMessage signal = QDBusMessage::createSignal(
            managerPath, u"org.freedesktop.DBus.ObjectManager"_s, u"InterfacesRemoved"_s);
        signal << QVariant::fromValue(QDBusObjectPath(path))
               << QStringList{blockInterface, filesystemInterface};
        m_bus.send(signal);
    }

    void addSilently(const QString &name, const QVariantMap &block)
    {
        m_objects[managerPath + u"/block_devices/"_s + name] = {{blockInterface, block},
                                                                {filesystemInterface, {}}};
    }

    void refuseMounts(const QString &errorName) { m_mountError = errorName; }
    QList<MountCall> mountCalls() const { return m_mountCalls; }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QString member = message.member();
        if (member == u"GetManagedObjects") {
            ManagedObjects objects;
            for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
                objects.insert(QDBusObjectPath(it.key()), it.value());
            return connection.send(message.createReply(QVariant::fromValue(objects)));
        }
        if (member == u"GetAll") {
            const QString interface = message.arguments().value(0).toString();
            return connection.send(
                message.createReply(m_objects.value(message.path()).value(interface)));
        }
        if (member == u"Mount") {
            const auto options = qdbus_cast<QVariantMap>(message.arguments().value(0));
            m_mountCalls.append({message.path(), options});
            if (!m_mountError.isEmpty())
                return connection.send(message.createErrorReply(m_mountError, u"refused"_s));
            const QString name = message.path().section(u'/', -1);
            const QString mountPoint = m_mountRoot + u'/' + name;
            QDir().mkpath(mountPoint);
            QFile picture(mountPoint + u"/enkel.png"_s);
            picture.open(QIODevice::WriteOnly);
            picture.write("png");
            picture.close();
            return connection.send(message.createReply(mountPoint));
        }
        return false;
    }

private:
    QDBusConnection m_bus;
    QString m_mountRoot;
    QMap<QString, Interfaces> m_objects;
    QList<MountCall> m_mountCalls;
    QString m_mountError;
};

} // namespace

class TestUsbMounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stickPluggedInIsMountedNoexec();
    void stickPresentAtStartIsMounted();
    void systemDisksAndIgnoredDevicesAreLeftAlone();
    void blockPropertiesFetchedWhenNotInTheSignal();
    void pulledOutAndPluggedInAgainIsMountedAgain();
    void refusedMountIsExplainedInGerman_data();
    void refusedMountIsExplainedInGerman();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<StandInUdisks> m_udisks;
    QString m_mountRoot;
    Translations m_german;
};

void TestUsbMounter::initTestCase()
{
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty())
        QFAIL("dbus-daemon is missing (package dbus-daemon)");
    qDBusRegisterMetaType<Interfaces>();
    qDBusRegisterMetaType<ManagedObjects>();
    QVERIFY(m_german.install(u"de"_s));
}

void TestUsbMounter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_mountRoot = m_dir->filePath(u"media/dorfplatz"_s);
    QVERIFY(QDir().mkpath(m_mountRoot));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"bus"_s)));
    m_bus = std::make_unique<PrivateBus>(m_dir->filePath(u"bus"_s));
    QVERIFY2(!m_bus->address().isEmpty(), "dbus-daemon gave no address");
    auto service = QDBusConnection::connectToBus(m_bus->address(), u"udisks"_s);
    QVERIFY(service.isConnected());
    m_udisks = std::make_unique<StandInUdisks>(service, m_mountRoot);
    QVERIFY(m_udisks->start());
}

void TestUsbMounter::cleanup()
{
    m_udisks.reset();
    QDBusConnection::disconnectFromBus(u"udisks"_s);
    QDBusConnection::disconnectFromBus(u"kiosk"_s);
    m_bus.reset();
    m_dir.reset();
}

namespace {
QDBusConnection kioskBus(const QString &address)
{
    return QDBusConnection::connectToBus(address, u"kiosk"_s);
}
} // namespace

void TestUsbMounter::stickPluggedInIsMountedNoexec()
{
    UsbSticks sticks{{m_mountRoot}};
    UsbMounter mounter(kioskBus(m_bus->address()));
    QSignalSpy mounted(&mounter, &UsbMounter::mounted);
    QSignalSpy sticksChanged(&sticks, &UsbSticks::sticksChanged);

    m_udisks->plugIn(u"sdb1"_s, StandInUdisks::stickBlock(u"FOTOS"_s));
    QVERIFY(mounted.wait(signalTimeoutMs));
    QCOMPARE(mounted.at(0).at(0).toString(), m_mountRoot + u"/sdb1"_s);
    // The stick is in the picture chooser's list: the kiosk found it by itself.
    QVERIFY(sticksChanged.count() > 0 || sticksChanged.wait(signalTimeoutMs));
    QCOMPARE(sticks.sticks().size(), 1);
    QCOMPARE(sticks.sticks().at(0).name, u"sdb1"_s);
    QCOMPARE(UsbSticks::pictures(sticks.sticks().at(0).path).size(), 1);

    const auto calls = m_udisks->mountCalls();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).path, managerPath + u"/block_devices/sdb1"_s);
    QCOMPARE(calls.at(0).options.value(u"options"_s).toString(), u"noexec"_s);
    QCOMPARE(calls.at(0).options.value(u"auth.no_user_interaction"_s).toBool(), true);
}

void TestUsbMounter::stickPresentAtStartIsMounted()
{
    m_udisks->addSilently(u"sdc1"_s, StandInUdisks::stickBlock(u"URLAUB"_s));
    UsbMounter mounter(kioskBus(m_bus->address()));
    QSignalSpy mounted(&mounter, &UsbMounter::mounted);
    QVERIFY(mounted.wait(signalTimeoutMs));
    QCOMPARE(mounted.at(0).at(0).toString(), m_mountRoot + u"/sdc1"_s);
}

void TestUsbMounter::systemDisksAndIgnoredDevicesAreLeftAlone()
{
    UsbMounter mounter(kioskBus(m_bus->address()));
    QSignalSpy mounted(&mounter, &UsbMounter::mounted);
    QVariantMap system = StandInUdisks::stickBlock(u"root"_s);
    system[u"HintSystem"_s] = true;
    QVariantMap notAuto = StandInUdisks::stickBlock(u"data"_s);
    notAuto[u"HintAuto"_s] = false;
    QVariantMap ignored = StandInUdisks::stickBlock(u"EFI"_s);
    ignored[u"HintIgnore"_s] = true;
    QVariantMap encrypted = StandInUdisks::stickBlock(u"secret"_s);
    encrypted[u"IdUsage"_s] = u"crypto"_s;
    m_udisks->plugIn(u"sda1"_s, system);
    m_udisks->plugIn(u"sda2"_s, notAuto);
    m_udisks->plugIn(u"sda3"_s, ignored);
    m_udisks->plugIn(u"sdd1"_s, encrypted);
    // Signals from one sender arrive in order: once the stick after them is mounted, the four
    // before it have been looked at and left alone.
    m_udisks->plugIn(u"sde1"_s, StandInUdisks::stickBlock(u"STICK"_s));
    QVERIFY(mounted.wait(signalTimeoutMs));
    QCOMPARE(mounted.count(), 1);
    QCOMPARE(m_udisks->mountCalls().size(), 1);
    QCOMPARE(m_udisks->mountCalls().at(0).path, managerPath + u"/block_devices/sde1"_s);
}

void TestUsbMounter::blockPropertiesFetchedWhenNotInTheSignal()
{
    UsbMounter mounter(kioskBus(m_bus->address()));
    QSignalSpy mounted(&mounter, &UsbMounter::mounted);
    m_udisks->plugIn(u"sdf1"_s, StandInUdisks::stickBlock(u"FOTOS"_s), false);
    QVERIFY(mounted.wait(signalTimeoutMs));
    QCOMPARE(m_udisks->mountCalls().size(), 1);
}

void TestUsbMounter::pulledOutAndPluggedInAgainIsMountedAgain()
{
    UsbMounter mounter(kioskBus(m_bus->address()));
    QSignalSpy mounted(&mounter, &UsbMounter::mounted);
    m_udisks->plugIn(u"sdb1"_s, StandInUdisks::stickBlock(u"FOTOS"_s));
    QVERIFY(mounted.wait(signalTimeoutMs));
    m_udisks->pullOut(u"sdb1"_s);
    m_udisks->plugIn(u"sdb1"_s, StandInUdisks::stickBlock(u"FOTOS"_s));
    QVERIFY(mounted.wait(signalTimeoutMs));
    QCOMPARE(m_udisks->mountCalls().size(), 2);
}

void TestUsbMounter::refusedMountIsExplainedInGerman_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("polkit says no")
        << u"org.freedesktop.UDisks2.Error.NotAuthorizedCanObtain"_s
        << u"Der USB-Stick „FOTOS“ darf an diesem Kiosk nicht geöffnet werden. Die Verwaltung "
           "kann es erlauben."_s;
    QTest::newRow("unknown file system")
        << u"org.freedesktop.UDisks2.Error.Failed"_s
        << u"Der USB-Stick „FOTOS“ lässt sich hier nicht lesen. Kopieren Sie die Bilder auf "
           "einen Stick, der an einem Windows-Rechner formatiert wurde (FAT32)."_s;
}

void TestUsbMounter::refusedMountIsExplainedInGerman()
{
    QFETCH(QString, error);
    QFETCH(QString, expected);
    UsbSticks sticks{{m_mountRoot}};
    UsbMounter mounter(kioskBus(m_bus->address()));
    connect(&mounter, &UsbMounter::mountFailed, &sticks, &UsbSticks::setProblem);
    QSignalSpy failed(&mounter, &UsbMounter::mountFailed);
    m_udisks->refuseMounts(error);
    m_udisks->plugIn(u"sdb1"_s, StandInUdisks::stickBlock(u"FOTOS"_s));
    QVERIFY(failed.wait(signalTimeoutMs));
    QCOMPARE(failed.at(0).at(0).toString(), expected);
    // The picture chooser shows it where the stick would have been.
    QCOMPARE(sticks.problem(), expected);
    QVERIFY(sticks.sticks().isEmpty());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestUsbMounter)
#include "tst_usbmounter.moc"
