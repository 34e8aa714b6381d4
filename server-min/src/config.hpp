// config.hpp — dbi-server's command line.
//
//   dbi-server [--site DIR] [--data DIR] [--database FILE|URI] [--host 127.0.0.1] [--port 8080]
//              [--indices DIR] [--trust FILE --root FILE] [--admin-token-file FILE]
//              [--cors-origin ORIGIN]… [--frame-ancestor ORIGIN]… [--threads N]
//              [--request-timeout SECONDS]
//              [--sync normal|full]
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "limits.hpp"

namespace dbi::server {

struct Config {
    std::string site_dir;              // static kit (build-wasm/site); "" = API only
    std::string data_dir = "data";     // database, keys, admin token, local trust list
    // A SQLite file, or a PostgreSQL URI (postgresql://… or postgres://, storage.hpp); "" means
    // <data>/dbi.sqlite3.
    std::string database;
    std::string host = "127.0.0.1";
    int port = 8080;                   // 0 = any free port (tests)
    std::string indices_dir;           // "" = <site>/indices, else ./indices
    std::string trust_file;            // a root-signed trust list; "" = local demo trust
    std::string root_file;             // pinned root public key(s), with --trust
    std::string admin_token_file;      // "" = <data>/admin-token (created on first start)
    std::vector<std::string> cors_origins;  // exact origins allowed to call /api/ cross-origin
    std::vector<std::string> frame_ancestors;  // sites that may embed the kit; none = no framing
    int threads = kDefaultHttpThreads;
    int request_timeout_seconds = kRequestTimeoutSeconds;  // --request-timeout (tests: 1)
    bool sync_full = false;            // SQLite synchronous=FULL instead of NORMAL
};

// Parses argv; on failure returns nullopt and sets `error` (or `help` for --help).
std::optional<Config> parse_args(int argc, const char* const* argv, std::string* error,
                                 bool* help);

const char* usage_text();

}  // namespace dbi::server
