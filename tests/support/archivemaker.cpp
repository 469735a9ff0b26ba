#include "archivemaker.h"

#include <QFile>

#include <archive.h>
#include <sys/sysmacros.h>

namespace Dorfplatz::Test {

bool makeArchive(const QString &path, const QList<ArchiveItem> &items)
{
    archive *out = archive_write_new();
    archive_write_add_filter_gzip(out);
    archive_write_set_format_pax(out);
    bool ok = archive_write_open_filename(out, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const ArchiveItem &item : items) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.name.toUtf8().constData());
        archive_entry_set_filetype(entry, item.type);
        archive_entry_set_perm(entry, 0644);
        if (item.type == AE_IFLNK)
            archive_entry_set_symlink(entry, item.link.toUtf8().constData());
        else if (!item.link.isEmpty())
            archive_entry_set_hardlink(entry, item.link.toUtf8().constData());
        if (item.type == AE_IFCHR)
            archive_entry_set_rdev(entry, makedev(1, 3)); // /dev/null
        const qint64 size = item.type == AE_IFREG && item.link.isEmpty() ? item.data.size() : 0;
        if (item.claimedSize > 0) {
            // 2 GB on paper, a few bytes in the file: a sparse entry with one short piece.
            archive_entry_set_size(entry, item.claimedSize);
            archive_entry_sparse_add_entry(entry, item.claimedSize - item.data.size(),
                                           item.data.size());
        } else {
            archive_entry_set_size(entry, size);
        }
        ok = ok && archive_write_header(out, entry) == ARCHIVE_OK;
        if (size > 0 || item.claimedSize > 0)
            ok =
                ok && archive_write_data(out, item.data.constData(), size_t(item.data.size())) >= 0;
        archive_entry_free(entry);
    }
    ok = ok && archive_write_close(out) == ARCHIVE_OK;
    archive_write_free(out);
    return ok;
}

} // namespace Dorfplatz::Test
