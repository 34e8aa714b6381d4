// Group/corporation aggregation of member-unit results.
#include "dbi/group.hpp"

#include <algorithm>
#include <set>

#include "canonical_json_impl.hpp"
#include "dbi/unicode.hpp"
#include "json_reader.hpp"

namespace dbi {

using detail::Diags;
using detail::Json;
using detail::ObjectReader;

namespace {

// 128-bit intermediates: weights up to 10^15 VND times per-mille values times many members
// overflow 64 bits; __int128 behaves identically natively and in wasm.
__extension__ typedef __int128 Wide;

// Reads the parts of a "dbi-result/1" a group needs; other fields are allowed (it is a
// complete result document), but what is read must be consistent.
void read_member_result(const Json& j, const std::string& pointer, MemberUnit& m, Diags& diags) {
    ObjectReader r(j, pointer, diags);
    if (!r.valid()) return;
    if (const Json* index = r.object("index", true))
        if (index->contains("id") && (*index)["id"].is_string())
            m.index_id = (*index)["id"].get<std::string>();
    if (const Json* total = r.object("total", true)) {
        ObjectReader t(*total, r.at("total"), diags);
        m.total_points = static_cast<int>(t.integer("points", true, 0, 1'000'000).value_or(0));
        m.max_points = static_cast<int>(t.integer("max", true, 1, 1'000'000).value_or(1));
        m.level = static_cast<int>(t.integer("level", true, 0, 100).value_or(0));
        t.finish();
    }
    int sum = 0, sum_max = 0;
    if (const Json* pillars = r.array("pillars", true))
        for (std::size_t i = 0; i < pillars->size(); ++i) {
            const Json& pj = (*pillars)[i];
            std::string p = pointer_join(r.at("pillars"), i);
            if (!pj.is_object() || !pj.contains("id") || !pj["id"].is_string() ||
                !pj.contains("points") || !pj["points"].is_number_integer() ||
                !pj.contains("max") || !pj["max"].is_number_integer()) {
                detail::expect_type(pj, p, "@pillar_result", diags);
                continue;
            }
            const auto points = pj["points"].get<std::int64_t>();
            const auto max = pj["max"].get<std::int64_t>();
            if (points < 0 || max <= 0 || points > max || max > 1'000'000) {
                diags.push_back(make_diag("DBI-GRP-007", p, {m.id, "points/max"}));
                continue;
            }
            MemberPillar mp{pj["id"].get<std::string>(), static_cast<int>(points),
                            static_cast<int>(max)};
            sum += mp.points;
            sum_max += mp.max;
            m.pillars.push_back(std::move(mp));
        }
    if (sum != m.total_points || sum_max != m.max_points)
        diags.push_back(make_diag("DBI-GRP-007", r.at("total"), {m.id, "total"}));
    // The rest of the result (hashes, criteria, completeness) is not needed here.
    for (const char* k : {"format", "answers_sha256", "completeness", "unanswered"}) r.get(k, false);
    r.finish();
}

}  // namespace

Result<GroupInput> parse_group_input(const IndexDefinition& group_index,
                                     std::string_view json_text) noexcept {
    if (group_index.model != IndexModel::group_aggregate || !group_index.aggregation)
        return Result<GroupInput>::fail(make_diag("DBI-GRP-002", "", {group_index.id}));
    auto root = detail::parse_strict(json_text, {4u << 20, 32});
    if (!root) return Result<GroupInput>::fail(root.diagnostics());
    const Aggregation& agg = *group_index.aggregation;
    Diags diags;
    GroupInput in;
    ObjectReader r(root.value(), "", diags);
    if (r.valid()) {
        if (auto fmt = r.string("format", true); fmt && *fmt != "dbi-group/1")
            diags.push_back(make_diag("DBI-GRP-001", "/format", {*fmt}));
        in.index_id = r.string("index", true).value_or("");
        if (!in.index_id.empty() && in.index_id != group_index.id)
            diags.push_back(make_diag("DBI-ANS-002", "/index", {in.index_id, group_index.id}));
        std::set<std::string> ids;
        std::string relation_ids, member_ids;
        for (const auto& rel : agg.relations) relation_ids += (relation_ids.empty() ? "" : ", ") + rel.id;
        for (const auto& mi : agg.member_indices) member_ids += (member_ids.empty() ? "" : ", ") + mi;
        if (const Json* members = r.array("members", true)) {
            if (members->empty()) diags.push_back(make_diag("DBI-GRP-008", "/members"));
            for (std::size_t i = 0; i < members->size(); ++i) {
                std::string p = pointer_join("/members", i);
                ObjectReader m((*members)[i], p, diags);
                if (!m.valid()) continue;
                MemberUnit u;
                u.id = m.string("id", true).value_or("");
                if (!u.id.empty() && !ids.insert(u.id).second)
                    diags.push_back(make_diag("DBI-GRP-005", m.at("id"), {u.id}));
                if (auto name = m.string("name", true)) {
                    auto nfc = to_nfc(*name);
                    if (nfc) u.name = std::move(nfc.value());
                    else diags.push_back(make_diag("DBI-UTF-001", m.at("name"), {"?"}));
                }
                u.relation = m.string("relation", true).value_or("");
                if (!u.relation.empty() &&
                    std::none_of(agg.relations.begin(), agg.relations.end(),
                                 [&](const GroupRelation& g) { return g.id == u.relation; }))
                    diags.push_back(make_diag("DBI-GRP-003", m.at("relation"),
                                              {u.id, u.relation, relation_ids}));
                u.revenue_vnd = m.integer("revenue_vnd", false, 0, 1'000'000'000'000'000'000).value_or(0);
                u.employees = m.integer("employees", false, 0, 100'000'000).value_or(0);
                if (const Json* res = m.object("result", true))
                    read_member_result(*res, m.at("result"), u, diags);
                // A member without one of the group's pillars would silently count as 0 there.
                for (const auto& gp : group_index.pillars)
                    if (std::none_of(u.pillars.begin(), u.pillars.end(),
                                     [&](const MemberPillar& mp) { return mp.id == gp.id; }))
                        diags.push_back(make_diag("DBI-GRP-007", m.at("result"),
                                                  {u.id, "pillar " + gp.id}));
                if (!u.index_id.empty() &&
                    std::find(agg.member_indices.begin(), agg.member_indices.end(), u.index_id) ==
                        agg.member_indices.end())
                    diags.push_back(make_diag("DBI-GRP-004", m.at("result"),
                                              {u.id, u.index_id, member_ids}));
                m.finish();
                in.members.push_back(std::move(u));
            }
        }
        r.finish();
    }
    if (detail::has_errors(diags)) return Result<GroupInput>::fail(std::move(diags));
    return Result<GroupInput>::ok(std::move(in));
}

Result<GroupResult> aggregate_group(const IndexDefinition& group_index,
                                    const GroupInput& input) noexcept {
    if (group_index.model != IndexModel::group_aggregate || !group_index.aggregation)
        return Result<GroupResult>::fail(make_diag("DBI-GRP-002", "", {group_index.id}));
    const Aggregation& agg = *group_index.aggregation;
    GroupResult out;
    out.index_id = group_index.id;

    std::vector<const MemberUnit*> counted;
    for (const auto& m : input.members) {
        bool excluded = std::find(agg.excluded_relations.begin(), agg.excluded_relations.end(),
                                  m.relation) != agg.excluded_relations.end();
        (excluded ? out.excluded : out.counted).push_back(m.id);
        if (!excluded) counted.push_back(&m);
    }
    // The primary basis applies only when every counted member has it; otherwise all members
    // switch to the fallback, so weights are never mixed across bases.
    auto weight_of = [](const MemberUnit& m, const std::string& basis) -> std::int64_t {
        return basis == "revenue" ? m.revenue_vnd : m.employees;
    };
    out.weight_basis = agg.weight_basis;
    bool all_have = std::all_of(counted.begin(), counted.end(), [&](const MemberUnit* m) {
        return weight_of(*m, agg.weight_basis) > 0;
    });
    if (!all_have && !agg.fallback_weight_basis.empty()) out.weight_basis = agg.fallback_weight_basis;

    Wide total_weight = 0;
    for (const auto* m : counted) total_weight += weight_of(*m, out.weight_basis);
    if (counted.empty() || total_weight == 0)
        return Result<GroupResult>::fail(make_diag("DBI-GRP-006", "/members"));

    Wide level_sum = 0, total_sum = 0;
    std::vector<Wide> pillar_sum(group_index.pillars.size(), 0);
    out.min_member_level = counted.front()->level;
    out.max_member_level = counted.front()->level;
    for (const auto* m : counted) {
        const Wide w = weight_of(*m, out.weight_basis);
        level_sum += w * m->level;
        // Per-mille share of the member's maximum, floored: identical on every platform.
        total_sum += w * (Wide(m->total_points) * 1000 / m->max_points);
        for (std::size_t i = 0; i < group_index.pillars.size(); ++i)
            for (const auto& mp : m->pillars)
                if (mp.id == group_index.pillars[i].id)
                    pillar_sum[i] += w * (Wide(mp.points) * 1000 / mp.max);
        out.min_member_level = std::min(out.min_member_level, m->level);
        out.max_member_level = std::max(out.max_member_level, m->level);
    }
    out.level = static_cast<int>(level_sum / total_weight);
    out.total_permille = static_cast<int>(total_sum / total_weight);
    for (std::size_t i = 0; i < group_index.pillars.size(); ++i) {
        GroupPillar gp{group_index.pillars[i].id, static_cast<int>(pillar_sum[i] / total_weight), 0};
        if (!group_index.pillar_bands.empty())
            gp.level = std::max(0, level_for_percent(group_index.pillar_bands, gp.permille, 1000));
        out.pillars.push_back(std::move(gp));
    }
    return Result<GroupResult>::ok(std::move(out));
}

std::string group_result_to_canonical_json(const GroupResult& r) {
    Json pillars = Json::array();
    for (const auto& p : r.pillars)
        pillars.push_back({{"id", p.id}, {"permille", p.permille}, {"level", p.level}});
    Json doc = {{"format", "dbi-group-result/1"},
                {"index", r.index_id},
                {"weight_basis", r.weight_basis},
                {"level", r.level},
                {"min_member_level", r.min_member_level},
                {"max_member_level", r.max_member_level},
                {"total_permille", r.total_permille},
                {"pillars", pillars},
                {"counted", r.counted},
                {"excluded", r.excluded}};
    auto bytes = detail::write_canonical(doc);
    DBI_ASSERT(bytes.ok());
    return bytes.ok() ? std::move(bytes.value()) : std::string();
}

}  // namespace dbi
