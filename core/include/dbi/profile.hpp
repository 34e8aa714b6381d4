// dbi/profile.hpp — the enterprise profile, the reference data it is checked against, and the
// automatic choice of index set.
//
// [SECTION] Enumerations
// [SECTION] Reference data (provinces, VSIC sections, Decree 80 size classes)
// [SECTION] Enterprise profile
// [SECTION] Tax code
// [SECTION] Classification: size class → index set
//
// Which index set an enterprise uses (Decision 1970/QĐ-BTTTT, dbi-framework.md §2, §10):
//  - a parent–subsidiary structure (tập đoàn, tổng công ty, công ty mẹ – công ty con) → group
//    index, whatever its size;
//  - otherwise the Decree 80/2021/NĐ-CP size class decides: micro, small or medium → SME index;
//    above the medium ceilings → large-enterprise index.
// All thresholds and labels are data (indices/reference/*.json); this unit holds only the rule.
// Money is whole VND in std::int64_t; headcounts are whole people. No floating point.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dbi/diagnostics.hpp"
#include "dbi/index.hpp"  // Provenance, Sourced
#include "dbi/text.hpp"

namespace dbi {

// ---------------------------------------------------------------------------------------------
// [SECTION] Enumerations

// Decree 80/2021/NĐ-CP sets different size ceilings for these two groups of activity.
enum class SectorGroup { agriculture_industry_construction, trade_services };

// Ascending: micro < small < medium < large (the enumerator values are the array indices
// used in ReferenceData::size_classes).
enum class SizeClass { micro, small, medium, large };

// The three index sets of Decision 1970 (indices/<...>.<set>.json, IndexDefinition::index_set).
enum class IndexSet { sme, large, group };

enum class ProvinceType { province, city };  // tỉnh / thành phố trực thuộc trung ương

// Identifiers as written in data files and JSON: "trade_services", "micro", "sme", "city".
std::string_view to_string(SectorGroup g) noexcept;
std::string_view to_string(SizeClass c) noexcept;
std::string_view to_string(IndexSet s) noexcept;
std::string_view to_string(ProvinceType t) noexcept;
std::optional<SectorGroup> sector_group_from_string(std::string_view s) noexcept;
std::optional<SizeClass> size_class_from_string(std::string_view s) noexcept;
std::optional<IndexSet> index_set_from_string(std::string_view s) noexcept;

// ---------------------------------------------------------------------------------------------
// [SECTION] Reference data (provinces, VSIC sections, Decree 80 size classes)

// A provincial-level unit in force since 2025-07-01 (34 of them: 6 cities, 28 provinces).
struct Province {
    std::string code;  // two digits, "79" (Decision 19/2025/QĐ-TTg)
    Text name;         // full official name, "Thành phố Hồ Chí Minh"
    ProvinceType type = ProvinceType::province;
    std::vector<std::string> former;  // former codes merged into it, e.g. {"79","74","77"}
    Sourced sourced;
};

// One of the 63 provinces before 2025-07-01 (codes of Decision 124/2004/QĐ-TTg).
struct FormerProvince {
    std::string code;  // "74"
    Text name;         // "Bình Dương"
    std::string now;   // the 2025 unit it belongs to, "79"
    Sourced sourced;
};

// A VSIC 2018 section (ngành cấp 1, Decision 27/2018/QĐ-TTg), "A".."U".
struct VsicSection {
    std::string code;
    Text name;
    SectorGroup sector_group = SectorGroup::trade_services;  // see vsic_mapping_sourced
    Sourced sourced;
};

// Ceilings of one size class within one sector group. A firm fits the class when
//   employees <= max_employees  AND  (revenue <= max_revenue_vnd  OR  capital <= max_capital_vnd).
struct SizeCeilings {
    SizeClass size = SizeClass::micro;  // micro, small or medium (large has no ceiling)
    std::int64_t max_employees = 0;     // people, average annual social-insurance headcount
    std::int64_t max_revenue_vnd = 0;   // VND, previous year's total revenue
    std::int64_t max_capital_vnd = 0;   // VND, total capital (tổng nguồn vốn), previous year
};

struct SectorGroupInfo {
    SectorGroup group = SectorGroup::trade_services;
    Text name;
    // Exactly three entries, micro, small, medium in that order; every ceiling is >= the one
    // of the class before it (so "fits a class" is monotone in the class).
    std::vector<SizeCeilings> ceilings;
    Sourced sourced;
};

struct SizeClassInfo {
    SizeClass size = SizeClass::micro;
    Text name;  // "Siêu nhỏ" / "Micro"
    Sourced sourced;
};

// The three reference files, parsed and cross-checked. Invariants after parse_reference:
//  - province and former codes are two ASCII digits, unique within their list;
//  - every former code is listed under exactly one province, and its `now` names that province;
//  - VSIC codes are single letters "A".."Z", unique;
//  - both sector groups and all four size classes are present, ceilings as described above;
//  - all text is non-empty in both languages and NFC.
// Counts (34 / 63 / 21) are facts of the data, not invariants of the parser.
struct ReferenceData {
    std::string provinces_id;              // "vn.gov.provinces-2025"
    std::string provinces_effective_from;  // "2025-07-01"
    std::vector<Province> provinces;
    std::vector<FormerProvince> former_provinces;
    Sourced provinces_sourced;

    std::string vsic_id;  // "vn.gso.vsic-2018.sections"
    std::vector<VsicSection> vsic_sections;
    Sourced vsic_sourced;
    Sourced vsic_mapping_sourced;  // the section → sector group mapping (provisional)

    std::string size_classes_id;                   // "vn.gov.decree80-2021.size-classes"
    std::array<SizeClassInfo, 4> size_classes;     // indexed by SizeClass
    std::array<SectorGroupInfo, 2> sector_groups;  // indexed by SectorGroup
    Sourced size_classes_sourced;

    // Lookups; nullptr when absent.
    const Province* find_province(std::string_view code_2025) const noexcept;
    const FormerProvince* find_former_province(std::string_view former_code) const noexcept;
    // A 2025 code as itself; otherwise a former code mapped to its 2025 unit. A code in both
    // lists always means the same unit (a merged unit keeps one of its former codes).
    const Province* resolve_province(std::string_view code) const noexcept;
    const VsicSection* find_vsic_section(std::string_view code) const noexcept;
    const SectorGroupInfo& sector_group(SectorGroup g) const noexcept;
    const SizeClassInfo& size_class(SizeClass c) const noexcept;
};

// Parses the three files of indices/reference/ ("dbi-provinces/1", "dbi-vsic-sections/1",
// "dbi-size-classes/1") and checks the invariants above. Unknown fields are errors
// (DBI-JSON-004); reference-specific errors are DBI-PRF-2xx. Each pointer is a URI-fragment
// reference naming its file — "provinces#/provinces/3/code", "vsic#…", "size_classes#…" — so
// one list can report errors in all three.
Result<ReferenceData> parse_reference(std::string_view provinces_json, std::string_view vsic_json,
                                      std::string_view size_classes_json) noexcept;

// ---------------------------------------------------------------------------------------------
// [SECTION] Enterprise profile

// What the assessment needs to know about the enterprise (dbi-framework.md §9).
//
// JSON form ("dbi-profile/1"), all fields required except group_structure (default false):
//   {"format": "dbi-profile/1", "name": "Công ty TNHH …", "tax_code": "0300588569",
//    "province": "79", "vsic_section": "C", "employees": 120, "revenue_vnd": 45000000000,
//    "capital_vnd": 20000000000, "group_structure": false}
//
// A firm active in several sectors gives the VSIC section of its activity with the highest
// revenue; when that cannot be told, the one employing the most people (the Decree 80 rule for
// multi-sector firms, INFERRED in the notes). The section decides the sector group and so the
// size ceilings.
struct EnterpriseProfile {
    std::string name;              // NFC, trimmed, 1..kMaxNameCodePoints code points, no controls
    std::string tax_code;          // "0123456789" or "0123456789-001" (is_valid_tax_code)
    std::string province_code;     // 2025 code; a former code on input is mapped (info DBI-PRF-101)
    std::string vsic_section;      // "A".."U", upper case
    std::int64_t employees = 0;    // average annual social-insurance headcount, 0..kMaxEmployees
    std::int64_t revenue_vnd = 0;  // previous year's total revenue, VND, 0..kMaxAmountVnd
    std::int64_t capital_vnd = 0;  // total capital ("tổng nguồn vốn"), VND, 0..kMaxAmountVnd
    bool group_structure = false;  // parent–subsidiary (tập đoàn, tổng công ty, công ty mẹ–con)

    bool operator==(const EnterpriseProfile& o) const noexcept;
    bool operator!=(const EnterpriseProfile& o) const noexcept { return !(*this == o); }
};

constexpr std::size_t kMaxNameCodePoints = 300;
constexpr std::int64_t kMaxEmployees = 10'000'000;
constexpr std::int64_t kMaxAmountVnd = 1'000'000'000'000'000'000;  // 10^18 VND

// Parses and checks a "dbi-profile/1" document against `ref`. Text is NFC-normalised
// (to_nfc) and the name trimmed (ASCII white space and U+00A0) before it is checked.
// Reports every error found: DBI-JSON-003/004/005/007 for shape, DBI-PRF-0xx for content
// (tax code, province, VSIC section, negative numbers, name). On success the result may carry
// info diagnostics (DBI-PRF-101: a former province code was mapped).
Result<EnterpriseProfile> parse_profile(std::string_view json_text,
                                        const ReferenceData& ref) noexcept;

// Compact JSON in the fixed key order of the example above (format first, group_structure
// last). parse_profile(profile_to_json(p), ref) gives back p for any valid p. Canonical
// (signed) forms are made by the JCS canonicaliser, not here.
std::string profile_to_json(const EnterpriseProfile& p);

// ---------------------------------------------------------------------------------------------
// [SECTION] Tax code
//
// Mã số thuế (MST): 10 digits — the enterprise code — or, for a dependent unit or branch, the
// 10 digits of its parent, "-" and a 3-digit number 001..999.
// Check digit (provenance: secondary — the rule is published in third-party write-ups of the
// MST structure and verified on real codes such as 0300588569, 0101248141, 0100109106):
//   N10 = 10 − ((31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11)
// where a result of 10 (sum ≡ 0 mod 11) means no valid number has those first nine digits.

bool is_valid_tax_code(std::string_view tax_code) noexcept;

// Why `tax_code` is not valid, or nullopt when it is: DBI-PRF-001 wrong length, DBI-PRF-002
// not digits, DBI-PRF-003 wrong check digit (args: code, expected digit, given digit),
// DBI-PRF-004 first nine digits admit no check digit, DBI-PRF-005 branch number 000.
// `pointer` is copied into the diagnostic.
std::optional<Diagnostic> check_tax_code(std::string_view tax_code,
                                         std::string pointer = {}) noexcept;

// ---------------------------------------------------------------------------------------------
// [SECTION] Classification: size class → index set

struct Classification {
    SizeClass size = SizeClass::large;
    SectorGroup sector = SectorGroup::trade_services;
    IndexSet index_set = IndexSet::large;
    // Severity::info diagnostics explaining the choice, in reading order, numbers as plain
    // decimal digits (VND, people) so the UI can format them:
    //   DBI-PRF-102/103  the VSIC section's sector group;
    //   DBI-PRF-120..125 each smaller class it does not fit, and why (headcount, or both money
    //                    ceilings exceeded) — one diagnostic per failing criterion;
    //   DBI-PRF-110..115 the class it fits, and by which money criterion (revenue when both hold);
    //   DBI-PRF-130..134 the index set that follows (134: parent–subsidiary ⇒ group index).
    std::vector<Diagnostic> reasons;
};

// Precondition: `p` was accepted by parse_profile with the same `ref` (an unknown VSIC section
// is treated as trade_services). Never fails.
Classification classify(const EnterpriseProfile& p, const ReferenceData& ref) noexcept;

}  // namespace dbi
