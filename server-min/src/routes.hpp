// routes.hpp — the HTTP surface (docs/openapi.yaml): translation between HTTP and the
// pipeline, storage and reports. No business rule lives here.
#pragma once

#include <string>

#include "http_front.hpp"

namespace httplib {
class Server;
struct Request;
struct Response;
}

namespace dbi::server {

class App;
struct Config;

// Installs the body limit, security and CORS headers, the error and exception handlers, the trust-list files, the static site and every /api/v1 route.
void install_routes(httplib::Server& http, App& app);

// The connection front's limits for this server (config, limits.hpp), with its refusals as
// prepared HTTP responses in the API's JSON error format: 408 DBI-SRV-028, 431 DBI-SRV-029.
HttpFrontLimits front_limits(const Config& config);

// POST /api/v1/submissions and /api/v1/submissions/batch from the moment the body has arrived:
// media type, the route's size limit, the pipeline and the response. install_routes() routes
// to these; they need no socket, so tests/fuzz drives them in-process with a real database.
void handle_submission(App& app, const httplib::Request& req, httplib::Response& res);
void handle_submission_batch(App& app, const httplib::Request& req, httplib::Response& res);

}  // namespace dbi::server
