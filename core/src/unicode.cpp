// UTF-8 validation and NFC (UAX #15), self-contained: core may not depend on ICU, and the
// wasm build must give byte-identical results to the native one, so both run this code
// over the same generated tables.
#include "dbi/unicode.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

namespace dbi {
namespace {

// Packing of the generated tables. Each entry is one integer, so the tables are plain
// sorted arrays searched with std::upper_bound/lower_bound and cost 4 or 8 bytes a row.
//   kProps:          cp << 11 | qc << 8 | ccc
//   kDecompositions: cp << 42 | first << 21 | second   (second 0: singleton)
//   kCompositions:   first << 42 | second << 21 | composite
#define DBI_UCD_P(cp, ccc, qc) \
    ((static_cast<std::uint32_t>(cp) << 11) | (static_cast<std::uint32_t>(qc) << 8) | (ccc))
#define DBI_UCD_D(cp, a, b)                                                       \
    ((static_cast<std::uint64_t>(cp) << 42) | (static_cast<std::uint64_t>(a) << 21) | \
     static_cast<std::uint64_t>(b))
#define DBI_UCD_C(a, b, c) DBI_UCD_D(a, b, c)
#include "unicode_tables.inc"
#undef DBI_UCD_P
#undef DBI_UCD_D
#undef DBI_UCD_C

constexpr std::uint64_t kMask21 = (std::uint64_t{1} << 21) - 1;

enum class Qc : std::uint8_t { yes = 0, maybe = 1, no = 2 };

struct Props {
    std::uint8_t ccc = 0;
    Qc qc = Qc::yes;
};

// Hangul syllables compose and decompose arithmetically (Unicode §3.12).
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr char32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

Props props_of(char32_t cp) noexcept {
    // Below the first listed run (U+0300) everything is a starter with NFC_QC Yes.
    if (cp < (kProps[0] >> 11)) return {};
    const std::uint32_t key = (static_cast<std::uint32_t>(cp) << 11) | 0x7FFu;
    const auto* it = std::upper_bound(std::begin(kProps), std::end(kProps), key);
    const std::uint32_t e = *(it - 1);  // it > begin: kProps[0] <= key
    return {static_cast<std::uint8_t>(e & 0xFFu), static_cast<Qc>((e >> 8) & 0x3u)};
}

// One level of canonical decomposition of a non-Hangul code point; false when none.
bool decomposition_of(char32_t cp, char32_t& first, char32_t& second) noexcept {
    if (cp < (kDecompositions[0] >> 42)) return false;
    const std::uint64_t key = static_cast<std::uint64_t>(cp) << 42;
    const auto* it = std::lower_bound(std::begin(kDecompositions), std::end(kDecompositions), key);
    if (it == std::end(kDecompositions) || (*it >> 42) != cp) return false;
    first = static_cast<char32_t>((*it >> 21) & kMask21);
    second = static_cast<char32_t>(*it & kMask21);
    return true;
}

// The primary composite of <a, b>, or 0.
char32_t compose_pair(char32_t a, char32_t b) noexcept {
    if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount)
        return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
    if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase &&
        b < kTBase + kTCount)
        return a + (b - kTBase);
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 21) | b;
    const auto by_pair = [](std::uint64_t e, std::uint64_t k) { return (e >> 21) < k; };
    const auto* it =
        std::lower_bound(std::begin(kCompositions), std::end(kCompositions), key, by_pair);
    if (it == std::end(kCompositions) || (*it >> 21) != key) return 0;
    return static_cast<char32_t>(*it & kMask21);
}

// Byte offset of the first ill-formed UTF-8 sequence (Unicode Table 3-7), or npos.
std::size_t first_invalid_utf8(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0) lo = 0xA0;       // overlong
            else if (b == 0xED) hi = 0x9F;  // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0) lo = 0x90;       // overlong
            else if (b == 0xF4) hi = 0x8F;  // > U+10FFFF
        } else {
            return i;  // continuation byte, C0/C1 overlong lead, or F5..FF
        }
        if (n - i < len) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0u) != 0x80u) return i;
        i += len;
    }
    return std::string_view::npos;
}

// Decodes the code point at s[i] and advances i. Precondition: s is valid UTF-8.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const char32_t b = p[i];
    if (b < 0x80) {
        i += 1;
        return b;
    }
    if (b < 0xE0) {
        const char32_t cp = ((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
        i += 2;
        return cp;
    }
    if (b < 0xF0) {
        const char32_t cp = ((b & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
        i += 3;
        return cp;
    }
    const char32_t cp = ((b & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) |
                        ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
    i += 4;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0u | (cp >> 6));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0u | (cp >> 12));
        out += static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else {
        out += static_cast<char>(0xF0u | (cp >> 18));
        out += static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu));
        out += static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    }
}

struct Unit {
    char32_t cp;
    std::uint8_t ccc;
};

// Full canonical decomposition of `cp`, appended to `buf`. Recursion depth is bounded by the
// data (at most 4 levels in any Unicode version so far).
void decompose(char32_t cp, std::vector<Unit>& buf) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        const char32_t s = cp - kSBase;
        buf.push_back({kLBase + s / kNCount, 0});
        buf.push_back({kVBase + (s % kNCount) / kTCount, 0});
        if (s % kTCount != 0) buf.push_back({kTBase + s % kTCount, 0});
        return;
    }
    char32_t first = 0, second = 0;
    if (decomposition_of(cp, first, second)) {
        decompose(first, buf);
        if (second != 0) decompose(second, buf);
        return;
    }
    buf.push_back({cp, props_of(cp).ccc});
}

// Canonical ordering: each maximal run of non-starters is stably sorted by ccc. A stable
// sort rather than the textbook bubble sort keeps hostile input (long mark runs) O(n log n).
void reorder(std::vector<Unit>& buf) {
    const std::size_t n = buf.size();
    std::size_t i = 0;
    while (i < n) {
        if (buf[i].ccc == 0) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        bool sorted = true;
        while (j < n && buf[j].ccc != 0) {
            if (buf[j].ccc < buf[j - 1].ccc) sorted = false;
            ++j;
        }
        if (!sorted) {
            const auto first = buf.begin() + static_cast<std::ptrdiff_t>(i);
            const auto last = buf.begin() + static_cast<std::ptrdiff_t>(j);
            std::stable_sort(first, last,
                             [](const Unit& a, const Unit& b) { return a.ccc < b.ccc; });
        }
        i = j;
    }
}

// Canonical composition in place (UAX #15 §1.3): each character joins the last starter
// unless a character between them is a starter or has a ccc >= its own (blocked).
void compose(std::vector<Unit>& buf) {
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t starter = kNone;  // index of the last starter written; none before the first
    unsigned last_ccc = 0;        // ccc of the last unit written
    std::size_t out = 0;
    for (std::size_t i = 0; i < buf.size(); ++i) {
        const Unit u = buf[i];
        // last_ccc == 0 means the last unit written is `starter` itself (adjacent).
        if (starter != kNone && (last_ccc == 0 || last_ccc < u.ccc)) {
            const char32_t c = compose_pair(buf[starter].cp, u.cp);
            if (c != 0) {
                buf[starter].cp = c;  // primary composites are starters (generator-checked)
                continue;
            }
        }
        if (u.ccc == 0) starter = out;
        last_ccc = u.ccc;
        buf[out++] = u;
    }
    buf.resize(out);
}

void normalize_segment(std::string_view seg, std::string& out, std::vector<Unit>& buf) {
    buf.clear();
    for (std::size_t i = 0; i < seg.size();) decompose(next_code_point(seg, i), buf);
    reorder(buf);
    compose(buf);
    for (const Unit& u : buf) append_utf8(out, u.cp);
}

// A code point that is a starter with NFC_QC Yes: nothing before it can reorder past it or
// compose with it, so NFC(x + y) == NFC(x) + NFC(y) when y starts with one.
bool is_boundary(const Props& p) noexcept { return p.ccc == 0 && p.qc == Qc::yes; }

// UAX #15 §9 quick check of valid UTF-8: yes (NFC), no, or maybe (must normalise to know).
Qc quick_check(std::string_view s) noexcept {
    Qc result = Qc::yes;
    std::uint8_t last_ccc = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            last_ccc = 0;
            continue;
        }
        const Props p = props_of(next_code_point(s, i));
        if (p.ccc != 0 && last_ccc > p.ccc) return Qc::no;
        if (p.qc == Qc::no) return Qc::no;
        if (p.qc == Qc::maybe) result = Qc::maybe;
        last_ccc = p.ccc;
    }
    return result;
}

// NFC of valid UTF-8 that failed the quick check: segments between boundaries that pass the
// quick check on their own are copied, only the others are decomposed and recomposed.
std::string normalize(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    std::vector<Unit> buf;
    std::size_t seg_start = 0;
    bool dirty = false;
    std::uint8_t last_ccc = 0;
    auto flush = [&](std::size_t end) {
        const std::string_view seg = s.substr(seg_start, end - seg_start);
        if (dirty) normalize_segment(seg, out, buf);
        else out.append(seg);
    };
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const Props p = props_of(next_code_point(s, i));
        if (is_boundary(p)) {
            flush(at);
            seg_start = at;
            dirty = false;
            last_ccc = 0;
            continue;
        }
        if (p.qc != Qc::yes || (p.ccc != 0 && last_ccc > p.ccc)) dirty = true;
        last_ccc = p.ccc;
    }
    flush(s.size());
    return out;
}

}  // namespace

bool is_valid_utf8(std::string_view s) noexcept {
    return first_invalid_utf8(s) == std::string_view::npos;
}

bool is_nfc(std::string_view s) noexcept {
    if (!is_valid_utf8(s)) return false;
    switch (quick_check(s)) {
        case Qc::yes: return true;
        case Qc::no: return false;
        case Qc::maybe: break;
    }
    return normalize(s) == s;
}

Result<std::string> to_nfc(std::string_view s) noexcept {
    const std::size_t bad = first_invalid_utf8(s);
    if (bad != std::string_view::npos)
        return Result<std::string>::fail(make_diag("DBI-UTF-001", "", {std::to_string(bad)}));
    if (quick_check(s) == Qc::yes) return Result<std::string>::ok(std::string(s));
    return Result<std::string>::ok(normalize(s));
}

std::string_view unicode_version() noexcept { return kUnicodeVersion; }

std::size_t count_code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
    return n;
}

}  // namespace dbi
