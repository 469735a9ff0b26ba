#pragma once

#include "kioskconfig.h"

#include <QDateTime>
#include <QString>

namespace Dorfplatz {

// A copy of the last configuration that loaded without problems, kept in the data directory, so
// the kiosk keeps working when a guide saves a broken file. The copy holds the JSON files and the
// pictures they use, and is replaced as a whole: a power cut leaves either the old or the new copy.
class LastGoodConfig
{
public:
    explicit LastGoodConfig(const QString &dataDir);

    QString directory() const { return m_directory; }
    bool exists() const;
    QDateTime storedAt() const;

    // Stores `config` (read from config.directory). Leaves the copy alone when it is the same
    // already. Returns false, with the reason in *error, when the copy cannot be written.
    bool store(const KioskConfig &config, QString *error);

private:
    bool isSameAs(const KioskConfig &config) const;
    void recoverInterruptedSwap() const;

    QString m_directory;
};

} // namespace Dorfplatz
