#pragma once

#include <QLoggingCategory>

namespace Dorfplatz {

// The call browser: what it was asked, what it refused and why ("dorfplatz.calls.web").
// Debug only when asked for (QT_LOGGING_RULES="dorfplatz.calls.web.debug=true").
// Kept here rather than in core/logging.h because only this folder writes to it.
Q_DECLARE_LOGGING_CATEGORY(lcCallWeb)

} // namespace Dorfplatz
