// Answer documents: every rejection names the criterion and says what is wrong.
#include "fixtures.hpp"

using dbi::test::has_code;
using nlohmann::json;

namespace {

const dbi::IndexDefinition& sme() {
    static const dbi::IndexDefinition idx = dbi::test::load_index(dbi::test::kSmeIndexPath);
    return idx;
}

std::vector<dbi::Diagnostic> errors(const json& answers, const char* index = "vn.mic.1970-2021.sme",
                                    const char* format = "dbi-answers/1") {
    json doc = {{"format", format}, {"index", index}, {"answers", answers}};
    auto r = dbi::parse_answers(sme(), doc.dump());
    CHECK_FALSE(r.ok());
    return r.diagnostics();
}

// The first criterion of the given answer type.
const dbi::Criterion& first_of(dbi::AnswerType type) {
    for (const auto& p : sme().pillars)
        for (const auto& ind : p.indicators)
            for (const auto& c : ind.criteria)
                if (c.answer.type == type) return c;
    FAIL("no criterion of that type");
    return sme().pillars[0].indicators[0].criteria[0];
}

}  // namespace

TEST_CASE("answer documents are checked against the index") {
    const std::string ladder = first_of(dbi::AnswerType::gate_ladder).id;
    const std::string ratio = first_of(dbi::AnswerType::ratio).id;
    const std::string likert = first_of(dbi::AnswerType::likert).id;
    const std::string count = first_of(dbi::AnswerType::count).id;

    CHECK(has_code(errors({}, "vn.mic.1970-2021.large"), "DBI-ANS-002", "/index"));
    CHECK(has_code(errors({}, "vn.mic.1970-2021.sme", "dbi-answers/9"), "DBI-ANS-001"));
    CHECK(has_code(errors({{"9.9.9", {{"option", 1}}}}), "DBI-ANS-003", "/answers/9.9.9"));
    CHECK(has_code(errors({{ladder, {{"option", 6}}}}), "DBI-ANS-004"));
    CHECK(has_code(errors({{ladder, {{"option", 0}}}}), "DBI-ANS-004"));
    CHECK(has_code(errors({{ladder, {{"gate", false}, {"option", 2}}}}), "DBI-ANS-005"));
    CHECK(has_code(errors({{ladder, {{"value", 2}}}}), "DBI-ANS-006"));
    CHECK(has_code(errors({{likert, {{"gate", true}, {"option", 2}}}}), "DBI-ANS-006"));
    CHECK(has_code(errors({{ratio, {{"numerator", 3}}}}), "DBI-ANS-008"));
    CHECK(has_code(errors({{ratio, {{"numerator", -1}, {"denominator", 3}}}}), "DBI-JSON-007"));
    CHECK(has_code(errors({{count, {{"value", "three"}}}}), "DBI-JSON-003"));
    CHECK(has_code(errors({{ladder, {{"option", 1}, {"colour", "red"}}}}), "DBI-JSON-004",
                   "/answers/" + ladder + "/colour"));
    CHECK(has_code(errors({{ladder, {{"option", 1}, {"note", std::string(2001, 'x')}}}}),
                   "DBI-ANS-009"));
}

TEST_CASE("every error is reported, not just the first") {
    const std::string ladder = first_of(dbi::AnswerType::gate_ladder).id;
    auto diags = errors({{"9.9.9", {{"option", 1}}}, {ladder, {{"option", 42}}}});
    CHECK(has_code(diags, "DBI-ANS-003"));
    CHECK(has_code(diags, "DBI-ANS-004"));
}

TEST_CASE("notes are NFC-normalised where they enter") {
    const std::string ladder = first_of(dbi::AnswerType::gate_ladder).id;
    // "Việt" typed as NFD: e + U+0302 (circumflex) + U+0323 (dot below).
    json doc = {{"format", "dbi-answers/1"},
                {"index", "vn.mic.1970-2021.sme"},
                {"answers", {{ladder, {{"option", 2}, {"note", "Vie\xcc\x82\xcc\xa3t"}}}}}};
    auto r = dbi::parse_answers(sme(), doc.dump());
    REQUIRE(r.ok());
    CHECK(r.value().answers.at(ladder).note == "Vi\xe1\xbb\x87t");  // U+1EC7 ệ
}

TEST_CASE("duplicate keys and oversize documents are refused") {
    auto dup = dbi::parse_answers(
        sme(), R"({"format":"dbi-answers/1","index":"vn.mic.1970-2021.sme","answers":{},"answers":{}})");
    CHECK(has_code(dup.diagnostics(), "DBI-JSON-002"));
    std::string big = "{\"format\":\"dbi-answers/1\",\"pad\":\"" + std::string(300000, 'a') + "\"}";
    CHECK(has_code(dbi::parse_answers(sme(), big).diagnostics(), "DBI-ANS-010"));
}

TEST_CASE("canonical answers: sorted keys, no whitespace, same bytes for same content") {
    const std::string ladder = first_of(dbi::AnswerType::gate_ladder).id;
    json doc = {{"format", "dbi-answers/1"},
                {"index", "vn.mic.1970-2021.sme"},
                {"answers", {{ladder, {{"option", 2}}}}}};
    auto a = dbi::parse_answers(sme(), doc.dump(4));
    REQUIRE(a.ok());
    CHECK(dbi::answers_to_canonical_json(a.value()) ==
          "{\"answers\":{\"" + ladder +
              "\":{\"option\":2}},\"format\":\"dbi-answers/1\",\"index\":\"vn.mic.1970-2021.sme\"}");
}
