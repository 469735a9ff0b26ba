#pragma once

namespace Dorfplatz::Bench {

// For benchmarks with calls, as for the tests: Chromium's sandbox off when run as root (it
// refuses root otherwise) and the fake camera and microphone. Before the application exists.
void prepareCallEnvironment();

} // namespace Dorfplatz::Bench
