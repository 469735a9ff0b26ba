#pragma once

namespace Dorfplatz {

// Everything main() does: read the command line, create the right kind of application object,
// and run the kiosk, the configuration check, the self-test or the screenshot tour.
int runApplication(int argc, char **argv);

} // namespace Dorfplatz
