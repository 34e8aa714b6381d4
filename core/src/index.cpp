// Index definition parser and validator.
//
// One pass builds the IndexDefinition and collects every problem (not just the first), each
// with a JSON Pointer, so an editor of an index file can fix them all in one go. Checks the
// JSON Schema cannot express (sums, band tiling, id prefixes, NFC) live here.
#include "dbi/index.hpp"

#include <algorithm>
#include <limits>
#include <set>

#include "dbi/sha256.hpp"
#include "json_reader.hpp"

namespace dbi {

using detail::Diags;
using detail::Json;
using detail::ObjectReader;

bool is_ladder(AnswerType t) noexcept {
    return t == AnswerType::gate_ladder || t == AnswerType::strategy_ladder ||
           t == AnswerType::likert;
}

bool is_numeric(AnswerType t) noexcept { return !is_ladder(t); }

std::string_view to_string(AnswerType t) noexcept {
    switch (t) {
        case AnswerType::gate_ladder: return "gate_ladder";
        case AnswerType::strategy_ladder: return "strategy_ladder";
        case AnswerType::likert: return "likert";
        case AnswerType::ratio: return "ratio";
        case AnswerType::count: return "count";
        case AnswerType::speed: return "speed";
    }
    return "?";
}

std::string_view to_string(Provenance p) noexcept {
    switch (p) {
        case Provenance::confirmed: return "confirmed";
        case Provenance::secondary: return "secondary";
        case Provenance::provisional: return "provisional";
    }
    return "?";
}

const Criterion* IndexDefinition::find_criterion(std::string_view criterion_id) const noexcept {
    for (const auto& p : pillars)
        for (const auto& ind : p.indicators)
            for (const auto& c : ind.criteria)
                if (c.id == criterion_id) return &c;
    return nullptr;
}

const LevelInfo* IndexDefinition::find_level(int level) const noexcept {
    for (const auto& l : levels)
        if (l.level == level) return &l;
    return nullptr;
}

int IndexDefinition::scored_criteria_count() const noexcept {
    int n = 0;
    for (const auto& p : pillars)
        for (const auto& ind : p.indicators)
            for (const auto& c : ind.criteria)
                if (c.scored) ++n;
    return n;
}

namespace {

// Numbers in index files are small: points, percentages, counts, thresholds. Band edges stay
// within ±kMaxIndexNumber, so edge ± 1 and edge × pillar maximum never overflow; sums of points
// (maxima, thresholds) are ints in IndexDefinition, so the file's values must fit one — a value
// that did not would be silently changed by the conversion (4294967306 read as 10).
constexpr std::int64_t kMaxIndexNumber = 1'000'000'000'000'000;  // 10^15, as for answers
constexpr std::int64_t kMaxPointSum = std::numeric_limits<int>::max();
constexpr int kMaxPoints = 1000;

template <class E>
struct EnumName {
    const char* name;
    E value;
};

template <class E, std::size_t N>
std::optional<E> read_enum(ObjectReader& r, const char* key, bool required,
                           const EnumName<E> (&names)[N], Diags& diags) {
    auto s = r.string(key, required);
    if (!s) return std::nullopt;
    std::string allowed;
    for (const auto& n : names) {
        if (*s == n.name) return n.value;
        if (!allowed.empty()) allowed += ", ";
        allowed += n.name;
    }
    diags.push_back(make_diag("DBI-IDX-021", r.at(key), {*s, key, allowed}));
    return std::nullopt;
}

constexpr EnumName<Provenance> kProvenances[] = {{"confirmed", Provenance::confirmed},
                                                 {"secondary", Provenance::secondary},
                                                 {"provisional", Provenance::provisional}};

// provenance (required), sources (optional), note (optional).
Sourced read_sourced(ObjectReader& r, Diags& diags, bool required = true) {
    Sourced s;
    if (const Json* p = r.get("provenance", required)) {
        bool found = false;
        if (p->is_string())
            for (const auto& n : kProvenances)
                if (*p == n.name) {
                    s.provenance = n.value;
                    found = true;
                }
        if (!found)
            diags.push_back(make_diag("DBI-IDX-007", r.at("provenance"),
                                      {p->is_string() ? p->get<std::string>() : p->dump()}));
    }
    if (auto src = r.string_list("sources", false)) s.sources = std::move(*src);
    s.note = r.text("note", false);
    return s;
}

bool valid_segment_id(const std::string& id) {
    if (id.empty() || id.size() > 32) return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || c == '.')) return false;
    return id.front() != '.' && id.back() != '.' && id.find("..") == std::string::npos;
}

struct Parser {
    Diags diags;
    std::map<std::string, std::string> id_seen;  // id → pointer of first use
    std::set<std::string> band_sets_used;
    IndexDefinition def;

    void check_id(const std::string& id, const std::string& pointer, const std::string& parent,
                  const char* what) {
        if (!valid_segment_id(id)) {
            diags.push_back(make_diag("DBI-IDX-002", pointer,
                                      {id, std::string(what) + " ids are dot-separated numbers"}));
            return;
        }
        if (!parent.empty() && id.rfind(parent + ".", 0) != 0)
            diags.push_back(make_diag("DBI-IDX-004", pointer, {id, parent}));
        auto [it, inserted] = id_seen.emplace(id, pointer);
        if (!inserted) diags.push_back(make_diag("DBI-IDX-003", pointer, {id, it->second}));
    }

    std::optional<BandEdge> read_edge(ObjectReader& r, const char* value_key,
                                      const char* inclusive_key) {
        BandEdge e;
        const Json* v = r.get(value_key, true);
        auto inc = r.boolean(inclusive_key, true);
        if (!v || !inc) return std::nullopt;
        e.inclusive = *inc;
        if (v->is_null()) return e;
        if (!v->is_number_integer()) {
            detail::expect_type(*v, r.at(value_key), "@integer_or_null", diags);
            return std::nullopt;
        }
        // Read as the reader does (an unsigned above INT64_MAX must not wrap to a negative
        // edge), then bounded like every other index number.
        auto value = r.integer(value_key, true, -kMaxIndexNumber, kMaxIndexNumber);
        if (!value) return std::nullopt;
        e.value = *value;
        return e;
    }

    // Reads an array of bands; `result_key` is "points" or "level".
    std::vector<Band> read_bands(const Json& arr, const std::string& pointer,
                                 const char* result_key, int result_max) {
        std::vector<Band> out;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            ObjectReader r(arr[i], pointer_join(pointer, i), diags);
            if (!r.valid()) continue;
            auto lo = read_edge(r, "min", "min_inclusive");
            auto hi = read_edge(r, "max", "max_inclusive");
            auto res = r.integer(result_key, true, 0, result_max);
            r.finish();
            if (lo && hi && res) out.push_back(Band{*lo, *hi, static_cast<int>(*res)});
        }
        return out;
    }

    // Bands must be ascending and tile their domain. `integer_domain`: values are whole
    // numbers, so [0,0] then [1,1] is contiguous; otherwise values are rational percentages
    // and consecutive bands must share an edge, inclusive on exactly one side.
    void check_tiling(const std::vector<Band>& bands, const std::string& pointer,
                      bool integer_domain, std::int64_t domain_lo,
                      std::optional<std::int64_t> domain_hi) {
        if (bands.empty()) return;
        const Band& first = bands.front();
        bool covers_lo = !first.min.value || *first.min.value < domain_lo ||
                         (*first.min.value == domain_lo && first.min.inclusive);
        const Band& last = bands.back();
        bool covers_hi = !last.max.value ||
                         (domain_hi && (*last.max.value > *domain_hi ||
                                        (*last.max.value == *domain_hi && last.max.inclusive)));
        if (!covers_lo || !covers_hi)
            diags.push_back(make_diag("DBI-IDX-016", pointer,
                                      {std::to_string(domain_lo),
                                       domain_hi ? std::to_string(*domain_hi) : "infinity"}));
        for (std::size_t i = 1; i < bands.size(); ++i) {
            const BandEdge& prev_hi = bands[i - 1].max;
            const BandEdge& lo = bands[i].min;
            bool ok = prev_hi.value && lo.value;
            if (ok && integer_domain) {
                std::int64_t prev_last = prev_hi.inclusive ? *prev_hi.value : *prev_hi.value - 1;
                std::int64_t first_here = lo.inclusive ? *lo.value : *lo.value + 1;
                ok = first_here == prev_last + 1;
            } else if (ok) {
                ok = *lo.value == *prev_hi.value && (lo.inclusive != prev_hi.inclusive);
            }
            // An empty band (min above max) is a disguised gap or overlap.
            const Band& b = bands[i];
            if (ok && b.min.value && b.max.value &&
                (*b.min.value > *b.max.value ||
                 (*b.min.value == *b.max.value && !(b.min.inclusive && b.max.inclusive))))
                ok = false;
            if (!ok)
                diags.push_back(make_diag("DBI-IDX-013", pointer_join(pointer, i),
                                          {std::to_string(i), std::to_string(i - 1)}));
        }
    }

    void check_band_points(const std::vector<Band>& bands, const std::string& pointer) {
        for (std::size_t i = 1; i < bands.size(); ++i)
            if (bands[i].result < bands[i - 1].result)
                diags.push_back(make_diag("DBI-IDX-027", pointer_join(pointer, i),
                                          {std::to_string(i), std::to_string(bands[i].result),
                                           std::to_string(bands[i - 1].result)}));
    }

    void check_numeric_bands(AnswerType type, const std::vector<Band>& bands,
                             const std::string& pointer) {
        bool ratio = type == AnswerType::ratio;
        if (ratio)
            for (std::size_t i = 0; i < bands.size(); ++i)
                for (const BandEdge* e : {&bands[i].min, &bands[i].max})
                    if (e->value && (*e->value < 0 || *e->value > 100))
                        diags.push_back(make_diag("DBI-IDX-025", pointer_join(pointer, i),
                                                  {std::to_string(*e->value)}));
        check_tiling(bands, pointer, /*integer_domain=*/!ratio, 0,
                     ratio ? std::optional<std::int64_t>(100) : std::nullopt);
        check_band_points(bands, pointer);
    }

    std::optional<AnswerSpec> read_answer(const Json& j, const std::string& pointer) {
        static constexpr EnumName<AnswerType> kTypes[] = {
            {"gate_ladder", AnswerType::gate_ladder}, {"strategy_ladder", AnswerType::strategy_ladder},
            {"likert", AnswerType::likert},           {"ratio", AnswerType::ratio},
            {"count", AnswerType::count},             {"speed", AnswerType::speed}};
        static constexpr EnumName<RatioUnit> kUnits[] = {
            {"vnd", RatioUnit::vnd},         {"people", RatioUnit::people},
            {"count", RatioUnit::count},     {"transactions", RatioUnit::transactions},
            {"records", RatioUnit::records}, {"meetings", RatioUnit::meetings},
            {"decisions", RatioUnit::decisions}};

        ObjectReader r(j, pointer, diags);
        if (!r.valid()) return std::nullopt;
        AnswerSpec a;
        auto type_name = r.string("type", true);
        if (!type_name) return std::nullopt;
        bool known = false;
        for (const auto& t : kTypes)
            if (*type_name == t.name) {
                a.type = t.value;
                known = true;
            }
        if (!known) {
            diags.push_back(make_diag("DBI-IDX-008", r.at("type"), {*type_name}));
            return std::nullopt;
        }
        const std::string type_str(to_string(a.type));
        // Fields that exist in the format but not for this type are named precisely,
        // rather than reported as unknown.
        auto forbid = [&](const char* key) {
            if (r.has(key)) {
                r.get(key, false);
                diags.push_back(make_diag("DBI-IDX-020", r.at(key), {key, type_str}));
            }
        };
        if (a.type == AnswerType::likert) forbid("gate");
        else a.gate = r.text("gate", a.type != AnswerType::count && a.type != AnswerType::speed &&
                                         a.type != AnswerType::ratio);

        if (is_ladder(a.type)) {
            for (const char* k : {"numerator", "denominator", "unit", "bands"}) forbid(k);
            if (const Json* opts = r.array("options", true)) {
                std::size_t min_options = a.type == AnswerType::likert ? 3 : 2;
                if (opts->size() < min_options)
                    diags.push_back(make_diag("DBI-IDX-019", r.at("options"),
                                              {type_str, std::to_string(min_options)}));
                for (std::size_t i = 0; i < opts->size(); ++i) {
                    std::string p = pointer_join(r.at("options"), i);
                    ObjectReader o((*opts)[i], p, diags);
                    auto label = o.text("label", true);
                    auto pts = o.integer("points", true, 0, kMaxPoints);
                    o.finish();
                    if (!label || !pts) continue;
                    if (!a.options.empty() && *pts <= a.options.back().points)
                        diags.push_back(make_diag("DBI-IDX-009", p,
                                                  {std::to_string(i + 1), std::to_string(*pts),
                                                   std::to_string(a.options.back().points)}));
                    a.options.push_back(AnswerOption{std::move(*label), static_cast<int>(*pts)});
                }
            }
        } else {
            forbid("options");
            if (a.type == AnswerType::ratio) {
                a.numerator = r.text("numerator", true);
                a.denominator = r.text("denominator", true);
                a.ratio_unit = read_enum(r, "unit", true, kUnits, diags);
            } else {
                for (const char* k : {"numerator", "denominator"}) forbid(k);
                a.unit = r.text("unit", true);
            }
            if (const Json* b = r.get("bands", true)) {
                if (b->is_string()) {
                    a.band_set = b->get<std::string>();
                    band_sets_used.insert(a.band_set);
                    auto it = def.band_sets.find(a.band_set);
                    if (it == def.band_sets.end())
                        diags.push_back(make_diag("DBI-IDX-014", r.at("bands"), {a.band_set}));
                    else
                        a.bands = it->second.bands;
                    // A shared set is checked where it is defined, but whether its edges suit
                    // this answer type (percent vs value) depends on the user.
                    if (it != def.band_sets.end())
                        check_numeric_bands(a.type, a.bands, r.at("bands"));
                } else if (b->is_array()) {
                    a.bands = read_bands(*b, r.at("bands"), "points", kMaxPoints);
                    check_numeric_bands(a.type, a.bands, r.at("bands"));
                } else {
                    detail::expect_type(*b, r.at("bands"), "@bands", diags);
                }
            }
        }
        if (r.has("provenance")) a.sourced = read_sourced(r, diags);
        else {
            r.get("sources", false);
            r.get("note", false);
        }
        r.finish();
        return a;
    }

    // The most points an answer can give (0 when it has no options or bands).
    static int answer_max(const AnswerSpec& a) {
        int m = 0;
        for (const auto& o : a.options) m = std::max(m, o.points);
        for (const auto& b : a.bands) m = std::max(m, b.result);
        return m;
    }

    std::optional<Criterion> read_criterion(const Json& j, const std::string& pointer,
                                            const std::string& parent_id) {
        static constexpr EnumName<int> kPeriods[] = {{"3_months", 0},
                                                     {"latest_year", 1},
                                                     {"assessment_period", 2},
                                                     {"3_years", 3}};
        ObjectReader r(j, pointer, diags);
        if (!r.valid()) return std::nullopt;
        Criterion c;
        if (auto id = r.string("id", true)) {
            c.id = *id;
            check_id(c.id, r.at("id"), parent_id, "criterion");
        }
        c.label = r.text("label", true).value_or(Text{});
        c.question = r.text("question", true).value_or(Text{});
        c.help = r.text("help", false);
        if (r.has("period") && read_enum(r, "period", false, kPeriods, diags))
            c.period = r.string("period", false).value_or("");
        if (auto s = r.boolean("scored", false)) c.scored = *s;
        auto max = r.integer("max_points", true, 0, kMaxPoints);
        if (const Json* a = r.get("answer", true))
            if (auto spec = read_answer(*a, r.at("answer"))) c.answer = std::move(*spec);
        c.sourced = read_sourced(r, diags);
        r.finish();
        if (!c.scored && !c.sourced.note)
            diags.push_back(make_diag("DBI-IDX-022", pointer));
        if (max) {
            c.max_points = static_cast<int>(*max);
            int can_give = answer_max(c.answer);
            if (can_give != c.max_points)
                diags.push_back(make_diag("DBI-IDX-010", r.at("max_points"),
                                          {c.id, std::to_string(c.max_points),
                                           std::to_string(can_give)}));
        }
        return c;
    }

    std::optional<Indicator> read_indicator(const Json& j, const std::string& pointer,
                                            const std::string& parent_id) {
        ObjectReader r(j, pointer, diags);
        if (!r.valid()) return std::nullopt;
        Indicator ind;
        if (auto id = r.string("id", true)) {
            ind.id = *id;
            check_id(ind.id, r.at("id"), parent_id, "indicator");
        }
        ind.label = r.text("label", true).value_or(Text{});
        ind.help = r.text("help", false);
        auto max = r.integer("max_points", true, 0, kMaxPointSum);
        ind.sourced = read_sourced(r, diags);
        if (const Json* crit = r.array("criteria", true)) {
            if (crit->empty())
                diags.push_back(make_diag("DBI-IDX-026", r.at("criteria"),
                                          {"indicator", ind.id, "criteria"}));
            for (std::size_t i = 0; i < crit->size(); ++i)
                if (auto c = read_criterion((*crit)[i], pointer_join(r.at("criteria"), i), ind.id))
                    ind.criteria.push_back(std::move(*c));
        }
        r.finish();
        if (max) {
            ind.max_points = static_cast<int>(*max);
            std::int64_t sum = 0;
            for (const auto& c : ind.criteria)
                if (c.scored) sum += c.max_points;
            if (sum != ind.max_points)
                diags.push_back(make_diag("DBI-IDX-011", r.at("max_points"),
                                          {ind.id, std::to_string(sum),
                                           std::to_string(ind.max_points)}));
        }
        return ind;
    }

    std::optional<Pillar> read_pillar(const Json& j, const std::string& pointer, bool aggregate) {
        ObjectReader r(j, pointer, diags);
        if (!r.valid()) return std::nullopt;
        Pillar p;
        if (auto id = r.string("id", true)) {
            p.id = *id;
            check_id(p.id, r.at("id"), "", "pillar");
        }
        p.label = r.text("label", true).value_or(Text{});
        p.help = r.text("help", false);
        p.sourced = read_sourced(r, diags);
        if (aggregate) {
            r.finish();
            return p;
        }
        auto max = r.integer("max_points", true, 0, kMaxPointSum);
        if (const Json* inds = r.array("indicators", true)) {
            if (inds->empty())
                diags.push_back(make_diag("DBI-IDX-026", r.at("indicators"),
                                          {"pillar", p.id, "indicators"}));
            for (std::size_t i = 0; i < inds->size(); ++i)
                if (auto ind = read_indicator((*inds)[i], pointer_join(r.at("indicators"), i), p.id))
                    p.indicators.push_back(std::move(*ind));
        }
        r.finish();
        if (max) {
            p.max_points = static_cast<int>(*max);
            std::int64_t sum = 0;
            for (const auto& ind : p.indicators) sum += ind.max_points;
            if (sum != p.max_points)
                diags.push_back(make_diag("DBI-IDX-012", r.at("max_points"),
                                          {p.id, std::to_string(sum),
                                           std::to_string(p.max_points)}));
        }
        return p;
    }

    void read_levels(ObjectReader& r) {
        const Json* arr = r.array("levels", true);
        if (!arr) return;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            std::string p = pointer_join(r.at("levels"), i);
            ObjectReader o((*arr)[i], p, diags);
            LevelInfo l;
            auto level = o.integer("level", true, 0, 100);
            l.name = o.text("name", true).value_or(Text{});
            l.meaning = o.text("meaning", true).value_or(Text{});
            l.sourced = read_sourced(o, diags);
            o.finish();
            if (!level) continue;
            l.level = static_cast<int>(*level);
            if (l.level != static_cast<int>(i))
                diags.push_back(make_diag("DBI-IDX-015", pointer_join(p, "level"),
                                          {std::to_string(l.level), std::to_string(i)}));
            def.levels.push_back(std::move(l));
        }
        if (arr->empty())
            diags.push_back(make_diag("DBI-IDX-026", r.at("levels"), {"index", def.id, "levels"}));
    }

    bool tree() const { return def.model == IndexModel::maturity_tree; }

    void read_pillar_bands(ObjectReader& r) {
        const Json* j = r.object("pillar_bands", tree());
        if (!j) return;
        ObjectReader o(*j, r.at("pillar_bands"), diags);
        static constexpr EnumName<int> kBasis[] = {{"percent_of_max", 0}};
        read_enum(o, "basis", true, kBasis, diags);
        def.pillar_bands_sourced = read_sourced(o, diags);
        if (const Json* arr = o.array("bands", true)) {
            def.pillar_bands = read_bands(*arr, o.at("bands"), "level", 100);
            // Edges are percentages of the pillar maximum (an open end is null, not 10^15).
            for (std::size_t i = 0; i < def.pillar_bands.size(); ++i)
                for (const BandEdge* e : {&def.pillar_bands[i].min, &def.pillar_bands[i].max})
                    if (e->value && (*e->value < 0 || *e->value > 100))
                        diags.push_back(make_diag("DBI-IDX-035", pointer_join(o.at("bands"), i),
                                                  {std::to_string(*e->value)}));
            check_tiling(def.pillar_bands, o.at("bands"), /*integer_domain=*/false, 0, 100);
            for (std::size_t i = 0; i < def.pillar_bands.size(); ++i)
                if (def.pillar_bands[i].result != static_cast<int>(i))
                    diags.push_back(make_diag(
                        "DBI-IDX-029", pointer_join(o.at("bands"), i),
                        {std::to_string(def.pillar_bands[i].result), std::to_string(i)}));
        }
        o.finish();
    }

    void read_overall(ObjectReader& r) {
        const Json* j = r.object("overall_rules", tree());
        if (!j) return;
        ObjectReader o(*j, r.at("overall_rules"), diags);
        def.overall.sourced = read_sourced(o, diags);
        if (auto other = o.integer("otherwise_level", true, 0, 100))
            def.overall.otherwise_level = static_cast<int>(*other);
        if (const Json* arr = o.array("rules", true)) {
            for (std::size_t i = 0; i < arr->size(); ++i) {
                ObjectReader rr((*arr)[i], pointer_join(o.at("rules"), i), diags);
                auto level = rr.integer("level", true, 0, 100);
                auto above = rr.integer("total_above", true, 0, kMaxPointSum);
                auto min_p = rr.integer("min_pillars_at_level", true, 0, 1000);
                rr.finish();
                if (level && above && min_p)
                    def.overall.rules.push_back(OverallRule{static_cast<int>(*level),
                                                            static_cast<int>(*above),
                                                            static_cast<int>(*min_p)});
            }
        }
        o.finish();
        std::stable_sort(def.overall.rules.begin(), def.overall.rules.end(),
                         [](const OverallRule& a, const OverallRule& b) { return a.level > b.level; });
    }

    void read_numeric_rules(ObjectReader& r) {
        const Json* j = r.object("numeric_rules", tree());
        if (!j) return;
        ObjectReader o(*j, r.at("numeric_rules"), diags);
        static constexpr EnumName<bool> kAbove[] = {{"reject", true}, {"cap", false}};
        if (auto rej = read_enum(o, "ratio_above_100", true, kAbove, diags))
            def.numeric.ratio_above_100_rejected = *rej;
        if (auto z = o.integer("zero_denominator_points", true, 0, kMaxPoints))
            def.numeric.zero_denominator_points = static_cast<int>(*z);
        def.numeric.sourced = read_sourced(o, diags);
        o.finish();
    }

    void read_band_sets(ObjectReader& r) {
        const Json* j = r.object("band_sets", false);
        if (!j) return;
        for (auto it = j->begin(); it != j->end(); ++it) {
            std::string p = pointer_join(r.at("band_sets"), it.key());
            ObjectReader o(it.value(), p, diags);
            BandSet set;
            set.sourced = read_sourced(o, diags);
            if (const Json* arr = o.array("bands", true)) {
                set.bands = read_bands(*arr, o.at("bands"), "points", kMaxPoints);
                check_band_points(set.bands, o.at("bands"));
            }
            o.finish();
            def.band_sets.emplace(it.key(), std::move(set));
        }
    }

    void read_instrument(ObjectReader& r) {
        const Json* j = r.object("instrument", true);
        if (!j) return;
        ObjectReader o(*j, r.at("instrument"), diags);
        Instrument& in = def.instrument;
        in.decision = o.string("decision", true).value_or("");
        in.date = o.string("date", true).value_or("");
        if (!in.date.empty() && !is_iso_date(in.date))
            diags.push_back(make_diag("DBI-IDX-024", o.at("date"), {in.date}));
        in.issuer = o.text("issuer", true).value_or(Text{});
        in.title = o.text("title", true).value_or(Text{});
        in.replaced_by = o.string_list("replaced_by", false).value_or(std::vector<std::string>{});
        in.sourced = read_sourced(o, diags);
        o.finish();
    }

    static bool is_iso_date(const std::string& s) {
        if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
        for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
            if (s[i] < '0' || s[i] > '9') return false;
        int month = (s[5] - '0') * 10 + (s[6] - '0');
        int day = (s[8] - '0') * 10 + (s[9] - '0');
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    void read_declared(ObjectReader& r) {
        const Json* j = r.object("declared", tree());
        if (!j) return;
        ObjectReader o(*j, r.at("declared"), diags);
        Declared& d = def.declared;
        d.pillars = static_cast<int>(o.integer("pillars", true, 0, 1000).value_or(0));
        d.indicators = static_cast<int>(o.integer("indicators", true, 0, 10000).value_or(0));
        d.criteria = static_cast<int>(o.integer("criteria", true, 0, 100000).value_or(0));
        d.max_points = static_cast<int>(o.integer("max_points", true, 0, kMaxPointSum).value_or(0));
        d.sourced = read_sourced(o, diags);
        o.finish();
    }

    void read_aggregation(ObjectReader& r) {
        const Json* j = r.object("aggregation", def.model == IndexModel::group_aggregate);
        if (!j) return;
        ObjectReader o(*j, r.at("aggregation"), diags);
        Aggregation a;
        a.member_indices = o.string_list("member_indices", true).value_or(std::vector<std::string>{});
        static constexpr EnumName<int> kBasis[] = {{"revenue", 0}, {"employees", 1}};
        if (read_enum(o, "weight_basis", true, kBasis, diags))
            a.weight_basis = o.string("weight_basis", true).value_or("");
        if (o.has("fallback_weight_basis") &&
            read_enum(o, "fallback_weight_basis", false, kBasis, diags))
            a.fallback_weight_basis = o.string("fallback_weight_basis", false).value_or("");
        a.excluded_relations =
            o.string_list("excluded_relations", false).value_or(std::vector<std::string>{});
        if (const Json* rels = o.array("relations", true))
            for (std::size_t i = 0; i < rels->size(); ++i) {
                ObjectReader rel((*rels)[i], pointer_join(o.at("relations"), i), diags);
                GroupRelation g;
                g.id = rel.string("id", true).value_or("");
                g.label = rel.text("label", true).value_or(Text{});
                rel.finish();
                a.relations.push_back(std::move(g));
            }
        static constexpr EnumName<int> kRules[] = {{"floor_weighted_mean_level", 0}};
        if (read_enum(o, "level_rule", true, kRules, diags)) a.level_rule = "floor_weighted_mean_level";
        a.sourced = read_sourced(o, diags);
        o.finish();
        for (const auto& ex : a.excluded_relations)
            if (std::none_of(a.relations.begin(), a.relations.end(),
                             [&](const GroupRelation& g) { return g.id == ex; }))
                diags.push_back(make_diag("DBI-IDX-021", o.at("excluded_relations"),
                                          {ex, "excluded_relations", "the ids in relations"}));
        def.aggregation = std::move(a);
    }

    void check_levels_and_rules() {
        int n_levels = static_cast<int>(def.levels.size());
        int n_pillars = static_cast<int>(def.pillars.size());
        if (!def.pillar_bands.empty() && static_cast<int>(def.pillar_bands.size()) != n_levels)
            diags.push_back(make_diag("DBI-IDX-029", "/pillar_bands/bands",
                                      {std::to_string(def.pillar_bands.size()),
                                       std::to_string(n_levels)}));
        if (def.overall.otherwise_level >= n_levels)
            diags.push_back(make_diag("DBI-IDX-017", "/overall_rules/otherwise_level",
                                      {std::to_string(def.overall.otherwise_level)}));
        std::set<int> seen;
        for (const auto& rule : def.overall.rules) {
            if (rule.level >= n_levels)
                diags.push_back(make_diag("DBI-IDX-017", "/overall_rules/rules",
                                          {std::to_string(rule.level)}));
            if (!seen.insert(rule.level).second)
                diags.push_back(make_diag("DBI-IDX-033", "/overall_rules/rules",
                                          {std::to_string(rule.level)}));
            if (rule.min_pillars_at_level > n_pillars)
                diags.push_back(make_diag("DBI-IDX-018", "/overall_rules/rules",
                                          {std::to_string(rule.min_pillars_at_level),
                                           std::to_string(n_pillars)}));
        }
        // Rules are sorted by descending level: thresholds must descend strictly too.
        for (std::size_t i = 1; i < def.overall.rules.size(); ++i) {
            const auto& hi = def.overall.rules[i - 1];
            const auto& lo = def.overall.rules[i];
            if (hi.total_above <= lo.total_above)
                diags.push_back(make_diag("DBI-IDX-028", "/overall_rules/rules",
                                          {std::to_string(hi.level), std::to_string(hi.total_above),
                                           std::to_string(lo.level),
                                           std::to_string(lo.total_above)}));
        }
    }

    void check_declared() {
        if (def.model != IndexModel::maturity_tree) return;
        int n_ind = 0;
        for (const auto& p : def.pillars) n_ind += static_cast<int>(p.indicators.size());
        const bool provisional = def.declared.sourced.provenance == Provenance::provisional;
        const char* code = provisional ? "DBI-IDX-031" : "DBI-IDX-030";
        Severity sev = provisional ? Severity::warning : Severity::error;
        auto cmp = [&](int declared, int actual, const char* what) {
            if (declared != actual)
                diags.push_back(make_diag(code, pointer_join("/declared", what),
                                          {std::to_string(declared), what, std::to_string(actual)},
                                          sev));
        };
        cmp(def.declared.pillars, static_cast<int>(def.pillars.size()), "pillars");
        cmp(def.declared.indicators, n_ind, "indicators");
        cmp(def.declared.criteria, def.scored_criteria_count(), "criteria");
        cmp(def.declared.max_points, def.max_points, "max_points");
    }

    void parse(const Json& root) {
        ObjectReader r(root, "", diags);
        if (!r.valid()) return;
        if (auto fmt = r.string("format", true); fmt && *fmt != "dbi-index/1")
            diags.push_back(make_diag("DBI-IDX-001", r.at("format"), {*fmt}));
        def.id = r.string("id", true).value_or("");
        if (!def.id.empty() && !valid_index_id(def.id))
            diags.push_back(make_diag("DBI-IDX-002", r.at("id"),
                                      {def.id, "lowercase letters, digits, '.', '-' only"}));
        def.revision = static_cast<int>(r.integer("revision", true, 1, 1'000'000).value_or(0));
        static constexpr EnumName<int> kFrameworks[] = {{"1970", 0}, {"2158", 1}, {"1567", 2}};
        if (read_enum(r, "framework_version", true, kFrameworks, diags))
            def.framework_version = r.string("framework_version", true).value_or("");
        static constexpr EnumName<int> kSets[] = {{"sme", 0}, {"large", 1}, {"group", 2}};
        if (read_enum(r, "index_set", true, kSets, diags))
            def.index_set = r.string("index_set", true).value_or("");
        static constexpr EnumName<IndexModel> kModels[] = {
            {"maturity_tree", IndexModel::maturity_tree},
            {"group_aggregate", IndexModel::group_aggregate}};
        def.model = read_enum(r, "model", true, kModels, diags).value_or(IndexModel::maturity_tree);
        const bool aggregate = def.model == IndexModel::group_aggregate;
        def.title = r.text("title", true).value_or(Text{});
        def.description = r.text("description", false);
        read_instrument(r);
        def.sourced = read_sourced(r, diags);
        read_declared(r);
        read_levels(r);
        read_pillar_bands(r);
        read_overall(r);
        read_numeric_rules(r);
        read_band_sets(r);
        if (const Json* arr = r.array("pillars", true)) {
            if (arr->empty())
                diags.push_back(make_diag("DBI-IDX-026", r.at("pillars"), {"index", def.id, "pillars"}));
            for (std::size_t i = 0; i < arr->size(); ++i)
                if (auto p = read_pillar((*arr)[i], pointer_join(r.at("pillars"), i), aggregate))
                    def.pillars.push_back(std::move(*p));
        }
        read_aggregation(r);
        if (!aggregate && r.has("aggregation"))
            diags.push_back(make_diag("DBI-IDX-023", r.at("aggregation"),
                                      {"maturity_tree", "not have \"aggregation\""}));
        r.finish();
        for (const auto& [name, set] : def.band_sets)
            if (!band_sets_used.count(name))
                diags.push_back(make_diag("DBI-IDX-032", pointer_join("/band_sets", name), {name},
                                          Severity::warning));
        // Each pillar's maximum is checked against its tree; only an index with errors (which
        // is discarded) could reach the int limit here.
        std::int64_t total = 0;
        for (const auto& p : def.pillars) total += p.max_points;
        def.max_points = static_cast<int>(std::min(total, kMaxPointSum));
        check_levels_and_rules();
        check_declared();
    }

    static bool valid_index_id(const std::string& id) {
        if (id.size() > 100) return false;
        for (char c : id)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
                return false;
        return true;
    }
};

Parser run_parser(std::string_view json_text) {
    Parser p;
    auto root = detail::parse_strict(json_text);
    if (!root) {
        p.diags = root.diagnostics();
        return p;
    }
    p.parse(root.value());
    p.def.sha256 = sha256_hex(json_text);
    return p;
}

}  // namespace

Result<IndexDefinition> parse_index(std::string_view json_text) noexcept {
    Parser p = run_parser(json_text);
    if (detail::has_errors(p.diags)) {
        std::vector<Diagnostic> errors;
        for (auto& d : p.diags)
            if (d.severity == Severity::error) errors.push_back(std::move(d));
        return Result<IndexDefinition>::fail(std::move(errors));
    }
    return Result<IndexDefinition>::ok(std::move(p.def), std::move(p.diags));
}

std::vector<Diagnostic> validate_index(std::string_view json_text) noexcept {
    return run_parser(json_text).diags;
}

int level_for_percent(const std::vector<Band>& bands, std::int64_t points,
                      std::int64_t max) noexcept {
    // points/max against edge/100, cross-multiplied: points·100 vs edge·max (max > 0).
    auto cmp = [&](std::int64_t edge) {
        std::int64_t lhs = points * 100, rhs = edge * max;
        return (lhs > rhs) - (lhs < rhs);
    };
    for (const auto& b : bands) {
        bool above_min = !b.min.value || cmp(*b.min.value) > 0 ||
                         (b.min.inclusive && cmp(*b.min.value) == 0);
        bool below_max = !b.max.value || cmp(*b.max.value) < 0 ||
                         (b.max.inclusive && cmp(*b.max.value) == 0);
        if (above_min && below_max) return b.result;
    }
    return -1;
}

}  // namespace dbi
