// Administration: the token, CSV exports, revocation, trust list replacement, the chain.
#include <sstream>

#include "server_fixture.hpp"

using namespace dbi;
using namespace dbi::test;

namespace {

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

void submit(TestServer& s, int id, const char* answers, const char* province, const char* sector,
            const char* size, std::string* receipt_id = nullptr,
            const crypto::KeyPair* assessor = nullptr) {
    Draft d;
    d.answers = answers;
    d.subject = Subject{"Công ty " + std::to_string(id), tax_code(id), province, sector, size, true};
    d.countersign = assessor;
    auto r = s.post("/api/v1/submissions", build(d, seeded_key(static_cast<std::uint8_t>(50 + id))).envelope);
    REQUIRE(r);
    REQUIRE(r->status == 201);
    if (receipt_id) *receipt_id = body_json(r)["receipt_id"];
}

}  // namespace

TEST_SUITE("admin") {

TEST_CASE("administrator addresses need the token: 401 without, 403 with a wrong one") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    struct Call {
        const char* method;
        const char* path;
    };
    for (const Call& c : {Call{"GET", "/api/v1/admin/export.csv?by=province"},
                          Call{"POST", "/api/v1/admin/rebind"}, Call{"POST", "/api/v1/admin/revoke"},
                          Call{"PUT", "/api/v1/admin/trust"}, Call{"GET", "/api/v1/admin/chain"}}) {
        CAPTURE(c.path);
        auto cli = s.client();
        auto none = std::string(c.method) == "GET" ? cli.Get(c.path)
                    : std::string(c.method) == "PUT" ? cli.Put(c.path, "{}", "application/json")
                                                     : cli.Post(c.path, "{}", "application/json");
        REQUIRE(none);
        CHECK(none->status == 401);
        CHECK(body_json(none)["code"] == "DBI-SRV-011");
        CHECK(none->get_header_value("WWW-Authenticate") == "Bearer");
        httplib::Headers wrong = {{"Authorization", "Bearer " + std::string(64, '0')}};
        auto bad = std::string(c.method) == "GET" ? cli.Get(c.path, wrong)
                   : std::string(c.method) == "PUT" ? cli.Put(c.path, wrong, "{}", "application/json")
                                                    : cli.Post(c.path, wrong, "{}", "application/json");
        REQUIRE(bad);
        CHECK(bad->status == 403);
        CHECK(body_json(bad)["code"] == "DBI-SRV-012");
    }
    // The token was created on first start, owner-only.
    namespace fs = std::filesystem;
    auto perms = fs::status(dir / "data/admin-token").permissions();
    CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    auto key_perms = fs::status(dir / "data/receipt-key.json").permissions();
    CHECK((key_perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
}

TEST_CASE("CSV exports: UTF-8 with BOM, Vietnamese headers, one row per group") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    submit(s, 1, "worked-example", "79", "C", "small");
    submit(s, 2, "full-marks", "79", "C", "medium", nullptr, &keys.assessor);
    submit(s, 3, "partial", "01", "G", "small");

    auto r = s.admin_get("/api/v1/admin/export.csv?by=province");
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->get_header_value("Content-Type").find("text/csv") == 0);
    CHECK(r->get_header_value("Content-Disposition").find("attachment") == 0);
    REQUIRE(r->body.size() > 3);
    CHECK(r->body.substr(0, 3) == "\xEF\xBB\xBF");
    auto rows = parse_csv(r->body.substr(3));
    REQUIRE(rows.size() == 3);  // header + 01 + 79
    CHECK(rows[0][0] == "Bộ chỉ số");
    CHECK(rows[0][2] == "Tỉnh/thành phố");
    CHECK(rows[0][3] == "Số doanh nghiệp");
    CHECK(rows[0][4] == "Mức 0");
    for (const auto& row : rows) CHECK(row.size() == rows[0].size());
    CHECK(rows[1][1] == "01");
    CHECK(rows[1][2] == "Thành phố Hà Nội");
    CHECK(rows[1][3] == "1");
    CHECK(rows[2][1] == "79");
    CHECK(rows[2][2] == "Thành phố Hồ Chí Minh");
    CHECK(rows[2][3] == "2");
    CHECK(rows[2].back() == "1");  // one countersigned
    // Levels of 79 add up to its count.
    int sum = 0;
    for (int l = 4; l <= 9; ++l) sum += std::stoi(rows[2][static_cast<std::size_t>(l)]);
    CHECK(sum == 2);
    // Mean score, one decimal with a Vietnamese decimal comma.
    const int a = Corpus::get().scored.at("worked-example").total_points;
    const int b = Corpus::get().scored.at("full-marks").total_points;
    CHECK(rows[2][10] == std::to_string((a + b) / 2) + ((a + b) % 2 ? ",5" : ",0"));

    auto by_size = s.admin_get("/api/v1/admin/export.csv?by=size");
    REQUIRE(by_size);
    auto size_rows = parse_csv(by_size->body.substr(3));
    CHECK(size_rows[0][1] == "Quy mô");
    REQUIRE(size_rows.size() == 3);
    CHECK(size_rows[2][2] == "Nhỏ");
    CHECK(size_rows[2][3] == "2");
    auto by_sector = s.admin_get("/api/v1/admin/export.csv?by=sector");
    REQUIRE(by_sector);
    CHECK(parse_csv(by_sector->body.substr(3)).size() == 3);
    auto bad = s.admin_get("/api/v1/admin/export.csv?by=district");
    REQUIRE(bad);
    CHECK(bad->status == 400);
    CHECK(body_json(bad)["code"] == "DBI-SRV-013");
}

TEST_CASE("a revoked receipt drops out of rankings; the previous result comes back") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    std::string first, second;
    submit(s, 1, "partial", "79", "C", "small", &first);
    submit(s, 1, "full-marks", "79", "C", "small", &second);
    submit(s, 2, "worked-example", "79", "C", "small");
    auto top = [&] {
        return body_json(s.get(std::string("/api/v1/rankings?index=") + kSme))["items"][0];
    };
    CHECK(top()["name"] == "Công ty 1");
    auto r = s.admin_post("/api/v1/admin/revoke",
                          Json{{"receipt_id", second}, {"reason", "sai lệch bằng chứng"}}.dump());
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(top()["name"] == "Công ty 2");
    Json all = body_json(s.get(std::string("/api/v1/rankings?index=") + kSme));
    CHECK(all["total"] == 2);
    CHECK(all["items"][1]["score"] == Corpus::get().scored.at("partial").total_points);
    CHECK(body_json(s.get("/api/v1/receipts/" + second + "/status"))["status"] == "revoked");
    CHECK(body_json(s.get("/api/v1/receipts/" + first + "/status"))["status"] == "valid");

    auto again = s.admin_post("/api/v1/admin/revoke", Json{{"receipt_id", second}}.dump());
    REQUIRE(again);
    CHECK(again->status == 409);
    CHECK(body_json(again)["code"] == "DBI-SRV-022");
    auto missing = s.admin_post("/api/v1/admin/revoke", Json{{"receipt_id", "r-999999999999"}}.dump());
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(body_json(missing)["code"] == "DBI-SRV-014");
    auto shape = s.admin_post("/api/v1/admin/revoke", Json{{"receipt", second}}.dump());
    REQUIRE(shape);
    CHECK(shape->status == 400);
    CHECK(body_json(shape)["code"] == "DBI-SRV-007");

    check_counts_match(dir);
    // Revoking the first one too leaves the firm without a current result.
    REQUIRE(s.admin_post("/api/v1/admin/revoke", Json{{"receipt_id", first}}.dump())->status == 200);
    CHECK(body_json(s.get(std::string("/api/v1/rankings?index=") + kSme))["total"] == 1);
    check_counts_match(dir);

    Json chain = body_json(s.admin_get("/api/v1/admin/chain"));
    CHECK(chain["ok"] == true);
    CHECK(chain["entries"].get<int>() >= 3 + 2 + 2);  // 3 submissions, 2 bindings, 2 revocations
}

TEST_CASE("the trust list is replaced only by a newer root-signed list that keeps our key") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const crypto::KeyPair new_assessor = crypto::generate_keypair();
    auto put = [&](const std::string& body) {
        return s.client().Put("/api/v1/admin/trust",
                              {{"Authorization", "Bearer " + s.app().admin_token()}}, body,
                              "application/json");
    };
    // Before: a countersignature by the new assessor is refused.
    Draft d;
    d.countersign = &new_assessor;
    auto before = s.post("/api/v1/submissions", build(d, crypto::generate_keypair()).envelope);
    REQUIRE(before);
    CHECK(before->status == 422);

    TrustList next = keys.list(2);
    next.keys.push_back(trusted(new_assessor, Role::assessor, "Chuyên gia mới"));
    auto ok = put(crypto::sign_trust_list(next, keys.root));
    REQUIRE(ok);
    CHECK(ok->status == 200);
    CHECK(body_json(ok)["sequence"] == 2);
    CHECK(s.get("/indices/trust/trust.json")->body == crypto::sign_trust_list(next, keys.root));

    Draft d2;
    d2.countersign = &new_assessor;
    auto after = s.post("/api/v1/submissions", build(d2, crypto::generate_keypair()).envelope);
    REQUIRE(after);
    CHECK(after->status == 201);

    auto same = put(crypto::sign_trust_list(next, keys.root));
    REQUIRE(same);
    CHECK(same->status == 409);
    CHECK(body_json(same)["code"] == "DBI-SRV-015");

    TrustList forged = keys.list(3);
    auto not_root = put(crypto::sign_trust_list(forged, new_assessor));
    REQUIRE(not_root);
    CHECK(not_root->status == 422);
    CHECK(body_json(not_root)["code"] == "DBI-SUB-023");

    TrustList without = keys.list(3);
    without.keys.erase(without.keys.begin());  // drops the receipt key
    auto lost = put(crypto::sign_trust_list(without, keys.root));
    REQUIRE(lost);
    CHECK(lost->status == 422);
    CHECK(body_json(lost)["code"] == "DBI-SRV-016");
    CHECK(body_json(s.get("/api/v1/health"))["trust_sequence"] == 2);
}

}  // TEST_SUITE
