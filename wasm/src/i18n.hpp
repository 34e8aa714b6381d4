// i18n.hpp — the app's own UI strings, by key, in Vietnamese (default) and English.
//
// Data-driven text (index titles, pillar names, questions, diagnostics) comes from the index
// definition and from the core's code registry; only the app's chrome lives here, in
// strings.inc. All strings are UTF-8 NFC and renderable with the embedded font's glyph ranges
// (Vietnamese, Latin-1, U+2000–206F, ₫ €). Every key has both translations by construction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dbi/diagnostics.hpp"

namespace dbi::web {

enum class Str {
#define S(key, vi, en) key,
#include "strings.inc"
#undef S
    count_  // number of keys; keep last
};

// The string for `key` in `lang`; never null.
const char* tr(Str key, Lang lang) noexcept;

// tr(key, lang) with "{1}", "{2}", … replaced by `args` (missing args leave the marker).
std::string fmt(Str key, Lang lang, const std::vector<std::string>& args);

// "vi" / "en".
const char* lang_tag(Lang lang) noexcept;

// Integer with thousands separators in the language's style: 1.234.567 (vi), 1,234,567 (en).
std::string group_digits(long long value, Lang lang);

}  // namespace dbi::web
