// dbi-bench-ingest — a load generator for POST /api/v1/submissions (tools/bench/ingest.sh).
//
//   dbi-bench-ingest --port P [--rate R] [--seconds S] [--connections C] [--indices DIR]
//
// Pre-builds R·S distinct signed envelopes (one device key and tax code each, answers of the
// worked example scored by the same core), then sends them:
//  - at a fixed rate R (open loop, wrk2-style): latency is measured from each request's
//    *scheduled* time, so a stalled server cannot hide its queueing (no coordinated omission);
//  - with --rate 0, as fast as C connections allow (closed loop): the ingest ceiling.
// Prints requests, 201s, errors, achieved rate and p50/p90/p99/max latency, plus the machine's
// Ed25519 verification ceiling (libsodium alone, one thread) for comparison.
// Only talks to 127.0.0.1. Bounded in count and time.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "dbi/answers.hpp"
#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"
#include "dbi/index.hpp"
#include "dbi/scoring.hpp"

namespace {

using Clock = std::chrono::steady_clock;

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A valid tax code (check digit of dbi/profile.hpp), distinct for distinct n: n owns the block
// of 11 consecutive nine-digit numbers starting at 11·n, and one of them has a check digit
// (each step changes the weighted sum by 3, so 11 steps cover every residue mod 11).
std::string tax_code(long n) {
    static const int w[9] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    for (long j = 0; j < 11; ++j) {
        std::string d = std::to_string(100000000 + (n * 11 + j) % 800000000);
        int sum = 0;
        for (int i = 0; i < 9; ++i) sum += w[i] * (d[static_cast<std::size_t>(i)] - '0');
        int check = 10 - sum % 11;
        if (check < 10) return d + std::to_string(check);
    }
    return "0300588569";
}

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    std::size_t i = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<long>(i), v.end());
    return v[i];
}

}  // namespace

int main(int argc, char** argv) {
    int port = 0, seconds = 10, connections = 16;
    double rate = 500;
    std::string indices = "indices";
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i], v = argv[i + 1];
        if (a == "--port") port = std::atoi(v.c_str());
        else if (a == "--rate") rate = std::atof(v.c_str());
        else if (a == "--seconds") seconds = std::atoi(v.c_str());
        else if (a == "--connections") connections = std::atoi(v.c_str());
        else if (a == "--indices") indices = v;
    }
    if (port <= 0 || seconds <= 0 || seconds > 120 || connections <= 0 || connections > 256 ||
        rate < 0 || rate > 20000) {
        std::cerr << "usage: dbi-bench-ingest --port P [--rate R (0 = max)] [--seconds S ≤ 120] "
                     "[--connections C] [--indices DIR]\n";
        return 2;
    }
    if (!dbi::crypto::init()) return 1;

    // --- The machine's Ed25519 verification ceiling (one thread, libsodium alone) -------------
    {
        auto key = dbi::crypto::generate_keypair();
        std::string msg(2000, 'x');
        auto sig = dbi::crypto::sign(msg, key);
        const auto& ed = dbi::crypto::verifier();
        int n = 0;
        auto start = Clock::now();
        while (Clock::now() - start < std::chrono::milliseconds(500)) {
            for (int i = 0; i < 100; ++i) n += ed.verify(msg, sig, key.public_key) ? 1 : 0;
        }
        double s = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf("ed25519 verify ceiling: %.0f/s per core\n", n / s);
    }

    // --- Envelopes ----------------------------------------------------------------------------
    auto index = dbi::parse_index(read_all(indices + "/vn.mic.1970-2021.sme.json"));
    if (!index) {
        std::cerr << "cannot read the SME index under " << indices << "\n";
        return 1;
    }
    auto answers = dbi::parse_answers(
        index.value(), read_all(indices + "/../tests/golden/vn.mic.1970-2021.sme/worked-example.answers.json"));
    if (!answers) {
        std::cerr << "cannot read the worked-example answers\n";
        return 1;
    }
    auto scored = dbi::score(index.value(), answers.value());
    const std::string answers_json = dbi::answers_to_canonical_json(answers.value());
    const std::size_t total = rate > 0 ? static_cast<std::size_t>(rate * seconds)
                                       : static_cast<std::size_t>(4000 * seconds);
    std::vector<std::string> envelopes;
    envelopes.reserve(total);
    const std::string now = dbi::format_utc(static_cast<std::int64_t>(std::time(nullptr)));
    // Fresh tax codes on every run, so runs against the same server never share a binding.
    const std::string salt_bytes = dbi::crypto::random_bytes(4);
    const long salt = static_cast<long>((static_cast<unsigned char>(salt_bytes[0]) << 16 |
                                         static_cast<unsigned char>(salt_bytes[1]) << 8 |
                                         static_cast<unsigned char>(salt_bytes[2])) % 70) * 1000000;
    for (std::size_t i = 0; i < total; ++i) {
        dbi::AssessmentStatement s;
        s.submission_id = dbi::crypto::random_uuid_v4();
        s.issued_at = now;
        s.channel = "web";
        s.subject = dbi::Subject{"Công ty đo tải " + std::to_string(i),
                                 tax_code(salt + static_cast<long>(i)), "79", "C", "small", true};
        s.assessment = scored.value();
        auto device = dbi::crypto::generate_keypair();
        dbi::Envelope e;
        e.statements.push_back(dbi::crypto::sign_statement(dbi::assessment_statement_bytes(s),
                                                           dbi::Role::device, device, now));
        e.answers_json = answers_json;
        envelopes.push_back(dbi::envelope_bytes(e));
    }
    std::printf("envelopes: %zu, %zu bytes each\n", envelopes.size(), envelopes.front().size());

    // --- Load ---------------------------------------------------------------------------------
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> created{0}, other{0}, failed{0};
    std::mutex mutex;
    std::vector<double> latencies_ms;
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::seconds(seconds) + std::chrono::seconds(10);
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c)
        threads.emplace_back([&] {
            httplib::Client cli("127.0.0.1", port);
            cli.set_keep_alive(true);
            cli.set_tcp_nodelay(true);
            cli.set_connection_timeout(5, 0);
            cli.set_read_timeout(10, 0);
            std::vector<double> mine;
            for (;;) {
                const std::size_t i = next++;
                if (i >= envelopes.size() || Clock::now() > deadline) break;
                Clock::time_point scheduled = Clock::now();
                if (rate > 0) {
                    scheduled = start + std::chrono::duration_cast<Clock::duration>(
                                            std::chrono::duration<double>(static_cast<double>(i) / rate));
                    std::this_thread::sleep_until(scheduled);
                }
                auto r = cli.Post("/api/v1/submissions", envelopes[i], "application/json");
                const double ms =
                    std::chrono::duration<double, std::milli>(Clock::now() - scheduled).count();
                if (!r) {
                    if (failed.load() < 3)
                        std::fprintf(stderr, "request failed: %s\n", httplib::to_string(r.error()).c_str());
                    ++failed;
                    continue;
                }
                (r->status == 201 ? created : other)++;
                if (r->status != 201 && other.load() <= 3)
                    std::fprintf(stderr, "status %d: %.200s\n", r->status, r->body.c_str());
                mine.push_back(ms);
            }
            std::lock_guard<std::mutex> lock(mutex);
            latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
        });
    for (auto& t : threads) t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<double> l = latencies_ms;
    std::printf("mode: %s, connections %d\n",
                rate > 0 ? ("fixed rate " + std::to_string(static_cast<int>(rate)) + "/s").c_str()
                         : "max (closed loop)",
                connections);
    std::printf("requests: %zu in %.2f s, 201: %zu, other status: %zu, failed: %zu\n", l.size(),
                elapsed, created.load(), other.load(), failed.load());
    std::printf("submissions/s: %.0f\n", static_cast<double>(created.load()) / elapsed);
    std::printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", percentile(l, 50),
                percentile(l, 90), percentile(l, 99), l.empty() ? 0.0 : *std::max_element(l.begin(), l.end()));
    return failed.load() == 0 && other.load() == 0 ? 0 : 1;
}
