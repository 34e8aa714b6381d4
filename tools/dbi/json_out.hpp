// json_out.hpp — machine output (--json) of the CLI. Members keep insertion order so the
// output reads top-down; scores themselves are printed by core's canonical serialisers.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dbi/diagnostics.hpp"

namespace dbi::cli {

using OrderedJson = nlohmann::ordered_json;

inline const char* severity_name(Severity s) noexcept {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "error";
}

// {"code", "pointer", "severity", "message"} with the message in `lang`.
inline OrderedJson diagnostic_json(const Diagnostic& d, Lang lang) {
    OrderedJson j;
    j["code"] = d.code;
    j["pointer"] = d.pointer;
    j["severity"] = severity_name(d.severity);
    j["message"] = render(d, lang);
    return j;
}

inline OrderedJson diagnostics_json(const std::vector<Diagnostic>& diags, Lang lang) {
    OrderedJson arr = OrderedJson::array();
    for (const auto& d : diags) arr.push_back(diagnostic_json(d, lang));
    return arr;
}

// Two-space indented UTF-8; invalid UTF-8 (which core never emits) is replaced, not thrown.
inline std::string dump_json(const OrderedJson& j) {
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dbi::cli
