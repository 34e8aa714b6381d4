// dbi/explain.hpp — why a result is what it is, and what would raise it.
//
// Pillar advice: the fewest ladder steps that lift a pillar to its next level. A *step*
// raises one criterion to its next higher points value (the next option, or the next band of
// a numeric answer); steps are taken greedily by points gained, ties broken by the lower
// current share of the criterion's maximum, then by id. Overall advice: the points and the
// pillars still missing for the next overall level's rule.
//
// Recommendations map weak pillars and criteria to SMEdx platform groups
// (indices/reference/vn.mic.377-2021.smedx.json); the rule and the map are data.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dbi/index.hpp"
#include "dbi/scoring.hpp"
#include "dbi/text.hpp"

namespace dbi {

struct CriterionStep {
    std::string criterion_id;
    int from_points = 0;
    int to_points = 0;
    int steps = 0;  // ladder steps from → to
};

struct PillarAdvice {
    std::string pillar_id;
    int level = 0;
    std::optional<int> next_level;  // nullopt at the top level
    int points_needed = 0;          // to reach next_level
    std::vector<CriterionStep> steps;
};

struct OverallAdvice {
    int level = 0;
    std::optional<int> next_level;
    int points_needed = 0;                 // total still needed above the threshold
    int pillars_needed = 0;                // more pillars that must reach next_level
    std::vector<std::string> pillars_to_raise;  // cheapest pillars first
};

struct Explanation {
    OverallAdvice overall;
    std::vector<PillarAdvice> pillars;  // in index order
};

// Works from the assessment alone: it holds every criterion's points.
Explanation explain(const IndexDefinition& index, const Assessment& assessment) noexcept;

// [SECTION] SMEdx platform groups and recommendations

struct PlatformGroup {
    std::string id;  // "QT1" … "CN2", "TV"
    Text field;
    Text label;
    Text description;
};

struct RecommendationRule {
    int pillar_level_below = 3;
    bool or_pillar_below_overall = true;
    int criterion_points_at_most = 1;
    int max_groups_per_pillar = 3;
};

struct RecommendationMap {
    std::string index_id;
    std::map<std::string, std::vector<std::string>> criteria;        // criterion id → groups
    std::map<std::string, std::vector<std::string>> pillars;         // pillar id → groups
    std::map<std::string, std::vector<std::string>> sector_overlay;  // VSIC section → groups
};

struct SmedxCatalogue {
    std::string id;
    int revision = 0;
    std::vector<PlatformGroup> groups;
    RecommendationRule rule;
    std::vector<RecommendationMap> maps;
    const PlatformGroup* find_group(std::string_view id) const noexcept;
    const RecommendationMap* find_map(std::string_view index_id) const noexcept;
};

// Parses "dbi-smedx/1"; every group id used by a map must exist in `groups`.
Result<SmedxCatalogue> parse_smedx(std::string_view json_text) noexcept;

struct PillarRecommendation {
    std::string pillar_id;
    int level = 0;
    int gap_points = 0;                       // pillar max − pillar points
    std::vector<std::string> weak_criteria;   // criteria at or below the rule's points
    std::vector<std::string> groups;          // platform group ids, most relevant first
};

struct Recommendations {
    std::vector<PillarRecommendation> pillars;  // largest gap first
    std::vector<std::string> sector_groups;     // from the VSIC section overlay
};

Recommendations recommend(const IndexDefinition& index, const Assessment& assessment,
                          const SmedxCatalogue& catalogue,
                          std::string_view vsic_section = {}) noexcept;

}  // namespace dbi
