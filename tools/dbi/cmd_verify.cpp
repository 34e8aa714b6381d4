// dbi verify — checks an envelope in the fixed order of docs/signing.md and says who signed
// what. Exit 0 genuine · 1 not genuine (the first failing check, with its code) · 2 usage/I/O.
#include <iostream>

#include "dbi/crypto.hpp"
#include "json_out.hpp"
#include "scored_input.hpp"
#include "signing.hpp"

namespace dbi::cli {

namespace {

const char* tr(Lang lang, const char* en, const char* vi) { return lang == Lang::vi ? vi : en; }

// What each signer's statement says, in one phrase.
std::string statement_text(const VerifiedEnvelope& v, std::size_t i, std::size_t& receipt,
                           std::size_t& counter, Lang lang) {
    if (i == 0)
        return std::string(tr(lang, "assessment ", "bản đánh giá ")) + v.assessment.submission_id;
    if (v.signers[i].role == Role::receipt && receipt < v.receipts.size())
        return std::string(tr(lang, "receipt ", "biên nhận ")) + v.receipts[receipt++].receipt_id;
    if (counter < v.countersignatures.size()) {
        ++counter;
        return tr(lang, "countersignature: validated", "chữ ký xác nhận: đã thẩm định (validated)");
    }
    return {};
}

OrderedJson report_json(const VerifiedEnvelope& v, const IndexDefinition* index) {
    const AssessmentStatement& s = v.assessment;
    const Assessment& a = s.assessment;
    OrderedJson j;
    j["valid"] = true;
    j["submission_id"] = s.submission_id;
    j["issued_at"] = s.issued_at;
    j["channel"] = s.channel;
    if (!s.kiosk.empty()) j["kiosk"] = s.kiosk;
    j["subject"] = {{"name", s.subject.name},           {"tax_code", s.subject.tax_code},
                    {"province", s.subject.province},   {"vsic_section", s.subject.vsic_section},
                    {"size_class", s.subject.size_class}, {"publish", s.subject.publish}};
    j["index"] = {{"id", a.index_id},
                  {"revision", a.index_revision},
                  {"framework_version", a.framework_version},
                  {"sha256", a.index_sha256},
                  {"available", index != nullptr}};
    OrderedJson pillars = OrderedJson::array();
    for (const auto& p : a.pillars)
        pillars.push_back({{"id", p.id}, {"points", p.points}, {"max", p.max}, {"level", p.level}});
    j["result"] = {{"points", a.total_points}, {"max", a.max_points}, {"level", a.level},
                   {"answered", a.answered},   {"criteria", a.criteria}, {"pillars", pillars}};
    j["assessment_sha256"] = v.assessment_sha256;
    OrderedJson signers = OrderedJson::array();
    for (const auto& sg : v.signers)
        signers.push_back({{"role", std::string(to_string(sg.role))},
                           {"key_id", sg.key_id},
                           {"label", sg.label},
                           {"signed_at", sg.signed_at}});
    j["signers"] = signers;
    OrderedJson receipts = OrderedJson::array();
    for (const auto& r : v.receipts)
        receipts.push_back({{"receipt_id", r.receipt_id}, {"received_at", r.received_at}});
    j["receipts"] = receipts;
    j["countersigned"] = !v.countersignatures.empty();
    j["answers_attached"] = v.answers_attached;
    j["rescored"] = v.rescored;
    return j;
}

void print_report(const VerifiedEnvelope& v, const IndexDefinition* index, Lang lang) {
    const AssessmentStatement& s = v.assessment;
    const Assessment& a = s.assessment;
    const bool validated = !v.countersignatures.empty();
    std::cout << tr(lang, "GENUINE — every signature and check holds",
                    "HỢP LỆ — mọi chữ ký và mọi bước kiểm tra đều đạt")
              << '\n'
              << tr(lang,
                    "  (an electronic signature of DBI Kit, not a licensed digital signature)",
                    "  (chữ ký điện tử của DBI Kit, không phải chữ ký số theo Luật Giao dịch điện tử)")
              << "\n\n";
    std::cout << tr(lang, "Enterprise: ", "Doanh nghiệp: ") << s.subject.name
              << tr(lang, " · tax code ", " · MST ") << s.subject.tax_code
              << tr(lang, " · province ", " · tỉnh/thành ") << s.subject.province
              << tr(lang, " · VSIC ", " · ngành ") << s.subject.vsic_section
              << tr(lang, " · size ", " · quy mô ") << s.subject.size_class << '\n';
    std::cout << tr(lang, "Index: ", "Bộ chỉ số: ") << a.index_id
              << tr(lang, " · data revision ", " · phiên bản dữ liệu ") << a.index_revision
              << tr(lang, " · Decision ", " · Quyết định ") << a.framework_version << '\n';
    std::cout << tr(lang, "Result: ", "Kết quả: ") << fraction(a.total_points, a.max_points)
              << tr(lang, " · level ", " · mức ")
              << (index ? level_text(*index, a.level, lang) : std::to_string(a.level))
              << (validated ? tr(lang, " · validated by an assessor", " · đã được chuyên gia thẩm định")
                            : tr(lang, " · self-assessment", " · tự đánh giá"))
              << '\n';
    for (std::size_t i = 0; i < a.pillars.size(); ++i) {
        const PillarScore& p = a.pillars[i];
        std::cout << tr(lang, "  Pillar ", "  Trụ cột ") << p.id;
        if (index && i < index->pillars.size() && index->pillars[i].id == p.id)
            std::cout << " — " << index->pillars[i].label.in(lang);
        std::cout << ": " << fraction(p.points, p.max) << tr(lang, " · level ", " · mức ")
                  << (index ? level_text(*index, p.level, lang) : std::to_string(p.level)) << '\n';
    }
    std::cout << '\n' << tr(lang, "Signatures (", "Chữ ký (") << v.signers.size() << "):\n";
    std::size_t receipt = 0, counter = 0;
    for (std::size_t i = 0; i < v.signers.size(); ++i) {
        const VerifiedSigner& sg = v.signers[i];
        std::cout << "  " << i + 1 << ". " << role_text(sg.role, lang) << tr(lang, " · key ", " · khóa ")
                  << sg.key_id;
        if (!sg.label.empty()) std::cout << " · " << sg.label;
        std::cout << " · " << sg.signed_at << " — " << statement_text(v, i, receipt, counter, lang)
                  << '\n';
    }
    std::cout << '\n';
    if (v.rescored)
        std::cout << tr(lang,
                        "Attached answers: they match the signed hash and re-score to the same "
                        "result.",
                        "Câu trả lời đính kèm: khớp mã băm đã ký và chấm lại cho cùng kết quả.")
                  << '\n';
    else
        std::cout << tr(lang, "No answers attached (a shareable certificate).",
                        "Không đính kèm câu trả lời (bản chứng nhận để chia sẻ).")
                  << '\n';
}

}  // namespace

int run_verify(const Options& opt) {
    const Lang lang = opt.lang;
    auto file = single_file_argument(opt, "ENVELOPE.json");
    if (!file) return kExitUsage;
    if (!crypto_ready(lang)) return kExitUsage;
    auto text = read_input(*file, lang);
    if (!text) return kExitUsage;
    int code = kExitOk;
    auto trust = load_trust_for(opt, code);
    if (!trust) return code;
    const IndexLookup lookup = index_lookup(opt);
    auto verified = verify_envelope(*text, *trust, crypto::verifier(), lookup);
    if (!verified) {
        if (opt.json) {
            OrderedJson j;
            j["valid"] = false;
            j["diagnostics"] = diagnostics_json(verified.diagnostics(), lang);
            std::cout << dump_json(j) << '\n';
        } else {
            std::cout << tr(lang, "NOT GENUINE — ", "KHÔNG HỢP LỆ — ")
                      << (verified.diagnostics().empty() ? std::string()
                                                         : render(verified.diagnostics().front(), lang))
                      << '\n';
            print_diagnostics(std::cerr, verified.diagnostics(), lang);
        }
        return kExitRejected;
    }
    const VerifiedEnvelope& v = verified.value();
    // Names of pillars and levels from the local copy of the index, only when it is the very
    // file that was scored against.
    const IndexDefinition* index = lookup(v.assessment.assessment.index_id);
    if (index && index->sha256 != v.assessment.assessment.index_sha256) index = nullptr;
    if (opt.json) std::cout << dump_json(report_json(v, index)) << '\n';
    else print_report(v, index, lang);
    return kExitOk;
}

}  // namespace dbi::cli
