// reports.cpp — what the public and the administrator see of the stored results.
#include "reports.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dbi::server {
namespace {

using Json = nlohmann::json;

Json cells_json(const std::vector<PublicCell>& cells) {
    Json a = Json::array();
    for (const auto& c : cells)
        a.push_back({{"key", c.key}, {"count", c.count ? Json(*c.count) : Json(nullptr)}});
    return a;
}

Json filters_json(const std::optional<std::string>& province,
                  const std::optional<std::string>& sector,
                  const std::optional<std::string>& size) {
    Json f = Json::object();
    if (province) f["province"] = *province;
    if (sector) f["sector"] = *sector;
    if (size) f["size"] = *size;
    return f;
}

// RFC 4180 field; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
std::string csv_field(std::string s) {
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) s.insert(0, "'");
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// Mean of `sum` over `n` with one decimal, rounded half up, from integers only.
std::string mean_1dp(std::int64_t sum, std::int64_t n) {
    if (n <= 0) return "";
    std::int64_t tenths = (sum * 20 + n) / (2 * n);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10);  // Vietnamese comma
}

std::string size_name_vi(const std::string& s) {
    if (s == "micro") return "Siêu nhỏ";
    if (s == "small") return "Nhỏ";
    if (s == "medium") return "Vừa";
    if (s == "large") return "Lớn";
    if (s == "group") return "Tập đoàn, tổng công ty";
    return s;
}

}  // namespace

std::vector<PublicCell> suppress(const CountList& cells, std::int64_t min_cell) {
    std::vector<PublicCell> out;
    std::int64_t total = 0;
    std::size_t hidden = 0;
    for (const auto& [key, n] : cells) {
        total += n;
        bool small = n > 0 && n < min_cell;
        hidden += small ? 1 : 0;
        out.push_back({key, small ? std::nullopt : std::optional<std::int64_t>(n)});
    }
    if (hidden == 1 && total >= min_cell) {
        // Complementary suppression: hide the smallest shown non-zero cell as well.
        PublicCell* smallest = nullptr;
        for (auto& c : out)
            if (c.count && *c.count > 0 && (!smallest || *c.count < *smallest->count)) smallest = &c;
        if (smallest) smallest->count.reset();
    }
    return out;
}

std::string stats_json(const Counts& counts, const IndexDefinition& index, const StatsQuery& q,
                       std::int64_t min_cell) {
    CountList levels;
    for (const auto& info : index.levels) {
        std::int64_t n = 0;
        for (const auto& [key, c] : counts.by_level)
            if (key == std::to_string(info.level)) n = c;
        levels.emplace_back(std::to_string(info.level), n);
    }
    const bool total_shown = counts.total == 0 || counts.total >= min_cell;
    Json j = {{"index", q.index_id},
              {"filters", filters_json(q.province, q.sector, q.size_class)},
              {"min_cell", min_cell},
              {"total", total_shown ? Json(counts.total) : Json(nullptr)}};
    auto breakdown = [&](const CountList& cells) {
        if (!total_shown) {
            // The whole group is smaller than a cell: nothing below it is shown.
            std::vector<PublicCell> none;
            for (const auto& c : cells) none.push_back({c.first, std::nullopt});
            return cells_json(none);
        }
        return cells_json(suppress(cells, min_cell));
    };
    j["by_level"] = breakdown(levels);
    j["by_province"] = breakdown(counts.by_province);
    j["by_sector"] = breakdown(counts.by_sector);
    j["by_size"] = breakdown(counts.by_size);
    return j.dump();
}

std::string rankings_json(const RankingPage& page, const RankingQuery& q) {
    Json rows = Json::array();
    for (const auto& r : page.rows)
        rows.push_back({{"rank", r.rank},
                        {"name", r.name},
                        {"province", r.province},
                        {"sector", r.sector},
                        {"size", r.size_class},
                        {"score", r.score},
                        {"max", r.max},
                        {"level", r.level},
                        {"verified", r.verified},
                        {"assessed_at", r.issued_at}});
    Json f = filters_json(q.province, q.sector, q.size_class);
    if (q.verified) f["verified"] = *q.verified;
    return Json{{"index", q.index_id},
                {"filters", f},
                {"page", q.page},
                {"per_page", q.per_page},
                {"total", page.total},
                {"items", rows}}
        .dump();
}

std::string position_json(const Position& p, const std::string& tax_code,
                          const std::string& index_id) {
    // percentile: share of peers (others) with a strictly lower score, in whole percent.
    const std::int64_t others = p.peers - 1;
    const std::int64_t percentile = others > 0 ? (100 * p.below) / others : 100;
    return Json{{"tax_code", tax_code},
                {"index", index_id},
                {"peer_group", {{"province", p.province}, {"sector", p.sector}, {"size", p.size_class}}},
                {"score", p.score},
                {"max", p.max},
                {"level", p.level},
                {"rank", p.rank},
                {"peers", p.peers},
                {"below", p.below},
                {"percentile", percentile}}
        .dump();
}

std::string export_csv(const std::vector<ExportRow>& rows, ExportBy by, const ReferenceData* ref) {
    std::string out = "\xEF\xBB\xBF";
    const char* group_code = by == ExportBy::province ? "Mã tỉnh/thành phố"
                             : by == ExportBy::sector ? "Mã ngành VSIC cấp 1"
                                                      : "Quy mô";
    const char* group_name = by == ExportBy::province ? "Tỉnh/thành phố"
                             : by == ExportBy::sector ? "Ngành kinh tế"
                                                      : "Tên quy mô";
    out += std::string("Bộ chỉ số,") + group_code + "," + group_name +
           ",Số doanh nghiệp,Mức 0,Mức 1,Mức 2,Mức 3,Mức 4,Mức 5,Điểm trung bình,"
           "Số có xác nhận của chuyên gia\r\n";
    for (const auto& r : rows) {
        std::string name = r.group;
        if (by == ExportBy::size) name = size_name_vi(r.group);
        else if (ref && by == ExportBy::province) {
            if (const Province* p = ref->find_province(r.group)) name = p->name.vi;
        } else if (ref && by == ExportBy::sector) {
            if (const VsicSection* s = ref->find_vsic_section(r.group)) name = s->name.vi;
        }
        out += csv_field(r.index_id) + "," + csv_field(r.group) + "," + csv_field(name) + "," +
               std::to_string(r.enterprises);
        for (auto n : r.levels) out += "," + std::to_string(n);
        out += "," + csv_field(mean_1dp(r.score_sum, r.enterprises)) + "," +
               std::to_string(r.verified) + "\r\n";
    }
    return out;
}

}  // namespace dbi::server
