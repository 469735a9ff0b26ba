#include "callweblogging.h"

namespace Dorfplatz {

Q_LOGGING_CATEGORY(lcCallWeb, "dorfplatz.calls.web")

} // namespace Dorfplatz
