// i18n.hpp — the app's own UI strings, by key, in Vietnamese (default) and English.
//
// Data-driven text (index titles, pillar names, diagnostics) comes from the index definition and
// from the core's code registry; only the app's chrome lives here. All strings are UTF-8 NFC and
// must be renderable with the embedded font's glyph ranges (Vietnamese, Latin-1, U+2000–206F,
// ₫ €). Every key has both translations (checked at compile time by the table's size).
#pragma once

#include "dbi/diagnostics.hpp"

namespace dbi::web {

enum class Str {
    kit_name,            // the product name
    kit_tagline,         // one line under the name
    language_toggle,     // the button that switches to the *other* language
    about_heading,
    about_body,
    not_official,        // this is not an official assessment
    privacy_heading,
    privacy_body,
    index_heading,
    index_loading,
    index_unavailable,   // the page could not fetch the index file; followed by the detail
    index_invalid,       // the index file failed validation; followed by the diagnostics
    computed_in_browser, // the figures are computed by the core, here
    col_pillar,
    col_max_points,
    col_criteria,
    total,
    start_assessment,
    coming_soon,
    count_  // number of keys; keep last
};

// The string for `key` in `lang`; never null.
const char* tr(Str key, Lang lang) noexcept;

}  // namespace dbi::web
