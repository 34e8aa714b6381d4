// dbi score — scores a "dbi-answers/1" file, or aggregates a "dbi-group/1" file.
#include <iostream>

#include "cli.hpp"
#include "dbi/answers.hpp"
#include "dbi/canonical_json.hpp"
#include "dbi/group.hpp"
#include "dbi/scoring.hpp"
#include "scored_input.hpp"

namespace dbi::cli {

namespace {

const char* tr(Lang lang, const char* en, const char* vi) { return lang == Lang::vi ? vi : en; }

void print_header(const IndexDefinition& index, Lang lang) {
    std::cout << index.title.in(lang) << '\n'
              << index.id << " · " << tr(lang, "data revision ", "phiên bản dữ liệu ")
              << index.revision << " · " << tr(lang, "Decision ", "Quyết định ")
              << index.instrument.decision << "\n\n";
}

void print_assessment(const IndexDefinition& index, const Assessment& a, Lang lang) {
    print_header(index, lang);
    std::cout << tr(lang, "Total: ", "Tổng điểm: ") << fraction(a.total_points, a.max_points)
              << tr(lang, " · level ", " · mức ") << level_text(index, a.level, lang) << '\n';
    std::cout << tr(lang, "Answered: ", "Đã trả lời: ") << a.answered << '/' << a.criteria
              << tr(lang, " criteria", " tiêu chí") << "\n\n";

    for (std::size_t i = 0; i < a.pillars.size() && i < index.pillars.size(); ++i) {
        const PillarScore& ps = a.pillars[i];
        const Pillar& p = index.pillars[i];
        std::cout << tr(lang, "Pillar ", "Trụ cột ") << p.id << " — " << p.label.in(lang) << ": "
                  << fraction(ps.points, ps.max) << tr(lang, " · level ", " · mức ")
                  << level_text(index, ps.level, lang) << '\n';
        for (std::size_t k = 0; k < ps.indicators.size() && k < p.indicators.size(); ++k) {
            const IndicatorScore& is = ps.indicators[k];
            std::cout << "    " << is.id << ' ' << p.indicators[k].label.in(lang) << ": "
                      << fraction(is.points, is.max) << '\n';
        }
    }

    if (!a.unanswered.empty()) {
        std::cout << '\n'
                  << tr(lang, "Unanswered criteria (", "Tiêu chí chưa trả lời (")
                  << a.unanswered.size() << "):\n";
        for (const auto& id : a.unanswered) {
            std::cout << "    " << id;
            if (const Criterion* c = index.find_criterion(id))
                std::cout << ' ' << c->label.in(lang);
            std::cout << '\n';
        }
    }
}

const char* weight_basis_text(const std::string& basis, Lang lang) {
    if (basis == "revenue") return tr(lang, "revenue", "doanh thu");
    if (basis == "employees") return tr(lang, "employees", "số lao động");
    return basis.c_str();
}

std::string member_list(const GroupInput& input, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        if (!out.empty()) out += ", ";
        out += id;
        for (const auto& m : input.members)
            if (m.id == id && !m.name.empty()) out += " (" + m.name + ")";
    }
    return out;
}

void print_group(const IndexDefinition& index, const GroupInput& input, const GroupResult& r,
                 Lang lang) {
    print_header(index, lang);
    std::cout << tr(lang, "Group level: ", "Mức của tập đoàn: ") << level_text(index, r.level, lang)
              << tr(lang, " · member levels from ", " · mức của các đơn vị thành viên từ ")
              << r.min_member_level << tr(lang, " to ", " đến ") << r.max_member_level << '\n';
    std::cout << tr(lang, "Weighted share of the maximum: ", "Tỷ lệ điểm bình quân gia quyền: ")
              << format_permille(r.total_permille, lang)
              << tr(lang, " (weighted by ", " (trọng số theo ")
              << weight_basis_text(r.weight_basis, lang) << ")\n\n";
    for (const auto& gp : r.pillars) {
        std::cout << tr(lang, "Pillar ", "Trụ cột ") << gp.id;
        for (const auto& p : index.pillars)
            if (p.id == gp.id) std::cout << " — " << p.label.in(lang);
        std::cout << ": " << format_permille(gp.permille, lang);
        if (!index.pillar_bands.empty())
            std::cout << tr(lang, " · level ", " · mức ") << level_text(index, gp.level, lang);
        std::cout << '\n';
    }
    std::cout << '\n'
              << tr(lang, "Counted members (", "Đơn vị được tính (") << r.counted.size()
              << "): " << member_list(input, r.counted) << '\n';
    if (!r.excluded.empty())
        std::cout << tr(lang, "Members left out by relation (",
                        "Đơn vị không tính do quan hệ sở hữu (")
                  << r.excluded.size() << "): " << member_list(input, r.excluded) << '\n';
}

int score_group(const Options& opt, const std::string& text, const DocumentHead& head) {
    int code = kExitOk;
    auto index = load_index_for(opt, text, head, code);
    if (!index) return code;
    auto input = parse_group_input(*index, text);
    if (!input) {
        print_diagnostics(std::cerr, input.diagnostics(), opt.lang);
        return kExitRejected;
    }
    auto result = aggregate_group(*index, input.value());
    if (!result) {
        print_diagnostics(std::cerr, result.diagnostics(), opt.lang);
        return kExitRejected;
    }
    print_diagnostics(std::cerr, result.diagnostics(), opt.lang);  // warnings, if any
    if (opt.json)
        std::cout << group_result_to_canonical_json(result.value()) << '\n';
    else
        print_group(*index, input.value(), result.value(), opt.lang);
    return kExitOk;
}

}  // namespace

int run_score(const Options& opt) {
    auto file = single_file_argument(opt, "ANSWERS.json");
    if (!file) return kExitUsage;
    auto text = read_input(*file, opt.lang);
    if (!text) return kExitUsage;
    const DocumentHead head = peek_head(*text);
    if (head.format && *head.format == "dbi-group/1") return score_group(opt, *text, head);

    ScoredInput in;
    if (int code = load_and_score(opt, *text, head, in); code != kExitOk) return code;
    if (opt.json)
        std::cout << result_to_canonical_json(in.assessment) << '\n';
    else
        print_assessment(in.index, in.assessment, opt.lang);
    return kExitOk;
}

}  // namespace dbi::cli
