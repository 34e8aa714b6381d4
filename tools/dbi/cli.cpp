// Shared CLI helpers: file I/O, routing of documents, number formatting.
#include "cli.hpp"

#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

namespace dbi::cli {

std::string Options::value(const std::string& name, const std::string& fallback) const {
    auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
}

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string data;
    char buf[64 * 1024];
    while (in.read(buf, sizeof buf) || in.gcount() > 0)
        data.append(buf, static_cast<std::size_t>(in.gcount()));
    // A directory opens on Linux; reading it sets badbit (EISDIR), as does any read error.
    if (in.bad()) return std::nullopt;
    return data;
}

std::string join_path(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    if (dir.back() == '/') return dir + name;
    return dir + "/" + name;
}

bool is_safe_index_id(std::string_view id) noexcept {
    if (id.empty() || id.size() > 100 || id.front() == '.') return false;
    if (id.find("..") != std::string_view::npos) return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
        if (!ok) return false;
    }
    return true;
}

int usage_error(const Diagnostic& d, Lang lang) {
    std::cerr << format_line(d, lang) << '\n';
    return kExitUsage;
}

void print_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diags, Lang lang) {
    for (const auto& d : diags) out << format_line(d, lang) << '\n';
}

std::optional<std::string> read_input(const std::string& path, Lang lang) {
    auto text = read_file(path);
    if (!text) usage_error(make_diag("DBI-CLI-004", "", {path}), lang);
    return text;
}

std::optional<IndexDefinition> load_index(const std::string& path, Lang lang, int& exit_code) {
    return load_parsed<IndexDefinition>(path, lang, exit_code, &parse_index);
}

DocumentHead peek_head(std::string_view json_text) {
    DocumentHead head;
    // No-throw parse: a malformed document is left for core to report precisely.
    auto j = nlohmann::json::parse(json_text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return head;
    if (auto it = j.find("format"); it != j.end() && it->is_string())
        head.format = it->get<std::string>();
    if (auto it = j.find("index"); it != j.end() && it->is_string())
        head.index = it->get<std::string>();
    return head;
}

std::string format_permille(int permille, Lang lang) {
    const bool negative = permille < 0;
    const int v = negative ? -permille : permille;
    std::string out = negative ? "-" : "";
    out += std::to_string(v / 10);
    out += lang == Lang::vi ? ',' : '.';
    out += std::to_string(v % 10);
    out += lang == Lang::vi ? " %" : "%";
    return out;
}

std::string fraction(int points, int max) {
    return std::to_string(points) + "/" + std::to_string(max);
}

std::string level_text(const IndexDefinition& index, int level, Lang lang) {
    std::string out = std::to_string(level);
    if (const LevelInfo* info = index.find_level(level)) out += " (" + info->name.in(lang) + ")";
    return out;
}

}  // namespace dbi::cli
