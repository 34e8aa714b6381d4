// json_reader.hpp — internal: typed, pointer-tracking access to a parsed JSON object.
//
// Every accessor records a diagnostic (with the JSON Pointer of the field) instead of
// throwing, and remembers which keys were read, so `finish()` can report every unknown field.
// This is what makes "unknown fields are errors" cheap to honour in every parser.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "dbi/text.hpp"
#include "json_strict.hpp"

namespace dbi::detail {

using Diags = std::vector<Diagnostic>;

class ObjectReader {
public:
    // Reports DBI-JSON-003 when `j` is not an object; accessors then return nullopt.
    ObjectReader(const Json& j, std::string pointer, Diags& diags);

    bool valid() const noexcept { return obj_ != nullptr; }
    const std::string& pointer() const noexcept { return pointer_; }
    std::string at(std::string_view key) const { return pointer_join(pointer_, key); }
    bool has(const char* key) const;

    // Raw member; marks it read. Missing + required → DBI-JSON-005.
    const Json* get(const char* key, bool required);
    std::optional<std::string> string(const char* key, bool required);
    std::optional<std::int64_t> integer(const char* key, bool required, std::int64_t min,
                                        std::int64_t max);
    std::optional<bool> boolean(const char* key, bool required);
    // {"vi": …, "en": …}: both non-empty (DBI-IDX-005) and NFC (DBI-IDX-006).
    std::optional<Text> text(const char* key, bool required);
    std::optional<std::vector<std::string>> string_list(const char* key, bool required);
    // An array member; returns nullptr (and reports) if present but not an array.
    const Json* array(const char* key, bool required);
    const Json* object(const char* key, bool required);

    // DBI-JSON-004 for every member never read.
    void finish();

private:
    const Json* obj_ = nullptr;
    std::string pointer_;
    Diags& diags_;
    std::set<std::string> read_;
};

// Checks a bilingual text object at `pointer`.
std::optional<Text> read_text(const Json& j, const std::string& pointer, Diags& diags);

void expect_type(const Json& j, const std::string& pointer, const char* expected, Diags& diags);

bool has_errors(const Diags& diags) noexcept;

}  // namespace dbi::detail
