// Scoring against the real SME index: the worked example, every threshold, partial answers,
// numeric edges and determinism of the canonical result.
#include "dbi/sha256.hpp"
#include "fixtures.hpp"

using dbi::test::answers_for_pillar_points;
using dbi::test::has_code;
using dbi::test::score_json;
using nlohmann::json;

namespace {

const dbi::IndexDefinition& sme() {
    static const dbi::IndexDefinition idx = dbi::test::load_index(dbi::test::kSmeIndexPath);
    return idx;
}

json answers_doc(const json& answers) {
    return {{"format", "dbi-answers/1"}, {"index", "vn.mic.1970-2021.sme"}, {"answers", answers}};
}

}  // namespace

TEST_CASE("worked example: 39/10/30/26/12/9 → 126 → overall level 2 (Bắt đầu)") {
    auto a = score_json(sme(), answers_for_pillar_points(sme(), {39, 10, 30, 26, 12, 9}));
    CHECK(a.total_points == 126);
    CHECK(a.max_points == 320);
    const int levels[] = {3, 2, 2, 2, 2, 2};
    for (std::size_t i = 0; i < 6; ++i) CHECK(a.pillars[i].level == levels[i]);
    CHECK(a.level == 2);
    CHECK(sme().find_level(a.level)->name.vi == "Bắt đầu");
    CHECK(a.answered == 60);
    CHECK(a.unanswered.empty());
}

TEST_CASE("overall level: strict total thresholds and the pillar-count rule") {
    const auto& idx = sme();
    const std::vector<int> all5(6, 5), all4(6, 4), all3(6, 3), all2(6, 2), all1(6, 1);
    // Exactly on a threshold is the lower level ("trên" = strictly above).
    CHECK(dbi::overall_level(idx, 20, all1) == 0);
    CHECK(dbi::overall_level(idx, 21, all1) == 1);
    CHECK(dbi::overall_level(idx, 64, all2) == 1);
    CHECK(dbi::overall_level(idx, 65, all2) == 2);
    CHECK(dbi::overall_level(idx, 128, all3) == 2);
    CHECK(dbi::overall_level(idx, 129, all3) == 3);
    CHECK(dbi::overall_level(idx, 192, all4) == 3);
    CHECK(dbi::overall_level(idx, 193, all4) == 4);
    CHECK(dbi::overall_level(idx, 256, all5) == 4);
    CHECK(dbi::overall_level(idx, 257, all5) == 5);
    // Breadth: 4 of 6 pillars for levels 1–3, 5 for level 4, all 6 for level 5.
    CHECK(dbi::overall_level(idx, 129, {3, 3, 3, 3, 0, 0}) == 3);
    CHECK(dbi::overall_level(idx, 129, {3, 3, 3, 2, 2, 2}) == 2);
    CHECK(dbi::overall_level(idx, 193, {4, 4, 4, 4, 4, 0}) == 4);
    CHECK(dbi::overall_level(idx, 193, {4, 4, 4, 4, 3, 3}) == 3);
    CHECK(dbi::overall_level(idx, 257, {5, 5, 5, 5, 5, 4}) == 4);
    // E4: above 20 points but fewer than 4 pillars at level 1 → level 0.
    CHECK(dbi::overall_level(idx, 30, {1, 1, 1, 0, 0, 0}) == 0);
}

TEST_CASE("scored end to end at the overall thresholds") {
    // Four pillars just above 40 % (level 3); the total sits exactly on 128, then one above.
    auto at = score_json(sme(), answers_for_pillar_points(sme(), {27, 15, 33, 27, 20, 6}));
    CHECK(at.total_points == 128);
    int at_three = 0;
    for (const auto& p : at.pillars) at_three += p.level >= 3 ? 1 : 0;
    CHECK(at_three == 4);
    CHECK(at.level == 2);  // 128 is not above 128
    auto above = score_json(sme(), answers_for_pillar_points(sme(), {27, 15, 33, 27, 20, 7}));
    CHECK(above.total_points == 129);
    CHECK(above.level == 3);
    // The same total with only three pillars at level 3 stays at level 2.
    auto narrow = score_json(sme(), answers_for_pillar_points(sme(), {27, 15, 33, 26, 20, 8}));
    CHECK(narrow.total_points == 129);
    CHECK(narrow.pillars[3].level == 2);
    CHECK(narrow.level == 2);
}

TEST_CASE("full marks and no answers") {
    std::vector<int> maxima;
    for (const auto& p : sme().pillars) maxima.push_back(p.max_points);
    auto full = score_json(sme(), answers_for_pillar_points(sme(), maxima));
    CHECK(full.total_points == 320);
    CHECK(full.level == 5);
    for (const auto& p : full.pillars) CHECK(p.level == 5);

    auto none = score_json(sme(), answers_doc(json::object()));
    CHECK(none.total_points == 0);
    CHECK(none.level == 0);
    CHECK(none.answered == 0);
    CHECK(none.unanswered.size() == 60);
}

TEST_CASE("partial answers: a gate answered Yes without a descriptor is still unanswered") {
    const auto* c = sme().find_criterion("1.1.1");
    REQUIRE(c != nullptr);
    REQUIRE(c->answer.gate.has_value());
    auto a = score_json(sme(), answers_doc({{"1.1.1", {{"gate", true}}},
                                            {"1.1.2", {{"gate", false}}},
                                            {"1.1.7", {{"option", 5}}}}));
    CHECK(a.answered == 2);
    CHECK(a.total_points == 5);
    CHECK(a.unanswered.size() == 58);
    CHECK(a.unanswered.front() == "1.1.1");
    CHECK(a.pillars[0].indicators[0].criteria[1].status == dbi::CriterionStatus::answered);
}

TEST_CASE("ratios are compared exactly at band edges") {
    // Find the first ratio criterion of the SME index.
    const dbi::Criterion* ratio = nullptr;
    for (const auto& p : sme().pillars)
        for (const auto& ind : p.indicators)
            for (const auto& c : ind.criteria)
                if (!ratio && c.answer.type == dbi::AnswerType::ratio) ratio = &c;
    REQUIRE(ratio != nullptr);
    auto points = [&](std::int64_t num, std::int64_t den) {
        auto a = score_json(sme(), answers_doc({{ratio->id, {{"numerator", num},
                                                              {"denominator", den}}}}));
        return a.total_points;
    };
    CHECK(points(1, 5) == 1);    // exactly 20 % → (0, 20]
    CHECK(points(3, 15) == 1);   // exactly 20 %, odd denominator
    CHECK(points(2, 9) == 2);    // 22.2 %
    CHECK(points(0, 40) == 0);   // 0 %
    CHECK(points(0, 0) == sme().numeric.zero_denominator_points);
    CHECK(points(4, 5) == 4);    // exactly 80 %
    CHECK(points(81, 100) == 5);
    CHECK(points(7, 7) == 5);    // 100 %
    // Above 100 % is refused with a specific error (E7), not silently capped.
    auto bad = dbi::parse_answers(sme(), answers_doc({{ratio->id, {{"numerator", 8},
                                                                  {"denominator", 7}}}}).dump());
    CHECK_FALSE(bad.ok());
    CHECK(has_code(bad.diagnostics(), "DBI-ANS-007"));
}

TEST_CASE("the canonical result is deterministic and tracks the answers") {
    auto doc = answers_for_pillar_points(sme(), {39, 10, 30, 26, 12, 9});
    auto a1 = score_json(sme(), doc);
    auto a2 = score_json(sme(), json::parse(doc.dump(2)));  // same content, other whitespace
    auto bytes = dbi::result_to_canonical_json(a1);
    CHECK(bytes == dbi::result_to_canonical_json(a2));
    CHECK(bytes.find(' ') == std::string::npos);
    CHECK(bytes.rfind("{\"answers_sha256\":\"", 0) == 0);  // keys sorted
    CHECK(a1.index_sha256 == dbi::sha256_hex(dbi::test::read_source_file(dbi::test::kSmeIndexPath)));
    // Changing one answer changes the answers hash even when the points stay the same.
    doc["answers"]["2.1.1"]["note"] = "Kế hoạch năm 2026";
    auto a3 = score_json(sme(), doc);
    CHECK(a3.total_points == a1.total_points);
    CHECK(a3.answers_sha256 != a1.answers_sha256);
}

TEST_CASE("a group index cannot be scored directly") {
    auto group = dbi::test::load_index(dbi::test::kGroupIndexPath);
    dbi::AnswerSet empty;
    empty.index_id = group.id;
    auto r = dbi::score(group, empty);
    CHECK_FALSE(r.ok());
    CHECK(has_code(r.diagnostics(), "DBI-SCO-001"));
}
