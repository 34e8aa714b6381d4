// Two dbi-server processes — the real binary, started as child processes — sharing one
// PostgreSQL database and receiving conflicting submissions at the same moment. Neither process
// can see the other's memory, so everything checked here is enforced by the database: each
// submission id stored once (same bytes → the original receipt from either process, other
// bytes → DBI-SRV-005), one device key per tax code (DBI-SRV-004 for the loser), gapless
// receipt numbers, and one linear, intact hash chain. The two processes also start at the same
// time on an empty database (both migrate it, both record the same trust list).
// Also, for one server on PostgreSQL: connections cut by the database are reopened without a
// lost submission, and a database it cannot reach is reported on one line at start.
//
// Needs DBI_TEST_PG (ctest sets it: server.pg.multi_instance, fixture dbi_pg).
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <set>

#include "server_fixture.hpp"
#include "server_process.hpp"

using namespace dbi;
using namespace dbi::test;

namespace {

// A loopback port with nothing listening on it (bound, then released).
int closed_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), len) == 0);
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0);
    ::close(fd);
    return ntohs(a.sin_port);
}

struct Reply {
    int status = -1;
    Json body;
};

// Posts to both servers at once: item i of `to_a` to server A and item i of `to_b` to server
// B. Four sender threads per server are released together and take items in the same order,
// so the two halves of a pair arrive at about the same time and race in the database.
std::pair<std::vector<Reply>, std::vector<Reply>> race(int port_a, int port_b,
                                                         const std::vector<std::string>& to_a,
                                                         const std::vector<std::string>& to_b,
                                                         const std::string& path) {
    REQUIRE(to_a.size() == to_b.size());
    std::vector<Reply> got_a(to_a.size()), got_b(to_b.size());
    std::atomic<bool> go{false};
    std::atomic<std::size_t> next_a{0}, next_b{0};
    auto sender = [&](int port, const std::vector<std::string>& bodies, std::vector<Reply>& got,
                      std::atomic<std::size_t>& next) {
        httplib::Client cli("127.0.0.1", port);
        cli.set_connection_timeout(5, 0);
        cli.set_read_timeout(60, 0);
        while (!go) std::this_thread::yield();
        for (std::size_t i = next++; i < bodies.size(); i = next++) {
            auto r = cli.Post(path.c_str(), bodies[i], "application/json");
            if (!r) continue;  // status stays -1: reported by the checks
            got[i].status = r->status;
            got[i].body = Json::parse(r->body, nullptr, false);
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(sender, port_a, std::cref(to_a), std::ref(got_a), std::ref(next_a));
        threads.emplace_back(sender, port_b, std::cref(to_b), std::ref(got_b), std::ref(next_b));
    }
    go = true;
    for (auto& t : threads) t.join();
    return {std::move(got_a), std::move(got_b)};
}

// The two statuses of a pair, lowest first.
std::pair<int, int> sorted(int x, int y) { return {std::min(x, y), std::max(x, y)}; }

std::string receipt_number(std::int64_t seq) {
    std::string digits = std::to_string(seq);
    return "r-" + std::string(12 - digits.size(), '0') + digits;
}

}  // namespace

TEST_SUITE("multi_instance") {

TEST_CASE("two server processes on one database: exactly once, true conflicts, one chain") {
    TempDir dir;
    REQUIRE_MESSAGE(dir.db().postgres(),
                    "this test needs DBI_TEST_PG (a PostgreSQL URI); run it with ctest");
    TestKeys keys;
    std::string err;
    const auto [root, trust] = write_trust_files(dir, keys);
    // Both instances sign receipts with the programme's one receipt key.
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (const char* name : {"a", "b"}) {
        const std::string folder = dir / name;
        std::filesystem::create_directories(folder + "/data");
        REQUIRE(server::write_file_atomic(folder + "/data/receipt-key.json",
                                          server::secret_key_json("receipt", "test", keys.receipt),
                                          0600, &err));
        servers.push_back(std::make_unique<ServerProcess>(
            folder, std::vector<std::string>{"--data", folder + "/data", "--database",
                                             dir.db().option(), "--host", "127.0.0.1", "--port",
                                             "0", "--indices", source_path("indices"), "--trust",
                                             trust, "--root", root, "--threads", "8"}));
    }
    const int port_a = servers[0]->wait_port();
    const int port_b = servers[1]->wait_port();

    // 1. The same submission id with the same bytes at both: stored once; one process answers
    //    201, the other 200 with the very same receipt.
    const std::size_t n_same = 24;
    std::vector<std::string> same;
    for (std::size_t i = 0; i < n_same; ++i) {
        Draft d;
        d.subject.tax_code = tax_code(5000 + static_cast<int>(i));
        same.push_back(build(d, crypto::generate_keypair()).envelope);
    }
    auto [same_a, same_b] = race(port_a, port_b, same, same, "/api/v1/submissions");
    for (std::size_t i = 0; i < n_same; ++i) {
        CAPTURE(i);
        CHECK(sorted(same_a[i].status, same_b[i].status) == std::make_pair(200, 201));
        const bool same_receipt = same_a[i].body["receipt"] == same_b[i].body["receipt"];
        const bool same_envelope = same_a[i].body["envelope"] == same_b[i].body["envelope"];
        CHECK(same_receipt);
        CHECK(same_envelope);
    }

    // 2. The same submission id with other bytes: one is stored, the other is DBI-SRV-005.
    const std::size_t n_other = 16;
    std::vector<std::string> first, second;
    for (std::size_t i = 0; i < n_other; ++i) {
        const crypto::KeyPair device = crypto::generate_keypair();
        Draft d;
        d.subject.tax_code = tax_code(6000 + static_cast<int>(i));
        first.push_back(build(d, device).envelope);
        d.answers = "full-marks";
        second.push_back(build(d, device).envelope);
    }
    auto [other_a, other_b] = race(port_a, port_b, first, second, "/api/v1/submissions");
    std::map<std::string, std::string> winner_bytes;  // submission id → envelope stored
    for (std::size_t i = 0; i < n_other; ++i) {
        CAPTURE(i);
        REQUIRE(sorted(other_a[i].status, other_b[i].status) == std::make_pair(201, 409));
        const bool a_won = other_a[i].status == 201;
        CHECK((a_won ? other_b[i] : other_a[i]).body["code"] == "DBI-SRV-005");
        winner_bytes[(a_won ? other_a[i] : other_b[i]).body["submission_id"].get<std::string>()] =
            a_won ? first[i] : second[i];
    }

    // 3. Two device keys for one new tax code: one binds it, the other is DBI-SRV-004 naming
    //    the winner's key.
    const std::size_t n_keys = 16;
    std::vector<std::string> from_a, from_b, taxes;
    std::vector<std::pair<std::string, std::string>> key_ids;
    for (std::size_t i = 0; i < n_keys; ++i) {
        const crypto::KeyPair ka = crypto::generate_keypair(), kb = crypto::generate_keypair();
        Draft d;
        d.subject.tax_code = tax_code(7000 + static_cast<int>(i));
        taxes.push_back(d.subject.tax_code);
        from_a.push_back(build(d, ka).envelope);
        d.submission_id = crypto::random_uuid_v4();
        from_b.push_back(build(d, kb).envelope);
        key_ids.emplace_back(ka.key_id, kb.key_id);
    }
    auto [keys_a, keys_b] = race(port_a, port_b, from_a, from_b, "/api/v1/submissions");
    std::vector<std::string> bound_winner(n_keys);
    for (std::size_t i = 0; i < n_keys; ++i) {
        CAPTURE(i);
        REQUIRE(sorted(keys_a[i].status, keys_b[i].status) == std::make_pair(201, 409));
        const bool a_won = keys_a[i].status == 201;
        bound_winner[i] = a_won ? key_ids[i].first : key_ids[i].second;
        const Json& refusal = (a_won ? keys_b[i] : keys_a[i]).body;
        CHECK(refusal["code"] == "DBI-SRV-004");
        CHECK(refusal["message_en"].get<std::string>().find(bound_winner[i]) != std::string::npos);
    }

    // 4. One kiosk batch sent to both at once: two group-commit transactions over the same
    //    items; each item is accepted by exactly one of them.
    const std::size_t n_batch = 40;
    std::string items;
    for (std::size_t i = 0; i < n_batch; ++i) {
        Draft k;
        k.role = Role::kiosk;
        k.channel = "kiosk";
        k.kiosk = "K-07";
        k.subject.tax_code = tax_code(8000 + static_cast<int>(i));
        items += (items.empty() ? "" : ",") + build(k, keys.kiosk).envelope;
    }
    const std::vector<std::string> batch{"{\"items\":[" + items + "]}"};
    auto [batch_a, batch_b] = race(port_a, port_b, batch, batch, "/api/v1/submissions/batch");
    REQUIRE(batch_a[0].status == 200);
    REQUIRE(batch_b[0].status == 200);
    const Json& ba = batch_a[0].body;
    const Json& bb = batch_b[0].body;
    CHECK(ba["accepted"].get<int>() + bb["accepted"].get<int>() == 40);
    CHECK(ba["duplicates"].get<int>() + bb["duplicates"].get<int>() == 40);
    for (std::size_t i = 0; i < n_batch; ++i) {
        CAPTURE(i);
        const Json& ra = ba["results"][i];
        const Json& rb = bb["results"][i];
        CHECK(sorted(ra["status"].get<int>(), rb["status"].get<int>()) == std::make_pair(200, 201));
        const bool same_receipt = ra["receipt"] == rb["receipt"];
        CHECK(same_receipt);
    }

    // What the database holds, read by a third party (this process) through the same backend.
    auto storage = server::open_postgres_storage(dir.db().option(), &err);
    REQUIRE_MESSAGE(storage, err);
    const std::size_t total = n_same + n_other + n_keys + n_batch;
    std::set<std::string> ids;
    std::int64_t expected_seq = 0;
    storage->for_each_submission([&](const server::StoredSubmission& s) {
        CHECK(s.seq == ++expected_seq);  // receipt numbers without gaps
        CHECK(s.receipt.receipt_id == receipt_number(s.seq));
        CHECK(ids.insert(s.submission_id).second);
        if (auto w = winner_bytes.find(s.submission_id); w != winner_bytes.end())
            CHECK((s.envelope == w->second));  // the stored bytes are the accepted ones
    });
    CHECK(ids.size() == total);
    for (std::size_t i = 0; i < n_keys; ++i) CHECK(storage->bound_key(taxes[i]) == bound_winner[i]);
    check_counts_match(dir);

    // One chain: trust list (recorded once though both processes recorded it), submissions,
    // first bindings (every device submission above was the first for its tax code).
    const server::ChainReport chain = storage->verify_chain();
    CHECK(chain.ok);
    CHECK(chain.entries == static_cast<std::int64_t>(1 + total + n_same + n_other + n_keys));
    for (const std::string name : {"a", "b"}) {
        CAPTURE(name);
        const int port = name == "a" ? port_a : port_b;
        std::string token = server::read_file(dir / (name + "/data/admin-token"), 256).value_or("");
        while (!token.empty() && token.back() == '\n') token.pop_back();
        httplib::Client cli("127.0.0.1", port);
        auto r = cli.Get("/api/v1/admin/chain", {{"Authorization", "Bearer " + token}});
        REQUIRE(r);
        CHECK(r->status == 200);
        Json j = body_json(r);
        CHECK(j["ok"] == true);
        CHECK(j["entries"] == chain.entries);
        CHECK(j["head"] == chain.head);
        // A receipt issued by the other process is known here.
        const Reply& issued = name == "a" ? same_b[0] : same_a[0];
        auto st = cli.Get(("/api/v1/receipts/" + issued.body["receipt_id"].get<std::string>() +
                           "/status").c_str());
        REQUIRE(st);
        CHECK(st->status == 200);
    }

    // 5. A trust list installed at one process is taken up by the other from the database
    //    (within kTrustRefreshSeconds), without a restart.
    {
        std::string token = server::read_file(dir / "a/data/admin-token", 256).value_or("");
        while (!token.empty() && token.back() == '\n') token.pop_back();
        httplib::Client a("127.0.0.1", port_a);
        const std::string next_list = crypto::sign_trust_list(keys.list(2), keys.root);
        auto put = a.Put("/api/v1/admin/trust", {{"Authorization", "Bearer " + token}}, next_list,
                         "application/json");
        REQUIRE(put);
        CHECK(put->status == 200);
        httplib::Client b("127.0.0.1", port_b);
        std::int64_t seen = 0;
        for (int i = 0; i < 4 * (server::kTrustRefreshSeconds + 5) && seen != 2; ++i) {
            auto h = b.Get("/api/v1/health");
            REQUIRE(h);
            seen = body_json(h)["trust_sequence"].get<std::int64_t>();
            if (seen != 2) std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
        CHECK(seen == 2);
        auto file = b.Get("/indices/trust/trust.json");
        REQUIRE(file);
        CHECK(file->body == next_list);  // the very bytes installed at the other process
    }
    for (auto& s : servers) CHECK(s->stop() == 0);
}

TEST_CASE("connections cut by the database (a restart, a failover) are reopened: nothing lost") {
    TempDir dir;
    REQUIRE_MESSAGE(dir.db().postgres(),
                    "this test needs DBI_TEST_PG (a PostgreSQL URI); run it with ctest");
    TestKeys keys;
    TestServer s(dir, keys);
    auto submit = [&](int n) {
        Draft d;
        d.subject.tax_code = tax_code(9000 + n);
        return s.post("/api/v1/submissions", build(d, crypto::generate_keypair()).envelope);
    };
    REQUIRE(submit(1)->status == 201);
    const std::string ranking_path = std::string("/api/v1/rankings?index=") + kSme;
    REQUIRE(s.get(ranking_path)->status == 200);  // leaves a reader in the pool

    // The database ends every session of this database but the one asking, as a restart does.
    const std::string others = "FROM pg_stat_activity WHERE datname = current_database() "
                               "AND pid <> pg_backend_pid()";
    REQUIRE(dir.db().exec("SELECT pg_terminate_backend(pid) " + others).empty());
    bool gone = false;
    for (int i = 0; i < 100 && !gone; ++i) {
        gone = dir.db().exec("DO $$ BEGIN IF (SELECT count(*) " + others +
                             ") > 0 THEN RAISE EXCEPTION 'busy'; END IF; END $$").empty();
        if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(gone);

    // The writer and the readers find their connections dead and reconnect, unseen by clients.
    auto after = submit(2);
    REQUIRE(after);
    CHECK(after->status == 201);
    auto ranking = s.get(ranking_path);
    REQUIRE(ranking);
    CHECK(ranking->status == 200);
    CHECK(body_json(ranking)["total"] == 2);
    CHECK(s.app().storage().verify_chain().ok);
}

TEST_CASE("a server that cannot reach its PostgreSQL says why on one line and exits with 1") {
    TempDir dir;
    const std::vector<std::string> common{"--data", dir / "data", "--host", "127.0.0.1", "--port",
                                          "0", "--indices", source_path("indices")};
    {
        auto args = common;
        const std::string uri = "postgresql://dbi:s3cret-pw@127.0.0.1:" +
                                std::to_string(closed_port()) + "/dbi";
        args.insert(args.end(), {"--database", uri});
        ServerProcess p(dir.path(), args);
        CHECK(p.wait_exit(60) == 1);
        const std::string err = p.stderr_text();
        CAPTURE(err);
        CHECK(err.rfind("dbi-server: cannot connect to PostgreSQL at "
                        "postgresql://dbi:***@127.0.0.1:", 0) == 0);
        CHECK(err.find("s3cret-pw") == std::string::npos);
        CHECK(std::count(err.begin(), err.end(), '\n') == 1);
    }
    {
        auto args = common;
        args.insert(args.end(), {"--database", "postgresql://dbi@127.0.0.1/dbi?no_such_option=1"});
        ServerProcess p(dir.path(), args);
        CHECK(p.wait_exit(60) == 1);
        const std::string err = p.stderr_text();
        CAPTURE(err);
        CHECK(err.find("dbi-server: the database URI "
                       "postgresql://dbi@127.0.0.1/dbi?no_such_option=1 is not valid") == 0);
        CHECK(std::count(err.begin(), err.end(), '\n') == 1);
    }
}

}  // TEST_SUITE
