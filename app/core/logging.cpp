#include "logging.h"

#include <QString>

namespace Dorfplatz {

Q_LOGGING_CATEGORY(lcApp, "dorfplatz.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "dorfplatz.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "dorfplatz.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "dorfplatz.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "dorfplatz.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "dorfplatz.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCalls, "dorfplatz.calls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPerf, "dorfplatz.perf", QtWarningMsg)

void configureLogging(bool debug)
{
    // API rules rank below QT_LOGGING_RULES and the configuration files, so an admin's rules
    // still decide.
    QLoggingCategory::setFilterRules(debug ? QStringLiteral("dorfplatz.*.debug=true")
                                           : QStringLiteral("dorfplatz.*.debug=false"));
}

bool debugRequestedByEnvironment()
{
    const QString value = qEnvironmentVariable("DORFPLATZ_DEBUG").trimmed().toLower();
    return value == QLatin1String("1") || value == QLatin1String("true") ||
           value == QLatin1String("yes") || value == QLatin1String("on");
}

} // namespace Dorfplatz
