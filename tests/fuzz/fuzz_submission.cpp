// fuzz_submission — the server's submission path end to end, in-process: everything after "the
// bytes of a POST body arrived". A real dbi-server App (receipt key, trust list signed by the
// published test root, the real indices, a real SQLite file in a temporary folder) without
// sockets: each input becomes an httplib::Request handed to handle_submission() or
// handle_submission_batch() (server-min/src/routes.hpp), exactly as the router would.
//
// Input: an optional first line "Content-Type: <value>\n" (default application/json), then the
// body. A body containing "items" goes to /api/v1/submissions/batch, any other to
// /api/v1/submissions. Plain envelopes (fuzz_support.hpp) are signed first with the published
// test keys (device, kiosk, assessor…), so the fuzzer reaches the server's own rules and the
// database, not only signature checks. Invariants:
//  - never a 5xx: bad input is always the client's error (4xx, JSON, a registered code whose
//    status is the one answered);
//  - nothing refused is stored: the submissions table grows only by the accepted ones;
//  - 201: the stored envelope is the exact body, the body verifies offline against the server's
//    trust list, the receipt is on record, and the envelope returned with the receipt verifies
//    with one receipt more; 200: a duplicate, nothing stored;
//  - batch: the table grows by exactly the "accepted" count, one result per item;
//  - the hash-chained ingest log stays intact (checked every 64 accepted submissions).
#include <httplib.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>

#include "app.hpp"
#include "errors.hpp"
#include "fuzz_support.hpp"
#include "keys.hpp"
#include "routes.hpp"

using namespace dbi;
using dbi::fuzz::first_error;
using Json = nlohmann::json;

namespace {

// The fixtures have no kiosk key: this one (seed e5 × 32, key id 4885f815c08704c8, the one
// corpus/submission/plain-kiosk.json names) is put in the server's trust list as a kiosk.
crypto::KeyPair kiosk_key() {
    crypto::Seed seed{};
    seed.fill(0xe5);
    return crypto::keypair_from_seed(seed);
}

class Harness {
public:
    Harness() {
        namespace fs = std::filesystem;
        const dbi::fuzz::TestKeys& keys = dbi::fuzz::TestKeys::get();
        signing_keys_ = keys.all();
        signing_keys_.push_back(kiosk_key());

        const char* tmp = std::getenv("TMPDIR");
        std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/dbi-fuzz-submission-XXXXXX";
        if (!::mkdtemp(tmpl.data())) dbi::fuzz::fail(__FILE__, __LINE__, "mkdtemp", tmpl);
        dir_ = tmpl;

        server::Config c;
        c.data_dir = dir_ + "/data";
        c.port = 0;
        c.threads = 1;
        c.indices_dir = std::string(DBI_SOURCE_DIR) + "/indices";
        c.root_file = std::string(DBI_SOURCE_DIR) + "/tests/crypto/fixtures/test-root.pub.json";
        c.trust_file = dir_ + "/trust.json";
        fs::create_directories(c.data_dir);
        std::string error;
        bool written = server::write_file_atomic(
            c.data_dir + "/receipt-key.json",
            server::secret_key_json("receipt", "fuzz receipt server", keys.receipt), 0600, &error);
        // Valid from before the fixtures' signatures (2026) and for years from now: the seeds
        // keep verifying whatever the date.
        TrustList list;
        list.sequence = 1;
        list.issued_at = server::now_utc();
        const std::int64_t now = server::now_seconds();
        const std::int64_t from = std::min(*parse_utc("2026-01-01T00:00:00Z"), now - 86400);
        const std::int64_t until = now + 5 * 366 * 86400;
        auto listed = [&](const crypto::KeyPair& k, Role role, const char* label) {
            return TrustedKey{k.key_id, role, k.public_key, label, from, until};
        };
        list.keys = {listed(keys.receipt, Role::receipt, "fuzz receipt server"),
                     listed(keys.assessor, Role::assessor, "fuzz assessor"),
                     listed(signing_keys_.back(), Role::kiosk, "fuzz kiosk")};
        written =
            written && server::write_file_atomic(
                           c.trust_file, crypto::sign_trust_list(list, keys.root), 0644, &error);
        if (!written) dbi::fuzz::fail(__FILE__, __LINE__, "write_file_atomic", error);

        app_ = server::App::open(c, &error);
        if (!app_) dbi::fuzz::fail(__FILE__, __LINE__, "App::open", error);
        if (sqlite3_open_v2((c.data_dir + "/dbi.sqlite3").c_str(), &db_, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            dbi::fuzz::fail(__FILE__, __LINE__, "sqlite3_open_v2", sqlite3_errmsg(db_));
    }

    ~Harness() {
        sqlite3_close(db_);
        app_.reset();  // joins the writer; the database is closed
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }

    void run(std::string_view input);

private:
    std::int64_t stored_count() {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(db_, "SELECT count(*) FROM submissions", -1, &s, nullptr);
        DBI_FUZZ_CHECK(s && sqlite3_step(s) == SQLITE_ROW, sqlite3_errmsg(db_));
        const std::int64_t n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return n;
    }

    std::optional<std::string> stored_envelope(const std::string& submission_id) {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(db_, "SELECT envelope FROM submissions WHERE submission_id = ?1", -1, &s,
                           nullptr);
        DBI_FUZZ_CHECK(s != nullptr, sqlite3_errmsg(db_));
        sqlite3_bind_text(s, 1, submission_id.c_str(), -1, SQLITE_TRANSIENT);
        std::optional<std::string> out;
        if (sqlite3_step(s) == SQLITE_ROW)
            out.emplace(static_cast<const char*>(sqlite3_column_blob(s, 0)),
                        static_cast<std::size_t>(sqlite3_column_bytes(s, 0)));
        sqlite3_finalize(s);
        return out;
    }

    Result<VerifiedEnvelope> verify(std::string_view envelope) {
        const auto& indices = app_->indices();
        IndexLookup lookup = [&indices](std::string_view id) { return indices.find(id); };
        return verify_envelope(envelope, app_->trust().current()->list, crypto::verifier(), lookup);
    }

    void check_accepted(const std::string& body, const Json& j);
    void accepted(std::int64_t n);

    std::string dir_;
    std::vector<crypto::KeyPair> signing_keys_;
    std::unique_ptr<server::App> app_;
    sqlite3* db_ = nullptr;
    std::int64_t unchecked_ = 0;  // accepted since the last chain check
};

void Harness::check_accepted(const std::string& body, const Json& j) {
    DBI_FUZZ_CHECK(j.value("status", "") == "accepted", j.dump());
    const std::string id = j.value("submission_id", "");
    DBI_FUZZ_CHECK(stored_envelope(id) == body, "the stored envelope is not the body received");
    auto v = verify(body);
    DBI_FUZZ_CHECK(v.ok(),
                   "accepted an envelope that does not verify: " + first_error(v.diagnostics()));
    DBI_FUZZ_CHECK(v.value().assessment.submission_id == id, "receipt for another submission");
    auto receipt = app_->storage().find_receipt(j.value("receipt_id", ""));
    DBI_FUZZ_CHECK(receipt && !receipt->revoked, "the receipt handed out is not on record");
    auto with_receipt = verify(j.at("envelope").dump());
    DBI_FUZZ_CHECK(
        with_receipt.ok() && with_receipt.value().receipts.size() == v.value().receipts.size() + 1,
        "the returned envelope does not verify with its receipt");
}

void Harness::accepted(std::int64_t n) {
    unchecked_ += n;
    if (unchecked_ < 64) return;
    unchecked_ = 0;
    server::ChainReport chain = app_->storage().verify_chain();
    DBI_FUZZ_CHECK(chain.ok, "ingest log broken at seq " + std::to_string(chain.first_bad));
}

void Harness::run(std::string_view input) {
    std::string content_type = "application/json";
    constexpr std::string_view kHeader = "Content-Type:";
    if (input.substr(0, kHeader.size()) == kHeader) {
        const std::size_t eol = input.find('\n');
        content_type = std::string(input.substr(kHeader.size(), eol - kHeader.size()));
        input = eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1);
    }
    std::string body = dbi::fuzz::expand_plain(input, signing_keys_).value_or(std::string(input));
    const bool batch = body.find("\"items\"") != std::string::npos;

    httplib::Request req;
    req.method = "POST";
    req.path = batch ? "/api/v1/submissions/batch" : "/api/v1/submissions";
    req.body = body;
    req.headers.emplace("Content-Type", content_type);
    httplib::Response res;
    const std::int64_t before = stored_count();
    if (batch)
        server::handle_submission_batch(*app_, req, res);
    else
        server::handle_submission(*app_, req, res);
    const std::int64_t after = stored_count();

    const std::string answer = std::to_string(res.status) + " " + res.body.substr(0, 300);
    if (dbi::fuzz::verbose())
        std::fprintf(stderr, "  %s → %s\n", req.path.c_str(), answer.substr(0, 160).c_str());
    DBI_FUZZ_CHECK(res.status >= 200 && res.status < 500, "bad input answered " + answer);
    const Json j = Json::parse(res.body, nullptr, false);
    DBI_FUZZ_CHECK(j.is_object(), "the response is not a JSON object: " + answer);
    if (res.status >= 400) {
        const std::string code = j.value("code", "");
        DBI_FUZZ_CHECK(is_known_code(code), "refusal without a registered code: " + answer);
        DBI_FUZZ_CHECK(server::http_status_for(code) == res.status,
                       "status is not the code's: " + answer);
        DBI_FUZZ_CHECK(after == before,
                       "a refused request stored " + std::to_string(after - before));
        return;
    }
    if (batch) {
        DBI_FUZZ_CHECK(res.status == 200, answer);
        const std::int64_t n = j.value("accepted", std::int64_t{-1});
        DBI_FUZZ_CHECK(after - before == n, "batch stored " + std::to_string(after - before) +
                                                ", says " + std::to_string(n) + " accepted");
        DBI_FUZZ_CHECK(
            j.at("results").size() ==
                static_cast<std::size_t>(n + j.value("duplicates", 0) + j.value("rejected", 0)),
            "one result per item");
        for (const Json& r : j.at("results")) {
            const int s = r.value("status", 0);
            DBI_FUZZ_CHECK(s == 200 || s == 201 || (s >= 400 && s < 500),
                           "batch item answered " + r.dump());
        }
        accepted(n);
        return;
    }
    if (res.status == 201) {
        DBI_FUZZ_CHECK(after == before + 1,
                       "accepted but stored " + std::to_string(after - before));
        check_accepted(body, j);
        accepted(1);
        return;
    }
    DBI_FUZZ_CHECK(res.status == 200 && j.value("status", "") == "duplicate", answer);
    DBI_FUZZ_CHECK(after == before, "a duplicate was stored again");
}

Harness* harness = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static Harness h;  // destroyed at exit: the writer stops and the temporary folder goes
    harness = &h;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    harness->run(dbi::fuzz::as_text(data, size));
    return 0;
}
