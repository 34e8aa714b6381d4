// Rankings, positions and statistics.
#include <algorithm>

#include "server_fixture.hpp"
#include "reports.hpp"

using namespace dbi;
using namespace dbi::test;

namespace {

struct Firm {
    int id;
    const char* answers;
    const char* province;
    const char* sector;
    const char* size;
    bool publish;
    bool verified = false;
};

std::string q(const std::string& rest) { return std::string("/api/v1/rankings?index=") + kSme + rest; }

std::vector<std::string> names(const Json& page) {
    std::vector<std::string> out;
    for (const auto& r : page["items"]) out.push_back(r["name"]);
    return out;
}

int points(const char* answers) { return Corpus::get().scored.at(answers).total_points; }

}  // namespace

TEST_SUITE("rankings") {

TEST_CASE("rankings: latest result per enterprise, opted-in only, by score then earlier") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    // Submitted in this order; "tie-a" and "tie-b" have the same score, a first.
    const std::vector<Firm> firms = {
        {1, "worked-example", "79", "C", "small", true},        // tie-a
        {2, "full-marks", "79", "C", "small", true, true},      // verified
        {3, "total-193", "01", "C", "medium", true},
        {4, "partial", "79", "G", "small", true},
        {5, "worked-example", "79", "C", "small", true},        // tie-b
        {6, "full-marks", "79", "C", "small", false},           // opted out
        {7, "total-65", "01", "G", "micro", true},
    };
    std::map<int, crypto::KeyPair> device;
    for (const auto& f : firms) {
        device[f.id] = crypto::generate_keypair();
        Draft d;
        d.answers = f.answers;
        d.subject = Subject{"DN " + std::to_string(f.id), tax_code(f.id), f.province, f.sector,
                            f.size, f.publish};
        if (f.verified) d.countersign = &keys.assessor;
        auto r = s.post("/api/v1/submissions", build(d, device[f.id]).envelope);
        REQUIRE(r);
        REQUIRE(r->status == 201);
    }

    Json all = body_json(s.get(q("")));
    CHECK(all["total"] == 6);  // firm 6 opted out
    const std::vector<std::string> expected_order = {"DN 2", "DN 3", "DN 1", "DN 5", "DN 7", "DN 4"};
    // The order follows the core's scores, checked here rather than assumed.
    REQUIRE(points("full-marks") > points("total-193"));
    REQUIRE(points("total-193") > points("worked-example"));
    REQUIRE(points("worked-example") > points("total-65"));
    REQUIRE(points("total-65") > points("partial"));
    CHECK(names(all) == expected_order);
    CHECK(all["items"][0]["rank"] == 1);
    CHECK(all["items"][2]["rank"] == 3);
    CHECK(all["items"][0]["verified"] == true);
    CHECK(all["items"][1]["verified"] == false);
    CHECK(all["items"][0]["score"] == points("full-marks"));
    // Public fields only.
    for (const auto& row : all["items"]) {
        CHECK(!row.contains("tax_code"));
        CHECK(!row.contains("submission_id"));
    }

    CHECK(names(body_json(s.get(q("&province=01")))) == std::vector<std::string>{"DN 3", "DN 7"});
    CHECK(names(body_json(s.get(q("&sector=G")))) == std::vector<std::string>{"DN 7", "DN 4"});
    CHECK(names(body_json(s.get(q("&size=small")))) ==
          std::vector<std::string>{"DN 2", "DN 1", "DN 5", "DN 4"});
    CHECK(names(body_json(s.get(q("&verified=true")))) == std::vector<std::string>{"DN 2"});
    CHECK(names(body_json(s.get(q("&province=79&sector=C&size=small")))) ==
          std::vector<std::string>{"DN 2", "DN 1", "DN 5"});
    // Totals follow the filters too.
    CHECK(body_json(s.get(q("&province=01")))["total"] == 2);
    CHECK(body_json(s.get(q("&verified=true")))["total"] == 1);
    CHECK(body_json(s.get(q("&verified=false&size=small")))["total"] == 3);
    CHECK(body_json(s.get(q("&province=79&sector=C&size=small")))["total"] == 3);
    Json page2 = body_json(s.get(q("&per_page=2&page=2")));
    CHECK(names(page2) == std::vector<std::string>{"DN 1", "DN 5"});
    CHECK(page2["items"][0]["rank"] == 3);
    CHECK(page2["total"] == 6);
    Json page3 = body_json(s.get(q("&per_page=2&page=3")));  // the last page, full
    CHECK(names(page3) == std::vector<std::string>{"DN 7", "DN 4"});
    Json past = body_json(s.get(q("&per_page=2&page=4")));   // past the last result
    CHECK(past["items"].empty());
    CHECK(past["total"] == 6);

    // A newer assessment replaces the older one; opting out removes the firm.
    Draft later;
    later.answers = "all-unanswered";
    later.subject = Subject{"DN 2", tax_code(2), "79", "C", "small", true};
    REQUIRE(s.post("/api/v1/submissions", build(later, device[2]).envelope)->status == 201);
    Json after = body_json(s.get(q("")));
    CHECK(after["total"] == 6);
    CHECK(names(after).back() == "DN 2");
    CHECK(after["items"][5]["verified"] == false);  // the new one is not countersigned
    Draft quit;
    quit.answers = "full-marks";
    quit.subject = Subject{"DN 3", tax_code(3), "01", "C", "medium", false};
    REQUIRE(s.post("/api/v1/submissions", build(quit, device[3]).envelope)->status == 201);
    Json gone = body_json(s.get(q("")));
    CHECK(gone["total"] == 5);
    const auto gone_names = names(gone);
    CHECK(std::find(gone_names.begin(), gone_names.end(), "DN 3") == gone_names.end());
    check_counts_match(dir);

    SUBCASE("an older assessment arriving late does not replace a newer one") {
        Draft old;
        old.answers = "full-marks";
        old.issued_at = "2020-01-01T00:00:00Z";
        old.subject = Subject{"DN 4", tax_code(4), "79", "G", "small", true};
        REQUIRE(s.post("/api/v1/submissions", build(old, device[4]).envelope)->status == 201);
        Json still = body_json(s.get(q("&sector=G")));
        CHECK(names(still) == std::vector<std::string>{"DN 7", "DN 4"});
        check_counts_match(dir);
    }
    SUBCASE("position and percentile among peers") {
        // Peers of DN 1: index, province 79, sector C, size small, published: DN 1, DN 5, DN 2.
        Json p = body_json(s.get(std::string("/api/v1/rankings/position?index=") + kSme +
                                 "&tax_code=" + tax_code(1)));
        CHECK(p["peers"] == 3);
        CHECK(p["rank"] == 1);   // DN 2 dropped to 0 points; DN 1 ties DN 5 and came first
        CHECK(p["below"] == 1);  // DN 2
        CHECK(p["percentile"] == 50);
        Json p5 = body_json(s.get(std::string("/api/v1/rankings/position?index=") + kSme +
                                  "&tax_code=" + tax_code(5)));
        CHECK(p5["rank"] == 2);
        CHECK(p5["below"] == 1);
        auto hidden = s.get(std::string("/api/v1/rankings/position?index=") + kSme +
                            "&tax_code=" + tax_code(6));
        REQUIRE(hidden);
        CHECK(hidden->status == 404);
        CHECK(body_json(hidden)["code"] == "DBI-SRV-017");
        auto bad = s.get(std::string("/api/v1/rankings/position?index=") + kSme +
                         "&tax_code=123");
        REQUIRE(bad);
        CHECK(bad->status == 400);
        CHECK(body_json(bad)["code"] == "DBI-SRV-013");
    }
    SUBCASE("bad query parameters") {
        for (const char* path : {"/api/v1/rankings", "/api/v1/rankings?index=nope",
                                 "/api/v1/rankings?index=vn.mic.1970-2021.sme&page=0",
                                 "/api/v1/rankings?index=vn.mic.1970-2021.sme&per_page=1000",
                                 "/api/v1/rankings?index=vn.mic.1970-2021.sme&province=7",
                                 "/api/v1/rankings?index=vn.mic.1970-2021.sme&sector=c",
                                 "/api/v1/rankings?index=vn.mic.1970-2021.sme&verified=yes",
                                 "/api/v1/rankings?index=vn.mic.1970-2021.sme&sort=name"}) {
            CAPTURE(path);
            auto r = s.get(path);
            REQUIRE(r);
            CHECK(r->status == 400);
            CHECK(body_json(r)["code"] == "DBI-SRV-013");
        }
    }
}

TEST_CASE("statistics suppress small cells so no small group can be singled out") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    // 7 firms in 79, 5 in 48, 2 in 01; answers spread over levels.
    const char* answers[] = {"worked-example", "full-marks", "partial", "total-193", "total-65",
                             "total-129", "level4-total-met-four-pillars"};
    std::map<std::string, std::int64_t> truth_province;
    std::map<int, std::int64_t> truth_level;
    int n = 0;
    auto add = [&](const char* province, int count) {
        for (int i = 0; i < count; ++i, ++n) {
            Draft d;
            d.answers = answers[n % 7];
            d.subject = Subject{"DN " + std::to_string(n), tax_code(100 + n), province, "C",
                                "small", n % 3 != 0};  // opted out firms still count here
            auto r = s.post("/api/v1/submissions", build(d, crypto::generate_keypair()).envelope);
            REQUIRE(r);
            REQUIRE(r->status == 201);
            truth_province[province]++;
            truth_level[Corpus::get().scored.at(d.answers).level]++;
        }
    };
    add("79", 7);
    add("48", 5);
    add("01", 2);

    Json st = body_json(s.get(std::string("/api/v1/stats?index=") + kSme));
    CHECK(st["total"] == 14);
    CHECK(st["min_cell"] == server::kMinStatsCell);
    std::map<std::string, Json> prov;
    for (const auto& c : st["by_province"]) prov[c["key"]] = c["count"];
    CHECK(prov["01"].is_null());   // 2 < 5
    CHECK(prov["48"].is_null());   // the next smallest, or 01 = 14 − 7 − 5 could be derived
    CHECK(prov["79"] == 7);
    // Levels: every shown count is true, every count of 1…4 is hidden, and never exactly one
    // cell is hidden (it could be recovered from the total).
    int hidden = 0;
    REQUIRE(st["by_level"].size() == Corpus::get().index.levels.size());
    for (const auto& c : st["by_level"]) {
        const std::int64_t truth = truth_level[std::stoi(c["key"].get<std::string>())];
        if (c["count"].is_null()) {
            ++hidden;
        } else {
            CHECK(c["count"] == truth);
        }
        if (truth > 0 && truth < server::kMinStatsCell) CHECK(c["count"].is_null());
    }
    CHECK(hidden != 1);

    // A filter down to a group smaller than a cell shows no number at all.
    Json small = body_json(s.get(std::string("/api/v1/stats?index=") + kSme + "&province=01"));
    CHECK(small["total"].is_null());
    for (const auto& c : small["by_level"]) CHECK(c["count"].is_null());
    Json mid = body_json(s.get(std::string("/api/v1/stats?index=") + kSme + "&province=79"));
    CHECK(mid["total"] == 7);
    check_counts_match(dir);

    auto bad = s.get("/api/v1/stats?index=vn.mic.1970-2021.sme&province=1");
    REQUIRE(bad);
    CHECK(bad->status == 400);
}

TEST_CASE("suppress(): primary and complementary suppression") {
    using server::suppress;
    auto counts = [](const std::vector<server::PublicCell>& cells) {
        std::vector<std::int64_t> out;
        for (const auto& c : cells) out.push_back(c.count ? *c.count : -1);
        return out;
    };
    CHECK(counts(suppress({{"a", 10}, {"b", 7}, {"c", 0}}, 5)) ==
          std::vector<std::int64_t>{10, 7, 0});
    CHECK(counts(suppress({{"a", 10}, {"b", 3}, {"c", 8}}, 5)) ==
          std::vector<std::int64_t>{10, -1, -1});
    CHECK(counts(suppress({{"a", 10}, {"b", 3}, {"c", 4}}, 5)) ==
          std::vector<std::int64_t>{10, -1, -1});
    CHECK(counts(suppress({{"a", 5}, {"b", 1}, {"c", 0}}, 5)) ==
          std::vector<std::int64_t>{-1, -1, 0});
    CHECK(counts(suppress({{"a", 4}}, 5)) == std::vector<std::int64_t>{-1});
}

}  // TEST_SUITE
