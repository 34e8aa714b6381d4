// json_strict.hpp — internal: the one way core parses untrusted JSON text.
//
// Stricter than nlohmann's defaults, because signed and scored documents must mean exactly
// one thing: duplicate object keys are rejected (nlohmann would keep the last), input must be
// valid UTF-8, size and nesting depth are bounded. Never throws.
#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "dbi/diagnostics.hpp"

namespace dbi::detail {

using Json = nlohmann::json;

struct JsonLimits {
    std::size_t max_bytes = 8u << 20;  // whole document, bytes
    std::size_t max_depth = 64;        // nesting of arrays/objects
};

// DBI-JSON-006 too large · DBI-JSON-001 syntax (message names byte offset) ·
// DBI-JSON-002 duplicate key (pointer to the object) · DBI-JSON-008 too deep.
Result<Json> parse_strict(std::string_view text, const JsonLimits& limits = {}) noexcept;

// The translatable term for a JSON type ("@object", "@string", …; see render()).
const char* json_type_name(const Json& j) noexcept;

}  // namespace dbi::detail
