#pragma once

#include "kioskconfig.h"

#include <QCoreApplication>
#include <QString>

namespace Dorfplatz {

// A whole configuration as one file, to carry a setup on a USB stick to another home of the
// district: a gzip'd tar of the configuration's own files (ConfigLoader::filesOf: its JSON,
// pictures and local calendars; local media stay where they are), written and read with
// libarchive, the only code that uses it.
//
// Reading trusts nothing in the file: only ordinary files and folders with relative paths inside
// the target are unpacked; an absolute path, "..", a link, a device or FIFO, an entry larger than
// maxEntryBytes, more than maxEntries entries or more than maxTotalBytes in all refuse the whole
// archive, and what was unpacked is removed. The sizes are counted as the data comes, not taken
// from the headers.
class ConfigArchive
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::ConfigArchive)

public:
    static constexpr qint64 maxEntryBytes = 16 * 1024 * 1024;
    static constexpr qint64 maxTotalBytes = 128 * 1024 * 1024;
    static constexpr int maxEntries = 1000;

    // Writes `config`'s files into `file` (whole, or not at all). *error in plain words.
    static bool write(const KioskConfig &config, const QString &file, QString *error);
    // Unpacks `file` into `target`, which must not exist yet. *error in plain words.
    static bool unpack(const QString &file, const QString &target, QString *error);
};

} // namespace Dorfplatz
