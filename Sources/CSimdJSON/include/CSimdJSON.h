#ifndef PRECIS_CSIMDJSON_H
#define PRECIS_CSIMDJSON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A reusable simdjson DOM parser with its padded input buffer; one per thread.
typedef struct precis_json_parser precis_json_parser;

/// A new parser, or NULL when memory runs out.
precis_json_parser *precis_json_parser_create(void);
void precis_json_parser_destroy(precis_json_parser *parser);

/// What a wanted key holds at the top level of the object.
typedef enum {
    PRECIS_JSON_ABSENT = 0,
    PRECIS_JSON_STRING = 1,
    PRECIS_JSON_INTEGER = 2,
    /// null, a boolean, a non-integral or too large number, an array or an object.
    PRECIS_JSON_OTHER = 3,
} precis_json_kind;

/// One wanted key's value. A string's bytes are unescaped UTF-8 (simdjson validated them) and
/// stay valid until the parser's next call.
typedef struct {
    precis_json_kind kind;
    const char *bytes;
    size_t length;
    int64_t integer;
} precis_json_value;

/// Parses `line` as one complete JSON document and reads the top-level values of the wanted keys.
///
/// Returns 0 when the line is valid JSON (UTF-8 included), its top level is an object, and no
/// wanted key occurs twice in that object; `values[i]` then describes `keys[i]`. Any other
/// result (invalid JSON, another top-level type, a repeated wanted key, no memory) is nonzero and
/// leaves `values` unspecified: the caller then reads the line the slow, diagnosing way.
int precis_json_find_fields(precis_json_parser *parser, const uint8_t *line, size_t length,
                            const char *const *keys, const size_t *key_lengths, size_t key_count,
                            precis_json_value *values);

#ifdef __cplusplus
}
#endif

#endif
