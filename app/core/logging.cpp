#include "logging.h"

namespace Dorfplatz {

Q_LOGGING_CATEGORY(lcApp, "dorfplatz.app")
Q_LOGGING_CATEGORY(lcConfig, "dorfplatz.config")
Q_LOGGING_CATEGORY(lcDb, "dorfplatz.db")
Q_LOGGING_CATEGORY(lcUi, "dorfplatz.ui")
Q_LOGGING_CATEGORY(lcMedia, "dorfplatz.media")
Q_LOGGING_CATEGORY(lcEvents, "dorfplatz.events")
Q_LOGGING_CATEGORY(lcCalls, "dorfplatz.calls")
Q_LOGGING_CATEGORY(lcPerf, "dorfplatz.perf", QtWarningMsg)

} // namespace Dorfplatz
