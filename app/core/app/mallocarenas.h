#pragma once

namespace Dorfplatz {

// glibc gives every thread that allocates its own malloc arena (up to 8 per core), and keeps
// what an arena once held. libVLC starts and ends a dozen threads with every stream, WebEngine's
// browser side has its own: in the soak benchmark the kiosk's memory grew by about 25 MiB a
// minute that way, and stayed flat with two arenas. Call first in main(), before any thread.
void limitMallocArenas();

} // namespace Dorfplatz
