// POST /api/v1/submissions and /batch: the happy path, every refusal with its code and HTTP
// status, idempotent retries and id conflicts.
#include "server_fixture.hpp"

using namespace dbi;
using namespace dbi::test;

namespace {

std::string error_code(const httplib::Result& r) { return body_json(r).value("code", ""); }

// Replaces the base64 signature of statement `i` of an envelope.
std::string with_sig(const std::string& envelope, std::size_t i, const std::string& sig) {
    Json j = Json::parse(envelope);
    j["statements"][i]["signature"]["sig"] = sig;
    return j.dump();
}

std::int64_t ranked_total(const TestServer& s) {
    return body_json(s.get(std::string("/api/v1/rankings?index=") + kSme))["total"].get<std::int64_t>();
}

}  // namespace

TEST_SUITE("submissions") {

TEST_CASE("an accepted submission gets 201 and a receipt that verifies offline") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const crypto::KeyPair device = crypto::generate_keypair();
    Draft d;
    Built b = build(d, device);
    auto r = s.post("/api/v1/submissions", b.envelope);
    REQUIRE(r);
    CHECK(r->status == 201);
    Json j = body_json(r);
    CHECK(j["status"] == "accepted");
    CHECK(j["submission_id"] == d.submission_id);
    CHECK(r->get_header_value("Location") ==
          "/api/v1/receipts/" + j["receipt_id"].get<std::string>() + "/status");

    // The envelope with the receipt appended verifies like any certificate, offline.
    auto v = verify_offline(j["envelope"].dump(), s);
    REQUIRE_MESSAGE(v.ok(), format_line(v.diagnostics().front(), Lang::en));
    const VerifiedEnvelope& ve = v.value();
    CHECK(ve.rescored);
    REQUIRE(ve.receipts.size() == 1);
    const Assessment& expected = Corpus::get().scored.at("worked-example");
    CHECK(ve.receipts[0].total_points == expected.total_points);
    CHECK(ve.receipts[0].level == expected.level);
    CHECK(ve.receipts[0].receipt_id == j["receipt_id"]);
    CHECK(ve.receipts[0].assessment_sha256 == sha256_hex(b.assessment_bytes));
    REQUIRE(ve.signers.size() == 2);
    CHECK(ve.signers[1].role == Role::receipt);
    CHECK(ve.signers[1].key_id == keys.receipt.key_id);

    // The receipt alone is the same signed statement.
    CHECK(j["receipt"] == Json::parse(j["envelope"].dump())["statements"][1]);
    // The receipt's status is public; the row is committed.
    auto st = s.get("/api/v1/receipts/" + j["receipt_id"].get<std::string>() + "/status");
    CHECK(body_json(st)["status"] == "valid");
    CHECK(ranked_total(s) == 1);

    // The receipt link (a kiosk slip's fallback): the same receipted certificate, by the
    // submission id; an id never submitted is a 404 with its code.
    auto by_id = s.get("/api/v1/submissions/" + d.submission_id);
    REQUIRE(by_id);
    CHECK(by_id->status == 200);
    const Json certificate = body_json(by_id);
    CHECK(certificate["envelope"] == j["envelope"]);
    CHECK(certificate["receipt_id"] == j["receipt_id"]);
    CHECK(certificate["status"] == "valid");
    CHECK(verify_offline(certificate["envelope"].dump(), s).ok());
    auto unknown = s.get("/api/v1/submissions/" + crypto::random_uuid_v4());
    REQUIRE(unknown);
    CHECK(unknown->status == 404);
    CHECK(error_code(unknown) == "DBI-SRV-030");
}

TEST_CASE("a retry gets the original receipt (200); another assessment under the same id is 409") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const crypto::KeyPair device = crypto::generate_keypair();
    Draft d;
    Built b = build(d, device);
    auto first = s.post("/api/v1/submissions", b.envelope);
    REQUIRE(first);
    REQUIRE(first->status == 201);
    auto again = s.post("/api/v1/submissions", b.envelope);
    REQUIRE(again);
    CHECK(again->status == 200);
    Json a = body_json(first), c = body_json(again);
    CHECK(c["status"] == "duplicate");
    CHECK(c["receipt"].dump() == a["receipt"].dump());  // same signed bytes, not a new receipt
    CHECK(c["envelope"].dump() == a["envelope"].dump());
    CHECK(ranked_total(s) == 1);

    Draft other = d;
    other.answers = "full-marks";
    auto conflict = s.post("/api/v1/submissions", build(other, device).envelope);
    REQUIRE(conflict);
    CHECK(conflict->status == 409);
    CHECK(error_code(conflict) == "DBI-SRV-005");
    Json e = body_json(conflict);
    CHECK(e["message_vi"].get<std::string>().find(d.submission_id) != std::string::npos);
    CHECK(!e["message_en"].get<std::string>().empty());
    CHECK(ranked_total(s) == 1);
}

TEST_CASE("every refusal has its code and HTTP status, and stores nothing") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const crypto::KeyPair device = crypto::generate_keypair();
    const std::string good = build(Draft{}, device).envelope;

    struct Case {
        const char* what;
        std::string body;
        std::string type;
        int status;
        const char* code;
    };
    Json unknown_field = Json::parse(good);
    unknown_field["extra"] = 1;
    std::string duplicate_key = good;
    duplicate_key.insert(1, "\"format\":\"dbi-envelope/1\",");
    Draft lie;
    lie.score_delta = 1;
    Draft no_answers;
    no_answers.attach_answers = false;
    Draft bad_tax;
    bad_tax.subject.tax_code = "0300588560";  // wrong check digit
    Draft bad_province;
    bad_province.subject.province = "99";
    Draft bad_size;
    bad_size.subject.size_class = "huge";
    // Published text has no control characters; a NUL byte could not even be stored as
    // PostgreSQL text, so both backends must refuse it before storage.
    Draft nul_name, tab_name;
    nul_name.subject.name = std::string("Công ty\0X", 11);
    tab_name.subject.name = "Công ty\tX";
    std::string sig = Json::parse(good)["statements"][0]["signature"]["sig"];
    std::string forged = sig;
    forged[5] = forged[5] == 'A' ? 'B' : 'A';
    const std::string truncated = base64_encode(base64_decode(sig)->substr(0, 63));

    const std::vector<Case> cases = {
        {"wrong content type", good, "text/plain", 415, "DBI-SRV-002"},
        {"form content type", good, "application/x-www-form-urlencoded", 415, "DBI-SRV-002"},
        {"malformed JSON", "{\"format\": ", "application/json", 400, "DBI-JSON-001"},
        {"duplicate keys", duplicate_key, "application/json", 400, "DBI-JSON-002"},
        {"not an object", "[1,2]", "application/json", 422, "DBI-JSON-003"},
        {"unknown field", unknown_field.dump(), "application/json", 422, "DBI-JSON-004"},
        {"forged signature", with_sig(good, 0, forged), "application/json", 422, "DBI-SUB-008"},
        {"truncated signature", with_sig(good, 0, truncated), "application/json", 422,
         "DBI-SUB-003"},
        {"score differs from the core", build(lie, device).envelope, "application/json", 422,
         "DBI-SUB-016"},
        {"answers missing", build(no_answers, device).envelope, "application/json", 422,
         "DBI-SRV-003"},
        {"bad tax code", build(bad_tax, device).envelope, "application/json", 422, "DBI-PRF-003"},
        {"province not in force", build(bad_province, device).envelope, "application/json", 422,
         "DBI-SRV-023"},
        {"unknown size class", build(bad_size, device).envelope, "application/json", 422,
         "DBI-SRV-025"},
        {"NUL byte in the name", build(nul_name, device).envelope, "application/json", 422,
         "DBI-PRF-011"},
        {"tab in the name", build(tab_name, device).envelope, "application/json", 422,
         "DBI-PRF-011"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        auto r = s.post("/api/v1/submissions", c.body, c.type);
        REQUIRE(r);
        CHECK(r->status == c.status);
        Json j = body_json(r);
        CHECK(j["code"] == c.code);
        CHECK(!j["message_vi"].get<std::string>().empty());
        CHECK(!j["message_en"].get<std::string>().empty());
        CHECK(j["message_vi"] != j["message_en"]);
    }

    SUBCASE("an index this server does not have") {
        // Sign an assessment naming an unknown index (same answers, other id).
        AssessmentStatement st;
        st.submission_id = crypto::random_uuid_v4();
        st.issued_at = server::now_utc();
        st.channel = "web";
        st.subject = Draft{}.subject;
        st.assessment = Corpus::get().scored.at("worked-example");
        st.assessment.index_id = "vn.mic.unknown";
        Envelope e;
        e.statements.push_back(crypto::sign_statement(assessment_statement_bytes(st), Role::device,
                                                      device, st.issued_at));
        e.answers_json = Corpus::get().answers.at("worked-example");
        auto r = s.post("/api/v1/submissions", envelope_bytes(e));
        REQUIRE(r);
        CHECK(r->status == 422);
        CHECK(error_code(r) == "DBI-SUB-017");
    }

    SUBCASE("a Content-Type that is not UTF-8 is a 415, not a 500") {
        // Found with tests/fuzz (fuzz_submission): the header is echoed in the error body.
        for (const std::string& type : {std::string("text/\xae\xff"),
                                       "application/" + std::string(67, 'x') + "\xc3\xa1xyz"}) {
            std::string req = "POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: " +
                              type + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
            std::string resp = raw_http(s.port(), req);
            CAPTURE(resp.substr(0, resp.find('\r')));
            CHECK(resp.rfind("HTTP/1.1 415", 0) == 0);
            CHECK(resp.find("DBI-SRV-002") != std::string::npos);
        }
    }

    SUBCASE("a body announced over 64 KiB is refused before it is read") {
        std::string req = "POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\n"
                          "Content-Type: application/json\r\nContent-Length: 70000\r\n\r\n{";
        std::string resp = raw_http(s.port(), req);
        CHECK(resp.rfind("HTTP/1.1 413", 0) == 0);
        CHECK(resp.find("DBI-SRV-001") != std::string::npos);
        CHECK(resp.find("70000") != std::string::npos);
    }

    SUBCASE("a chunked body over 64 KiB is refused after reading") {
        const std::string big(70000, ' ');
        char size_hex[16];
        std::snprintf(size_hex, sizeof size_hex, "%zx", big.size());
        std::string req = "POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\n"
                          "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                          "Connection: close\r\n\r\n" +
                          std::string(size_hex) + "\r\n" + big + "\r\n0\r\n\r\n";
        std::string resp = raw_http(s.port(), req);
        CHECK(resp.rfind("HTTP/1.1 413", 0) == 0);
        CHECK(resp.find("DBI-SRV-001") != std::string::npos);
    }

    SUBCASE("a submission that already carries a receipt") {
        auto r = s.post("/api/v1/submissions", good);
        REQUIRE(r);
        REQUIRE(r->status == 201);
        auto again = s.post("/api/v1/submissions", body_json(r)["envelope"].dump());
        REQUIRE(again);
        CHECK(again->status == 422);
        CHECK(error_code(again) == "DBI-SRV-020");
        CHECK(ranked_total(s) == 1);
        return;
    }

    CHECK(ranked_total(s) == 0);  // nothing refused was stored
}

TEST_CASE("a batch answers per item; one bad item does not fail the others") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const crypto::KeyPair device = crypto::generate_keypair();
    Draft d1;
    Draft d2;
    d2.answers = "full-marks";
    d2.subject.tax_code = tax_code(2);
    const std::string e1 = build(d1, device).envelope;
    auto first = s.post("/api/v1/submissions", e1);
    REQUIRE(first);
    REQUIRE(first->status == 201);
    Draft lie;
    lie.score_delta = -3;
    lie.subject.tax_code = tax_code(3);
    // Items with odd but valid spacing and escapes, kept byte for byte.
    const std::string body = "{ \"items\" : [ " + build(d2, device).envelope + " ,\n" +
                             build(lie, device).envelope + ", " + e1 + ", {\"x\": \"]}\\\"\"} ] }";
    auto r = s.post("/api/v1/submissions/batch", body);
    REQUIRE(r);
    CHECK(r->status == 200);
    Json j = body_json(r);
    CHECK(j["accepted"] == 1);
    CHECK(j["duplicates"] == 1);
    CHECK(j["rejected"] == 2);
    REQUIRE(j["results"].size() == 4);
    CHECK(j["results"][0]["status"] == 201);
    CHECK(j["results"][0]["submission_id"] == d2.submission_id);
    CHECK(j["results"][1]["status"] == 422);
    CHECK(j["results"][1]["error"]["code"] == "DBI-SUB-016");
    CHECK(j["results"][2]["status"] == 200);
    CHECK(j["results"][2]["receipt"] == body_json(first)["receipt"]);
    CHECK(j["results"][3]["status"] == 422);
    CHECK(j["results"][3]["error"]["code"].get<std::string>().rfind("DBI-JSON-", 0) == 0);
    CHECK(ranked_total(s) == 2);

    SUBCASE("more than 500 items") {
        std::string many = "{\"items\":[";
        for (int i = 0; i < 501; ++i) many += i ? ",{}" : "{}";
        many += "]}";
        auto big = s.post("/api/v1/submissions/batch", many);
        REQUIRE(big);
        CHECK(big->status == 413);
        CHECK(error_code(big) == "DBI-SRV-006");
    }
    SUBCASE("not a batch") {
        for (const char* b : {"{\"things\":[{}]}", "{\"items\":{}}", "{\"items\":[]}",
                              "{\"items\":[{}],\"more\":1}", "[{}]"}) {
            CAPTURE(b);
            auto bad = s.post("/api/v1/submissions/batch", b);
            REQUIRE(bad);
            CHECK(bad->status == 400);
            CHECK(error_code(bad) == "DBI-SRV-007");
        }
        auto broken = s.post("/api/v1/submissions/batch", "{\"items\":[");
        REQUIRE(broken);
        CHECK(broken->status == 400);
        CHECK(error_code(broken) == "DBI-JSON-001");
    }
}

TEST_CASE("unknown API addresses are JSON 404s; security headers are set") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    auto r = s.get("/api/v1/nothing");
    REQUIRE(r);
    CHECK(r->status == 404);
    CHECK(error_code(r) == "DBI-SRV-010");
    auto h = s.get("/api/v1/health");
    REQUIRE(h);
    CHECK(h->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(h->get_header_value("Content-Security-Policy").find("script-src 'self'") !=
          std::string::npos);
    CHECK(h->get_header_value("Cache-Control") == "no-store");
    // No CORS for an origin that was not configured.
    auto c = s.client().Get("/api/v1/health", {{"Origin", "https://evil.example"}});
    REQUIRE(c);
    CHECK(!c->has_header("Access-Control-Allow-Origin"));
    auto pre = s.client().Options("/api/v1/submissions", {{"Origin", "https://evil.example"}});
    REQUIRE(pre);
    CHECK(pre->status == 403);
    CHECK(error_code(pre) == "DBI-SRV-019");
}

TEST_CASE("CORS answers only the configured origins") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys, 1, false,
                 [](server::Config& c) { c.cors_origins = {"https://dbi.example.vn"}; });
    auto pre = s.client().Options("/api/v1/submissions", {{"Origin", "https://dbi.example.vn"}});
    REQUIRE(pre);
    CHECK(pre->status == 204);
    CHECK(pre->get_header_value("Access-Control-Allow-Origin") == "https://dbi.example.vn");
    CHECK(pre->get_header_value("Access-Control-Allow-Headers") == "Content-Type");
    auto get = s.client().Get("/api/v1/health", {{"Origin", "https://dbi.example.vn"}});
    REQUIRE(get);
    CHECK(get->get_header_value("Access-Control-Allow-Origin") == "https://dbi.example.vn");
    auto other = s.client().Get("/api/v1/health", {{"Origin", "https://dbi.example.vn.evil"}});
    REQUIRE(other);
    CHECK(!other->has_header("Access-Control-Allow-Origin"));
    // Administrator addresses are never opened cross-origin: Authorization is not allowed.
    CHECK(pre->get_header_value("Access-Control-Allow-Headers").find("Authorization") ==
          std::string::npos);
}

}  // TEST_SUITE
