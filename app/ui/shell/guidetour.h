#pragma once

#include "screentour.h"

namespace Dorfplatz {

class KioskShell;

// The guides' screens for the screenshot tour and the self-test, each in its variants, on a
// draft and versions of their own in a temporary folder: the kiosk's own draft and versions
// are never touched.
void addGuideSteps(std::vector<TourStep> &steps, KioskShell &shell);

} // namespace Dorfplatz
