// RFC 8785 canonical JSON. Expected outputs come from RFC 8785 itself (§3.2.2, §3.2.3,
// Appendix B) and, for the extra number rows, from ECMAScript's Number.prototype.toString as
// printed by node (V8) — never from this implementation.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "../../core/src/canonical_json_impl.hpp"
#include "dbi/canonical_json.hpp"
#include "test_support.hpp"

namespace {

double from_bits(std::uint64_t bits) {
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

std::uint64_t to_bits(double d) {
    std::uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

std::string canon(std::string_view text) {
    auto r = dbi::canonicalize_json(text);
    REQUIRE_MESSAGE(r.ok(), "canonicalize_json failed: "
                                << (r.ok() ? std::string() : r.diagnostics()[0].code));
    return r.value();
}

std::string error_code(std::string_view text) {
    auto r = dbi::canonicalize_json(text);
    if (r.ok()) return "ok: " + r.value();
    return r.diagnostics().at(0).code;
}

std::string number(double d) {
    auto r = dbi::canonical_number(d);
    REQUIRE(r.ok());
    return r.value();
}

struct NumberRow {
    std::uint64_t bits;
    const char* expected;
};

}  // namespace

TEST_CASE("jcs: RFC 8785 §3.2.2 sample") {
    const std::string input = R"json({
  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
})json";
    const std::string expected =
        R"json({"literals":[null,true,false],)json"
        R"json("numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":")json"
        "\xe2\x82\xac"
        R"json($\u000f\nA'B\"\\\\\"/"})json";
    CHECK(canon(input) == expected);
}

TEST_CASE("jcs: RFC 8785 §3.2.3 member sorting by UTF-16 code units") {
    const std::string input = R"json({
  "\u20ac": "Euro Sign",
  "\r": "Carriage Return",
  "\ufb33": "Hebrew Letter Dalet With Dagesh",
  "1": "One",
  "\ud83d\ude00": "Emoji: Grinning Face",
  "\u0080": "Control",
  "\u00f6": "Latin Small Letter O With Diaeresis"
})json";
    // U+1F600 (surrogates D83D DE00) sorts before U+FB33 in UTF-16, after it in UTF-8.
    const std::string expected = std::string("{") +
                                 "\"\\r\":\"Carriage Return\"," +
                                 "\"1\":\"One\"," +
                                 "\"\xc2\x80\":\"Control\"," +
                                 "\"\xc3\xb6\":\"Latin Small Letter O With Diaeresis\"," +
                                 "\"\xe2\x82\xac\":\"Euro Sign\"," +
                                 "\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\"," +
                                 "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"" + "}";
    CHECK(canon(input) == expected);
}

TEST_CASE("jcs: RFC 8785 Appendix B number serialisation table, every row") {
    const NumberRow rows[] = {
        {0x0000000000000000, "0"},
        {0x8000000000000000, "0"},
        {0x0000000000000001, "5e-324"},
        {0x8000000000000001, "-5e-324"},
        {0x7fefffffffffffff, "1.7976931348623157e+308"},
        {0xffefffffffffffff, "-1.7976931348623157e+308"},
        {0x4340000000000000, "9007199254740992"},
        {0xc340000000000000, "-9007199254740992"},
        {0x4430000000000000, "295147905179352830000"},
        {0x44b52d02c7e14af5, "9.999999999999997e+22"},
        {0x44b52d02c7e14af6, "1e+23"},
        {0x44b52d02c7e14af7, "1.0000000000000001e+23"},
        {0x444b1ae4d6e2ef4e, "999999999999999700000"},
        {0x444b1ae4d6e2ef4f, "999999999999999900000"},
        {0x444b1ae4d6e2ef50, "1e+21"},
        {0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
        {0x3eb0c6f7a0b5ed8d, "0.000001"},
        {0x41b3de4355555553, "333333333.3333332"},
        {0x41b3de4355555554, "333333333.33333325"},
        {0x41b3de4355555555, "333333333.3333333"},
        {0x41b3de4355555556, "333333333.3333334"},
        {0x41b3de4355555557, "333333333.33333343"},
        {0xbecbf647612f3696, "-0.0000033333333333333333"},
        {0x43143ff3c1cb0959, "1424953923781206.2"},  // round to even
    };
    for (const NumberRow& row : rows) {
        INFO("bits " << row.bits);
        CHECK(number(from_bits(row.bits)) == row.expected);
    }
    // The table's NaN and Infinity rows: no JSON form.
    for (std::uint64_t bits :
         {0x7fffffffffffffffull, 0x7ff0000000000000ull, 0xfff0000000000000ull}) {
        auto r = dbi::canonical_number(from_bits(bits));
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics()[0].code == "DBI-JCS-001");
    }
}

TEST_CASE("jcs: ECMAScript thresholds and ties (expected values from node's String(x))") {
    const NumberRow rows[] = {
        {0x444b1ae4d6e2ef50, "1e+21"},
        {0x4415af1d78b58c40, "100000000000000000000"},  // 1e20: last plain-integer decade
        {0x441ac53a7e04bcda, "123456789012345680000"},
        {0x3e7ad7f29abcaf48, "1e-7"},
        {0xbe7ad7f29abcaf48, "-1e-7"},
        {0x3ea0c6f7a0b5ed8d, "5e-7"},
        {0x3eb0c6f7a0b5ed8d, "0.000001"},
        {0x3ee4f8b588e368f1, "0.00001"},
        {0x3fb999999999999a, "0.1"},
        {0x3fd3333333333333, "0.3"},
        {0x3fe5555555555555, "0.6666666666666666"},
        {0x3fe0000000000000, "0.5"},
        {0xbff8000000000000, "-1.5"},
        {0x4012000000000000, "4.5"},
        {0x4059000000000000, "100"},
        {0x4340000000000001, "9007199254740994"},
        {0x4310000000000001, "1125899906842624.2"},  // 2^50 + 0.25: .2 and .3 equally close
        {0x4310000000000003, "1125899906842624.8"},  // 2^50 + 0.75: .7 and .8 equally close
        {0x3c36b082c2148b8e, "1.23e-18"},
        {0x0010000000000000, "2.2250738585072014e-308"},  // smallest normal
        {0x0000000000000003, "1.5e-323"},
        {0x7e6ddd4baa009303, "1e+301"},
    };
    for (const NumberRow& row : rows) {
        INFO("bits " << row.bits);
        CHECK(number(from_bits(row.bits)) == row.expected);
    }
    CHECK(number(-0.0) == "0");
}

// Splits an ECMAScript number string into its significant digits and the exponent e such
// that |x| = digits × 10^e.
static void split_number(const std::string& s, std::string& digits, int& exp10) {
    std::size_t i = s[0] == '-' ? 1 : 0;
    std::string mant = s.substr(i);
    exp10 = 0;
    const std::size_t e = mant.find('e');
    if (e != std::string::npos) {
        exp10 = std::atoi(mant.c_str() + e + 1);  // atoi reads the '+' or '-' sign
        mant.resize(e);
    }
    const std::size_t dot = mant.find('.');
    if (dot != std::string::npos) {
        exp10 -= static_cast<int>(mant.size() - dot - 1);
        mant.erase(dot, 1);
    }
    const std::size_t first = mant.find_first_not_of('0');
    digits = mant.substr(first);
    while (digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        ++exp10;
    }
}

TEST_CASE("jcs: numbers read back exactly, and no shorter digit string would") {
    // Deterministic spread over all bit patterns (xorshift64), plus subnormals and integers.
    std::uint64_t state = 0x9e3779b97f4a7c15ull;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    int checked = 0;
    for (int i = 0; i < 4000; ++i) {
        std::uint64_t bits = next();
        if (i % 4 == 1) bits &= 0x800fffffffffffffull;  // subnormal
        double x = from_bits(bits);
        if (i % 4 == 2) x = static_cast<double>(static_cast<std::int64_t>(bits >> 11)) * 1e-3;
        if (!std::isfinite(x) || x == 0) continue;
        const std::string s = number(x);
        INFO("x bits " << to_bits(x) << " -> " << s);
        // Read back with the C library, independently of the implementation.
        REQUIRE(to_bits(std::strtod(s.c_str(), nullptr)) == to_bits(x));
        // Shortest: with one digit fewer, neither neighbour reads back as x.
        std::string digits;
        int exp10 = 0;
        split_number(s, digits, exp10);
        CHECK(digits.size() <= 17);
        if (digits.size() > 1) {
            std::string lower = digits.substr(0, digits.size() - 1);
            std::string upper = lower;
            std::size_t at = upper.size();
            while (at > 0 && upper[at - 1] == '9') upper[--at] = '0';
            if (at == 0) upper.insert(0, "1");
            else ++upper[at - 1];
            const std::string sign = x < 0 ? "-" : "";
            for (const std::string& cand : {lower, upper}) {
                const std::string t = sign + cand + "e" + std::to_string(exp10 + 1);
                CHECK(to_bits(std::strtod(t.c_str(), nullptr)) != to_bits(x));
            }
        }
        // And the number text is a fixed point of the canonicaliser.
        CHECK(canon(s) == s);
        ++checked;
    }
    CHECK(checked > 3500);
}

TEST_CASE("jcs: string escaping per RFC 8785 §3.2.2.2") {
    // Every control character: \b \t \n \f \r by name, the rest as lowercase \u00xx.
    std::string input = "\"";
    std::string expected = "\"";
    for (int c = 0; c < 0x20; ++c) {
        char hex[] = "0123456789abcdef";
        input += "\\u00";
        input += hex[c >> 4];
        input += hex[c & 0xF];
        switch (c) {
            case 0x08: expected += "\\b"; break;
            case 0x09: expected += "\\t"; break;
            case 0x0A: expected += "\\n"; break;
            case 0x0C: expected += "\\f"; break;
            case 0x0D: expected += "\\r"; break;
            default:
                expected += "\\u00";
                expected += hex[c >> 4];
                expected += hex[c & 0xF];
        }
    }
    input += "\"";
    expected += "\"";
    CHECK(canon(input) == expected);
    CHECK(canon(R"("\u001F\u000B")") == R"("\u001f\u000b")");
    // Quote and backslash escaped; solidus, DEL and non-ASCII written raw.
    CHECK(canon(R"("\"\\\/\u007f")") == "\"\\\"\\\\/\x7f\"");
    CHECK(canon(R"("\u1ec7 \u0111\u00e3")") == "\"\xe1\xbb\x87 \xc4\x91\xc3\xa3\"");  // ệ đã
    CHECK(canon("\"\xe1\xbb\x87\"") == "\"\xe1\xbb\x87\"");
    CHECK(canon(R"("\ud83d\ude00")") == "\"\xf0\x9f\x98\x80\"");
    CHECK(canon(R"("\u2028\u2029")") == "\"\xe2\x80\xa8\xe2\x80\xa9\"");
    CHECK(canon(R"("")") == R"("")");
    // No Unicode normalisation: decomposed e + U+0302 + U+0323 stays as written.
    CHECK(canon(R"("e\u0302\u0323")") == "\"e\xcc\x82\xcc\xa3\"");
    // A lone surrogate escape is not a character.
    CHECK(error_code(R"("\ud800")") == "DBI-JSON-001");
}

TEST_CASE("jcs: whitespace, literals, empty containers and nested sorting") {
    CHECK(canon(" \n\t{ } ") == "{}");
    CHECK(canon("[ ]") == "[]");
    CHECK(canon(" [ null , true , false ] ") == "[null,true,false]");
    CHECK(canon(R"({"b":{"d":1,"c":[{"z":1,"y":{"q":2,"p":3}}]},"a":[3,2,1],"":0})") ==
          R"({"":0,"a":[3,2,1],"b":{"c":[{"y":{"p":3,"q":2},"z":1}],"d":1}})");
    // Sorting is by code units, not by length or case: "B" (0x42) < "a" (0x61) < "aa".
    CHECK(canon(R"({"aa":1,"a":2,"B":3})") == R"({"B":3,"a":2,"aa":1})");
    // Scalars at top level are documents too.
    CHECK(canon(" 42 ") == "42");
    CHECK(canon("\"x\"") == "\"x\"");
}

TEST_CASE("jcs: integers") {
    CHECK(canon("[0, -0, 7, -7, 9007199254740991, -9007199254740991]") ==
          "[0,0,7,-7,9007199254740991,-9007199254740991]");
    CHECK(canon("[1.0, 1.50, 10E2, -0.0, 1e-0]") == "[1,1.5,1000,0,1]");
    // Beyond ±(2^53−1) an integer literal is a double when that loses nothing…
    CHECK(canon("9007199254740992") == "9007199254740992");
    CHECK(canon("-9007199254740992") == "-9007199254740992");
    CHECK(canon("100000000000000000") == "100000000000000000");
    CHECK(canon("1152921504606846976") == "1152921504606847000");  // 2^60, exact
    CHECK(canon("1152921504606847000") == "1152921504606847000");  // its canonical spelling
    CHECK(canon("-9223372036854775808") == "-9223372036854776000");  // -2^63
    CHECK(canon("18446744073709552000") == "18446744073709552000");
    // …and an error when the double would differ from what is written.
    CHECK(error_code("9007199254740993") == "DBI-JCS-002");
    CHECK(error_code("-9007199254740993") == "DBI-JCS-002");
    CHECK(error_code("18446744073709551615") == "DBI-JCS-002");
    auto r = dbi::canonicalize_json(R"({"a":[1,{"b":9007199254740993}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics()[0].code == "DBI-JCS-002");
    CHECK(r.diagnostics()[0].pointer == "/a/1/b");
    CHECK(r.diagnostics()[0].args.at(0) == "9007199254740993");
}

TEST_CASE("jcs: strict parsing — duplicates, invalid UTF-8, syntax, depth") {
    CHECK(error_code(R"({"a":1,"a":2})") == "DBI-JSON-002");
    CHECK(error_code(R"({"a":1,"\u0061":2})") == "DBI-JSON-002");  // same key, spelled apart
    CHECK(error_code(R"({"x":{"k":1,"k":1}})") == "DBI-JSON-002");
    CHECK(error_code("\"\xc3\x28\"") == "DBI-UTF-001");          // bad continuation byte
    CHECK(error_code("\"\xc0\xaf\"") == "DBI-UTF-001");          // overlong '/'
    CHECK(error_code("\"\xed\xa0\x80\"") == "DBI-UTF-001");      // encoded surrogate
    CHECK(error_code("\"\xf4\x90\x80\x80\"") == "DBI-UTF-001");  // above U+10FFFF
    CHECK(error_code("{\"\xff\":1}") == "DBI-UTF-001");
    CHECK(error_code("") == "DBI-JSON-001");
    CHECK(error_code("[1,]") == "DBI-JSON-001");
    CHECK(error_code("{'a':1}") == "DBI-JSON-001");
    CHECK(error_code("[NaN]") == "DBI-JSON-001");
    CHECK(error_code("1e400") == "DBI-JSON-001");  // overflows a double
    CHECK(error_code("[1] [2]") == "DBI-JSON-001");
    CHECK(error_code("[01]") == "DBI-JSON-001");
    // 64 levels are allowed, 65 are not.
    const std::string deep64 = std::string(64, '[') + std::string(64, ']');
    CHECK(canon(deep64) == deep64);
    const std::string deep65 = std::string(65, '[') + std::string(65, ']');
    CHECK(error_code(deep65) == "DBI-JSON-008");
}

TEST_CASE("jcs: canonical output is a fixed point") {
    const std::vector<std::string> docs = {
        R"({"numbers":[333333333.33333329,1E30,4.50,2e-3,1e-27],"s":"\u20ac\u000f\/"})",
        R"({"\ufb33":1,"\ud83d\ude00":2,"\u00f6":[{"b":null,"a":1e21},1e-7,-0.0]})",
        R"([123456789012345680, 0.1, 1e+23, 5e-324, "\u0000", {"":{"":{}}}])",
        " { \"z\" : [ 1 , 2 ] , \"y\" : \"\\t\" } ",
    };
    for (const std::string& d : docs) {
        const std::string once = canon(d);
        CHECK(canon(once) == once);
    }
}

TEST_CASE("write_canonical: serialises a DOM built in code") {
    using nlohmann::json;
    json j = json::object();
    j["score"] = json::object({{"overall", 57}, {"level", 3}});
    j["ratio"] = 0.25;
    j["name"] = "C\xc3\xb4ng ty";  // Công ty
    j["flags"] = json::array({true, false, nullptr});
    j["big"] = static_cast<std::int64_t>(9007199254740991);
    j["neg"] = -12;
    j["u"] = static_cast<std::uint64_t>(7);
    auto r = dbi::detail::write_canonical(j);
    REQUIRE(r.ok());
    CHECK(r.value() ==
          "{\"big\":9007199254740991,\"flags\":[true,false,null],\"name\":\"C\xc3\xb4ng ty\","
          "\"neg\":-12,\"ratio\":0.25,\"score\":{\"level\":3,\"overall\":57},\"u\":7}");
    CHECK(canon(r.value()) == r.value());
}

TEST_CASE("write_canonical: values without an I-JSON form fail with a pointer") {
    using nlohmann::json;
    auto code_at = [](const json& j, const char* code, const char* pointer) {
        auto r = dbi::detail::write_canonical(j);
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics()[0].code == code);
        CHECK(r.diagnostics()[0].pointer == pointer);
        return r.diagnostics()[0];
    };
    json nan = json::object({{"a", json::array({1, std::numeric_limits<double>::quiet_NaN()})}});
    code_at(nan, "DBI-JCS-001", "/a/1");
    json inf = json::array({std::numeric_limits<double>::infinity()});
    code_at(inf, "DBI-JCS-001", "/0");
    json neg_inf = json(-std::numeric_limits<double>::infinity());
    code_at(neg_inf, "DBI-JCS-001", "");
    // Integers are held to ±(2^53−1) exactly; no widening on this path.
    json big = json::object({{"n", static_cast<std::int64_t>(9007199254740992)}});
    auto d = code_at(big, "DBI-JCS-002", "/n");
    CHECK(d.args.at(0) == "9007199254740992");
    code_at(json(static_cast<std::int64_t>(-9007199254740992)), "DBI-JCS-002", "");
    code_at(json(static_cast<std::uint64_t>(1) << 60), "DBI-JCS-002", "");
    code_at(json::binary({1, 2, 3}), "DBI-JCS-003", "");
    json bad_string = json::object({{"a/b", "x\xff"}});
    d = code_at(bad_string, "DBI-UTF-001", "/a~1b");
    CHECK(d.args.at(0) == "1");
    json bad_key = json::object({{"ok", json::object({{"\xc3", 1}})}});
    code_at(bad_key, "DBI-UTF-001", "/ok/\xc3");
    json deep = json::array();
    for (std::size_t i = 0; i < dbi::detail::kMaxCanonicalDepth; ++i) deep = json::array({deep});
    std::string deep_pointer;  // the innermost array: 256 steps down
    for (std::size_t i = 0; i < dbi::detail::kMaxCanonicalDepth; ++i) deep_pointer += "/0";
    code_at(deep, "DBI-JSON-008", deep_pointer.c_str());
    json ok_depth = json::array();
    for (std::size_t i = 1; i < dbi::detail::kMaxCanonicalDepth; ++i)
        ok_depth = json::array({ok_depth});
    CHECK(dbi::detail::write_canonical(ok_depth).ok());
}

TEST_CASE("jcs: codes are registered in both languages") {
    for (const char* code : {"DBI-JCS-001", "DBI-JCS-002", "DBI-JCS-003"}) {
        CHECK(dbi::is_known_code(code));
        CHECK_FALSE(dbi::message_template(code, dbi::Lang::vi).empty());
        CHECK_FALSE(dbi::message_template(code, dbi::Lang::en).empty());
    }
    const auto d = dbi::make_diag("DBI-JCS-002", "/n", {"9007199254740993"});
    CHECK(dbi::render(d, dbi::Lang::vi).find("9007199254740993") != std::string::npos);
}
