// dbi/canonical_json.hpp — RFC 8785 JSON Canonicalization Scheme (JCS).
//
// What gets signed is a result serialised exactly per RFC 8785, so any third party can
// re-derive the bytes with any JCS library, and the native and WebAssembly builds produce
// the same bytes. The canonical form is: no insignificant whitespace; object members sorted
// by the UTF-16 code units of their names; strings as raw UTF-8 with only '"', '\' and
// U+0000–U+001F escaped (\b \t \n \f \r, otherwise \u00xx in lowercase hex); numbers in the
// ECMAScript Number-to-String form (shortest round-trip digits, exponent form below 1e-6 and
// from 1e21 on, -0 written as 0); literals null, true, false.
//
// Unicode normalisation is NOT done here: text is NFC-normalised where it enters the kit.
// The canonicaliser writes strings code point for code point.
//
// Numbers are IEEE doubles, as RFC 8785 requires; I-JSON (RFC 7493) limits apply. A number
// with a fraction or exponent may be any finite value and is rounded to the nearest double
// like any JSON reader does ("1E30" → "1e+30", "0.1000" → "0.1"). An integer literal within
// ±(2^53−1) is exact. Beyond that, an integer literal is accepted only when reading it as a
// double loses nothing — its value is exactly a double ("1152921504606846976" →
// "1152921504606847000") or it is already the canonical spelling of one — and is otherwise
// DBI-JCS-002 ("9007199254740993"), so a signature never covers a silently changed number.
#pragma once

#include <string>
#include <string_view>

#include "dbi/diagnostics.hpp"

namespace dbi {

// RFC 8785 canonical form of a JSON text: parses strictly (duplicate keys, invalid UTF-8
// rejected), then serialises with members sorted by UTF-16 code units, no whitespace, JCS
// string escaping, and numbers in the ECMAScript Number-to-String form.
// Errors: those of strict parsing (DBI-JSON-001/002/006/008, DBI-UTF-001; default limits:
// 8 MiB, 64 levels) and DBI-JCS-002 for an integer literal as above. The result is itself
// valid JSON and canonical: canonicalize_json(canonicalize_json(x)) == canonicalize_json(x).
Result<std::string> canonicalize_json(std::string_view json_text) noexcept;

// The ECMAScript Number::toString(value) form that JCS requires for a finite double:
// "0" for ±0, shortest digits that read back as exactly `value` (closest to it, ties to
// even), "1e+21" / "1e-7" style at and beyond the thresholds. DBI-JCS-001 for NaN and ±Inf.
Result<std::string> canonical_number(double value) noexcept;

}  // namespace dbi
