// scored_input.hpp — the steps "dbi score" and "dbi explain" share: find the index an input
// names, load it, parse the answers against it and score them.
#pragma once

#include <optional>
#include <string>

#include "cli.hpp"
#include "dbi/answers.hpp"
#include "dbi/index.hpp"
#include "dbi/scoring.hpp"

namespace dbi::cli {

struct ScoredInput {
    IndexDefinition index;
    AnswerSet answers;
    Assessment assessment;
};

// The command's one positional argument; prints DBI-CLI-005/006 (exit 2) otherwise.
// `placeholder` names the argument in the usage hint ("ANSWERS.json").
std::optional<std::string> single_file_argument(const Options& opt, const char* placeholder);

// The index for a document: --index FILE when given, else the file named by the document's
// "index" in the indices directory. On failure `exit_code` is 2 (unreadable file) or 1 (the
// document names no usable index, or the index is invalid) and the reason is on stderr.
std::optional<IndexDefinition> load_index_for(const Options& opt, const std::string& text,
                                              const DocumentHead& head, int& exit_code);

// load_index_for + parse_answers + score. Returns the exit code (0 when `out` is filled).
int load_and_score(const Options& opt, const std::string& text, const DocumentHead& head,
                   ScoredInput& out);

}  // namespace dbi::cli
