// The app's session and screen model: what both views (canvas and mirror) are built from.
#include <set>

#include <nlohmann/json.hpp>

#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"
#include "dbi/keyfile.hpp"
#include "screen_model.hpp"
#include "ui_support.hpp"

using namespace dbi;
using namespace dbi::web;
using dbi::test::answer_everything;

TEST_CASE("routes: every screen has an address; unknown ones are refused") {
    CHECK(parse_route("#/welcome")->page == Page::welcome);
    CHECK(parse_route("#/profile")->page == Page::profile);
    CHECK(parse_route("#/pillar/3")->pillar == 3);
    CHECK(parse_route("/results")->page == Page::results);
    CHECK(parse_route("#/report")->page == Page::report);
    CHECK_FALSE(parse_route("#/pillar/0"));
    CHECK_FALSE(parse_route("#/pillar/x"));
    CHECK_FALSE(parse_route("#/admin"));
    CHECK(Route{Page::pillar, 6}.str() == "/pillar/6");
}

TEST_CASE("whole numbers as typed: plain or grouped in threes, nothing else") {
    CHECK(parse_whole_number("1200") == 1200);
    CHECK(parse_whole_number("1.200.000") == 1200000);
    CHECK(parse_whole_number("1,200") == 1200);
    CHECK(parse_whole_number(" 45 ") == 45);
    CHECK_FALSE(parse_whole_number("2.5"));
    CHECK_FALSE(parse_whole_number("1.20.000"));
    CHECK_FALSE(parse_whole_number("-3"));
    CHECK_FALSE(parse_whole_number("12a"));
    CHECK_FALSE(parse_whole_number(""));
}

TEST_CASE("pillar screen model: every criterion a group, every option a labelled control") {
    Session s;
    test::load_all(s);
    const IndexDefinition& idx = *s.active_index();
    for (std::size_t p = 0; p < idx.pillars.size(); ++p) {
        s.navigate("#/pillar/" + std::to_string(p + 1));
        const ScreenModel m = build_screen_model(s);
        REQUIRE(m.indicators.size() == idx.pillars[p].indicators.size());
        std::set<std::string> keys;
        for (std::size_t i = 0; i < m.indicators.size(); ++i) {
            const Indicator& ind = idx.pillars[p].indicators[i];
            REQUIRE(m.indicators[i].criteria.size() == ind.criteria.size());
            for (std::size_t k = 0; k < ind.criteria.size(); ++k) {
                const Criterion& c = ind.criteria[k];
                const CriterionView& v = m.indicators[i].criteria[k];
                CHECK(v.id == c.id);
                CHECK_FALSE(v.label.empty());
                CHECK_FALSE(v.question.empty());
                CHECK_FALSE(v.answered);
                if (is_ladder(c.answer.type)) {
                    // The gate's "No" plus one option per descriptor.
                    CHECK(v.options.size() == c.answer.options.size() + (c.answer.gate ? 1 : 0));
                    CHECK(v.numbers.empty());
                } else {
                    CHECK(v.options.size() == (c.answer.gate ? 2u : 0u));
                    CHECK(v.numbers.size() == (c.answer.type == AnswerType::ratio ? 2u : 1u));
                }
                for (const OptionView& o : v.options) {
                    CHECK_FALSE(o.label.empty());
                    CHECK(keys.insert(o.key).second);  // keys are unique on a screen
                }
                for (const NumberView& n : v.numbers) {
                    CHECK_FALSE(n.label.empty());
                    CHECK(keys.insert(n.key).second);
                }
            }
        }
        CHECK_FALSE(m.skip_target.empty());  // nothing answered: there is a next unanswered
    }
}

TEST_CASE("answers given through the session score exactly as the core scores them") {
    Session s;
    test::load_all(s);
    const int n = answer_everything(s);
    const IndexDefinition& idx = *s.active_index();
    CHECK(n == idx.scored_criteria_count());
    // Independent path: the exported answers file, parsed and scored by the core.
    auto parsed = parse_answers(idx, s.answers_json());
    REQUIRE(parsed);
    auto scored = score(idx, parsed.value());
    REQUIRE(scored);
    s.navigate("#/results");
    const ScreenModel m = build_screen_model(s);
    REQUIRE(m.has_results);
    CHECK(m.results.total == scored.value().total_points);
    CHECK(m.results.level == scored.value().level);
    CHECK(m.results.answered == scored.value().criteria);
    REQUIRE(m.results.pillars.size() == scored.value().pillars.size());
    for (std::size_t i = 0; i < m.results.pillars.size(); ++i) {
        CHECK(m.results.pillars[i].points == scored.value().pillars[i].points);
        CHECK(m.results.pillars[i].level == scored.value().pillars[i].level);
    }
    CHECK_FALSE(m.results.next_level.empty());
    CHECK(m.results.thresholds.size() + 1 == idx.pillar_bands.size());
}

TEST_CASE("a ratio above 100 % is refused with the core's message; the other answers stay") {
    Session s;
    test::load_all(s);
    s.set_option("1.1.1", 3);
    s.set_number("1.1.3", "numerator", "30");
    s.set_number("1.1.3", "denominator", "10");
    REQUIRE(s.answer_errors("1.1.3") != nullptr);
    CHECK(s.answer_errors("1.1.3")->front().diag->code == "DBI-ANS-007");
    CHECK(s.answers().answers.count("1.1.1") == 1);
    CHECK(s.answers().answers.count("1.1.3") == 0);
    s.set_number("1.1.3", "numerator", "abc");
    CHECK(s.answer_errors("1.1.3")->front().key == Str::err_whole_number);
    s.set_number("1.1.3", "numerator", "5");
    CHECK(s.answer_errors("1.1.3") == nullptr);
    CHECK(s.answers().answers.at("1.1.3").numerator == 5);
}

TEST_CASE("draft: saved and restored on another session, in full") {
    Session a;
    test::load_all(a);
    test::fill_profile(a);
    answer_everything(a);
    a.set_lang(Lang::en);
    Session b;
    test::load_all(b);
    b.restore_draft(a.draft_json());
    CHECK(b.answers_json() == a.answers_json());
    CHECK(b.profile().name == a.profile().name);
    CHECK(b.lang() == Lang::en);
    CHECK(b.notices().empty());
}

TEST_CASE("a damaged draft keeps every answer it can and says what was lost") {
    Session a;
    test::load_all(a);
    a.set_option("1.1.1", 4);
    a.set_option("1.1.2", 2);
    a.set_number("1.1.3", "numerator", "1");
    a.set_number("1.1.3", "denominator", "4");
    auto doc = nlohmann::json::parse(a.draft_json());
    auto& set = doc["answers"]["vn.mic.1970-2021.sme"];
    set["1.1.2"]["option"] = 99;          // no such option
    set["9.9.9"] = {{"option", 1}};       // no such criterion
    set["1.1.7"] = "not an object";
    Session b;
    test::load_all(b);
    b.restore_draft(doc.dump());
    CHECK(b.answers().answers.count("1.1.1") == 1);
    CHECK(b.answers().answers.count("1.1.3") == 1);
    CHECK(b.answers().answers.count("1.1.2") == 0);
    REQUIRE(b.notices().size() == 1);
    CHECK(b.notices()[0].key == Str::draft_partial);
    CHECK(b.notices()[0].args.at(0) == "3");

    Session c;
    test::load_all(c);
    c.restore_draft("{\"format\": \"dbi-app-draft/1\", \"answers\": {");  // cut short
    REQUIRE(c.notices().size() == 1);
    CHECK(c.notices()[0].key == Str::draft_corrupt);
    CHECK(c.answers().answers.empty());
}

TEST_CASE("profile: live tax-code check, classification and the proposed index set") {
    Session s;
    test::load_all(s);
    s.set_profile("tax_code", "0300588568");  // wrong check digit
    REQUIRE(s.profile_errors().count("tax_code") == 1);
    CHECK(s.profile_errors().at("tax_code").diag->code == "DBI-PRF-003");
    test::fill_profile(s);
    CHECK(s.profile_errors().empty());
    CHECK(s.tax_code_valid());
    REQUIRE(s.classification() != nullptr);
    CHECK(s.classification()->index_set == IndexSet::sme);
    CHECK(s.active_set() == "sme");
    s.navigate("#/profile");
    const ScreenModel m = build_screen_model(s);
    CHECK_FALSE(m.reasons.empty());
    bool proposed_sme = false;
    for (const SetChoice& c : m.sets) proposed_sme |= c.proposed && c.value == "sme";
    CHECK(proposed_sme);
    // The user may override; a set that is not loaded yet is requested from the page.
    s.set_profile("index_set", "large");
    bool asked = false;
    for (const Effect& e : s.take_effects()) asked |= e.kind == Effect::Kind::load_index && e.a == "large";
    CHECK(asked);
    CHECK(s.active_index() == nullptr);
    // Province names come from the reference data: 34 provincial units since 2025.
    s.set_profile("index_set", "");
    const ScreenModel m2 = build_screen_model(s);
    for (const FieldView& f : m2.fields)
        if (f.name == "province") CHECK(f.choices.size() == s.reference()->provinces.size());
}

TEST_CASE("the signed result file verifies and re-scores with the core") {
    REQUIRE(crypto::init());
    Session s;
    test::load_all(s);
    test::fill_profile(s);
    answer_everything(s);
    s.command("download");
    std::string file, seed;
    for (const Effect& e : s.take_effects()) {
        if (e.kind == Effect::Kind::download) file = e.b;
        if (e.kind == Effect::Kind::save_device_key) seed = e.a;
    }
    REQUIRE_FALSE(file.empty());
    CHECK_FALSE(seed.empty());  // first signature: a device key is made and handed to storage
    const IndexDefinition* idx = s.active_index();
    auto verified = verify_envelope(file, TrustList{}, crypto::verifier(),
                                    [&](std::string_view id) { return id == idx->id ? idx : nullptr; });
    REQUIRE_MESSAGE(verified, (verified.diagnostics().empty() ? "" : format_line(verified.diagnostics()[0], Lang::en)));
    CHECK(verified.value().rescored);
    CHECK(verified.value().assessment.subject.tax_code == "0300588569");
    CHECK(verified.value().assessment.assessment.total_points == s.assessment()->total_points);
    CHECK(verified.value().signers.at(0).key_id == s.device_key_id());
    // The same device key signs again after a reload (restored from the stored seed).
    Session t;
    test::load_all(t);
    t.set_device_seed(seed);
    CHECK(t.device_key_id() == s.device_key_id());
    // History: the download recorded this assessment; a changed answer compares against it.
    CHECK(s.history().size() == 1);
    s.set_option("1.1.1", 1);
    REQUIRE(s.previous_assessment() != nullptr);
}

TEST_CASE("submission outcomes are shown in the user's language") {
    Session s;
    test::load_all(s);
    s.submit_result(201, R"({"receipt_id":"r-000000000123"})");
    CHECK(s.submit_state() == SubmitState::done);
    CHECK(s.submit_notice()->text(Lang::vi).find("r-000000000123") != std::string::npos);
    s.submit_result(422, R"({"error":{"code":"DBI-SUB-016","args":["1","2","3","4"]}})");
    CHECK(s.submit_state() == SubmitState::failed);
    CHECK(s.submit_notice()->text(Lang::vi).find("chấm lại") != std::string::npos);
    CHECK(s.submit_notice()->text(Lang::en).find("re-scoring") != std::string::npos);
    s.submit_result(0, "");
    CHECK(s.submit_notice()->key == Str::submit_offline);
}

TEST_CASE("screen model JSON carries what the mirror needs") {
    Session s;
    test::load_all(s);
    s.navigate("#/pillar/1");
    auto j = nlohmann::json::parse(to_json(build_screen_model(s)));
    CHECK(j["route"] == "/pillar/1");
    CHECK(j["lang"] == "vi");
    CHECK(j["indicators"].size() == s.active_index()->pillars[0].indicators.size());
    CHECK(j["labels"]["skip_unanswered"].is_string());
    CHECK(j["pillar"]["skip_target"].get<std::string>().rfind("opt:1.1.1:", 0) == 0);
    s.set_lang(Lang::en);
    j = nlohmann::json::parse(to_json(build_screen_model(s)));
    CHECK(j["lang"] == "en");
    CHECK(j["heading"].get<std::string>().rfind("Pillar 1 of", 0) == 0);
}

TEST_CASE("an index file that fails validation is reported and the draft's answers are kept") {
    Session good;
    test::load_all(good);
    good.set_option("1.1.1", 2);
    const std::string draft = good.draft_json();

    Session s;
    std::string broken = test::read_source_file("indices/vn.mic.1970-2021.sme.json");
    broken.replace(broken.find("\"max_points\": 5"), 15, "\"max_points\": 7");  // sums no longer add up
    s.load_data("index:sme", broken);
    REQUIRE_FALSE(s.data_errors().empty());
    CHECK(s.data_errors().front().key == Str::index_invalid);
    // The message names the core's finding (its code), not only that something is wrong.
    CHECK(s.data_errors().front().text(Lang::en).find("DBI-IDX-") != std::string::npos);
    CHECK(s.active_index() == nullptr);
    s.restore_draft(draft);
    s.set_lang(Lang::en);  // any change re-saves the draft: the answers must survive it
    CHECK(s.draft_json().find("\"1.1.1\"") != std::string::npos);
    s.navigate("#/pillar/1");
    const ScreenModel m = build_screen_model(s);
    CHECK_FALSE(m.notices.empty());
    CHECK(m.indicators.empty());
}

// ---------------------------------------------------------------------------------------------
// Kiosk mode (issue 5): the kiosk key signs, nothing personal reaches the page's storage.

namespace {

std::string key_file(Role role, const std::string& label, const crypto::KeyPair& kp) {
    crypto::KeyFile f;
    f.role = role;
    f.label = label;
    f.created_at = "2026-11-23T08:00:00Z";
    f.key = kp;
    return crypto::key_file_text(f);
}

}  // namespace

TEST_CASE("kiosk: a kiosk key file is accepted and kept; any other key is refused with its code") {
    REQUIRE(crypto::init());
    Session s;
    test::load_all(s);
    s.set_kiosk_mode(true);
    // A device key file: refused, DBI-SUB-030, nothing stored, no key in use.
    const crypto::KeyPair device = crypto::generate_keypair();
    s.load_data("kiosk_key", key_file(Role::device, "Máy tính kế toán", device));
    REQUIRE(s.kiosk_error().has_value());
    REQUIRE(s.kiosk_error()->diag.has_value());
    CHECK(s.kiosk_error()->diag->code == "DBI-SUB-030");
    CHECK(s.kiosk_error()->text(Lang::en).find("(DBI-SUB-030)") != std::string::npos);
    CHECK(s.kiosk_key_id().empty());
    for (const Effect& e : s.take_effects()) CHECK(e.kind != Effect::Kind::save_kiosk_key);
    // A damaged file: refused with the parser's code.
    s.load_data("kiosk_key", "{\"format\": \"dbi-key/1\"");
    REQUIRE(s.kiosk_error().has_value());
    CHECK(s.kiosk_error()->diag->code.rfind("DBI-JSON-", 0) == 0);
    // Signing is refused until a kiosk key is loaded (never falls back to a device key).
    test::fill_profile(s);
    answer_everything(s);
    s.take_effects();
    CHECK_FALSE(s.make_envelope().has_value());
    // The kiosk key: accepted and handed to the page's storage as the exact file text.
    const crypto::KeyPair kiosk = crypto::generate_keypair();
    const std::string text = key_file(Role::kiosk, "Ki-ốt K-07 — Hội chợ", kiosk);
    s.load_data("kiosk_key", text);
    CHECK_FALSE(s.kiosk_error().has_value());
    CHECK(s.kiosk_key_id() == kiosk.key_id);
    CHECK(s.kiosk_label() == "Ki-ốt K-07 — Hội chợ");
    std::string saved;
    for (const Effect& e : s.take_effects())
        if (e.kind == Effect::Kind::save_kiosk_key) saved = e.a;
    CHECK(saved == text);
    // A later refused file leaves the kiosk key in use.
    s.load_data("kiosk_key", key_file(Role::receipt, "Máy chủ", crypto::generate_keypair()));
    CHECK(s.kiosk_error()->diag->code == "DBI-SUB-030");
    CHECK(s.kiosk_key_id() == kiosk.key_id);
}

TEST_CASE("kiosk: results are signed by the kiosk key; verifiers accept it only from the trust list") {
    REQUIRE(crypto::init());
    Session s;
    test::load_all(s);
    s.set_kiosk_mode(true);
    const crypto::KeyPair kiosk = crypto::generate_keypair();
    s.load_data("kiosk_key", key_file(Role::kiosk, "Ki-ốt K-07", kiosk));
    const std::uint64_t drafts = s.draft_revision();
    CHECK_FALSE(s.has_personal_data());
    test::fill_profile(s);
    answer_everything(s);
    CHECK(s.has_personal_data());
    // No draft is offered to the page's storage at a kiosk, and no history.
    CHECK(s.draft_revision() == drafts);
    std::string id;
    auto env = s.make_envelope(&id);
    REQUIRE(env.has_value());
    s.command("submit");
    s.command("download");  // no files at a kiosk
    bool wiped = false;
    for (const Effect& e : s.take_effects()) {
        CHECK(e.kind != Effect::Kind::save_history);
        CHECK(e.kind != Effect::Kind::save_device_key);
        CHECK(e.kind != Effect::Kind::download);
    }
    CHECK(s.device_key_id().empty());
    // "Next enterprise" asks the page to wipe the session.
    s.command("next_enterprise");
    for (const Effect& e : s.take_effects()) wiped = wiped || e.kind == Effect::Kind::kiosk_wipe;
    CHECK(wiped);

    const IndexDefinition* idx = s.active_index();
    auto lookup = [&](std::string_view i) { return i == idx->id ? idx : nullptr; };
    // Without the kiosk key in the trust list: refused (DBI-SUB-005).
    auto refused = verify_envelope(*env, TrustList{}, crypto::verifier(), lookup);
    REQUIRE_FALSE(refused);
    CHECK(refused.diagnostics().front().code == "DBI-SUB-005");
    // With it: valid, signed in the kiosk role, channel and kiosk name in the signed statement.
    TrustList trust;
    trust.keys.push_back({kiosk.key_id, Role::kiosk, kiosk.public_key, "Ki-ốt K-07",
                          *parse_utc("2026-01-01T00:00:00Z"), *parse_utc("2030-12-31T23:59:59Z")});
    auto verified = verify_envelope(*env, trust, crypto::verifier(), lookup);
    REQUIRE_MESSAGE(verified, (verified.diagnostics().empty() ? "" : format_line(verified.diagnostics()[0], Lang::en)));
    CHECK(verified.value().signers.at(0).role == Role::kiosk);
    CHECK(verified.value().signers.at(0).key_id == kiosk.key_id);
    CHECK(verified.value().assessment.channel == "kiosk");
    CHECK(verified.value().assessment.kiosk == "Ki-ốt K-07");
    CHECK(verified.value().rescored);
    // The screen model says which kiosk signed, and offers "Next enterprise" but no download.
    s.navigate("/results");
    const ScreenModel m = build_screen_model(s);
    CHECK(m.kiosk.mode);
    CHECK(m.kiosk.key_id == kiosk.key_id);
    bool next = false, download = false;
    for (const ActionView& a : m.actions) {
        next = next || a.key == "cmd:next_enterprise";
        download = download || a.key == "cmd:download";
    }
    CHECK(next);
    CHECK_FALSE(download);
    CHECK(m.results.signed_note.find("Ki-ốt K-07") != std::string::npos);
}

TEST_CASE("kiosk: outside kiosk mode the device key still signs, channel web") {
    REQUIRE(crypto::init());
    Session s;
    test::load_all(s);
    s.load_data("kiosk_key", key_file(Role::kiosk, "Ki-ốt K-07", crypto::generate_keypair()));
    test::fill_profile(s);
    answer_everything(s);
    auto env = s.make_envelope();
    REQUIRE(env.has_value());
    const IndexDefinition* idx = s.active_index();
    auto verified = verify_envelope(*env, TrustList{}, crypto::verifier(),
                                    [&](std::string_view i) { return i == idx->id ? idx : nullptr; });
    REQUIRE(verified);
    CHECK(verified.value().signers.at(0).role == Role::device);
    CHECK(verified.value().assessment.channel == "web");
    CHECK(verified.value().assessment.kiosk.empty());
}

TEST_CASE("kiosk: after submitting, the QR code carries the certificate without the answers") {
    REQUIRE(crypto::init());
    Session s;
    test::load_all(s);
    s.set_kiosk_mode(true);
    const crypto::KeyPair kiosk = crypto::generate_keypair();
    s.load_data("kiosk_key", key_file(Role::kiosk, "Ki-ốt K-07", kiosk));
    s.load_data("endpoint", "https://dbi.example.gov.vn/api/v1/submissions");
    test::fill_profile(s);
    answer_everything(s);
    CHECK(s.kiosk_qr() == nullptr);
    s.command("submit");
    std::string full;
    for (const Effect& e : s.take_effects())
        if (e.kind == Effect::Kind::submit) full = e.a;
    REQUIRE_FALSE(full.empty());
    REQUIRE(s.kiosk_qr() != nullptr);
    REQUIRE_FALSE(s.kiosk_qr_is_link());
    const std::string& cert = s.kiosk_qr_text();
    CHECK(cert.size() <= qr::max_bytes(qr::Ecc::low));
    CHECK(cert.size() < full.size());
    CHECK(cert.find("\"answers\"") == std::string::npos);
    // The same signed statement as the submission, which verifies as "answers not attached".
    auto full_env = read_envelope(full);
    auto cert_env = read_envelope(cert);
    REQUIRE(full_env);
    REQUIRE(cert_env);
    CHECK(cert_env.value().statements.at(0).payload == full_env.value().statements.at(0).payload);
    TrustList trust;
    trust.keys.push_back({kiosk.key_id, Role::kiosk, kiosk.public_key, "Ki-ốt K-07",
                          *parse_utc("2026-01-01T00:00:00Z"), *parse_utc("2030-12-31T23:59:59Z")});
    const IndexDefinition* idx = s.active_index();
    auto verified = verify_envelope(cert, trust, crypto::verifier(),
                                    [&](std::string_view i) { return i == idx->id ? idx : nullptr; });
    REQUIRE(verified);
    CHECK_FALSE(verified.value().answers_attached);
    CHECK(verified.value().signers.at(0).role == Role::kiosk);
    // The symbol is that text, at level L or better.
    auto again = qr::encode_bytes(cert, qr::Ecc::low);
    REQUIRE(again.has_value());
    CHECK(again->modules == s.kiosk_qr()->modules);
    // Queued: the results screen explains the code and offers the printed slip.
    s.submit_result(-1, "");
    s.navigate("/results");
    const ScreenModel m = build_screen_model(s);
    CHECK_FALSE(m.results.qr_note.empty());
    bool print = false;
    for (const ActionView& a : m.actions) print = print || a.key == "cmd:print_slip";
    CHECK(print);
    s.command("print_slip");
    std::string svg;
    for (const Effect& e : s.take_effects())
        if (e.kind == Effect::Kind::print_slip) svg = e.a;
    CHECK(svg.rfind("<svg", 0) == 0);
}
