// errors.hpp — every refusal as JSON {code, message_vi, message_en} with its HTTP status.
//
// The status follows the code, so a code means the same thing wherever it is returned:
// malformed input 400, not allowed 401/403, absent 404, conflicts 409, too large 413, wrong
// media type 415, well-formed but refused 422, storage or shutdown 503. 500 is kept for bugs
// in the server itself (DBI-SRV-018), never for input.
#pragma once

#include <string>
#include <vector>

#include "dbi/diagnostics.hpp"

namespace dbi::server {

// HTTP status for a diagnostic code (the first error of a response decides).
int http_status_for(const std::string& code) noexcept;

// {"code", "message_vi", "message_en", "pointer"} of the first error, and "errors": [ … ] with
// each one when there are several (answers report all their errors at once).
std::string error_json(const std::vector<Diagnostic>& errors);

}  // namespace dbi::server
