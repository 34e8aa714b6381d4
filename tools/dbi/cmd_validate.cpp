// dbi validate-index — every diagnostic of one or more index files, and a verdict per file.
#include <algorithm>
#include <iostream>

#include "cli.hpp"
#include "json_out.hpp"

namespace dbi::cli {

int run_validate_index(const Options& opt) {
    if (opt.files.empty())
        return usage_error(make_diag("DBI-CLI-005", "", {opt.command, "INDEX.json…"}), opt.lang);
    const Lang lang = opt.lang;
    const bool vi = lang == Lang::vi;
    int exit_code = kExitOk;
    OrderedJson report = OrderedJson::array();

    for (const auto& file : opt.files) {
        std::vector<Diagnostic> diags;
        auto text = read_file(file);
        if (!text) {
            // Keep going: one unreadable file should not hide the verdicts on the others.
            diags.push_back(make_diag("DBI-CLI-004", "", {file}));
            exit_code = kExitUsage;
            if (!opt.json) std::cerr << format_line(diags.back(), lang) << '\n';
        } else {
            diags = validate_index(*text);
        }
        const auto errors = std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) {
            return d.severity == Severity::error;
        });
        const auto warnings = std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) {
            return d.severity == Severity::warning;
        });
        if (errors > 0 && exit_code == kExitOk) exit_code = kExitRejected;

        if (opt.json) {
            OrderedJson entry;
            entry["file"] = file;
            entry["valid"] = errors == 0;
            entry["diagnostics"] = diagnostics_json(diags, lang);
            report.push_back(std::move(entry));
            continue;
        }
        if (!text) continue;
        print_diagnostics(std::cout, diags, lang);
        std::cout << file << ": "
                  << (errors == 0 ? (vi ? "hợp lệ" : "valid") : (vi ? "KHÔNG hợp lệ" : "INVALID"))
                  << " (" << errors << (vi ? " lỗi, " : errors == 1 ? " error, " : " errors, ")
                  << warnings
                  << (vi ? " cảnh báo" : warnings == 1 ? " warning" : " warnings") << ")\n";
    }
    if (opt.json) std::cout << dump_json(report) << '\n';
    return exit_code;
}

}  // namespace dbi::cli
