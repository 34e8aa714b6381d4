// dbi-verify.wasm — the verification page's engine: the same core verify_envelope() and
// verify_trust_list() as `dbi verify`, over libsodium built from Debian's source package.
// No file system, no network: the page hands in the texts it has, gets a JSON report back.
#include <emscripten/emscripten.h>

#include <string>

#include <nlohmann/json.hpp>

#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"
#include "dbi/index.hpp"
#include "dbi/keyfile.hpp"

namespace {

using Json = nlohmann::ordered_json;

Json diagnostics_json(const std::vector<dbi::Diagnostic>& diags, const char* stage) {
    Json arr = Json::array();
    for (const auto& d : diags) {
        if (d.severity != dbi::Severity::error) continue;
        arr.push_back({{"stage", stage},
                       {"code", d.code},
                       {"pointer", d.pointer},
                       {"vi", dbi::render(d, dbi::Lang::vi)},
                       {"en", dbi::render(d, dbi::Lang::en)}});
    }
    return arr;
}

Json text_json(const dbi::Text& t) { return {{"vi", t.vi}, {"en", t.en}}; }

Json failure(const std::vector<dbi::Diagnostic>& diags, const char* stage) {
    return {{"valid", false}, {"diagnostics", diagnostics_json(diags, stage)}};
}

Json report(const dbi::VerifiedEnvelope& v, const dbi::IndexDefinition* index) {
    const dbi::AssessmentStatement& s = v.assessment;
    const dbi::Assessment& a = s.assessment;
    Json j;
    j["valid"] = true;
    j["submission_id"] = s.submission_id;
    j["issued_at"] = s.issued_at;
    j["channel"] = s.channel;
    j["kiosk"] = s.kiosk;
    j["subject"] = {{"name", s.subject.name},
                    {"tax_code", s.subject.tax_code},
                    {"province", s.subject.province},
                    {"vsic_section", s.subject.vsic_section},
                    {"size_class", s.subject.size_class},
                    {"publish", s.subject.publish}};
    Json idx = {{"id", a.index_id},
                {"revision", a.index_revision},
                {"framework_version", a.framework_version},
                {"sha256", a.index_sha256},
                {"available", index != nullptr}};
    if (index) {
        idx["title"] = text_json(index->title);
        idx["decision"] = index->instrument.decision;
    }
    j["index"] = idx;
    Json pillars = Json::array();
    for (std::size_t i = 0; i < a.pillars.size(); ++i) {
        const auto& p = a.pillars[i];
        Json pj = {{"id", p.id}, {"points", p.points}, {"max", p.max}, {"level", p.level}};
        if (index && i < index->pillars.size() && index->pillars[i].id == p.id)
            pj["label"] = text_json(index->pillars[i].label);
        if (index)
            if (const dbi::LevelInfo* l = index->find_level(p.level)) pj["level_name"] = text_json(l->name);
        pillars.push_back(std::move(pj));
    }
    Json result = {{"points", a.total_points}, {"max", a.max_points},  {"level", a.level},
                   {"answered", a.answered},   {"criteria", a.criteria}, {"pillars", pillars}};
    if (index)
        if (const dbi::LevelInfo* l = index->find_level(a.level)) result["level_name"] = text_json(l->name);
    j["result"] = result;
    j["assessment_sha256"] = v.assessment_sha256;
    Json signers = Json::array();
    std::size_t r = 0;
    for (const auto& sg : v.signers) {
        Json sj = {{"role", std::string(dbi::to_string(sg.role))},
                   {"key_id", sg.key_id},
                   {"label", sg.label},
                   {"signed_at", sg.signed_at}};
        if (sg.role == dbi::Role::receipt && r < v.receipts.size())
            sj["receipt_id"] = v.receipts[r++].receipt_id;
        if (sg.role == dbi::Role::assessor) sj["verdict"] = "validated";
        signers.push_back(std::move(sj));
    }
    j["signers"] = signers;
    j["countersigned"] = !v.countersignatures.empty();
    j["answers_attached"] = v.answers_attached;
    j["rescored"] = v.rescored;
    return j;
}

std::string g_out;  // the last report; valid until the next call

}  // namespace

extern "C" {

// Verifies `envelope` against the trust list `trust` signed by the pinned root public key file
// `root_pub` (dbi-public-key/1). `index_json` is the index file the envelope names ("" when
// the page could not fetch it): used to re-score attached answers and for pillar and level
// names, only when its SHA-256 is the one signed. Returns a JSON report:
//   {"valid": true, "subject": …, "index": …, "result": …, "signers": […], …}
//   {"valid": false, "diagnostics": [{"stage": "root"|"trust"|"envelope", "code", "pointer",
//                                     "vi", "en"}]}
EMSCRIPTEN_KEEPALIVE const char* dbi_verify(const char* envelope_c, const char* trust_c,
                                            const char* root_pub_c, const char* index_json) {
    auto view = [](const char* p) { return p ? std::string_view(p) : std::string_view(); };
    const std::string_view envelope = view(envelope_c), trust = view(trust_c),
                           root_pub = view(root_pub_c);
    Json out;
    if (!dbi::crypto::init()) {
        out = failure({dbi::make_diag("DBI-CLI-018", "")}, "root");
    } else if (auto root = dbi::crypto::parse_public_key_file(root_pub); !root) {
        out = failure(root.diagnostics(), "root");
    } else if (root.value().role != dbi::Role::root) {
        out = failure({dbi::make_diag("DBI-SUB-023", "")}, "root");
    } else if (auto list = dbi::verify_trust_list(trust, {root.value().public_key},
                                                  dbi::crypto::verifier());
               !list) {
        out = failure(list.diagnostics(), "trust");
    } else {
        std::optional<dbi::IndexDefinition> index;
        if (index_json && *index_json)
            if (auto parsed = dbi::parse_index(index_json); parsed.ok()) index = parsed.value();
        const dbi::IndexDefinition* idx = index ? &*index : nullptr;
        auto verified = dbi::verify_envelope(
            envelope, list.value(), dbi::crypto::verifier(),
            [idx](std::string_view id) -> const dbi::IndexDefinition* {
                return idx && idx->id == id ? idx : nullptr;
            });
        if (!verified) {
            out = failure(verified.diagnostics(), "envelope");
        } else {
            const auto& a = verified.value().assessment.assessment;
            const bool same_index = idx && idx->id == a.index_id && idx->sha256 == a.index_sha256;
            out = report(verified.value(), same_index ? idx : nullptr);
            out["trust"] = {{"sequence", list.value().sequence},
                            {"issued_at", list.value().issued_at},
                            {"root_key_id", root.value().key_id}};
        }
    }
    g_out = out.dump(-1, ' ', false, Json::error_handler_t::replace);
    return g_out.c_str();
}

}  // extern "C"
