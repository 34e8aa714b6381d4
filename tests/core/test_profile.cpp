// Enterprise profile, reference data (indices/reference/) and the choice of index set.
// Expected values come from dbi-framework.md §10 (Decree 80 ceilings) and §11 (provinces),
// typed here independently of the data files, so a wrong file or a wrong rule both fail.
#include "test_support.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dbi/profile.hpp"

namespace {

using dbi::IndexSet;
using dbi::SectorGroup;
using dbi::SizeClass;

constexpr std::int64_t kBn = 1'000'000'000;  // 1 tỷ đồng

std::string provinces_text() {
    return dbi::test::read_source_file("indices/reference/vn.gov.provinces-2025.json");
}
std::string vsic_text() {
    return dbi::test::read_source_file("indices/reference/vn.gso.vsic-2018.sections.json");
}
std::string sizes_text() {
    return dbi::test::read_source_file("indices/reference/vn.gov.decree80-2021.size-classes.json");
}

const dbi::ReferenceData& ref() {
    static const dbi::ReferenceData data = [] {
        auto r = dbi::parse_reference(provinces_text(), vsic_text(), sizes_text());
        for (const auto& d : r.diagnostics()) MESSAGE(dbi::format_line(d, dbi::Lang::en));
        REQUIRE(r.ok());
        return r.value();
    }();
    return data;
}

std::vector<std::string> codes_of(const std::vector<dbi::Diagnostic>& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags) out.push_back(d.code);
    return out;
}

bool has_code(const std::vector<dbi::Diagnostic>& diags, const std::string& code,
              const std::string& pointer) {
    return std::any_of(diags.begin(), diags.end(), [&](const dbi::Diagnostic& d) {
        return d.code == code && d.pointer == pointer;
    });
}

dbi::EnterpriseProfile make(const char* section, std::int64_t employees, std::int64_t revenue,
                            std::int64_t capital, bool group = false) {
    dbi::EnterpriseProfile p;
    p.name = "Công ty TNHH Thử Nghiệm";
    p.tax_code = "0300588569";
    p.province_code = "79";
    p.vsic_section = section;
    p.employees = employees;
    p.revenue_vnd = revenue;
    p.capital_vnd = capital;
    p.group_structure = group;
    return p;
}

SizeClass size_of(const char* section, std::int64_t e, std::int64_t r, std::int64_t c) {
    return dbi::classify(make(section, e, r, c), ref()).size;
}

// A valid profile document with one field replaced (or removed when value is empty).
std::string profile_doc(const std::string& key = "", const nlohmann::json& value = nullptr,
                        bool remove = false) {
    nlohmann::json j = {{"format", "dbi-profile/1"},    {"name", "Công ty Cổ phần Sữa Việt Nam"},
                        {"tax_code", "0300588569"},     {"province", "79"},
                        {"vsic_section", "C"},          {"employees", 120},
                        {"revenue_vnd", 45000000000LL}, {"capital_vnd", 20000000000LL},
                        {"group_structure", false}};
    if (!key.empty()) {
        if (remove)
            j.erase(key);
        else
            j[key] = value;
    }
    return j.dump();
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Reference data

TEST_CASE("reference: the three files parse cleanly") {
    auto r = dbi::parse_reference(provinces_text(), vsic_text(), sizes_text());
    REQUIRE(r.ok());
    CHECK(r.diagnostics().empty());
    CHECK(r.value().provinces_id == "vn.gov.provinces-2025");
    CHECK(r.value().provinces_effective_from == "2025-07-01");
    CHECK(r.value().vsic_id == "vn.gso.vsic-2018.sections");
    CHECK(r.value().size_classes_id == "vn.gov.decree80-2021.size-classes");
}

TEST_CASE(
    "reference: 34 provincial units, 6 cities, 63 former provinces, 11 unchanged + 23 merged") {
    const auto& d = ref();
    CHECK(d.provinces.size() == 34);
    CHECK(d.former_provinces.size() == 63);
    int cities = 0, unchanged = 0, merged = 0;
    std::size_t listed = 0;
    for (const auto& p : d.provinces) {
        if (p.type == dbi::ProvinceType::city) ++cities;
        if (p.former.size() == 1 && p.former[0] == p.code) ++unchanged;
        if (p.former.size() > 1) ++merged;
        listed += p.former.size();
        // A merged unit keeps the code of one of its former provinces.
        CHECK(std::find(p.former.begin(), p.former.end(), p.code) != p.former.end());
        CHECK(p.sourced.provenance == dbi::Provenance::secondary);
    }
    CHECK(cities == 6);
    CHECK(unchanged == 11);
    CHECK(merged == 23);
    CHECK(listed == 63);
    std::set<std::string> cities_expected = {"01", "31", "46", "48", "79", "92"};
    for (const auto& p : d.provinces)
        CHECK((p.type == dbi::ProvinceType::city) == (cities_expected.count(p.code) == 1));
}

TEST_CASE("reference: every former code maps to exactly one 2025 unit") {
    const auto& d = ref();
    for (const auto& f : d.former_provinces) {
        CAPTURE(f.code);
        int holders = 0;
        for (const auto& p : d.provinces)
            holders += static_cast<int>(std::count(p.former.begin(), p.former.end(), f.code));
        CHECK(holders == 1);
        const dbi::Province* now = d.resolve_province(f.code);
        REQUIRE(now != nullptr);
        CHECK(now->code == f.now);
        CHECK(std::find(now->former.begin(), now->former.end(), f.code) != now->former.end());
        // A code in both lists denotes the same unit, so resolving it is unambiguous.
        if (d.find_province(f.code)) CHECK(f.now == f.code);
    }
}

TEST_CASE("reference: known mergers (dbi-framework.md §11)") {
    const auto& d = ref();
    struct Case {
        const char* former;
        const char* now;
        const char* former_name;
    };
    const Case cases[] = {
        {"74", "79", "Bình Dương"}, {"77", "79", "Bà Rịa – Vũng Tàu"}, {"02", "08", "Hà Giang"},
        {"10", "15", "Lào Cai"},    {"27", "24", "Bắc Ninh"},          {"72", "80", "Tây Ninh"},
        {"80", "80", "Long An"},    {"87", "82", "Đồng Tháp"},         {"89", "91", "An Giang"},
        {"64", "52", "Gia Lai"},    {"45", "44", "Quảng Trị"},         {"94", "92", "Sóc Trăng"},
        {"17", "25", "Hòa Bình"},   {"36", "37", "Nam Định"},          {"67", "68", "Đắk Nông"},
        {"06", "19", "Bắc Kạn"},    {"95", "96", "Bạc Liêu"},          {"30", "31", "Hải Dương"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.former);
        const dbi::FormerProvince* f = d.find_former_province(c.former);
        REQUIRE(f != nullptr);
        CHECK(f->now == c.now);
        CHECK(f->name.vi == c.former_name);
    }
    const dbi::Province* hcm = d.find_province("79");
    REQUIRE(hcm != nullptr);
    CHECK(hcm->name.vi == "Thành phố Hồ Chí Minh");
    CHECK(hcm->former.size() == 3);
    CHECK(d.find_province("74") == nullptr);  // not a 2025 code
    CHECK(d.resolve_province("03") == nullptr);
}

TEST_CASE("reference: VSIC 2018 sections A–U and their Decree 80 sector group") {
    const auto& d = ref();
    REQUIRE(d.vsic_sections.size() == 21);
    for (std::size_t i = 0; i < 21; ++i) {
        const auto& s = d.vsic_sections[i];
        CHECK(s.code == std::string(1, static_cast<char>('A' + i)));
        const bool agri_industry = s.code <= "F";
        CHECK(s.sector_group == (agri_industry ? SectorGroup::agriculture_industry_construction
                                               : SectorGroup::trade_services));
        CHECK(!s.name.vi.empty());
        CHECK(!s.name.en.empty());
    }
    CHECK(d.find_vsic_section("C")->name.vi == "Công nghiệp chế biến, chế tạo");
    CHECK(d.find_vsic_section("V") == nullptr);
    CHECK(d.vsic_mapping_sourced.provenance == dbi::Provenance::provisional);
}

TEST_CASE("reference: Decree 80 ceilings as in dbi-framework.md §10") {
    const auto& d = ref();
    struct Row {
        SectorGroup g;
        SizeClass c;
        std::int64_t e, r, k;
    };
    const Row rows[] = {
        {SectorGroup::agriculture_industry_construction, SizeClass::micro, 10, 3, 3},
        {SectorGroup::agriculture_industry_construction, SizeClass::small, 100, 50, 20},
        {SectorGroup::agriculture_industry_construction, SizeClass::medium, 200, 200, 100},
        {SectorGroup::trade_services, SizeClass::micro, 10, 10, 3},
        {SectorGroup::trade_services, SizeClass::small, 50, 100, 50},
        {SectorGroup::trade_services, SizeClass::medium, 100, 300, 100},
    };
    for (const auto& row : rows) {
        const auto& ceilings = d.sector_group(row.g).ceilings;
        REQUIRE(ceilings.size() == 3);
        const auto& c = ceilings[static_cast<std::size_t>(row.c)];
        CHECK(c.size == row.c);
        CHECK(c.max_employees == row.e);
        CHECK(c.max_revenue_vnd == row.r * kBn);
        CHECK(c.max_capital_vnd == row.k * kBn);
    }
    CHECK(d.size_class(SizeClass::micro).name.vi == "Siêu nhỏ");
    CHECK(d.size_class(SizeClass::large).name.en == "Large");
}

TEST_CASE("reference: inconsistent data is rejected with a pointer") {
    SUBCASE("a former province whose 'now' disagrees with the unit listing it") {
        auto j = nlohmann::json::parse(provinces_text());
        for (auto& f : j["former_provinces"])
            if (f["code"] == "74") f["now"] = "01";
        auto r = dbi::parse_reference(j.dump(), vsic_text(), sizes_text());
        REQUIRE_FALSE(r.ok());
        CHECK(codes_of(r.diagnostics()) == std::vector<std::string>{"DBI-PRF-206"});
        CHECK(r.diagnostics()[0].pointer.rfind("provinces#/former_provinces/", 0) == 0);
    }
    SUBCASE("a former code listed under two units") {
        auto j = nlohmann::json::parse(provinces_text());
        j["provinces"][0]["former"].push_back("74");
        auto r = dbi::parse_reference(j.dump(), vsic_text(), sizes_text());
        REQUIRE_FALSE(r.ok());
        CHECK(codes_of(r.diagnostics()) == std::vector<std::string>{"DBI-PRF-207"});
    }
    SUBCASE("an unknown field") {
        auto j = nlohmann::json::parse(vsic_text());
        j["sections"][2]["colour"] = "blue";
        auto r = dbi::parse_reference(provinces_text(), j.dump(), sizes_text());
        REQUIRE_FALSE(r.ok());
        CHECK(has_code(r.diagnostics(), "DBI-JSON-004", "vsic#/sections/2/colour"));
    }
    SUBCASE("a ceiling lower than the smaller class's") {
        auto j = nlohmann::json::parse(sizes_text());
        j["sector_groups"][1]["thresholds"][2]["max_revenue_vnd"] = 5 * kBn;
        auto r = dbi::parse_reference(provinces_text(), vsic_text(), j.dump());
        REQUIRE_FALSE(r.ok());
        CHECK(has_code(r.diagnostics(), "DBI-PRF-213",
                       "size_classes#/sector_groups/1/thresholds/2/max_revenue_vnd"));
    }
    SUBCASE("classes out of order") {
        auto j = nlohmann::json::parse(sizes_text());
        std::swap(j["sector_groups"][0]["thresholds"][0], j["sector_groups"][0]["thresholds"][1]);
        auto r = dbi::parse_reference(provinces_text(), vsic_text(), j.dump());
        REQUIRE_FALSE(r.ok());
        CHECK(has_code(r.diagnostics(), "DBI-PRF-212",
                       "size_classes#/sector_groups/0/thresholds/0/class"));
    }
    SUBCASE("a wrong format and a missing sector group") {
        auto j = nlohmann::json::parse(sizes_text());
        j["format"] = "dbi-size-classes/2";
        j["sector_groups"].erase(1);
        auto r = dbi::parse_reference(provinces_text(), vsic_text(), j.dump());
        REQUIRE_FALSE(r.ok());
        CHECK(has_code(r.diagnostics(), "DBI-PRF-201", "size_classes#/format"));
        CHECK(has_code(r.diagnostics(), "DBI-PRF-210", "size_classes#/sector_groups"));
    }
    SUBCASE("invalid JSON names its file") {
        auto r = dbi::parse_reference(provinces_text(), "{", sizes_text());
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics()[0].code == "DBI-JSON-001");
        CHECK(r.diagnostics()[0].pointer.rfind("vsic#", 0) == 0);
    }
}

// ---------------------------------------------------------------------------------------------
// Classification

TEST_CASE("classify: every ceiling of both sector groups, at and one above") {
    // Ceilings typed from §10: employees, revenue (bn), capital (bn); "C" is manufacturing
    // (agriculture-industry-construction), "G" wholesale/retail (trade-services).
    struct Row {
        const char* section;
        SizeClass cls;
        SizeClass next;
        std::int64_t e, r, k;
    };
    const Row rows[] = {
        {"C", SizeClass::micro, SizeClass::small, 10, 3, 3},
        {"C", SizeClass::small, SizeClass::medium, 100, 50, 20},
        {"C", SizeClass::medium, SizeClass::large, 200, 200, 100},
        {"G", SizeClass::micro, SizeClass::small, 10, 10, 3},
        {"G", SizeClass::small, SizeClass::medium, 50, 100, 50},
        {"G", SizeClass::medium, SizeClass::large, 100, 300, 100},
    };
    const std::int64_t huge = 1'000'000 * kBn;
    for (const auto& row : rows) {
        CAPTURE(row.section);
        CAPTURE(dbi::to_string(row.cls));
        const std::int64_t R = row.r * kBn, K = row.k * kBn;
        // Headcount exactly at the ceiling, with either money criterion exactly at its ceiling.
        CHECK(size_of(row.section, row.e, R, huge) == row.cls);
        CHECK(size_of(row.section, row.e, huge, K) == row.cls);
        CHECK(size_of(row.section, row.e, R, K) == row.cls);
        // One person more → the next class (money still within this class's ceilings).
        CHECK(size_of(row.section, row.e + 1, R, K) == row.next);
        // Revenue one đồng over: capital alone still qualifies (the OR), and vice versa.
        CHECK(size_of(row.section, row.e, R + 1, K) == row.cls);
        CHECK(size_of(row.section, row.e, R, K + 1) == row.cls);
        // Both over by one đồng → the next class.
        CHECK(size_of(row.section, row.e, R + 1, K + 1) == row.next);
        // With a tiny headcount the money alone decides.
        CHECK(size_of(row.section, 1, R, huge) == row.cls);
        CHECK(size_of(row.section, 1, huge, K) == row.cls);
        CHECK(size_of(row.section, 1, R + 1, huge) == row.next);
        CHECK(size_of(row.section, 1, huge, K + 1) == row.next);
    }
    CHECK(size_of("A", 0, 0, 0) == SizeClass::micro);
}

TEST_CASE(
    "classify: 50 staff in trade-services, revenue 200 bn, capital 40 bn → small, with reasons") {
    auto c = dbi::classify(make("G", 50, 200 * kBn, 40 * kBn), ref());
    CHECK(c.size == SizeClass::small);
    CHECK(c.sector == SectorGroup::trade_services);
    CHECK(c.index_set == IndexSet::sme);
    // sector; not micro (headcount, and both money ceilings); small by capital; SME index.
    CHECK(codes_of(c.reasons) == std::vector<std::string>{"DBI-PRF-103", "DBI-PRF-120",
                                                          "DBI-PRF-121", "DBI-PRF-113",
                                                          "DBI-PRF-131"});
    for (const auto& d : c.reasons) {
        CHECK(d.severity == dbi::Severity::info);
        CHECK(dbi::is_known_code(d.code));
    }
    const auto& fit = c.reasons[3];
    CHECK(fit.args == std::vector<std::string>{"50", "50", "40000000000", "50000000000"});
    CHECK(dbi::render(fit, dbi::Lang::vi) ==
          "50 lao động ≤ 50 và tổng nguồn vốn 40000000000 đồng ≤ 50000000000 đồng ⇒ doanh nghiệp "
          "nhỏ");
}

TEST_CASE("classify: the sector group changes the ceilings") {
    // 60 staff, revenue 40 bn: small in manufacturing (≤ 100, ≤ 50 bn), medium in trade (> 50).
    auto industry = dbi::classify(make("C", 60, 40 * kBn, 10 * kBn), ref());
    auto trade = dbi::classify(make("J", 60, 40 * kBn, 10 * kBn), ref());
    CHECK(industry.sector == SectorGroup::agriculture_industry_construction);
    CHECK(industry.size == SizeClass::small);
    CHECK(industry.reasons.front().code == "DBI-PRF-102");
    CHECK(trade.sector == SectorGroup::trade_services);
    CHECK(trade.size == SizeClass::medium);
    CHECK(trade.index_set == IndexSet::sme);
}

TEST_CASE("classify: above medium → large index; parent–subsidiary → group index") {
    auto large = dbi::classify(make("C", 201, 10 * kBn, 10 * kBn), ref());
    CHECK(large.size == SizeClass::large);
    CHECK(large.index_set == IndexSet::large);
    CHECK(large.reasons.back().code == "DBI-PRF-133");
    CHECK(has_code(large.reasons, "DBI-PRF-124", "/employees"));

    auto big_group = dbi::classify(make("C", 5000, 9000 * kBn, 5000 * kBn, true), ref());
    CHECK(big_group.size == SizeClass::large);
    CHECK(big_group.index_set == IndexSet::group);
    CHECK(big_group.reasons.back().code == "DBI-PRF-134");

    // A group is assessed with the group index whatever its size.
    auto small_group = dbi::classify(make("G", 5, 1 * kBn, 1 * kBn, true), ref());
    CHECK(small_group.size == SizeClass::micro);
    CHECK(small_group.index_set == IndexSet::group);

    CHECK(dbi::to_string(IndexSet::sme) == "sme");
    CHECK(dbi::index_set_from_string("group") == IndexSet::group);
    CHECK(dbi::size_class_from_string("huge") == std::nullopt);
}

// ---------------------------------------------------------------------------------------------
// Tax code

TEST_CASE("tax code: public codes and their check digit") {
    CHECK(dbi::is_valid_tax_code("0300588569"));  // Vinamilk
    CHECK(dbi::is_valid_tax_code("0101248141"));  // FPT
    CHECK(dbi::is_valid_tax_code("0100109106"));  // Viettel
    CHECK(dbi::is_valid_tax_code("0300588569-001"));
    CHECK(dbi::is_valid_tax_code("0100109106-999"));

    auto wrong = dbi::check_tax_code("0300588568", "/tax_code");
    REQUIRE(wrong);
    CHECK(wrong->code == "DBI-PRF-003");
    CHECK(wrong->pointer == "/tax_code");
    CHECK(wrong->args == std::vector<std::string>{"0300588568", "9", "8"});
    // Every other 10th digit of a real code is wrong.
    for (char d = '0'; d <= '9'; ++d) {
        std::string code = "0101248141";
        code[9] = d;
        CHECK(dbi::is_valid_tax_code(code) == (d == '1'));
    }
}

TEST_CASE("tax code: shape errors") {
    auto code_of = [](const char* s) {
        auto d = dbi::check_tax_code(s);
        return d ? d->code : std::string("valid");
    };
    CHECK(code_of("030058856") == "DBI-PRF-001");
    CHECK(code_of("03005885691") == "DBI-PRF-001");
    CHECK(code_of("") == "DBI-PRF-001");
    CHECK(code_of("0300588569-01") == "DBI-PRF-001");
    CHECK(code_of("03005885a9") == "DBI-PRF-002");
    CHECK(code_of("0300588569_001") == "DBI-PRF-002");
    CHECK(code_of("0300588569-0a1") == "DBI-PRF-002");
    CHECK(code_of("030058856é") == "DBI-PRF-002");  // 10 characters, one not a digit
    CHECK(code_of("0300588569-000") == "DBI-PRF-005");
    CHECK(code_of("0300588568-001") == "DBI-PRF-003");
    // The weighted sum of nine zeros is 0 ≡ 0 (mod 11): no check digit exists.
    CHECK(code_of("0000000000") == "DBI-PRF-004");
    auto len = dbi::check_tax_code("030058856");
    REQUIRE(len);
    CHECK(len->args == std::vector<std::string>{"030058856", "9"});
}

// ---------------------------------------------------------------------------------------------
// Profile parsing

TEST_CASE("profile: the example document") {
    auto r = dbi::parse_profile(profile_doc(), ref());
    REQUIRE(r.ok());
    CHECK(r.diagnostics().empty());
    const auto& p = r.value();
    CHECK(p.name == "Công ty Cổ phần Sữa Việt Nam");
    CHECK(p.tax_code == "0300588569");
    CHECK(p.province_code == "79");
    CHECK(p.vsic_section == "C");
    CHECK(p.employees == 120);
    CHECK(p.revenue_vnd == 45 * kBn);
    CHECK(p.capital_vnd == 20 * kBn);
    CHECK_FALSE(p.group_structure);
    auto c = dbi::classify(p, ref());
    CHECK(c.size == SizeClass::medium);  // 120 ≤ 200 and 45 bn ≤ 200 bn, but 120 > 100
    CHECK(c.index_set == IndexSet::sme);
}

TEST_CASE("profile: to_json has a fixed key order and round-trips") {
    auto p = make("C", 120, 45 * kBn, 20 * kBn);
    p.name = "Công ty A";
    CHECK(dbi::profile_to_json(p) ==
          "{\"format\":\"dbi-profile/1\",\"name\":\"Công ty A\",\"tax_code\":\"0300588569\","
          "\"province\":\"79\",\"vsic_section\":\"C\",\"employees\":120,"
          "\"revenue_vnd\":45000000000,\"capital_vnd\":20000000000,\"group_structure\":false}");
    p.group_structure = true;
    p.name = "Tập đoàn \"Đa Ngành\" \\ Việt";
    auto back = dbi::parse_profile(dbi::profile_to_json(p), ref());
    REQUIRE(back.ok());
    CHECK(back.value() == p);
}

TEST_CASE("profile: a decomposed (NFD) name is stored precomposed (NFC) and trimmed") {
    // "Công ty Sữa" typed as o + U+0302 and u + U+031B + U+0303, with surrounding spaces
    // and a no-break space.
    const std::string nfd =
        "  Co\xCC\x82ng ty Su\xCC\x9B\xCC\x83"
        "a\xC2\xA0 ";
    auto r = dbi::parse_profile(profile_doc("name", nfd), ref());
    REQUIRE(r.ok());
    CHECK(r.value().name == "Công ty Sữa");
    CHECK(r.value().name ==
          "C\xC3\xB4ng ty S\xE1\xBB\xAF"
          "a");
}

TEST_CASE("profile: a former province code is mapped, with an info diagnostic") {
    auto r = dbi::parse_profile(profile_doc("province", "74"), ref());
    REQUIRE(r.ok());
    CHECK(r.value().province_code == "79");
    REQUIRE(r.diagnostics().size() == 1);
    const auto& d = r.diagnostics()[0];
    CHECK(d.code == "DBI-PRF-101");
    CHECK(d.severity == dbi::Severity::info);
    CHECK(d.pointer == "/province");
    CHECK(d.args == std::vector<std::string>{"74", "Bình Dương", "Thành phố Hồ Chí Minh", "79"});
    // A code that is both former and current is the current unit, silently.
    auto same = dbi::parse_profile(profile_doc("province", "80"), ref());
    REQUIRE(same.ok());
    CHECK(same.value().province_code == "80");
    CHECK(same.diagnostics().empty());
}

TEST_CASE("profile: shape errors use the shared JSON codes") {
    auto first = [](const std::string& doc) {
        auto r = dbi::parse_profile(doc, ref());
        REQUIRE_FALSE(r.ok());
        return r.diagnostics()[0];
    };
    auto unknown = first(profile_doc("website", "https://example.vn"));
    CHECK(unknown.code == "DBI-JSON-004");
    CHECK(unknown.pointer == "/website");

    auto missing = first(profile_doc("tax_code", nullptr, true));
    CHECK(missing.code == "DBI-JSON-005");
    CHECK(missing.args == std::vector<std::string>{"tax_code"});

    CHECK(first(profile_doc("employees", 12.5)).code == "DBI-JSON-003");
    CHECK(first(profile_doc("employees", "12")).code == "DBI-JSON-003");
    CHECK(first(profile_doc("revenue_vnd", 2000000000000000000LL)).code == "DBI-JSON-007");
    CHECK(first(profile_doc("group_structure", 1)).code == "DBI-JSON-003");
    CHECK(first("[1, 2]").code == "DBI-JSON-003");
    CHECK(first("{\"name\": \"a\", \"name\": \"b\"}").code == "DBI-JSON-002");
    CHECK(first(profile_doc("format", "dbi-profile/2")).code == "DBI-PRF-012");

    // group_structure is optional and defaults to false.
    auto r = dbi::parse_profile(profile_doc("group_structure", nullptr, true), ref());
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().group_structure);
}

TEST_CASE("profile: content errors, all reported at once") {
    nlohmann::json j = nlohmann::json::parse(profile_doc());
    j["tax_code"] = "0300588568";
    j["province"] = "03";
    j["vsic_section"] = "c";
    j["employees"] = -1;
    j["capital_vnd"] = -5;
    auto r = dbi::parse_profile(j.dump(), ref());
    REQUIRE_FALSE(r.ok());
    const auto& d = r.diagnostics();
    CHECK(d.size() == 5);
    CHECK(has_code(d, "DBI-PRF-003", "/tax_code"));
    CHECK(has_code(d, "DBI-PRF-006", "/province"));
    CHECK(has_code(d, "DBI-PRF-007", "/vsic_section"));
    CHECK(has_code(d, "DBI-PRF-008", "/employees"));
    CHECK(has_code(d, "DBI-PRF-008", "/capital_vnd"));
    CHECK(dbi::parse_profile(profile_doc("vsic_section", "V"), ref()).diagnostics()[0].code ==
          "DBI-PRF-007");
}

TEST_CASE("profile: name rules") {
    auto code_for = [](const std::string& name) {
        auto r = dbi::parse_profile(profile_doc("name", name), ref());
        return r.ok() ? std::string("ok") : r.diagnostics()[0].code;
    };
    CHECK(code_for("") == "DBI-PRF-009");
    CHECK(code_for(" \t ") == "DBI-PRF-009");
    CHECK(code_for("Công ty\nA") == "DBI-PRF-011");
    CHECK(code_for("Công ty\xC2\x85"
                   "A") == "DBI-PRF-011");  // U+0085, a C1 control
    // The limit counts code points after NFC: 300 "ệ" (3 bytes each) fit, 301 do not.
    std::string e300;
    for (int i = 0; i < 300; ++i) e300 += "ệ";
    CHECK(code_for(e300) == "ok");
    CHECK(code_for(e300 + "ệ") == "DBI-PRF-010");
    // 300 decomposed "ệ" (e + U+0323 + U+0302) are 900 code points but 300 after NFC.
    std::string nfd300;
    for (int i = 0; i < 300; ++i) nfd300 += "e\xCC\xA3\xCC\x82";
    CHECK(code_for(nfd300) == "ok");
    auto r = dbi::parse_profile(profile_doc("name", e300 + "ệ"), ref());
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics()[0].args == std::vector<std::string>{"301", "300"});
}
