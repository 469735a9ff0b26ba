#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Dorfplatz {

// Whether Chromium, inside Qt WebEngine (video calls), will run without its sandbox. That is
// needed as root (development, tests) and wrong on a kiosk PC, which runs Dorfplatz as an
// unprivileged user: there a switched-off sandbox is a mistake staff should see.
struct ChromiumSandbox
{
    // What switches it off ("QTWEBENGINE_DISABLE_SANDBOX=1", "--no-sandbox in
    // QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox on the command line"), or empty when nothing
    // does. `disableSandbox` and `chromiumFlags` are those two environment variables.
    // (`disableSandbox` empty when it is not set).
    static QString offReason(const std::optional<QString> &disableSandbox,
                             const QString &chromiumFlags, const QStringList &arguments);
    // The same for this process's environment.
    static QString offReason(const QStringList &arguments);
};

} // namespace Dorfplatz
