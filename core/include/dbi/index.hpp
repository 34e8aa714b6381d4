// dbi/index.hpp — an index definition ("dbi-index/1") as plain data, and its parser.
//
// [SECTION] Provenance and bands
// [SECTION] Answer specifications
// [SECTION] The tree: criterion → indicator → pillar → index
// [SECTION] Parsing and validation
//
// Invariants of a successfully parsed IndexDefinition (checked by parse_index, so scoring can
// rely on them without re-checking):
//  - ids are unique; indicator ids start with "<pillar id>.", criterion ids with "<indicator id>.";
//  - every criterion's max_points equals the highest points its answer can give;
//  - indicator max = Σ scored criteria max, pillar max = Σ indicator max, index max = Σ pillars;
//  - option points strictly increase; numeric and level bands are ascending and tile their domain;
//  - levels are 0..N in order; overall rules name existing levels;
//  - all text is non-empty in both languages and NFC.
// Points are integers. Percentages are integer percent compared exactly (see BandEdge).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dbi/diagnostics.hpp"
#include "dbi/text.hpp"

namespace dbi {

// ---------------------------------------------------------------------------------------------
// [SECTION] Provenance and bands

// How well a fact is established: the official text, a third-party transcription, or a
// project choice that must stay replaceable (see indices/README.md).
enum class Provenance { confirmed, secondary, provisional };

struct Sourced {
    Provenance provenance = Provenance::provisional;
    std::vector<std::string> sources;  // keys of the reference notes' source lists
    std::optional<Text> note;
};

// One edge of a band; nullopt = unbounded.
struct BandEdge {
    std::optional<std::int64_t> value;
    bool inclusive = false;
};

// A half-open, closed or unbounded interval [min, max] with explicit inclusivity, mapped to a
// result (points for answer bands, a level for pillar bands).
struct Band {
    BandEdge min;
    BandEdge max;
    int result = 0;  // points (answer bands) or level (pillar bands)
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Answer specifications

enum class AnswerType { gate_ladder, strategy_ladder, likert, ratio, count, speed };

enum class RatioUnit { vnd, people, count, transactions, records, meetings, decisions };

struct AnswerOption {
    Text label;
    int points = 0;
};

struct AnswerSpec {
    AnswerType type = AnswerType::gate_ladder;
    std::optional<Text> gate;            // "…? Có/Không"; "No" scores 0. Never set for likert.
    std::vector<AnswerOption> options;   // ladders and likert, points strictly increasing
    // Numeric types (ratio: band edges are percent; count/speed: edges are the value).
    std::optional<Text> numerator;       // ratio
    std::optional<Text> denominator;     // ratio
    std::optional<RatioUnit> ratio_unit; // ratio
    std::optional<Text> unit;            // count, speed ("người", "Mbps")
    std::string band_set;                // name in IndexDefinition::band_sets, or "" if inline
    std::vector<Band> bands;             // resolved bands (inline or copied from the set)
    Sourced sourced;
};

bool is_ladder(AnswerType t) noexcept;   // gate_ladder, strategy_ladder, likert
bool is_numeric(AnswerType t) noexcept;  // ratio, count, speed
std::string_view to_string(AnswerType t) noexcept;
std::string_view to_string(Provenance p) noexcept;

// ---------------------------------------------------------------------------------------------
// [SECTION] The tree: criterion → indicator → pillar → index

struct Criterion {
    std::string id;                 // "1.1.1"
    Text label;
    Text question;
    std::optional<Text> help;
    std::string period;             // "", "3_months", "latest_year", "assessment_period", "3_years"
    int max_points = 0;
    bool scored = true;             // false: listed, shown, excluded from every sum
    AnswerSpec answer;
    Sourced sourced;
};

struct Indicator {
    std::string id;  // "1.1"
    Text label;
    std::optional<Text> help;
    int max_points = 0;
    std::vector<Criterion> criteria;
    Sourced sourced;
};

struct Pillar {
    std::string id;  // "1"
    Text label;
    std::optional<Text> help;
    int max_points = 0;  // 0 for group_aggregate indices
    std::vector<Indicator> indicators;
    Sourced sourced;
};

struct LevelInfo {
    int level = 0;
    Text name;
    Text meaning;
    Sourced sourced;
};

struct OverallRule {
    int level = 0;
    int total_above = 0;           // strict: total > total_above
    int min_pillars_at_level = 0;  // pillars whose level >= `level`
};

struct OverallRules {
    std::vector<OverallRule> rules;  // any order in the file; stored by descending level
    int otherwise_level = 0;
    Sourced sourced;
};

struct NumericRules {
    bool ratio_above_100_rejected = true;  // false: capped at 100 %
    int zero_denominator_points = 0;
    Sourced sourced;
};

struct Instrument {
    std::string decision;  // "1970/QĐ-BTTTT"
    std::string date;      // "2021-12-13"
    Text issuer;
    Text title;
    std::vector<std::string> replaced_by;
    Sourced sourced;
};

struct Declared {
    int pillars = 0, indicators = 0, criteria = 0, max_points = 0;
    Sourced sourced;
};

struct BandSet {
    std::vector<Band> bands;
    Sourced sourced;
};

struct GroupRelation {
    std::string id;  // "parent", "subsidiary_tier1", …, "associate"
    Text label;
};

// Rules of a group_aggregate index (indices/README.md, "Group index").
struct Aggregation {
    std::vector<std::string> member_indices;
    std::string weight_basis;           // "revenue" | "employees"
    std::string fallback_weight_basis;  // "employees" | "revenue" | ""
    std::vector<std::string> excluded_relations;
    std::vector<GroupRelation> relations;
    std::string level_rule;             // "floor_weighted_mean_level"
    Sourced sourced;
};

enum class IndexModel { maturity_tree, group_aggregate };

struct IndexDefinition {
    std::string id;                 // "vn.mic.1970-2021.sme"
    int revision = 0;
    std::string framework_version;  // "1970"
    std::string index_set;          // "sme" | "large" | "group"
    IndexModel model = IndexModel::maturity_tree;
    Text title;
    std::optional<Text> description;
    Instrument instrument;
    Sourced sourced;
    Declared declared;
    std::vector<LevelInfo> levels;        // index = level
    std::vector<Band> pillar_bands;       // result = level; edges in percent
    Sourced pillar_bands_sourced;
    OverallRules overall;
    NumericRules numeric;
    std::map<std::string, BandSet> band_sets;
    std::vector<Pillar> pillars;
    std::optional<Aggregation> aggregation;  // group_aggregate only
    int max_points = 0;                      // Σ pillar max
    std::string sha256;                      // lowercase hex of the exact bytes parsed

    // Lookup helpers; nullptr when absent. Linear scans are fine at 140 criteria.
    const Criterion* find_criterion(std::string_view id) const noexcept;
    const LevelInfo* find_level(int level) const noexcept;
    int scored_criteria_count() const noexcept;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Parsing and validation

// Parses and validates an index file. On success the result may carry warnings (e.g.
// DBI-IDX-031, a provisional declared count that differs from the tree). On failure it
// carries every error found, each with a JSON Pointer to the offending element.
Result<IndexDefinition> parse_index(std::string_view json_text) noexcept;

// Validation only: all diagnostics (errors and warnings); empty = valid without warnings.
std::vector<Diagnostic> validate_index(std::string_view json_text) noexcept;

// Level of a pillar with `points` of `max` (max > 0) under `bands` (edges in percent).
// Returns -1 when no band contains it (cannot happen for a validated index).
int level_for_percent(const std::vector<Band>& bands, std::int64_t points, std::int64_t max) noexcept;

}  // namespace dbi
