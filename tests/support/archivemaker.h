#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <archive_entry.h>

namespace Dorfplatz::Test {

// One entry of an archive a test makes: a file with `data`, or what `type` says (AE_IFLNK,
// AE_IFCHR, AE_IFIFO, AE_IFDIR).
struct ArchiveItem
{
    ArchiveItem() = default;
    ArchiveItem(QString itemName, QByteArray itemData = {}, unsigned itemType = AE_IFREG,
                QString itemLink = {}, qint64 itemClaimedSize = -1)
        : name(std::move(itemName))
        , data(std::move(itemData))
        , type(itemType)
        , link(std::move(itemLink))
        , claimedSize(itemClaimedSize)
    {}

    QString name;
    QByteArray data;
    unsigned type = AE_IFREG;
    QString link;            // a symlink's target, or the file a hard link names
    qint64 claimedSize = -1; // a sparse file of this size holding `data` at its end
};

// Writes a tar.gz of `items` as libarchive would for anyone, hostile entries included: what an
// importer must refuse. False when libarchive could not write it.
bool makeArchive(const QString &path, const QList<ArchiveItem> &items);

} // namespace Dorfplatz::Test
