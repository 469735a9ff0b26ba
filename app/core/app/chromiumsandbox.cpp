#include "chromiumsandbox.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QString ChromiumSandbox::offReason(const std::optional<QString> &disableSandbox,
                                   const QString &chromiumFlags, const QStringList &arguments)
{
    QStringList reasons;
    // Qt WebEngine switches the sandbox off for any value but empty (qtwebengine's
    // web_engine_context.cpp reads it with qEnvironmentVariableIsSet).
    if (disableSandbox)
        reasons.append(u"QTWEBENGINE_DISABLE_SANDBOX=%1"_s.arg(*disableSandbox));
    const QStringList flags = chromiumFlags.split(u' ', Qt::SkipEmptyParts);
    if (flags.contains(u"--no-sandbox"_s))
        reasons.append(u"--no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS"_s);
    if (arguments.contains(u"--no-sandbox"_s))
        reasons.append(u"--no-sandbox on the command line"_s);
    return reasons.join(u", "_s);
}

QString ChromiumSandbox::offReason(const QStringList &arguments)
{
    std::optional<QString> disable;
    if (qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        disable = qEnvironmentVariable("QTWEBENGINE_DISABLE_SANDBOX");
    return offReason(disable, qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS"), arguments);
}

} // namespace Dorfplatz
