// routes.cpp — HTTP only: limits and headers, parameter parsing, status codes and bodies.
// What a request means is decided in ingest.cpp (submissions), storage (reads) and
// reports.cpp (what may be shown).
#include "routes.hpp"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "app.hpp"
#include "dbi/canonical_json.hpp"
#include "errors.hpp"
#include "limits.hpp"
#include "reports.hpp"

namespace dbi::server {
namespace {

using httplib::Request;
using httplib::Response;
using Json = nlohmann::json;
using HR = httplib::Server::HandlerResponse;

constexpr const char* kJsonType = "application/json; charset=utf-8";
// The existing CSP of the static kit: same-origin scripts, wasm compilation, no plugins.
constexpr const char* kCsp =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors ";

// "<stem>.<10 hex>.<js|css|wasm>": a content-hashed file of the site (wasm/assemble_site.cmake),
// which never changes under its name and may be cached for a year.
bool is_hashed_asset(const std::string& path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string::npos || dot < 11 || path[dot - 11] != '.') return false;
    const std::string ext = path.substr(dot + 1);
    if (ext != "js" && ext != "css" && ext != "wasm") return false;
    for (std::size_t i = dot - 10; i < dot; ++i)
        if (!((path[i] >= '0' && path[i] <= '9') || (path[i] >= 'a' && path[i] <= 'f')))
            return false;
    return true;
}

bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }
bool is_api(const std::string& path) { return starts_with(path, "/api/"); }

void send_json(Response& res, int status, std::string body) {
    res.status = status;
    res.set_content(std::move(body), kJsonType);
}

void send_error(Response& res, const std::vector<Diagnostic>& errors) {
    send_json(res, http_status_for(errors.front().code), error_json(errors));
}

void send_error(Response& res, const char* code, std::string pointer = "",
                std::vector<std::string> args = {}) {
    send_error(res, {make_diag(code, std::move(pointer), std::move(args))});
}

std::string quoted(const std::string& s) { return Json(s).dump(); }

// The body limit of each address that takes one.
std::size_t body_limit(const std::string& path) {
    if (path == "/api/v1/submissions/batch") return kMaxBatchBodyBytes;
    if (path == "/api/v1/submissions") return kMaxSubmissionBodyBytes;
    if (starts_with(path, "/api/v1/admin/")) return kMaxAdminBodyBytes;
    return kMaxSubmissionBodyBytes;
}

// A whole HTTP/1.1 response with a JSON error, for the front to send on a bare socket.
std::string raw_error_response(int status, const char* reason, const char* code,
                               std::vector<std::string> args) {
    const std::string body = error_json({make_diag(code, "", std::move(args))});
    return "HTTP/1.1 " + std::to_string(status) + " " + reason +
           "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
           std::to_string(body.size()) +
           "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
           "Connection: close\r\n\r\n" +
           body;
}

std::optional<std::size_t> declared_length(const Request& req) {
    if (!req.has_header("Content-Length")) return std::nullopt;
    const std::string v = req.get_header_value("Content-Length");
    if (v.empty() || v.size() > 18) return std::numeric_limits<std::size_t>::max();
    std::size_t n = 0;
    for (char c : v) {
        if (c < '0' || c > '9') return std::numeric_limits<std::size_t>::max();
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

// application/json, with or without parameters (charset=utf-8).
bool check_json_request(const Request& req, Response& res) {
    std::string ct = req.get_header_value("Content-Type");
    std::string media = ct.substr(0, ct.find(';'));
    media.erase(std::remove_if(media.begin(), media.end(),
                               [](unsigned char c) { return std::isspace(c); }),
                media.end());
    std::transform(media.begin(), media.end(), media.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (media != "application/json") {
        send_error(res, "DBI-SRV-002", "", {"application/json", ct.substr(0, 80)});
        return false;
    }
    if (req.body.size() > body_limit(req.path)) {
        send_error(res, "DBI-SRV-001", "",
                   {std::to_string(req.body.size()), std::to_string(body_limit(req.path))});
        return false;
    }
    return true;
}

bool authorize(const Request& req, Response& res, const std::string& token) {
    const std::string h = req.get_header_value("Authorization");
    if (!starts_with(h, "Bearer ") || h.size() <= 7) {
        send_error(res, "DBI-SRV-011");
        res.set_header("WWW-Authenticate", "Bearer");
        return false;
    }
    if (!constant_time_equal(std::string_view(h).substr(7), token)) {
        send_error(res, "DBI-SRV-012");
        return false;
    }
    return true;
}

// --- Query strings ---------------------------------------------------------------------------

class Query {
public:
    Query(const Request& req, std::initializer_list<const char*> allowed) : req_(req) {
        // Plain references, not structured bindings: C++17 does not let a lambda capture
        // those (GCC accepts it as an extension, clang 14 refuses).
        for (const auto& param : req.params) {
            const std::string& name = param.first;
            const std::string& value = param.second;
            bool known = std::any_of(allowed.begin(), allowed.end(),
                                     [&](const char* a) { return name == a; });
            if (!known || req.get_param_value_count(name.c_str()) > 1 ||
                value.size() > kMaxQueryValueBytes)
                fail(name, value);
        }
    }
    bool ok() const { return !error_; }
    const Diagnostic& error() const { return *error_; }

    std::optional<std::string> get(const char* name) const {
        if (!req_.has_param(name)) return std::nullopt;
        return req_.get_param_value(name);
    }
    // A present value that `valid` rejects is an error; absent is nullopt.
    template <class F>
    std::optional<std::string> text(const char* name, F valid) {
        auto v = get(name);
        if (v && !valid(*v)) {
            fail(name, *v);
            return std::nullopt;
        }
        return v;
    }
    std::string required(const char* name, const std::function<bool(const std::string&)>& valid) {
        auto v = text(name, valid);
        if (!v && ok()) fail(name, "");
        return v.value_or("");
    }
    int integer(const char* name, int fallback, int lo, int hi) {
        auto v = get(name);
        if (!v) return fallback;
        if (v->empty() || v->size() > 9 ||
            !std::all_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; })) {
            fail(name, *v);
            return fallback;
        }
        int n = std::stoi(*v);
        if (n < lo || n > hi) fail(name, *v);
        return n;
    }

private:
    void fail(const std::string& name, const std::string& value) {
        if (!error_)
            error_ = make_diag("DBI-SRV-013", "", {name.substr(0, 40), value.substr(0, 64)});
    }
    const Request& req_;
    std::optional<Diagnostic> error_;
};

bool is_province(const std::string& v) {
    return v.size() == 2 && std::isdigit(static_cast<unsigned char>(v[0])) &&
           std::isdigit(static_cast<unsigned char>(v[1]));
}
bool is_sector(const std::string& v) { return v.size() == 1 && v[0] >= 'A' && v[0] <= 'U'; }
bool is_size(const std::string& v) {
    return v == "micro" || v == "small" || v == "medium" || v == "large" || v == "group";
}
bool is_bool(const std::string& v) { return v == "true" || v == "false"; }
bool is_key_id(const std::string& v) {
    return v.size() == 16 && std::all_of(v.begin(), v.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

// --- Administrator JSON bodies ---------------------------------------------------------------

// A strict JSON object with exactly the `required` members and at most the `optional` ones,
// all strings. Sends the error and returns nullopt otherwise.
std::optional<Json> admin_body(const Request& req, Response& res,
                               std::initializer_list<const char*> required,
                               std::initializer_list<const char*> optional, const char* shape) {
    if (!check_json_request(req, res)) return std::nullopt;
    auto strict = canonicalize_json(req.body);
    if (!strict) {
        send_error(res, strict.diagnostics());
        return std::nullopt;
    }
    Json j = Json::parse(strict.value(), nullptr, false);
    bool ok = j.is_object();
    for (const char* r : required) ok = ok && j.contains(r) && j[r].is_string();
    if (ok)
        for (const auto& item : j.items()) {
            const std::string& k = item.key();
            const Json& v = item.value();
            bool known = std::any_of(required.begin(), required.end(), [&](const char* r) { return k == r; }) ||
                         std::any_of(optional.begin(), optional.end(), [&](const char* o) { return k == o; });
            ok = ok && known && v.is_string() && v.get_ref<const std::string&>().size() <= kMaxReasonBytes;
        }
    if (!ok) {
        send_error(res, "DBI-SRV-007", "", {shape});
        return std::nullopt;
    }
    return j;
}

// --- Submission bodies -----------------------------------------------------------------------

std::string receipt_body(const SubmitOutcome& o) {
    const std::string envelope = envelope_with_receipt(o.stored_envelope, o.receipt_json);
    return "{\"envelope\":" + (envelope.empty() ? std::string("null") : envelope) +
           ",\"receipt\":" + o.receipt_json + ",\"receipt_id\":" + quoted(o.receipt_id) +
           ",\"revoked\":" + (o.revoked ? "true" : "false") +
           ",\"status\":" + quoted(o.http_status == 201 ? "accepted" : "duplicate") +
           ",\"submission_id\":" + quoted(o.submission_id) + "}";
}

void send_outcome(Response& res, const SubmitOutcome& o) {
    if (!o.ok()) return send_error(res, o.errors);
    send_json(res, o.http_status, receipt_body(o));
    if (o.http_status == 201) res.set_header("Location", "/api/v1/receipts/" + o.receipt_id + "/status");
}

std::string batch_body(const std::vector<SubmitOutcome>& outcomes) {
    std::string items;
    std::size_t accepted = 0, duplicates = 0, rejected = 0;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const SubmitOutcome& o = outcomes[i];
        if (!items.empty()) items += ",";
        if (o.ok()) {
            (o.http_status == 201 ? accepted : duplicates)++;
            items += "{\"index\":" + std::to_string(i) + ",\"receipt\":" + o.receipt_json +
                     ",\"receipt_id\":" + quoted(o.receipt_id) +
                     ",\"revoked\":" + (o.revoked ? "true" : "false") +
                     ",\"status\":" + std::to_string(o.http_status) +
                     ",\"submission_id\":" + quoted(o.submission_id) + "}";
        } else {
            ++rejected;
            items += "{\"error\":" + error_json(o.errors) + ",\"index\":" + std::to_string(i) +
                     ",\"status\":" + std::to_string(http_status_for(o.errors.front().code)) + "}";
        }
    }
    return "{\"accepted\":" + std::to_string(accepted) + ",\"duplicates\":" +
           std::to_string(duplicates) + ",\"rejected\":" + std::to_string(rejected) +
           ",\"results\":[" + items + "]}";
}

}  // namespace

void handle_submission(App& app, const Request& req, Response& res) {
    if (!check_json_request(req, res)) return;
    send_outcome(res, app.ingest().submit(req.body));
}

void handle_submission_batch(App& app, const Request& req, Response& res) {
    if (!check_json_request(req, res)) return;
    auto items = split_batch(req.body);
    if (!items) return send_error(res, items.diagnostics());
    send_json(res, 200, batch_body(app.ingest().submit_batch(items.value())));
}

HttpFrontLimits front_limits(const Config& config) {
    HttpFrontLimits l;
    l.threads = config.threads;
    l.max_header_bytes = kMaxHeaderBytes;
    l.body_limit = [](std::string_view path) { return body_limit(std::string(path)); };
    l.request_timeout_ms = config.request_timeout_seconds * 1000;
    l.min_body_bytes_per_second = kMinBodyBytesPerSecond;
    l.idle_timeout_ms = kKeepAliveTimeoutSeconds * 1000;
    l.read_timeout_ms = kReadTimeoutSeconds * 1000;
    l.write_timeout_ms = kWriteTimeoutSeconds * 1000;
    l.max_connections = kMaxWaitingConnections;
    l.max_buffered_bytes = kMaxBufferedRequestBytes;
    l.max_requests_per_connection = kKeepAliveMaxRequests;
    l.timeout_response = raw_error_response(408, "Request Timeout", "DBI-SRV-028",
                                            {std::to_string(config.request_timeout_seconds)});
    l.headers_too_large_response =
        raw_error_response(431, "Request Header Fields Too Large", "DBI-SRV-029",
                           {std::to_string(kMaxHeaderBytes)});
    return l;
}

void install_routes(httplib::Server& http, App& app) {
    const Config& config = app.config();
    // Connections, threads and timeouts are the front's (front_limits); httplib parses,
    // routes and answers each request the front hands it.
    http.set_payload_max_length(kMaxAnyBodyBytes);
    http.set_file_extension_and_mimetype_mapping("wasm", "application/wasm");
    http.set_file_extension_and_mimetype_mapping("json", "application/json");
    if (!config.site_dir.empty()) http.set_mount_point("/", config.site_dir);

    const std::vector<std::string> origins = config.cors_origins;
    auto allowed_origin = [origins](const Request& req) -> std::optional<std::string> {
        if (!req.has_header("Origin")) return std::nullopt;
        std::string o = req.get_header_value("Origin");
        if (std::find(origins.begin(), origins.end(), o) == origins.end()) return std::nullopt;
        return o;
    };

    // Before routing, before the body is read: cheap refusals, preflight, trust files.
    http.set_pre_routing_handler([&app, allowed_origin](const Request& req, Response& res) {
        if (auto len = declared_length(req); len && *len > body_limit(req.path)) {
            send_error(res, "DBI-SRV-001", "",
                       {std::to_string(*len), std::to_string(body_limit(req.path))});
            res.set_header("Connection", "close");  // the unread body must not be parsed
            return HR::Handled;
        }
        if (req.method == "OPTIONS" && is_api(req.path)) {
            if (auto o = allowed_origin(req)) {
                res.status = 204;
                res.set_header("Access-Control-Allow-Methods", "GET, POST");
                res.set_header("Access-Control-Allow-Headers", "Content-Type");
                res.set_header("Access-Control-Max-Age", "600");
                return HR::Handled;
            }
            send_error(res, "DBI-SRV-019", "", {req.get_header_value("Origin").substr(0, 100)});
            return HR::Handled;
        }
        // The trust list in force and its pinned root, ahead of any static copy, so the
        // verify page always checks receipts against what this server signs with.
        if (req.method == "GET" || req.method == "HEAD") {
            if (req.path == "/indices/trust/trust.json") {
                res.set_content(app.trust().current()->file, "application/json");
                return HR::Handled;
            }
            if (req.path == "/indices/trust/root.pub.json") {
                res.set_content(app.trust().root_file(), "application/json");
                return HR::Handled;
            }
        }
        return HR::Unhandled;
    });

    // Who may frame the kit: nobody, unless sites are named (--frame-ancestor) for embed.js.
    std::string csp = kCsp;
    if (config.frame_ancestors.empty()) {
        csp += "'none'";
    } else {
        csp += "'self'";
        for (const std::string& o : config.frame_ancestors) csp += " " + o;
    }
    const bool frameable = !config.frame_ancestors.empty();
    http.set_post_routing_handler(
        [allowed_origin, csp, frameable](const Request& req, Response& res) {
            res.set_header("Content-Security-Policy", csp);
            res.set_header("X-Content-Type-Options", "nosniff");
            res.set_header("Referrer-Policy", "no-referrer");
            if (!frameable) res.set_header("X-Frame-Options", "DENY");
            if (!is_api(req.path) && !res.has_header("Cache-Control")) {
                // Hashed code forever; pages, sw.js, embed.js and data files revalidated each time
                // (docs/deploy.md), so a release is picked up at once and never half.
                res.set_header("Cache-Control", is_hashed_asset(req.path)
                                                    ? "public, max-age=31536000, immutable"
                                                    : "no-cache");
            }
            if (is_api(req.path)) {
                res.set_header("Cache-Control", "no-store");
                if (auto o = allowed_origin(req)) {
                    res.set_header("Access-Control-Allow-Origin", *o);
                    res.set_header("Vary", "Origin");
                }
            }
        });

    // Responses httplib makes itself (no route, body over the payload limit): JSON on /api/.
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const Request& req, Response& res) {
        if (!res.body.empty()) return HR::Unhandled;  // already a JSON error of ours
        if (res.status == 413) {
            send_error(res, "DBI-SRV-001", "", {std::to_string(req.body.size()),
                                                std::to_string(body_limit(req.path))});
            return HR::Handled;
        }
        if (is_api(req.path) && res.status == 404) {
            send_error(res, "DBI-SRV-010", "", {req.path.substr(0, 100)});
            return HR::Handled;
        }
        if (is_api(req.path) && res.status == 400) {
            send_error(res, "DBI-SRV-007", "", {"a well-formed HTTP request"});
            return HR::Handled;
        }
        return HR::Unhandled;
    }));

    // Last resort: a bug or a storage failure in a read, never bad input.
    http.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
        send_error(res, "DBI-SRV-018");
    });

    // --- Public ------------------------------------------------------------------------------

    http.Get("/api/v1/health", [&app](const Request&, Response& res) {
        Json j = {{"status", "ok"},
                  {"indices", app.indices().ids()},
                  {"receipt_key_id", app.ingest().receipt_key().key_id},
                  {"trust_sequence", app.trust().current()->list.sequence}};
        send_json(res, 200, j.dump());
    });

    http.Get("/api/v1/indices", [&app](const Request&, Response& res) {
        Json list = Json::array();
        for (const auto& id : app.indices().ids()) {
            const IndexDefinition* idx = app.indices().find(id);
            Json levels = Json::array();
            for (const auto& l : idx->levels)
                levels.push_back({{"level", l.level}, {"name", {{"vi", l.name.vi}, {"en", l.name.en}}}});
            list.push_back({{"id", id},
                            {"revision", idx->revision},
                            {"index_set", idx->index_set},
                            {"max_points", idx->max_points},
                            {"title", {{"vi", idx->title.vi}, {"en", idx->title.en}}},
                            {"levels", levels}});
        }
        // Names for the filters of the ranking page, from the reference data this server uses.
        Json provinces = Json::array(), sectors = Json::array();
        if (const ReferenceData* ref = app.indices().reference()) {
            for (const auto& p : ref->provinces)
                provinces.push_back({{"code", p.code}, {"name", {{"vi", p.name.vi}, {"en", p.name.en}}}});
            for (const auto& v : ref->vsic_sections)
                sectors.push_back({{"code", v.code}, {"name", {{"vi", v.name.vi}, {"en", v.name.en}}}});
        }
        send_json(res, 200, Json{{"indices", list}, {"provinces", provinces}, {"sectors", sectors}}.dump());
    });

    http.Post("/api/v1/submissions",
              [&app](const Request& req, Response& res) { handle_submission(app, req, res); });

    http.Post("/api/v1/submissions/batch", [&app](const Request& req, Response& res) {
        handle_submission_batch(app, req, res);
    });

    // The receipt link of a kiosk's QR code (docs/deploy.md) when the certificate is too long
    // for one: the submission id is a random UUID the kiosk made, known only to whoever holds
    // the slip, so it is the capability to read that one certificate.
    http.Get(R"(/api/v1/submissions/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))",
             [&app](const Request& req, Response& res) {
        const std::string id = req.matches[1];
        auto r = app.storage().find_receipt_of_submission(id);
        if (!r) return send_error(res, "DBI-SRV-030", "", {id});
        const std::string envelope = envelope_with_receipt(r->envelope, r->statement_json);
        send_json(res, 200,
                  "{\"envelope\":" + (envelope.empty() ? std::string("null") : envelope) +
                      ",\"receipt_id\":" + Json(r->receipt_id).dump() +
                      ",\"received_at\":" + Json(r->received_at).dump() +
                      ",\"status\":" + Json(r->revoked ? "revoked" : "valid").dump() +
                      ",\"submission_id\":" + Json(id).dump() + "}");
    });

    http.Get(R"(/api/v1/receipts/([A-Za-z0-9-]{1,40})/status)", [&app](const Request& req, Response& res) {
        const std::string id = req.matches[1];
        auto r = app.storage().find_receipt(id);
        if (!r) return send_error(res, "DBI-SRV-014", "", {id});
        send_json(res, 200, Json{{"receipt_id", id}, {"status", r->revoked ? "revoked" : "valid"}}.dump());
    });

    auto index_ok = [&app](const std::string& v) { return app.indices().find(v) != nullptr; };

    http.Get("/api/v1/rankings", [&app, index_ok](const Request& req, Response& res) {
        Query q(req, {"index", "province", "sector", "size", "verified", "page", "per_page"});
        RankingQuery rq;
        rq.index_id = q.required("index", index_ok);
        rq.province = q.text("province", is_province);
        rq.sector = q.text("sector", is_sector);
        rq.size_class = q.text("size", is_size);
        if (auto v = q.text("verified", is_bool)) rq.verified = *v == "true";
        rq.page = q.integer("page", 1, 1, kMaxPage);
        rq.per_page = q.integer("per_page", kDefaultPageSize, 1, kMaxPageSize);
        if (!q.ok()) return send_error(res, {q.error()});
        send_json(res, 200, rankings_json(app.storage().rankings(rq), rq));
    });

    http.Get("/api/v1/rankings/position", [&app, index_ok](const Request& req, Response& res) {
        Query q(req, {"tax_code", "index"});
        const std::string tax_code = q.required(
            "tax_code", [](const std::string& v) { return is_valid_tax_code(v); });
        const std::string index = q.required("index", index_ok);
        if (!q.ok()) return send_error(res, {q.error()});
        auto p = app.storage().position(tax_code, index);
        if (!p) return send_error(res, "DBI-SRV-017", "", {tax_code, index});
        send_json(res, 200, position_json(*p, tax_code, index));
    });

    http.Get("/api/v1/stats", [&app, index_ok](const Request& req, Response& res) {
        Query q(req, {"index", "province", "sector", "size"});
        StatsQuery sq;
        sq.index_id = q.required("index", index_ok);
        sq.province = q.text("province", is_province);
        sq.sector = q.text("sector", is_sector);
        sq.size_class = q.text("size", is_size);
        if (!q.ok()) return send_error(res, {q.error()});
        send_json(res, 200, stats_json(app.storage().counts(sq), *app.indices().find(sq.index_id),
                                       sq, kMinStatsCell));
    });

    // --- Administrator -----------------------------------------------------------------------

    http.Get("/api/v1/admin/export.csv", [&app](const Request& req, Response& res) {
        if (!authorize(req, res, app.admin_token())) return;
        Query q(req, {"by"});
        const std::string by = q.required("by", [](const std::string& v) {
            return v == "province" || v == "sector" || v == "size";
        });
        if (!q.ok()) return send_error(res, {q.error()});
        const ExportBy e = by == "province" ? ExportBy::province
                           : by == "sector" ? ExportBy::sector
                                            : ExportBy::size;
        res.status = 200;
        res.set_content(export_csv(app.storage().export_rows(e), e, app.indices().reference()),
                        "text/csv; charset=utf-8");
        res.set_header("Content-Disposition", "attachment; filename=\"dbi-theo-" + by + ".csv\"");
    });

    http.Put("/api/v1/admin/trust", [&app](const Request& req, Response& res) {
        if (!authorize(req, res, app.admin_token())) return;
        if (!check_json_request(req, res)) return;
        auto list = verify_trust_list(req.body, app.trust().roots(), crypto::verifier());
        if (!list) return send_error(res, list.diagnostics());
        const auto current = app.trust().current();
        if (list.value().sequence <= current->list.sequence)
            return send_error(res, "DBI-SRV-015", "/payload/sequence",
                              {std::to_string(list.value().sequence),
                               std::to_string(current->list.sequence)});
        const crypto::KeyPair& key = app.ingest().receipt_key();
        if (!lists_receipt_key(list.value(), key, now_seconds()))
            return send_error(res, "DBI-SRV-016", "/payload/keys", {key.key_id});
        bool stored = false;
        const std::string body = req.body;
        const std::int64_t seq = list.value().sequence;
        app.ingest().run_on_writer([&] { stored = app.storage().record_trust_list(seq, body, now_utc()); });
        if (!stored) return send_error(res, "DBI-SRV-008");
        if (!app.trust().local_dir().empty()) {
            std::string ignored;  // the database holds it; the file is a convenience copy
            write_file_atomic((std::filesystem::path(app.trust().local_dir()) / "trust.json").string(),
                              body, 0644, &ignored);
        }
        app.trust().install(std::make_shared<TrustSnapshot>(TrustSnapshot{list.value(), body}));
        send_json(res, 200, Json{{"sequence", seq}, {"keys", list.value().keys.size()}}.dump());
    });

    http.Post("/api/v1/admin/rebind", [&app](const Request& req, Response& res) {
        if (!authorize(req, res, app.admin_token())) return;
        auto j = admin_body(req, res, {"tax_code", "key_id"}, {"reason"},
                            "{\"tax_code\": …, \"key_id\": …, \"reason\": …}");
        if (!j) return;
        const std::string tax_code = (*j)["tax_code"], key_id = (*j)["key_id"];
        const std::string reason = j->value("reason", std::string("administrator"));
        if (auto d = check_tax_code(tax_code, "/tax_code")) return send_error(res, {*d});
        if (!is_key_id(key_id))
            return send_error(res, "DBI-SRV-007", "/key_id", {"a key id of 16 lowercase hex digits"});
        bool ok = false;
        if (!app.ingest().run_on_writer([&] { ok = app.storage().rebind(tax_code, key_id, reason, now_utc()); }) || !ok)
            return send_error(res, "DBI-SRV-008");
        send_json(res, 200, Json{{"tax_code", tax_code}, {"key_id", key_id}}.dump());
    });

    http.Post("/api/v1/admin/revoke", [&app](const Request& req, Response& res) {
        if (!authorize(req, res, app.admin_token())) return;
        auto j = admin_body(req, res, {"receipt_id"}, {"reason"},
                            "{\"receipt_id\": …, \"reason\": …}");
        if (!j) return;
        const std::string id = (*j)["receipt_id"];
        const std::string reason = j->value("reason", std::string("administrator"));
        AdminStatus status = AdminStatus::ok;
        bool ran = app.ingest().run_on_writer([&] { status = app.storage().revoke(id, reason, now_utc()); });
        if (!ran) return send_error(res, "DBI-SRV-009");
        if (status == AdminStatus::not_found) return send_error(res, "DBI-SRV-014", "/receipt_id", {id});
        if (status == AdminStatus::already_done) return send_error(res, "DBI-SRV-022", "/receipt_id", {id});
        send_json(res, 200, Json{{"receipt_id", id}, {"status", "revoked"}}.dump());
    });

    http.Get("/api/v1/admin/chain", [&app](const Request& req, Response& res) {
        if (!authorize(req, res, app.admin_token())) return;
        ChainReport r = app.storage().verify_chain();
        send_json(res, 200, Json{{"ok", r.ok}, {"entries", r.entries}, {"head", r.head},
                                 {"first_bad", r.first_bad}}.dump());
    });
}

}  // namespace dbi::server
