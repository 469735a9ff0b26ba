#pragma once

#include <QString>
#include <QStringList>

namespace Dorfplatz {

// Outlook and Exchange write Windows time zone names ("W. Europe Standard Time") as TZID, often
// without a VTIMEZONE. This maps them to the IANA zone the Unicode CLDR names for each (its
// "001" territory), so QTimeZone can read them: through Qt's copy of CLDR's table, plus the few
// names Qt 6.4 lacks.
namespace WindowsZones {

// The IANA id for a Windows zone name, compared without regard to case; empty when unknown.
QString ianaFor(const QString &windowsName);

// All names known here, for tests: Qt's (those the system's zones lead to) and the few kept here.
QStringList windowsNames();

} // namespace WindowsZones

} // namespace Dorfplatz
