// dbi trust — builds and signs a trust list ("dbi-trust/1" in a "dbi-trust-envelope/1") with
// the root key: the receipt, assessor and kiosk keys verifiers accept, each with its validity.
//
//   dbi trust --root ROOT.json --out TRUST.json [--base OLD.json] [--sequence N] [--at T]
//             [--valid-from T] [--valid-until T] KEY.pub.json[,FROM[,UNTIL]] …
#include <iostream>

#include "dbi/crypto.hpp"
#include "json_out.hpp"
#include "signing.hpp"

namespace dbi::cli {

namespace {

const char* tr(Lang lang, const char* en, const char* vi) { return lang == Lang::vi ? vi : en; }

constexpr std::int64_t kDefaultValiditySeconds = 2 * 365 * 86400;  // two years

}  // namespace

int run_trust(const Options& opt) {
    const Lang lang = opt.lang;
    auto root_path = required_option(opt, "--root");
    if (!root_path) return kExitUsage;
    auto out = required_option(opt, "--out");
    if (!out) return kExitUsage;
    auto at = signing_time(opt);
    if (!at || !crypto_ready(lang)) return kExitUsage;
    int code = kExitOk;
    auto root = load_key_file(*root_path, lang, code);
    if (!root) return code;
    if (root->role != Role::root)
        return usage_error(make_diag("DBI-CLI-015", "", {*root_path, std::string(to_string(root->role)),
                                                         "root"}),
                           lang);

    TrustList list;
    list.issued_at = *at;
    if (const std::string base_path = opt.value("--base"); !base_path.empty()) {
        auto text = read_input(base_path, lang);
        if (!text) return kExitUsage;
        auto base = verify_trust_list(*text, {root->key.public_key}, crypto::verifier());
        if (!base) {
            std::cerr << base_path << ":\n";
            print_diagnostics(std::cerr, base.diagnostics(), lang);
            return kExitRejected;
        }
        list.keys = base.value().keys;
        list.sequence = base.value().sequence + 1;
    }
    if (const std::string seq = opt.value("--sequence"); !seq.empty()) {
        const bool digits = seq.size() <= 15 && seq.find_first_not_of("0123456789") == std::string::npos;
        if (!digits) return usage_error(make_diag("DBI-CLI-023", "", {seq}), lang);
        list.sequence = std::stoll(seq);
    }
    const std::string from_text = opt.value("--valid-from", *at);
    auto default_from = parse_utc(from_text);
    if (!default_from) return usage_error(make_diag("DBI-SUB-020", "", {from_text}), lang);
    std::int64_t default_until = *default_from + kDefaultValiditySeconds;
    if (const std::string u = opt.value("--valid-until"); !u.empty()) {
        auto until = parse_utc(u);
        if (!until) return usage_error(make_diag("DBI-SUB-020", "", {u}), lang);
        default_until = *until;
    }

    for (const std::string& arg : opt.files) {
        // KEY.pub.json[,FROM[,UNTIL]]: times contain ':', so ',' separates.
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (std::size_t comma; (comma = arg.find(',', start)) != std::string::npos; start = comma + 1)
            parts.push_back(arg.substr(start, comma - start));
        parts.push_back(arg.substr(start));
        if (parts.size() > 3 || parts[0].empty())
            return usage_error(make_diag("DBI-CLI-022", "", {arg}), lang);
        std::int64_t from = *default_from, until = default_until;
        if (parts.size() > 1 && !parts[1].empty()) {
            auto t = parse_utc(parts[1]);
            if (!t) return usage_error(make_diag("DBI-CLI-022", "", {arg}), lang);
            from = *t;
        }
        if (parts.size() > 2 && !parts[2].empty()) {
            auto t = parse_utc(parts[2]);
            if (!t) return usage_error(make_diag("DBI-CLI-022", "", {arg}), lang);
            until = *t;
        }
        auto pub = load_public_key_file(parts[0], lang, code);
        if (!pub) return code;
        if (pub->role != Role::receipt && pub->role != Role::assessor && pub->role != Role::kiosk)
            return usage_error(make_diag("DBI-CLI-015", "", {parts[0], std::string(to_string(pub->role)),
                                                             "receipt / assessor / kiosk"}),
                               lang);
        // Re-adding a key replaces its entry (a renewed validity period, a new label).
        TrustedKey k{pub->key_id, pub->role, pub->public_key, pub->label, from, until};
        bool replaced = false;
        for (auto& existing : list.keys)
            if (existing.key_id == k.key_id) {
                existing = k;
                replaced = true;
            }
        if (!replaced) list.keys.push_back(k);
    }

    const std::string file = crypto::sign_trust_list(list, root->key);
    // Checked as every verifier will check it (a reversed period is DBI-SUB-025 here, not
    // a surprise in the field).
    auto check = verify_trust_list(file, {root->key.public_key}, crypto::verifier());
    if (!check) {
        print_diagnostics(std::cerr, check.diagnostics(), lang);
        return kExitRejected;
    }
    if (!write_output(*out, file + "\n", false, lang)) return kExitUsage;
    if (opt.json) {
        OrderedJson j;
        j["file"] = *out;
        j["sequence"] = list.sequence;
        j["issued_at"] = list.issued_at;
        j["root_key_id"] = root->key.key_id;
        OrderedJson keys = OrderedJson::array();
        for (const auto& k : list.keys)
            keys.push_back({{"key_id", k.key_id},
                            {"role", std::string(to_string(k.role))},
                            {"label", k.label},
                            {"valid_from", format_utc(k.valid_from)},
                            {"valid_until", format_utc(k.valid_until)}});
        j["keys"] = keys;
        std::cout << dump_json(j) << '\n';
        return kExitOk;
    }
    std::cout << tr(lang, "Trust list no. ", "Danh sách tin cậy số ") << list.sequence
              << tr(lang, " signed by root key ", " ký bằng khóa gốc ") << root->key.key_id << " · "
              << list.issued_at << " → " << *out << '\n';
    for (const auto& k : list.keys)
        std::cout << "  " << k.key_id << " · " << role_text(k.role, lang) << " · " << k.label
                  << " · " << format_utc(k.valid_from) << " → " << format_utc(k.valid_until) << '\n';
    return kExitOk;
}

}  // namespace dbi::cli
