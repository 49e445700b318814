// The header's function is static inline; this file only makes CPrefetch a C target.
#include "CPrefetch.h"
