// dbi/answers.hpp — an enterprise's answers to one index ("dbi-answers/1").
//
// {"format": "dbi-answers/1", "index": "vn.mic.1970-2021.sme",
//  "answers": {"1.1.1": {"option": 3}, "1.1.3": {"numerator": 30, "denominator": 120},
//              "3.1.1": {"value": 85}, "2.1.1": {"gate": false}, "5.2.4": {"option": 4,
//              "note": "…"}}}
//
// Answers may be partial: a criterion without an answer (or with "gate": true but no option
// yet) is *unanswered* and scores 0. Every answer is checked against its criterion's
// specification; text (notes) is NFC-normalised here, where it enters.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "dbi/diagnostics.hpp"
#include "dbi/index.hpp"

namespace dbi {

// Limits for untrusted answer documents.
inline constexpr std::size_t kMaxAnswersBytes = 256 * 1024;
inline constexpr std::size_t kMaxNoteCodePoints = 2000;
inline constexpr std::int64_t kMaxAnswerNumber = 1'000'000'000'000'000;  // 10^15 (VND fits)

struct Answer {
    std::optional<bool> gate;                // false = "No" (scores 0)
    std::optional<int> option;               // 1-based option of a ladder / likert
    std::optional<std::int64_t> numerator;   // ratio
    std::optional<std::int64_t> denominator; // ratio
    std::optional<std::int64_t> value;       // count, speed
    std::string note;                        // free text, NFC; "" = none
};

struct AnswerSet {
    std::string index_id;
    std::map<std::string, Answer> answers;  // by criterion id
};

// Parses and checks answers against `index`. Errors name the criterion (JSON Pointer
// "/answers/<id>/…"); all errors are reported, not just the first.
Result<AnswerSet> parse_answers(const IndexDefinition& index, std::string_view json_text) noexcept;

// The answer document in RFC 8785 canonical form: what answers_sha256 hashes.
std::string answers_to_canonical_json(const AnswerSet& answers);

}  // namespace dbi
