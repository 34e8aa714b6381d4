// errors.cpp — code → HTTP status, and the JSON error body.
#include "errors.hpp"

#include <nlohmann/json.hpp>

namespace dbi::server {
namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

nlohmann::json one(const Diagnostic& d) {
    return {{"code", d.code},
            {"message_vi", render(d, Lang::vi)},
            {"message_en", render(d, Lang::en)},
            {"pointer", d.pointer}};
}

nlohmann::json body(const std::vector<Diagnostic>& errors) {
    if (errors.empty()) return one(make_diag("DBI-SRV-018", ""));
    nlohmann::json j = one(errors.front());
    if (errors.size() > 1) {
        nlohmann::json all = nlohmann::json::array();
        for (const auto& d : errors) all.push_back(one(d));
        j["errors"] = std::move(all);
    }
    return j;
}

}  // namespace

int http_status_for(const std::string& code) noexcept {
    struct Entry {
        const char* code;
        int status;
    };
    static const Entry kExact[] = {
        {"DBI-SRV-001", 413}, {"DBI-SRV-002", 415}, {"DBI-SRV-003", 422}, {"DBI-SRV-004", 409},
        {"DBI-SRV-005", 409}, {"DBI-SRV-006", 413}, {"DBI-SRV-007", 400}, {"DBI-SRV-008", 503},
        {"DBI-SRV-009", 503}, {"DBI-SRV-010", 404}, {"DBI-SRV-011", 401}, {"DBI-SRV-012", 403},
        {"DBI-SRV-013", 400}, {"DBI-SRV-014", 404}, {"DBI-SRV-015", 409}, {"DBI-SRV-016", 422},
        {"DBI-SRV-017", 404}, {"DBI-SRV-018", 500}, {"DBI-SRV-019", 403}, {"DBI-SRV-020", 422},
        {"DBI-SRV-021", 422}, {"DBI-SRV-022", 409}, {"DBI-SRV-028", 408}, {"DBI-SRV-029", 431},
        {"DBI-SRV-030", 404},
        {"DBI-SUB-001", 413}, {"DBI-JSON-006", 413},
        // Not JSON at all: a syntax error, duplicate keys, bad UTF-8, too deep.
        {"DBI-JSON-001", 400}, {"DBI-JSON-002", 400}, {"DBI-JSON-008", 400}, {"DBI-UTF-001", 400},
    };
    for (const auto& e : kExact)
        if (code == e.code) return e.status;
    if (starts_with(code, "DBI-JCS-")) return 400;
    // Everything else is valid JSON that is refused: shape, keys, signatures, answers, score.
    return 422;
}

// Arguments echo what the client sent (a Content-Type, an Origin, a field cut to a few bytes,
// possibly inside a character): bytes that are not UTF-8 become U+FFFD instead of making dump()
// throw, which the exception handler would answer with a 500 for bad input.
std::string error_json(const std::vector<Diagnostic>& errors) {
    return body(errors).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dbi::server
