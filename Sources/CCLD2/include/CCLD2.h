#ifndef PRECIS_CCLD2_H
#define PRECIS_CCLD2_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What Compact Language Detector 2 (Debian's libcld2) makes of a text.
typedef struct {
    /// ISO 639-1 code where there is one ("en", "es"), else CLD2's ("zh-Hant", "un" when unknown).
    const char *code;
    /// CLD2's name of the language in English capitals ("ENGLISH", "Unknown").
    const char *name;
    /// The share of the text's letters in that language, 0–100.
    int percent;
    /// Nonzero when CLD2 calls its answer reliable (enough text, a clear margin).
    int reliable;
} precis_language_guess;

/// The language of `length` bytes of UTF-8 plain text, by CLD2; thread-safe (CLD2 keeps no
/// mutable state between calls).
precis_language_guess precis_detect_language(const char *utf8, size_t length);

#ifdef __cplusplus
}
#endif

#endif
