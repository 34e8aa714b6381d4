// dbi/group.hpp — the group/corporation index: aggregation of member-unit results.
//
// Input "dbi-group/1":
// {"format": "dbi-group/1", "index": "vn.mic.1970-2021.group",
//  "members": [{"id": "m1", "name": "…", "relation": "parent", "revenue_vnd": 1200000000000,
//               "employees": 900, "result": { …a "dbi-result/1" document… }}, …]}
//
// Rules (all from the group index's `aggregation`, provisional): members whose relation is
// excluded (associates) are listed but not counted; the weight is the member's revenue, or
// — when any counted member lacks revenue — every member's employees (the fallback basis);
// group percentages are weighted means of member percentages (per mille, floored); the group
// level is the floor of the weighted mean of member levels; min and max member levels are
// reported beside it. Integer arithmetic only (128-bit intermediates).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dbi/diagnostics.hpp"
#include "dbi/index.hpp"

namespace dbi {

struct MemberPillar {
    std::string id;
    int points = 0;
    int max = 0;
};

struct MemberUnit {
    std::string id;
    std::string name;      // NFC
    std::string relation;  // one of the group index's relation ids
    std::int64_t revenue_vnd = 0;
    std::int64_t employees = 0;
    std::string index_id;  // the index the member was assessed with
    int total_points = 0;
    int max_points = 0;
    int level = 0;
    std::vector<MemberPillar> pillars;
};

struct GroupInput {
    std::string index_id;
    std::vector<MemberUnit> members;
};

struct GroupPillar {
    std::string id;
    int permille = 0;  // weighted mean share of the pillar maximum, ‰
    int level = 0;     // from the group index's pillar bands (0 when it has none)
};

struct GroupResult {
    std::string index_id;
    std::string weight_basis;            // "revenue" or "employees" — the one actually used
    int level = 0;                       // floor of the weighted mean member level
    int min_member_level = 0;
    int max_member_level = 0;
    int total_permille = 0;              // weighted mean of member total shares, ‰
    std::vector<GroupPillar> pillars;
    std::vector<std::string> counted;    // member ids in the aggregate
    std::vector<std::string> excluded;   // member ids left out by relation
};

Result<GroupInput> parse_group_input(const IndexDefinition& group_index,
                                     std::string_view json_text) noexcept;

Result<GroupResult> aggregate_group(const IndexDefinition& group_index,
                                    const GroupInput& input) noexcept;

// "dbi-group-result/1", RFC 8785 canonical form.
std::string group_result_to_canonical_json(const GroupResult& result);

}  // namespace dbi
