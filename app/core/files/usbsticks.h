#pragma once

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Dorfplatz {

// The USB sticks a guide can take pictures from: each folder inside a mount root is one stick
// (udisks2 mounts a stick at /media/<user>/<label> or /run/media/<user>/<label>). Watched with
// inotify (QFileSystemWatcher), so a stick shows within moments of being mounted and goes when it
// is unmounted; no timer. Nothing is ever written to a stick.
class UsbSticks : public QObject
{
    Q_OBJECT

public:
    struct Stick
    {
        QString path; // the mount point
        QString name; // its folder name, usually the stick's label

        bool operator==(const Stick &) const = default;
    };

    // Where udisks2 mounts sticks for the user the kiosk runs as; DORFPLATZ_USB_ROOTS (folders
    // joined with ':') names others.
    static QStringList defaultRoots();

    explicit UsbSticks(const QStringList &mountRoots = defaultRoots(), QObject *parent = nullptr);

    // The sticks now, sorted by name. Links and folders that cannot be read are left out.
    QList<Stick> sticks() const { return m_sticks; }

    // The picture files on a stick (.jpg, .jpeg, .png, .svg in any case), absolute paths, newest
    // first. Goes at most `maxDepth` folders deep, never into hidden folders or through links,
    // and stops after `maxFiles` pictures, so a stick full of files cannot hold the kiosk up.
    // Hidden files (a Mac's "._IMG_1.JPG") are left out too. Only reads.
    static QStringList pictures(const QString &stickPath, int maxFiles = 500, int maxDepth = 3);

    // Looks again now; for when a stick was mounted on a folder already seen, which inotify does
    // not report.
    void refresh();

    // Why the last stick plugged in does not show (UsbMounter could not mount it), in plain
    // German, or empty. Cleared when a stick appears.
    QString problem() const { return m_problem; }
    void setProblem(const QString &problem);

Q_SIGNALS:
    // The list of sticks() or the problem() changed.
    void sticksChanged();

private:
    void watch();
    void rescan();

    QStringList m_roots;
    QFileSystemWatcher m_watcher;
    QList<Stick> m_sticks;
    QString m_problem;
};

} // namespace Dorfplatz
