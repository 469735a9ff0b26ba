#include "usbsticks.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Entries looked at on one stick at most, pictures or not: a stick with a backup of a whole
// computer must not keep the picture chooser busy for minutes.
constexpr int maxEntries = 20000;

QString userName()
{
    // The account the kiosk runs as decides where udisks2 mounts; $USER can be stale (after su)
    // and is only the fallback for a uid without a passwd entry (a container).
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

// The folder to watch for `root`: the root itself, or while it does not exist yet the nearest
// folder above it, so its creation (udisks2 makes /media/<user> at the first stick) is noticed.
QString watchedFolder(const QString &root)
{
    QString path = root;
    while (!QFileInfo(path).isDir()) {
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            return {};
        path = parent;
    }
    return path;
}

bool isPictureName(const QString &name)
{
    static const QStringList suffixes{u".jpg"_s, u".jpeg"_s, u".png"_s, u".svg"_s};
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&name](const QString &suffix) {
        return name.endsWith(suffix, Qt::CaseInsensitive);
    });
}

} // namespace

QStringList UsbSticks::defaultRoots()
{
    // An administrator with another automounter, and the tests (a folder as the mount root).
    if (const QString roots = qEnvironmentVariable("DORFPLATZ_USB_ROOTS"); !roots.isEmpty())
        return roots.split(u':', Qt::SkipEmptyParts);
    const QString user = userName();
    if (user.isEmpty())
        return {};
    return {u"/media/"_s + user, u"/run/media/"_s + user};
}

UsbSticks::UsbSticks(const QStringList &mountRoots, QObject *parent)
    : QObject(parent)
{
    for (const QString &root : mountRoots) {
        const QString path = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
        if (!m_roots.contains(path))
            m_roots.append(path);
    }
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &UsbSticks::refresh);
    refresh();
}

void UsbSticks::watch()
{
    QStringList wanted;
    for (const QString &root : std::as_const(m_roots)) {
        const QString folder = watchedFolder(root);
        if (!folder.isEmpty() && !wanted.contains(folder))
            wanted.append(folder);
    }
    QStringList gone;
    for (const QString &path : m_watcher.directories()) {
        if (!wanted.contains(path))
            gone.append(path);
    }
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    const QStringList watched = m_watcher.directories();
    QStringList added;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

// Called after watch(): whatever changed between the event and the new watches is seen here.
void UsbSticks::rescan()
{
    QList<Stick> found;
    for (const QString &root : std::as_const(m_roots)) {
        // No links: udisks2 makes real folders; a link could lead anywhere on the machine.
        const QFileInfoList entries =
            QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo &entry : entries) {
            const QString path = entry.absoluteFilePath();
            if (::access(QFile::encodeName(path).constData(), R_OK | X_OK) == 0)
                found.append({path, entry.fileName()});
        }
    }
    std::sort(found.begin(), found.end(), [](const Stick &a, const Stick &b) {
        if (const int order = a.name.compare(b.name, Qt::CaseInsensitive); order != 0)
            return order < 0;
        return a.path < b.path;
    });
    if (found == m_sticks)
        return;
    if (found.size() > m_sticks.size())
        m_problem.clear(); // a stick came after all, or another one did
    m_sticks = found;
    Q_EMIT sticksChanged();
}

void UsbSticks::refresh()
{
    watch();
    rescan();
}

void UsbSticks::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT sticksChanged();
}

QStringList UsbSticks::pictures(const QString &stickPath, int maxFiles, int maxDepth)
{
    struct Picture
    {
        QString path;
        qint64 modified = 0;
    };
    QList<Picture> found;
    // Breadth first: the pictures near the top of the stick are found before the limits apply.
    QList<std::pair<QString, int>> folders{{stickPath, 0}};
    int entries = 0;
    for (qsizetype next = 0; next < folders.size(); ++next) {
        const auto [folder, depth] = folders.at(next);
        // Without QDir::Hidden and QDir::System: no hidden entries, no FIFOs or devices.
        QDirIterator it(folder, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        while (it.hasNext()) {
            if (found.size() >= maxFiles || ++entries > maxEntries)
                break;
            it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir()) {
                if (depth < maxDepth)
                    folders.append({info.absoluteFilePath(), depth + 1});
            } else if (isPictureName(info.fileName())) {
                found.append({info.absoluteFilePath(), info.lastModified().toMSecsSinceEpoch()});
            }
        }
        if (found.size() >= maxFiles || entries > maxEntries)
            break;
    }
    std::sort(found.begin(), found.end(), [](const Picture &a, const Picture &b) {
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.path < b.path;
    });
    QStringList paths;
    paths.reserve(found.size());
    for (const Picture &picture : std::as_const(found))
        paths.append(picture.path);
    return paths;
}

} // namespace Dorfplatz
