// Test fixtures: the real index files, and answers built to reach chosen points.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dbi/answers.hpp"
#include "dbi/index.hpp"
#include "dbi/scoring.hpp"
#include "test_support.hpp"

namespace dbi::test {

inline const char* const kSmeIndexPath = "indices/vn.mic.1970-2021.sme.json";
inline const char* const kLargeIndexPath = "indices/vn.mic.1970-2021.large.json";
inline const char* const kGroupIndexPath = "indices/vn.mic.1970-2021.group.json";

inline IndexDefinition load_index(const char* path) {
    auto r = parse_index(read_source_file(path));
    for (const auto& d : r.diagnostics()) MESSAGE(format_line(d, Lang::en));
    REQUIRE(r.ok());
    return r.value();
}

// The answer to `c` that earns exactly `points`, or null JSON when no answer does.
inline nlohmann::json answer_for_points(const Criterion& c, int points) {
    const AnswerSpec& a = c.answer;
    if (points == 0 && a.gate) return {{"gate", false}};
    for (std::size_t i = 0; i < a.options.size(); ++i)
        if (a.options[i].points == points) return {{"option", i + 1}};
    for (const auto& b : a.bands) {
        if (b.result != points) continue;
        std::int64_t v = 0;
        if (b.max.value && b.max.inclusive) v = *b.max.value;
        else if (b.min.value) v = b.min.inclusive ? *b.min.value : *b.min.value + 1;
        if (a.type == AnswerType::ratio) return {{"numerator", v}, {"denominator", 100}};
        return {{"value", v}};
    }
    return nullptr;
}

// The points values an answer to `c` can earn, ascending.
inline std::vector<int> achievable(const Criterion& c) {
    std::vector<int> out;
    for (int p = 0; p <= c.max_points; ++p)
        if (!answer_for_points(c, p).is_null()) out.push_back(p);
    return out;
}

// Answers for `index` giving each pillar (by position) the requested points: criteria are
// filled in order, each with the largest achievable points not above what is left.
inline nlohmann::json answers_for_pillar_points(const IndexDefinition& index,
                                                const std::vector<int>& pillar_points) {
    nlohmann::json answers = nlohmann::json::object();
    for (std::size_t i = 0; i < index.pillars.size(); ++i) {
        int left = pillar_points.at(i);
        for (const auto& ind : index.pillars[i].indicators)
            for (const auto& c : ind.criteria) {
                if (!c.scored) continue;
                int best = 0;
                for (int p : achievable(c))
                    if (p <= left) best = p;
                answers[c.id] = answer_for_points(c, best);
                left -= best;
            }
        REQUIRE_MESSAGE(left == 0, "pillar " << index.pillars[i].id << " cannot reach target");
    }
    return {{"format", "dbi-answers/1"}, {"index", index.id}, {"answers", answers}};
}

inline Assessment score_json(const IndexDefinition& index, const nlohmann::json& doc) {
    auto answers = parse_answers(index, doc.dump());
    for (const auto& d : answers.diagnostics()) MESSAGE(format_line(d, Lang::en));
    REQUIRE(answers.ok());
    auto result = score(index, answers.value());
    REQUIRE(result.ok());
    return result.value();
}

inline std::vector<std::string> codes_of(const std::vector<Diagnostic>& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags) out.push_back(d.code);
    return out;
}

inline bool has_code(const std::vector<Diagnostic>& diags, const std::string& code,
                     const std::string& pointer = {}) {
    for (const auto& d : diags)
        if (d.code == code && (pointer.empty() || d.pointer == pointer)) return true;
    return false;
}

}  // namespace dbi::test
