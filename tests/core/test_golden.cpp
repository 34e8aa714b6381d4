// Golden files: core's canonical results must equal, byte for byte, the results that the
// independent Python oracle (tests/golden/oracle.py) computed from the index data and the
// framework rules. The same test runs natively and under node, which is how native and
// WebAssembly scoring are proven identical.
//
// tests/golden/cases.txt lists the cases ("score <index-id> <case>" or "group <index-id>
// <case>"); each has <index-id>/<case>.answers.json (or .group.json) and .expected.json.
#include <sstream>
#include <string>
#include <vector>

#include "dbi/answers.hpp"
#include "dbi/canonical_json.hpp"
#include "dbi/group.hpp"
#include "dbi/index.hpp"
#include "dbi/scoring.hpp"
#include "test_support.hpp"

namespace {

struct GoldenCase {
    std::string kind;  // "score" | "group"
    std::string index_id;
    std::string name;
};

std::vector<GoldenCase> read_cases() {
    std::vector<GoldenCase> out;
    std::istringstream in(dbi::test::read_source_file("tests/golden/cases.txt"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        GoldenCase c;
        fields >> c.kind >> c.index_id >> c.name;
        REQUIRE_MESSAGE(!c.name.empty(), "malformed line in cases.txt: " << line);
        out.push_back(c);
    }
    return out;
}

std::string messages(const std::vector<dbi::Diagnostic>& diags) {
    std::string out;
    for (const auto& d : diags) out += dbi::format_line(d, dbi::Lang::en) + "\n";
    return out;
}

std::string expected_canonical(const GoldenCase& c) {
    const std::string path = "tests/golden/" + c.index_id + "/" + c.name + ".expected.json";
    auto canonical = dbi::canonicalize_json(dbi::test::read_source_file(path));
    REQUIRE_MESSAGE(canonical.ok(), path << ": " << messages(canonical.diagnostics()));
    return canonical.value();
}

// Equal canonical bytes; on a mismatch, reports the first differing position with context
// instead of two whole documents.
void check_same(const std::string& got, const std::string& expected) {
    if (got == expected) {
        CHECK(got == expected);
        return;
    }
    std::size_t i = 0;
    while (i < got.size() && i < expected.size() && got[i] == expected[i]) ++i;
    const std::size_t from = i > 80 ? i - 80 : 0;
    FAIL_CHECK("results differ at byte " << i << " (if the index file changed, run "
               "tests/golden/oracle.py write)\n  core:     …" << got.substr(from, 160)
               << "\n  expected: …" << expected.substr(from, 160));
}

dbi::IndexDefinition load_index(const std::string& id) {
    auto index = dbi::parse_index(dbi::test::read_source_file("indices/" + id + ".json"));
    REQUIRE_MESSAGE(index.ok(), id << ": " << messages(index.diagnostics()));
    return index.value();
}

void run_score_case(const GoldenCase& c) {
    const dbi::IndexDefinition index = load_index(c.index_id);
    const std::string path = "tests/golden/" + c.index_id + "/" + c.name + ".answers.json";
    auto answers = dbi::parse_answers(index, dbi::test::read_source_file(path));
    REQUIRE_MESSAGE(answers.ok(), path << ": " << messages(answers.diagnostics()));
    auto result = dbi::score(index, answers.value());
    REQUIRE_MESSAGE(result.ok(), path << ": " << messages(result.diagnostics()));
    check_same(dbi::result_to_canonical_json(result.value()), expected_canonical(c));
}

void run_group_case(const GoldenCase& c) {
    const dbi::IndexDefinition index = load_index(c.index_id);
    const std::string path = "tests/golden/" + c.index_id + "/" + c.name + ".group.json";
    auto input = dbi::parse_group_input(index, dbi::test::read_source_file(path));
    REQUIRE_MESSAGE(input.ok(), path << ": " << messages(input.diagnostics()));
    auto result = dbi::aggregate_group(index, input.value());
    REQUIRE_MESSAGE(result.ok(), path << ": " << messages(result.diagnostics()));
    check_same(dbi::group_result_to_canonical_json(result.value()), expected_canonical(c));
}

}  // namespace

TEST_CASE("golden: every listed case scores exactly as the oracle computed") {
    const auto cases = read_cases();
    // The listing must cover the SME worked example, the large index and a group case, so an
    // emptied or truncated cases.txt cannot pass unnoticed.
    int sme = 0, large = 0, group = 0;
    for (const auto& c : cases) {
        if (c.index_id == "vn.mic.1970-2021.sme") ++sme;
        if (c.index_id == "vn.mic.1970-2021.large") ++large;
        if (c.kind == "group") ++group;
    }
    CHECK(sme >= 30);
    CHECK(large >= 2);
    CHECK(group >= 1);

    for (const auto& c : cases) {
        CAPTURE(c.index_id);
        CAPTURE(c.name);
        REQUIRE((c.kind == "score" || c.kind == "group"));
        if (c.kind == "score") run_score_case(c);
        else run_group_case(c);
    }
}

TEST_CASE("golden: the worked example of dbi-framework.md §6.5 is 126 points, level 2") {
    // Stated here by hand as well, so the headline case does not rest on the oracle alone.
    const dbi::IndexDefinition index = load_index("vn.mic.1970-2021.sme");
    auto answers = dbi::parse_answers(index, dbi::test::read_source_file(
        "tests/golden/vn.mic.1970-2021.sme/worked-example.answers.json"));
    REQUIRE(answers.ok());
    auto result = dbi::score(index, answers.value());
    REQUIRE(result.ok());
    const dbi::Assessment& a = result.value();
    CHECK(a.total_points == 126);
    CHECK(a.max_points == 320);
    CHECK(a.level == 2);
    const int points[] = {39, 10, 30, 26, 12, 9};
    const int levels[] = {3, 2, 2, 2, 2, 2};
    REQUIRE(a.pillars.size() == 6);
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(a.pillars[i].points == points[i]);
        CHECK(a.pillars[i].level == levels[i]);
    }
}
