// Scoring: turns answers into points and levels using only the rules in the index.
#include "dbi/scoring.hpp"

#include "canonical_json_impl.hpp"
#include "dbi/sha256.hpp"
#include "json_strict.hpp"

namespace dbi {

namespace {

// The band of `bands` containing value/denominator×100 (ratio) or value (count, speed).
// Edges compare exactly: for ratios numerator·100 against edge·denominator, so 20 % of an
// odd denominator is never rounded onto the wrong side of an edge.
int band_points(const std::vector<Band>& bands, std::int64_t value, std::int64_t denominator,
                bool percent) {
    auto cmp = [&](std::int64_t edge) {
        // Values ≤ 10^15 and edges ≤ 100 (ratios): products stay below 2^63.
        std::int64_t lhs = percent ? value * 100 : value;
        std::int64_t rhs = percent ? edge * denominator : edge;
        return (lhs > rhs) - (lhs < rhs);
    };
    for (const auto& b : bands) {
        bool above_min = !b.min.value || cmp(*b.min.value) > 0 ||
                         (b.min.inclusive && cmp(*b.min.value) == 0);
        bool below_max = !b.max.value || cmp(*b.max.value) < 0 ||
                         (b.max.inclusive && cmp(*b.max.value) == 0);
        if (above_min && below_max) return b.result;
    }
    return 0;  // unreachable for a validated index (bands tile the domain)
}

}  // namespace

std::string_view to_string(CriterionStatus s) noexcept {
    switch (s) {
        case CriterionStatus::answered: return "answered";
        case CriterionStatus::unanswered: return "unanswered";
        case CriterionStatus::not_scored: return "not_scored";
    }
    return "?";
}

int criterion_points(const IndexDefinition& index, const Criterion& c, const Answer* a,
                     bool* complete) noexcept {
    if (complete) *complete = false;
    if (!a) return 0;
    if (a->gate == false) {  // "No" at the gate is a complete answer worth 0
        if (complete) *complete = true;
        return 0;
    }
    const AnswerSpec& spec = c.answer;
    if (is_ladder(spec.type)) {
        if (!a->option) return 0;
        if (complete) *complete = true;
        return spec.options[static_cast<std::size_t>(*a->option - 1)].points;
    }
    if (spec.type == AnswerType::ratio) {
        if (!a->numerator || !a->denominator) return 0;
        if (complete) *complete = true;
        std::int64_t num = *a->numerator, den = *a->denominator;
        if (den == 0) {
            // 0/0: nothing of nothing. (n/0 with n > 0 was refused or is capped below.)
            if (num == 0) return index.numeric.zero_denominator_points;
            return band_points(spec.bands, 100, 100, true);
        }
        if (num > den) num = den;  // only reachable when the index caps ratios at 100 %
        return band_points(spec.bands, num, den, true);
    }
    if (!a->value) return 0;
    if (complete) *complete = true;
    return band_points(spec.bands, *a->value, 1, false);
}

int overall_level(const IndexDefinition& index, int total_points,
                  const std::vector<int>& pillar_levels) noexcept {
    for (const auto& rule : index.overall.rules) {  // sorted by descending level
        int at_level = 0;
        for (int l : pillar_levels)
            if (l >= rule.level) ++at_level;
        if (total_points > rule.total_above && at_level >= rule.min_pillars_at_level)
            return rule.level;
    }
    return index.overall.otherwise_level;
}

Result<Assessment> score(const IndexDefinition& index, const AnswerSet& answers) noexcept {
    if (index.model != IndexModel::maturity_tree)
        return Result<Assessment>::fail(make_diag("DBI-SCO-001", "", {index.id}));
    if (answers.index_id != index.id)
        return Result<Assessment>::fail(make_diag("DBI-SCO-002", "/index",
                                                  {answers.index_id, index.id}));
    Assessment out;
    out.index_id = index.id;
    out.index_revision = index.revision;
    out.framework_version = index.framework_version;
    out.index_sha256 = index.sha256;
    out.answers_sha256 = sha256_hex(answers_to_canonical_json(answers));
    out.max_points = index.max_points;
    std::vector<int> pillar_levels;
    for (const auto& p : index.pillars) {
        PillarScore ps{p.id, 0, p.max_points, 0, 0, 0, {}};
        for (const auto& ind : p.indicators) {
            IndicatorScore is{ind.id, 0, ind.max_points, {}};
            for (const auto& c : ind.criteria) {
                auto it = answers.answers.find(c.id);
                const Answer* a = it == answers.answers.end() ? nullptr : &it->second;
                bool complete = false;
                int pts = criterion_points(index, c, a, &complete);
                CriterionScore cs{c.id, c.scored ? pts : 0, c.scored ? c.max_points : 0,
                                  CriterionStatus::not_scored};
                if (c.scored) {
                    cs.status = complete ? CriterionStatus::answered : CriterionStatus::unanswered;
                    ++ps.criteria;
                    if (complete) ++ps.answered;
                    else out.unanswered.push_back(c.id);
                    is.points += cs.points;
                }
                is.criteria.push_back(std::move(cs));
            }
            ps.points += is.points;
            ps.indicators.push_back(std::move(is));
        }
        ps.level = p.max_points > 0 ? level_for_percent(index.pillar_bands, ps.points, p.max_points)
                                    : 0;
        pillar_levels.push_back(ps.level);
        out.total_points += ps.points;
        out.answered += ps.answered;
        out.criteria += ps.criteria;
        out.pillars.push_back(std::move(ps));
    }
    out.level = overall_level(index, out.total_points, pillar_levels);
    return Result<Assessment>::ok(std::move(out));
}

std::string result_to_canonical_json(const Assessment& a) {
    using detail::Json;
    Json pillars = Json::array();
    for (const auto& p : a.pillars) {
        Json indicators = Json::array();
        for (const auto& ind : p.indicators) {
            Json criteria = Json::array();
            for (const auto& c : ind.criteria)
                criteria.push_back({{"id", c.id},
                                    {"points", c.points},
                                    {"max", c.max},
                                    {"status", std::string(to_string(c.status))}});
            indicators.push_back(
                {{"id", ind.id}, {"points", ind.points}, {"max", ind.max}, {"criteria", criteria}});
        }
        pillars.push_back({{"id", p.id},
                           {"points", p.points},
                           {"max", p.max},
                           {"level", p.level},
                           {"answered", p.answered},
                           {"criteria", p.criteria},
                           {"indicators", indicators}});
    }
    Json doc = {
        {"format", "dbi-result/1"},
        {"index",
         {{"id", a.index_id},
          {"revision", a.index_revision},
          {"framework_version", a.framework_version},
          {"sha256", a.index_sha256}}},
        {"answers_sha256", a.answers_sha256},
        {"total", {{"points", a.total_points}, {"max", a.max_points}, {"level", a.level}}},
        {"completeness", {{"answered", a.answered}, {"criteria", a.criteria}}},
        {"unanswered", a.unanswered},
        {"pillars", pillars},
    };
    auto bytes = detail::write_canonical(doc);
    DBI_ASSERT(bytes.ok());  // integers and ASCII ids only: always representable
    return bytes.ok() ? std::move(bytes.value()) : std::string();
}

}  // namespace dbi
