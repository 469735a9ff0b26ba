#include "mallocarenas.h"

#include <cstdlib>
#include <malloc.h>

namespace Dorfplatz {

void limitMallocArenas()
{
    // MALLOC_ARENA_MAX in the environment still decides (for measuring the difference).
    if (!std::getenv("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 2);
}

} // namespace Dorfplatz
