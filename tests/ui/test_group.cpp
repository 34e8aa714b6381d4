// The group index in the app: member units assessed here or imported from signed result files,
// aggregated by the core, kept in the draft. Figures are checked against dbi_core's own
// score() and aggregate_group() on the same inputs.
#include <nlohmann/json.hpp>

#include "dbi/group.hpp"
#include "dbi/scoring.hpp"
#include "screen_model.hpp"
#include "ui_support.hpp"

using namespace dbi;
using namespace dbi::web;
using dbi::test::answer_everything;

namespace {

// A session with every data file the group screen uses: the SME and group indices, reference
// data, and the site's trust list with its pinned root key.
void load_group(Session& s) {
    test::load_all(s);
    s.load_data("index:group", test::read_source_file("indices/vn.mic.1970-2021.group.json"));
    s.load_data("trust", test::read_source_file("indices/trust/trust.json"));
    s.load_data("root_pub", test::read_source_file("indices/trust/root.pub.json"));
    REQUIRE(s.data_errors().empty());
    REQUIRE(s.index("group") != nullptr);
}

// The signed result file of one SME, made by the app exactly as "download" makes it.
std::string signed_result(const char* name, const char* tax_code, int variant) {
    Session s;
    test::load_all(s);
    test::fill_profile(s);
    s.set_profile("name", name);
    s.set_profile("tax_code", tax_code);
    answer_everything(s);
    if (variant > 0) s.set_option("1.1.1", variant);
    auto env = s.make_envelope();
    REQUIRE(env);
    return *env;
}

const MemberUnit& unit(const Session& s, std::size_t i) {
    REQUIRE(i < s.member_status().size());
    REQUIRE(s.member_status()[i].unit.has_value());
    return *s.member_status()[i].unit;
}

}  // namespace

TEST_CASE("group: the group set leads to the member list, not to a questionnaire") {
    Session s;
    load_group(s);
    test::fill_profile(s);
    s.set_profile("index_set", "group");
    s.navigate("#/profile");
    s.command("next");
    CHECK(s.route().page == Page::group);
    // Pillar and result addresses of the group itself go to the member list.
    s.navigate("#/pillar/2");
    CHECK(s.route().page == Page::group);
    s.navigate("#/results");
    CHECK(s.route().page == Page::group);
    const ScreenModel m = build_screen_model(s);
    CHECK(m.group.members.empty());
    CHECK_FALSE(m.group.empty_text.empty());
    CHECK_FALSE(m.group.has_result);
    bool has_group_nav = false;
    for (const NavItem& n : m.nav) {
        CHECK(n.route.rfind("/pillar/", 0) != 0);
        has_group_nav = has_group_nav || n.route == "/group";
    }
    CHECK(has_group_nav);
}

TEST_CASE("group: a unit assessed here counts once complete, with the core's score") {
    Session s;
    load_group(s);
    s.set_profile("index_set", "group");
    s.navigate("#/group");
    s.command("member_add");
    REQUIRE(s.members().size() == 1);
    s.set_profile("member:0:name", "Công ty con Một");
    s.set_profile("member:0:revenue_m", "1.000");
    s.command("member_assess:0");
    CHECK(s.editing_member() == 0);
    CHECK(s.route() == Route{Page::pillar, 1});
    CHECK(s.active_set() == "sme");
    CHECK(build_screen_model(s).member_banner.find("Công ty con Một") != std::string::npos);

    s.set_option("1.1.1", 2);
    // Half done: progress shown, not counted.
    CHECK_FALSE(s.member_status()[0].unit.has_value());
    CHECK(s.member_status()[0].answered == 1);
    CHECK(s.group_result() == nullptr);

    const int answered = answer_everything(s);
    const MemberUnit& u = unit(s, 0);
    // The same answers scored by the core directly.
    auto direct = score(*s.index("sme"), s.answers());
    REQUIRE(direct);
    CHECK(u.total_points == direct.value().total_points);
    CHECK(u.level == direct.value().level);
    CHECK(u.revenue_vnd == 1'000'000'000);
    REQUIRE(s.group_result() != nullptr);
    CHECK(s.group_result()->level == direct.value().level);
    CHECK(s.group_result()->total_permille ==
          direct.value().total_points * 1000 / direct.value().max_points);

    // The enterprise's own answers were not touched by the member's questionnaire.
    s.command("group");
    CHECK(s.editing_member() < 0);
    CHECK(s.route().page == Page::group);
    CHECK(s.members()[0].raw.size() == static_cast<std::size_t>(answered));
    CHECK(nlohmann::json::parse(s.draft_json())["answers"].empty());
}

TEST_CASE(
    "group: signed result files are verified on import; forged, foreign or repeated ones are "
    "refused") {
    Session s;
    load_group(s);
    s.set_profile("index_set", "group");
    s.navigate("#/group");
    const std::string a = signed_result("Công ty con A", "0300588569", 0);
    const std::string b = signed_result("Công ty con B", "0100109106", 5);

    s.load_data("member", a);
    REQUIRE(s.members().size() == 1);
    CHECK(s.members()[0].name == "Công ty con A");
    CHECK(s.member_status()[0].tax_code == "0300588569");
    CHECK(s.member_status()[0].rescored);
    REQUIRE(s.member_status()[0].signers.size() == 1);
    CHECK(s.member_status()[0].signers[0].role == Role::device);

    // A forged file: one answer changed after signing (the statement bytes no longer match).
    std::string forged = b;
    auto doc = nlohmann::json::parse(forged);
    std::string answers = doc["answers"].dump();
    const auto at = answers.find("\"option\":5");
    REQUIRE(at != std::string::npos);
    answers.replace(at, 10, "\"option\":4");
    doc["answers"] = nlohmann::json::parse(answers);
    s.command("dismiss");
    s.load_data("member", doc.dump());
    CHECK(s.members().size() == 1);
    REQUIRE_FALSE(s.notices().empty());
    CHECK(s.notices().back().diag.has_value());
    CHECK(s.notices().back().diag->code.rfind("DBI-SUB-", 0) == 0);
    CHECK(s.notices().back().text(Lang::vi).find(s.notices().back().diag->code) !=
          std::string::npos);

    // Not JSON at all.
    s.load_data("member", "{\"format\": \"dbi-envelope/1\", ");
    CHECK(s.members().size() == 1);
    CHECK(s.notices().back().key == Str::member_import_failed);

    // The same file twice.
    s.load_data("member", a);
    CHECK(s.members().size() == 1);
    CHECK(s.notices().back().key == Str::member_duplicate);

    s.load_data("member", b);
    REQUIRE(s.members().size() == 2);

    // Weights: revenue for both → revenue basis, the weighted mean of the two.
    s.set_profile("member:0:revenue_m", "3.000");
    s.set_profile("member:1:revenue_m", "1.000");
    REQUIRE(s.group_result() != nullptr);
    CHECK(s.group_result()->weight_basis == "revenue");
    GroupInput in;
    in.index_id = s.index("group")->id;
    in.members = {unit(s, 0), unit(s, 1)};
    auto direct = aggregate_group(*s.index("group"), in);
    REQUIRE(direct);
    CHECK(s.group_result()->total_permille == direct.value().total_permille);
    CHECK(s.group_result()->level == direct.value().level);
    // One revenue missing → every weight falls back to employees (here: none entered, so the
    // core says no member can be counted, and the screen says why).
    s.set_profile("member:1:revenue_m", "");
    CHECK(s.group_result() == nullptr);
    REQUIRE_FALSE(s.group_errors().empty());
    s.set_profile("member:0:employees", "300");
    s.set_profile("member:1:employees", "100");
    REQUIRE(s.group_result() != nullptr);
    CHECK(s.group_result()->weight_basis == "employees");

    // An associate is listed but not counted.
    s.set_profile("member:1:relation", "associate");
    REQUIRE(s.group_result() != nullptr);
    CHECK(s.group_result()->counted.size() == 1);
    CHECK(s.group_result()->excluded.size() == 1);
    CHECK(s.group_result()->level == unit(s, 0).level);
    // A relation the index does not know is ignored.
    s.set_profile("member:1:relation", "cousin");
    CHECK(s.members()[1].relation == "associate");
}

TEST_CASE("group: members, their answers and the unit being assessed survive a reload") {
    Session s;
    load_group(s);
    s.set_profile("index_set", "group");
    s.load_data("member", signed_result("Công ty con A", "0300588569", 0));
    s.command("member_add");
    s.set_profile("member:1:name", "Chi nhánh Hà Nội");
    s.set_profile("member:1:relation", "branch");
    s.command("member_assess:1");
    s.set_option("1.1.1", 3);
    s.navigate("#/pillar/2");

    Session t;
    load_group(t);
    t.restore_draft(s.draft_json());
    t.navigate("#/pillar/2");
    CHECK(t.notices().empty());
    REQUIRE(t.members().size() == 2);
    CHECK(t.members()[0].envelope == s.members()[0].envelope);
    CHECK(t.member_status()[0].unit.has_value());
    CHECK(t.members()[1].name == "Chi nhánh Hà Nội");
    CHECK(t.members()[1].relation == "branch");
    CHECK(t.editing_member() == 1);
    CHECK(t.route() == Route{Page::pillar, 2});
    REQUIRE(t.raw_answer("1.1.1") != nullptr);
    CHECK(t.raw_answer("1.1.1")->option == 3);

    // A stored file that was altered in storage is reported on the member, not dropped.
    auto doc = nlohmann::json::parse(s.draft_json());
    std::string env = doc["members"][0]["envelope"];
    env[env.size() / 2] = env[env.size() / 2] == 'A' ? 'B' : 'A';
    doc["members"][0]["envelope"] = env;
    Session u;
    load_group(u);
    u.restore_draft(doc.dump());
    REQUIRE(u.members().size() == 2);
    CHECK_FALSE(u.member_status()[0].unit.has_value());
    CHECK_FALSE(u.member_status()[0].errors.empty());

    // Removing the unit being assessed returns to the group itself.
    t.command("member_remove:1");
    CHECK(t.members().size() == 1);
    CHECK(t.editing_member() < 0);
}

TEST_CASE("group: the screen model names every control of every member") {
    Session s;
    load_group(s);
    s.set_profile("index_set", "group");
    s.navigate("#/group");
    s.load_data("member", signed_result("Công ty con A", "0300588569", 0));
    s.command("member_add");
    s.set_profile("member:0:revenue_m", "100");
    const ScreenModel m = build_screen_model(s);
    REQUIRE(m.group.members.size() == 2);
    CHECK(m.group.members[0].fields.size() == 4);  // imported: no index choice
    CHECK(m.group.members[1].fields.size() == 5);
    for (const MemberView& v : m.group.members) {
        for (const FieldView& f : v.fields) {
            CHECK_FALSE(f.label.empty());
            CHECK(f.key == "field:" + f.name);
        }
        for (const ActionView& a : v.actions) CHECK_FALSE(a.label.empty());
    }
    CHECK(m.group.has_result);
    CHECK(m.group.pillars.size() == 6);
    auto j = nlohmann::json::parse(to_json(m));
    CHECK(j["group"]["members"].size() == 2);
    CHECK(j["group"]["members"][1]["fields"][4]["choices"].size() == 2);
}
