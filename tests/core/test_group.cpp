// Group aggregation with hand-checkable numbers.
#include "dbi/group.hpp"
#include "fixtures.hpp"

using dbi::test::has_code;
using nlohmann::json;

namespace {

// A minimal "dbi-result/1" with the pillars given as (points, max).
json result(const char* index, int level, const std::vector<std::pair<int, int>>& pillars) {
    json ps = json::array();
    int total = 0, max = 0, i = 0;
    for (const auto& [p, m] : pillars) {
        ps.push_back({{"id", std::to_string(++i)}, {"points", p}, {"max", m}, {"level", 0}});
        total += p;
        max += m;
    }
    return {{"format", "dbi-result/1"},
            {"index", {{"id", index}}},
            {"total", {{"points", total}, {"max", max}, {"level", level}}},
            {"pillars", ps}};
}

json member(const char* id, const char* relation, std::int64_t revenue, std::int64_t staff,
            json res) {
    return {{"id", id}, {"name", id}, {"relation", relation}, {"revenue_vnd", revenue},
            {"employees", staff}, {"result", std::move(res)}};
}

const std::vector<std::pair<int, int>> kHalf = {{60, 125}, {60, 120}, {70, 145},
                                                {55, 110}, {55, 110}, {40, 85}};
const std::vector<std::pair<int, int>> kSmeFull = {{65, 65}, {25, 25}, {80, 80},
                                                   {65, 65}, {50, 50}, {35, 35}};

}  // namespace

TEST_CASE("weighted by revenue; associates listed but not counted") {
    auto idx = dbi::test::load_index(dbi::test::kGroupIndexPath);
    json doc = {{"format", "dbi-group/1"},
                {"index", idx.id},
                {"members",
                 {member("parent", "parent", 3'000'000'000'000, 900,
                         result("vn.mic.1970-2021.large", 2, kHalf)),
                  member("sub", "subsidiary_tier1", 1'000'000'000'000, 100,
                         result("vn.mic.1970-2021.sme", 5, kSmeFull)),
                  member("assoc", "associate", 9'000'000'000'000, 5000,
                         result("vn.mic.1970-2021.sme", 0, {{0, 65}, {0, 25}, {0, 80},
                                                            {0, 65}, {0, 50}, {0, 35}}))}}};
    auto in = dbi::parse_group_input(idx, doc.dump());
    for (const auto& d : in.diagnostics()) MESSAGE(dbi::format_line(d, dbi::Lang::en));
    REQUIRE(in.ok());
    auto r = dbi::aggregate_group(idx, in.value());
    REQUIRE(r.ok());
    const auto& g = r.value();
    CHECK(g.weight_basis == "revenue");
    CHECK(g.counted == std::vector<std::string>{"parent", "sub"});
    CHECK(g.excluded == std::vector<std::string>{"assoc"});
    // Level: (3·2 + 1·5) / 4 = 2.75 → 2. Min 2, max 5.
    CHECK(g.level == 2);
    CHECK(g.min_member_level == 2);
    CHECK(g.max_member_level == 5);
    // Total: parent 340/695 = 489 ‰ (floored), sub 1000 ‰ → (3·489 + 1000) / 4 = 616.75 → 616.
    CHECK(g.total_permille == 616);
    // Pillar 1: parent 60/125 = 480 ‰, sub 1000 ‰ → (1440 + 1000) / 4 = 610.
    CHECK(g.pillars[0].permille == 610);
    auto bytes = dbi::group_result_to_canonical_json(g);
    CHECK(bytes.find("\"total_permille\":616") != std::string::npos);
}

TEST_CASE("falls back to employees when a counted member has no revenue") {
    auto idx = dbi::test::load_index(dbi::test::kGroupIndexPath);
    json doc = {{"format", "dbi-group/1"},
                {"index", idx.id},
                {"members",
                 {member("parent", "parent", 0, 100, result("vn.mic.1970-2021.large", 1, kHalf)),
                  member("sub", "subsidiary_tier1", 5, 300,
                         result("vn.mic.1970-2021.sme", 5, kSmeFull))}}};
    auto r = dbi::aggregate_group(idx, dbi::parse_group_input(idx, doc.dump()).value());
    REQUIRE(r.ok());
    CHECK(r.value().weight_basis == "employees");
    CHECK(r.value().level == 4);  // (100·1 + 300·5) / 400 = 4
}

TEST_CASE("bad group input is refused with specific codes") {
    auto idx = dbi::test::load_index(dbi::test::kGroupIndexPath);
    auto codes = [&](const json& members) {
        json doc = {{"format", "dbi-group/1"}, {"index", idx.id}, {"members", members}};
        return dbi::parse_group_input(idx, doc.dump()).diagnostics();
    };
    CHECK(has_code(codes(json::array()), "DBI-GRP-008"));
    CHECK(has_code(codes(json::array({member("a", "cousin", 1, 1, result("vn.mic.1970-2021.sme", 1, kSmeFull))})),
                   "DBI-GRP-003"));
    CHECK(has_code(codes(json::array({member("a", "parent", 1, 1, result("vn.mic.2099.x", 1, kSmeFull))})),
                   "DBI-GRP-004"));
    CHECK(has_code(codes({member("a", "parent", 1, 1, result("vn.mic.1970-2021.sme", 1, kSmeFull)),
                          member("a", "branch", 1, 1, result("vn.mic.1970-2021.sme", 1, kSmeFull))}),
                   "DBI-GRP-005"));
    json tampered = result("vn.mic.1970-2021.sme", 1, kSmeFull);
    tampered["total"]["points"] = 300;
    // A single-element braced list would copy the member itself (CWG 1467): build arrays explicitly.
    CHECK(has_code(codes(json::array({member("a", "parent", 1, 1, tampered)})), "DBI-GRP-007"));
    // Only associates: nothing to aggregate.
    json only_assoc = {{"format", "dbi-group/1"}, {"index", idx.id},
                       {"members", {member("a", "associate", 1, 1,
                                           result("vn.mic.1970-2021.sme", 1, kSmeFull))}}};
    auto r = dbi::aggregate_group(idx, dbi::parse_group_input(idx, only_assoc.dump()).value());
    CHECK(has_code(r.diagnostics(), "DBI-GRP-006"));
}
