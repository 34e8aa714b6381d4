// Malformed and slow HTTP (server-min/src/http_front.hpp): slow clients do not hold the worker
// threads, requests have a total deadline, oversized heads are refused, and what real clients
// do (pipelining, Expect: 100-continue, chunked bodies sent in pieces) still works.
#include <atomic>
#include <chrono>
#include <thread>

#include "http_front.hpp"
#include "server_fixture.hpp"

using namespace dbi;
using namespace dbi::test;
using Clock = std::chrono::steady_clock;

namespace {

std::int64_t ranked_total(const TestServer& s) {
    return body_json(s.get(std::string("/api/v1/rankings?index=") + kSme))["total"].get<std::int64_t>();
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

std::size_t occurrences(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

std::string submission_head(std::size_t length, const std::string& extra = "") {
    return "POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
           "Content-Length: " + std::to_string(length) + "\r\n" + extra + "\r\n";
}

}  // namespace

TEST_SUITE("slow_clients") {

TEST_CASE("many slow clients do not stall the others") {
    TempDir dir;
    TestKeys keys;
    // 8 worker threads (the fixture's), a deadline longer than the test: the slow clients
    // below stay open and keep sending throughout.
    TestServer s(dir, keys, 1, false, [](server::Config& c) { c.request_timeout_seconds = 60; });
    constexpr int kSlow = 120;  // 15 × the worker threads
    std::vector<std::unique_ptr<RawConnection>> slow;
    for (int i = 0; i < kSlow; ++i) {
        slow.push_back(std::make_unique<RawConnection>(s.port()));
        // Half stop inside their headers, half announce a body and send it byte by byte.
        REQUIRE(slow.back()->send(i % 2 ? std::string("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")
                                        : submission_head(4000)));
    }
    // One byte per connection every 300 ms: a per-read timeout (5 s) never fires on them.
    std::atomic<bool> done{false};
    std::thread trickle([&] {
        while (!done) {
            for (auto& c : slow) c->send("X");
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));

    const Built good = build(Draft{}, crypto::generate_keypair());
    auto submitted = s.post("/api/v1/submissions", good.envelope);
    REQUIRE(submitted);
    CHECK(submitted->status == 201);
    for (int i = 0; i < 20; ++i) {
        auto r = s.get("/api/v1/health");
        REQUIRE_MESSAGE(r, "request " << i << " got no answer while slow clients are connected");
        CHECK(r->status == 200);
    }
    CHECK(ranked_total(s) == 1);
    done = true;
    trickle.join();
    for (auto& c : slow) CHECK_FALSE(c->closed_by_server());
}

TEST_CASE("a request that does not arrive in time is answered 408 and closed") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys, 1, false, [](server::Config& c) { c.request_timeout_seconds = 1; });

    SUBCASE("a body announced and never sent") {
        RawConnection c(s.port());
        REQUIRE(c.send(submission_head(100) + "{\"v\":"));
        const std::string resp = c.receive_json_response(5000);
        CHECK(starts_with(resp, "HTTP/1.1 408"));
        CHECK(resp.find("DBI-SRV-028") != std::string::npos);
        CHECK(resp.find("Connection: close") != std::string::npos);
        c.receive(2000, [](const std::string&) { return false; });
        CHECK(c.closed_by_server());
    }

    SUBCASE("the deadline is total: a byte every 200 ms does not extend it") {
        RawConnection c(s.port());
        const std::string head = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ";
        // 50 bytes at 200 ms would take 10 s; the answer must come while they are being sent.
        std::string resp;
        for (int i = 0; i < 50 && resp.empty(); ++i) {
            if (!c.send(std::string(1, i < static_cast<int>(head.size()) ? head[static_cast<std::size_t>(i)] : 'a')))
                break;
            resp = c.receive(200, [](const std::string& got) { return !got.empty(); });
        }
        resp += c.receive_json_response(2000);
        CHECK(starts_with(resp, "HTTP/1.1 408"));
        CHECK(resp.find("DBI-SRV-028") != std::string::npos);
    }

    SUBCASE("a connection that never sends a byte is closed without an answer") {
        RawConnection c(s.port());
        const std::string resp = c.receive(5000, [](const std::string&) { return false; });
        CHECK(resp.empty());
        CHECK(c.closed_by_server());
    }
    // The server still serves.
    auto r = s.get("/api/v1/health");
    REQUIRE(r);
    CHECK(r->status == 200);
}

TEST_CASE("HTTP that real clients send still works through the front") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const Built good = build(Draft{}, crypto::generate_keypair());

    SUBCASE("headers over the limit: 431 with its code") {
        RawConnection c(s.port());
        const std::string big = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                std::string(server::kMaxHeaderBytes + 100, 'a') + "\r\n\r\n";
        c.send(big);
        const std::string resp = c.receive_json_response();
        CHECK(starts_with(resp, "HTTP/1.1 431"));
        CHECK(resp.find("DBI-SRV-029") != std::string::npos);
        CHECK(resp.find(std::to_string(server::kMaxHeaderBytes)) != std::string::npos);
    }

    SUBCASE("pipelined requests are answered in order on one connection") {
        RawConnection c(s.port());
        REQUIRE(c.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
                       "GET /api/v1/no-such-thing HTTP/1.1\r\nHost: x\r\n\r\n" +
                       submission_head(good.envelope.size(), "Connection: close\r\n") +
                       good.envelope));
        const std::string resp = c.receive_responses(3);
        const std::size_t ok = resp.find("HTTP/1.1 200");
        const std::size_t missing = resp.find("HTTP/1.1 404");
        const std::size_t created = resp.find("HTTP/1.1 201");
        CHECK(ok == 0);
        CHECK(missing != std::string::npos);
        CHECK(created != std::string::npos);
        CHECK((ok < missing && missing < created));
        CHECK(ranked_total(s) == 1);
    }

    SUBCASE("Expect: 100-continue gets exactly one interim answer") {
        RawConnection c(s.port());
        REQUIRE(c.send(submission_head(good.envelope.size(), "Expect: 100-continue\r\n")));
        const std::string interim = c.receive(5000, [](const std::string& got) {
            return got.find("\r\n\r\n") != std::string::npos;
        });
        CHECK(interim == "HTTP/1.1 100 Continue\r\n\r\n");
        REQUIRE(c.send(good.envelope));
        const std::string resp = interim + c.receive_json_response();
        CHECK(resp.find("HTTP/1.1 201") != std::string::npos);
        CHECK(occurrences(resp, "100 Continue") == 1);
        CHECK(ranked_total(s) == 1);
    }

    SUBCASE("a chunked body sent in pieces is accepted once whole") {
        RawConnection c(s.port());
        const std::string& e = good.envelope;
        const std::size_t half = e.size() / 2;
        char first[24];
        char second[24];
        std::snprintf(first, sizeof first, "%zx", half);
        std::snprintf(second, sizeof second, "%zx", e.size() - half);
        const std::string body = std::string(first) + "\r\n" + e.substr(0, half) + "\r\n" +
                                 second + "\r\n" + e.substr(half) + "\r\n0\r\n\r\n";
        REQUIRE(c.send("POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\n"
                       "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        for (std::size_t at = 0; at < body.size(); at += 700) {
            REQUIRE(c.send(body.substr(at, 700)));
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        const std::string resp = c.receive_json_response();
        CHECK(starts_with(resp, "HTTP/1.1 201"));
        CHECK(ranked_total(s) == 1);
    }

    SUBCASE("a body refused unread closes the connection: it is never read as a request") {
        RawConnection c(s.port());
        REQUIRE(c.send(submission_head(70000) + std::string(2000, 'G')));
        const std::string resp = c.receive_json_response();
        CHECK(starts_with(resp, "HTTP/1.1 413"));
        CHECK(resp.find("DBI-SRV-001") != std::string::npos);
        const std::string after = c.receive(3000, [](const std::string&) { return false; });
        CHECK(after.empty());
        CHECK(c.closed_by_server());
    }

    SUBCASE("a truncated body then a closed socket loses nothing else") {
        {
            RawConnection c(s.port());
            REQUIRE(c.send(submission_head(good.envelope.size()) + good.envelope.substr(0, 100)));
        }
        auto r = s.post("/api/v1/submissions", good.envelope);
        REQUIRE(r);
        CHECK(r->status == 201);
        CHECK(ranked_total(s) == 1);
    }
}

TEST_CASE("the front closes the longest waiting connection when over its limits") {
    // The front alone, with small limits, and a request runner that answers "ok" to a GET.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(listener >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(listener, 64) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    const int port = ntohs(addr.sin_port);

    server::HttpFrontLimits limits;
    limits.threads = 2;
    limits.body_limit = [](std::string_view) -> std::size_t { return 1000; };
    limits.max_connections = 4;
    limits.max_buffered_bytes = 1000;
    limits.request_timeout_ms = 30000;
    limits.idle_timeout_ms = 30000;
    limits.timeout_response = "HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n";
    limits.headers_too_large_response = "HTTP/1.1 431 Too Large\r\nContent-Length: 0\r\n\r\n";
    std::atomic<int> served{0};
    server::HttpFront front(listener, limits, [&](httplib::Stream& strm, bool, bool& closed) {
        std::string request;
        char ch = 0;
        while (request.find("\r\n\r\n") == std::string::npos && strm.read(&ch, 1) == 1)
            request += ch;
        const std::string answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        closed = true;
        ++served;
        return strm.write(answer.data(), answer.size()) == static_cast<ssize_t>(answer.size());
    });
    std::thread loop([&] { front.run(); });
    const auto until_closed = [](RawConnection& c) {
        c.receive(3000, [](const std::string&) { return false; });
        return c.closed_by_server();
    };

    SUBCASE("connections") {
        std::vector<std::unique_ptr<RawConnection>> slow;
        for (int i = 0; i < 4; ++i) {
            slow.push_back(std::make_unique<RawConnection>(port));
            REQUIRE(slow.back()->send("GET / HTTP/1.1\r\n"));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        RawConnection fifth(port);  // over the limit of 4: the first slow one goes
        REQUIRE(fifth.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        CHECK(fifth.receive_responses(1).find("200 OK") != std::string::npos);
        CHECK(until_closed(*slow[0]));
        CHECK_FALSE(slow[1]->closed_by_server());
        CHECK(slow[1]->send("Host: x\r\n\r\n"));  // the others are still served
        CHECK(slow[1]->receive_responses(1).find("200 OK") != std::string::npos);
    }
    SUBCASE("buffered bytes") {
        RawConnection first(port);
        REQUIRE(first.send("GET / HTTP/1.1\r\nX-Pad: " + std::string(600, 'a')));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        RawConnection second(port);  // 1,200 bytes held in all: the first goes
        REQUIRE(second.send("GET / HTTP/1.1\r\nX-Pad: " + std::string(600, 'b')));
        CHECK(until_closed(first));
        REQUIRE(second.send("\r\n\r\n"));
        CHECK(second.receive_responses(1).find("200 OK") != std::string::npos);
    }
    front.stop();
    loop.join();
    CHECK(served.load() >= 1);
}

TEST_CASE("request framing finds where a request ends") {
    using State = server::RequestFraming::State;
    const auto limit = [](std::string_view path) -> std::size_t {
        return path == "/big" ? 1000 : 10;
    };
    auto frame = [&](const std::string& b) { return server::frame_request(b, 200, limit); };

    CHECK(frame("GET / HTTP/1.1\r\nHost: x\r\n").state == State::incomplete);
    const auto get = frame("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /next");
    CHECK(get.state == State::complete);
    CHECK(get.request_bytes == 27);  // the pipelined start of the next request is not counted
    CHECK(frame("GET / HTTP/1.1\nHost: x\n\n").state == State::complete);  // bare LF lines

    const std::string post = "POST /p?q=1 HTTP/1.1\r\ncontent-length: 5\r\n\r\n";
    CHECK(frame(post + "abc").state == State::incomplete);
    CHECK(frame(post + "abc").body_bytes == 5);
    CHECK(frame(post + "abcde").state == State::complete);
    CHECK(frame(post + "abcde").request_bytes == post.size() + 5);
    CHECK(frame("POST /p HTTP/1.1\r\nContent-Length: 11\r\n\r\n").state == State::refuse_early);
    CHECK(frame("POST /big HTTP/1.1\r\nContent-Length: 11\r\n\r\n").state == State::incomplete);
    CHECK(frame("POST /p HTTP/1.1\r\nContent-Length: 1x\r\n\r\n").state == State::refuse_early);
    CHECK(frame("POST /p HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n").state ==
          State::refuse_early);

    const auto expect = frame("POST /p HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-Continue\r\n\r\n");
    CHECK(expect.expects_continue);
    CHECK_FALSE(frame("POST /p HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n{").expects_continue);

    const std::string chunked = "POST /big HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n";
    CHECK(frame(chunked + "3\r\nabc\r\n").state == State::incomplete);
    CHECK(frame(chunked + "3;ext=1\r\nabc\r\n0\r\n").state == State::incomplete);
    const auto whole = frame(chunked + "3\r\nabc\r\n0\r\nTrailer: 1\r\n\r\nNEXT");
    CHECK(whole.state == State::complete);
    CHECK(whole.request_bytes == chunked.size() + 25);
    CHECK(whole.body_bytes == 3);
    CHECK(frame(chunked + "zz\r\n").state == State::refuse_early);
    CHECK(frame(chunked + "3e9\r\n").state == State::refuse_early);  // 1,001 bytes > 1,000

    CHECK(frame(std::string(201, 'a')).state == State::headers_too_large);
    CHECK(frame("GET / HTTP/1.1\r\nX: " + std::string(200, 'a') + "\r\n\r\n").state ==
          State::headers_too_large);
}

}  // TEST_SUITE
