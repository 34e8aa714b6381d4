// Diagnostic registry and message rendering.
#include "dbi/diagnostics.hpp"

#include <array>

namespace dbi {
namespace {

struct CodeEntry {
    std::string_view code;
    std::string_view en;
    std::string_view vi;
};

// One table for all areas: each .inc file owns the codes of its area.
#define DBI_CODE(code, en, vi) CodeEntry{code, en, vi},
constexpr CodeEntry kCodes[] = {
#include "dbi/codes/json.inc"
#include "dbi/codes/utf.inc"
#include "dbi/codes/jcs.inc"
#include "dbi/codes/idx.inc"
#include "dbi/codes/ans.inc"
#include "dbi/codes/sco.inc"
#include "dbi/codes/prf.inc"
#include "dbi/codes/grp.inc"
#include "dbi/codes/sub.inc"
#include "dbi/codes/cli.inc"
#include "dbi/codes/srv.inc"
};
#undef DBI_CODE

// Arguments that start with '@' are terms of the message language, not data: JSON types and
// a few fixed expectations, so that no English leaks into a Vietnamese message.
struct Term {
    std::string_view key;
    std::string_view en;
    std::string_view vi;
};
constexpr Term kTerms[] = {
    {"@object", "an object", "một đối tượng"},
    {"@array", "an array", "một mảng"},
    {"@string", "a string", "một chuỗi văn bản"},
    {"@integer", "a whole number", "một số nguyên"},
    {"@number", "a number", "một số"},
    {"@boolean", "true or false", "true hoặc false"},
    {"@null", "null", "null"},
    {"@value", "a value", "một giá trị"},
    {"@integer_or_null", "a whole number or null", "một số nguyên hoặc null"},
    {"@bands", "an array of bands or the name of a band set", "một mảng khoảng hoặc tên một bộ khoảng"},
    {"@group_ids", "an array of platform group ids", "một mảng mã nhóm nền tảng"},
    {"@pillar_result", "a pillar with id, points and max", "một trụ cột có id, points và max"},
    {"@role", "device, kiosk, receipt or assessor", "device, kiosk, receipt hoặc assessor"},
    {"@validated", "\"validated\"", "\"validated\""},
};

std::string_view term(std::string_view arg, Lang lang) noexcept {
    if (arg.empty() || arg.front() != '@') return arg;
    for (const auto& t : kTerms)
        if (t.key == arg) return lang == Lang::vi ? t.vi : t.en;
    return arg;
}

const CodeEntry* find_code(std::string_view code) noexcept {
    for (const auto& e : kCodes)
        if (e.code == code) return &e;
    return nullptr;
}

}  // namespace

Diagnostic make_diag(std::string_view code, std::string pointer, std::vector<std::string> args,
                     Severity severity) {
    DBI_ASSERT(find_code(code) != nullptr);  // every emitted code must be registered
    return Diagnostic{std::string(code), std::move(pointer), std::move(args), severity};
}

std::string_view message_template(std::string_view code, Lang lang) noexcept {
    const CodeEntry* e = find_code(code);
    if (!e) return {};
    return lang == Lang::vi ? e->vi : e->en;
}

std::string render(const Diagnostic& d, Lang lang) {
    std::string_view tpl = message_template(d.code, lang);
    if (tpl.empty()) return d.code;
    std::string out;
    out.reserve(tpl.size() + 32);
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        // "{N}" with a single digit N in 1..9 is an argument slot.
        if (tpl[i] == '{' && i + 2 < tpl.size() && tpl[i + 1] >= '1' && tpl[i + 1] <= '9' &&
            tpl[i + 2] == '}') {
            std::size_t n = static_cast<std::size_t>(tpl[i + 1] - '1');
            if (n < d.args.size()) out += term(d.args[n], lang);
            else out += '?';
            i += 2;
        } else {
            out += tpl[i];
        }
    }
    return out;
}

std::string format_line(const Diagnostic& d, Lang lang) {
    std::string line = d.code;
    if (d.severity == Severity::warning) line += lang == Lang::vi ? " (cảnh báo)" : " (warning)";
    line += ' ';
    line += d.pointer.empty() ? std::string("/") : d.pointer;
    line += ": ";
    line += render(d, lang);
    return line;
}

bool is_known_code(std::string_view code) noexcept { return find_code(code) != nullptr; }

std::vector<std::string> all_codes() {
    std::vector<std::string> out;
    for (const auto& e : kCodes) out.emplace_back(e.code);
    return out;
}

std::string pointer_join(std::string_view base, std::string_view token) {
    std::string out(base);
    out += '/';
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointer_join(std::string_view base, std::size_t index) {
    return pointer_join(base, std::to_string(index));
}

}  // namespace dbi
