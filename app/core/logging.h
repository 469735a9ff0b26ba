#pragma once

#include <QLoggingCategory>

namespace Dorfplatz {

// One category per subsystem. Debug messages are off by default (an installed kiosk logs info,
// warnings and errors into the journal); configureLogging(true) (--debug, DORFPLATZ_DEBUG=1)
// turns them on for every dorfplatz category, and QT_LOGGING_RULES, e.g.
// "dorfplatz.config.debug=true", still decides last.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcCalls)
// Start-up marks for the benchmark; silent unless "dorfplatz.perf.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcPerf)

// The programs call this once at start: "dorfplatz.*.debug=false" (or true with `debug`) for
// every dorfplatz category, also those defined outside core (dorfplatz.calls.web). Rules from
// QT_LOGGING_RULES come after it and win.
void configureLogging(bool debug);
// Whether DORFPLATZ_DEBUG asks for debug messages ("1", "true", "yes", "on").
bool debugRequestedByEnvironment();

} // namespace Dorfplatz
