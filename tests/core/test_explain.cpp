// Explanations and SMEdx recommendations on the worked example.
#include "dbi/explain.hpp"
#include "fixtures.hpp"

using dbi::test::answers_for_pillar_points;

namespace {

struct Worked {
    dbi::IndexDefinition index = dbi::test::load_index(dbi::test::kSmeIndexPath);
    nlohmann::json doc = answers_for_pillar_points(index, {39, 10, 30, 26, 12, 9});
    dbi::AnswerSet answers = dbi::parse_answers(index, doc.dump()).value();
    dbi::Assessment assessment = dbi::score(index, answers).value();
};

}  // namespace

TEST_CASE("pillar advice: the points and the cheapest steps to the next level") {
    Worked w;
    auto ex = dbi::explain(w.index, w.assessment);
    REQUIRE(ex.pillars.size() == 6);
    // P1 = 39/65 = 60 % (level 3); level 4 needs more than 60 %: 40 points, 1 more.
    const auto& p1 = ex.pillars[0];
    CHECK(p1.level == 3);
    REQUIRE(p1.next_level.has_value());
    CHECK(*p1.next_level == 4);
    CHECK(p1.points_needed == 1);
    // Every pillar's steps add up to at least what it needs, each step is a real raise
    // of that criterion, and the new points reach the next level.
    for (std::size_t i = 0; i < 6; ++i) {
        const auto& adv = ex.pillars[i];
        CAPTURE(adv.pillar_id);
        int gained = 0;
        for (const auto& s : adv.steps) {
            CHECK(s.to_points > s.from_points);
            CHECK(s.steps >= 1);
            const auto* c = w.index.find_criterion(s.criterion_id);
            REQUIRE(c != nullptr);
            CHECK(s.to_points <= c->max_points);
            gained += s.to_points - s.from_points;
        }
        CHECK(gained >= adv.points_needed);
        int after = w.assessment.pillars[i].points + gained;
        CHECK(dbi::level_for_percent(w.index.pillar_bands, after, w.index.pillars[i].max_points) ==
              *adv.next_level);
    }
}

TEST_CASE("overall advice: total and breadth still missing for the next level") {
    Worked w;
    auto ex = dbi::explain(w.index, w.assessment);
    CHECK(ex.overall.level == 2);
    REQUIRE(ex.overall.next_level.has_value());
    CHECK(*ex.overall.next_level == 3);
    CHECK(ex.overall.points_needed == 3);   // 126 → above 128
    CHECK(ex.overall.pillars_needed == 3);  // only P1 is at level 3; four are needed
    REQUIRE(ex.overall.pillars_to_raise.size() == 3);
    // P2 (10/25 → 11) and P4 (26/65 → 27) need one point each: they come first.
    CHECK(ex.overall.pillars_to_raise[0] == "2");
    CHECK(ex.overall.pillars_to_raise[1] == "4");
}

TEST_CASE("recommendations map weak pillars to SMEdx platform groups") {
    Worked w;
    auto cat = dbi::parse_smedx(
        dbi::test::read_source_file("indices/reference/vn.mic.377-2021.smedx.json"));
    for (const auto& d : cat.diagnostics()) MESSAGE(dbi::format_line(d, dbi::Lang::en));
    REQUIRE(cat.ok());
    const auto* map = cat.value().find_map(w.index.id);
    REQUIRE(map != nullptr);
    // The map covers every SME criterion.
    for (const auto& p : w.index.pillars)
        for (const auto& ind : p.indicators)
            for (const auto& c : ind.criteria) CHECK(map->criteria.count(c.id) == 1);

    auto rec = dbi::recommend(w.index, w.assessment, cat.value(), "I");
    // Pillars below level 3: P2..P6 (P1 is at 3 and the overall level is 2).
    REQUIRE(rec.pillars.size() == 5);
    for (std::size_t i = 1; i < rec.pillars.size(); ++i)
        CHECK(rec.pillars[i - 1].gap_points >= rec.pillars[i].gap_points);
    for (const auto& pr : rec.pillars) {
        CHECK(pr.pillar_id != "1");
        CHECK_FALSE(pr.groups.empty());
        CHECK(static_cast<int>(pr.groups.size()) <= cat.value().rule.max_groups_per_pillar);
        for (const auto& g : pr.groups) CHECK(cat.value().find_group(g) != nullptr);
    }
    CHECK_FALSE(rec.sector_groups.empty());  // accommodation & food service → CN1/CN2
}
