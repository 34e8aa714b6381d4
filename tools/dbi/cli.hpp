// cli.hpp — shared pieces of the dbi command-line tool: options, file I/O, output helpers.
//
// The CLI is the only place where files are read; core receives text and returns data.
// Exit codes: 0 ok · 1 the input was rejected (invalid index, answers, profile or group input)
// · 2 usage or I/O error. Usage and I/O errors are DBI-CLI-NNN diagnostics on stderr.
#pragma once

#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dbi/diagnostics.hpp"
#include "dbi/index.hpp"

namespace dbi::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;

// The command line after global parsing. `values` holds the command's value options by name
// ("--index" → "x.json"); `files` the positional arguments in order.
struct Options {
    std::string command;
    Lang lang = Lang::vi;
    bool json = false;
    bool help = false;
    std::string indices_dir;  // --indices, else $DBI_INDICES_DIR, else the compiled-in default
    std::map<std::string, std::string> values;
    std::vector<std::string> files;

    // The value of option `name`, or `fallback` when it was not given.
    std::string value(const std::string& name, const std::string& fallback = {}) const;
};

// Whole file as bytes; nullopt when it cannot be opened or read.
std::optional<std::string> read_file(const std::string& path);

// Joins a directory and a file name with exactly one '/'.
std::string join_path(const std::string& dir, const std::string& name);

// True when `id` can name an index file: [a-z0-9.-]+, not starting with '.', no "..".
// Index ids come from user files and become file names, so nothing else is accepted.
bool is_safe_index_id(std::string_view id) noexcept;

// Writes `d` to stderr as one format_line and returns kExitUsage.
int usage_error(const Diagnostic& d, Lang lang);

// Writes every diagnostic to `out`, one format_line each.
void print_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diags, Lang lang);

// Reads a file for a command; on failure prints DBI-CLI-004 and returns nullopt (exit 2).
std::optional<std::string> read_input(const std::string& path, Lang lang);

// Reads `path` and parses it with `parse`. `exit_code` is set to kExitUsage when the file
// cannot be read and to kExitRejected when `parse` refuses it (its errors go to stderr).
template <class T>
std::optional<T> load_parsed(const std::string& path, Lang lang, int& exit_code,
                             Result<T> (*parse)(std::string_view) noexcept);

// load_parsed with parse_index.
std::optional<IndexDefinition> load_index(const std::string& path, Lang lang, int& exit_code);

// The "format" and "index" members of a JSON document, when it is an object that has them as
// strings (used to route a file before core parses it).
struct DocumentHead {
    std::optional<std::string> format;
    std::optional<std::string> index;
};
DocumentHead peek_head(std::string_view json_text);

// "52,3 %" (vi) or "52.3%" (en) for a value in per mille.
std::string format_permille(int permille, Lang lang);

// "126/320".
std::string fraction(int points, int max);

// Level "2 (Bắt đầu)" with the index's level name; the bare number when the index lacks it.
std::string level_text(const IndexDefinition& index, int level, Lang lang);

// The commands. Each returns the process exit code.
int run_score(const Options& opt);
int run_validate_index(const Options& opt);
int run_classify(const Options& opt);
int run_explain(const Options& opt);

template <class T>
std::optional<T> load_parsed(const std::string& path, Lang lang, int& exit_code,
                             Result<T> (*parse)(std::string_view) noexcept) {
    auto text = read_input(path, lang);
    if (!text) {
        exit_code = kExitUsage;
        return std::nullopt;
    }
    auto parsed = parse(*text);
    if (!parsed) {
        std::cerr << path << ":\n";
        print_diagnostics(std::cerr, parsed.diagnostics(), lang);
        exit_code = kExitRejected;
        return std::nullopt;
    }
    exit_code = kExitOk;
    return std::move(parsed).value();
}

}  // namespace dbi::cli
