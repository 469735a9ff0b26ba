#pragma once

#include <QString>
#include <QStringList>

namespace Dorfplatz {

// Outlook and Exchange write Windows time zone names ("W. Europe Standard Time") as TZID, often
// without a VTIMEZONE. This maps them to the IANA zone the Unicode CLDR names for each (its
// "001" territory), so QTimeZone can read them.
namespace WindowsZones {

// The IANA id for a Windows zone name, compared without regard to case; empty when unknown.
QString ianaFor(const QString &windowsName);

// All names the table knows, for tests.
QStringList windowsNames();

} // namespace WindowsZones

} // namespace Dorfplatz
