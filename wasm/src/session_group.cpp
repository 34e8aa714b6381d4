// session_group.cpp — the group index set in the Session: member units, their results and the
// aggregate. A member's result is either an assessment made here with the SME or large index
// (scored by dbi_core like the enterprise's own) or a signed result file the unit sent, checked
// with the core's verify_envelope (signatures, trust list, answers hash, re-score) before it is
// accepted. The aggregate is dbi_core's aggregate_group: nothing is computed here.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "dbi/keyfile.hpp"
#include "dbi/unicode.hpp"
#include "session.hpp"

namespace dbi::web {

namespace {

using Json = nlohmann::json;

// A group with more units than this is assessed unit by unit with the CLI (dbi group).
constexpr std::size_t kMaxMembers = 200;
constexpr std::int64_t kMillion = 1'000'000;

std::optional<std::size_t> member_number(std::string_view text, std::size_t count) {
    const auto n = parse_whole_number(text);
    if (!n || *n < 0 || static_cast<std::size_t>(*n) >= count) return std::nullopt;
    return static_cast<std::size_t>(*n);
}

}  // namespace

void Session::load_trust() {
    trust_ = TrustList{};
    import_checks_.clear();
    if (trust_text_.empty() || root_text_.empty()) return;
    auto root = crypto::parse_public_key_file(root_text_);
    if (!root || root.value().role != Role::root) {
        data_errors_.push_back(
            Notice{Severity::error,
                   Str::index_invalid,
                   {},
                   root ? make_diag("DBI-SUB-023", "") : root.diagnostics().front()});
        return;
    }
    auto list = verify_trust_list(trust_text_, {root.value().public_key}, crypto::verifier());
    if (!list) {
        data_errors_.push_back(
            Notice{Severity::error, Str::index_invalid, {}, list.diagnostics().front()});
        return;
    }
    trust_ = std::move(list.value());
}

const Result<VerifiedEnvelope>& Session::check_import(const std::string& envelope) {
    auto it = import_checks_.find(envelope);
    if (it == import_checks_.end()) {
        const IndexLookup lookup = [this](std::string_view id) -> const IndexDefinition* {
            for (const auto& [set, def] : indices_)
                if (def.id == id) return &def;
            return nullptr;
        };
        it = import_checks_
                 .emplace(envelope, verify_envelope(envelope, trust_, crypto::verifier(), lookup))
                 .first;
    }
    return it->second;
}

void Session::import_member(std::string_view envelope_text) {
    const IndexDefinition* group = index("group");
    if (members_.size() >= kMaxMembers) {
        notice(Severity::error, Str::member_too_many, {std::to_string(kMaxMembers)});
        return;
    }
    const std::string text(envelope_text);
    const Result<VerifiedEnvelope>& checked = check_import(text);
    if (!checked) {
        // Not added: a file that does not verify is never part of the group.
        notices_.push_back(
            Notice{Severity::error, Str::member_import_failed, {}, checked.diagnostics().front()});
        changed(false);
        return;
    }
    const VerifiedEnvelope& v = checked.value();
    const std::string& index_id = v.assessment.assessment.index_id;
    if (group && group->aggregation) {
        const auto& accepted = group->aggregation->member_indices;
        if (std::find(accepted.begin(), accepted.end(), index_id) == accepted.end()) {
            std::string list;
            for (const std::string& a : accepted) list += (list.empty() ? "" : ", ") + a;
            notices_.push_back(
                Notice{Severity::error,
                       Str::member_import_failed,
                       {},
                       make_diag("DBI-GRP-004", "", {v.assessment.subject.name, index_id, list})});
            changed(false);
            return;
        }
    }
    for (const MemberDraft& d : members_) {
        if (d.envelope.empty()) continue;
        const auto& other = check_import(d.envelope);
        if (other && other.value().assessment_sha256 == v.assessment_sha256) {
            notice(Severity::warning, Str::member_duplicate, {v.assessment.subject.name});
            return;
        }
    }
    MemberDraft d;
    d.name = v.assessment.subject.name;
    d.set =
        v.assessment.subject.size_class == "large" || index_id.find(".large") != std::string::npos
            ? "large"
            : "sme";
    d.envelope = text;
    members_.push_back(std::move(d));
    notices_.push_back(
        Notice{Severity::info, Str::member_imported, {v.assessment.subject.name}, std::nullopt});
    changed(true);
}

void Session::set_member(std::size_t i, std::string_view field, const std::string& value) {
    MemberDraft& d = members_[i];
    if (field == "name") {
        d.name = value.substr(0, 1200);
    } else if (field == "relation") {
        const IndexDefinition* group = index("group");
        if (!group || !group->aggregation) return;
        const auto& rel = group->aggregation->relations;
        if (std::none_of(rel.begin(), rel.end(), [&](const auto& r) { return r.id == value; }))
            return;
        d.relation = value;
    } else if (field == "revenue_m") {
        d.revenue_m = value.substr(0, 32);
    } else if (field == "employees") {
        d.employees = value.substr(0, 32);
    } else if (field == "set") {
        // An imported result keeps the index it was signed with.
        if (!d.envelope.empty() || (value != "sme" && value != "large")) return;
        d.set = value;
    } else {
        return;
    }
    changed(true);
}

bool Session::member_command(std::string_view cmd) {
    constexpr std::string_view kAssess = "member_assess:", kRemove = "member_remove:";
    if (cmd == "group") {
        go(Route{Page::group, 0});
    } else if (cmd == "member_add") {
        if (members_.size() >= kMaxMembers) {
            notice(Severity::error, Str::member_too_many, {std::to_string(kMaxMembers)});
            return true;
        }
        members_.push_back(MemberDraft{});
        changed(true);
    } else if (cmd == "member_import") {
        effects_.push_back(Effect{Effect::Kind::pick_file, "member", {}});
        changed(false);
    } else if (cmd.substr(0, kAssess.size()) == kAssess) {
        const auto i = member_number(cmd.substr(kAssess.size()), members_.size());
        if (!i || !members_[*i].envelope.empty()) return true;
        editing_member_ = static_cast<int>(*i);
        changed(true);
        go(Route{Page::pillar, 1});
    } else if (cmd.substr(0, kRemove.size()) == kRemove) {
        const auto i = member_number(cmd.substr(kRemove.size()), members_.size());
        if (!i) return true;
        const std::string name = members_[*i].name;
        members_.erase(members_.begin() + static_cast<std::ptrdiff_t>(*i));
        if (editing_member_ == static_cast<int>(*i))
            editing_member_ = -1;
        else if (editing_member_ > static_cast<int>(*i))
            --editing_member_;
        notices_.push_back(Notice{Severity::info, Str::member_removed, {name}, std::nullopt});
        changed(true);
    } else {
        return false;
    }
    return true;
}

void Session::recompute_group() {
    member_status_.clear();
    group_result_.reset();
    group_errors_.clear();
    if (members_.empty()) return;
    const IndexDefinition* group = index("group");
    GroupInput input;
    input.index_id = group ? group->id : std::string();
    for (std::size_t i = 0; i < members_.size(); ++i) {
        const MemberDraft& d = members_[i];
        MemberStatus st;
        MemberUnit unit;
        unit.id = "m" + std::to_string(i + 1);
        unit.name =
            d.name.empty() ? fmt(Str::member_title, lang_, {std::to_string(i + 1), ""}) : d.name;
        unit.relation = d.relation;
        auto amount = [&](const char* field, const std::string& text, std::int64_t scale,
                          std::int64_t* out) {
            if (text.empty()) return;  // not known: the fallback weight basis takes over
            const auto v = parse_whole_number(text);
            if (!v || *v > kMaxAmountVnd / scale) {
                st.errors.push_back(
                    {field, Notice{Severity::error, Str::err_whole_number, {}, std::nullopt}});
                return;
            }
            *out = *v * scale;
        };
        amount("revenue_m", d.revenue_m, kMillion, &unit.revenue_vnd);
        amount("employees", d.employees, 1, &unit.employees);

        std::optional<Assessment> assessed;
        if (!d.envelope.empty()) {
            const Result<VerifiedEnvelope>& checked = check_import(d.envelope);
            if (checked) {
                const VerifiedEnvelope& v = checked.value();
                st.tax_code = v.assessment.subject.tax_code;
                st.signers = v.signers;
                st.rescored = v.rescored;
                assessed = v.assessment.assessment;
            } else {
                st.errors.push_back({"", Notice{Severity::error,
                                                Str::member_import_failed,
                                                {},
                                                checked.diagnostics().front()}});
            }
        } else if (const IndexDefinition* idx = index(d.set)) {
            auto scored = score(*idx, answers_from(*idx, d.raw, nullptr));
            if (scored) {
                st.answered = scored.value().answered;
                st.criteria = scored.value().criteria;
                // Only a finished assessment counts: a half-answered unit would pull the group
                // down with points it may well have.
                if (st.answered == st.criteria) assessed = std::move(scored.value());
            }
        } else if (std::find(requested_.begin(), requested_.end(), d.set) == requested_.end()) {
            requested_.push_back(d.set);
            effects_.push_back(Effect{Effect::Kind::load_index, d.set, {}});
        }
        if (assessed) {
            unit.index_id = assessed->index_id;
            unit.total_points = assessed->total_points;
            unit.max_points = assessed->max_points;
            unit.level = assessed->level;
            for (const PillarScore& p : assessed->pillars)
                unit.pillars.push_back(MemberPillar{p.id, p.points, p.max});
            if (st.errors.empty()) {
                st.unit = unit;
                input.members.push_back(std::move(unit));
            }
        }
        member_status_.push_back(std::move(st));
    }
    if (!group || input.members.empty()) return;
    auto result = aggregate_group(*group, input);
    if (result) {
        group_result_ = std::move(result.value());
    } else {
        for (const Diagnostic& d : result.diagnostics())
            group_errors_.push_back(Notice{Severity::error, Str::count_, {}, d});
    }
}

int Session::restore_members(const Json& list, std::int64_t editing) {
    int damaged = 0;
    members_.clear();
    for (const Json& m : list) {
        if (!m.is_object() || members_.size() >= kMaxMembers) {
            ++damaged;
            continue;
        }
        MemberDraft d;
        auto text = [&](const char* key, std::string* out, std::size_t limit) {
            auto it = m.find(key);
            if (it == m.end()) return;
            if (!it->is_string() || it->get<std::string>().size() > limit) {
                ++damaged;
                return;
            }
            auto nfc = to_nfc(it->get<std::string>());
            if (nfc)
                *out = nfc.value();
            else
                ++damaged;
        };
        text("name", &d.name, 1200);
        text("relation", &d.relation, 64);
        text("revenue_m", &d.revenue_m, 32);
        text("employees", &d.employees, 32);
        text("set", &d.set, 8);
        if (d.set != "sme" && d.set != "large") {
            d.set = "sme";
            ++damaged;
        }
        if (auto it = m.find("envelope"); it != m.end()) {
            // Kept byte for byte: verification is over the exact text.
            if (it->is_string())
                d.envelope = it->get<std::string>();
            else
                ++damaged;
        }
        if (auto it = m.find("answers"); it != m.end() && d.envelope.empty()) {
            if (it->is_object())
                damaged += read_raws(*it, index(d.set), &d.raw);
            else
                ++damaged;
        }
        members_.push_back(std::move(d));
    }
    editing_member_ = editing >= 0 && static_cast<std::size_t>(editing) < members_.size() &&
                              members_[static_cast<std::size_t>(editing)].envelope.empty()
                          ? static_cast<int>(editing)
                          : -1;
    return damaged;
}

}  // namespace dbi::web
