// dbi classify — size class, sector group and index set of an enterprise profile, with reasons.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "dbi/profile.hpp"
#include "json_out.hpp"
#include "scored_input.hpp"

namespace dbi::cli {

namespace {

const char* tr(Lang lang, const char* en, const char* vi) { return lang == Lang::vi ? vi : en; }

// The reference files parse_reference reads, by their fixed names in the reference directory.
constexpr const char* kProvincesFile = "vn.gov.provinces-2025.json";
constexpr const char* kVsicFile = "vn.gso.vsic-2018.sections.json";
constexpr const char* kSizeClassesFile = "vn.gov.decree80-2021.size-classes.json";

struct IndexRef {
    std::string id;
    Text title;
};

// The index files in `dir` whose "index_set" is `set`, so the proposal can name real files.
// A directory listing is enough here: the files are only peeked at, not validated.
std::vector<IndexRef> indices_of_set(const std::string& dir, std::string_view set) {
    std::vector<IndexRef> out;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".json") files.push_back(e.path());
    if (ec) return out;
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        auto text = read_file(f.string());
        if (!text) continue;
        auto j = nlohmann::json::parse(*text, nullptr, false);
        if (j.is_discarded() || !j.is_object()) continue;
        auto str = [&](const nlohmann::json& o, const char* k) -> std::string {
            auto it = o.find(k);
            return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        if (str(j, "format") != "dbi-index/1" || str(j, "index_set") != set) continue;
        IndexRef ref{str(j, "id"), {}};
        if (auto t = j.find("title"); t != j.end() && t->is_object())
            ref.title = Text{str(*t, "vi"), str(*t, "en")};
        out.push_back(std::move(ref));
    }
    return out;
}

// "45000000000" → "45.000.000.000" (vi) or "45,000,000,000" (en). Reasons carry plain digits
// so each front end can group them for its reader; other arguments pass unchanged.
Diagnostic with_grouped_digits(Diagnostic d, Lang lang) {
    for (auto& a : d.args) {
        const bool digits = a.find_first_not_of("0123456789") == std::string::npos;
        if (a.size() < 5 || a[0] == '0' || !digits) continue;  // small numbers and codes stay
        std::string out;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i > 0 && (a.size() - i) % 3 == 0) out += lang == Lang::vi ? '.' : ',';
            out += a[i];
        }
        a = std::move(out);
    }
    return d;
}

}  // namespace

int run_classify(const Options& opt) {
    auto file = single_file_argument(opt, "PROFILE.json");
    if (!file) return kExitUsage;
    const Lang lang = opt.lang;
    const std::string ref_dir = opt.value("--reference", join_path(opt.indices_dir, "reference"));

    auto profile_text = read_input(*file, lang);
    if (!profile_text) return kExitUsage;
    auto provinces = read_input(join_path(ref_dir, kProvincesFile), lang);
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
        print_diagnostics(std::cerr, profile.diagnostics(), lang);
        return kExitRejected;
    }
    const EnterpriseProfile& p = profile.value();
    const ReferenceData& r = ref.value();
    const Classification c = classify(p, r);

    // Notes from parsing (a former province code mapped) come first: they explain the input.
    std::vector<Diagnostic> reasons = profile.diagnostics();
    reasons.insert(reasons.end(), c.reasons.begin(), c.reasons.end());
    const auto matches = indices_of_set(opt.indices_dir, to_string(c.index_set));

    if (opt.json) {
        OrderedJson j;
        j["profile"] = OrderedJson::parse(profile_to_json(p), nullptr, false);
        j["size_class"] = std::string(to_string(c.size));
        j["sector_group"] = std::string(to_string(c.sector));
        j["index_set"] = std::string(to_string(c.index_set));
        OrderedJson ids = OrderedJson::array();
        for (const auto& m : matches) ids.push_back(m.id);
        j["indices"] = ids;
        j["reasons"] = diagnostics_json(reasons, lang);
        std::cout << dump_json(j) << '\n';
        return kExitOk;
    }

    std::cout << p.name << " · " << tr(lang, "tax code ", "MST ") << p.tax_code << '\n';
    if (const Province* prov = r.find_province(p.province_code))
        std::cout << tr(lang, "Province: ", "Tỉnh, thành phố: ") << prov->name.in(lang) << " ("
                  << prov->code << ")\n";
    std::cout << tr(lang, "Size class: ", "Quy mô: ") << r.size_class(c.size).name.in(lang) << " ("
              << to_string(c.size) << ")\n";
    std::cout << tr(lang, "Sector group: ", "Lĩnh vực: ") << r.sector_group(c.sector).name.in(lang)
              << '\n';
    std::cout << tr(lang, "Proposed index set: ", "Bộ chỉ số đề xuất: ") << to_string(c.index_set)
              << '\n';
    for (const auto& m : matches)
        std::cout << "    " << m.id << (m.title.in(lang).empty() ? "" : " — ") << m.title.in(lang)
                  << '\n';
    std::cout << tr(lang, "Reasons:", "Lý do:") << '\n';
    for (const auto& d : reasons)
        std::cout << "  • " << render(with_grouped_digits(d, lang), lang) << '\n';
    return kExitOk;
}

}  // namespace dbi::cli
