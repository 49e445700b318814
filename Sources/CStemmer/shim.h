// Snowball's libstemmer (Debian: libstemmer-dev). Its names are not versioned, so no wrappers.
#ifndef PRECIS_CSTEMMER_SHIM_H
#define PRECIS_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
