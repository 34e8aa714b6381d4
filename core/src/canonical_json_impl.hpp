// canonical_json_impl.hpp — internal: RFC 8785 serialisation of a nlohmann::json DOM.
//
// For core code that builds a document itself (the result serialiser) and needs its
// canonical bytes; dbi/canonical_json.hpp has the text-in/text-out entry point.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "dbi/diagnostics.hpp"

namespace dbi::detail {

// Containers nested deeper than this are refused (DBI-JSON-008): the writer recurses, and
// this bound keeps the stack small in wasm. It is above every parse limit core uses.
constexpr std::size_t kMaxCanonicalDepth = 256;

// RFC 8785 bytes of `value`. Fails, with a JSON Pointer to the offending value, when it has
// no I-JSON form: DBI-JCS-001 NaN/±Inf · DBI-JCS-002 integer outside ±(2^53−1) ·
// DBI-JCS-003 binary or discarded value · DBI-UTF-001 a string or member name that is not
// valid UTF-8 (argument: byte offset inside that string) · DBI-JSON-008 too deep.
Result<std::string> write_canonical(const nlohmann::json& value) noexcept;

// Appends the ECMAScript Number::toString form of `value`. Precondition: finite.
void append_es_number(std::string& out, double value);

}  // namespace dbi::detail
