#include "screen_model.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

namespace dbi::web {

namespace {

using Json = nlohmann::json;

struct Ctx {
    const Session& s;
    Lang lang;
    const IndexDefinition* index;
    const Assessment* assessment;
    std::map<std::string, const CriterionScore*> scores;
};

std::string level_name(const IndexDefinition* idx, int level, Lang lang) {
    const LevelInfo* info = idx ? idx->find_level(level) : nullptr;
    return info ? info->name.in(lang) : std::string();
}

// Lower edges (percent) of the pillar levels 1..N, and the same as a sentence.
std::vector<int> level_thresholds(const IndexDefinition& idx, Lang lang, std::string* text) {
    std::vector<int> out;
    std::string list;
    for (const Band& b : idx.pillar_bands) {
        if (b.result < 1 || !b.min.value) continue;
        out.push_back(static_cast<int>(*b.min.value));
        if (!list.empty()) list += ", ";
        list += std::to_string(b.result) + ": > " + std::to_string(*b.min.value) + " %";
    }
    *text = fmt(Str::levels_note, lang, {list});
    return out;
}

int percent_of(int points, int max) { return max > 0 ? points * 100 / max : 0; }

std::string period_text(const std::string& period, Lang lang) {
    if (period == "3_months") return tr(Str::period_3_months, lang);
    if (period == "latest_year") return tr(Str::period_latest_year, lang);
    if (period == "assessment_period") return tr(Str::period_assessment, lang);
    if (period == "3_years") return tr(Str::period_3_years, lang);
    return {};
}

std::string criterion_status(const Ctx& c, const std::string& id, bool* answered, int* points,
                             int* max) {
    auto it = c.scores.find(id);
    if (it == c.scores.end()) return tr(Str::not_answered, c.lang);
    *points = it->second->points;
    *max = it->second->max;
    *answered = it->second->status == CriterionStatus::answered;
    if (!*answered) return tr(Str::not_answered, c.lang);
    return fmt(Str::answered_points, c.lang, {std::to_string(*points), std::to_string(*max)});
}

CriterionView criterion_view(const Ctx& ctx, const Criterion& c) {
    const Lang lang = ctx.lang;
    CriterionView v;
    v.id = c.id;
    v.label = c.label.in(lang);
    v.question = c.question.in(lang);
    if (c.help) v.help = c.help->in(lang);
    v.period = period_text(c.period, lang);
    const AnswerSpec& spec = c.answer;
    if (spec.gate) v.gate_question = spec.gate->in(lang);
    const RawAnswer* raw = ctx.s.raw_answer(c.id);
    const RawAnswer none;
    if (!raw) raw = &none;
    if (is_ladder(spec.type)) {
        v.kind = "ladder";
        if (spec.gate) {
            v.options.push_back(OptionView{"opt:" + c.id + ":0", 0, tr(Str::gate_no, lang), 0,
                                           raw->gate == 0});
        }
        for (std::size_t i = 0; i < spec.options.size(); ++i) {
            const int n = static_cast<int>(i) + 1;
            v.options.push_back(OptionView{"opt:" + c.id + ":" + std::to_string(n), n,
                                           spec.options[i].label.in(lang), spec.options[i].points,
                                           raw->option == n && raw->gate != 0});
        }
    } else {
        v.kind = "numeric";
        v.gate = raw->gate;
        if (spec.gate) {
            v.options.push_back(OptionView{"gate:" + c.id + ":1", 1, tr(Str::gate_yes, lang), 0,
                                           raw->gate == 1});
            v.options.push_back(OptionView{"gate:" + c.id + ":0", 0, tr(Str::gate_no, lang), 0,
                                           raw->gate == 0});
        }
        const bool enabled = raw->gate != 0;
        if (spec.type == AnswerType::ratio) {
            v.numbers.push_back(NumberView{"num:" + c.id + ":numerator", "numerator",
                                           spec.numerator ? spec.numerator->in(lang) : "",
                                           raw->numerator, enabled});
            v.numbers.push_back(NumberView{"num:" + c.id + ":denominator", "denominator",
                                           spec.denominator ? spec.denominator->in(lang) : "",
                                           raw->denominator, enabled});
            const auto num = parse_whole_number(raw->numerator);
            const auto den = parse_whole_number(raw->denominator);
            if (num && den && *den > 0 && *num <= *den)
                v.ratio_text = fmt(Str::ratio_is, lang, {std::to_string(*num * 100 / *den)});
        } else {
            const std::string unit = spec.unit ? spec.unit->in(lang) : std::string();
            v.numbers.push_back(NumberView{
                "num:" + c.id + ":value", "value",
                fmt(spec.type == AnswerType::speed ? Str::value_speed : Str::value_count, lang, {unit}),
                raw->value, enabled});
        }
    }
    v.status = criterion_status(ctx, c.id, &v.answered, &v.points, &v.max);
    v.max = c.max_points;
    if (const auto* errors = ctx.s.answer_errors(c.id))
        for (const Notice& n : *errors) v.errors.push_back(n.text(lang));
    return v;
}

std::string first_key(const CriterionView& c) {
    if (!c.options.empty()) {
        // A radio group takes focus on its selected option, else its first.
        for (const OptionView& o : c.options)
            if (o.selected) return o.key;
        return c.options.front().key;
    }
    return c.numbers.empty() ? std::string() : c.numbers.front().key;
}

void build_nav(const Ctx& ctx, ScreenModel& m) {
    const Lang lang = ctx.lang;
    const Route& r = ctx.s.route();
    m.nav.push_back(NavItem{"cmd:welcome", "/welcome", tr(Str::nav_welcome, lang),
                            r.page == Page::welcome});
    m.nav.push_back(NavItem{"cmd:profile", "/profile", tr(Str::nav_profile, lang),
                            r.page == Page::profile});
    const bool group = ctx.s.editing_member() >= 0 || ctx.s.active_set() == "group";
    if (group)
        m.nav.push_back(
            NavItem{"cmd:group", "/group", tr(Str::nav_group, lang), r.page == Page::group});
    // The group set has no questionnaire or results of its own, only its members'.
    if (group && ctx.s.editing_member() < 0) return;
    if (ctx.index) {
        for (std::size_t i = 0; i < ctx.index->pillars.size(); ++i) {
            const std::string n = std::to_string(i + 1);
            NavItem item{"cmd:pillar:" + n, "/pillar/" + n, fmt(Str::nav_pillar, lang, {n}),
                         r.page == Page::pillar && r.pillar == static_cast<int>(i) + 1};
            if (ctx.assessment && i < ctx.assessment->pillars.size()) {
                item.answered = ctx.assessment->pillars[i].answered;
                item.total = ctx.assessment->pillars[i].criteria;
            }
            m.nav.push_back(item);
        }
    }
    m.nav.push_back(NavItem{"cmd:results", "/results", tr(Str::nav_results, lang),
                            r.page == Page::results});
    m.nav.push_back(NavItem{"cmd:report", "/report", tr(Str::nav_report, lang),
                            r.page == Page::report});
}

void build_welcome(const Ctx& ctx, ScreenModel& m) {
    const Lang lang = ctx.lang;
    m.heading = tr(Str::kit_name, lang);
    m.paragraphs.push_back({"", tr(Str::kit_tagline, lang)});
    m.paragraphs.push_back({tr(Str::about_heading, lang), tr(Str::about_body, lang)});
    m.paragraphs.push_back({"", tr(Str::not_official, lang)});
    const int criteria = ctx.index ? ctx.index->scored_criteria_count() : 0;
    if (ctx.s.kiosk_mode()) {
        // A kiosk keeps no draft: the duration text's promise does not hold there.
        m.paragraphs.push_back({tr(Str::privacy_heading, lang), tr(Str::kiosk_privacy, lang)});
    } else {
        m.paragraphs.push_back({tr(Str::duration_heading, lang),
                                fmt(Str::duration_body, lang, {std::to_string(criteria)})});
        m.paragraphs.push_back({tr(Str::privacy_heading, lang), tr(Str::privacy_body, lang)});
    }
    if (ctx.index) {
        m.paragraphs.push_back({tr(Str::index_heading, lang), ctx.index->title.in(lang)});
        m.paragraphs.push_back({"", tr(Str::computed_in_browser, lang)});
        m.table.push_back({"", {tr(Str::col_pillar, lang), tr(Str::col_max_points, lang),
                                tr(Str::col_criteria, lang)}});
        int total_criteria = 0;
        for (const Pillar& p : ctx.index->pillars) {
            int n = 0;
            for (const Indicator& ind : p.indicators)
                n += static_cast<int>(std::count_if(ind.criteria.begin(), ind.criteria.end(),
                                                    [](const Criterion& c) { return c.scored; }));
            total_criteria += n;
            m.table.push_back({p.id, {p.id + ". " + p.label.in(lang), std::to_string(p.max_points),
                                      std::to_string(n)}});
        }
        m.table.push_back({"total", {tr(Str::total, lang), std::to_string(ctx.index->max_points),
                                     std::to_string(total_criteria)}});
    } else if (ctx.s.data_errors().empty()) {
        m.paragraphs.push_back({tr(Str::index_heading, lang), tr(Str::index_loading, lang)});
    }
    const bool started = ctx.assessment && ctx.assessment->answered > 0;
    m.actions.push_back(ActionView{"cmd:start",
                                   tr(started ? Str::continue_assessment : Str::start_assessment, lang),
                                   true, true});
}

void build_profile(const Ctx& ctx, ScreenModel& m) {
    const Lang lang = ctx.lang;
    const Session& s = ctx.s;
    const ProfileDraft& p = s.profile();
    m.heading = tr(Str::profile_heading, lang);
    m.paragraphs.push_back({"", tr(Str::profile_intro, lang)});
    auto field = [&](const char* name, Str label, const char* kind, const std::string& value) {
        FieldView f;
        f.key = std::string("field:") + name;
        f.name = name;
        f.label = tr(label, lang);
        f.kind = kind;
        f.value = value;
        auto it = s.profile_errors().find(name);
        if (it != s.profile_errors().end()) f.error = it->second.text(lang);
        return f;
    };
    m.fields.push_back(field("name", Str::f_name, "text", p.name));
    FieldView tax = field("tax_code", Str::f_tax, "text", p.tax_code);
    tax.hint = tr(Str::f_tax_hint, lang);
    if (s.tax_code_valid()) {
        tax.valid = true;
        tax.hint = tr(Str::tax_ok, lang);
    }
    m.fields.push_back(tax);
    FieldView province = field("province", Str::f_province, "select", p.province);
    FieldView vsic = field("vsic", Str::f_vsic, "select", p.vsic);
    vsic.hint = tr(Str::f_vsic_hint, lang);
    if (const ReferenceData* ref = s.reference()) {
        for (const Province& pr : ref->provinces)
            province.choices.push_back({pr.code, pr.name.in(lang)});
        for (const VsicSection& v : ref->vsic_sections)
            vsic.choices.push_back({v.code, v.code + " – " + v.name.in(lang)});
    }
    m.fields.push_back(province);
    m.fields.push_back(vsic);
    m.fields.push_back(field("employees", Str::f_employees, "number", p.employees));
    m.fields.push_back(field("revenue_m", Str::f_revenue, "number", p.revenue_m));
    m.fields.push_back(field("capital_m", Str::f_capital, "number", p.capital_m));
    FieldView group = field("group", Str::f_group, "checkbox", p.group ? "1" : "0");
    group.required = false;
    m.fields.push_back(group);

    m.proposal_heading = tr(Str::proposed_heading, lang);
    std::string proposed;
    if (const Classification* c = s.classification()) {
        proposed = std::string(to_string(c->index_set));
        const Str set_name = c->index_set == IndexSet::sme     ? Str::set_sme
                             : c->index_set == IndexSet::large ? Str::set_large
                                                               : Str::set_group;
        m.proposal = fmt(Str::proposed_is, lang, {tr(set_name, lang)});
        for (const Diagnostic& d : c->reasons) m.reasons.push_back(render(d, lang));
    } else {
        m.proposal = tr(Str::proposed_pending, lang);
    }
    const std::string active = s.active_set();
    const std::pair<const char*, Str> kSets[] = {
        {"sme", Str::set_sme}, {"large", Str::set_large}, {"group", Str::set_group}};
    for (const auto& [value, label] : kSets) {
        SetChoice c;
        c.key = std::string("set:") + value;
        c.value = value;
        c.proposed = proposed == value;
        c.label = c.proposed ? fmt(Str::proposed_mark, lang, {tr(label, lang)}) : tr(label, lang);
        c.selected = active == value;
        m.sets.push_back(c);
    }
    m.set_note = active == "group" ? tr(Str::group_intro, lang) : tr(Str::override_note, lang);
    if (!s.index(active)) m.set_note = tr(Str::index_loading, lang);
    m.actions.push_back(ActionView{"cmd:back", tr(Str::back, lang), true, false});
    m.actions.push_back(ActionView{"cmd:next", tr(Str::next, lang),
                                   ctx.index != nullptr || (active == "group" && s.index(active)),
                                   true});
}

void build_pillar(const Ctx& ctx, ScreenModel& m) {
    const Lang lang = ctx.lang;
    if (!ctx.index) {
        m.heading = tr(Str::no_index, lang);
        m.actions.push_back(ActionView{"cmd:profile", tr(Str::to_profile, lang), true, true});
        return;
    }
    const int count = static_cast<int>(ctx.index->pillars.size());
    const int n = std::clamp(ctx.s.route().pillar, 1, count);
    const Pillar& p = ctx.index->pillars[static_cast<std::size_t>(n - 1)];
    m.pillar_number = n;
    m.pillar_count = count;
    m.pillar_id = p.id;
    m.pillar_label = p.label.in(lang);
    if (p.help) m.pillar_help = p.help->in(lang);
    m.heading = fmt(Str::pillar_heading, lang, {std::to_string(n), std::to_string(count), m.pillar_label});
    if (ctx.assessment) {
        const PillarScore& ps = ctx.assessment->pillars[static_cast<std::size_t>(n - 1)];
        m.progress_pillar = fmt(Str::progress_pillar, lang,
                                {std::to_string(ps.answered), std::to_string(ps.criteria)});
    }
    for (const Indicator& ind : p.indicators) {
        IndicatorView iv;
        iv.id = ind.id;
        iv.label = ind.label.in(lang);
        if (ind.help) iv.help = ind.help->in(lang);
        for (const Criterion& c : ind.criteria) {
            iv.criteria.push_back(criterion_view(ctx, c));
            const CriterionView& cv = iv.criteria.back();
            if (m.skip_target.empty() && !cv.answered) m.skip_target = first_key(cv);
        }
        m.indicators.push_back(std::move(iv));
    }
    m.actions.push_back(ActionView{"cmd:back", tr(Str::back, lang), true, false});
    m.actions.push_back(ActionView{"cmd:next", tr(n < count ? Str::next : Str::to_results, lang),
                                   true, true});
}

void build_results(const Ctx& ctx, ScreenModel& m) {
    const Lang lang = ctx.lang;
    const Session& s = ctx.s;
    m.heading = tr(m.route == "/report" ? Str::report_heading : Str::results_heading, lang);
    if (!ctx.index || !ctx.assessment) {
        m.paragraphs.push_back({"", tr(Str::no_index, lang)});
        m.actions.push_back(ActionView{"cmd:profile", tr(Str::to_profile, lang), true, true});
        return;
    }
    const Assessment& a = *ctx.assessment;
    const IndexDefinition& idx = *ctx.index;
    m.has_results = true;
    ResultsView& r = m.results;
    r.total = a.total_points;
    r.max = a.max_points;
    r.level = a.level;
    r.answered = a.answered;
    r.criteria = a.criteria;
    r.total_text = fmt(Str::total_line, lang, {std::to_string(a.total_points), std::to_string(a.max_points)});
    r.level_text = fmt(Str::level_line, lang, {std::to_string(a.level), level_name(&idx, a.level, lang)});
    if (const LevelInfo* li = idx.find_level(a.level)) r.level_meaning = li->meaning.in(lang);
    if (a.answered < a.criteria)
        r.incomplete = fmt(Str::incomplete, lang, {std::to_string(a.criteria - a.answered)});
    r.index_id = idx.id;
    r.index_title = idx.title.in(lang);
    if (const EnterpriseProfile* p = s.parsed_profile()) {
        r.enterprise = p->name;
        r.tax_code = p->tax_code;
    } else {
        r.enterprise = s.profile().name;
        r.tax_code = s.profile().tax_code;
    }
    r.thresholds = level_thresholds(idx, lang, &r.thresholds_text);
    for (std::size_t i = 0; i < a.pillars.size() && i < idx.pillars.size(); ++i) {
        const PillarScore& ps = a.pillars[i];
        const Pillar& p = idx.pillars[i];
        PillarResultView pv;
        pv.id = p.id;
        pv.label = p.label.in(lang);
        pv.points = ps.points;
        pv.max = ps.max;
        pv.percent = percent_of(ps.points, ps.max);
        pv.level = ps.level;
        pv.level_name = level_name(&idx, ps.level, lang);
        for (std::size_t k = 0; k < ps.indicators.size() && k < p.indicators.size(); ++k)
            pv.indicators.push_back({ps.indicators[k].id + " " + p.indicators[k].label.in(lang),
                                     std::to_string(ps.indicators[k].points) + "/" +
                                         std::to_string(ps.indicators[k].max)});
        r.pillars.push_back(std::move(pv));
    }
    if (const Explanation* e = s.explanation()) {
        const OverallAdvice& o = e->overall;
        if (!o.next_level) {
            r.next_level.push_back(tr(Str::top_level, lang));
        } else {
            const std::string next = std::to_string(*o.next_level);
            if (o.points_needed > 0)
                r.next_level.push_back(
                    fmt(Str::next_overall_points, lang, {next, std::to_string(o.points_needed)}));
            if (o.pillars_needed > 0) {
                std::string list;
                for (const std::string& id : o.pillars_to_raise) {
                    if (!list.empty()) list += ", ";
                    list += fmt(Str::nav_pillar, lang, {id});
                }
                r.next_level.push_back(fmt(Str::next_overall_pillars, lang,
                                           {next, std::to_string(o.pillars_needed), list}));
            }
            if (o.points_needed <= 0 && o.pillars_needed <= 0)
                r.next_level.push_back(fmt(Str::next_overall_ready, lang, {next}));
        }
        for (const PillarAdvice& pa : e->pillars) {
            if (!pa.next_level || pa.steps.empty()) continue;
            std::string steps;
            for (std::size_t k = 0; k < pa.steps.size() && k < 3; ++k) {
                const CriterionStep& st = pa.steps[k];
                const Criterion* c = idx.find_criterion(st.criterion_id);
                if (!steps.empty()) steps += "; ";
                steps += st.criterion_id + " " + (c ? c->label.in(lang) : std::string()) + " (" +
                         std::to_string(st.from_points) + " → " + std::to_string(st.to_points) + ")";
            }
            std::string text = fmt(Str::pillar_next, lang,
                                   {pa.pillar_id, std::to_string(pa.points_needed),
                                    std::to_string(*pa.next_level), steps});
            for (PillarResultView& pv : r.pillars)
                if (pv.id == pa.pillar_id) pv.advice = text;
            r.next_level.push_back(text);
        }
    }
    if (const Recommendations* rec = s.recommendations()) {
        const SmedxCatalogue* cat = s.smedx();
        auto group_entry = [&](const std::string& id) -> std::pair<std::string, std::string> {
            const PlatformGroup* g = cat ? cat->find_group(id) : nullptr;
            if (!g) return {id, ""};
            return {id + " – " + g->label.in(lang), g->description.in(lang)};
        };
        for (const PillarRecommendation& pr : rec->pillars) {
            if (pr.groups.empty()) continue;
            RecoView v;
            v.heading = fmt(Str::reco_pillar, lang,
                            {pr.pillar_id, std::to_string(pr.level), std::to_string(pr.gap_points)});
            for (const std::string& g : pr.groups) v.groups.push_back(group_entry(g));
            r.recommendations.push_back(std::move(v));
        }
        if (!rec->sector_groups.empty()) {
            RecoView v;
            v.heading = tr(Str::reco_sector, lang);
            for (const std::string& g : rec->sector_groups) v.groups.push_back(group_entry(g));
            r.recommendations.push_back(std::move(v));
        }
    }
    if (const HistoryEntry* prev = s.previous_assessment()) {
        const int delta = a.total_points - prev->total;
        const std::string d = (delta > 0 ? "+" : delta < 0 ? "−" : "±") + std::to_string(std::abs(delta));
        r.compare = fmt(Str::compare_line, lang,
                        {prev->date, std::to_string(prev->total), std::to_string(prev->max),
                         std::to_string(prev->level), std::to_string(a.total_points), d});
    } else {
        r.compare = tr(Str::compare_none, lang);
    }
    if (s.kiosk_mode() && s.kiosk_qr() &&
        (s.submit_state() == SubmitState::queued || s.submit_state() == SubmitState::done)) {
        r.qr_note = tr(s.kiosk_qr_is_link() ? Str::qr_link : Str::qr_certificate, lang);
        r.qr_link = s.kiosk_qr_is_link();
    }
    if (s.kiosk_mode()) {
        if (!s.kiosk_key_id().empty())
            r.signed_note = fmt(Str::kiosk_signed_note, lang, {s.kiosk_label(), s.kiosk_key_id()});
    } else if (!s.device_key_id().empty()) {
        r.signed_note = fmt(Str::signed_note, lang, {s.device_key_id()});
    }
    if (s.submit_notice()) r.submit_status = s.submit_notice()->text(lang);
    r.publish = s.publish();
    if (m.route == "/report") {
        m.actions.push_back(ActionView{"cmd:results", tr(Str::report_back, lang), true, false});
    } else if (s.editing_member() >= 0) {
        // A member's result belongs to the group: it is signed and sent as part of neither.
        m.actions.push_back(ActionView{"cmd:back", tr(Str::back, lang), true, false});
        m.actions.push_back(ActionView{"cmd:group", tr(Str::to_group, lang), true, true});
        m.actions.push_back(ActionView{"cmd:report", tr(Str::open_report, lang), true, false});
    } else if (s.kiosk_mode()) {
        // No file download at a kiosk (it would stay on a public device); after submitting,
        // "Next enterprise" wipes the session.
        const bool sent = s.submit_state() == SubmitState::queued || s.submit_state() == SubmitState::done;
        m.actions.push_back(ActionView{"cmd:back", tr(Str::back, lang), true, false});
        m.actions.push_back(ActionView{
            "cmd:submit", tr(Str::submit, lang),
            s.submit_state() != SubmitState::sending && !sent, !sent});
        if (sent && s.kiosk_qr())
            m.actions.push_back(ActionView{"cmd:print_slip", tr(Str::print_slip, lang), true, false});
        m.actions.push_back(ActionView{"cmd:next_enterprise", tr(Str::next_enterprise, lang), true, sent});
    } else {
        m.actions.push_back(ActionView{"cmd:back", tr(Str::back, lang), true, false});
        m.actions.push_back(ActionView{"cmd:download", tr(Str::download_signed, lang), true, true});
        m.actions.push_back(ActionView{"cmd:report", tr(Str::open_report, lang), true, false});
        m.actions.push_back(ActionView{
            "cmd:submit", tr(Str::submit, lang),
            s.submit_state() != SubmitState::sending && s.submit_state() != SubmitState::queued,
            false});
    }
}

std::string role_name(Role role, Lang lang) {
    switch (role) {
    case Role::device: return tr(Str::role_device, lang);
    case Role::kiosk: return tr(Str::role_kiosk, lang);
    case Role::receipt: return tr(Str::role_receipt, lang);
    case Role::assessor: return tr(Str::role_assessor, lang);
    case Role::root: break;
    }
    return std::string(to_string(role));
}

void build_group(const Ctx& ctx, ScreenModel& m) {
    const Lang lang = ctx.lang;
    const Session& s = ctx.s;
    const IndexDefinition* gidx = s.index("group");
    m.heading = tr(Str::group_heading, lang);
    m.paragraphs.push_back({"", tr(Str::group_intro, lang)});
    if (!gidx) {
        m.paragraphs.push_back({"", tr(Str::index_loading, lang)});
    } else if (gidx->sourced.note) {
        // The aggregation rule is the kit's reconstruction: the index data says so.
        m.paragraphs.push_back({"", gidx->sourced.note->in(lang)});
    }
    GroupView& g = m.group;
    const auto& members = s.members();
    const auto& status = s.member_status();
    std::vector<std::pair<std::string, std::string>> relations;
    if (gidx && gidx->aggregation)
        for (const GroupRelation& r : gidx->aggregation->relations)
            relations.push_back({r.id, r.label.in(lang)});
    const std::pair<const char*, Str> kSets[] = {{"sme", Str::set_sme}, {"large", Str::set_large}};
    for (std::size_t i = 0; i < members.size() && i < status.size(); ++i) {
        const MemberDraft& d = members[i];
        const MemberStatus& st = status[i];
        const std::string n = std::to_string(i + 1);
        const std::string prefix = "member:" + std::to_string(i) + ":";
        MemberView v;
        v.title = fmt(Str::member_title, lang, {n, d.name});
        auto field = [&](const char* name, Str label, const char* kind, const std::string& value) {
            FieldView f;
            f.name = prefix + name;
            f.key = "field:" + f.name;
            f.label = tr(label, lang);
            f.kind = kind;
            f.value = value;
            for (const auto& [where, notice] : st.errors)
                if (where == name) f.error = notice.text(lang);
            return f;
        };
        v.fields.push_back(field("name", Str::member_name, "text", d.name));
        FieldView rel = field("relation", Str::member_relation, "select", d.relation);
        rel.choices = relations;
        v.fields.push_back(rel);
        FieldView revenue = field("revenue_m", Str::f_revenue, "number", d.revenue_m);
        revenue.required = false;
        v.fields.push_back(revenue);
        FieldView employees = field("employees", Str::f_employees, "number", d.employees);
        employees.required = false;
        v.fields.push_back(employees);
        const std::string* relation_label = nullptr;
        for (const auto& [id, label] : relations)
            if (id == d.relation) relation_label = &label;
        if (d.envelope.empty()) {
            FieldView set = field("set", Str::member_set, "select", d.set);
            for (const auto& [value, label] : kSets)
                set.choices.push_back({value, tr(label, lang)});
            v.fields.push_back(set);
            v.lines.push_back(tr(Str::member_source_here, lang));
            if (!st.unit && st.criteria > 0)
                v.lines.push_back(fmt(Str::member_progress, lang,
                                      {std::to_string(st.answered), std::to_string(st.criteria)}));
            v.actions.push_back(ActionView{"cmd:member_assess:" + std::to_string(i),
                                           fmt(Str::member_assess, lang, {n}), true, false});
        } else {
            v.lines.push_back(fmt(Str::member_source_file, lang, {st.tax_code}));
            std::string signers;
            for (const VerifiedSigner& sg : st.signers) {
                if (!signers.empty()) signers += "; ";
                signers +=
                    role_name(sg.role, lang) + " " + (sg.label.empty() ? sg.key_id : sg.label);
            }
            if (!signers.empty()) v.lines.push_back(fmt(Str::member_signed_by, lang, {signers}));
            if (st.rescored) v.lines.push_back(tr(Str::member_rescored, lang));
        }
        if (st.unit) {
            const MemberUnit& u = *st.unit;
            const IndexDefinition* midx = nullptr;
            for (const char* set : {"sme", "large"})
                if (const IndexDefinition* x = s.index(set); x && x->id == u.index_id) midx = x;
            v.lines.push_back(
                fmt(Str::member_result, lang,
                    {std::to_string(u.total_points), std::to_string(u.max_points),
                     std::to_string(u.level), level_name(midx ? midx : gidx, u.level, lang)}));
        }
        for (const auto& [where, notice] : st.errors)
            if (where.empty()) v.errors.push_back(notice.text(lang));
        v.actions.push_back(ActionView{"cmd:member_remove:" + std::to_string(i),
                                       fmt(Str::member_remove, lang, {n}), true, false});
        if (const GroupResult* r = s.group_result()) {
            const std::string id = "m" + n;
            v.counted = std::find(r->counted.begin(), r->counted.end(), id) != r->counted.end();
            if (std::find(r->excluded.begin(), r->excluded.end(), id) != r->excluded.end())
                v.lines.push_back(fmt(Str::member_excluded, lang,
                                      {relation_label ? *relation_label : d.relation}));
        }
        g.members.push_back(std::move(v));
    }
    if (members.empty()) g.empty_text = tr(Str::member_none, lang);
    if (const GroupResult* r = s.group_result()) {
        g.has_result = true;
        g.result.push_back(fmt(Str::group_level, lang,
                               {std::to_string(r->level), level_name(gidx, r->level, lang)}));
        if (const LevelInfo* li = gidx ? gidx->find_level(r->level) : nullptr)
            g.result.push_back(li->meaning.in(lang));
        g.result.push_back(fmt(Str::group_total, lang, {std::to_string(r->total_permille / 10)}));
        g.result.push_back(
            fmt(Str::group_range, lang,
                {std::to_string(r->min_member_level), std::to_string(r->max_member_level)}));
        g.result.push_back(
            tr(r->weight_basis == "revenue" ? Str::group_basis_revenue : Str::group_basis_employees,
               lang));
        g.result.push_back(
            fmt(Str::group_counted, lang,
                {std::to_string(r->counted.size()), std::to_string(members.size())}));
        std::string thresholds_text;
        if (gidx) g.thresholds = level_thresholds(*gidx, lang, &thresholds_text);
        if (!thresholds_text.empty()) g.result.push_back(thresholds_text);
        for (std::size_t i = 0; i < r->pillars.size(); ++i) {
            PillarResultView pv;
            pv.id = r->pillars[i].id;
            if (gidx && i < gidx->pillars.size()) pv.label = gidx->pillars[i].label.in(lang);
            pv.percent = r->pillars[i].permille / 10;
            pv.level = r->pillars[i].level;
            pv.level_name = level_name(gidx, pv.level, lang);
            g.pillars.push_back(std::move(pv));
        }
    } else {
        for (const Notice& n : s.group_errors()) g.result.push_back(n.text(lang));
        if (g.result.empty()) g.result.push_back(tr(Str::group_pending, lang));
    }
    m.actions.push_back(ActionView{"cmd:back", tr(Str::back, lang), true, false});
    m.actions.push_back(
        ActionView{"cmd:member_add", tr(Str::member_add, lang), gidx != nullptr, true});
    m.actions.push_back(
        ActionView{"cmd:member_import", tr(Str::member_import, lang), gidx != nullptr, false});
}

}  // namespace

ScreenModel build_screen_model(const Session& s) {
    ScreenModel m;
    Ctx ctx{s, s.lang(), s.active_index(), s.assessment(), {}};
    if (ctx.assessment)
        for (const PillarScore& p : ctx.assessment->pillars)
            for (const IndicatorScore& i : p.indicators)
                for (const CriterionScore& c : i.criteria) ctx.scores[c.id] = &c;
    const Lang lang = ctx.lang;
    m.revision = s.revision();
    m.route = s.route().str();
    m.lang = lang_tag(lang);
    m.canvas_label = tr(Str::canvas_label, lang);
    m.large_text = s.large_text();
    m.kiosk.mode = s.kiosk_mode();
    m.kiosk.key_id = s.kiosk_key_id();
    m.kiosk.label = s.kiosk_label();
    if (s.kiosk_error()) m.kiosk.error = s.kiosk_error()->text(lang);
    m.kiosk.personal = s.has_personal_data();
    m.high_contrast = s.high_contrast();
    m.settings.push_back(ActionView{"cmd:lang", tr(Str::language_toggle, lang)});
    m.settings.push_back(ActionView{"cmd:text_size", tr(Str::text_large, lang), true, s.large_text()});
    m.settings.push_back(ActionView{"cmd:contrast", tr(Str::contrast_high, lang), true, s.high_contrast()});
    build_nav(ctx, m);
    // Fixed words the page needs for the mirror and the report (same table as the canvas).
    const std::pair<const char*, Str> kLabels[] = {{"skip_unanswered", Str::skip_unanswered},
                                                   {"all_answered", Str::all_answered},
                                                   {"settings", Str::settings_label},
                                                   {"nav", Str::nav_label},
                                                   {"radar_title", Str::radar_title},
                                                   {"bars_title", Str::bars_title},
                                                   {"col_pillar", Str::col_pillar},
                                                   {"col_points", Str::col_points},
                                                   {"col_level", Str::col_level},
                                                   {"col_percent", Str::col_percent},
                                                   {"col_indicator", Str::col_indicator},
                                                   {"summary", Str::summary_heading},
                                                   {"breakdown", Str::breakdown_heading},
                                                   {"next", Str::next_heading},
                                                   {"reco", Str::reco_heading},
                                                   {"reco_none", Str::reco_none},
                                                   {"compare", Str::compare_heading},
                                                   {"export", Str::export_heading},
                                                   {"publish", Str::publish_opt},
                                                   {"submit_note", Str::submit_note},
                                                   {"print", Str::report_print},
                                                   {"enterprise", Str::report_enterprise},
                                                   {"index", Str::report_index},
                                                   {"date", Str::report_date},
                                                   {"not_official", Str::not_official},
                                                   {"dismiss", Str::dismiss},
                                                   {"proposed_heading", Str::proposed_heading},
                                                   {"use_set", Str::use_set},
                                                   {"choose", Str::choose},
                                                   {"kit", Str::kit_short},
                                                   {"tax_code", Str::f_tax},
                                                   {"language_label", Str::language_toggle_label},
                                                   {"group_result", Str::group_result_heading}};
    for (const auto& [name, key] : kLabels) m.labels.emplace_back(name, tr(key, lang));
    for (const Notice& n : s.data_errors()) m.notices.push_back(n.text(lang));
    for (const Notice& n : s.notices()) m.notices.push_back(n.text(lang));
    if (ctx.assessment) {
        m.answered = ctx.assessment->answered;
        m.criteria = ctx.assessment->criteria;
        m.progress_overall = fmt(Str::progress_overall, lang,
                                 {std::to_string(m.answered), std::to_string(m.criteria)});
        m.running_total = fmt(Str::running_total, lang,
                              {std::to_string(ctx.assessment->total_points),
                               std::to_string(ctx.assessment->max_points),
                               std::to_string(ctx.assessment->level),
                               level_name(ctx.index, ctx.assessment->level, lang)});
    }
    switch (s.route().page) {
    case Page::welcome: build_welcome(ctx, m); break;
    case Page::profile: build_profile(ctx, m); break;
    case Page::group: build_group(ctx, m); break;
    case Page::pillar: build_pillar(ctx, m); break;
    case Page::results:
    case Page::report: build_results(ctx, m); break;
    }
    if (s.editing_member() >= 0) {
        const auto& d = s.members()[static_cast<std::size_t>(s.editing_member())];
        m.member_banner = fmt(Str::member_editing, lang,
                              {d.name.empty() ? std::to_string(s.editing_member() + 1) : d.name});
    }
    // The live region: the running total (it changes with every answer), then whatever is
    // wrong on this screen.
    m.announce = m.running_total;
    for (const IndicatorView& iv : m.indicators)
        for (const CriterionView& cv : iv.criteria)
            for (const std::string& e : cv.errors) m.announce += " " + cv.id + ": " + e;
    for (const FieldView& f : m.fields)
        if (!f.error.empty()) m.announce += " " + f.label + ": " + f.error;
    if (m.has_results && !m.results.submit_status.empty()) m.announce += " " + m.results.submit_status;
    if (m.route == "/group" && !m.group.result.empty()) m.announce = m.group.result.front();
    m.doc_title = m.heading + " — " + tr(Str::kit_short, lang);
    return m;
}

// ---------------------------------------------------------------------------------------------
// JSON

namespace {

Json actions_json(const std::vector<ActionView>& v) {
    Json out = Json::array();
    for (const ActionView& a : v)
        out.push_back({{"key", a.key}, {"label", a.label}, {"enabled", a.enabled}, {"primary", a.primary}});
    return out;
}

Json pairs_json(const std::vector<std::pair<std::string, std::string>>& v) {
    Json out = Json::array();
    for (const auto& [a, b] : v) out.push_back({a, b});
    return out;
}

Json fields_json(const std::vector<FieldView>& v) {
    Json fields = Json::array();
    for (const FieldView& f : v)
        fields.push_back({{"key", f.key},
                          {"name", f.name},
                          {"label", f.label},
                          {"kind", f.kind},
                          {"value", f.value},
                          {"hint", f.hint},
                          {"error", f.error},
                          {"required", f.required},
                          {"valid", f.valid},
                          {"choices", pairs_json(f.choices)}});
    return fields;
}

}  // namespace

std::string to_json(const ScreenModel& m) {
    Json j;
    j["revision"] = m.revision;
    j["route"] = m.route;
    j["lang"] = m.lang;
    j["title"] = m.doc_title;
    j["heading"] = m.heading;
    j["canvas_label"] = m.canvas_label;
    Json labels = Json::object();
    for (const auto& [k, v] : m.labels) labels[k] = v;
    j["labels"] = labels;
    j["large_text"] = m.large_text;
    j["high_contrast"] = m.high_contrast;
    j["kiosk"] = {{"mode", m.kiosk.mode},     {"key_id", m.kiosk.key_id},
                  {"label", m.kiosk.label},   {"error", m.kiosk.error},
                  {"personal", m.kiosk.personal}};
    Json nav = Json::array();
    for (const NavItem& n : m.nav)
        nav.push_back({{"key", n.key}, {"route", n.route}, {"label", n.label}, {"current", n.current},
                       {"answered", n.answered}, {"total", n.total}});
    j["nav"] = nav;
    j["notices"] = m.notices;
    j["announce"] = m.announce;
    j["progress_overall"] = m.progress_overall;
    j["running_total"] = m.running_total;
    j["answered"] = m.answered;
    j["criteria"] = m.criteria;
    j["settings"] = actions_json(m.settings);
    j["actions"] = actions_json(m.actions);
    Json paras = Json::array();
    for (const Paragraph& p : m.paragraphs) paras.push_back({{"heading", p.heading}, {"text", p.text}});
    j["paragraphs"] = paras;
    Json table = Json::array();
    for (const auto& [id, cells] : m.table) table.push_back({{"id", id}, {"cells", cells}});
    j["table"] = table;

    j["fields"] = fields_json(m.fields);
    j["proposal_heading"] = m.proposal_heading;
    j["proposal"] = m.proposal;
    j["reasons"] = m.reasons;
    Json sets = Json::array();
    for (const SetChoice& c : m.sets)
        sets.push_back({{"key", c.key}, {"value", c.value}, {"label", c.label}, {"selected", c.selected},
                        {"proposed", c.proposed}, {"available", c.available}});
    j["sets"] = sets;
    j["set_note"] = m.set_note;

    j["pillar"] = {{"id", m.pillar_id},           {"label", m.pillar_label},
                   {"help", m.pillar_help},       {"number", m.pillar_number},
                   {"count", m.pillar_count},     {"progress", m.progress_pillar},
                   {"skip_target", m.skip_target}};
    Json inds = Json::array();
    for (const IndicatorView& iv : m.indicators) {
        Json crits = Json::array();
        for (const CriterionView& c : iv.criteria) {
            Json opts = Json::array();
            for (const OptionView& o : c.options)
                opts.push_back({{"key", o.key}, {"value", o.value}, {"label", o.label},
                                {"points", o.points}, {"selected", o.selected}});
            Json nums = Json::array();
            for (const NumberView& n : c.numbers)
                nums.push_back({{"key", n.key}, {"field", n.field}, {"label", n.label},
                                {"value", n.value}, {"enabled", n.enabled}});
            crits.push_back({{"id", c.id}, {"label", c.label}, {"question", c.question},
                             {"help", c.help}, {"period", c.period}, {"kind", c.kind},
                             {"gate_question", c.gate_question}, {"gate", c.gate},
                             {"options", opts}, {"numbers", nums}, {"ratio", c.ratio_text},
                             {"answered", c.answered}, {"points", c.points}, {"max", c.max},
                             {"status", c.status}, {"errors", c.errors}});
        }
        inds.push_back({{"id", iv.id}, {"label", iv.label}, {"help", iv.help}, {"criteria", crits}});
    }
    j["indicators"] = inds;

    j["member_banner"] = m.member_banner;
    if (m.route == "/group") {
        const GroupView& g = m.group;
        Json members = Json::array();
        for (const MemberView& v : g.members)
            members.push_back({{"title", v.title},
                               {"fields", fields_json(v.fields)},
                               {"lines", v.lines},
                               {"errors", v.errors},
                               {"actions", actions_json(v.actions)},
                               {"counted", v.counted}});
        Json pillars = Json::array();
        for (const PillarResultView& p : g.pillars)
            pillars.push_back({{"id", p.id},
                               {"label", p.label},
                               {"percent", p.percent},
                               {"level", p.level},
                               {"level_name", p.level_name}});
        j["group"] = {{"members", members},         {"empty", g.empty_text},
                      {"result", g.result},         {"pillars", pillars},
                      {"thresholds", g.thresholds}, {"has_result", g.has_result}};
    } else {
        j["group"] = nullptr;
    }
    if (m.has_results) {
        const ResultsView& r = m.results;
        Json pillars = Json::array();
        for (const PillarResultView& p : r.pillars)
            pillars.push_back({{"id", p.id}, {"label", p.label}, {"points", p.points}, {"max", p.max},
                               {"percent", p.percent}, {"level", p.level},
                               {"level_name", p.level_name}, {"indicators", pairs_json(p.indicators)},
                               {"advice", p.advice}});
        Json recos = Json::array();
        for (const RecoView& v : r.recommendations)
            recos.push_back({{"heading", v.heading}, {"groups", pairs_json(v.groups)}});
        j["results"] = {{"total", r.total},
                        {"max", r.max},
                        {"level", r.level},
                        {"answered", r.answered},
                        {"criteria", r.criteria},
                        {"total_text", r.total_text},
                        {"level_text", r.level_text},
                        {"level_meaning", r.level_meaning},
                        {"incomplete", r.incomplete},
                        {"pillars", pillars},
                        {"thresholds", r.thresholds},
                        {"thresholds_text", r.thresholds_text},
                        {"next_level", r.next_level},
                        {"recommendations", recos},
                        {"compare", r.compare},
                        {"signed_note", r.signed_note},
                        {"submit_status", r.submit_status},
                        {"publish", r.publish},
                        {"index_id", r.index_id},
                        {"index_title", r.index_title},
                        {"enterprise", r.enterprise},
                        {"tax_code", r.tax_code},
                        {"qr_note", r.qr_note},
                        {"qr_link", r.qr_link}};
    } else {
        j["results"] = nullptr;
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dbi::web
