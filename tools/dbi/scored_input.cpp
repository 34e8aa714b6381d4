// Loading and scoring an answers document, shared by "dbi score" and "dbi explain".
#include "scored_input.hpp"

#include <iostream>

#include "dbi/canonical_json.hpp"

namespace dbi::cli {

std::optional<std::string> single_file_argument(const Options& opt, const char* placeholder) {
    if (opt.files.empty()) {
        usage_error(make_diag("DBI-CLI-005", "", {opt.command, placeholder}), opt.lang);
        return std::nullopt;
    }
    if (opt.files.size() > 1) {
        usage_error(make_diag("DBI-CLI-006", "", {opt.command, std::to_string(opt.files.size())}),
                    opt.lang);
        return std::nullopt;
    }
    return opt.files.front();
}

std::optional<IndexDefinition> load_index_for(const Options& opt, const std::string& text,
                                              const DocumentHead& head, int& exit_code) {
    std::string path = opt.value("--index");
    if (path.empty()) {
        if (!head.index) {
            // Without an index the document cannot be parsed by core; say why it has none:
            // malformed JSON first, otherwise the missing member.
            auto syntax = canonicalize_json(text);
            if (!syntax) print_diagnostics(std::cerr, syntax.diagnostics(), opt.lang);
            else
                std::cerr << format_line(make_diag("DBI-JSON-005", "", {"index"}), opt.lang)
                          << '\n';
            exit_code = kExitRejected;
            return std::nullopt;
        }
        if (!is_safe_index_id(*head.index)) {
            std::cerr << format_line(make_diag("DBI-CLI-009", "/index", {*head.index}), opt.lang)
                      << '\n';
            exit_code = kExitRejected;
            return std::nullopt;
        }
        path = join_path(opt.indices_dir, *head.index + ".json");
    }
    return load_index(path, opt.lang, exit_code);
}

int load_and_score(const Options& opt, const std::string& text, const DocumentHead& head,
                   ScoredInput& out) {
    int code = kExitOk;
    auto index = load_index_for(opt, text, head, code);
    if (!index) return code;
    out.index = std::move(*index);
    if (out.index.model != IndexModel::maturity_tree) {
        // A group index has no criteria: say so once instead of one error per answer.
        std::cerr << format_line(make_diag("DBI-SCO-001", "/index", {out.index.id}), opt.lang)
                  << '\n';
        return kExitRejected;
    }
    auto answers = parse_answers(out.index, text);
    if (!answers) {
        print_diagnostics(std::cerr, answers.diagnostics(), opt.lang);
        return kExitRejected;
    }
    out.answers = std::move(answers).value();
    auto assessment = score(out.index, out.answers);
    if (!assessment) {
        print_diagnostics(std::cerr, assessment.diagnostics(), opt.lang);
        return kExitRejected;
    }
    out.assessment = std::move(assessment).value();
    return kExitOk;
}

}  // namespace dbi::cli
