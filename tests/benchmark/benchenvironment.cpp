#include "benchenvironment.h"

#include <QByteArray>
#include <QtGlobal>

#include <unistd.h>

namespace Dorfplatz::Bench {

void prepareCallEnvironment()
{
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("use-fake-device-for-media-stream")) {
        flags.append(" --use-fake-device-for-media-stream");
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
    }
}

} // namespace Dorfplatz::Bench
