// Answer parsing: shape, ranges and consistency with the criterion's answer type.
#include "dbi/answers.hpp"

#include "canonical_json_impl.hpp"
#include "dbi/unicode.hpp"
#include "json_reader.hpp"

namespace dbi {

using detail::Diags;
using detail::Json;
using detail::ObjectReader;

namespace {

// Reads one answer object for `c` into `out`. Returns false on any error (already reported).
bool read_answer(const Json& j, const std::string& pointer, const Criterion& c,
                 const IndexDefinition& index, Answer& out, Diags& diags) {
    const std::size_t errors_before = diags.size();
    ObjectReader r(j, pointer, diags);
    if (!r.valid()) return false;
    const AnswerSpec& spec = c.answer;
    const std::string type(to_string(spec.type));
    auto not_for_type = [&](const char* key) {
        if (r.has(key)) {
            r.get(key, false);
            diags.push_back(make_diag("DBI-ANS-006", r.at(key), {key, c.id, type}));
        }
    };

    if (spec.gate) out.gate = r.boolean("gate", false);
    else not_for_type("gate");

    if (is_ladder(spec.type)) {
        for (const char* k : {"numerator", "denominator", "value"}) not_for_type(k);
        const auto n = static_cast<std::int64_t>(spec.options.size());
        if (r.has("option")) {
            const Json* v = r.get("option", false);
            if (!v->is_number_integer() || v->get<std::int64_t>() < 1 || v->get<std::int64_t>() > n)
                diags.push_back(make_diag("DBI-ANS-004", r.at("option"),
                                          {v->dump(), c.id, std::to_string(n)}));
            else
                out.option = static_cast<int>(v->get<std::int64_t>());
        }
        if (out.gate == false && out.option)
            diags.push_back(make_diag("DBI-ANS-005", pointer, {c.id}));
    } else {
        not_for_type("option");
        if (spec.type == AnswerType::ratio) {
            not_for_type("value");
            out.numerator = r.integer("numerator", false, 0, kMaxAnswerNumber);
            out.denominator = r.integer("denominator", false, 0, kMaxAnswerNumber);
            const bool any = r.has("numerator") || r.has("denominator");
            if (out.gate == false && any)
                diags.push_back(make_diag("DBI-ANS-005", pointer, {c.id}));
            else if (any && !r.has("numerator"))
                diags.push_back(make_diag("DBI-ANS-008", pointer, {c.id, "numerator"}));
            else if (any && !r.has("denominator"))
                diags.push_back(make_diag("DBI-ANS-008", pointer, {c.id, "denominator"}));
            if (out.numerator && out.denominator && *out.numerator > *out.denominator &&
                index.numeric.ratio_above_100_rejected)
                diags.push_back(make_diag("DBI-ANS-007", pointer,
                                          {std::to_string(*out.numerator),
                                           std::to_string(*out.denominator), c.id}));
        } else {
            for (const char* k : {"numerator", "denominator"}) not_for_type(k);
            out.value = r.integer("value", false, 0, kMaxAnswerNumber);
            if (out.gate == false && r.has("value"))
                diags.push_back(make_diag("DBI-ANS-005", pointer, {c.id}));
        }
    }

    if (auto note = r.string("note", false)) {
        auto nfc = to_nfc(*note);
        if (!nfc) {
            for (auto d : nfc.diagnostics()) {
                d.pointer = r.at("note");
                diags.push_back(std::move(d));
            }
        } else if (count_code_points(nfc.value()) > kMaxNoteCodePoints) {
            diags.push_back(make_diag("DBI-ANS-009", r.at("note"),
                                      {std::to_string(count_code_points(nfc.value())),
                                       std::to_string(kMaxNoteCodePoints)}));
        } else {
            out.note = std::move(nfc.value());
        }
    }
    r.finish();
    return diags.size() == errors_before;
}

}  // namespace

Result<AnswerSet> parse_answers(const IndexDefinition& index, std::string_view json_text) noexcept {
    if (index.model != IndexModel::maturity_tree)  // a group index has no criteria to answer
        return Result<AnswerSet>::fail(make_diag("DBI-SCO-001", "", {index.id}));
    if (json_text.size() > kMaxAnswersBytes)
        return Result<AnswerSet>::fail(make_diag("DBI-ANS-010", "",
                                                 {std::to_string(json_text.size()),
                                                  std::to_string(kMaxAnswersBytes)}));
    auto root = detail::parse_strict(json_text, {kMaxAnswersBytes, 16});
    if (!root) return Result<AnswerSet>::fail(root.diagnostics());

    Diags diags;
    AnswerSet set;
    ObjectReader r(root.value(), "", diags);
    if (r.valid()) {
        if (auto fmt = r.string("format", true); fmt && *fmt != "dbi-answers/1")
            diags.push_back(make_diag("DBI-ANS-001", "/format", {*fmt}));
        if (auto id = r.string("index", true)) {
            set.index_id = *id;
            if (*id != index.id)
                diags.push_back(make_diag("DBI-ANS-002", "/index", {*id, index.id}));
        }
        if (const Json* answers = r.object("answers", true)) {
            for (auto it = answers->begin(); it != answers->end(); ++it) {
                const std::string pointer = pointer_join("/answers", it.key());
                const Criterion* c = index.find_criterion(it.key());
                if (!c) {
                    diags.push_back(make_diag("DBI-ANS-003", pointer, {it.key(), index.id}));
                    continue;
                }
                Answer a;
                if (read_answer(it.value(), pointer, *c, index, a, diags))
                    set.answers.emplace(it.key(), std::move(a));
            }
        }
        r.finish();
    }
    if (detail::has_errors(diags)) return Result<AnswerSet>::fail(std::move(diags));
    return Result<AnswerSet>::ok(std::move(set));
}

std::string answers_to_canonical_json(const AnswerSet& set) {
    Json answers = Json::object();
    for (const auto& [id, a] : set.answers) {
        Json j = Json::object();
        if (a.gate) j["gate"] = *a.gate;
        if (a.option) j["option"] = *a.option;
        if (a.numerator) j["numerator"] = *a.numerator;
        if (a.denominator) j["denominator"] = *a.denominator;
        if (a.value) j["value"] = *a.value;
        if (!a.note.empty()) j["note"] = a.note;
        answers[id] = std::move(j);
    }
    Json doc = {{"format", "dbi-answers/1"}, {"index", set.index_id}, {"answers", std::move(answers)}};
    // Every value here is a small integer, a boolean or NFC text: always representable.
    auto bytes = detail::write_canonical(doc);
    DBI_ASSERT(bytes.ok());
    return bytes.ok() ? std::move(bytes.value()) : std::string();
}

}  // namespace dbi
