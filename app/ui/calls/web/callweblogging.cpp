#include "callweblogging.h"

namespace Dorfplatz {

// Info and above unless "dorfplatz.calls.web.debug=true": the debug lines carry what rooms say
// (their console), which may hold names.
Q_LOGGING_CATEGORY(lcCallWeb, "dorfplatz.calls.web", QtInfoMsg)

} // namespace Dorfplatz
