#include "filesnapshot.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

namespace {

bool isBelow(const QString &path, const QStringList &folders)
{
    return std::any_of(folders.cbegin(), folders.cend(), [&](const QString &folder) {
        return path == folder || path.startsWith(folder + u'/');
    });
}

} // namespace

FileSnapshot FileSnapshot::take(const QStringList &roots, const QStringList &ignored)
{
    FileSnapshot snapshot;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories); // links are listed, not followed
        while (it.hasNext()) {
            const QString path = it.next();
            if (isBelow(path, ignored))
                continue;
            const QFileInfo info = it.fileInfo();
            const QString kind = info.isSymLink() ? u"link"_s
                                 : info.isDir()   ? u"folder"_s
                                                  : u"file"_s;
            // A folder's time changes with what is in it, which is listed itself.
            const QString modified =
                info.isDir() ? QString() : QString::number(info.lastModified().toMSecsSinceEpoch());
            snapshot.m_entries.insert(path, kind + u' ' +
                                                QString::number(info.isDir() ? 0 : info.size()) +
                                                u' ' + modified);
        }
    }
    return snapshot;
}

QStringList FileSnapshot::changesSince(const FileSnapshot &before) const
{
    QStringList changes;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const auto old = before.m_entries.constFind(it.key());
        if (old == before.m_entries.cend())
            changes.append(u"new "_s + it.key());
        else if (old.value() != it.value())
            changes.append(u"changed "_s + it.key());
    }
    for (auto it = before.m_entries.cbegin(); it != before.m_entries.cend(); ++it) {
        if (!m_entries.contains(it.key()))
            changes.append(u"gone "_s + it.key());
    }
    return changes;
}

} // namespace Dorfplatz::Test
