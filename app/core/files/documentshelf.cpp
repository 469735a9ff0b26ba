#include "documentshelf.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
const QString pdfSuffix = u".pdf"_s;
constexpr int maxTitleLength = 120;
} // namespace

DocumentShelf::DocumentShelf(QString folder, int keep)
    : m_folder(std::move(folder))
    , m_keep(keep)
{}

QString DocumentShelf::fileNameFor(const QString &title)
{
    QString name;
    name.reserve(title.size());
    for (const QChar c : title) {
        // FAT32 refuses these and control characters; a leading dot would hide the file.
        if (c.unicode() < 0x20 || u"\"*/:<>?\\|"_s.contains(c))
            name.append(u'-');
        else
            name.append(c);
    }
    name = name.simplified();
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    name.truncate(maxTitleLength);
    name = name.trimmed();
    while (name.endsWith(u'.'))
        name.chop(1); // Windows drops a trailing dot
    return name.isEmpty() ? u"Dokument"_s : name;
}

QString DocumentShelf::newPath(const QString &title) const
{
    const QString base = fileNameFor(title);
    const QDir dir(m_folder);
    QString path = dir.filePath(base + pdfSuffix);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = dir.filePath(u"%1 (%2)"_s.arg(base).arg(n) + pdfSuffix);
    return path;
}

QList<DocumentShelf::Document> DocumentShelf::documents() const
{
    QList<Document> found;
    const QFileInfoList entries =
        QDir(m_folder).entryInfoList({u"*.pdf"_s}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries)
        found.append({entry.absoluteFilePath(), entry.completeBaseName(), entry.lastModified()});
    std::sort(found.begin(), found.end(), [](const Document &a, const Document &b) {
        if (a.made != b.made)
            return a.made > b.made;
        return a.path < b.path;
    });
    return found;
}

QString DocumentShelf::companionIcs(const QString &pdfPath)
{
    QString path = pdfPath;
    if (path.endsWith(pdfSuffix, Qt::CaseInsensitive))
        path.chop(pdfSuffix.size());
    return path + u".ics"_s;
}

void DocumentShelf::prune() const
{
    const QList<Document> all = documents();
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        QFile::remove(all.at(i).path);
        QFile::remove(companionIcs(all.at(i).path));
    }
}

} // namespace Dorfplatz
