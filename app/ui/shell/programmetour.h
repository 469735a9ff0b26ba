#pragma once

#include "screentour.h"

namespace Dorfplatz {

// The screenshot tour's steps for the programme and staff mode: every staff screen and its pages,
// the session's countdown and announcement, the banner on the home screen. Staff screens are
// shown directly, as after a right PIN; the tour's own (empty) data folder gets a sample week
// first, so the screens have something to show. Added only with a configuration.
void addProgrammeSteps(std::vector<TourStep> &steps, KioskShell &shell);

} // namespace Dorfplatz
