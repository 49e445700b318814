// Static-inline wrappers over the ICU C API.
//
// ICU renames every entry point with its major version through function-like macros
// (ubrk_open -> ubrk_open_72) that Swift cannot import. Inside these wrappers clang applies
// the renaming, so Swift sees stable names and the code rebuilds unchanged against another ICU.
#ifndef PRECIS_CICU_SHIM_H
#define PRECIS_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <unicode/uregex.h>

static inline const char *cicu_errorName(UErrorCode code) { return u_errorName(code); }

static inline void cicu_getVersion(uint8_t *out) { u_getVersion(out); }

// Conversion
static inline UChar *cicu_strFromUTF8(UChar *dest, int32_t destCapacity, int32_t *pDestLength,
                                      const char *src, int32_t srcLength, UErrorCode *status) {
    return u_strFromUTF8WithSub(dest, destCapacity, pDestLength, src, srcLength, 0xFFFD, NULL, status);
}
static inline char *cicu_strToUTF8(char *dest, int32_t destCapacity, int32_t *pDestLength,
                                   const UChar *src, int32_t srcLength, UErrorCode *status) {
    return u_strToUTF8WithSub(dest, destCapacity, pDestLength, src, srcLength, 0xFFFD, NULL, status);
}

// Break iteration
static inline UBreakIterator *cicu_ubrk_open(UBreakIteratorType type, const char *locale,
                                             const UChar *text, int32_t textLength, UErrorCode *status) {
    return ubrk_open(type, locale, text, textLength, status);
}
static inline void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline void cicu_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t textLength, UErrorCode *status) {
    ubrk_setText(bi, text, textLength, status);
}
static inline int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t cicu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline int32_t cicu_ubrk_done(void) { return UBRK_DONE; }

// Normalization
static inline const UNormalizer2 *cicu_nfc(UErrorCode *status) { return unorm2_getNFCInstance(status); }
static inline const UNormalizer2 *cicu_nfkc(UErrorCode *status) { return unorm2_getNFKCInstance(status); }
static inline const UNormalizer2 *cicu_nfkcCasefold(UErrorCode *status) { return unorm2_getNFKCCasefoldInstance(status); }
static inline int32_t cicu_normalize(const UNormalizer2 *n, const UChar *src, int32_t length,
                                     UChar *dest, int32_t capacity, UErrorCode *status) {
    return unorm2_normalize(n, src, length, dest, capacity, status);
}
static inline int32_t cicu_spanQuickCheckYes(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) {
    return unorm2_spanQuickCheckYes(n, s, length, status);
}
static inline UBool cicu_hasBoundaryBefore(const UNormalizer2 *n, UChar32 c) { return unorm2_hasBoundaryBefore(n, c); }

// Case
static inline int32_t cicu_strFoldCase(UChar *dest, int32_t destCapacity, const UChar *src, int32_t srcLength,
                                       UErrorCode *status) {
    return u_strFoldCase(dest, destCapacity, src, srcLength, U_FOLD_CASE_DEFAULT, status);
}
static inline int32_t cicu_strToLower(UChar *dest, int32_t destCapacity, const UChar *src, int32_t srcLength,
                                      const char *locale, UErrorCode *status) {
    return u_strToLower(dest, destCapacity, src, srcLength, locale, status);
}

// Character properties
static inline UBool cicu_isupper(UChar32 c) { return u_isupper(c); }
static inline UBool cicu_islower(UChar32 c) { return u_islower(c); }
static inline UBool cicu_isalpha(UChar32 c) { return u_isUAlphabetic(c); }
static inline UBool cicu_isdigit(UChar32 c) { return u_isdigit(c); }
static inline UBool cicu_isWhiteSpace(UChar32 c) { return u_isUWhiteSpace(c); }
static inline int8_t cicu_charType(UChar32 c) { return u_charType(c); }
static inline int32_t cicu_sentenceBreak(UChar32 c) { return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK); }

// Regular expressions (scraped-article cleanup rules)
static inline URegularExpression *cicu_uregex_open(const UChar *pattern, int32_t patternLength, uint32_t flags,
                                                   UParseError *pe, UErrorCode *status) {
    return uregex_open(pattern, patternLength, flags, pe, status);
}
static inline void cicu_uregex_close(URegularExpression *regexp) { uregex_close(regexp); }
static inline URegularExpression *cicu_uregex_clone(const URegularExpression *regexp, UErrorCode *status) {
    return uregex_clone(regexp, status);
}
static inline void cicu_uregex_setText(URegularExpression *regexp, const UChar *text, int32_t textLength,
                                       UErrorCode *status) {
    uregex_setText(regexp, text, textLength, status);
}
static inline UBool cicu_uregex_matches(URegularExpression *regexp, int32_t startIndex, UErrorCode *status) {
    return uregex_matches(regexp, startIndex, status);
}
static inline UBool cicu_uregex_find(URegularExpression *regexp, int32_t startIndex, UErrorCode *status) {
    return uregex_find(regexp, startIndex, status);
}
static inline UBool cicu_uregex_lookingAt(URegularExpression *regexp, int32_t startIndex, UErrorCode *status) {
    return uregex_lookingAt(regexp, startIndex, status);
}
static inline int32_t cicu_uregex_end(URegularExpression *regexp, int32_t groupNum, UErrorCode *status) {
    return uregex_end(regexp, groupNum, status);
}
static inline UBool cicu_uregex_hitEnd(const URegularExpression *regexp, UErrorCode *status) {
    return uregex_hitEnd(regexp, status);
}

#endif
