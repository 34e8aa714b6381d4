// Tests of dbi/unicode.hpp: UTF-8 validation and NFC.
//
// Expected results come from outside the implementation: Vietnamese letters are written as
// precomposed literals, the rest from the Unicode standard's examples, and the conformance
// vectors (tests/data/nfc_vectors.txt) from Python's unicodedata.normalize('NFC', …).
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "dbi/unicode.hpp"
#include "test_support.hpp"

namespace {

// UTF-8 of code points, written independently of core's encoder.
std::string utf8(std::initializer_list<char32_t> cps) {
    std::string out;
    for (char32_t cp : cps) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

std::string utf8(const std::vector<char32_t>& cps) {
    std::string out;
    for (char32_t cp : cps) out += utf8({cp});
    return out;
}

// Splits valid UTF-8 into the byte strings of its code points.
std::vector<std::string> split_code_points(const std::string& s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        out.push_back(s.substr(i, len));
        i += len;
    }
    return out;
}

// to_nfc that must succeed.
std::string nfc(const std::string& s) {
    auto r = dbi::to_nfc(s);
    REQUIRE(r.ok());
    return r.value();
}

constexpr char32_t kGrave = 0x0300, kAcute = 0x0301, kHook = 0x0309, kTilde = 0x0303,
                   kDotBelow = 0x0323;
constexpr char32_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;
// Vietnamese tones in the order of the rows below: huyền, sắc, hỏi, ngã, nặng.
constexpr char32_t kTones[5] = {kGrave, kAcute, kHook, kTilde, kDotBelow};

struct VietRow {
    char32_t base;      // ASCII vowel
    char32_t modifier;  // 0, breve, circumflex or horn
    const char* plain;  // the precomposed letter without tone ("" for plain ASCII vowels)
    const char* toned;  // the five precomposed toned letters, in kTones order
};

// "aăâeêioôơuưy" in lower and upper case.
const VietRow kVietRows[] = {
    {'a', 0, "", "àáảãạ"},
    {'a', kBreve, "ă", "ằắẳẵặ"},
    {'a', kCircumflex, "â", "ầấẩẫậ"},
    {'e', 0, "", "èéẻẽẹ"},
    {'e', kCircumflex, "ê", "ềếểễệ"},
    {'i', 0, "", "ìíỉĩị"},
    {'o', 0, "", "òóỏõọ"},
    {'o', kCircumflex, "ô", "ồốổỗộ"},
    {'o', kHorn, "ơ", "ờớởỡợ"},
    {'u', 0, "", "ùúủũụ"},
    {'u', kHorn, "ư", "ừứửữự"},
    {'y', 0, "", "ỳýỷỹỵ"},
    {'A', 0, "", "ÀÁẢÃẠ"},
    {'A', kBreve, "Ă", "ẰẮẲẴẶ"},
    {'A', kCircumflex, "Â", "ẦẤẨẪẬ"},
    {'E', 0, "", "ÈÉẺẼẸ"},
    {'E', kCircumflex, "Ê", "ỀẾỂỄỆ"},
    {'I', 0, "", "ÌÍỈĨỊ"},
    {'O', 0, "", "ÒÓỎÕỌ"},
    {'O', kCircumflex, "Ô", "ỒỐỔỖỘ"},
    {'O', kHorn, "Ơ", "ỜỚỞỠỢ"},
    {'U', 0, "", "ÙÚỦŨỤ"},
    {'U', kHorn, "Ư", "ỪỨỬỮỰ"},
    {'Y', 0, "", "ỲÝỶỸỴ"},
};

}  // namespace

TEST_CASE("nfc: every Vietnamese letter composes from NFD and mixed forms") {
    std::size_t letters = 0;
    for (const VietRow& row : kVietRows) {
        const auto toned = split_code_points(row.toned);
        REQUIRE(toned.size() == 5);
        if (row.modifier != 0) {
            const std::string plain_nfd = utf8({row.base, row.modifier});
            CHECK(nfc(plain_nfd) == row.plain);
            CHECK(dbi::is_nfc(row.plain));
            CHECK_FALSE(dbi::is_nfc(plain_nfd));
            ++letters;
        }
        for (std::size_t t = 0; t < 5; ++t) {
            const char32_t tone = kTones[t];
            const std::string& expected = toned[t];
            INFO("letter " << expected);
            ++letters;
            CHECK(dbi::is_nfc(expected));
            CHECK(nfc(expected) == expected);
            // Canonical NFD order: marks sorted by combining class (dot below 220 and horn
            // 216 come before the 230 marks; equal classes keep modifier-then-tone order).
            std::string nfd;
            if (row.modifier == 0) {
                nfd = utf8({row.base, tone});
            } else if (tone == kDotBelow && row.modifier != kHorn) {
                nfd = utf8({row.base, kDotBelow, row.modifier});
            } else {
                nfd = utf8({row.base, row.modifier, tone});
            }
            CHECK(nfc(nfd) == expected);
            CHECK_FALSE(dbi::is_nfc(nfd));
            if (row.modifier == 0) continue;
            // Modifier then tone, as IMEs type it (not canonical order for dot below).
            CHECK(nfc(utf8({row.base, row.modifier, tone})) == expected);
            // Different combining classes may come in either order.
            if (tone == kDotBelow || row.modifier == kHorn)
                CHECK(nfc(utf8({row.base, tone, row.modifier})) == expected);
            // Half-composed: the precomposed modified letter plus a combining tone.
            CHECK(nfc(std::string(row.plain) + utf8({tone})) == expected);
        }
    }
    CHECK(letters == 24 * 5 + 12);

    // đ/Đ have no decomposition: unchanged, already NFC.
    CHECK(nfc("\u0111\u0110") == "\u0111\u0110");
    CHECK(dbi::is_nfc("đĐ"));
}

TEST_CASE("nfc: Vietnamese words and sentences") {
    const std::string nfc_text =
        "Chuyển đổi số doanh nghiệp: Bộ chỉ số đánh giá mức độ trưởng thành — ỨNG DỤNG";
    CHECK(dbi::is_nfc(nfc_text));
    CHECK(nfc(nfc_text) == nfc_text);
    // "Việt Nam" typed as NFD, with the marks of ệ in both orders.
    const std::string viet = "Vi\u1EC7t Nam";
    CHECK(nfc("Vie\u0323\u0302t Nam") == viet);
    CHECK(nfc("Vie\u0302\u0323t Nam") == viet);
    CHECK(nfc("Vi\u00EA\u0323t Nam") == viet);  // ê + dot below
    CHECK(nfc("Vi\u1EB9\u0302t Nam") == viet);  // ẹ + circumflex
    // ậ from dot below and circumflex in both orders.
    CHECK(nfc("a\u0323\u0302") == "\u1EAD");
    CHECK(nfc("a\u0302\u0323") == "\u1EAD");
    // Same-class marks do not commute: "a" + grave + circumflex is à followed by a
    // circumflex, not ầ (the circumflex is blocked by the grave).
    CHECK(nfc("a\u0300\u0302") == "\u00E0\u0302");
    CHECK(dbi::is_nfc("\u00E0\u0302"));
    CHECK(nfc("a\u0302\u0300") == "\u1EA7");
}

TEST_CASE("nfc: composition exclusions and singletons") {
    // Singletons never recompose.
    CHECK(nfc("\u212B") == "\u00C5");  // ANGSTROM SIGN -> A WITH RING ABOVE
    CHECK(nfc("\u2126") == "\u03A9");  // OHM SIGN -> GREEK CAPITAL OMEGA
    CHECK(nfc("\u212A") == "K");       // KELVIN SIGN
    CHECK(nfc("\u037E") == ";");       // GREEK QUESTION MARK
    CHECK(nfc("\u0340") == "\u0300");  // COMBINING GRAVE TONE MARK
    CHECK(nfc("A\u030A") == "\u00C5");
    CHECK_FALSE(dbi::is_nfc("\u212B"));
    // Script-specific exclusions (CompositionExclusions.txt) stay decomposed.
    CHECK(nfc("\u0958") == "\u0915\u093C");  // DEVANAGARI LETTER QA
    CHECK(nfc("\u0915\u093C") == "\u0915\u093C");
    CHECK(nfc("\uFB1F") == "\u05F2\u05B7");  // HEBREW LIGATURE YIDDISH YOD YOD PATAH
    CHECK(nfc("\u2ADC") == "\u2ADD\u0338");  // FORKING (post-composition-version exclusion)
    CHECK(nfc("\U0001D15E") == "\U0001D157\U0001D165");  // MUSICAL SYMBOL HALF NOTE
    // Non-starter decompositions.
    CHECK(nfc("\u0344") == "\u0308\u0301");
    CHECK(nfc("\u0F73") == "\u0F71\u0F72");
    CHECK_FALSE(dbi::is_nfc("\u0958"));
    CHECK_FALSE(dbi::is_nfc("\u0344"));
    // Multi-level decomposition that recomposes: U+1E69 s with dot below and dot above.
    CHECK(nfc("s\u0323\u0307") == "\u1E69");
    CHECK(nfc("s\u0307\u0323") == "\u1E69");
    CHECK(nfc("\u1E0B\u0323") == "\u1E0D\u0307");  // UAX #15 example: ḋ + dot below
    // Greek: U+1F71 (oxia) is a singleton to U+03AC (tonos).
    CHECK(nfc("\u1F71") == "\u03AC");
    CHECK(nfc("\u03B1\u0301") == "\u03AC");
    // Compatibility characters are not touched by NFC.
    CHECK(nfc("\uFB01\u2460\u00BD") == "\uFB01\u2460\u00BD");
}

TEST_CASE("nfc: Hangul composes algorithmically") {
    CHECK(nfc("\u1100\u1161") == "\uAC00");                // 가
    CHECK(nfc("\u1100\u1161\u11A8") == "\uAC01");          // 각
    CHECK(nfc("\uAC00\u11A8") == "\uAC01");                // LV + T
    CHECK(nfc("\u1112\u1161\u11AB") == "\uD55C");          // 한
    CHECK(nfc("\u1112\u1175\u11C2") == "\uD7A3");          // the last syllable
    CHECK(nfc("\uAC01\u11A8") == "\uAC01\u11A8");          // LVT + T does not compose
    CHECK(nfc("\u1100\u1161\u11A7") == "\uAC00\u11A7");    // U+11A7 is not a trailing jamo
    CHECK(nfc("\u1100\u0300\u1161") == "\u1100\u0300\u1161");  // blocked by a mark
    CHECK(nfc("\uD55C\uAD6D\uC5B4") == "\uD55C\uAD6D\uC5B4");
    CHECK(dbi::is_nfc("\uD55C\uAD6D\uC5B4"));
    CHECK_FALSE(dbi::is_nfc("\u1112\u1161\u11AB"));
}

TEST_CASE("nfc: canonical ordering of many marks") {
    // Marks of classes 230 (acute), 220 (dot below), 202 (cedilla) in reverse order.
    CHECK(nfc("c\u0301\u0323\u0327") == "\u1E09\u0323");  // ḉ (c cedilla acute) + dot below
    // A long run of alternating marks (hostile input): the 220s sort before the 230s
    // stably, the first dot below composes with "a" and everything else stays.
    std::string in = "a";
    std::string expected = "\u1EA1";  // ạ
    for (int i = 0; i < 1000; ++i) in += "\u0301\u0323";
    for (int i = 0; i < 999; ++i) expected += "\u0323";
    for (int i = 0; i < 1000; ++i) expected += "\u0301";
    CHECK(nfc(in) == expected);
    CHECK(dbi::is_nfc(expected));
    CHECK_FALSE(dbi::is_nfc(in));
    // A leading non-starter stays in place and composes with nothing.
    CHECK(nfc("\u0301a") == "\u0301a");
    CHECK(nfc("\u0323\u0301\u0302") == "\u0323\u0301\u0302");
    CHECK(nfc("\u0301\u0323") == "\u0323\u0301");
}

TEST_CASE("utf8: validation and DBI-UTF-001") {
    CHECK(dbi::is_valid_utf8(""));
    CHECK(dbi::is_valid_utf8("plain ASCII"));
    CHECK(dbi::is_valid_utf8("ti\xE1\xBA\xBFng Vi\xE1\xBB\x87t"));
    CHECK(dbi::is_valid_utf8("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80"));
    CHECK(dbi::is_valid_utf8("\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"));

    struct Bad {
        std::string text;
        const char* byte;  // expected offset of the first ill-formed sequence
    };
    const Bad bad[] = {
        {"\x80", "0"},                       // lone continuation
        {"ab\xFF", "2"},                     // never valid
        {"\xC0\xAF", "0"},                   // overlong "/"
        {"\xC1\xBF", "0"},                   // overlong
        {"x\xE0\x9F\xBF", "1"},              // overlong 3-byte
        {"\xF0\x8F\xBF\xBF", "0"},           // overlong 4-byte
        {"ok\xED\xA0\x80", "2"},             // surrogate U+D800
        {"\xED\xBF\xBF", "0"},               // surrogate U+DFFF
        {"\xF4\x90\x80\x80", "0"},           // U+110000
        {"\xF5\x80\x80\x80", "0"},           // lead byte > F4
        {"Vi\xE1\xBB", "2"},                 // truncated at the end
        {"\xE1\xBB" "a", "0"},               // truncated before ASCII
        {"\xC3\xA0\xC3", "2"},               // valid then truncated
        {std::string("a\0\xC3", 3), "2"},    // NUL is valid; truncated after it
    };
    for (const Bad& b : bad) {
        INFO("case at byte " << b.byte);
        CHECK_FALSE(dbi::is_valid_utf8(b.text));
        CHECK_FALSE(dbi::is_nfc(b.text));
        auto r = dbi::to_nfc(b.text);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.diagnostics().size() == 1);
        CHECK(r.diagnostics()[0].code == "DBI-UTF-001");
        REQUIRE(r.diagnostics()[0].args.size() == 1);
        CHECK(r.diagnostics()[0].args[0] == b.byte);
    }
}

TEST_CASE("nfc: is_nfc, fast path and idempotence") {
    CHECK(dbi::is_nfc(""));
    CHECK(nfc("") == "");
    CHECK(dbi::is_nfc("ASCII only, 0123456789 ~"));
    CHECK(dbi::is_nfc(std::string("a\0b", 3)));
    CHECK(nfc(std::string("a\0b", 3)) == std::string("a\0b", 3));
    CHECK(dbi::is_nfc("\u00C5\u1EBF\u4E2D\U0001F600"));
    CHECK_FALSE(dbi::is_nfc("e\u0302\u0301"));
    // A Maybe character that does not compose is still NFC.
    CHECK(dbi::is_nfc("x\u0301"));
    CHECK(dbi::is_nfc("\u0B47\u0B3E") == false);  // composes to U+0B4B
    CHECK(nfc("\u0B47\u0B3E") == "\u0B4B");
    const std::string mixed =
        "Ph\u01B0\u01A1\u0300ng a\u0301n ve\u0302\u0300 \u212B nh\u00E2n l\u01B0\u0323c";
    const std::string once = nfc(mixed);
    CHECK(once == "Ph\u01B0\u1EDDng \u00E1n v\u1EC1 \u00C5 nh\u00E2n l\u1EF1c");
    CHECK(nfc(once) == once);
    CHECK(dbi::is_nfc(once));
}

TEST_CASE("unicode: version and code point counting") {
    CHECK(dbi::unicode_version() == "14.0.0");
    CHECK(dbi::count_code_points("") == 0);
    CHECK(dbi::count_code_points("Vi\u1EC7t Nam") == 8);
    CHECK(dbi::count_code_points("Vie\u0323\u0302t Nam") == 10);
    CHECK(dbi::count_code_points("\U0001F600\u00E9a") == 3);
    CHECK(dbi::count_code_points(nfc("Vie\u0323\u0302t Nam")) == 8);
}

TEST_CASE("nfc: conformance vectors generated from Python unicodedata") {
    const std::string data = dbi::test::read_source_file("tests/data/nfc_vectors.txt");
    std::size_t lines = 0, failures = 0;
    bool version_seen = false;

    // Space-separated hex code points; clears `ok` on a malformed field (no std::stoul:
    // exceptions abort in the wasm build).
    auto parse_hex = [](const std::string& field, bool& ok) {
        std::vector<char32_t> cps;
        bool in_token = false;
        for (const char c : field) {
            if (c == ' ') {
                in_token = false;
                continue;
            }
            int digit = -1;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            if (digit < 0) ok = false;
            if (!in_token) cps.push_back(0);
            in_token = true;
            cps.back() = cps.back() * 16 + static_cast<char32_t>(digit & 0xF);
        }
        return cps;
    };

    std::size_t pos = 0;
    while (pos < data.size()) {
        std::size_t eol = data.find('\n', pos);
        if (eol == std::string::npos) eol = data.size();
        const std::string line = data.substr(pos, eol - pos);
        pos = eol + 1;
        if (line.empty() || line[0] == '#') continue;
        if (line.rfind("@unicode ", 0) == 0) {
            // The vectors and the tables must come from the same Unicode version.
            CHECK(line.substr(9) == dbi::unicode_version());
            version_seen = true;
            continue;
        }
        const std::size_t semi = line.find(';');
        REQUIRE(semi != std::string::npos);
        bool parsed = true;
        const std::string input = utf8(parse_hex(line.substr(0, semi), parsed));
        const std::string expected = utf8(parse_hex(line.substr(semi + 1), parsed));
        ++lines;
        const auto r = dbi::to_nfc(input);
        const auto again = dbi::to_nfc(expected);  // idempotence
        const bool ok = parsed && !input.empty() && r.ok() && r.value() == expected &&
                        again.ok() && again.value() == expected && dbi::is_nfc(expected) &&
                        dbi::is_nfc(input) == (input == expected);
        if (!ok && ++failures <= 20) FAIL_CHECK("vector failed: " << line);
    }
    CHECK(version_seen);
    CHECK(failures == 0);
    CHECK(lines > 10000);
}
