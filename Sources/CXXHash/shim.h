// xxHash (Debian: libxxhash-dev; its runtime, libxxhash0, is already on every Debian 12 system,
// apt itself depends on it). Used for the run manifest's input hash.
#ifndef PRECIS_CXXHASH_SHIM_H
#define PRECIS_CXXHASH_SHIM_H
#include <xxhash.h>
#endif
