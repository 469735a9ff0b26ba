#include "fixedclock.h"
