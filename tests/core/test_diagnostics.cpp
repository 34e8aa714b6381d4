// The diagnostic registry: every code is well-formed, unique and translated both ways.
#include <set>
#include <string>

#include "dbi/diagnostics.hpp"
#include "test_support.hpp"

namespace {

bool well_formed(const std::string& code) {
    // DBI-<AREA>-<NNN>: area of 2–4 capitals, three digits.
    if (code.rfind("DBI-", 0) != 0) return false;
    auto dash = code.find('-', 4);
    if (dash == std::string::npos || dash - 4 < 2 || dash - 4 > 4) return false;
    for (std::size_t i = 4; i < dash; ++i)
        if (code[i] < 'A' || code[i] > 'Z') return false;
    if (code.size() != dash + 4) return false;
    for (std::size_t i = dash + 1; i < code.size(); ++i)
        if (code[i] < '0' || code[i] > '9') return false;
    return true;
}

std::set<char> placeholders(std::string_view tpl) {
    std::set<char> out;
    for (std::size_t i = 0; i + 2 < tpl.size(); ++i)
        if (tpl[i] == '{' && tpl[i + 2] == '}' && tpl[i + 1] >= '1' && tpl[i + 1] <= '9')
            out.insert(tpl[i + 1]);
    return out;
}

}  // namespace

TEST_CASE("every diagnostic code is well formed, unique and has both translations") {
    auto codes = dbi::all_codes();
    REQUIRE(codes.size() > 50);
    std::set<std::string> seen;
    for (const auto& code : codes) {
        CAPTURE(code);
        CHECK(well_formed(code));
        CHECK(seen.insert(code).second);
        auto en = dbi::message_template(code, dbi::Lang::en);
        auto vi = dbi::message_template(code, dbi::Lang::vi);
        CHECK(!en.empty());
        CHECK(!vi.empty());
        CHECK(en != vi);  // a copy of the English text is not a translation
        // Both languages use the same arguments, so no value is lost in translation.
        CHECK(placeholders(en) == placeholders(vi));
    }
}

TEST_CASE("render fills arguments and format_line names code and pointer") {
    auto d = dbi::make_diag("DBI-IDX-011", "/pillars/0/indicators/1/max_points",
                            {"1.2", "31", "32"});
    CHECK(dbi::render(d, dbi::Lang::en) ==
          "indicator 1.2: criterion maxima add up to 31 but max_points is 32");
    CHECK(dbi::render(d, dbi::Lang::vi).find("chỉ số thành phần 1.2") != std::string::npos);
    CHECK(dbi::format_line(d, dbi::Lang::en) ==
          "DBI-IDX-011 /pillars/0/indicators/1/max_points: indicator 1.2: criterion maxima add "
          "up to 31 but max_points is 32");
    CHECK_FALSE(dbi::is_known_code("DBI-XXX-999"));
}

TEST_CASE("JSON Pointer tokens are escaped per RFC 6901") {
    CHECK(dbi::pointer_join("", "a/b") == "/a~1b");
    CHECK(dbi::pointer_join("/x", "m~n") == "/x/m~0n");
    CHECK(dbi::pointer_join("/pillars", std::size_t{3}) == "/pillars/3");
}

TEST_CASE("type names in messages are translated, never left in English") {
    auto d = dbi::make_diag("DBI-JSON-003", "/answers", {"@object", "@array"});
    CHECK(dbi::render(d, dbi::Lang::en) == "expected an object here, found an array");
    CHECK(dbi::render(d, dbi::Lang::vi) == "chỗ này cần một đối tượng nhưng lại là một mảng");
    // Data arguments (not starting with '@') are shown as they are.
    auto plain = dbi::make_diag("DBI-JSON-004", "/x", {"@@odd"});
    CHECK(dbi::render(plain, dbi::Lang::en).find("@@odd") != std::string::npos);
}
