#pragma once

#include "configloader.h"
#include "kioskconfig.h"

#include <QDateTime>
#include <QString>

namespace Dorfplatz {

// A copy of the last configuration that loaded without problems, kept in the data directory, so
// the kiosk keeps working when a guide saves a broken file. The copy holds the JSON files, the
// pictures they use and local calendar files, and is replaced as a whole: a power cut leaves either
// the old or the new copy. Files are compared and copied in pieces, never read whole.
//
// Local media (sound and video files) are not copied but referenced: the copy's stream paths are
// resolved against the folder it was copied from (load()). A video can have gigabytes; copying it
// would double its space on the kiosk's disk and comparing it read it at every start, and guides
// replace media files, they do not edit them into something broken. The copy guards against
// broken JSON and pictures; a media file that is gone is reported like any missing file.
class LastGoodConfig
{
public:
    explicit LastGoodConfig(const QString &dataDir);

    QString directory() const { return m_directory; }
    bool exists() const;
    QDateTime storedAt() const;
    // Where the copy's local media are: the folder the configuration had them from (absolute;
    // empty without a copy).
    QString sourceDirectory() const;
    // Reads the copy, its media from sourceDirectory().
    ConfigLoadResult load() const;

    // Stores `config` (read from config.directory). Leaves the copy alone when it is the same
    // already. Returns false, with the reason in *error, when the copy cannot be written.
    bool store(const KioskConfig &config, QString *error);

private:
    bool isSameAs(const KioskConfig &config) const;
    void recoverInterruptedSwap() const;

    QString m_directory;
};

} // namespace Dorfplatz
