// Crash safety: a real dbi-server (the binary, a child process) is killed with SIGKILL at random
// moments while four clients submit thousands of signed submissions, and restarted on the same
// data each time. Clients retry a submission until it gets a definite answer (same bytes, so a
// retry is harmless). Afterwards, from the database itself: every submission that was answered
// 201 or 200 is stored exactly once, its receipt (from the answer) verifies against the trust
// list, nothing is stored that was not submitted, and the hash-chained log is intact.
// Runs on the SQLite file (server.crash) and on PostgreSQL (server.pg.crash, DBI_TEST_PG).
#include <atomic>
#include <mutex>
#include <random>
#include <set>

#include "server_fixture.hpp"
#include "server_process.hpp"

using namespace dbi;
using namespace dbi::test;

namespace {

// Thousands natively; fewer under the sanitizers (-O0, every request ~10× slower), with as
// many kills (tests/server/CMakeLists.txt).
#ifndef DBI_CRASH_SUBMISSIONS
#define DBI_CRASH_SUBMISSIONS 2000
#endif
constexpr int kSubmissions = DBI_CRASH_SUBMISSIONS;
constexpr int kSenders = 4;

struct Reply {
    int status = 0;
    std::string envelope;  // the receipted envelope the server answered with
};

}  // namespace

TEST_SUITE("crash") {

TEST_CASE("SIGKILL at random moments under load: every receipted submission stored once, "
          "chain intact") {
    TempDir dir;
    TestKeys keys;
    std::string err;
    const auto [root, trust] = write_trust_files(dir, keys);
    std::filesystem::create_directories(dir / "data");
    REQUIRE(server::write_file_atomic(dir / "data/receipt-key.json",
                                      server::secret_key_json("receipt", "test", keys.receipt),
                                      0600, &err));
    std::vector<std::string> args{"--data", dir / "data", "--host", "127.0.0.1", "--port", "0",
                                  "--indices", source_path("indices"), "--trust", trust,
                                  "--root", root, "--threads", "8"};
    if (dir.db().postgres()) args.insert(args.end(), {"--database", dir.db().option()});

    // Distinct enterprises and devices, so that every submission is accepted on its merits.
    std::vector<std::string> bodies;
    std::set<std::string> submitted_ids;
    for (int i = 0; i < kSubmissions; ++i) {
        Draft d;
        d.subject.tax_code = tax_code(20000 + i);
        d.answers = i % 3 == 0 ? "worked-example" : i % 3 == 1 ? "partial" : "total-129";
        submitted_ids.insert(d.submission_id);
        bodies.push_back(build(d, crypto::generate_keypair()).envelope);
    }

    auto server = std::make_unique<ServerProcess>(dir.path(), args);
    std::atomic<int> port{server->wait_port()};
    std::mutex server_mutex;  // the killer swaps the process; senders only read the port
    std::atomic<bool> done{false};
    std::atomic<std::size_t> next{0};
    std::atomic<int> retries{0};
    std::vector<Reply> answers(bodies.size());

    auto sender = [&] {
        for (std::size_t i = next++; i < bodies.size(); i = next++) {
            for (;;) {
                httplib::Client cli("127.0.0.1", port.load());
                cli.set_connection_timeout(2, 0);
                cli.set_read_timeout(30, 0);
                auto r = cli.Post("/api/v1/submissions", bodies[i], "application/json");
                // No answer (killed mid-request) or unavailable: the same bytes again.
                if (!r || r->status == 503) {
                    ++retries;
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    continue;
                }
                answers[i].status = r->status;
                const Json body = Json::parse(r->body, nullptr, false);
                if (body.is_object() && body.contains("envelope"))
                    answers[i].envelope = body["envelope"].dump();
                break;
            }
        }
    };
    int kills = 0;
    std::thread killer([&] {
        std::mt19937 rng(20261207);
        std::uniform_int_distribution<int> pause_ms(50, 300);
        while (!done) {
            std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(rng)));
            if (done) break;
            std::lock_guard<std::mutex> lock(server_mutex);
            server->kill_hard();
            ++kills;
            server = std::make_unique<ServerProcess>(dir.path(), args);
            port = server->wait_port();
        }
    });
    std::vector<std::thread> senders;
    for (int t = 0; t < kSenders; ++t) senders.emplace_back(sender);
    for (auto& t : senders) t.join();
    done = true;
    killer.join();
    {
        std::lock_guard<std::mutex> lock(server_mutex);
        CHECK(server->stop() == 0);
    }
    MESSAGE(kills << " SIGKILLs, " << retries.load() << " retried requests, " << kSubmissions
                  << " submissions");
    CHECK(kills >= 3);

    // Every submission got 201 (first time) or 200 (a retry of one that had been committed
    // before the kill), with a receipted envelope that verifies.
    std::vector<PublicKey> roots{keys.root.public_key};
    auto list = verify_trust_list(server::read_file(trust, 1 << 20).value_or(""), roots,
                                  crypto::verifier());
    REQUIRE(list.ok());
    const IndexDefinition& sme = Corpus::get().index;
    const IndexLookup lookup = [&sme](std::string_view id) {
        return id == sme.id ? &sme : nullptr;
    };
    std::map<std::string, std::string> receipt_of;  // submission id → receipt id answered
    int created = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        CAPTURE(i);
        REQUIRE((answers[i].status == 201 || answers[i].status == 200));
        created += answers[i].status == 201;
        auto v = verify_envelope(answers[i].envelope, list.value(), crypto::verifier(), lookup);
        REQUIRE_MESSAGE(v.ok(), (v.ok() ? "" : v.diagnostics().front().code));
        REQUIRE(v.value().receipts.size() == 1);
        CHECK(v.value().rescored);
        receipt_of[v.value().assessment.submission_id] = v.value().receipts[0].receipt_id;
    }
    CHECK(created >= kSubmissions - retries.load());
    CHECK(receipt_of.size() == bodies.size());

    // The database, opened directly: exactly the submitted ids, each once, with the receipt
    // number its client was given; the chain intact.
    auto storage = server::open_storage(dir.db().postgres() ? dir.db().option()
                                                            : dir / "data/dbi.sqlite3",
                                        server::SqliteOptions{}, &err);
    REQUIRE_MESSAGE(storage != nullptr, err);
    std::set<std::string> stored;
    std::size_t rows = 0;
    storage->for_each_submission([&](const server::StoredSubmission& s) {
        ++rows;
        stored.insert(s.submission_id);
        auto it = receipt_of.find(s.submission_id);
        CHECK(it != receipt_of.end());
        if (it != receipt_of.end()) CHECK(s.receipt.receipt_id == it->second);
    });
    CHECK(rows == bodies.size());
    CHECK(stored == submitted_ids);
    const server::ChainReport chain = storage->verify_chain();
    CHECK(chain.ok);
    CHECK(chain.entries >= static_cast<std::int64_t>(2 * bodies.size()));  // bind + submission
}

}  // TEST_SUITE
