#include "usbmounter.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString service = u"org.freedesktop.UDisks2"_s;
const QString managerPath = u"/org/freedesktop/UDisks2"_s;
const QString objectManager = u"org.freedesktop.DBus.ObjectManager"_s;
const QString blockInterface = u"org.freedesktop.UDisks2.Block"_s;
const QString filesystemInterface = u"org.freedesktop.UDisks2.Filesystem"_s;
const QString propertiesInterface = u"org.freedesktop.DBus.Properties"_s;

// a{sa{sv}}: the interfaces of one object with their properties.
using Interfaces = QMap<QString, QVariantMap>;
// a{oa{sa{sv}}}: every object udisks2 has.
using ManagedObjects = QMap<QDBusObjectPath, Interfaces>;

template <typename T>
T fromArgument(const QVariant &value)
{
    if (value.canConvert<QDBusArgument>())
        return qdbus_cast<T>(value.value<QDBusArgument>());
    return value.value<T>();
}

QString problemText(const QString &label, const QString &errorName)
{
    const QString name =
        label.isEmpty() ? QCoreApplication::translate("UsbMounter", "without name") : label;
    if (errorName.endsWith(u".NotAuthorized") || errorName.endsWith(u".NotAuthorizedCanObtain"))
        return QCoreApplication::translate(
                   "UsbMounter",
                   "The USB stick “%1” may not be opened on this kiosk. The administrator "
                   "can allow it.")
            .arg(name);
    return QCoreApplication::translate("UsbMounter",
                                       "The USB stick “%1” cannot be read here. Copy the pictures "
                                       "onto a stick formatted on a Windows computer (FAT32).")
        .arg(name);
}

} // namespace

UsbMounter::UsbMounter(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    if (!m_bus.isConnected()) {
        qCInfo(lcApp) << "No system bus: USB sticks are not mounted by the kiosk";
        return;
    }
    m_bus.connect(service, managerPath, objectManager, u"InterfacesAdded"_s, this,
                  SLOT(onInterfacesAdded(QDBusMessage)));
    m_bus.connect(service, managerPath, objectManager, u"InterfacesRemoved"_s, this,
                  SLOT(onInterfacesRemoved(QDBusMessage)));
    readAll();
}

void UsbMounter::readAll()
{
    // Also starts udisks2 when it is D-Bus activated and not running yet. A stick plugged in
    // before the kiosk started is mounted now.
    const QDBusMessage call =
        QDBusMessage::createMethodCall(service, managerPath, objectManager, u"GetManagedObjects"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            qCInfo(lcApp).noquote() << "udisks2 is not there, USB sticks are not mounted by the "
                                       "kiosk:"
                                    << reply.errorMessage();
            return;
        }
        const auto objects = fromArgument<ManagedObjects>(reply.arguments().constFirst());
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            if (it->contains(filesystemInterface) && it->contains(blockInterface))
                consider(it.key().path(), it->value(blockInterface));
        }
    });
}

void UsbMounter::onInterfacesAdded(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() < 2)
        return;
    const QString path = fromArgument<QDBusObjectPath>(arguments.at(0)).path();
    const auto interfaces = fromArgument<Interfaces>(arguments.at(1));
    // A stick's partition gets its Filesystem interface once udisks2 has probed it; the Block
    // interface may have come in an earlier signal.
    if (!interfaces.contains(filesystemInterface))
        return;
    if (interfaces.contains(blockInterface))
        consider(path, interfaces.value(blockInterface));
    else
        fetchBlock(path);
}

void UsbMounter::onInterfacesRemoved(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.isEmpty())
        return;
    // Pulled out: plugged in again, it is mounted again.
    m_asked.remove(fromArgument<QDBusObjectPath>(arguments.at(0)).path());
}

void UsbMounter::fetchBlock(const QString &path)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, propertiesInterface, u"GetAll"_s);
    call << blockInterface;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, path](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
                    consider(path, fromArgument<QVariantMap>(reply.arguments().constFirst()));
            });
}

void UsbMounter::consider(const QString &path, const QVariantMap &block)
{
    // udisks2's own judgement (udev rules, fstab): HintAuto for removable media a desktop would
    // mount, HintSystem for the machine's own disks, HintIgnore for what no one should see.
    if (!block.value(u"HintAuto"_s).toBool() || block.value(u"HintSystem"_s).toBool() ||
        block.value(u"HintIgnore"_s).toBool() ||
        block.value(u"IdUsage"_s).toString() != u"filesystem")
        return;
    if (m_asked.contains(path))
        return;
    m_asked.insert(path);
    mount(path, block.value(u"IdLabel"_s).toString());
}

void UsbMounter::mount(const QString &path, const QString &label)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, filesystemInterface, u"Mount"_s);
    // No password dialog could be answered here: polkit either allows it or refuses.
    call << QVariantMap{{u"options"_s, QString::fromLatin1(mountOptions)},
                        {u"auth.no_user_interaction"_s, true}};
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, path, label](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<QString> reply = *w;
                if (!reply.isError()) {
                    qCInfo(lcApp).noquote()
                        << "USB stick" << path << "mounted at" << reply.value();
                    Q_EMIT mounted(reply.value());
                    return;
                }
                const QString error = reply.error().name();
                if (error.endsWith(u".AlreadyMounted"))
                    return; // someone else was quicker; UsbSticks sees it all the same
                qCWarning(lcApp).noquote()
                    << "USB stick" << path << "not mounted:" << error << reply.error().message();
                Q_EMIT mountFailed(problemText(label, error));
            });
}

} // namespace Dorfplatz
