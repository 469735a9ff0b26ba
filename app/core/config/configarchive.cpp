#include "configarchive.h"

#include "configloader.h"
#include "core/files/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 chunkBytes = 256 * 1024;

struct ReadCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriteCloser
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
using ReadArchive = std::unique_ptr<archive, ReadCloser>;
using WriteArchive = std::unique_ptr<archive, WriteCloser>;
using Entry = std::unique_ptr<archive_entry, EntryFree>;

QString reason(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QString();
}

// The entry's path inside the target, or empty when it would lie outside it.
QString placeOf(const QString &target, QString name)
{
    while (name.startsWith(u"./"_s))
        name.remove(0, 2);
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(QChar(0)))
        return {};
    const QStringList parts = name.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(u".."_s))
        return {};
    const QString place = QDir::cleanPath(target + u'/' + name);
    return place.startsWith(target + u'/') ? place : QString();
}

} // namespace

bool ConfigArchive::write(const KioskConfig &config, const QString &file, QString *error)
{
    const QString partial = file + u".partial"_s;
    const auto fail = [&](const QString &why) {
        QFile::remove(partial);
        *error = tr("The archive %1 could not be written (%2).").arg(file, why);
        return false;
    };
    WriteArchive out(archive_write_new());
    archive_write_add_filter_gzip(out.get());
    archive_write_set_format_pax_restricted(out.get());
    if (archive_write_open_filename(out.get(), QFile::encodeName(partial).constData()) !=
        ARCHIVE_OK)
        return fail(reason(out.get()));
    const QDir source(config.directory);
    for (const QString &name : ConfigLoader::filesOf(config)) {
        QFile in;
        const RegularFile::Info info = RegularFile::open(in, source.filePath(name), maxEntryBytes);
        if (info.status != RegularFile::Status::Ok)
            return fail(name);
        Entry entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), info.size);
        archive_entry_set_mtime(entry.get(), QFileInfo(in).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(out.get(), entry.get()) != ARCHIVE_OK)
            return fail(reason(out.get()));
        for (QByteArray chunk = in.read(chunkBytes); !chunk.isEmpty();
             chunk = in.read(chunkBytes)) {
            if (archive_write_data(out.get(), chunk.constData(), size_t(chunk.size())) < 0)
                return fail(reason(out.get()));
        }
    }
    if (archive_write_close(out.get()) != ARCHIVE_OK)
        return fail(reason(out.get()));
    out.reset();
    // On the stick before it is named: a stick pulled out early leaves no half archive.
    QFile written(partial);
    if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0)
        return fail(written.errorString());
    written.close();
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(file).constData()) !=
        0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    return true;
}

bool ConfigArchive::unpack(const QString &file, const QString &target, QString *error)
{
    const QString root = QDir::cleanPath(QDir(target).absolutePath());
    if (QFileInfo::exists(root)) {
        *error = tr("The folder %1 exists already.").arg(root);
        return false;
    }
    const auto refuse = [&](const QString &why) {
        QDir(root).removeRecursively();
        *error = why + u' ' + tr("Nothing was imported.");
        return false;
    };
    ReadArchive in(archive_read_new());
    archive_read_support_filter_gzip(in.get());
    archive_read_support_format_tar(in.get());
    if (archive_read_open_filename(in.get(), QFile::encodeName(file).constData(), 64 * 1024) !=
        ARCHIVE_OK)
        return refuse(tr("%1 cannot be read as an archive (%2).").arg(file, reason(in.get())));
    if (!QDir().mkpath(root))
        return refuse(tr("The folder %1 cannot be made.").arg(root));

    qint64 total = 0;
    int entries = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(in.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK)
            return refuse(tr("%1 is damaged (%2).").arg(file, reason(in.get())));
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry)
                                                   ? archive_entry_pathname_utf8(entry)
                                                   : archive_entry_pathname(entry));
        if (++entries > maxEntries)
            return refuse(tr("The archive holds more than %1 files.").arg(maxEntries));
        const QString place = placeOf(root, name);
        if (place.isEmpty()) {
            return refuse(
                tr("The archive holds \"%1\", which would lie outside the configuration folder.")
                    .arg(name));
        }
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFLNK || archive_entry_hardlink(entry))
            return refuse(tr("The archive holds a link (\"%1\").").arg(name));
        if (type == AE_IFDIR) {
            if (!QDir().mkpath(place))
                return refuse(tr("The folder %1 cannot be made.").arg(place));
            continue;
        }
        if (type != AE_IFREG)
            return refuse(tr("The archive holds \"%1\", which is not an ordinary file.").arg(name));
        const auto tooLarge = [&] {
            return refuse(tr("\"%1\" in the archive is larger than %2 MB.")
                              .arg(name)
                              .arg(maxEntryBytes / (1024 * 1024)));
        };
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > maxEntryBytes)
            return tooLarge();
        if (!QDir().mkpath(QFileInfo(place).absolutePath()))
            return refuse(tr("The folder %1 cannot be made.").arg(place));
        QFile out(place);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return refuse(tr("%1 cannot be written (%2).").arg(place, out.errorString()));
        qint64 size = 0;
        QByteArray buffer(chunkBytes, Qt::Uninitialized);
        for (;;) {
            const la_ssize_t got =
                archive_read_data(in.get(), buffer.data(), size_t(buffer.size()));
            if (got < 0)
                return refuse(tr("%1 is damaged (%2).").arg(file, reason(in.get())));
            if (got == 0)
                break;
            size += got;
            total += got;
            if (size > maxEntryBytes)
                return tooLarge();
            if (total > maxTotalBytes) {
                return refuse(tr("The archive is larger than %1 MB unpacked.")
                                  .arg(maxTotalBytes / (1024 * 1024)));
            }
            if (out.write(buffer.constData(), got) != got)
                return refuse(tr("%1 cannot be written (%2).").arg(place, out.errorString()));
        }
        if (!out.flush() || ::fsync(out.handle()) != 0)
            return refuse(tr("%1 cannot be written (%2).").arg(place, out.errorString()));
    }
    return true;
}

} // namespace Dorfplatz
