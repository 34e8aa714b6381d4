// fuzz_index — parse_index() / validate_index() on arbitrary bytes (an index file).
//
// Index files come from the indices/ folder, from `dbi validate-index` and `dbi score --index`
// (any file a user names) and are loaded by the server at start, so the parser meets hand-made
// and broken files. Invariants checked on every input:
//  - parse_index and validate_index agree (ok ⇔ no error among validate_index's diagnostics),
//    and every diagnostic is well formed (fuzz_support.hpp);
//  - RFC 8785 canonicalisation of the input is a fixed point.
// And on every index that parses:
//  - the invariants dbi/index.hpp promises (unique ids and their prefixes, maxima that are the
//    sums below them and the best answer, strictly increasing options, ascending bands, levels
//    0..N, rules naming existing levels, NFC text in both languages, sha256 of the bytes);
//  - the parsed numbers are the numbers in the file (no silent narrowing or wrap-around);
//  - its canonical form parses to the same definition;
//  - scoring works on it: no answers scores 0, and answers built from its own best options and
//    bands are accepted by parse_answers and score exactly max_points, with every pillar level
//    found in the pillar bands.
#include <map>
#include <set>

#include "dbi/answers.hpp"
#include "dbi/index.hpp"
#include "dbi/unicode.hpp"
#include "fuzz_support.hpp"

using namespace dbi;
using dbi::fuzz::check_assessment;
using dbi::fuzz::check_canonical_idempotent;
using dbi::fuzz::check_diagnostics;
using dbi::fuzz::first_error;
using Json = nlohmann::json;

namespace {

void check_text(const Text& t, const std::string& where) {
    DBI_FUZZ_CHECK(!t.vi.empty() && !t.en.empty(), where + ": empty text");
    DBI_FUZZ_CHECK(is_nfc(t.vi) && is_nfc(t.en), where + ": text not NFC");
}

// One band list: each band non-empty and after the previous one; results within [0, limit].
void check_bands(const std::vector<Band>& bands, const std::string& where, int limit) {
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const Band& b = bands[i];
        DBI_FUZZ_CHECK(b.result >= 0 && b.result <= limit, where + ": band result");
        if (b.min.value && b.max.value)
            DBI_FUZZ_CHECK(*b.min.value < *b.max.value ||
                               (*b.min.value == *b.max.value && b.min.inclusive && b.max.inclusive),
                           where + ": empty band " + std::to_string(i));
        if (i > 0) {
            const BandEdge& prev = bands[i - 1].max;
            DBI_FUZZ_CHECK(prev.value && b.min.value && *b.min.value >= *prev.value,
                           where + ": band " + std::to_string(i) + " is not after the previous");
        }
    }
}

// The invariants listed at the top of dbi/index.hpp, checked independently of the parser.
void check_definition(const IndexDefinition& idx, std::string_view text) {
    DBI_FUZZ_CHECK(idx.sha256 == sha256_hex(text), "sha256 is not that of the bytes parsed");
    check_text(idx.title, "title");
    const int n_levels = static_cast<int>(idx.levels.size());
    for (int l = 0; l < n_levels; ++l) {
        DBI_FUZZ_CHECK(idx.levels[static_cast<std::size_t>(l)].level == l, "levels are not 0..N");
        check_text(idx.levels[static_cast<std::size_t>(l)].name, "level name");
        DBI_FUZZ_CHECK(idx.find_level(l) == &idx.levels[static_cast<std::size_t>(l)], "find_level");
    }
    std::set<std::string> ids;
    int total = 0;
    for (const Pillar& p : idx.pillars) {
        DBI_FUZZ_CHECK(ids.insert(p.id).second, "duplicate id " + p.id);
        check_text(p.label, "pillar " + p.id);
        int pillar_sum = 0;
        for (const Indicator& ind : p.indicators) {
            DBI_FUZZ_CHECK(ids.insert(ind.id).second, "duplicate id " + ind.id);
            DBI_FUZZ_CHECK(ind.id.rfind(p.id + ".", 0) == 0, ind.id + " not under " + p.id);
            check_text(ind.label, "indicator " + ind.id);
            int indicator_sum = 0;
            for (const Criterion& c : ind.criteria) {
                DBI_FUZZ_CHECK(ids.insert(c.id).second, "duplicate id " + c.id);
                DBI_FUZZ_CHECK(c.id.rfind(ind.id + ".", 0) == 0, c.id + " not under " + ind.id);
                DBI_FUZZ_CHECK(idx.find_criterion(c.id) == &c, "find_criterion " + c.id);
                check_text(c.label, "criterion " + c.id);
                check_text(c.question, "criterion " + c.id);
                const AnswerSpec& a = c.answer;
                int best = 0;
                for (std::size_t o = 0; o < a.options.size(); ++o) {
                    check_text(a.options[o].label, "option of " + c.id);
                    if (o > 0)
                        DBI_FUZZ_CHECK(a.options[o].points > a.options[o - 1].points,
                                       c.id + ": option points do not increase");
                    best = std::max(best, a.options[o].points);
                }
                DBI_FUZZ_CHECK(is_ladder(a.type) ? a.bands.empty() : a.options.empty(),
                               c.id + ": options and bands mixed");
                check_bands(a.bands, c.id, 1000);
                for (const Band& b : a.bands) best = std::max(best, b.result);
                DBI_FUZZ_CHECK(best == c.max_points, c.id + ": max_points " +
                                                         std::to_string(c.max_points) +
                                                         ", best answer " + std::to_string(best));
                if (a.type == AnswerType::likert) DBI_FUZZ_CHECK(!a.gate, c.id + ": likert gate");
                if (c.scored) indicator_sum += c.max_points;
            }
            DBI_FUZZ_CHECK(ind.max_points == indicator_sum, "indicator " + ind.id + " max");
            pillar_sum += ind.max_points;
        }
        if (idx.model == IndexModel::maturity_tree)
            DBI_FUZZ_CHECK(p.max_points == pillar_sum, "pillar " + p.id + " max");
        total += p.max_points;
    }
    DBI_FUZZ_CHECK(idx.max_points == total, "index max is not the sum of the pillars");
    if (idx.model != IndexModel::maturity_tree) return;
    DBI_FUZZ_CHECK(static_cast<int>(idx.pillar_bands.size()) == n_levels,
                   "one pillar band per level");
    check_bands(idx.pillar_bands, "pillar bands", n_levels - 1);
    for (std::size_t i = 0; i < idx.pillar_bands.size(); ++i)
        DBI_FUZZ_CHECK(idx.pillar_bands[i].result == static_cast<int>(i), "pillar band level");
    DBI_FUZZ_CHECK(idx.overall.otherwise_level >= 0 && idx.overall.otherwise_level < n_levels,
                   "otherwise_level");
    for (std::size_t i = 0; i < idx.overall.rules.size(); ++i) {
        const OverallRule& r = idx.overall.rules[i];
        DBI_FUZZ_CHECK(r.level >= 0 && r.level < n_levels, "rule level");
        DBI_FUZZ_CHECK(r.min_pillars_at_level <= static_cast<int>(idx.pillars.size()),
                       "rule pillars");
        if (i > 0)
            DBI_FUZZ_CHECK(r.level < idx.overall.rules[i - 1].level &&
                               r.total_above < idx.overall.rules[i - 1].total_above,
                           "rules not strictly descending");
    }
}

// Member or element of a JSON value; null when absent (so a missing number fails same_number).
const Json& at(const Json& j, const char* key) {
    static const Json null;
    if (!j.is_object()) return null;
    auto it = j.find(key);
    return it == j.end() ? null : *it;
}
const Json& at(const Json& j, std::size_t i) {
    static const Json null;
    return j.is_array() && i < j.size() ? j[i] : null;
}
const Json& at(const Json& j, const std::string& key) { return at(j, key.c_str()); }

// A JSON integer as int64 when it is one exactly; nullopt for anything else.
std::optional<std::int64_t> exact_int(const Json& j) {
    if (j.is_number_unsigned()) {
        auto u = j.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
        return static_cast<std::int64_t>(u);
    }
    if (j.is_number_integer()) return j.get<std::int64_t>();
    return std::nullopt;
}

void same_number(const Json& j, std::int64_t parsed, const std::string& where) {
    auto v = exact_int(j);
    DBI_FUZZ_CHECK(v && *v == parsed,
                   where + ": the file says " + j.dump() + ", parsed as " + std::to_string(parsed));
}

void same_bands(const Json& arr, const std::vector<Band>& bands, const char* result_key,
                const std::string& where) {
    DBI_FUZZ_CHECK(arr.is_array() && arr.size() == bands.size(), where + ": band count");
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const Json& b = at(arr, i);
        for (auto [key, edge] :
             {std::pair{"min", &bands[i].min}, std::pair{"max", &bands[i].max}}) {
            if (at(b, key).is_null())
                DBI_FUZZ_CHECK(!edge->value, where + ": unbounded edge");
            else
                same_number(at(b, key), edge->value.value_or(-1), where + "/" + key);
        }
        same_number(at(b, result_key), bands[i].result, where + "/" + result_key);
    }
}

// The numbers of the definition are those of the file: nothing narrowed or wrapped.
void check_faithful(const IndexDefinition& idx, std::string_view text) {
    const Json j = Json::parse(text, nullptr, false);
    DBI_FUZZ_CHECK(!j.is_discarded(), "nlohmann rejects what the strict parser accepted");
    same_number(at(j, "revision"), idx.revision, "/revision");
    const Json& pillars = at(j, "pillars");
    DBI_FUZZ_CHECK(pillars.size() == idx.pillars.size(), "pillar count");
    for (std::size_t p = 0; p < idx.pillars.size(); ++p) {
        const Json& jp = at(pillars, p);
        const Pillar& pillar = idx.pillars[p];
        if (idx.model != IndexModel::maturity_tree) continue;
        same_number(at(jp, "max_points"), pillar.max_points, "pillar " + pillar.id);
        for (std::size_t i = 0; i < pillar.indicators.size(); ++i) {
            const Json& ji = at(at(jp, "indicators"), i);
            const Indicator& ind = pillar.indicators[i];
            same_number(at(ji, "max_points"), ind.max_points, "indicator " + ind.id);
            for (std::size_t c = 0; c < ind.criteria.size(); ++c) {
                const Json& jc = at(at(ji, "criteria"), c);
                const Criterion& crit = ind.criteria[c];
                same_number(at(jc, "max_points"), crit.max_points, "criterion " + crit.id);
                const Json& ja = at(jc, "answer");
                if (at(ja, "bands").is_array())
                    same_bands(at(ja, "bands"), crit.answer.bands, "points",
                               "criterion " + crit.id);
                for (std::size_t o = 0; o < crit.answer.options.size(); ++o)
                    same_number(at(at(at(ja, "options"), o), "points"),
                                crit.answer.options[o].points, "criterion " + crit.id + " option");
            }
        }
    }
    if (idx.model != IndexModel::maturity_tree) return;
    same_bands(at(at(j, "pillar_bands"), "bands"), idx.pillar_bands, "level", "pillar_bands");
    for (const auto& [name, set] : idx.band_sets)
        same_bands(at(at(at(j, "band_sets"), name), "bands"), set.bands, "points",
                   "band set " + name);
    // Rules are stored by descending level: compare as sets.
    std::multiset<std::tuple<std::int64_t, std::int64_t, std::int64_t>> in_file, parsed;
    for (const Json& r : at(at(j, "overall_rules"), "rules")) {
        auto level = exact_int(at(r, "level")), above = exact_int(at(r, "total_above")),
             pillars_at = exact_int(at(r, "min_pillars_at_level"));
        DBI_FUZZ_CHECK(level && above && pillars_at, "rule numbers");
        in_file.insert({*level, *above, *pillars_at});
    }
    for (const OverallRule& r : idx.overall.rules)
        parsed.insert({r.level, r.total_above, r.min_pillars_at_level});
    DBI_FUZZ_CHECK(in_file == parsed, "overall rules differ from the file");
    const Json& d = at(j, "declared");
    same_number(at(d, "pillars"), idx.declared.pillars, "/declared/pillars");
    same_number(at(d, "indicators"), idx.declared.indicators, "/declared/indicators");
    same_number(at(d, "criteria"), idx.declared.criteria, "/declared/criteria");
    same_number(at(d, "max_points"), idx.declared.max_points, "/declared/max_points");
}

// What the definition means, without the file's hash: equal for equivalent files.
std::string fingerprint(const IndexDefinition& idx) {
    std::string s = idx.id + "|" + std::to_string(idx.revision) + "|" + idx.framework_version +
                    "|" + idx.index_set + "|" + std::to_string(static_cast<int>(idx.model)) + "|" +
                    idx.title.vi + "|" + idx.title.en + "|" + std::to_string(idx.max_points);
    auto bands = [&](const std::vector<Band>& bs) {
        for (const Band& b : bs)
            s += "[" + (b.min.value ? std::to_string(*b.min.value) : "-") +
                 (b.min.inclusive ? "i" : "x") + "," +
                 (b.max.value ? std::to_string(*b.max.value) : "-") +
                 (b.max.inclusive ? "i" : "x") + ":" + std::to_string(b.result) + "]";
    };
    for (const LevelInfo& l : idx.levels)
        s += "|L" + std::to_string(l.level) + l.name.vi + l.name.en;
    bands(idx.pillar_bands);
    for (const OverallRule& r : idx.overall.rules)
        s += "|R" + std::to_string(r.level) + "," + std::to_string(r.total_above) + "," +
             std::to_string(r.min_pillars_at_level);
    s += "|O" + std::to_string(idx.overall.otherwise_level) + "|N" +
         std::to_string(idx.numeric.ratio_above_100_rejected) + "," +
         std::to_string(idx.numeric.zero_denominator_points);
    for (const Pillar& p : idx.pillars) {
        s += "|P" + p.id + "," + std::to_string(p.max_points) + p.label.vi + p.label.en;
        for (const Indicator& ind : p.indicators) {
            s += "|I" + ind.id + "," + std::to_string(ind.max_points) + ind.label.vi + ind.label.en;
            for (const Criterion& c : ind.criteria) {
                s += "|C" + c.id + "," + std::to_string(c.max_points) + "," +
                     std::to_string(c.scored) + "," + std::string(to_string(c.answer.type)) + "," +
                     c.period + c.label.vi + c.label.en + c.question.vi + c.question.en +
                     (c.answer.gate ? "G" + c.answer.gate->vi : "");
                for (const AnswerOption& o : c.answer.options)
                    s += "{" + std::to_string(o.points) + o.label.vi + o.label.en + "}";
                bands(c.answer.bands);
            }
        }
    }
    return s;
}

// The best complete answer to `c`, as a dbi-answers/1 member; nullopt when no answer within the
// answer limits (0…10^15) reaches the best band.
std::optional<Json> best_answer(const Criterion& c) {
    const AnswerSpec& a = c.answer;
    Json out = Json::object();
    if (a.gate) out["gate"] = true;
    if (is_ladder(a.type)) {
        out["option"] = a.options.size();
        return out;
    }
    const Band* top = nullptr;
    for (const Band& b : a.bands)
        if (!top || b.result > top->result) top = &b;
    if (!top) return std::nullopt;
    auto inside = [&](std::int64_t num, std::int64_t den) {  // num/den (percent when ratio)
        auto cmp = [&](std::int64_t edge) {
            std::int64_t lhs = a.type == AnswerType::ratio ? num * 100 : num;
            std::int64_t rhs = a.type == AnswerType::ratio ? edge * den : edge;
            return (lhs > rhs) - (lhs < rhs);
        };
        bool lo = !top->min.value || cmp(*top->min.value) > 0 ||
                  (top->min.inclusive && cmp(*top->min.value) == 0);
        bool hi = !top->max.value || cmp(*top->max.value) < 0 ||
                  (top->max.inclusive && cmp(*top->max.value) == 0);
        return lo && hi;
    };
    if (a.type == AnswerType::ratio) {
        for (std::int64_t num = 0; num <= 200; ++num)  // half percents reach every band
            if (inside(num, 200)) {
                out["numerator"] = num;
                out["denominator"] = 200;
                return out;
            }
        return std::nullopt;
    }
    std::int64_t v = 0;
    if (top->min.value) {
        if (*top->min.value >= kMaxAnswerNumber) return std::nullopt;
        v = std::max<std::int64_t>(0, top->min.inclusive ? *top->min.value : *top->min.value + 1);
    }
    if (v > kMaxAnswerNumber || !inside(v, 1)) return std::nullopt;
    out["value"] = v;
    return out;
}

void check_scoring(const IndexDefinition& idx) {
    AnswerSet none{idx.id, {}};
    auto zero = score(idx, none);
    DBI_FUZZ_CHECK(zero.ok(), "no answers cannot be scored: " + first_error(zero.diagnostics()));
    check_assessment(idx, none, zero.value());
    DBI_FUZZ_CHECK(zero.value().total_points == 0, "no answers scores points");

    Json answers = Json::object();
    bool reachable = true;
    for (const Pillar& p : idx.pillars)
        for (const Indicator& ind : p.indicators)
            for (const Criterion& c : ind.criteria) {
                auto best = best_answer(c);
                if (best)
                    answers[c.id] = std::move(*best);
                else if (c.scored)
                    reachable = false;
            }
    const Json doc = {{"format", "dbi-answers/1"}, {"index", idx.id}, {"answers", answers}};
    const std::string text = doc.dump();
    if (text.size() > kMaxAnswersBytes) return;
    auto set = parse_answers(idx, text);
    DBI_FUZZ_CHECK(set.ok(),
                   "the index's own best answers are refused: " + first_error(set.diagnostics()));
    auto full = score(idx, set.value());
    DBI_FUZZ_CHECK(full.ok(), "best answers cannot be scored");
    check_assessment(idx, set.value(), full.value());
    if (reachable)
        DBI_FUZZ_CHECK(full.value().total_points == idx.max_points,
                       "best answers score " + std::to_string(full.value().total_points) + " of " +
                           std::to_string(idx.max_points));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = dbi::fuzz::as_text(data, size);
    check_canonical_idempotent(text);
    auto parsed = parse_index(text);
    const std::vector<Diagnostic> all = validate_index(text);
    check_diagnostics(parsed.diagnostics());
    check_diagnostics(all);
    const bool has_error = std::any_of(
        all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
    DBI_FUZZ_CHECK(parsed.ok() == !has_error, "parse_index and validate_index disagree");
    if (!parsed) return 0;

    const IndexDefinition& idx = parsed.value();
    check_definition(idx, text);
    check_faithful(idx, text);

    auto canonical = canonicalize_json(text);
    DBI_FUZZ_CHECK(canonical.ok(),
                   "a valid index is not canonicalisable: " + first_error(canonical.diagnostics()));
    auto again = parse_index(canonical.value());
    DBI_FUZZ_CHECK(again.ok(), "the canonical form of a valid index is invalid: " +
                                   first_error(again.diagnostics()));
    DBI_FUZZ_CHECK(fingerprint(again.value()) == fingerprint(idx),
                   "the canonical form parses to another definition");

    if (idx.model == IndexModel::maturity_tree) check_scoring(idx);
    return 0;
}
