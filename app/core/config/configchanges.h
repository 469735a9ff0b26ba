#pragma once

#include "kioskconfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace Dorfplatz {

// What changed from one configuration to the next, in a guide's words, for the list of versions
// and the audit log: "Kachel „SWR4“ hinzugefügt", "Sender „Radio Kusel“ geändert",
// "Reihenfolge der Kacheln geändert", "Name des Hauses geändert". Things are matched by their
// ids; a local calendar file counts by its place in the folder, not by the folder itself, so the
// same calendar in the draft and in a published version is the same.
class ConfigChanges
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::ConfigChanges)

public:
    // One line per change, tiles first, then stations, contacts, calendars and the settings.
    static QStringList list(const KioskConfig &before, const KioskConfig &after);
    // The first change, and how many more: "Kachel „SWR4“ hinzugefügt und 2 weitere Änderungen";
    // "Keine Änderung" when there is none.
    static QString summary(const KioskConfig &before, const KioskConfig &after);
};

} // namespace Dorfplatz
