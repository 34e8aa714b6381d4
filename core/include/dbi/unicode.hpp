// dbi/unicode.hpp — UTF-8 validation and Unicode Normalization Form C, without ICU.
//
// Text is NFC-normalised where it enters (answers, enterprise profile) so that the same
// visible text always has the same bytes, natively and in WebAssembly, and signatures over
// it match. Vietnamese typed through IMEs or pasted often arrives decomposed (NFD,
// "e" U+0065 + U+0302 + U+0301) or in mixed forms; to_nfc gives the precomposed "ế" U+1EBF.
//
// The normalisation is full UAX #15 NFC for all of Unicode (canonical decomposition incl.
// Hangul, canonical ordering, canonical composition with composition exclusions), from
// tables generated from one Unicode version (unicode_version()); it is deterministic and
// locale-free. Already-NFC text (ASCII, precomposed Vietnamese) takes a quick-check path.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "dbi/diagnostics.hpp"

namespace dbi {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates, > U+10FFFF). Empty is valid.
bool is_valid_utf8(std::string_view s) noexcept;

// True when valid UTF-8 and already in Unicode Normalization Form C.
bool is_nfc(std::string_view s) noexcept;

// NFC of `s` (Unicode version of the generated tables). Fails with DBI-UTF-001 on invalid
// UTF-8; its argument {1} is the 0-based byte offset of the first ill-formed sequence and
// its pointer is "" (callers re-point it at the field they were reading). Idempotent:
// to_nfc(to_nfc(s)) == to_nfc(s), and to_nfc(s) == s exactly when is_nfc(s).
Result<std::string> to_nfc(std::string_view s) noexcept;

// The Unicode version the tables were generated from, e.g. "14.0.0".
std::string_view unicode_version() noexcept;

// Number of Unicode code points in `s`, for length limits (apply after to_nfc, so the count
// does not depend on the input form). On invalid UTF-8 it counts the bytes that are not
// continuation bytes (10xxxxxx) — check validity first where that matters.
std::size_t count_code_points(std::string_view s) noexcept;

}  // namespace dbi
