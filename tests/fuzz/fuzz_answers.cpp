// fuzz_answers — parse_answers() and score() on arbitrary bytes (a dbi-answers/1 document),
// against the real SME and large-enterprise indices of indices/.
//
// Answers are the most exposed input of the kit: typed in the browser, loaded from drafts and
// files by the CLI, attached to every submission the server re-scores. Invariants checked:
//  - RFC 8785 canonicalisation of the input is a fixed point; diagnostics are well formed;
// and for every document accepted against an index:
//  - every answer names a criterion of that index;
//  - answers_to_canonical_json() is canonical, parses back to the same answers (a fixed point
//    of parse → canonical) and is what answers_sha256 hashes;
//  - score() succeeds with consistent arithmetic (fuzz_support.hpp: sums, ranges, levels,
//    counts), and scoring the re-parsed canonical answers gives the same dbi-result/1 bytes.
#include "dbi/answers.hpp"
#include "dbi/index.hpp"
#include "fuzz_support.hpp"

using namespace dbi;
using dbi::fuzz::check_assessment;
using dbi::fuzz::check_canonical_idempotent;
using dbi::fuzz::check_diagnostics;
using dbi::fuzz::first_error;

namespace {

std::vector<IndexDefinition> load_indices() {
    std::vector<IndexDefinition> out;
    for (const char* name : {"vn.mic.1970-2021.sme.json", "vn.mic.1970-2021.large.json"}) {
        auto idx = parse_index(dbi::fuzz::read_source_file(std::string("indices/") + name));
        if (!idx) dbi::fuzz::fail(__FILE__, __LINE__, name, first_error(idx.diagnostics()));
        out.push_back(std::move(idx.value()));
    }
    return out;
}

const std::vector<IndexDefinition>& indices() {
    static const std::vector<IndexDefinition> all = load_indices();
    return all;
}

void check_against(const IndexDefinition& idx, std::string_view text) {
    auto set = parse_answers(idx, text);
    check_diagnostics(set.diagnostics());
    if (!set) return;
    const AnswerSet& answers = set.value();
    DBI_FUZZ_CHECK(answers.index_id == idx.id, "answers accepted for another index");
    for (const auto& [id, a] : answers.answers) {
        const Criterion* c = idx.find_criterion(id);
        DBI_FUZZ_CHECK(c != nullptr, "answer to unknown criterion " + id);
        if (a.option)
            DBI_FUZZ_CHECK(
                *a.option >= 1 && static_cast<std::size_t>(*a.option) <= c->answer.options.size(),
                id + ": option out of range");
    }

    const std::string canonical = answers_to_canonical_json(answers);
    auto recanonical = canonicalize_json(canonical);
    DBI_FUZZ_CHECK(recanonical.ok() && recanonical.value() == canonical,
                   "answers_to_canonical_json is not canonical: " + canonical);
    auto reparsed = parse_answers(idx, canonical);
    DBI_FUZZ_CHECK(reparsed.ok(), "canonical answers are refused: " +
                                      first_error(reparsed.diagnostics()) + "\n  " + canonical);
    DBI_FUZZ_CHECK(answers_to_canonical_json(reparsed.value()) == canonical,
                   "parse → canonical is not a fixed point");

    auto scored = score(idx, answers);
    DBI_FUZZ_CHECK(scored.ok(),
                   "accepted answers cannot be scored: " + first_error(scored.diagnostics()));
    check_assessment(idx, answers, scored.value());
    auto rescored = score(idx, reparsed.value());
    DBI_FUZZ_CHECK(rescored.ok() && result_to_canonical_json(rescored.value()) ==
                                        result_to_canonical_json(scored.value()),
                   "the canonical answers score differently");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    indices();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = dbi::fuzz::as_text(data, size);
    check_canonical_idempotent(text);
    for (const IndexDefinition& idx : indices()) check_against(idx, text);
    return 0;
}
