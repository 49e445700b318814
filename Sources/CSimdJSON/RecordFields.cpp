// The JSONL fast path's field reader over simdjson's DOM parser (Debian's libsimdjson-dev).
//
// The DOM parser validates the whole line (structure, numbers, literals, UTF-8), so a line it
// accepts is one that the complete path (Foundation's JSONSerialization) accepts too; the object's
// other fields are scanned at simdjson's speed and never become Swift values.
#define SIMDJSON_EXCEPTIONS 0
#include <simdjson.h>

#include <cstring>
#include <new>
#include <string_view>
#include <vector>

#include "CSimdJSON.h"

struct precis_json_parser {
    simdjson::dom::parser dom;
    /// The line copied with simdjson's padding after it, reused from line to line.
    std::vector<uint8_t> padded;
};

extern "C" precis_json_parser *precis_json_parser_create(void) {
    return new (std::nothrow) precis_json_parser();
}

extern "C" void precis_json_parser_destroy(precis_json_parser *parser) { delete parser; }

extern "C" int precis_json_find_fields(precis_json_parser *parser, const uint8_t *line, size_t length,
                                       const char *const *keys, const size_t *key_lengths, size_t key_count,
                                       precis_json_value *values) {
    if (parser == nullptr) return 1;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: the line lives inside a larger
    // read buffer, so it is copied rather than read in place.
    size_t needed = length + simdjson::SIMDJSON_PADDING;
    if (parser->padded.size() < needed) {
        try {
            parser->padded.resize(needed);
        } catch (...) {
            return 1;
        }
    }
    if (length > 0) std::memcpy(parser->padded.data(), line, length);
    std::memset(parser->padded.data() + length, 0, simdjson::SIMDJSON_PADDING);

    simdjson::dom::element document;
    if (parser->dom.parse(parser->padded.data(), length, false).get(document) != simdjson::SUCCESS) return 2;
    simdjson::dom::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS) return 3;

    for (size_t index = 0; index < key_count; index++) values[index] = precis_json_value{PRECIS_JSON_ABSENT, nullptr, 0, 0};
    for (simdjson::dom::key_value_pair field : object) {
        for (size_t index = 0; index < key_count; index++) {
            if (field.key != std::string_view(keys[index], key_lengths[index])) continue;
            // JSONSerialization keeps a repeated key's last value, other readers its first.
            if (values[index].kind != PRECIS_JSON_ABSENT) return 4;
            std::string_view string;
            int64_t integer = 0;
            if (field.value.get_string().get(string) == simdjson::SUCCESS) {
                values[index] = precis_json_value{PRECIS_JSON_STRING, string.data(), string.size(), 0};
            } else if (field.value.is_int64() && field.value.get_int64().get(integer) == simdjson::SUCCESS) {
                values[index] = precis_json_value{PRECIS_JSON_INTEGER, nullptr, 0, integer};
            } else {
                values[index] = precis_json_value{PRECIS_JSON_OTHER, nullptr, 0, 0};
            }
        }
    }
    return 0;
}
