// config.cpp — command-line parsing. Values are checked here so that the rest of the server
// can rely on them (a port in range, a thread count within limits, origins that are origins).
#include "config.hpp"

#include <cstdlib>

namespace dbi::server {
namespace {

std::optional<int> parse_int(const std::string& s, int lo, int hi) {
    if (s.empty() || s.size() > 9) return std::nullopt;
    for (char c : s)
        if (c < '0' || c > '9') return std::nullopt;
    int v = std::atoi(s.c_str());
    if (v < lo || v > hi) return std::nullopt;
    return v;
}

// "http(s)://host[:port]" with nothing after it: what a browser sends as Origin.
bool is_origin(const std::string& s) {
    std::size_t start = s.rfind("https://", 0) == 0 ? 8 : s.rfind("http://", 0) == 0 ? 7 : 0;
    if (start == 0 || s.size() == start || s.size() > 200) return false;
    for (std::size_t i = start; i < s.size(); ++i) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                  c == ':' || c == '[' || c == ']';
        if (!ok) return false;
    }
    return true;
}

}  // namespace

const char* usage_text() {
    return "usage: dbi-server [--site DIR] [--data DIR] [--database FILE|URI]\n"
           "                  [--host 127.0.0.1] [--port 8080] [--indices DIR]\n"
           "                  [--trust FILE --root FILE] [--admin-token-file FILE]\n"
           "                  [--cors-origin ORIGIN]... [--frame-ancestor ORIGIN]...\n"
           "                  [--threads N] [--request-timeout SECONDS] [--sync normal|full]\n"
           "Serves the static kit (--site) and the collection API on /api/v1/.\n"
           "Without --trust, a local demo root and trust list are made under DATA/trust/.\n"
           "--database is a SQLite file (default DATA/dbi.sqlite3) or a PostgreSQL URI,\n"
           "postgresql://USER@HOST:PORT/DBNAME, which several servers may share (password\n"
           "in ~/.pgpass or PGPASSWORD rather than in the URI). --sync is for SQLite only.\n"
           "--request-timeout: a request must arrive whole within this many seconds of its\n"
           "first byte (plus its body at 16 KiB/s), else 408 (default 10).\n";
}

std::optional<Config> parse_args(int argc, const char* const* argv, std::string* error,
                                 bool* help) {
    Config c;
    *help = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            *help = true;
            return std::nullopt;
        }
        if (i + 1 >= argc) {
            *error = "option " + a + " needs a value (or is unknown)";
            return std::nullopt;
        }
        const std::string v = argv[++i];
        if (a == "--site") c.site_dir = v;
        else if (a == "--data") c.data_dir = v;
        else if (a == "--host") c.host = v;
        else if (a == "--indices") c.indices_dir = v;
        else if (a == "--trust") c.trust_file = v;
        else if (a == "--root") c.root_file = v;
        else if (a == "--admin-token-file") c.admin_token_file = v;
        else if (a == "--database") {
            if (v.empty()) {
                *error = "--database needs a SQLite file or a postgresql:// URI";
                return std::nullopt;
            }
            c.database = v;
        } else if (a == "--port") {
            auto p = parse_int(v, 0, 65535);
            if (!p) {
                *error = "--port must be 0…65535";
                return std::nullopt;
            }
            c.port = *p;
        } else if (a == "--threads") {
            auto t = parse_int(v, 2, kMaxHttpThreads);
            if (!t) {
                *error = "--threads must be 2…" + std::to_string(kMaxHttpThreads);
                return std::nullopt;
            }
            c.threads = *t;
        } else if (a == "--request-timeout") {
            auto t = parse_int(v, 1, 600);
            if (!t) {
                *error = "--request-timeout must be 1…600 seconds";
                return std::nullopt;
            }
            c.request_timeout_seconds = *t;
        } else if (a == "--sync") {
            if (v != "normal" && v != "full") {
                *error = "--sync must be normal or full";
                return std::nullopt;
            }
            c.sync_full = v == "full";
        } else if (a == "--cors-origin") {
            if (!is_origin(v)) {
                *error = "--cors-origin must be an origin like https://example.vn, not " + v;
                return std::nullopt;
            }
            if (c.cors_origins.size() >= static_cast<std::size_t>(kMaxCorsOrigins)) {
                *error = "at most " + std::to_string(kMaxCorsOrigins) + " --cors-origin";
                return std::nullopt;
            }
            c.cors_origins.push_back(v);
        } else if (a == "--frame-ancestor") {
            // A site allowed to embed the kit in an iframe (CSP frame-ancestors).
            if (!is_origin(v)) {
                *error = "--frame-ancestor must be an origin like https://example.vn, not " + v;
                return std::nullopt;
            }
            if (c.frame_ancestors.size() >= static_cast<std::size_t>(kMaxCorsOrigins)) {
                *error = "at most " + std::to_string(kMaxCorsOrigins) + " --frame-ancestor";
                return std::nullopt;
            }
            c.frame_ancestors.push_back(v);
        } else {
            *error = "unknown option " + a;
            return std::nullopt;
        }
    }
    if (c.trust_file.empty() != c.root_file.empty()) {
        *error = "--trust and --root go together";
        return std::nullopt;
    }
    return c;
}

}  // namespace dbi::server
