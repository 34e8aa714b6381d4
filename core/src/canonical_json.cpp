// RFC 8785 (JCS) writer and the ECMAScript Number-to-String algorithm it depends on.
#include "dbi/canonical_json.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include "canonical_json_impl.hpp"
#include "json_strict.hpp"

namespace dbi {
namespace detail {

constexpr std::int64_t kMaxSafeInteger = 9007199254740991;  // 2^53 − 1

namespace {

// ---------------------------------------------------------------------------------------
// Shortest round-trip digits, exactly.
//
// std::to_chars(double) is missing from Emscripten 3.1.6's libc++, and <cstdio> is off limits
// in core, so the digits are generated here with the Steele–White / Burger–Dybvig
// "free-format" algorithm on exact big integers. It is slow next to Ryu (a few microseconds a
// number) but needs no tables and is easy to check: the value v and the two ends of its
// rounding interval are exact fractions r/s, (r ± m)/s, and each digit is an exact division.
// ---------------------------------------------------------------------------------------

// Unsigned integer of up to kWords·32 bits. The worst case here is about 1130 bits
// (5e-324 scaled by 10^324 over 2^1075), so 48 words leave a wide margin.
class Big {
public:
    static constexpr std::size_t kWords = 48;

    Big() = default;
    explicit Big(std::uint64_t v) {
        while (v != 0) {
            w_[n_++] = static_cast<std::uint32_t>(v);
            v >>= 32;
        }
    }

    void mul_small(std::uint32_t m) {
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < n_; ++i) {
            std::uint64_t p = static_cast<std::uint64_t>(w_[i]) * m + carry;
            w_[i] = static_cast<std::uint32_t>(p);
            carry = p >> 32;
        }
        if (carry != 0) push(static_cast<std::uint32_t>(carry));
    }

    void mul_pow10(int n) {
        for (; n >= 9; n -= 9) mul_small(1000000000u);
        static constexpr std::uint32_t kSmall[9] = {1,      10,      100,      1000,     10000,
                                                    100000, 1000000, 10000000, 100000000};
        if (n > 0) mul_small(kSmall[n]);
    }

    void shl(int bits) {
        if (n_ == 0 || bits <= 0) return;
        std::size_t words = static_cast<std::size_t>(bits) / 32;
        unsigned rest = static_cast<unsigned>(bits) % 32;
        DBI_ASSERT(n_ + words + 1 <= kWords);
        if (rest != 0) {
            std::uint32_t carry = 0;
            for (std::size_t i = 0; i < n_; ++i) {
                std::uint32_t next = w_[i] >> (32 - rest);
                w_[i] = (w_[i] << rest) | carry;
                carry = next;
            }
            if (carry != 0) push(carry);
        }
        if (words != 0) {
            for (std::size_t i = n_; i-- > 0;) w_[i + words] = w_[i];
            for (std::size_t i = 0; i < words; ++i) w_[i] = 0;
            n_ += words;
        }
    }

    void add(const Big& b) {
        std::uint64_t carry = 0;
        std::size_t n = std::max(n_, b.n_);
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t s = static_cast<std::uint64_t>(i < n_ ? w_[i] : 0u) +
                              (i < b.n_ ? b.w_[i] : 0u) + carry;
            w_[i] = static_cast<std::uint32_t>(s);
            carry = s >> 32;
        }
        n_ = n;
        if (carry != 0) push(static_cast<std::uint32_t>(carry));
    }

    // *this -= b; requires *this >= b.
    void sub(const Big& b) {
        std::uint32_t borrow = 0;
        for (std::size_t i = 0; i < n_; ++i) {
            std::uint64_t sub = static_cast<std::uint64_t>(i < b.n_ ? b.w_[i] : 0u) + borrow;
            borrow = w_[i] < sub ? 1u : 0u;
            w_[i] = static_cast<std::uint32_t>(
                (static_cast<std::uint64_t>(w_[i]) + (static_cast<std::uint64_t>(borrow) << 32)) -
                sub);
        }
        DBI_ASSERT(borrow == 0);
        while (n_ > 0 && w_[n_ - 1] == 0) --n_;
    }

    friend int compare(const Big& a, const Big& b) {
        if (a.n_ != b.n_) return a.n_ < b.n_ ? -1 : 1;
        for (std::size_t i = a.n_; i-- > 0;)
            if (a.w_[i] != b.w_[i]) return a.w_[i] < b.w_[i] ? -1 : 1;
        return 0;
    }

private:
    void push(std::uint32_t word) {
        DBI_ASSERT(n_ < kWords);
        w_[n_++] = word;
    }

    std::uint32_t w_[kWords] = {};
    std::size_t n_ = 0;  // words in use; w_[n_-1] != 0 when n_ > 0
};

Big sum(const Big& a, const Big& b) {
    Big s = a;
    s.add(b);
    return s;
}

// v = 0.d1 d2 … d_count × 10^point, d1 != 0, count <= 17.
struct Digits {
    char d[20];
    int count = 0;
    int point = 0;
};

// Shortest digits of a finite v > 0 that read back as v; among those, the closest to v,
// ties to an even last digit — exactly ECMAScript's Number::toString choice of n, k, s.
Digits shortest_digits(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    const std::uint64_t frac = bits & ((std::uint64_t{1} << 52) - 1);
    const int biased = static_cast<int>((bits >> 52) & 0x7FF);
    const std::uint64_t f = biased == 0 ? frac : (frac | (std::uint64_t{1} << 52));
    const int e = biased == 0 ? -1074 : biased - 1075;
    // At a power of two (other than the smallest normal) the gap below is half the gap above.
    const bool unequal_gaps = frac == 0 && biased > 1;
    // Round-half-even reading: an interval end is itself read back as v when f is even.
    const bool ends_ok = (f & 1) == 0;

    // v = r/s, upper end = (r + mp)/s, lower end = (r - mm)/s.
    Big r(f), s, mp, mm;
    if (e >= 0) {
        if (!unequal_gaps) {
            r.shl(e + 1);
            s = Big(2);
            mp = Big(1);
            mp.shl(e);
            mm = mp;
        } else {
            r.shl(e + 2);
            s = Big(4);
            mp = Big(1);
            mp.shl(e + 1);
            mm = Big(1);
            mm.shl(e);
        }
    } else {
        if (!unequal_gaps) {
            r.shl(1);
            s = Big(1);
            s.shl(1 - e);
            mp = Big(1);
            mm = Big(1);
        } else {
            r.shl(2);
            s = Big(1);
            s.shl(2 - e);
            mp = Big(2);
            mm = Big(1);
        }
    }

    // Estimate k = ceil(log10(upper end)) from the binary exponent (78913 / 2^18 ≈ log10 2),
    // then correct it exactly below; the estimate is off by at most one.
    int bitlen = 0;
    for (std::uint64_t t = f; t != 0; t >>= 1) ++bitlen;
    const std::int64_t scaled = static_cast<std::int64_t>(e + bitlen - 1) * 78913;
    int k = static_cast<int>(scaled >= 0 ? scaled / 262144 : -((-scaled + 262143) / 262144)) + 1;
    if (k >= 0) {
        s.mul_pow10(k);
    } else {
        r.mul_pow10(-k);
        mp.mul_pow10(-k);
        mm.mul_pow10(-k);
    }
    // k is right when the upper end is below 10^k (at most 10^k when that end is not read
    // back as v) but not below 10^(k-1): then the first digit is 1…9.
    auto above_or_at_one = [&](const Big& hi, const Big& den) {
        int c = compare(hi, den);
        return ends_ok ? c >= 0 : c > 0;
    };
    while (above_or_at_one(sum(r, mp), s)) {
        s.mul_small(10);
        ++k;
    }
    for (;;) {
        Big hi10 = sum(r, mp);
        hi10.mul_small(10);
        if (above_or_at_one(hi10, s)) break;
        r.mul_small(10);
        mp.mul_small(10);
        mm.mul_small(10);
        --k;
    }

    Digits out;
    out.point = k;
    for (;;) {
        r.mul_small(10);
        mp.mul_small(10);
        mm.mul_small(10);
        int digit = 0;
        while (compare(r, s) >= 0) {
            r.sub(s);
            ++digit;
        }
        const int c_low = compare(r, mm);
        const bool low_done = ends_ok ? c_low <= 0 : c_low < 0;  // prefix·10^j reads back as v
        const bool high_done = above_or_at_one(sum(r, mp), s);   // (prefix+1)·10^j does
        if (low_done && high_done) {
            Big twice = r;
            twice.shl(1);
            const int c = compare(twice, s);
            if (c > 0 || (c == 0 && digit % 2 == 1)) ++digit;
        } else if (high_done) {
            ++digit;
        }
        DBI_ASSERT(digit <= 9 && out.count < 17);
        out.d[out.count++] = static_cast<char>('0' + digit);
        if (low_done || high_done) break;
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------

// Appends `s` as a JCS string literal. Returns false (bad_at = offset of the offending byte)
// when `s` is not valid UTF-8: overlong forms, surrogates and values above U+10FFFF included.
bool append_string(std::string& out, std::string_view s, std::size_t& bad_at) {
    static constexpr char kHex[] = "0123456789abcdef";
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    out += '"';
    std::size_t i = 0;
    while (i < n) {
        const unsigned c = p[i];
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case 0x08: out += "\\b"; break;
                case 0x09: out += "\\t"; break;
                case 0x0A: out += "\\n"; break;
                case 0x0C: out += "\\f"; break;
                case 0x0D: out += "\\r"; break;
                default:
                    if (c < 0x20) {
                        out += "\\u00";
                        out += kHex[c >> 4];
                        out += kHex[c & 0xF];
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        std::size_t len;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else { bad_at = i; return false; }
        if (i + len > n) { bad_at = i; return false; }
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) { bad_at = i; return false; }
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF)) {
            bad_at = i;
            return false;
        }
        out.append(s.data() + i, len);
        i += len;
    }
    out += '"';
    return true;
}

// Member names compare by UTF-16 code units (RFC 8785 §3.2.3). UTF-8 byte order equals code
// point order, which differs from UTF-16 order only when a code point above U+FFFF (a
// surrogate pair, D800–DFFF) meets one in E000–FFFF; so the key maps each code point to the
// UTF-16 units it would have. Input is valid UTF-8 (checked before sorting).
std::u16string utf16_key(std::string_view s) {
    std::u16string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned c = p[i];
        std::uint32_t cp;
        std::size_t len;
        if (c < 0x80) { cp = c; len = 1; }
        else if (c < 0xE0) { cp = c & 0x1Fu; len = 2; }
        else if (c < 0xF0) { cp = c & 0x0Fu; len = 3; }
        else { cp = c & 0x07u; len = 4; }
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        i += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (cp >> 10));
            out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// The writer
// ---------------------------------------------------------------------------------------

class Writer {
public:
    bool write(const Json& v, std::size_t depth) {
        switch (v.type()) {
            case Json::value_t::null: out_ += "null"; return true;
            case Json::value_t::boolean:
                out_ += *v.get_ptr<const Json::boolean_t*>() ? "true" : "false";
                return true;
            case Json::value_t::number_integer: {
                const std::int64_t i = *v.get_ptr<const Json::number_integer_t*>();
                if (i > kMaxSafeInteger || i < -kMaxSafeInteger)
                    return fail(make_diag("DBI-JCS-002", path_, {std::to_string(i)}));
                out_ += std::to_string(i);
                return true;
            }
            case Json::value_t::number_unsigned: {
                const std::uint64_t u = *v.get_ptr<const detail::Json::number_unsigned_t*>();
                if (u > static_cast<std::uint64_t>(kMaxSafeInteger))
                    return fail(make_diag("DBI-JCS-002", path_, {std::to_string(u)}));
                out_ += std::to_string(u);
                return true;
            }
            case Json::value_t::number_float: {
                const double d = *v.get_ptr<const Json::number_float_t*>();
                if (!(d - d == 0.0)) return fail(make_diag("DBI-JCS-001", path_));  // NaN, ±Inf
                append_es_number(out_, d);
                return true;
            }
            case Json::value_t::string: return write_string(*v.get_ptr<const Json::string_t*>());
            case Json::value_t::array: return write_array(v, depth);
            case Json::value_t::object: return write_object(v, depth);
            default: return fail(make_diag("DBI-JCS-003", path_, {v.type_name()}));
        }
    }

    std::string& out() { return out_; }
    std::optional<Diagnostic>& error() { return error_; }

private:
    bool fail(Diagnostic d) {
        error_ = std::move(d);
        return false;
    }

    bool write_string(std::string_view s) {
        std::size_t bad_at = 0;
        if (!append_string(out_, s, bad_at))
            return fail(make_diag("DBI-UTF-001", path_, {std::to_string(bad_at)}));
        return true;
    }

    bool enter(std::size_t depth) {
        if (depth >= kMaxCanonicalDepth)
            return fail(make_diag("DBI-JSON-008", path_, {std::to_string(kMaxCanonicalDepth)}));
        return true;
    }

    bool write_array(const Json& v, std::size_t depth) {
        if (!enter(depth)) return false;
        const auto& items = *v.get_ptr<const Json::array_t*>();
        const std::size_t base = path_.size();
        out_ += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i != 0) out_ += ',';
            path_ = pointer_join(path_, i);
            if (!write(items[i], depth + 1)) return false;
            path_.resize(base);
        }
        out_ += ']';
        return true;
    }

    bool write_object(const Json& v, std::size_t depth) {
        if (!enter(depth)) return false;
        const auto& members = *v.get_ptr<const Json::object_t*>();
        struct Member {
            std::u16string key16;
            const std::string* key;
            const Json* value;
        };
        std::vector<Member> sorted;
        sorted.reserve(members.size());
        for (const auto& [key, value] : members) {
            // Validate before building the sort key, which assumes valid UTF-8.
            std::string scratch;
            std::size_t bad_at = 0;
            if (!append_string(scratch, key, bad_at))
                return fail(make_diag("DBI-UTF-001", pointer_join(path_, key),
                                      {std::to_string(bad_at)}));
            sorted.push_back(Member{utf16_key(key), &key, &value});
        }
        std::sort(sorted.begin(), sorted.end(),
                  [](const Member& a, const Member& b) { return a.key16 < b.key16; });
        const std::size_t base = path_.size();
        out_ += '{';
        bool first = true;
        for (const Member& m : sorted) {
            if (!first) out_ += ',';
            first = false;
            std::size_t unused = 0;
            append_string(out_, *m.key, unused);
            out_ += ':';
            path_ = pointer_join(path_, *m.key);
            if (!write(*m.value, depth + 1)) return false;
            path_.resize(base);
        }
        out_ += '}';
        return true;
    }

    std::string out_;
    std::string path_;  // JSON Pointer of the value being written
    std::optional<Diagnostic> error_;
};

}  // namespace

void append_es_number(std::string& out, double value) {
    DBI_ASSERT(value - value == 0.0);
    if (value == 0.0) {  // +0 and -0 alike (ECMAScript: "0")
        out += '0';
        return;
    }
    if (value < 0) {
        out += '-';
        value = -value;
    }
    const Digits dg = shortest_digits(value);
    const int k = dg.count;
    const int n = dg.point;  // value = 0.d1…dk × 10^n = d1…dk × 10^(n−k)
    const std::string_view digits(dg.d, static_cast<std::size_t>(k));
    if (k <= n && n <= 21) {  // integer: digits then n−k zeros
        out += digits;
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {  // point inside the digits
        out += digits.substr(0, static_cast<std::size_t>(n));
        out += '.';
        out += digits.substr(static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {  // 0.000ddd
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += digits;
    } else {  // d.ddde±x
        const int exp10 = n - 1;
        out += digits[0];
        if (k > 1) {
            out += '.';
            out += digits.substr(1);
        }
        out += 'e';
        out += exp10 < 0 ? '-' : '+';
        out += std::to_string(exp10 < 0 ? -exp10 : exp10);
    }
}

Result<std::string> write_canonical(const Json& value) noexcept {
    Writer w;
    if (!w.write(value, 0)) return Result<std::string>::fail(std::move(*w.error()));
    return Result<std::string>::ok(std::move(w.out()));
}

}  // namespace detail

namespace {

// RFC 8785 reads every number of a JSON text as an IEEE double, and its output spells a double
// of 2^53 and above with integer digits ("100000000000000000" for 1E17). nlohmann keeps such
// literals as 64-bit integers, which write_canonical refuses, so on the text path an integer
// literal beyond ±(2^53−1) becomes a double when nothing is lost by it: when its value is
// exactly a double (2^60) or the literal is already the canonical spelling of one
// ("1152921504606847000"). That keeps canonicalize_json idempotent. Any other such literal
// ("9007199254740993", which a double would silently turn into …992) is DBI-JCS-002: a
// signature must not cover a number that differs from the one written.
bool widen_large_integers(detail::Json& v, std::string& path, std::optional<Diagnostic>& error) {
    if (v.is_object() || v.is_array()) {
        const std::size_t base = path.size();
        if (v.is_object()) {
            for (auto& [key, child] : *v.get_ptr<detail::Json::object_t*>()) {
                path = pointer_join(path, key);
                if (!widen_large_integers(child, path, error)) return false;
                path.resize(base);
            }
        } else {
            auto& items = *v.get_ptr<detail::Json::array_t*>();
            for (std::size_t i = 0; i < items.size(); ++i) {
                path = pointer_join(path, i);
                if (!widen_large_integers(items[i], path, error)) return false;
                path.resize(base);
            }
        }
        return true;
    }
    std::uint64_t magnitude = 0;
    bool negative = false;
    if (v.is_number_unsigned()) {
        magnitude = *v.get_ptr<const detail::Json::number_unsigned_t*>();
    } else if (v.is_number_integer()) {
        const std::int64_t i = *v.get_ptr<const detail::Json::number_integer_t*>();
        negative = i < 0;
        magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(i)
                             : static_cast<std::uint64_t>(i);
    } else {
        return true;
    }
    if (magnitude <= static_cast<std::uint64_t>(detail::kMaxSafeInteger)) return true;
    const double d = static_cast<double>(magnitude);  // round to nearest, ties to even
    const bool exact = d < 18446744073709551616.0 && static_cast<std::uint64_t>(d) == magnitude;
    std::string spelled;
    detail::append_es_number(spelled, d);
    const std::string digits = std::to_string(magnitude);
    if (!exact && spelled != digits) {
        error = make_diag("DBI-JCS-002", path, {(negative ? "-" : "") + digits});
        return false;
    }
    v = negative ? -d : d;
    return true;
}

}  // namespace

Result<std::string> canonicalize_json(std::string_view json_text) noexcept {
    auto parsed = detail::parse_strict(json_text);
    if (!parsed) return Result<std::string>::fail(parsed.diagnostics());
    std::string path;
    std::optional<Diagnostic> error;
    if (!widen_large_integers(parsed.value(), path, error))
        return Result<std::string>::fail(std::move(*error));
    return detail::write_canonical(parsed.value());
}

Result<std::string> canonical_number(double value) noexcept {
    if (!(value - value == 0.0)) return Result<std::string>::fail(make_diag("DBI-JCS-001", ""));
    std::string out;
    detail::append_es_number(out, value);
    return Result<std::string>::ok(std::move(out));
}

}  // namespace dbi
