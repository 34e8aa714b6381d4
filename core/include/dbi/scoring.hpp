// dbi/scoring.hpp — criterion → indicator → pillar → total scores and the 0–5 levels.
//
// All arithmetic is on integers. Rules come from the index (pillar bands, overall rules,
// numeric rules); nothing about the framework is hard-coded here:
//  - criterion points: the option's points, the band containing the numeric answer (ratios as
//    exact percentages), 0 for "No" at the gate, 0 when unanswered;
//  - indicator = Σ its scored criteria; pillar = Σ its indicators; total = Σ pillars;
//  - pillar level: the pillar band containing points/max;
//  - overall level: the highest rule with total > total_above and at least
//    min_pillars_at_level pillars at that level or above; else otherwise_level.
#pragma once

#include <string>
#include <vector>

#include "dbi/answers.hpp"
#include "dbi/diagnostics.hpp"
#include "dbi/index.hpp"

namespace dbi {

enum class CriterionStatus { answered, unanswered, not_scored };

struct CriterionScore {
    std::string id;
    int points = 0;
    int max = 0;
    CriterionStatus status = CriterionStatus::unanswered;
};

struct IndicatorScore {
    std::string id;
    int points = 0;
    int max = 0;
    std::vector<CriterionScore> criteria;
};

struct PillarScore {
    std::string id;
    int points = 0;
    int max = 0;
    int level = 0;
    int answered = 0;  // scored criteria answered in this pillar
    int criteria = 0;  // scored criteria in this pillar
    std::vector<IndicatorScore> indicators;
};

// The result of one assessment. Deterministic: no clock, no randomness, no floating point.
struct Assessment {
    std::string index_id;
    int index_revision = 0;
    std::string framework_version;
    std::string index_sha256;    // of the index file bytes scored against
    std::string answers_sha256;  // of answers_to_canonical_json(answers)
    int total_points = 0;
    int max_points = 0;
    int level = 0;
    int answered = 0;            // scored criteria answered
    int criteria = 0;            // scored criteria
    std::vector<PillarScore> pillars;
    std::vector<std::string> unanswered;  // scored criteria without a complete answer, in order
};

// Points one answer earns for criterion `c` (0 for unanswered). `complete` tells whether the
// answer is complete enough to count as answered.
int criterion_points(const IndexDefinition& index, const Criterion& c, const Answer* answer,
                     bool* complete = nullptr) noexcept;

// Overall level from the total and the pillar levels, by the index's overall rules.
int overall_level(const IndexDefinition& index, int total_points,
                  const std::vector<int>& pillar_levels) noexcept;

// Scores `answers` (already checked by parse_answers against the same index).
Result<Assessment> score(const IndexDefinition& index, const AnswerSet& answers) noexcept;

// The assessment in RFC 8785 canonical form ("dbi-result/1"): the bytes that get signed.
std::string result_to_canonical_json(const Assessment& assessment);

std::string_view to_string(CriterionStatus s) noexcept;

}  // namespace dbi
