// dbi explain — what would raise a result: overall and per-pillar advice, SMEdx platform groups.
#include <iostream>

#include "cli.hpp"
#include "dbi/explain.hpp"
#include "json_out.hpp"
#include "scored_input.hpp"

namespace dbi::cli {

namespace {

const char* tr(Lang lang, const char* en, const char* vi) { return lang == Lang::vi ? vi : en; }

const char* more_points(int n, Lang lang) {
    return tr(lang, n == 1 ? " more point" : " more points", " điểm");
}

constexpr const char* kSmedxFile = "vn.mic.377-2021.smedx.json";

bool is_vsic_section(const std::string& s) { return s.size() == 1 && s[0] >= 'A' && s[0] <= 'U'; }

std::string pillar_title(const IndexDefinition& index, const std::string& id, Lang lang) {
    std::string out = std::string(tr(lang, "Pillar ", "Trụ cột ")) + id;
    for (const auto& p : index.pillars)
        if (p.id == id) out += " — " + p.label.in(lang);
    return out;
}

std::string group_text(const SmedxCatalogue* cat, const std::string& id, Lang lang) {
    const PlatformGroup* g = cat ? cat->find_group(id) : nullptr;
    return g ? id + " " + g->label.in(lang) : id;
}

void print_explanation(const ScoredInput& in, const Explanation& ex, const Recommendations* rec,
                       const SmedxCatalogue* cat, const std::string& vsic, Lang lang) {
    const IndexDefinition& index = in.index;
    const Assessment& a = in.assessment;
    std::cout << index.title.in(lang) << '\n'
              << tr(lang, "Total: ", "Tổng điểm: ") << fraction(a.total_points, a.max_points)
              << tr(lang, " · level ", " · mức ") << level_text(index, a.level, lang) << "\n\n";

    const OverallAdvice& o = ex.overall;
    if (!o.next_level) {
        std::cout << tr(lang, "The result is at the highest level.", "Kết quả đã ở mức cao nhất.")
                  << '\n';
    } else {
        std::cout << tr(lang, "To reach level ", "Để đạt mức ")
                  << level_text(index, *o.next_level, lang) << ":\n";
        if (o.points_needed > 0)
            std::cout << "  • " << tr(lang, "the total needs ", "tổng điểm cần thêm ")
                      << o.points_needed << more_points(o.points_needed, lang) << '\n';
        if (o.pillars_needed > 0) {
            std::cout << "  • " << o.pillars_needed
                      << tr(lang,
                            o.pillars_needed == 1 ? " more pillar must reach level "
                                                  : " more pillars must reach level ",
                            " trụ cột nữa phải đạt mức ")
                      << *o.next_level;
            if (!o.pillars_to_raise.empty()) {
                std::cout << tr(lang, "; cheapest first: ", "; dễ nâng nhất trước: ");
                for (std::size_t i = 0; i < o.pillars_to_raise.size(); ++i)
                    std::cout << (i ? ", " : "") << o.pillars_to_raise[i];
            }
            std::cout << '\n';
        }
    }

    for (const auto& pa : ex.pillars) {
        std::cout << '\n' << pillar_title(index, pa.pillar_id, lang) << ": "
                  << tr(lang, "level ", "mức ") << pa.level;
        if (!pa.next_level) {
            std::cout << tr(lang, " (highest)", " (cao nhất)") << '\n';
            continue;
        }
        std::cout << tr(lang, " → level ", " → mức ") << *pa.next_level
                  << tr(lang, " needs ", ", cần thêm ") << pa.points_needed
                  << more_points(pa.points_needed, lang) << '\n';
        for (const auto& s : pa.steps) {
            std::cout << "    " << s.criterion_id;
            if (const Criterion* c = index.find_criterion(s.criterion_id))
                std::cout << ' ' << c->label.in(lang);
            std::cout << ": " << s.from_points << " → " << s.to_points
                      << tr(lang, " points (", " điểm (") << s.steps
                      << tr(lang, s.steps == 1 ? " step)" : " steps)", " bậc)") << '\n';
        }
    }

    if (!rec) return;
    std::cout << '\n'
              << tr(lang, "SMEdx platform groups (Decision 377/QĐ-BTTTT):",
                    "Nhóm nền tảng SMEdx gợi ý (Quyết định 377/QĐ-BTTTT):")
              << '\n';
    if (rec->pillars.empty() && rec->sector_groups.empty())
        std::cout << "  " << tr(lang, "none", "không có") << '\n';
    for (const auto& pr : rec->pillars) {
        std::cout << "  " << pillar_title(index, pr.pillar_id, lang) << tr(lang, " (", " (thiếu ")
                  << pr.gap_points << tr(lang, " points short):", " điểm):") << '\n';
        for (const auto& g : pr.groups) std::cout << "    • " << group_text(cat, g, lang) << '\n';
    }
    if (!rec->sector_groups.empty()) {
        std::cout << "  " << tr(lang, "For VSIC section ", "Theo ngành VSIC ") << vsic << ":\n";
        for (const auto& g : rec->sector_groups)
            std::cout << "    • " << group_text(cat, g, lang) << '\n';
    }
}

OrderedJson explanation_json(const ScoredInput& in, const Explanation& ex,
                             const Recommendations* rec, Lang lang) {
    auto opt_int = [](const std::optional<int>& v) { return v ? OrderedJson(*v) : OrderedJson(); };
    OrderedJson j;
    j["format"] = "dbi-explain/1";
    j["index"] = in.index.id;
    j["total"] = {{"points", in.assessment.total_points},
                  {"max", in.assessment.max_points},
                  {"level", in.assessment.level}};
    j["overall"] = {{"level", ex.overall.level},
                    {"next_level", opt_int(ex.overall.next_level)},
                    {"points_needed", ex.overall.points_needed},
                    {"pillars_needed", ex.overall.pillars_needed},
                    {"pillars_to_raise", ex.overall.pillars_to_raise}};
    OrderedJson pillars = OrderedJson::array();
    for (const auto& pa : ex.pillars) {
        OrderedJson steps = OrderedJson::array();
        for (const auto& s : pa.steps) {
            OrderedJson st;
            st["criterion"] = s.criterion_id;
            if (const Criterion* c = in.index.find_criterion(s.criterion_id))
                st["label"] = c->label.in(lang);
            st["from_points"] = s.from_points;
            st["to_points"] = s.to_points;
            st["steps"] = s.steps;
            steps.push_back(std::move(st));
        }
        pillars.push_back({{"pillar", pa.pillar_id},
                           {"level", pa.level},
                           {"next_level", opt_int(pa.next_level)},
                           {"points_needed", pa.points_needed},
                           {"steps", steps}});
    }
    j["pillars"] = pillars;
    if (rec) {
        OrderedJson rp = OrderedJson::array();
        for (const auto& pr : rec->pillars)
            rp.push_back({{"pillar", pr.pillar_id},
                          {"level", pr.level},
                          {"gap_points", pr.gap_points},
                          {"weak_criteria", pr.weak_criteria},
                          {"groups", pr.groups}});
        j["recommendations"] = {{"pillars", rp}, {"sector_groups", rec->sector_groups}};
    } else {
        j["recommendations"] = nullptr;
    }
    return j;
}

}  // namespace

int run_explain(const Options& opt) {
    auto file = single_file_argument(opt, "ANSWERS.json");
    if (!file) return kExitUsage;
    const Lang lang = opt.lang;
    const std::string vsic = opt.value("--vsic");
    if (!vsic.empty() && !is_vsic_section(vsic))
        return usage_error(make_diag("DBI-PRF-007", "", {vsic}), lang);

    auto text = read_input(*file, lang);
    if (!text) return kExitUsage;
    const DocumentHead head = peek_head(*text);
    if (head.format && *head.format == "dbi-group/1") {
        std::cerr << format_line(make_diag("DBI-CLI-008", "/format",
                                           {*head.format, opt.command, "dbi-answers/1"}),
                                 lang)
                  << '\n';
        return kExitRejected;
    }
    ScoredInput in;
    if (int code = load_and_score(opt, *text, head, in); code != kExitOk) return code;

    const std::string smedx_path =
        opt.value("--smedx", join_path(join_path(opt.indices_dir, "reference"), kSmedxFile));
    auto smedx_text = read_input(smedx_path, lang);
    if (!smedx_text) return kExitUsage;
    auto catalogue = parse_smedx(*smedx_text);
    if (!catalogue) {
        std::cerr << smedx_path << ":\n";
        print_diagnostics(std::cerr, catalogue.diagnostics(), lang);
        return kExitRejected;
    }

    const Explanation ex = explain(in.index, in.assessment);
    std::optional<Recommendations> rec;
    if (catalogue.value().find_map(in.index.id)) {
        rec = recommend(in.index, in.assessment, catalogue.value(), vsic);
    } else {
        // Advice still stands without platform groups; say why they are missing.
        std::cerr << format_line(make_diag("DBI-CLI-011", "", {in.index.id}, Severity::warning),
                                 lang)
                  << '\n';
    }

    if (opt.json)
        std::cout << dump_json(explanation_json(in, ex, rec ? &*rec : nullptr, lang)) << '\n';
    else
        print_explanation(in, ex, rec ? &*rec : nullptr, &catalogue.value(), vsic, lang);
    return kExitOk;
}

}  // namespace dbi::cli
