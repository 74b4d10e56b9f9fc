// (being written)
#include "check/dates.h"
