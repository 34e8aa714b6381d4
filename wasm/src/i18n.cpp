#include "i18n.hpp"

#include <cstddef>

namespace dbi::web {

namespace {

struct Entry {
    const char* vi;
    const char* en;
};

constexpr Entry kStrings[] = {
#define S(key, vi, en) {vi, en},
#include "strings.inc"
#undef S
};

static_assert(sizeof(kStrings) / sizeof(kStrings[0]) == static_cast<std::size_t>(Str::count_),
              "every Str key needs exactly one entry in kStrings");

}  // namespace

const char* tr(Str key, Lang lang) noexcept {
    const auto i = static_cast<std::size_t>(key);
    if (i >= static_cast<std::size_t>(Str::count_)) {
        return "";
    }
    return lang == Lang::vi ? kStrings[i].vi : kStrings[i].en;
}

std::string fmt(Str key, Lang lang, const std::vector<std::string>& args) {
    const std::string_view text = tr(key, lang);
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Markers are "{1}".."{9}": one digit is enough for every string in the table.
        if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' &&
            text[i + 2] == '}') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

const char* lang_tag(Lang lang) noexcept { return lang == Lang::vi ? "vi" : "en"; }

std::string group_digits(long long value, Lang lang) {
    const bool negative = value < 0;
    // Work on the magnitude as unsigned so that the most negative value does not overflow.
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(value)
                                            : static_cast<unsigned long long>(value);
    std::string digits = std::to_string(magnitude);
    std::string out;
    const char sep = lang == Lang::vi ? '.' : ',';
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += sep;
        }
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

}  // namespace dbi::web
