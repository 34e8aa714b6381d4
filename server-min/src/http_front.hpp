// http_front.hpp — reads every HTTP request whole before a worker thread sees it.
//
// httplib 0.11 gives each connection a pool thread from accept to close, and its read timeout
// restarts with every byte: a client that sends one byte every few seconds holds a thread for
// ever, and as many such clients as threads stall the server ("slowloris"). The front keeps
// every connection that is still sending its request in one poll() loop, where it costs a file
// descriptor and its buffered bytes, never a thread, and hands a request to the worker pool
// only once all of it has arrived (or once it is certain to be refused, e.g. a body over the
// route's limit). A keep-alive connection goes back to the loop between requests.
//
// Deadlines (HttpFrontLimits): a request must arrive whole within `request_timeout_ms` of its
// first byte plus `body bytes / min_body_bytes_per_second`; a new connection must send its
// first byte, and an idle keep-alive connection its next request, within `idle_timeout_ms`.
// A request that misses its deadline is answered 408 (`timeout_response`) and closed; an idle
// connection is closed without an answer. When `max_connections` or `max_buffered_bytes`
// would be exceeded, the connection that has waited longest for its request is closed.
//
// POSIX sockets (Linux, macOS); the listening socket comes bound and listening.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace httplib {
class Stream;
}

namespace dbi::server {

// ---------------------------------------------------------------------------------------------
// Request framing: where a request in a byte buffer ends (RFC 9112 §6), without copying it.

struct RequestFraming {
    enum class State {
        incomplete,     // more bytes are needed
        complete,       // `request_bytes` hold one whole request
        refuse_early,   // the body will be refused unread (over the limit): dispatch now
        headers_too_large,  // no end of headers within max_header_bytes
    };
    State state = State::incomplete;
    std::size_t request_bytes = 0;   // complete: head + body (chunked: through the last chunk)
    std::size_t header_bytes = 0;    // once the head is complete: request line + headers + CRLF
    std::size_t body_bytes = 0;      // Content-Length, or the chunk bytes seen so far
    bool expects_continue = false;   // "Expect: 100-continue" and the body has not arrived
};

// `body_limit` gives the largest body the request's path accepts (bytes).
RequestFraming frame_request(std::string_view buffered, std::size_t max_header_bytes,
                             const std::function<std::size_t(std::string_view path)>& body_limit);

// ---------------------------------------------------------------------------------------------
// The front

struct HttpFrontLimits {
    int threads = 8;                       // workers that run complete requests
    std::size_t max_header_bytes = 16 * 1024;
    std::function<std::size_t(std::string_view path)> body_limit;  // required
    int request_timeout_ms = 10000;        // first byte → whole head (and body, see below)
    std::size_t min_body_bytes_per_second = 16 * 1024;  // extends the deadline for big bodies
    int idle_timeout_ms = 2000;            // new or keep-alive connection → first byte
    int read_timeout_ms = 5000;            // a worker reading past what was buffered
    int write_timeout_ms = 5000;           // a worker writing a response
    std::size_t max_connections = 4096;    // open connections waiting for a request
    std::size_t max_buffered_bytes = 256u * 1024 * 1024;  // bytes held across all of them
    std::size_t max_requests_per_connection = 1000;
    std::string timeout_response;          // whole HTTP response for a request out of time
    std::string headers_too_large_response;  // whole HTTP response for oversized headers
};

// Runs one request from `stream`: `close_connection` asks for "Connection: close" in the
// answer; set `connection_closed` when the request or the answer ends the connection. Returns
// false when the connection is broken (it is then closed).
using HttpRequestRunner =
    std::function<bool(httplib::Stream& stream, bool close_connection, bool& connection_closed)>;

class HttpFront {
public:
    HttpFront(int listening_socket, HttpFrontLimits limits, HttpRequestRunner run);
    ~HttpFront();
    HttpFront(const HttpFront&) = delete;
    HttpFront& operator=(const HttpFront&) = delete;

    // Serves until stop(); then closes the listening socket and every waiting connection,
    // and returns once requests already with a worker have been answered. False when the
    // listening socket failed.
    bool run();
    // Any thread, any time (before run() too: run() then returns at once).
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dbi::server
