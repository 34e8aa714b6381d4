// http_front.cpp — one poll() loop for connections that are still sending (http_front.hpp).
#include "http_front.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <chrono>
#include <cstring>
#include <mutex>
#include <vector>

namespace dbi::server {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
// A connection answered with an error stays this long to read what the client still sends,
// so that closing it with unread bytes (which makes the kernel send RST) cannot destroy the
// answer before the client has read it.
constexpr milliseconds kLingerAfterRefusal{1000};
constexpr std::size_t kReadChunk = 16 * 1024;
constexpr std::size_t kMaxChunkSizeLine = 1024;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

bool icontains(std::string_view haystack, std::string_view needle) {
    if (needle.size() > haystack.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
        if (iequals(haystack.substr(i, needle.size()), needle)) return true;
    return false;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Bytes through the first empty line (lines end in LF, CR optional, as httplib reads them).
std::size_t head_length(std::string_view b) {
    const std::size_t crlf = b.find("\n\r\n");
    const std::size_t lf = b.find("\n\n");
    const std::size_t a = crlf == std::string_view::npos ? crlf : crlf + 3;
    const std::size_t c = lf == std::string_view::npos ? lf : lf + 2;
    return std::min(a, c);
}

std::optional<std::size_t> parse_decimal(std::string_view s) {
    if (s.empty() || s.size() > 18) return std::nullopt;
    std::size_t v = 0;
    for (char ch : s) {
        if (ch < '0' || ch > '9') return std::nullopt;
        v = v * 10 + static_cast<std::size_t>(ch - '0');
    }
    return v;
}

std::optional<std::size_t> parse_hex(std::string_view s) {
    if (s.empty() || s.size() > 15) return std::nullopt;
    std::size_t v = 0;
    for (char ch : s) {
        const char c = lower(ch);
        if (c >= '0' && c <= '9') v = v * 16 + static_cast<std::size_t>(c - '0');
        else if (c >= 'a' && c <= 'f') v = v * 16 + static_cast<std::size_t>(c - 'a' + 10);
        else return std::nullopt;
    }
    return v;
}

// Chunked body (RFC 9112 §7.1) from `b`: fills `f` (complete, or body bytes so far).
void frame_chunked(std::string_view b, std::size_t head, std::size_t limit, RequestFraming& f) {
    using State = RequestFraming::State;
    std::size_t pos = head;
    for (;;) {
        const std::size_t nl = b.find('\n', pos);
        if (nl == std::string_view::npos) {
            if (b.size() - pos > kMaxChunkSizeLine) f.state = State::refuse_early;
            return;
        }
        std::string_view line = trim(b.substr(pos, nl - pos));
        line = trim(line.substr(0, line.find(';')));  // chunk extensions are ignored
        const auto size = parse_hex(line);
        if (!size) {
            f.state = State::refuse_early;  // httplib answers 400
            return;
        }
        pos = nl + 1;
        if (*size == 0) {
            // Trailer fields, then the empty line that ends the message.
            for (;;) {
                const std::size_t end = b.find('\n', pos);
                if (end == std::string_view::npos) {
                    if (b.size() - pos > kMaxChunkSizeLine) f.state = State::refuse_early;
                    return;
                }
                const bool empty = trim(b.substr(pos, end - pos)).empty();
                pos = end + 1;
                if (empty) {
                    f.state = State::complete;
                    f.request_bytes = pos;
                    return;
                }
            }
        }
        f.body_bytes += *size;
        if (f.body_bytes > limit) {
            f.state = State::refuse_early;
            return;
        }
        if (b.size() - pos < *size + 2) return;  // the chunk and its CRLF have not all arrived
        pos += *size + 2;
    }
}

// Waits until `fd` is ready for `events` or `timeout` passes; false on timeout or error.
bool wait_for(int fd, short events, milliseconds timeout) {
    pollfd p{fd, events, 0};
    const auto until = Clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<milliseconds>(until - Clock::now()).count();
        if (left <= 0) return false;
        const int r = ::poll(&p, 1, static_cast<int>(left));
        if (r > 0) return (p.revents & (events | POLLHUP | POLLERR)) != 0;
        if (r == 0 || errno != EINTR) return false;
    }
}

void address_of(int fd, bool peer, std::string& ip, int& port) {
    sockaddr_storage addr{};
    socklen_t len = sizeof(addr);
    const int r = peer ? ::getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len)
                       : ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    if (r != 0) return;
    char host[NI_MAXHOST];
    char service[NI_MAXSERV];
    if (::getnameinfo(reinterpret_cast<sockaddr*>(&addr), len, host, sizeof(host), service,
                      sizeof(service), NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
        ip = host;
        port = std::atoi(service);
    }
}

// A connection's socket as httplib's Stream: first the bytes the front already read, then
// the socket itself (only when a request was handed over before all of it arrived, or for a
// pipelined request), never beyond the request's deadline.
class BufferedSocketStream final : public httplib::Stream {
public:
    BufferedSocketStream(int fd, std::string buffered, Clock::time_point deadline,
                         const HttpFrontLimits& limits)
        : fd_(fd), buffered_(std::move(buffered)), deadline_(deadline), limits_(limits) {}

    bool is_readable() const override {
        return offset_ < buffered_.size() || wait_for(fd_, POLLIN, read_wait());
    }
    bool is_writable() const override {
        return wait_for(fd_, POLLOUT, milliseconds(limits_.write_timeout_ms));
    }
    ssize_t read(char* ptr, size_t size) override {
        if (offset_ < buffered_.size()) {
            const std::size_t n = std::min(size, buffered_.size() - offset_);
            std::memcpy(ptr, buffered_.data() + offset_, n);
            offset_ += n;
            return static_cast<ssize_t>(n);
        }
        if (!wait_for(fd_, POLLIN, read_wait())) return -1;
        for (;;) {
            const ssize_t n = ::recv(fd_, ptr, size, 0);
            if (n >= 0 || errno != EINTR) return n;
        }
    }
    ssize_t write(const char* ptr, size_t size) override {
        // A request reaches httplib with its body already here (the front answered "Expect:
        // 100-continue" itself if it was waited for) or about to be refused unread: httplib's
        // own interim answer would be a second one, or would invite a body that is refused.
        const bool first_write = !wrote_;
        wrote_ = true;
        if (first_write && std::string_view(ptr, size) == kContinue)
            return static_cast<ssize_t>(size);
        for (;;) {
            if (!is_writable()) return -1;
            const ssize_t n = ::send(fd_, ptr, size, MSG_NOSIGNAL);
            if (n >= 0) return n;
            if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) return -1;
        }
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        address_of(fd_, true, ip, port);
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        address_of(fd_, false, ip, port);
    }
    socket_t socket() const override { return fd_; }

    // What was read ahead and not consumed: the start of the next (pipelined) request.
    std::string unread() && { return buffered_.substr(std::min(offset_, buffered_.size())); }

private:
    milliseconds read_wait() const {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline_ - Clock::now());
        return std::min(left, milliseconds(limits_.read_timeout_ms));
    }

    int fd_;
    std::string buffered_;
    std::size_t offset_ = 0;
    Clock::time_point deadline_;
    const HttpFrontLimits& limits_;
    bool wrote_ = false;
};

void close_socket(int fd) {
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
}

}  // namespace

RequestFraming frame_request(std::string_view b, std::size_t max_header_bytes,
                             const std::function<std::size_t(std::string_view)>& body_limit) {
    using State = RequestFraming::State;
    RequestFraming f;
    const std::size_t head = head_length(b);
    if (head == std::string_view::npos) {
        if (b.size() > max_header_bytes) f.state = State::headers_too_large;
        return f;
    }
    if (head > max_header_bytes) {
        f.state = State::headers_too_large;
        return f;
    }
    f.header_bytes = head;
    const std::string_view head_text = b.substr(0, head);
    const std::size_t line_end = head_text.find('\n');
    const std::string_view request_line = head_text.substr(0, line_end);
    // "METHOD SP target SP version": the path is the target up to '?'.
    std::string_view path;
    if (const std::size_t sp = request_line.find(' '); sp != std::string_view::npos) {
        path = request_line.substr(sp + 1);
        path = path.substr(0, std::min(path.find(' '), path.find('?')));
    }

    std::optional<std::size_t> content_length;
    bool bad_length = false;
    bool chunked = false;
    bool expect_continue = false;
    std::size_t pos = line_end + 1;
    while (pos < head) {
        const std::size_t nl = head_text.find('\n', pos);
        const std::string_view line = head_text.substr(pos, nl - pos);
        pos = nl + 1;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view name = line.substr(0, colon);
        const std::string_view value = trim(line.substr(colon + 1));
        if (iequals(name, "Content-Length")) {
            const auto v = parse_decimal(value);
            if (!v || (content_length && *content_length != *v)) bad_length = true;
            content_length = v;
        } else if (iequals(name, "Transfer-Encoding")) {
            chunked = chunked || icontains(value, "chunked");
        } else if (iequals(name, "Expect")) {
            expect_continue = iequals(value, "100-continue");
        }
    }

    const std::size_t limit = body_limit(path);
    if (bad_length) {
        f.state = State::refuse_early;  // httplib answers 400
        return f;
    }
    if (chunked) {
        frame_chunked(b, head, limit, f);
    } else if (content_length) {
        f.body_bytes = *content_length;
        if (*content_length > limit) {
            f.state = State::refuse_early;  // the pre-routing handler answers 413 unread
        } else if (b.size() - head >= *content_length) {
            f.state = State::complete;
            f.request_bytes = head + *content_length;
        }
    } else {
        f.state = State::complete;
        f.request_bytes = head;
    }
    f.expects_continue = expect_continue && f.state == State::incomplete && b.size() == head;
    return f;
}

struct HttpFront::Impl {
    struct Connection {
        int fd = -1;
        std::string buffer;                  // received, not yet handed to a worker
        Clock::time_point waiting_since;     // for closing the longest waiting first
        Clock::time_point request_started;   // first byte of the current request
        Clock::time_point deadline;
        bool started = false;                // a byte of the current request has arrived
        bool continue_sent = false;
        bool body_unread = false;            // handed over to be refused: its body is not here
        bool lingering = false;              // answered with an error; draining, then closed
        std::size_t requests_done = 0;
    };
    using ConnectionPtr = std::shared_ptr<Connection>;

    Impl(int listening, HttpFrontLimits l, HttpRequestRunner r)
        : listen_fd(listening), limits(std::move(l)), run_request(std::move(r)) {
        int fds[2];
        if (::pipe(fds) == 0) {
            wake_read = fds[0];
            wake_write = fds[1];
            for (int fd : fds) {
                ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
                ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            }
        }
    }
    ~Impl() {
        if (wake_read >= 0) ::close(wake_read);
        if (wake_write >= 0) ::close(wake_write);
    }

    void wake() {
        const char b = 1;
        [[maybe_unused]] const ssize_t n = ::write(wake_write, &b, 1);  // full pipe: already woken
    }

    // Deadline for the current request of `c`, from its first byte and the body it declared.
    void update_deadline(Connection& c, const RequestFraming& f, Clock::time_point now) {
        if (!c.started) {
            c.deadline = now + milliseconds(limits.idle_timeout_ms);
            return;
        }
        const std::size_t rate = std::max<std::size_t>(limits.min_body_bytes_per_second, 1);
        c.deadline = c.request_started + milliseconds(limits.request_timeout_ms) +
                     milliseconds(f.body_bytes * 1000 / rate);
    }

    void add_waiting(ConnectionPtr c, Clock::time_point now) {
        c->waiting_since = now;
        buffered += c->buffer.size();
        waiting.push_back(std::move(c));
    }

    void close_waiting(std::size_t i) {
        buffered -= waiting[i]->buffer.size();
        close_socket(waiting[i]->fd);
        waiting[i] = std::move(waiting.back());
        waiting.pop_back();
    }

    // Closes the connection that has waited longest, except `keep` (index or npos).
    bool close_longest_waiting(std::size_t keep) {
        std::size_t oldest = std::string::npos;
        for (std::size_t i = 0; i < waiting.size(); ++i)
            if (i != keep && (oldest == std::string::npos ||
                              waiting[i]->waiting_since < waiting[oldest]->waiting_since))
                oldest = i;
        if (oldest == std::string::npos) return false;
        close_waiting(oldest);
        return true;
    }

    // Answers with a prepared error, stops reading requests, and lingers to drain.
    void refuse(Connection& c, const std::string& response, Clock::time_point now) {
        [[maybe_unused]] const ssize_t n =
            ::send(c.fd, response.data(), response.size(), MSG_NOSIGNAL);
        ::shutdown(c.fd, SHUT_WR);
        buffered -= c.buffer.size();
        c.buffer.clear();
        c.buffer.shrink_to_fit();
        c.lingering = true;
        c.deadline = now + kLingerAfterRefusal;
    }

    void accept_all(Clock::time_point now) {
        for (;;) {
            sockaddr_storage addr{};
            socklen_t len = sizeof(addr);
            const int fd = ::accept(listen_fd, reinterpret_cast<sockaddr*>(&addr), &len);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED) continue;
                // EAGAIN: all taken. EMFILE/ENFILE: out of descriptors; make room for the
                // next round by closing the longest waiting connection.
                if (errno == EMFILE || errno == ENFILE) close_longest_waiting(std::string::npos);
                return;
            }
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
            if (waiting.size() >= limits.max_connections) close_longest_waiting(std::string::npos);
            auto c = std::make_shared<Connection>();
            c->fd = fd;
            c->deadline = now + milliseconds(limits.idle_timeout_ms);
            add_waiting(std::move(c), now);
        }
    }

    // Reads what `waiting[i]` has sent and acts on it. False when it left the waiting list.
    bool on_readable(std::size_t i, Clock::time_point now) {
        const ConnectionPtr self = waiting[i];
        Connection& c = *self;
        char chunk[kReadChunk];
        const ssize_t n = ::recv(c.fd, chunk, sizeof(chunk), 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) return true;
        if (n <= 0) {  // closed by the client, or broken
            close_waiting(i);
            return false;
        }
        if (c.lingering) return true;  // drained and dropped
        c.buffer.append(chunk, static_cast<std::size_t>(n));
        buffered += static_cast<std::size_t>(n);
        if (!c.started) {
            c.started = true;
            c.request_started = now;
        }
        if (buffered > limits.max_buffered_bytes) {
            while (buffered > limits.max_buffered_bytes && close_longest_waiting(i)) {
            }
            // Closing swaps the last entry into the freed place: this one may have moved.
            i = static_cast<std::size_t>(
                std::find(waiting.begin(), waiting.end(), self) - waiting.begin());
        }
        return examine(i, now);
    }

    // Hands `waiting[i]` to a worker if its request is whole (or certain to be refused).
    bool examine(std::size_t i, Clock::time_point now) {
        using State = RequestFraming::State;
        Connection& c = *waiting[i];
        const RequestFraming f = frame_request(c.buffer, limits.max_header_bytes, limits.body_limit);
        switch (f.state) {
        case State::headers_too_large:
            refuse(c, limits.headers_too_large_response, now);
            return true;
        case State::incomplete:
            if (f.expects_continue && !c.continue_sent) {
                c.continue_sent = true;
                [[maybe_unused]] const ssize_t n =
                    ::send(c.fd, kContinue.data(), kContinue.size(), MSG_NOSIGNAL);
            }
            update_deadline(c, f, now);
            return true;
        case State::complete:
        case State::refuse_early:
            break;
        }
        update_deadline(c, f, now);
        ConnectionPtr taken = std::move(waiting[i]);
        buffered -= taken->buffer.size();
        waiting[i] = std::move(waiting.back());
        waiting.pop_back();
        // A request refused unread leaves its body in the socket: that connection cannot carry
        // another request (serve() closes it).
        taken->body_unread = f.state == State::refuse_early;
        pool->enqueue([this, taken] { serve(taken); });
        return false;
    }

    // On a worker: one request, then back to the loop (keep-alive) or closed.
    void serve(const ConnectionPtr& c) {
        const bool last = c->requests_done + 1 >= limits.max_requests_per_connection ||
                          stopping.load();
        BufferedSocketStream stream(c->fd, std::move(c->buffer), c->deadline, limits);
        bool closed = false;
        const bool ok = run_request(stream, last, closed);
        c->buffer = std::move(stream).unread();
        if (!ok || closed || last || c->body_unread) {
            close_socket(c->fd);
            return;
        }
        c->requests_done += 1;
        c->started = false;
        c->continue_sent = false;
        c->deadline = Clock::now() + milliseconds(limits.idle_timeout_ms);
        {
            std::lock_guard<std::mutex> lock(returned_mutex);
            if (!stopping.load()) {
                returned.push_back(c);
                wake();
                return;
            }
        }
        close_socket(c->fd);
    }

    void take_returned(Clock::time_point now) {
        std::vector<ConnectionPtr> back;
        {
            std::lock_guard<std::mutex> lock(returned_mutex);
            back.swap(returned);
        }
        for (auto& c : back) {
            const bool pipelined = !c->buffer.empty();
            if (pipelined) {
                c->started = true;
                c->request_started = now;
            }
            add_waiting(std::move(c), now);
            if (pipelined) examine(waiting.size() - 1, now);
        }
    }

    bool loop() {
        ::fcntl(listen_fd, F_SETFL, ::fcntl(listen_fd, F_GETFL) | O_NONBLOCK);
        pool = std::make_unique<httplib::ThreadPool>(static_cast<std::size_t>(limits.threads));
        bool ok = true;
        std::vector<pollfd> fds;
        while (!stopping.load()) {
            Clock::time_point now = Clock::now();
            // Without waiting connections nothing has a deadline: sleep until woken.
            Clock::time_point next = Clock::time_point::max();
            fds.clear();
            fds.push_back({wake_read, POLLIN, 0});
            fds.push_back({listen_fd, POLLIN, 0});
            for (const auto& c : waiting) {
                fds.push_back({c->fd, POLLIN, 0});
                next = std::min(next, c->deadline);
            }
            int wait_ms = -1;
            if (next != Clock::time_point::max())
                wait_ms = static_cast<int>(std::clamp<std::int64_t>(
                    std::chrono::duration_cast<milliseconds>(next - now).count() + 1, 0,
                    24 * 3600 * 1000));
            const int r = ::poll(fds.data(), fds.size(), wait_ms);
            if (r < 0 && errno != EINTR) {
                ok = false;
                break;
            }
            now = Clock::now();
            if (fds[0].revents & POLLIN) {
                char drain[64];
                while (::read(wake_read, drain, sizeof(drain)) > 0) {
                }
            }
            if (stopping.load()) break;
            // Connections in `waiting` line up with fds[2…] until the list changes: walk it
            // backwards so that removing entry i (swap with the last) leaves the rest in place.
            const std::size_t polled = fds.size() - 2;
            for (std::size_t k = polled; k-- > 0;) {
                const auto still_at_k = [&] {
                    return k < waiting.size() && waiting[k]->fd == fds[k + 2].fd;
                };
                if (!still_at_k()) continue;
                // Reading may close other connections to stay within the limits, which moves
                // entries: this one is then looked at again on the next round.
                if ((fds[k + 2].revents & (POLLIN | POLLHUP | POLLERR)) &&
                    (!on_readable(k, now) || !still_at_k()))
                    continue;
                Connection& c = *waiting[k];
                if (now < c.deadline) continue;
                if (c.started && !c.lingering) {
                    refuse(c, limits.timeout_response, now);
                } else {
                    close_waiting(k);
                }
            }
            take_returned(now);
            if (fds[1].revents & POLLIN) accept_all(now);
            if (fds[1].revents & (POLLERR | POLLNVAL)) {
                ok = false;
                break;
            }
        }
        stopping.store(true);
        ::close(listen_fd);
        for (const auto& c : waiting) close_socket(c->fd);
        waiting.clear();
        pool->shutdown();  // requests with a worker are answered first
        take_and_close_returned();
        return ok;
    }

    void take_and_close_returned() {
        std::lock_guard<std::mutex> lock(returned_mutex);
        for (const auto& c : returned) close_socket(c->fd);
        returned.clear();
    }

    int listen_fd;
    HttpFrontLimits limits;
    HttpRequestRunner run_request;
    int wake_read = -1;
    int wake_write = -1;
    std::atomic<bool> stopping{false};
    std::unique_ptr<httplib::ThreadPool> pool;
    std::vector<ConnectionPtr> waiting;  // loop thread only
    std::size_t buffered = 0;            // bytes in waiting connections' buffers
    std::mutex returned_mutex;
    std::vector<ConnectionPtr> returned;  // keep-alive connections back from workers
};

HttpFront::HttpFront(int listening_socket, HttpFrontLimits limits, HttpRequestRunner run)
    : impl_(std::make_unique<Impl>(listening_socket, std::move(limits), std::move(run))) {}

HttpFront::~HttpFront() = default;

bool HttpFront::run() {
    if (impl_->stopping.load()) {
        ::close(impl_->listen_fd);
        return true;
    }
    return impl_->loop();
}

void HttpFront::stop() {
    impl_->stopping.store(true);
    impl_->wake();
}

}  // namespace dbi::server
