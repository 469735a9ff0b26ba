#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVariantMap>

class QDBusMessage;

namespace Dorfplatz {

// Mounts a USB stick as soon as it is plugged in, through udisks2 on the system bus, so
// that it appears under /media/<user>/<label> where UsbSticks looks. The locked kiosk session has
// no desktop, and so no automounter of its own; the package's polkit rule lets the kiosk user
// mount removable file systems without a password (packaging/debian/polkit-dorfplatz.rules).
//
// Only what udisks2 itself calls removable and fit for automounting is mounted (HintAuto set,
// HintSystem and HintIgnore not), always with "noexec" (udisks2 adds nosuid and nodev): nothing on
// a stick is ever run. It stays writable, because guides save a backup onto it and staff save
// invitations and plans there; the picture chooser only reads. udisks2 unmounts a stick that is
// pulled. Without udisks2 (or a system bus) it does nothing.
class UsbMounter : public QObject
{
    Q_OBJECT

public:
    // The options every mount gets; udisks2 adds nosuid and nodev itself.
    static constexpr auto mountOptions = "noexec";

    // `bus`: the connection udisks2 is reachable on, the system bus on a kiosk.
    explicit UsbMounter(QDBusConnection bus, QObject *parent = nullptr);

Q_SIGNALS:
    void mounted(const QString &mountPoint);
    // A stick was plugged in but could not be mounted (an unknown file system, refused by
    // polkit); `problem` is plain German for the guide.
    void mountFailed(const QString &problem);

private Q_SLOTS:
    void onInterfacesAdded(const QDBusMessage &message);
    void onInterfacesRemoved(const QDBusMessage &message);

private:
    void readAll();
    void fetchBlock(const QString &path);
    void consider(const QString &path, const QVariantMap &block);
    void mount(const QString &path, const QString &label);

    QDBusConnection m_bus;
    // Block devices asked to mount, so that each is asked once per plugging in.
    QSet<QString> m_asked;
};

} // namespace Dorfplatz
