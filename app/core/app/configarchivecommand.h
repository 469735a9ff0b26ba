#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Dorfplatz {

// The administrators' side of carrying a configuration between homes: --export-config writes
// the configuration the kiosk uses (the guides' current version, else the installed one) into
// one archive; --import-config unpacks one into the data folder, checks it with the start-up
// loader, says what would change, and publishes it as the guides' newest version (audited as
// "import"). A refused archive or configuration changes nothing.
class ConfigArchiveCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::ConfigArchiveCommand)

public:
    static int exportTo(const QString &configDir, const QString &dataDir, const QString &file,
                        QTextStream &out);
    static int importFrom(const QString &configDir, const QString &dataDir, const QString &file,
                          QTextStream &out);
};

} // namespace Dorfplatz
