// CLD2's C++ interface behind a C function, so that Swift calls it without C++ interop.
#include <cstdio>  // compact_lang_det.h names FILE without including it.
#include <climits>
#include <cld2/public/compact_lang_det.h>

#include "CCLD2.h"

extern "C" precis_language_guess precis_detect_language(const char *utf8, size_t length) {
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    bool reliable = false;
    // CLD2 takes an int length; the caller passes a bounded prefix, this only guards the cast.
    const int bounded = length > static_cast<size_t>(INT_MAX) ? INT_MAX : static_cast<int>(length);
    const CLD2::Language language = CLD2::DetectLanguageSummary(
        utf8, bounded, /*is_plain_text=*/true, top3, percent3, &textBytes, &reliable);
    precis_language_guess guess;
    guess.code = CLD2::LanguageCode(language);
    guess.name = CLD2::LanguageName(language);
    guess.percent = 0;
    for (int i = 0; i < 3; i++) {
        if (top3[i] == language) {
            guess.percent = percent3[i];
            break;
        }
    }
    guess.reliable = reliable ? 1 : 0;
    return guess;
}
