#include "session.hpp"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "dbi/envelope.hpp"
#include "dbi/keyfile.hpp"
#include "dbi/unicode.hpp"

namespace dbi::web {

using Json = nlohmann::json;

namespace {

constexpr std::size_t kMaxHistory = 20;
constexpr const char* kDraftFormat = "dbi-app-draft/1";
constexpr std::int64_t kMillion = 1'000'000;

// Every dump() of text that came from the user: never abort on a bad byte (exceptions are off
// in wasm, so the default `strict` handler would end the program).
std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Strict no-throw parse; discarded → Json::value_t::discarded.
Json parse(std::string_view text) { return Json::parse(text.begin(), text.end(), nullptr, false); }

std::string nfc_or_raw(std::string_view s) {
    auto nfc = to_nfc(s);
    return nfc ? nfc.value() : std::string();  // invalid UTF-8 never enters the state
}

const std::string* string_at(const Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
}

std::optional<std::int64_t> int_at(const Json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

}  // namespace

Json raws_to_json(const std::map<std::string, RawAnswer>& raws) {
    Json set = Json::object();
    for (const auto& [id, raw] : raws) {
        if (raw.empty()) continue;
        Json a = Json::object();
        if (raw.gate >= 0) a["gate"] = raw.gate;
        if (raw.option > 0) a["option"] = raw.option;
        if (!raw.numerator.empty()) a["numerator"] = raw.numerator;
        if (!raw.denominator.empty()) a["denominator"] = raw.denominator;
        if (!raw.value.empty()) a["value"] = raw.value;
        set[id] = std::move(a);
    }
    return set;
}

int read_raws(const Json& obj, const IndexDefinition* idx, std::map<std::string, RawAnswer>* out) {
    int damaged = 0;
    for (auto e = obj.begin(); e != obj.end(); ++e) {
        const Json& a = e.value();
        RawAnswer raw;
        bool ok = a.is_object();
        if (ok) {
            auto gate = int_at(a, "gate");
            auto option = int_at(a, "option");
            if (a.contains("gate") && (!gate || *gate < -1 || *gate > 1)) ok = false;
            if (a.contains("option") && (!option || *option < 0)) ok = false;
            raw.gate = static_cast<int>(gate.value_or(-1));
            raw.option = static_cast<int>(option.value_or(0));
            for (const char* k : {"numerator", "denominator", "value"}) {
                auto f = a.find(k);
                if (f == a.end()) continue;
                if (!f->is_string() || f->get<std::string>().size() > 32) {
                    ok = false;
                    continue;
                }
                std::string v = nfc_or_raw(f->get<std::string>());
                if (std::string_view(k) == "numerator") raw.numerator = v;
                else if (std::string_view(k) == "denominator") raw.denominator = v;
                else raw.value = v;
            }
        }
        if (ok && idx) {
            const Criterion* c = idx->find_criterion(e.key());
            if (!c) ok = false;
            else if (is_ladder(c->answer.type) &&
                     raw.option > static_cast<int>(c->answer.options.size()))
                ok = false;
            else if (!c->answer.gate && raw.gate >= 0) ok = false;
        }
        if (ok) (*out)[e.key()] = raw;
        else ++damaged;
    }
    return damaged;
}

// ---------------------------------------------------------------------------------------------
// Routes

std::string Route::str() const {
    switch (page) {
    case Page::welcome: return "/welcome";
    case Page::profile: return "/profile";
    case Page::group: return "/group";
    case Page::pillar: return "/pillar/" + std::to_string(pillar);
    case Page::results: return "/results";
    case Page::report: return "/report";
    }
    return "/welcome";
}

std::optional<Route> parse_route(std::string_view t) noexcept {
    if (!t.empty() && t.front() == '#') t.remove_prefix(1);
    if (!t.empty() && t.front() == '/') t.remove_prefix(1);
    if (t == "welcome" || t.empty()) return Route{Page::welcome, 0};
    if (t == "profile") return Route{Page::profile, 0};
    if (t == "group") return Route{Page::group, 0};
    if (t == "results") return Route{Page::results, 0};
    if (t == "report") return Route{Page::report, 0};
    constexpr std::string_view kPillar = "pillar/";
    if (t.substr(0, kPillar.size()) == kPillar) {
        const std::string_view n = t.substr(kPillar.size());
        if (n.empty() || n.size() > 2) return std::nullopt;
        int v = 0;
        for (char ch : n) {
            if (ch < '0' || ch > '9') return std::nullopt;
            v = v * 10 + (ch - '0');
        }
        if (v < 1) return std::nullopt;
        return Route{Page::pillar, v};
    }
    return std::nullopt;
}

std::optional<std::int64_t> parse_whole_number(std::string_view text) noexcept {
    // Trim ASCII spaces and NBSP-free input (the page strips exotic spaces before NFC).
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty() || text.size() > 24) return std::nullopt;
    // Either plain digits, or groups of three after a 1–3 digit head, one separator kind.
    char sep = 0;
    for (char ch : text) {
        if (ch == '.' || ch == ',' || ch == ' ') {
            if (sep != 0 && sep != ch) return std::nullopt;
            sep = ch;
        } else if (ch < '0' || ch > '9') {
            return std::nullopt;
        }
    }
    std::string digits;
    if (sep != 0) {
        std::size_t group = 0;
        bool head = true;
        for (char ch : text) {
            if (ch == sep) {
                if ((head && (group == 0 || group > 3)) || (!head && group != 3)) return std::nullopt;
                head = false;
                group = 0;
            } else {
                ++group;
                digits += ch;
            }
        }
        if (group != 3) return std::nullopt;
    } else {
        digits = std::string(text);
    }
    std::int64_t v = 0;
    for (char ch : digits) {
        if (v > (kMaxAnswerNumber * 1000) / 10) return std::nullopt;  // far above every limit
        v = v * 10 + (ch - '0');
    }
    return v;
}

std::string Notice::text(Lang lang) const {
    if (key == Str::count_) return diag ? render(*diag, lang) : std::string();
    std::vector<std::string> all = args;
    // File and submission problems carry the core's code, so that a user can quote it to
    // whoever made the file; field messages (key count_) stay plain sentences.
    if (diag) all.push_back(render(*diag, lang) + " (" + diag->code + ")");
    return fmt(key, lang, all);
}

// ---------------------------------------------------------------------------------------------
// Data

Session::Session() = default;

void Session::load_data(std::string_view kind, std::string_view json) {
    constexpr std::string_view kIndex = "index:";
    if (kind.substr(0, kIndex.size()) == kIndex) {
        const std::string set(kind.substr(kIndex.size()));
        auto parsed = parse_index(json);
        if (parsed) {
            indices_[set] = std::move(parsed.value());
            import_checks_.clear();  // imported members may name this index: re-score them
        } else {
            // The first few errors say enough; the CLI's `dbi validate` lists them all.
            const auto& d = parsed.diagnostics();
            for (std::size_t i = 0; i < d.size() && i < 5; ++i)
                data_errors_.push_back(Notice{Severity::error, Str::index_invalid, {}, d[i]});
        }
    } else if (kind == "member") {
        import_member(json);
        return;  // import_member reports and records the change
    } else if (kind == "kiosk_key") {
        load_kiosk_key(json);
    } else if (kind == "endpoint") {
        endpoint_ = std::string(json);
    } else if (kind == "trust" || kind == "root_pub") {
        (kind == "trust" ? trust_text_ : root_text_) = std::string(json);
        load_trust();
    } else if (kind == "smedx") {
        auto parsed = parse_smedx(json);
        if (parsed) {
            smedx_ = std::move(parsed.value());
        } else if (!parsed.diagnostics().empty()) {
            data_errors_.push_back(
                Notice{Severity::error, Str::index_invalid, {}, parsed.diagnostics().front()});
        }
    } else if (kind == "provinces" || kind == "vsic" || kind == "size_classes") {
        pending_[std::string(kind)] = std::string(json);
        if (pending_.count("provinces") && pending_.count("vsic") && pending_.count("size_classes")) {
            auto parsed = parse_reference(pending_["provinces"], pending_["vsic"],
                                          pending_["size_classes"]);
            if (parsed) {
                reference_ = std::move(parsed.value());
            } else if (!parsed.diagnostics().empty()) {
                data_errors_.push_back(
                    Notice{Severity::error, Str::index_invalid, {}, parsed.diagnostics().front()});
            }
            pending_.clear();
        }
    }
    changed(false);
}

void Session::data_unavailable(std::string_view kind, std::string_view why) {
    data_errors_.push_back(Notice{Severity::error, Str::index_unavailable,
                                  {std::string(kind) + " — " + std::string(why)}, std::nullopt});
    changed(false);
}

const IndexDefinition* Session::index(std::string_view set) const noexcept {
    auto it = indices_.find(std::string(set));
    return it == indices_.end() ? nullptr : &it->second;
}

std::string Session::active_set() const {
    if (editing_member_ >= 0) return members_[static_cast<std::size_t>(editing_member_)].set;
    if (!index_choice_.empty()) return index_choice_;
    if (classification_) return std::string(to_string(classification_->index_set));
    return "sme";
}

const IndexDefinition* Session::active_index() const noexcept {
    const IndexDefinition* idx = index(active_set());
    return idx != nullptr && idx->model == IndexModel::maturity_tree ? idx : nullptr;
}

bool Session::data_loading(std::string_view kind) const {
    constexpr std::string_view kIndex = "index:";
    if (kind.substr(0, kIndex.size()) == kIndex) return index(kind.substr(kIndex.size())) == nullptr;
    return false;
}

int Session::pillar_count() const noexcept {
    const IndexDefinition* idx = active_index();
    return idx ? static_cast<int>(idx->pillars.size()) : 0;
}

// ---------------------------------------------------------------------------------------------
// Navigation and settings

void Session::navigate(std::string_view text) {
    auto r = parse_route(text);
    go(r ? *r : Route{});
}

void Session::go(Route r) {
    // Leaving the questionnaire of a member unit for a screen of the group itself.
    if (editing_member_ >= 0 &&
        (r.page == Page::welcome || r.page == Page::profile || r.page == Page::group)) {
        editing_member_ = -1;
        changed(true);
    }
    // The group set has no questionnaire of its own: its results are on the member list.
    if (editing_member_ < 0 && active_set() == "group" && r.page != Page::welcome &&
        r.page != Page::profile)
        r = Route{Page::group, 0};
    if (r.page == Page::pillar) {
        const int n = pillar_count();
        // Before the index is loaded every pillar number is kept (the reload case); after,
        // out-of-range numbers clamp to the last pillar.
        if (n > 0 && r.pillar > n) r.pillar = n;
    }
    if (r != route_) {
        route_ = r;
        changed(false);
    }
}

void Session::command(std::string_view cmd) {
    const int n = pillar_count();
    if (cmd == "start") {
        go(Route{Page::profile, 0});
    } else if (cmd == "next") {
        switch (route_.page) {
        case Page::welcome: go(Route{Page::profile, 0}); break;
        case Page::profile:
            go(active_set() == "group" ? Route{Page::group, 0}
               : n > 0                 ? Route{Page::pillar, 1}
                                       : Route{Page::profile, 0});
            break;
        case Page::group: break;
        case Page::pillar:
            go(route_.pillar < n ? Route{Page::pillar, route_.pillar + 1} : Route{Page::results, 0});
            break;
        case Page::results: go(Route{Page::report, 0}); break;
        case Page::report: break;
        }
    } else if (cmd == "back") {
        switch (route_.page) {
        case Page::welcome: break;
        case Page::profile: go(Route{Page::welcome, 0}); break;
        case Page::group: go(Route{Page::profile, 0}); break;
        case Page::pillar:
            go(route_.pillar > 1      ? Route{Page::pillar, route_.pillar - 1}
               : editing_member_ >= 0 ? Route{Page::group, 0}
                                      : Route{Page::profile, 0});
            break;
        case Page::results: go(n > 0 ? Route{Page::pillar, n} : Route{Page::profile, 0}); break;
        case Page::report: go(Route{Page::results, 0}); break;
        }
    } else if (cmd == "results") {
        go(Route{Page::results, 0});
    } else if (cmd == "report") {
        go(Route{Page::report, 0});
    } else if (cmd == "profile") {
        go(Route{Page::profile, 0});
    } else if (cmd == "welcome") {
        go(Route{Page::welcome, 0});
    } else if (cmd.substr(0, 7) == "pillar:") {
        go(parse_route("pillar/" + std::string(cmd.substr(7))).value_or(Route{}));
    } else if (member_command(cmd)) {
        // group members: session_group.cpp
    } else if (cmd == "lang") {
        set_lang(lang_ == Lang::vi ? Lang::en : Lang::vi);
    } else if (cmd == "text_size") {
        set_large_text(!large_text_);
    } else if (cmd == "contrast") {
        set_high_contrast(!high_contrast_);
    } else if (cmd == "publish") {
        set_publish(!publish_);
    } else if (cmd == "next_enterprise") {
        if (kiosk_mode_) effects_.push_back(Effect{Effect::Kind::kiosk_wipe, {}, {}});
    } else if (cmd == "print_slip") {
        if (kiosk_qr_) effects_.push_back(Effect{Effect::Kind::print_slip, qr::to_svg(*kiosk_qr_, 4), {}});
    } else if (cmd == "dismiss") {
        if (!notices_.empty()) {
            notices_.clear();
            changed(false);
        }
    } else if (cmd == "download") {
        if (kiosk_mode_) return;  // no files left behind on a public device
        if (auto env = make_envelope()) {
            const std::string date = clock_ ? clock_().substr(0, 10) : std::string("result");
            const std::string tax = parsed_profile_ ? parsed_profile_->tax_code : std::string();
            const std::string name = "dbi-" + tax + "-" + date + ".json";
            effects_.push_back(Effect{Effect::Kind::download, name, *env});
            record_history();
            notice(Severity::info, Str::downloaded, {name});
        }
    } else if (cmd == "submit") {
        if (submit_state_ == SubmitState::sending || submit_state_ == SubmitState::queued) return;
        std::string id;
        if (auto env = make_envelope(&id)) {
            effects_.push_back(Effect{Effect::Kind::submit, *env, id});
            submit_state_ = SubmitState::sending;
            submit_notice_ = Notice{Severity::info, Str::submitting, {}, std::nullopt};
            record_history();
            changed(false);
        }
    }
}

void Session::set_lang(Lang lang) {
    if (lang != lang_) {
        lang_ = lang;
        changed(true);
    }
}

void Session::set_large_text(bool on) {
    if (on != large_text_) {
        large_text_ = on;
        changed(true);
    }
}

void Session::set_high_contrast(bool on) {
    if (on != high_contrast_) {
        high_contrast_ = on;
        changed(true);
    }
}

void Session::set_publish(bool on) {
    if (on != publish_) {
        publish_ = on;
        changed(true);
    }
}

void Session::notice(Severity s, Str key, std::vector<std::string> args) {
    notices_.push_back(Notice{s, key, std::move(args), std::nullopt});
    changed(false);
}

// ---------------------------------------------------------------------------------------------
// Answers

std::map<std::string, RawAnswer>& Session::raw_for_active() {
    if (editing_member_ >= 0) return members_[static_cast<std::size_t>(editing_member_)].raw;
    const IndexDefinition* idx = active_index();
    return raw_[idx ? idx->id : std::string()];
}

const std::map<std::string, RawAnswer>* Session::raw_for_active() const {
    if (editing_member_ >= 0) return &members_[static_cast<std::size_t>(editing_member_)].raw;
    const IndexDefinition* idx = active_index();
    if (!idx) return nullptr;
    auto it = raw_.find(idx->id);
    return it == raw_.end() ? nullptr : &it->second;
}

const RawAnswer* Session::raw_answer(std::string_view id) const {
    const auto* raws = raw_for_active();
    if (!raws) return nullptr;
    auto it = raws->find(std::string(id));
    return it == raws->end() ? nullptr : &it->second;
}

const std::vector<Notice>* Session::answer_errors(std::string_view id) const {
    auto it = answer_errors_.find(std::string(id));
    return it == answer_errors_.end() ? nullptr : &it->second;
}

void Session::set_option(std::string_view id, int option) {
    const IndexDefinition* idx = active_index();
    const Criterion* c = idx ? idx->find_criterion(id) : nullptr;
    if (!c || !is_ladder(c->answer.type)) return;
    const int n = static_cast<int>(c->answer.options.size());
    if (option > n || option < -1 || (option == 0 && !c->answer.gate)) return;
    RawAnswer& raw = raw_for_active()[c->id];
    if (option == -1) {
        raw = RawAnswer{};
    } else if (option == 0) {
        raw.gate = 0;
        raw.option = 0;
    } else {
        raw.gate = c->answer.gate ? 1 : -1;
        raw.option = option;
    }
    changed(true);
}

void Session::set_gate(std::string_view id, int gate) {
    const IndexDefinition* idx = active_index();
    const Criterion* c = idx ? idx->find_criterion(id) : nullptr;
    if (!c || !c->answer.gate || gate < -1 || gate > 1) return;
    RawAnswer& raw = raw_for_active()[c->id];
    raw.gate = gate;
    if (gate == 0) raw.option = 0;  // "No" ends the criterion (the numbers stay, unused)
    changed(true);
}

void Session::set_number(std::string_view id, std::string_view field, std::string_view text) {
    const IndexDefinition* idx = active_index();
    const Criterion* c = idx ? idx->find_criterion(id) : nullptr;
    if (!c || !is_numeric(c->answer.type)) return;
    RawAnswer& raw = raw_for_active()[c->id];
    std::string value = nfc_or_raw(text).substr(0, 32);
    if (c->answer.type == AnswerType::ratio && field == "numerator") raw.numerator = value;
    else if (c->answer.type == AnswerType::ratio && field == "denominator") raw.denominator = value;
    else if (c->answer.type != AnswerType::ratio && field == "value") raw.value = value;
    else return;
    // Typing a number answers "yes" to the gate, as choosing a descriptor does.
    if (c->answer.gate && raw.gate < 0 && !value.empty()) raw.gate = 1;
    changed(true);
}

bool Session::validate_answer(const IndexDefinition& index, const Criterion& c,
                              const RawAnswer& raw, Answer* out,
                              std::vector<Notice>* errors) const {
    Json a = Json::object();
    const AnswerSpec& spec = c.answer;
    if (is_ladder(spec.type)) {
        if (spec.gate && raw.gate == 0) {
            a["gate"] = false;
        } else if (raw.option > 0) {
            if (spec.gate) a["gate"] = true;
            a["option"] = raw.option;
        }
    } else if (spec.gate && raw.gate == 0) {
        a["gate"] = false;
    } else {
        if (spec.gate && raw.gate == 1) a["gate"] = true;
        auto number = [&](const char* key, const std::string& text) {
            if (text.empty()) return;
            if (auto v = parse_whole_number(text)) {
                a[key] = *v;
            } else {
                errors->push_back(Notice{Severity::error, Str::err_whole_number, {}, std::nullopt});
            }
        };
        if (spec.type == AnswerType::ratio) {
            number("numerator", raw.numerator);
            number("denominator", raw.denominator);
        } else {
            number("value", raw.value);
        }
    }
    if (!errors->empty()) return false;
    if (a.empty()) return false;  // nothing chosen: unanswered, not an error
    // The core decides what is a valid answer: one criterion, checked exactly as a whole file.
    Json doc = {{"format", "dbi-answers/1"}, {"index", index.id}, {"answers", {{c.id, a}}}};
    auto parsed = parse_answers(index, dump(doc));
    if (!parsed) {
        for (const Diagnostic& d : parsed.diagnostics()) {
            if (d.code == "DBI-ANS-008")  // one part of a ratio still missing: say it plainly
                errors->push_back(Notice{Severity::warning, Str::missing_part, {}, std::nullopt});
            else
                errors->push_back(Notice{Severity::error, Str::count_, {}, d});
        }
        return false;
    }
    auto it = parsed.value().answers.find(c.id);
    if (it == parsed.value().answers.end()) return false;
    *out = it->second;
    return true;
}

void Session::rebuild_answers() {
    answers_ = AnswerSet{};
    answer_errors_.clear();
    assessment_.reset();
    explanation_.reset();
    recommendations_.reset();
    const IndexDefinition* idx = active_index();
    if (!idx) return;
    if (const auto* raws = static_cast<const Session*>(this)->raw_for_active())
        answers_ = answers_from(*idx, *raws, &answer_errors_);
    answers_.index_id = idx->id;
    auto scored = score(*idx, answers_);
    if (!scored) return;
    assessment_ = std::move(scored.value());
    explanation_ = explain(*idx, *assessment_);
    if (smedx_) {
        const std::string vsic = parsed_profile_ ? parsed_profile_->vsic_section : std::string();
        recommendations_ = recommend(*idx, *assessment_, *smedx_, vsic);
    }
}

AnswerSet Session::answers_from(const IndexDefinition& index,
                                const std::map<std::string, RawAnswer>& raws,
                                std::map<std::string, std::vector<Notice>>* errors_out) const {
    AnswerSet out;
    out.index_id = index.id;
    for (const auto& [id, raw] : raws) {
        const Criterion* c = index.find_criterion(id);
        if (!c || raw.empty()) continue;
        Answer a;
        std::vector<Notice> errors;
        if (validate_answer(index, *c, raw, &a, &errors)) out.answers.emplace(id, a);
        if (!errors.empty() && errors_out) (*errors_out)[id] = std::move(errors);
    }
    return out;
}

std::string Session::answers_json() const { return answers_to_canonical_json(answers_); }

// ---------------------------------------------------------------------------------------------
// Profile

void Session::set_profile(std::string_view field, std::string_view value) {
    std::string v = nfc_or_raw(value);
    constexpr std::string_view kMember = "member:";
    if (field.substr(0, kMember.size()) == kMember) {
        // "member:<i>:<field>"
        const std::string_view rest = field.substr(kMember.size());
        const std::size_t colon = rest.find(':');
        const auto i = colon == std::string_view::npos ? std::nullopt
                                                       : parse_whole_number(rest.substr(0, colon));
        if (i && *i >= 0 && static_cast<std::size_t>(*i) < members_.size())
            set_member(static_cast<std::size_t>(*i), rest.substr(colon + 1), v);
        return;
    }
    if (field == "name") {
        profile_.name = v.substr(0, 1200);
    } else if (field == "tax_code") {
        profile_.tax_code = v.substr(0, 32);
    } else if (field == "province") {
        profile_.province = v.substr(0, 8);
    } else if (field == "vsic") {
        profile_.vsic = v.substr(0, 4);
    } else if (field == "employees") {
        profile_.employees = v.substr(0, 32);
    } else if (field == "revenue_m") {
        profile_.revenue_m = v.substr(0, 32);
    } else if (field == "capital_m") {
        profile_.capital_m = v.substr(0, 32);
    } else if (field == "group") {
        profile_.group = v == "1" || v == "true";
    } else if (field == "index_set") {
        if (v != "" && v != "sme" && v != "large" && v != "group") return;
        index_choice_ = v;
    } else {
        return;
    }
    changed(true);
}

bool Session::tax_code_valid() const noexcept {
    return !profile_.tax_code.empty() && is_valid_tax_code(profile_.tax_code);
}

void Session::recompute_profile() {
    profile_errors_.clear();
    profile_missing_.clear();
    parsed_profile_.reset();
    classification_.reset();
    const ProfileDraft& p = profile_;
    auto need = [&](const char* field, const std::string& v) {
        if (v.empty()) profile_missing_.push_back(field);
    };
    need("name", p.name);
    need("tax_code", p.tax_code);
    need("province", p.province);
    need("vsic", p.vsic);
    need("employees", p.employees);
    need("revenue_m", p.revenue_m);
    need("capital_m", p.capital_m);
    // Live check of the tax code while it is typed (the check digit is the useful part).
    if (!p.tax_code.empty()) {
        if (auto d = check_tax_code(p.tax_code, "/tax_code"))
            profile_errors_["tax_code"] = Notice{Severity::error, Str::count_, {}, *d};
    }
    auto number = [&](const char* field, const std::string& text, std::int64_t scale,
                      Json* out) {
        if (text.empty()) return;
        auto v = parse_whole_number(text);
        if (!v || *v > kMaxAmountVnd / scale) {
            profile_errors_[field] = Notice{Severity::error, Str::err_whole_number, {}, std::nullopt};
            return;
        }
        *out = *v * scale;
    };
    Json employees, revenue, capital;
    number("employees", p.employees, 1, &employees);
    number("revenue_m", p.revenue_m, kMillion, &revenue);
    number("capital_m", p.capital_m, kMillion, &capital);
    if (!reference_ || !profile_missing_.empty() || !profile_errors_.empty()) return;

    Json doc = {{"format", "dbi-profile/1"}, {"name", p.name},          {"tax_code", p.tax_code},
                {"province", p.province},    {"vsic_section", p.vsic},  {"employees", employees},
                {"revenue_vnd", revenue},    {"capital_vnd", capital},  {"group_structure", p.group}};
    auto parsed = parse_profile(dump(doc), *reference_);
    if (!parsed) {
        static const std::pair<const char*, const char*> kFields[] = {
            {"/name", "name"},           {"/tax_code", "tax_code"},   {"/province", "province"},
            {"/vsic_section", "vsic"},   {"/employees", "employees"}, {"/revenue_vnd", "revenue_m"},
            {"/capital_vnd", "capital_m"}};
        for (const Diagnostic& d : parsed.diagnostics()) {
            std::string field = "name";
            for (const auto& [pointer, f] : kFields)
                if (d.pointer == pointer) field = f;
            profile_errors_.emplace(field, Notice{Severity::error, Str::count_, {}, d});
        }
        return;
    }
    parsed_profile_ = std::move(parsed.value());
    classification_ = classify(*parsed_profile_, *reference_);
}

// ---------------------------------------------------------------------------------------------
// Change tracking

void Session::changed(bool draft) {
    ++revision_;
    if (draft && !kiosk_mode_) ++draft_revision_;  // a kiosk keeps no draft
    recompute();
}

void Session::recompute() {
    recompute_profile();
    // The active set may need an index the page has not fetched yet (the large index is
    // fetched only when chosen: it is most of the data).
    const std::string set = active_set();
    if (!index(set) && std::find(requested_.begin(), requested_.end(), set) == requested_.end()) {
        requested_.push_back(set);
        effects_.push_back(Effect{Effect::Kind::load_index, set, {}});
    }
    rebuild_answers();
    recompute_group();
}

std::vector<Effect> Session::take_effects() {
    std::vector<Effect> out;
    out.swap(effects_);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Draft

std::string Session::draft_json() const {
    Json profile = {{"name", profile_.name},           {"tax_code", profile_.tax_code},
                    {"province", profile_.province},   {"vsic", profile_.vsic},
                    {"employees", profile_.employees}, {"revenue_m", profile_.revenue_m},
                    {"capital_m", profile_.capital_m}, {"group", profile_.group}};
    Json answers = Json::object();
    for (const auto& [index_id, raws] : raw_) {
        if (index_id.empty()) continue;
        Json set = raws_to_json(raws);
        if (!set.empty()) answers[index_id] = std::move(set);
    }
    Json members = Json::array();
    for (const MemberDraft& d : members_) {
        Json m = {{"name", d.name},
                  {"relation", d.relation},
                  {"revenue_m", d.revenue_m},
                  {"employees", d.employees},
                  {"set", d.set}};
        if (!d.envelope.empty()) m["envelope"] = d.envelope;
        else m["answers"] = raws_to_json(d.raw);
        members.push_back(std::move(m));
    }
    Json doc = {{"format", kDraftFormat},
                {"lang", lang_tag(lang_)},
                {"settings", {{"large_text", large_text_}, {"high_contrast", high_contrast_}}},
                {"publish", publish_},
                {"index_set", index_choice_},
                {"profile", std::move(profile)},
                {"answers", std::move(answers)}};
    if (!members_.empty()) {
        doc["members"] = std::move(members);
        doc["editing_member"] = editing_member_;
    }
    return dump(doc);
}

void Session::restore_draft(std::string_view text) {
    Json doc = parse(text);
    if (doc.is_discarded() || !doc.is_object() || !string_at(doc, "format") ||
        *string_at(doc, "format") != kDraftFormat) {
        notices_.push_back(Notice{Severity::error, Str::draft_corrupt, {}, std::nullopt});
        changed(false);
        return;
    }
    int damaged = 0;
    auto text_field = [&](const Json& obj, const char* key, std::string* out, std::size_t limit) {
        auto it = obj.find(key);
        if (it == obj.end()) return;
        if (!it->is_string()) { ++damaged; return; }
        auto nfc = to_nfc(it->get<std::string>());
        if (!nfc || nfc.value().size() > limit) { ++damaged; return; }
        *out = nfc.value();
    };
    auto flag = [&](const Json& obj, const char* key, bool* out) {
        auto it = obj.find(key);
        if (it == obj.end()) return;
        if (!it->is_boolean()) { ++damaged; return; }
        *out = it->get<bool>();
    };
    if (const std::string* l = string_at(doc, "lang")) lang_ = *l == "en" ? Lang::en : Lang::vi;
    if (auto it = doc.find("settings"); it != doc.end() && it->is_object()) {
        flag(*it, "large_text", &large_text_);
        flag(*it, "high_contrast", &high_contrast_);
    }
    flag(doc, "publish", &publish_);
    if (const std::string* s = string_at(doc, "index_set")) {
        if (*s == "" || *s == "sme" || *s == "large" || *s == "group") index_choice_ = *s;
        else ++damaged;
    }
    if (auto it = doc.find("profile"); it != doc.end()) {
        if (!it->is_object()) {
            ++damaged;
        } else {
            text_field(*it, "name", &profile_.name, 1200);
            text_field(*it, "tax_code", &profile_.tax_code, 32);
            text_field(*it, "province", &profile_.province, 8);
            text_field(*it, "vsic", &profile_.vsic, 4);
            text_field(*it, "employees", &profile_.employees, 32);
            text_field(*it, "revenue_m", &profile_.revenue_m, 32);
            text_field(*it, "capital_m", &profile_.capital_m, 32);
            flag(*it, "group", &profile_.group);
        }
    }
    if (auto it = doc.find("answers"); it != doc.end()) {
        if (!it->is_object()) {
            ++damaged;
        } else {
            for (auto set = it->begin(); set != it->end(); ++set) {
                if (!set.value().is_object()) { ++damaged; continue; }
                // Known index: check every entry against its criterion now. Not loaded yet
                // (the large index): keep well-formed entries; they are validated on load.
                const IndexDefinition* idx = nullptr;
                for (const auto& [name, def] : indices_)
                    if (def.id == set.key()) idx = &def;
                damaged += read_raws(set.value(), idx, &raw_[set.key()]);
            }
        }
    }
    if (auto it = doc.find("members"); it != doc.end()) {
        if (!it->is_array()) ++damaged;
        else damaged += restore_members(*it, int_at(doc, "editing_member").value_or(-1));
    }
    if (damaged > 0)
        notices_.push_back(
            Notice{Severity::warning, Str::draft_partial, {std::to_string(damaged)}, std::nullopt});
    changed(false);
}

// ---------------------------------------------------------------------------------------------
// History, device key, signing, submission

void Session::set_history(std::string_view text) {
    history_.clear();
    Json doc = parse(text);
    if (!doc.is_array()) return;  // nothing usable: history is a convenience, not a record
    for (const Json& e : doc) {
        if (!e.is_object()) continue;
        HistoryEntry h;
        const std::string* date = string_at(e, "date");
        const std::string* index_id = string_at(e, "index");
        const std::string* sha = string_at(e, "answers_sha256");
        auto total = int_at(e, "total"), max = int_at(e, "max"), level = int_at(e, "level");
        if (!date || !index_id || !sha || !total || !max || !level) continue;
        h.date = *date;
        h.index_id = *index_id;
        h.answers_sha256 = *sha;
        h.total = static_cast<int>(*total);
        h.max = static_cast<int>(*max);
        h.level = static_cast<int>(*level);
        history_.push_back(std::move(h));
    }
    changed(false);
}

void Session::record_history() {
    if (!assessment_ || kiosk_mode_) return;  // a kiosk keeps no history of its visitors
    HistoryEntry h;
    h.date = clock_ ? clock_().substr(0, 10) : std::string();
    h.index_id = assessment_->index_id;
    h.answers_sha256 = assessment_->answers_sha256;
    h.total = assessment_->total_points;
    h.max = assessment_->max_points;
    h.level = assessment_->level;
    history_.erase(std::remove_if(history_.begin(), history_.end(),
                                  [&](const HistoryEntry& e) {
                                      return e.index_id == h.index_id &&
                                             e.answers_sha256 == h.answers_sha256;
                                  }),
                   history_.end());
    history_.push_back(h);
    if (history_.size() > kMaxHistory)
        history_.erase(history_.begin(), history_.end() - static_cast<std::ptrdiff_t>(kMaxHistory));
    Json list = Json::array();
    for (const HistoryEntry& e : history_)
        list.push_back({{"date", e.date}, {"index", e.index_id}, {"answers_sha256", e.answers_sha256},
                        {"total", e.total}, {"max", e.max}, {"level", e.level}});
    effects_.push_back(Effect{Effect::Kind::save_history, dump(list), {}});
}

const HistoryEntry* Session::previous_assessment() const noexcept {
    if (!assessment_) return nullptr;
    for (auto it = history_.rbegin(); it != history_.rend(); ++it)
        if (it->index_id == assessment_->index_id &&
            it->answers_sha256 != assessment_->answers_sha256)
            return &*it;
    return nullptr;
}

void Session::set_device_seed(std::string_view base64) {
    auto bytes = base64_decode(base64);
    if (!bytes || bytes->size() != 32) return;  // a new key is made on first signature
    crypto::Seed seed{};
    std::copy(bytes->begin(), bytes->end(), seed.begin());
    device_key_ = crypto::keypair_from_seed(seed);
    device_key_id_ = device_key_->key_id;
    changed(false);
}

void Session::set_clock(std::function<std::string()> utc_now) { clock_ = std::move(utc_now); }

// ---------------------------------------------------------------------------------------------
// Kiosk

void Session::set_kiosk_mode(bool on) {
    if (on == kiosk_mode_) return;
    kiosk_mode_ = on;
    changed(false);
}

void Session::load_kiosk_key(std::string_view text) {
    auto parsed = crypto::parse_key_file(text);
    std::optional<Diagnostic> refused;
    if (!parsed) {
        refused = parsed.diagnostics().empty() ? make_diag("DBI-SUB-002", "", {"?", "dbi-key/1"})
                                               : parsed.diagnostics().front();
    } else if (parsed.value().role != Role::kiosk) {
        refused = make_diag("DBI-SUB-030", "/role", {std::string(to_string(parsed.value().role))});
    }
    if (refused) {
        // The key in use (if any) stays; nothing of the refused file is kept. Said in the
        // operator view (the model's kiosk.error), not on the visitor's screen.
        kiosk_error_ = Notice{Severity::error, Str::kiosk_key_refused, {}, refused};
        changed(false);
        return;
    }
    const crypto::KeyFile& key = parsed.value();
    kiosk_key_ = key.key;
    kiosk_key_id_ = key.key.key_id;
    kiosk_label_ = key.label.empty() ? key.key.key_id : key.label;
    kiosk_error_.reset();
    effects_.push_back(Effect{Effect::Kind::save_kiosk_key, std::string(text), {}});
    changed(false);
}

bool Session::has_personal_data() const {
    const ProfileDraft& p = profile_;
    if (!p.name.empty() || !p.tax_code.empty() || !p.province.empty() || !p.vsic.empty() ||
        !p.employees.empty() || !p.revenue_m.empty() || !p.capital_m.empty() || p.group)
        return true;
    for (const auto& [id, raws] : raw_)
        for (const auto& [c, raw] : raws)
            if (!raw.empty()) return true;
    return !members_.empty() || submit_state_ != SubmitState::idle;
}

std::optional<std::string> Session::make_envelope(std::string* submission_id) {
    const IndexDefinition* idx = active_index();
    if (!idx || !assessment_ || !parsed_profile_ || !classification_ || !clock_) {
        notice(Severity::error, Str::need_profile);
        return std::nullopt;
    }
    if (kiosk_mode_ && !kiosk_key_) {
        notice(Severity::error, Str::kiosk_no_key);
        return std::nullopt;
    }
    if (!kiosk_mode_ && !device_key_) {
        device_key_ = crypto::generate_keypair();
        device_key_id_ = device_key_->key_id;
        // libsodium's secret key is seed ‖ public key: the seed is enough to restore it.
        effects_.push_back(Effect{Effect::Kind::save_device_key,
                                  base64_encode(device_key_->secret_key.data(), 32), {}});
    }
    AssessmentStatement st;
    st.submission_id = crypto::random_uuid_v4();
    st.issued_at = clock_();
    st.channel = kiosk_mode_ ? "kiosk" : "web";
    if (kiosk_mode_) st.kiosk = kiosk_label_;
    st.subject.name = parsed_profile_->name;
    st.subject.tax_code = parsed_profile_->tax_code;
    st.subject.province = parsed_profile_->province_code;
    st.subject.vsic_section = parsed_profile_->vsic_section;
    st.subject.size_class = std::string(to_string(classification_->size));
    st.subject.publish = publish_;
    st.assessment = *assessment_;
    Envelope env;
    // At a kiosk the kiosk key signs: "collected at kiosk K" (verifiers find it in the trust
    // list); elsewhere the browser's own device key.
    env.statements.push_back(crypto::sign_statement(
        assessment_statement_bytes(st), kiosk_mode_ ? Role::kiosk : Role::device,
        kiosk_mode_ ? *kiosk_key_ : *device_key_, st.issued_at));
    if (kiosk_mode_) {
        // The certificate the enterprise takes away as a QR code: the same signed statement
        // without the answers (a signature covers their hash only, so it stays valid).
        kiosk_qr_text_ = envelope_bytes(env);
        kiosk_qr_is_link_ = kiosk_qr_text_.size() > qr::max_bytes(qr::Ecc::low);
        if (kiosk_qr_is_link_) kiosk_qr_text_ = endpoint_ + "/" + st.submission_id;
        kiosk_qr_ = qr::encode_bytes(kiosk_qr_text_, qr::Ecc::low);
    }
    env.answers_json = answers_to_canonical_json(answers_);
    if (submission_id) *submission_id = st.submission_id;
    return envelope_bytes(env);
}

void Session::submit_result(int status, std::string_view body) {
    Json doc = parse(body);
    if (status == 200 || status == 201) {
        std::string receipt;
        if (doc.is_object()) {
            if (const std::string* r = string_at(doc, "receipt_id")) receipt = *r;
            auto rec = doc.find("receipt");
            if (receipt.empty() && rec != doc.end() && rec->is_object())
                if (const std::string* r = string_at(*rec, "receipt_id")) receipt = *r;
            // A full envelope back: the receipt is the statement signed with role "receipt".
            auto sts = doc.find("statements");
            if (receipt.empty() && sts != doc.end() && sts->is_array()) {
                for (const Json& s : *sts) {
                    const std::string* payload = s.is_object() ? string_at(s, "payload") : nullptr;
                    auto bytes = payload ? base64_decode(*payload) : std::nullopt;
                    if (!bytes) continue;
                    Json p = parse(*bytes);
                    if (p.is_object())
                        if (const std::string* r = string_at(p, "receipt_id")) receipt = *r;
                }
            }
        }
        submit_state_ = SubmitState::done;
        submit_notice_ = Notice{Severity::info, Str::submit_ok,
                                {receipt.empty() ? std::string("—") : receipt}, std::nullopt};
    } else if (status == -1) {
        submit_state_ = SubmitState::queued;
        submit_notice_ = Notice{Severity::info, Str::submit_queued, {}, std::nullopt};
    } else if (status == -2) {
        submit_state_ = SubmitState::failed;
        submit_notice_ = Notice{Severity::error, Str::submit_no_outbox, {}, std::nullopt};
    } else if (status <= 0) {
        submit_state_ = SubmitState::failed;
        submit_notice_ = Notice{Severity::error, Str::submit_offline, {}, std::nullopt};
    } else {
        submit_state_ = SubmitState::failed;
        // The server speaks in the core's diagnostic codes: translate them like our own.
        std::optional<Diagnostic> d;
        if (doc.is_object()) {
            const Json* src = &doc;
            if (auto e = doc.find("error"); e != doc.end() && e->is_object()) src = &*e;
            if (auto ds = doc.find("diagnostics"); ds != doc.end() && ds->is_array() &&
                                                   !ds->empty() && ds->front().is_object())
                src = &ds->front();
            const std::string* code = string_at(*src, "code");
            if (code && is_known_code(*code)) {
                std::vector<std::string> args;
                if (auto a = src->find("args"); a != src->end() && a->is_array())
                    for (const Json& x : *a)
                        if (x.is_string()) args.push_back(x.get<std::string>());
                const std::string* ptr = string_at(*src, "pointer");
                d = make_diag(*code, ptr ? *ptr : std::string(), args);
            }
        }
        if (d)
            submit_notice_ = Notice{Severity::error, Str::submit_failed, {}, d};
        else
            submit_notice_ = Notice{Severity::error, Str::submit_failed,
                                    {fmt(Str::submit_http, lang_, {std::to_string(status)})},
                                    std::nullopt};
    }
    changed(false);
}

}  // namespace dbi::web
