#ifndef PRECIS_CPREFETCH_H
#define PRECIS_CPREFETCH_H

/// Asks the CPU to bring the cache line at `address` in, without waiting for it: the
/// summarizer's token table looks up forms a few tokens ahead so that its cache misses overlap.
/// Swift has no prefetch of its own; a load would stall where this does not.
static inline void cprefetch_read(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
