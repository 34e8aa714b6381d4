// dbi sign — three ways to sign (docs/signing.md):
//   dbi sign ANSWERS.json --profile PROFILE.json --key DEVICE.json   a new envelope (device/kiosk)
//   dbi sign --receipt ENVELOPE.json --key RECEIPT.json              appends a receipt
//   dbi sign --countersign ENVELOPE.json --key ASSESSOR.json         appends a countersignature
// An envelope is verified before anything is added to it, and a new one is verified after it
// is made, so the CLI never writes an envelope that `dbi verify` would reject for its own part.
#include <iostream>

#include "dbi/crypto.hpp"
#include "dbi/profile.hpp"
#include "dbi/sha256.hpp"
#include "scored_input.hpp"
#include "signing.hpp"

namespace dbi::cli {

namespace {

const char* tr(Lang lang, const char* en, const char* vi) { return lang == Lang::vi ? vi : en; }

constexpr const char* kProvincesFile = "vn.gov.provinces-2025.json";
constexpr const char* kVsicFile = "vn.gso.vsic-2018.sections.json";
constexpr const char* kSizeClassesFile = "vn.gov.decree80-2021.size-classes.json";

bool flag(const Options& opt, const char* name) { return !opt.value(name).empty(); }

// The envelope's text followed by a newline, to the --out file or stdout; a summary line on
// stdout when the envelope went to a file.
int emit(const Options& opt, const Envelope& e, const std::string& summary) {
    const std::string out = opt.value("--out");
    if (!write_output(out, envelope_bytes(e) + "\n", false, opt.lang)) return kExitUsage;
    if (!out.empty() && out != "-") std::cout << summary << " → " << out << '\n';
    return kExitOk;
}

std::string score_text(const Assessment& a, Lang lang) {
    return std::to_string(a.total_points) + "/" + std::to_string(a.max_points) +
           tr(lang, " · level ", " · mức ") + std::to_string(a.level);
}

int sign_new(const Options& opt, const crypto::KeyFile& key, const std::string& at) {
    const Lang lang = opt.lang;
    if (key.role != Role::device && key.role != Role::kiosk)
        return usage_error(make_diag("DBI-CLI-015", "", {opt.value("--key"),
                                                         std::string(to_string(key.role)),
                                                         "device / kiosk"}),
                           lang);
    auto file = single_file_argument(opt, "ANSWERS.json");
    if (!file) return kExitUsage;
    auto profile_path = required_option(opt, "--profile");
    if (!profile_path) return kExitUsage;

    auto text = read_input(*file, lang);
    if (!text) return kExitUsage;
    ScoredInput in;
    if (int code = load_and_score(opt, *text, peek_head(*text), in); code != kExitOk) return code;

    const std::string ref_dir = opt.value("--reference", join_path(opt.indices_dir, "reference"));
    auto profile_text = read_input(*profile_path, lang);
    auto provinces = profile_text ? read_input(join_path(ref_dir, kProvincesFile), lang) : std::nullopt;
    auto vsic = provinces ? read_input(join_path(ref_dir, kVsicFile), lang) : std::nullopt;
    auto sizes = vsic ? read_input(join_path(ref_dir, kSizeClassesFile), lang) : std::nullopt;
    if (!sizes) return kExitUsage;
    auto ref = parse_reference(*provinces, *vsic, *sizes);
    if (!ref) {
        print_diagnostics(std::cerr, ref.diagnostics(), lang);
        return kExitRejected;
    }
    auto profile = parse_profile(*profile_text, ref.value());
    if (!profile) {
        std::cerr << *profile_path << ":\n";
        print_diagnostics(std::cerr, profile.diagnostics(), lang);
        return kExitRejected;
    }
    const EnterpriseProfile& p = profile.value();
    const Classification c = classify(p, ref.value());
    if (std::string(to_string(c.index_set)) != in.index.index_set)
        std::cerr << format_line(make_diag("DBI-CLI-021", "",
                                           {std::string(to_string(c.index_set)), in.index.id},
                                           Severity::warning),
                                 lang)
                  << '\n';

    AssessmentStatement s;
    s.submission_id = opt.value("--submission-id");
    if (s.submission_id.empty()) s.submission_id = crypto::random_uuid_v4();
    s.issued_at = at;
    s.channel = opt.value("--channel", key.role == Role::kiosk ? "kiosk" : "web");
    if (s.channel == "kiosk") s.kiosk = opt.value("--kiosk", key.label);
    s.subject = Subject{p.name, p.tax_code, p.province_code, p.vsic_section,
                        std::string(to_string(c.size)), flag(opt, "--publish")};
    s.assessment = in.assessment;

    Envelope e;
    e.statements.push_back(
        crypto::sign_statement(assessment_statement_bytes(s), key.role, key.key, at));
    e.answers_json = answers_to_canonical_json(in.answers);
    // Verified as any verifier would (device keys need no trust list): a bad --channel,
    // --submission-id or non-NFC text is caught here, with the verifier's own code.
    TrustList kiosk_only;
    if (key.role == Role::kiosk)
        kiosk_only.keys.push_back({key.key.key_id, Role::kiosk, key.key.public_key, key.label, 0,
                                   *parse_utc("9999-12-31T23:59:59Z")});
    const IndexDefinition& index = in.index;
    auto check = verify_envelope(envelope_bytes(e), kiosk_only, crypto::verifier(),
                                 [&index](std::string_view id) -> const IndexDefinition* {
                                     return id == index.id ? &index : nullptr;
                                 });
    if (!check) {
        print_diagnostics(std::cerr, check.diagnostics(), lang);
        return kExitRejected;
    }
    if (flag(opt, "--no-answers")) e.answers_json.reset();
    return emit(opt, e,
                std::string(tr(lang, "Signed assessment ", "Đã ký bản đánh giá ")) +
                    s.submission_id + " · " + score_text(in.assessment, lang) + " · " +
                    role_text(key.role, lang) + " " + key.key.key_id);
}

int sign_append(const Options& opt, const crypto::KeyFile& key, const std::string& at,
                bool receipt) {
    const Lang lang = opt.lang;
    const Role needed = receipt ? Role::receipt : Role::assessor;
    if (key.role != needed)
        return usage_error(make_diag("DBI-CLI-015", "", {opt.value("--key"),
                                                         std::string(to_string(key.role)),
                                                         std::string(to_string(needed))}),
                           lang);
    auto file = single_file_argument(opt, "ENVELOPE.json");
    if (!file) return kExitUsage;
    auto text = read_input(*file, lang);
    if (!text) return kExitUsage;
    int code = kExitOk;
    auto trust = load_trust_for(opt, code);
    if (!trust) return code;
    auto verified = verify_envelope(*text, *trust, crypto::verifier(), index_lookup(opt));
    if (!verified) {
        std::cerr << *file << ":\n";
        print_diagnostics(std::cerr, verified.diagnostics(), lang);
        return kExitRejected;
    }
    const VerifiedEnvelope& v = verified.value();
    auto envelope = read_envelope(*text);
    if (!envelope) return kExitRejected;  // cannot happen after verify_envelope
    Envelope e = std::move(envelope).value();
    const Assessment& a = v.assessment.assessment;

    std::string summary;
    if (receipt) {
        // The endpoint's promise: it re-scored the raw answers with the same core.
        if (!v.rescored) {
            std::cerr << format_line(make_diag("DBI-CLI-017", "/answers"), lang) << '\n';
            return kExitRejected;
        }
        ReceiptStatement r;
        r.receipt_id = opt.value("--receipt-id");
        if (r.receipt_id.empty()) r.receipt_id = "r-" + crypto::random_uuid_v4();
        r.submission_id = v.assessment.submission_id;
        r.assessment_sha256 = v.assessment_sha256;
        r.index_id = a.index_id;
        r.index_sha256 = a.index_sha256;
        r.total_points = a.total_points;
        r.level = a.level;
        r.received_at = at;
        e.statements.push_back(
            crypto::sign_statement(receipt_statement_bytes(r), Role::receipt, key.key, at));
        summary = std::string(tr(lang, "Receipt ", "Đã cấp biên nhận ")) + r.receipt_id + " · " +
                  score_text(a, lang) + " · " + key.key.key_id;
    } else {
        CountersignatureStatement cs{v.assessment_sha256, "validated", at};
        e.statements.push_back(crypto::sign_statement(countersignature_statement_bytes(cs),
                                                      Role::assessor, key.key, at));
        summary = std::string(tr(lang, "Countersigned (validated) ", "Đã ký xác nhận (validated) ")) +
                  v.assessment.submission_id + " · " + score_text(a, lang) + " · " + key.key.key_id;
    }
    if (flag(opt, "--no-answers")) e.answers_json.reset();
    return emit(opt, e, summary);
}

}  // namespace

int run_sign(const Options& opt) {
    const Lang lang = opt.lang;
    const bool receipt = flag(opt, "--receipt");
    const bool countersign = flag(opt, "--countersign");
    if (receipt && countersign)
        return usage_error(make_diag("DBI-CLI-019", "", {"--receipt", "--countersign"}), lang);
    if ((receipt || countersign) && !opt.value("--profile").empty())
        return usage_error(
            make_diag("DBI-CLI-019", "", {receipt ? "--receipt" : "--countersign", "--profile"}),
            lang);
    auto key_path = required_option(opt, "--key");
    if (!key_path) return kExitUsage;
    auto at = signing_time(opt);
    if (!at || !crypto_ready(lang)) return kExitUsage;
    int code = kExitOk;
    auto key = load_key_file(*key_path, lang, code);
    if (!key) return code;
    if (receipt || countersign) return sign_append(opt, *key, *at, receipt);
    return sign_new(opt, *key, *at);
}

}  // namespace dbi::cli
