// Restart, re-verification of every stored receipt, the hash chain, graceful shutdown, the
// local demo trust set-up.
#include <atomic>

#include "server_fixture.hpp"

using namespace dbi;
using namespace dbi::test;

namespace {

std::string envelope_of(const Json& response) { return response["envelope"].dump(); }

// Every stored submission with its receipt verifies offline against the published trust list.
std::size_t reverify_all(TestServer& s) {
    std::size_t n = 0;
    s.app().storage().for_each_submission([&](const server::StoredSubmission& sub) {
        const std::string full = server::envelope_with_receipt(sub.envelope, sub.receipt.statement_json);
        auto v = verify_offline(full, s);
        CAPTURE(sub.submission_id);
        REQUIRE_MESSAGE(v.ok(), format_line(v.diagnostics().front(), Lang::en));
        REQUIRE(v.value().receipts.size() == 1);
        CHECK(v.value().receipts[0].receipt_id == sub.receipt.receipt_id);
        CHECK(v.value().assessment.submission_id == sub.submission_id);
        ++n;
    });
    return n;
}

// Runs `sql` on the test's database behind the server's back. A refusal must come from the
// schema's own guard (its message), not from some other error.
void exec_sql(const TempDir& dir, const std::string& sql, const char* refused_with) {
    const std::string error = dir.db().exec(sql);
    CAPTURE(sql);
    CAPTURE(error);
    if (refused_with)
        CHECK(error.find(refused_with) != std::string::npos);
    else
        CHECK(error.empty());
}

}  // namespace

TEST_SUITE("durability") {

TEST_CASE("after a restart every stored receipt re-verifies and the chain is intact") {
    TempDir dir;
    TestKeys keys;
    std::vector<std::string> sent;
    Json first_response;
    {
        TestServer s(dir, keys);
        for (int i = 0; i < 5; ++i) {
            Draft d;
            d.subject.tax_code = tax_code(200 + i);
            sent.push_back(build(d, seeded_key(static_cast<std::uint8_t>(100 + i))).envelope);
            auto r = s.post("/api/v1/submissions", sent.back());
            REQUIRE(r);
            REQUIRE(r->status == 201);
            if (i == 0) first_response = body_json(r);
        }
        Draft k;
        k.role = Role::kiosk;
        k.channel = "kiosk";
        k.kiosk = "K-07";
        k.subject.tax_code = tax_code(300);
        auto b = s.post("/api/v1/submissions/batch",
                        "{\"items\":[" + build(k, keys.kiosk).envelope + "]}");
        REQUIRE(b);
        REQUIRE(body_json(b)["accepted"] == 1);
    }  // graceful stop

    TestServer s(dir, keys);
    CHECK(reverify_all(s) == 6);
    server::ChainReport chain = s.app().storage().verify_chain();
    CHECK(chain.ok);
    CHECK(chain.entries == 1 + 6 + 5);  // trust list, 6 submissions, 5 device bindings
    CHECK(chain.head.size() == 64);

    // Idempotency survives the restart: the same receipt bytes.
    auto again = s.post("/api/v1/submissions", sent.front());
    REQUIRE(again);
    CHECK(again->status == 200);
    CHECK(body_json(again)["receipt"] == first_response["receipt"]);
    CHECK(envelope_of(body_json(again)) == envelope_of(first_response));
    // The raw bytes are stored unchanged.
    bool found = false;
    s.app().storage().for_each_submission([&](const server::StoredSubmission& sub) {
        if (sub.submission_id == first_response["submission_id"]) found = sub.envelope == sent.front();
    });
    CHECK(found);
}

TEST_CASE("the ingest log is append-only and a changed entry is detected") {
    TempDir dir;
    TestKeys keys;
    {
        TestServer s(dir, keys);
        for (int i = 0; i < 3; ++i) {
            Draft d;
            d.subject.tax_code = tax_code(400 + i);
            REQUIRE(s.post("/api/v1/submissions", build(d, crypto::generate_keypair()).envelope)->status == 201);
        }
    }
    const bool pg = dir.db().postgres();
    exec_sql(dir, "UPDATE ingest_log SET entry = '{}' WHERE seq = 3", "append-only");
    exec_sql(dir, "DELETE FROM ingest_log WHERE seq = 3", "append-only");
    exec_sql(dir, pg ? "UPDATE submissions SET envelope = '\\x00'::bytea WHERE seq = 1"
                     : "UPDATE submissions SET envelope = x'00' WHERE seq = 1",
             "submissions are immutable");
    exec_sql(dir, "UPDATE submissions SET received_at = 'x' WHERE seq = 1",
             "submissions are immutable");
    exec_sql(dir, "DELETE FROM submissions WHERE seq = 1", "submissions are never deleted");
    if (pg) {
        exec_sql(dir, "TRUNCATE ingest_log", "append-only");
        exec_sql(dir, "TRUNCATE submissions CASCADE", "submissions are never deleted");
    }
    // Someone with the database's owner rights bypasses the triggers: the chain shows where.
    exec_sql(dir, std::string("DROP TRIGGER ingest_log_no_update") + (pg ? " ON ingest_log" : "") +
                      "; UPDATE ingest_log SET entry = replace(entry, 'submission', 'submissiom') "
                      "WHERE seq = 3",
             nullptr);
    TestServer s(dir, keys);
    server::ChainReport chain = s.app().storage().verify_chain();
    CHECK(!chain.ok);
    CHECK(chain.first_bad == 3);
}

TEST_CASE("graceful shutdown: every submission answered 201 is committed") {
    TempDir dir;
    TestKeys keys;
    std::vector<std::string> acknowledged;
    std::mutex mutex;
    {
        TestServer s(dir, keys);
        std::vector<std::vector<std::string>> envelopes(6);
        for (int t = 0; t < 6; ++t)
            for (int i = 0; i < 15; ++i) {
                Draft d;
                d.subject.tax_code = tax_code(1000 + t * 100 + i);
                envelopes[static_cast<std::size_t>(t)].push_back(build(d, crypto::generate_keypair()).envelope);
            }
        std::atomic<int> answered{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t)
            threads.emplace_back([&, t] {
                for (const auto& e : envelopes[static_cast<std::size_t>(t)]) {
                    auto r = s.post("/api/v1/submissions", e);
                    if (!r) continue;  // refused at the door after stop(): never acknowledged
                    ++answered;
                    if (r->status == 201) {
                        std::lock_guard<std::mutex> lock(mutex);
                        acknowledged.push_back(body_json(r)["receipt_id"]);
                    }
                }
            });
        while (answered < 10) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        s.stop();  // as on SIGTERM, while clients are still sending
        for (auto& th : threads) th.join();
    }
    CHECK(acknowledged.size() >= 10);
    TestServer s(dir, keys);
    for (const auto& id : acknowledged) {
        CAPTURE(id);
        auto st = s.get("/api/v1/receipts/" + id + "/status");
        REQUIRE(st);
        CHECK(st->status == 200);
    }
    CHECK(reverify_all(s) >= acknowledged.size());
    CHECK(s.app().storage().verify_chain().ok);
}

TEST_CASE("without --trust: a local demo root and trust list that verify the receipts") {
    TempDir dir;
    TestKeys keys;
    std::int64_t sequence = 0;
    std::string receipt_json;
    {
        TestServer s(dir, keys, 1, true);
        namespace fs = std::filesystem;
        CHECK(fs::exists(dir / "data/trust/root-key.json"));
        CHECK(fs::exists(dir / "data/trust/root.pub.json"));
        CHECK(fs::exists(dir / "data/trust/trust.json"));
        auto perms = fs::status(dir / "data/trust/root-key.json").permissions();
        CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
        // Served from the data folder, not from a static copy.
        CHECK(s.get("/indices/trust/trust.json")->body ==
              *server::read_file(dir / "data/trust/trust.json", 1 << 20));
        auto r = s.post("/api/v1/submissions", build(Draft{}, crypto::generate_keypair()).envelope);
        REQUIRE(r);
        REQUIRE(r->status == 201);
        receipt_json = body_json(r)["envelope"].dump();
        auto v = verify_offline(receipt_json, s);
        CHECK(v.ok());
        sequence = s.app().trust().current()->list.sequence;
        CHECK(sequence == 1);
    }
    {
        TestServer s(dir, keys, 1, true);
        CHECK(s.app().trust().current()->list.sequence == sequence);  // not re-issued
    }
    // A lost receipt key: a new one is made, the next list keeps the old key too.
    std::filesystem::remove(dir / "data/receipt-key.json");
    TestServer s(dir, keys, 1, true);
    CHECK(s.app().trust().current()->list.sequence == 2);
    CHECK(s.app().trust().current()->list.keys.size() == 2);
    CHECK(verify_offline(receipt_json, s).ok());
}

}  // TEST_SUITE
