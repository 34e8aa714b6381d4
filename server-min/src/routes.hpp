// routes.hpp — the HTTP surface (docs/openapi.yaml): translation between HTTP and the
// pipeline, storage and reports. No business rule lives here.
#pragma once

#include <string>

namespace httplib {
class Server;
}

namespace dbi::server {

class App;

// Installs limits, timeouts, the thread pool, security and CORS headers, the error and
// exception handlers, the trust-list files, the static site and every /api/v1 route.
void install_routes(httplib::Server& http, App& app);

}  // namespace dbi::server
