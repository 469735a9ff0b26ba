#pragma once

#include <QLoggingCategory>

namespace Dorfplatz {

// One category per subsystem; enable with QT_LOGGING_RULES, e.g. "dorfplatz.config.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcCalls)
// Start-up marks for the benchmark; silent unless "dorfplatz.perf.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcPerf)

} // namespace Dorfplatz
