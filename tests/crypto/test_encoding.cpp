// Encoding helpers of dbi/envelope.hpp: strict base64 and UTC times.
#include <string>

#include "dbi/envelope.hpp"
#include "test_support.hpp"

using namespace dbi;

TEST_CASE("base64: RFC 4648 §10 vectors both ways") {
    const char* const plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char* const coded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (int i = 0; i < 7; ++i) {
        CHECK(base64_encode(plain[i]) == coded[i]);
        auto back = base64_decode(coded[i]);
        REQUIRE(back.has_value());
        CHECK(*back == plain[i]);
    }
}

TEST_CASE("base64: every byte value and length round-trips") {
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    for (std::size_t n = 0; n <= bytes.size(); n += 7) {
        auto back = base64_decode(base64_encode(bytes.substr(0, n)));
        REQUIRE(back.has_value());
        CHECK(*back == bytes.substr(0, n));
    }
    CHECK(base64_encode(bytes).find_first_not_of(
              "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") ==
          std::string::npos);
}

TEST_CASE("base64: non-canonical and malformed encodings are rejected") {
    // Non-zero bits under the padding: "Zh==" and "Zm9=" decode to the same bytes as
    // "Zg==" / "Zm8=" in a lenient decoder.
    CHECK_FALSE(base64_decode("Zh==").has_value());
    CHECK_FALSE(base64_decode("Zm9=").has_value());
    CHECK_FALSE(base64_decode("QR==").has_value());
    CHECK(base64_decode("QQ==").has_value());
    CHECK_FALSE(base64_decode("Zg").has_value());        // padding omitted
    CHECK_FALSE(base64_decode("Zg=").has_value());       // length not a multiple of 4
    CHECK_FALSE(base64_decode("Zg==Zg==").has_value());  // padding in the middle
    CHECK_FALSE(base64_decode("Z===").has_value());      // three pad characters
    CHECK_FALSE(base64_decode("Zm=v").has_value());      // data after padding
    CHECK_FALSE(base64_decode("Zm9v\n").has_value());    // white space
    CHECK_FALSE(base64_decode("Zm9v YmFy").has_value());
    CHECK_FALSE(base64_decode("Zm9-").has_value());      // base64url alphabet
    CHECK_FALSE(base64_decode("Zm9_").has_value());
    CHECK_FALSE(base64_decode("====").has_value());
}

TEST_CASE("parse_utc / format_utc") {
    CHECK(parse_utc("1970-01-01T00:00:00Z") == 0);
    // Expected values computed independently with Python's calendar.timegm.
    CHECK(parse_utc("2026-11-23T08:15:00Z") == 1795421700);
    CHECK(parse_utc("2024-02-29T23:59:59Z") == 1709251199);  // leap year
    CHECK(parse_utc("2000-03-01T00:00:00Z") == 951868800);   // 2000 is a leap year (÷400)
    CHECK(parse_utc("2000-02-29T00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2023-02-29T00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2100-02-29T00:00:00Z").has_value());  // ÷100, not ÷400
    CHECK_FALSE(parse_utc("2026-04-31T00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2026-13-01T00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2026-00-01T00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2026-01-00T00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2026-01-01T24:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2026-01-01T00:60:00Z").has_value());
    CHECK_FALSE(parse_utc("2026-01-01T00:00:60Z").has_value());  // no leap seconds
    CHECK_FALSE(parse_utc("2026-01-01t00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("2026-01-01T00:00:00").has_value());
    CHECK_FALSE(parse_utc("2026-01-01T00:00:00+07:00").has_value());
    CHECK_FALSE(parse_utc("2026-01-01 00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("1969-12-31T23:59:59Z").has_value());
    CHECK_FALSE(parse_utc("+026-01-01T00:00:00Z").has_value());
    CHECK_FALSE(parse_utc("").has_value());

    CHECK(format_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(format_utc(1709251199) == "2024-02-29T23:59:59Z");
    CHECK(format_utc(1709251200) == "2024-03-01T00:00:00Z");
    // Round trip across leap days, month ends and years, a day and a bit at a time.
    for (std::int64_t t = 0; t < 4'200'000'000; t += 86'400 * 13 + 3'607) {
        const std::string s = format_utc(t);
        auto back = parse_utc(s);
        REQUIRE(back.has_value());
        CHECK(*back == t);
    }
}
