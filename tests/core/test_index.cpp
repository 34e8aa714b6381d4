// Index parsing and validation: the three real index files, and one broken copy per rule.
#include <functional>
#include <limits>

#include "fixtures.hpp"

using dbi::test::has_code;
using nlohmann::json;

namespace {

json sme_json() { return json::parse(dbi::test::read_source_file(dbi::test::kSmeIndexPath)); }

std::vector<dbi::Diagnostic> validate(const json& j) { return dbi::validate_index(j.dump()); }

json& first_criterion(json& idx) { return idx["pillars"][0]["indicators"][0]["criteria"][0]; }

}  // namespace

TEST_CASE("the SME index of Decision 1970 is complete and valid") {
    auto r = dbi::parse_index(dbi::test::read_source_file(dbi::test::kSmeIndexPath));
    for (const auto& d : r.diagnostics()) MESSAGE(dbi::format_line(d, dbi::Lang::en));
    REQUIRE(r.ok());
    CHECK(r.diagnostics().empty());  // not even a warning
    const auto& idx = r.value();
    CHECK(idx.id == "vn.mic.1970-2021.sme");
    CHECK(idx.framework_version == "1970");
    CHECK(idx.pillars.size() == 6);
    CHECK(idx.scored_criteria_count() == 60);
    CHECK(idx.max_points == 320);
    const int maxima[] = {65, 25, 80, 65, 50, 35};
    int indicators = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(idx.pillars[i].max_points == maxima[i]);
        indicators += static_cast<int>(idx.pillars[i].indicators.size());
    }
    CHECK(indicators == 10);
    CHECK(idx.levels.size() == 6);
    CHECK(idx.sha256.size() == 64);
    const auto* strategy = idx.find_criterion("2.1.1");
    REQUIRE(strategy != nullptr);
    CHECK(strategy->max_points == 25);
    CHECK(strategy->answer.type == dbi::AnswerType::strategy_ladder);
}

TEST_CASE("the large-enterprise index has 139 scored criteria and 695 points") {
    auto idx = dbi::test::load_index(dbi::test::kLargeIndexPath);
    CHECK(idx.pillars.size() == 6);
    CHECK(idx.scored_criteria_count() == 139);
    CHECK(idx.max_points == 695);
    int indicators = 0, listed = 0;
    for (const auto& p : idx.pillars) {
        indicators += static_cast<int>(p.indicators.size());
        for (const auto& ind : p.indicators) listed += static_cast<int>(ind.criteria.size());
    }
    CHECK(indicators == 25);
    CHECK(listed == 140);  // one listed item is set aside with a note (later-instruments §4.5)
    CHECK(idx.sourced.provenance == dbi::Provenance::provisional);
}

TEST_CASE("the group index aggregates members and has no criteria") {
    auto idx = dbi::test::load_index(dbi::test::kGroupIndexPath);
    CHECK(idx.model == dbi::IndexModel::group_aggregate);
    REQUIRE(idx.aggregation.has_value());
    CHECK(idx.pillars.size() == 6);
    CHECK(idx.scored_criteria_count() == 0);
}

TEST_CASE("each broken copy of the SME index gets its specific diagnostic") {
    struct Case {
        const char* name;
        std::function<void(json&)> mutate;
        const char* code;
        const char* pointer;  // "" = any
    };
    const Case cases[] = {
        {"wrong format", [](json& j) { j["format"] = "dbi-index/2"; }, "DBI-IDX-001", "/format"},
        {"unknown top-level field", [](json& j) { j["colour"] = "blue"; }, "DBI-JSON-004",
         "/colour"},
        {"unknown criterion field",
         [](json& j) { first_criterion(j)["wieght"] = 2; }, "DBI-JSON-004",
         "/pillars/0/indicators/0/criteria/0/wieght"},
        {"criterion max does not match its answer",
         [](json& j) { first_criterion(j)["max_points"] = 6; }, "DBI-IDX-010",
         "/pillars/0/indicators/0/criteria/0/max_points"},
        {"indicator sum differs",
         [](json& j) { j["pillars"][0]["indicators"][0]["max_points"] = 44; }, "DBI-IDX-011",
         "/pillars/0/indicators/0/max_points"},
        {"pillar sum differs", [](json& j) { j["pillars"][1]["max_points"] = 26; }, "DBI-IDX-012",
         "/pillars/1/max_points"},
        {"duplicate criterion id",
         [](json& j) {
             auto& crit = j["pillars"][0]["indicators"][0]["criteria"];
             crit[1]["id"] = crit[0]["id"];
         },
         "DBI-IDX-003", "/pillars/0/indicators/0/criteria/1/id"},
        {"criterion id outside its indicator",
         [](json& j) { first_criterion(j)["id"] = "2.1.9"; }, "DBI-IDX-004",
         "/pillars/0/indicators/0/criteria/0/id"},
        {"missing English",
         [](json& j) { first_criterion(j)["label"]["en"] = ""; }, "DBI-IDX-005",
         "/pillars/0/indicators/0/criteria/0/label/en"},
        {"decomposed (NFD) Vietnamese",
         [](json& j) { first_criterion(j)["label"]["vi"] = "Vie\xcc\x82\xcc\xa3t"; },
         "DBI-IDX-006", "/pillars/0/indicators/0/criteria/0/label/vi"},
        {"unknown provenance",
         [](json& j) { first_criterion(j)["provenance"] = "rumour"; }, "DBI-IDX-007",
         "/pillars/0/indicators/0/criteria/0/provenance"},
        {"unknown answer type",
         [](json& j) { first_criterion(j)["answer"]["type"] = "slider"; }, "DBI-IDX-008",
         "/pillars/0/indicators/0/criteria/0/answer/type"},
        {"options out of order",
         [](json& j) {
             auto& opts = first_criterion(j)["answer"]["options"];
             std::swap(opts[0], opts[1]);
         },
         "DBI-IDX-009", ""},
        {"undefined band set",
         [](json& j) {
             for (auto& c : j["pillars"][0]["indicators"][0]["criteria"])
                 if (c["answer"]["type"] == "ratio") {
                     c["answer"]["bands"] = "no_such_set";
                     break;
                 }
         },
         "DBI-IDX-014", ""},
        {"levels out of order",
         [](json& j) { std::swap(j["levels"][1], j["levels"][2]); }, "DBI-IDX-015",
         "/levels/1/level"},
        {"gap between pillar bands",
         [](json& j) { j["pillar_bands"]["bands"][2]["min"] = 25; }, "DBI-IDX-013",
         "/pillar_bands/bands/2"},
        {"declared criteria count differs",
         [](json& j) { j["declared"]["criteria"] = 61; }, "DBI-IDX-030", "/declared/criteria"},
        {"overall rule thresholds not ascending",
         [](json& j) {
             for (auto& r : j["overall_rules"]["rules"])
                 if (r["level"] == 4) r["total_above"] = 100;
         },
         "DBI-IDX-028", ""},
        {"rule needs more pillars than exist",
         [](json& j) { j["overall_rules"]["rules"][0]["min_pillars_at_level"] = 7; },
         "DBI-IDX-018", ""},
        {"bad date", [](json& j) { j["instrument"]["date"] = "13/12/2021"; }, "DBI-IDX-024",
         "/instrument/date"},
        {"wrong type", [](json& j) { j["revision"] = "one"; }, "DBI-JSON-003", "/revision"},
        {"missing field", [](json& j) { j.erase("levels"); }, "DBI-JSON-005", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        json j = sme_json();
        c.mutate(j);
        auto diags = validate(j);
        CHECK(has_code(diags, c.code, c.pointer));
        for (const auto& d : diags) CAPTURE(dbi::format_line(d, dbi::Lang::en));
        CHECK_FALSE(dbi::parse_index(j.dump()).ok());
    }
}

// Found with tests/fuzz (fuzz_index): numbers beyond what IndexDefinition holds were narrowed or
// wrapped (a maximum or threshold of 2^32 + n read as n, an unsigned edge above INT64_MAX read as
// a negative one) and huge band edges overflowed in the tiling check and in pillar levels
// (undefined behaviour, caught by UBSan). They are refused now, each with its pointer.
TEST_CASE("numbers that do not fit are refused, never changed") {
    constexpr std::int64_t k2p32 = std::int64_t{1} << 32;
    struct Case {
        const char* name;
        std::function<void(json&)> mutate;
        const char* code;
        const char* pointer;
    };
    const Case cases[] = {
        {"pillar maximum 2^32 + 65 (was read as 65)",
         [&](json& j) {
             j["pillars"][0]["max_points"] = k2p32 + 65;
             j["pillars"][0]["indicators"][0]["max_points"] = k2p32 + 45;
         },
         "DBI-JSON-007", "/pillars/0/max_points"},
        {"threshold 2^32 + 256 (was read as 256)",
         [&](json& j) { j["overall_rules"]["rules"][0]["total_above"] = k2p32 + 256; },
         "DBI-JSON-007", "/overall_rules/rules/0/total_above"},
        {"declared maximum 2^32 + 320", [&](json& j) { j["declared"]["max_points"] = k2p32 + 320; },
         "DBI-JSON-007", "/declared/max_points"},
        {"unsigned edge above INT64_MAX (was read as -1)",
         [](json& j) {
             j["band_sets"]["staff_count"]["bands"][1]["max"] =
                 std::numeric_limits<std::uint64_t>::max();
         },
         "DBI-JSON-007", "/band_sets/staff_count/bands/1/max"},
        {"edge INT64_MIN (edge - 1 overflowed)",
         [](json& j) {
             j["band_sets"]["staff_count"]["bands"][0]["max"] =
                 std::numeric_limits<std::int64_t>::min();
         },
         "DBI-JSON-007", "/band_sets/staff_count/bands/0/max"},
        {"pillar band edge 10^18 (edge × maximum overflowed)",
         [](json& j) { j["pillar_bands"]["bands"][5]["max"] = 1'000'000'000'000'000'000; },
         "DBI-JSON-007", "/pillar_bands/bands/5/max"},
        {"pillar band edge above 100 %",
         [](json& j) { j["pillar_bands"]["bands"][5]["max"] = 150; }, "DBI-IDX-035",
         "/pillar_bands/bands/5"},
        {"negative pillar band edge",
         [](json& j) { j["pillar_bands"]["bands"][0]["min"] = -5; }, "DBI-IDX-035",
         "/pillar_bands/bands/0"},
    };
    for (const auto& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        json j = sme_json();
        c.mutate(j);
        auto diags = validate(j);
        std::string lines;
        for (const auto& d : diags) lines += dbi::format_line(d, dbi::Lang::en) + "\n";
        CAPTURE(lines);
        CHECK(has_code(diags, c.code, c.pointer));
        CHECK_FALSE(dbi::parse_index(j.dump()).ok());
    }
    // The limit itself is fine: 5 points from 10^15 people on.
    json j = sme_json();
    json& bands = j["band_sets"]["staff_count"]["bands"];
    bands[bands.size() - 2]["max"] = 1'000'000'000'000'000;
    bands.back()["min"] = 1'000'000'000'000'000;
    auto r = dbi::parse_index(j.dump());
    for (const auto& d : r.diagnostics()) CAPTURE(dbi::format_line(d, dbi::Lang::en));
    CHECK(r.ok());
}

TEST_CASE("a provisional declared count that differs is a warning, not an error") {
    json j = sme_json();
    j["declared"]["provenance"] = "provisional";
    j["declared"]["indicators"] = 11;
    auto r = dbi::parse_index(j.dump());
    REQUIRE(r.ok());
    REQUIRE(r.diagnostics().size() == 1);
    CHECK(r.diagnostics()[0].code == "DBI-IDX-031");
    CHECK(r.diagnostics()[0].severity == dbi::Severity::warning);
}

TEST_CASE("malformed JSON, duplicate keys and bad UTF-8 are rejected before anything else") {
    CHECK(has_code(dbi::validate_index("{\"format\": "), "DBI-JSON-001"));
    CHECK(has_code(dbi::validate_index("{\"id\": \"a\", \"id\": \"b\"}"), "DBI-JSON-002"));
    CHECK(has_code(dbi::validate_index("{\"id\": \"\xff\"}"), "DBI-UTF-001"));
    CHECK(has_code(dbi::validate_index("[]"), "DBI-JSON-003"));
    std::string deep(200, '[');
    CHECK(has_code(dbi::validate_index(deep), "DBI-JSON-008"));
}

TEST_CASE("pillar bands: upper edges inclusive, exactly 10 % is level 0") {
    auto idx = dbi::test::load_index(dbi::test::kSmeIndexPath);
    const auto& b = idx.pillar_bands;
    // P3 (max 80) and P5 (max 50) are the pillars that can hit exactly 10 % (E1).
    CHECK(dbi::level_for_percent(b, 8, 80) == 0);
    CHECK(dbi::level_for_percent(b, 9, 80) == 1);
    CHECK(dbi::level_for_percent(b, 5, 50) == 0);
    CHECK(dbi::level_for_percent(b, 0, 65) == 0);
    // Every Bảng 1 value is the inclusive top of its level (39/65 = 60 % → 3).
    const int maxima[] = {65, 25, 80, 65, 50, 35};
    for (int max : maxima)
        for (int k = 1; k <= 5; ++k) {
            CAPTURE(max);
            CAPTURE(k);
            CHECK(dbi::level_for_percent(b, k * max / 5, max) == k);
            if (k < 5) CHECK(dbi::level_for_percent(b, k * max / 5 + 1, max) == k + 1);
        }
}
