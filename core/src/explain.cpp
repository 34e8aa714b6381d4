// Explanations (what raises a level) and SMEdx recommendations.
#include "dbi/explain.hpp"

#include <algorithm>
#include <set>

#include "json_reader.hpp"

namespace dbi {

using detail::Diags;
using detail::Json;
using detail::ObjectReader;

namespace {

// The distinct point values a criterion's answer can reach, ascending, starting at 0
// ("No"/unanswered). Each successive value is one ladder step.
std::vector<int> reachable_points(const Criterion& c) {
    std::set<int> pts{0};
    for (const auto& o : c.answer.options) pts.insert(o.points);
    for (const auto& b : c.answer.bands) pts.insert(b.result);
    return {pts.begin(), pts.end()};
}

// Smallest pillar points that reach `target_level`; nullopt when even the maximum does not.
std::optional<int> points_for_level(const IndexDefinition& index, int max, int target_level) {
    for (int s = 0; s <= max; ++s)
        if (level_for_percent(index.pillar_bands, s, max) >= target_level) return s;
    return std::nullopt;
}

PillarAdvice advise_pillar(const IndexDefinition& index, const Pillar& pillar,
                           const PillarScore& score) {
    PillarAdvice adv;
    adv.pillar_id = pillar.id;
    adv.level = score.level;
    const int top = static_cast<int>(index.levels.size()) - 1;
    if (score.level >= top || pillar.max_points == 0) return adv;
    auto target = points_for_level(index, pillar.max_points, score.level + 1);
    if (!target) return adv;
    adv.next_level = score.level + 1;
    adv.points_needed = *target - score.points;

    struct Candidate {
        const Criterion* c;
        std::vector<int> ladder;
        std::size_t pos;  // index of the current points in `ladder`
        int start_points;
    };
    std::vector<Candidate> cands;
    for (const auto& ind : score.indicators)
        for (const auto& cs : ind.criteria) {
            if (cs.status == CriterionStatus::not_scored) continue;
            const Criterion* c = index.find_criterion(cs.id);
            auto ladder = reachable_points(*c);
            auto it = std::find(ladder.begin(), ladder.end(), cs.points);
            auto pos = static_cast<std::size_t>(it - ladder.begin());
            if (pos + 1 < ladder.size()) cands.push_back({c, std::move(ladder), pos, cs.points});
        }
    int gained = 0;
    while (gained < adv.points_needed) {
        Candidate* best = nullptr;
        for (auto& cand : cands) {
            if (cand.pos + 1 >= cand.ladder.size()) continue;
            if (!best) {
                best = &cand;
                continue;
            }
            int gain = cand.ladder[cand.pos + 1] - cand.ladder[cand.pos];
            int best_gain = best->ladder[best->pos + 1] - best->ladder[best->pos];
            // Lower current share of the maximum: cur/max < best_cur/best_max, cross-multiplied.
            std::int64_t share = static_cast<std::int64_t>(cand.ladder[cand.pos]) * best->c->max_points;
            std::int64_t best_share = static_cast<std::int64_t>(best->ladder[best->pos]) * cand.c->max_points;
            if (gain > best_gain || (gain == best_gain && share < best_share))
                best = &cand;  // ties keep the earlier criterion (index order = id order)
        }
        if (!best) break;
        gained += best->ladder[best->pos + 1] - best->ladder[best->pos];
        ++best->pos;
    }
    for (const auto& cand : cands) {
        int steps = static_cast<int>(cand.pos) -
                    static_cast<int>(std::find(cand.ladder.begin(), cand.ladder.end(),
                                               cand.start_points) - cand.ladder.begin());
        if (steps > 0)
            adv.steps.push_back({cand.c->id, cand.start_points, cand.ladder[cand.pos], steps});
    }
    return adv;
}

}  // namespace

Explanation explain(const IndexDefinition& index, const Assessment& assessment) noexcept {
    Explanation out;
    for (std::size_t i = 0; i < index.pillars.size() && i < assessment.pillars.size(); ++i)
        out.pillars.push_back(advise_pillar(index, index.pillars[i], assessment.pillars[i]));

    OverallAdvice& ov = out.overall;
    ov.level = assessment.level;
    const OverallRule* rule = nullptr;
    for (const auto& r : index.overall.rules)
        if (r.level == assessment.level + 1) rule = &r;
    if (!rule) return out;
    ov.next_level = rule->level;
    ov.points_needed = std::max(0, rule->total_above + 1 - assessment.total_points);
    struct Need {
        std::string id;
        int points;
    };
    std::vector<Need> below;
    int at_level = 0;
    for (std::size_t i = 0; i < assessment.pillars.size(); ++i) {
        const auto& ps = assessment.pillars[i];
        if (ps.level >= rule->level) {
            ++at_level;
            continue;
        }
        auto target = points_for_level(index, ps.max, rule->level);
        if (target) below.push_back({ps.id, *target - ps.points});
    }
    ov.pillars_needed = std::max(0, rule->min_pillars_at_level - at_level);
    std::stable_sort(below.begin(), below.end(),
                     [](const Need& a, const Need& b) { return a.points < b.points; });
    for (std::size_t i = 0; i < below.size() && static_cast<int>(i) < ov.pillars_needed; ++i)
        ov.pillars_to_raise.push_back(below[i].id);
    return out;
}

// ---------------------------------------------------------------------------------------------
// SMEdx catalogue

const PlatformGroup* SmedxCatalogue::find_group(std::string_view group_id) const noexcept {
    for (const auto& g : groups)
        if (g.id == group_id) return &g;
    return nullptr;
}

const RecommendationMap* SmedxCatalogue::find_map(std::string_view index_id) const noexcept {
    for (const auto& m : maps)
        if (m.index_id == index_id) return &m;
    return nullptr;
}

namespace {

void skip_sourced(ObjectReader& r) {
    r.get("provenance", false);
    r.get("sources", false);
    r.get("note", false);
}

std::map<std::string, std::vector<std::string>> read_group_map(ObjectReader& r, const char* key,
                                                               const SmedxCatalogue& cat,
                                                               Diags& diags) {
    std::map<std::string, std::vector<std::string>> out;
    const Json* obj = r.object(key, false);
    if (!obj) return out;
    for (auto it = obj->begin(); it != obj->end(); ++it) {
        std::string p = pointer_join(r.at(key), it.key());
        if (!it.value().is_array()) {
            detail::expect_type(it.value(), p, "@group_ids", diags);
            continue;
        }
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < it.value().size(); ++i) {
            const Json& g = it.value()[i];
            if (!g.is_string() || !cat.find_group(g.get<std::string>())) {
                diags.push_back(make_diag("DBI-IDX-021", pointer_join(p, i),
                                          {g.is_string() ? g.get<std::string>() : g.dump(),
                                           "a platform group", "the ids in groups"}));
                continue;
            }
            ids.push_back(g.get<std::string>());
        }
        out.emplace(it.key(), std::move(ids));
    }
    return out;
}

}  // namespace

Result<SmedxCatalogue> parse_smedx(std::string_view json_text) noexcept {
    auto root = detail::parse_strict(json_text, {1u << 20, 16});
    if (!root) return Result<SmedxCatalogue>::fail(root.diagnostics());
    Diags diags;
    SmedxCatalogue cat;
    ObjectReader r(root.value(), "", diags);
    if (r.valid()) {
        if (auto fmt = r.string("format", true); fmt && *fmt != "dbi-smedx/1")
            diags.push_back(make_diag("DBI-IDX-001", "/format", {*fmt}));
        cat.id = r.string("id", true).value_or("");
        cat.revision = static_cast<int>(r.integer("revision", true, 1, 1'000'000).value_or(0));
        r.text("title", true);
        skip_sourced(r);
        if (const Json* groups = r.array("groups", true))
            for (std::size_t i = 0; i < groups->size(); ++i) {
                ObjectReader g((*groups)[i], pointer_join("/groups", i), diags);
                PlatformGroup pg;
                pg.id = g.string("id", true).value_or("");
                pg.field = g.text("field", true).value_or(Text{});
                pg.label = g.text("label", true).value_or(Text{});
                pg.description = g.text("description", true).value_or(Text{});
                skip_sourced(g);
                g.finish();
                cat.groups.push_back(std::move(pg));
            }
        if (const Json* rule = r.object("rule", true)) {
            ObjectReader o(*rule, "/rule", diags);
            RecommendationRule& rr = cat.rule;
            rr.pillar_level_below =
                static_cast<int>(o.integer("pillar_level_below", true, 0, 100).value_or(3));
            rr.or_pillar_below_overall = o.boolean("or_pillar_below_overall", true).value_or(true);
            rr.criterion_points_at_most =
                static_cast<int>(o.integer("criterion_points_at_most", true, 0, 1000).value_or(1));
            rr.max_groups_per_pillar =
                static_cast<int>(o.integer("max_groups_per_pillar", true, 1, 20).value_or(3));
            skip_sourced(o);
            o.finish();
        }
        if (const Json* maps = r.array("maps", true))
            for (std::size_t i = 0; i < maps->size(); ++i) {
                ObjectReader m((*maps)[i], pointer_join("/maps", i), diags);
                RecommendationMap rm;
                rm.index_id = m.string("index", true).value_or("");
                rm.criteria = read_group_map(m, "criteria", cat, diags);
                rm.pillars = read_group_map(m, "pillars", cat, diags);
                rm.sector_overlay = read_group_map(m, "sector_overlay", cat, diags);
                skip_sourced(m);
                m.finish();
                cat.maps.push_back(std::move(rm));
            }
        r.finish();
    }
    if (detail::has_errors(diags)) return Result<SmedxCatalogue>::fail(std::move(diags));
    return Result<SmedxCatalogue>::ok(std::move(cat));
}

Recommendations recommend(const IndexDefinition& index, const Assessment& assessment,
                          const SmedxCatalogue& catalogue, std::string_view vsic_section) noexcept {
    Recommendations out;
    const RecommendationMap* map = catalogue.find_map(index.id);
    if (!map) return out;
    const RecommendationRule& rule = catalogue.rule;
    for (const auto& ps : assessment.pillars) {
        bool weak = ps.level < rule.pillar_level_below ||
                    (rule.or_pillar_below_overall && ps.level < assessment.level);
        if (!weak) continue;
        PillarRecommendation rec{ps.id, ps.level, ps.max - ps.points, {}, {}};
        // Weakest criteria first (lowest points), then index order.
        std::vector<const CriterionScore*> crit;
        for (const auto& ind : ps.indicators)
            for (const auto& cs : ind.criteria)
                if (cs.status != CriterionStatus::not_scored &&
                    cs.points <= rule.criterion_points_at_most)
                    crit.push_back(&cs);
        std::stable_sort(crit.begin(), crit.end(), [](const CriterionScore* a,
                                                      const CriterionScore* b) {
            return a->points < b->points;
        });
        auto add = [&](const std::string& g) {
            if (static_cast<int>(rec.groups.size()) < rule.max_groups_per_pillar &&
                std::find(rec.groups.begin(), rec.groups.end(), g) == rec.groups.end())
                rec.groups.push_back(g);
        };
        for (const auto* cs : crit) {
            rec.weak_criteria.push_back(cs->id);
            auto it = map->criteria.find(cs->id);
            if (it != map->criteria.end())
                for (const auto& g : it->second) add(g);
        }
        if (rec.groups.empty()) {
            auto it = map->pillars.find(ps.id);
            if (it != map->pillars.end())
                for (const auto& g : it->second) add(g);
        }
        out.pillars.push_back(std::move(rec));
    }
    std::stable_sort(out.pillars.begin(), out.pillars.end(),
                     [](const PillarRecommendation& a, const PillarRecommendation& b) {
                         return a.gap_points > b.gap_points;
                     });
    if (!vsic_section.empty()) {
        auto it = map->sector_overlay.find(std::string(vsic_section));
        if (it != map->sector_overlay.end()) out.sector_groups = it->second;
    }
    return out;
}

}  // namespace dbi
