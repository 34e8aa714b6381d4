// Enterprise profile, reference data and the choice of index set.
#include "dbi/profile.hpp"

#include <cstdint>
#include <limits>
#include <map>
#include <utility>

#include "dbi/unicode.hpp"
#include "json_reader.hpp"
#include "json_strict.hpp"

namespace dbi {

using detail::Diags;
using detail::has_errors;
using detail::Json;
using detail::ObjectReader;

// ---------------------------------------------------------------------------------------------
// Enumerations

std::string_view to_string(SectorGroup g) noexcept {
    switch (g) {
        case SectorGroup::agriculture_industry_construction:
            return "agriculture_industry_construction";
        case SectorGroup::trade_services:
            return "trade_services";
    }
    return "";
}

std::string_view to_string(SizeClass c) noexcept {
    switch (c) {
        case SizeClass::micro:
            return "micro";
        case SizeClass::small:
            return "small";
        case SizeClass::medium:
            return "medium";
        case SizeClass::large:
            return "large";
    }
    return "";
}

std::string_view to_string(IndexSet s) noexcept {
    switch (s) {
        case IndexSet::sme:
            return "sme";
        case IndexSet::large:
            return "large";
        case IndexSet::group:
            return "group";
    }
    return "";
}

std::string_view to_string(ProvinceType t) noexcept {
    return t == ProvinceType::city ? "city" : "province";
}

std::optional<SectorGroup> sector_group_from_string(std::string_view s) noexcept {
    for (auto g : {SectorGroup::agriculture_industry_construction, SectorGroup::trade_services})
        if (to_string(g) == s) return g;
    return std::nullopt;
}

std::optional<SizeClass> size_class_from_string(std::string_view s) noexcept {
    for (auto c : {SizeClass::micro, SizeClass::small, SizeClass::medium, SizeClass::large})
        if (to_string(c) == s) return c;
    return std::nullopt;
}

std::optional<IndexSet> index_set_from_string(std::string_view s) noexcept {
    for (auto x : {IndexSet::sme, IndexSet::large, IndexSet::group})
        if (to_string(x) == s) return x;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Lookups

const Province* ReferenceData::find_province(std::string_view code_2025) const noexcept {
    for (const auto& p : provinces)
        if (p.code == code_2025) return &p;
    return nullptr;
}

const FormerProvince* ReferenceData::find_former_province(
    std::string_view former_code) const noexcept {
    for (const auto& f : former_provinces)
        if (f.code == former_code) return &f;
    return nullptr;
}

const Province* ReferenceData::resolve_province(std::string_view code) const noexcept {
    if (const Province* p = find_province(code)) return p;
    if (const FormerProvince* f = find_former_province(code)) return find_province(f->now);
    return nullptr;
}

const VsicSection* ReferenceData::find_vsic_section(std::string_view code) const noexcept {
    for (const auto& s : vsic_sections)
        if (s.code == code) return &s;
    return nullptr;
}

const SectorGroupInfo& ReferenceData::sector_group(SectorGroup g) const noexcept {
    return sector_groups[static_cast<std::size_t>(g)];
}

const SizeClassInfo& ReferenceData::size_class(SizeClass c) const noexcept {
    return size_classes[static_cast<std::size_t>(c)];
}

bool EnterpriseProfile::operator==(const EnterpriseProfile& o) const noexcept {
    return name == o.name && tax_code == o.tax_code && province_code == o.province_code &&
           vsic_section == o.vsic_section && employees == o.employees &&
           revenue_vnd == o.revenue_vnd && capital_vnd == o.capital_vnd &&
           group_structure == o.group_structure;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Shared parsing helpers

bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

bool is_two_digit_code(std::string_view s) noexcept {
    return s.size() == 2 && is_digit(s[0]) && is_digit(s[1]);
}

bool is_section_letter(std::string_view s) noexcept {
    return s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z';
}

// YYYY-MM-DD with a plausible month and day; the calendar is not needed for reference dates.
bool is_iso_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!is_digit(s[i])) return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Parses one file; its diagnostics get the file's prefix so three files can share one list.
std::optional<Json> parse_document(std::string_view text, const std::string& prefix, Diags& diags) {
    auto parsed = detail::parse_strict(text);
    if (!parsed) {
        for (Diagnostic d : parsed.diagnostics()) {
            d.pointer = prefix + d.pointer;
            diags.push_back(std::move(d));
        }
        return std::nullopt;
    }
    return std::move(parsed).value();
}

std::optional<Provenance> provenance_from_string(std::string_view s) noexcept {
    if (s == "confirmed") return Provenance::confirmed;
    if (s == "secondary") return Provenance::secondary;
    if (s == "provisional") return Provenance::provisional;
    return std::nullopt;
}

// provenance (required), sources (optional list of non-empty strings), note (optional text).
Sourced read_sourced(ObjectReader& r, Diags& diags) {
    Sourced s;
    if (auto p = r.string("provenance", true)) {
        if (auto v = provenance_from_string(*p))
            s.provenance = *v;
        else
            diags.push_back(make_diag("DBI-IDX-007", r.at("provenance"), {*p}));
    }
    if (auto list = r.string_list("sources", false)) s.sources = std::move(*list);
    if (auto note = r.text("note", false)) s.note = std::move(*note);
    return s;
}

void check_format(ObjectReader& r, std::string_view expected, Diags& diags) {
    if (auto f = r.string("format", true); f && *f != expected)
        diags.push_back(make_diag("DBI-PRF-201", r.at("format"), {std::string(expected), *f}));
}

std::string read_id(ObjectReader& r, Diags& diags) {
    auto id = r.string("id", true);
    if (id && id->empty()) diags.push_back(make_diag("DBI-PRF-216", r.at("id")));
    return id ? *id : std::string();
}

std::string read_date(ObjectReader& r, const char* key, Diags& diags) {
    auto d = r.string(key, true);
    if (!d) return {};
    if (!is_iso_date(*d)) diags.push_back(make_diag("DBI-PRF-214", r.at(key), {*d}));
    return *d;
}

// Records `code` at `pointer`; reports DBI-PRF-202 when it was seen before.
void note_unique(std::map<std::string, std::string>& seen, const std::string& code,
                 const std::string& pointer, Diags& diags) {
    auto [it, inserted] = seen.emplace(code, pointer);
    if (!inserted) diags.push_back(make_diag("DBI-PRF-202", pointer, {code, it->second}));
}

// ---------------------------------------------------------------------------------------------
// Provinces ("dbi-provinces/1")

void parse_provinces(std::string_view text, ReferenceData& ref, Diags& diags) {
    const std::string root = "provinces#";
    auto doc = parse_document(text, root, diags);
    if (!doc) return;
    ObjectReader r(*doc, root, diags);
    if (!r.valid()) return;
    check_format(r, "dbi-provinces/1", diags);
    ref.provinces_id = read_id(r, diags);
    r.text("title", false);
    ref.provinces_effective_from = read_date(r, "effective_from", diags);
    ref.provinces_sourced = read_sourced(r, diags);

    std::vector<std::string> province_ptrs;
    std::map<std::string, std::string> seen;
    if (const Json* arr = r.array("provinces", true)) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            std::string ptr = pointer_join(r.at("provinces"), i);
            ObjectReader e((*arr)[i], ptr, diags);
            if (!e.valid()) continue;
            Province p;
            if (auto code = e.string("code", true)) {
                p.code = *code;
                if (!is_two_digit_code(p.code))
                    diags.push_back(make_diag("DBI-PRF-203", e.at("code"), {p.code}));
                else
                    note_unique(seen, p.code, e.at("code"), diags);
            }
            if (auto name = e.text("name", true)) p.name = std::move(*name);
            if (auto type = e.string("type", true)) {
                if (*type == "city")
                    p.type = ProvinceType::city;
                else if (*type == "province")
                    p.type = ProvinceType::province;
                else
                    diags.push_back(
                        make_diag("DBI-PRF-209", e.at("type"), {*type, "province, city"}));
            }
            if (auto former = e.string_list("former", true)) {
                std::map<std::string, std::string> own;
                for (std::size_t j = 0; j < former->size(); ++j) {
                    std::string fp = pointer_join(e.at("former"), j);
                    if (!is_two_digit_code((*former)[j]))
                        diags.push_back(make_diag("DBI-PRF-203", fp, {(*former)[j]}));
                    else
                        note_unique(own, (*former)[j], fp, diags);
                }
                p.former = std::move(*former);
            }
            p.sourced = read_sourced(e, diags);
            e.finish();
            ref.provinces.push_back(std::move(p));
            province_ptrs.push_back(ptr);
        }
    }

    std::vector<std::string> former_ptrs;
    seen.clear();
    if (const Json* arr = r.array("former_provinces", true)) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            std::string ptr = pointer_join(r.at("former_provinces"), i);
            ObjectReader e((*arr)[i], ptr, diags);
            if (!e.valid()) continue;
            FormerProvince f;
            if (auto code = e.string("code", true)) {
                f.code = *code;
                if (!is_two_digit_code(f.code))
                    diags.push_back(make_diag("DBI-PRF-203", e.at("code"), {f.code}));
                else
                    note_unique(seen, f.code, e.at("code"), diags);
            }
            if (auto name = e.text("name", true)) f.name = std::move(*name);
            if (auto now = e.string("now", true)) f.now = *now;
            f.sourced = read_sourced(e, diags);
            e.finish();
            ref.former_provinces.push_back(std::move(f));
            former_ptrs.push_back(ptr);
        }
    }
    r.finish();

    // Cross-checks: the two directions of the former → 2025 map must agree, so a lookup by
    // either list gives the same answer.
    for (std::size_t i = 0; i < ref.former_provinces.size(); ++i) {
        const FormerProvince& f = ref.former_provinces[i];
        if (!ref.find_province(f.now)) {
            diags.push_back(
                make_diag("DBI-PRF-205", pointer_join(former_ptrs[i], "now"), {f.code, f.now}));
            continue;
        }
        std::vector<const Province*> holders;
        for (const auto& p : ref.provinces)
            for (const auto& c : p.former)
                if (c == f.code) {
                    holders.push_back(&p);
                    break;
                }
        if (holders.size() != 1) {
            diags.push_back(
                make_diag("DBI-PRF-207", former_ptrs[i], {f.code, std::to_string(holders.size())}));
        } else if (holders[0]->code != f.now) {
            diags.push_back(make_diag("DBI-PRF-206", pointer_join(former_ptrs[i], "now"),
                                      {f.code, holders[0]->code, f.now}));
        }
    }
    for (std::size_t i = 0; i < ref.provinces.size(); ++i) {
        const Province& p = ref.provinces[i];
        for (std::size_t j = 0; j < p.former.size(); ++j)
            if (!ref.find_former_province(p.former[j]))
                diags.push_back(make_diag("DBI-PRF-208",
                                          pointer_join(pointer_join(province_ptrs[i], "former"), j),
                                          {p.code, p.former[j]}));
    }
}

// ---------------------------------------------------------------------------------------------
// VSIC sections ("dbi-vsic-sections/1")

void parse_vsic(std::string_view text, ReferenceData& ref, Diags& diags) {
    const std::string root = "vsic#";
    auto doc = parse_document(text, root, diags);
    if (!doc) return;
    ObjectReader r(*doc, root, diags);
    if (!r.valid()) return;
    check_format(r, "dbi-vsic-sections/1", diags);
    ref.vsic_id = read_id(r, diags);
    r.text("title", false);
    r.text("instrument", false);
    ref.vsic_sourced = read_sourced(r, diags);
    if (const Json* m = r.object("sector_group_mapping", true)) {
        ObjectReader mr(*m, r.at("sector_group_mapping"), diags);
        ref.vsic_mapping_sourced = read_sourced(mr, diags);
        mr.finish();
    }
    std::map<std::string, std::string> seen;
    if (const Json* arr = r.array("sections", true)) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            ObjectReader e((*arr)[i], pointer_join(r.at("sections"), i), diags);
            if (!e.valid()) continue;
            VsicSection s;
            if (auto code = e.string("code", true)) {
                s.code = *code;
                if (!is_section_letter(s.code))
                    diags.push_back(make_diag("DBI-PRF-204", e.at("code"), {s.code}));
                else
                    note_unique(seen, s.code, e.at("code"), diags);
            }
            if (auto name = e.text("name", true)) s.name = std::move(*name);
            if (auto g = e.string("sector_group", true)) {
                if (auto v = sector_group_from_string(*g))
                    s.sector_group = *v;
                else
                    diags.push_back(
                        make_diag("DBI-PRF-209", e.at("sector_group"),
                                  {*g, "agriculture_industry_construction, trade_services"}));
            }
            s.sourced = read_sourced(e, diags);
            e.finish();
            ref.vsic_sections.push_back(std::move(s));
        }
    }
    r.finish();
}

// ---------------------------------------------------------------------------------------------
// Size classes ("dbi-size-classes/1")

void parse_thresholds(const Json& arr, const std::string& ptr, SectorGroupInfo& info,
                      Diags& diags) {
    const SizeClass order[] = {SizeClass::micro, SizeClass::small, SizeClass::medium};
    for (std::size_t i = 0; i < arr.size(); ++i) {
        ObjectReader e(arr[i], pointer_join(ptr, i), diags);
        if (!e.valid()) continue;
        SizeCeilings c;
        if (auto cls = e.string("class", true)) {
            auto v = size_class_from_string(*cls);
            if (i >= 3 || !v || *v != order[i])
                diags.push_back(
                    make_diag("DBI-PRF-212", e.at("class"), {*cls, std::to_string(i + 1)}));
            else
                c.size = *v;
        }
        auto emp = e.integer("max_employees", true, 1, kMaxEmployees);
        auto rev = e.integer("max_revenue_vnd", true, 1, kMaxAmountVnd);
        auto cap = e.integer("max_capital_vnd", true, 1, kMaxAmountVnd);
        e.finish();
        if (!emp || !rev || !cap) continue;
        c.max_employees = *emp;
        c.max_revenue_vnd = *rev;
        c.max_capital_vnd = *cap;
        if (!info.ceilings.empty()) {
            const SizeCeilings& prev = info.ceilings.back();
            const std::string cls(to_string(c.size));
            if (c.max_employees < prev.max_employees)
                diags.push_back(
                    make_diag("DBI-PRF-213", e.at("max_employees"), {"max_employees", cls}));
            if (c.max_revenue_vnd < prev.max_revenue_vnd)
                diags.push_back(
                    make_diag("DBI-PRF-213", e.at("max_revenue_vnd"), {"max_revenue_vnd", cls}));
            if (c.max_capital_vnd < prev.max_capital_vnd)
                diags.push_back(
                    make_diag("DBI-PRF-213", e.at("max_capital_vnd"), {"max_capital_vnd", cls}));
        }
        info.ceilings.push_back(c);
    }
    if (arr.size() < 3)
        diags.push_back(make_diag("DBI-PRF-212", ptr, {"—", std::to_string(arr.size() + 1)}));
}

void parse_size_classes(std::string_view text, ReferenceData& ref, Diags& diags) {
    const std::string root = "size_classes#";
    auto doc = parse_document(text, root, diags);
    if (!doc) return;
    ObjectReader r(*doc, root, diags);
    if (!r.valid()) return;
    check_format(r, "dbi-size-classes/1", diags);
    ref.size_classes_id = read_id(r, diags);
    r.text("title", false);
    read_date(r, "effective_from", diags);
    if (auto rule = r.string("rule", true); rule && *rule != "employees_and_revenue_or_capital")
        diags.push_back(make_diag("DBI-PRF-215", r.at("rule"), {*rule}));
    ref.size_classes_sourced = read_sourced(r, diags);

    std::array<bool, 4> have_class{};
    std::map<std::string, std::string> seen;
    if (const Json* arr = r.array("classes", true)) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            ObjectReader e((*arr)[i], pointer_join(r.at("classes"), i), diags);
            if (!e.valid()) continue;
            SizeClassInfo info;
            bool known = false;
            if (auto id = e.string("id", true)) {
                if (auto v = size_class_from_string(*id)) {
                    info.size = *v;
                    known = true;
                    note_unique(seen, *id, e.at("id"), diags);
                } else {
                    diags.push_back(
                        make_diag("DBI-PRF-209", e.at("id"), {*id, "micro, small, medium, large"}));
                }
            }
            if (auto name = e.text("name", true)) info.name = std::move(*name);
            info.sourced = read_sourced(e, diags);
            e.finish();
            if (known) {
                have_class[static_cast<std::size_t>(info.size)] = true;
                ref.size_classes[static_cast<std::size_t>(info.size)] = std::move(info);
            }
        }
        for (auto c : {SizeClass::micro, SizeClass::small, SizeClass::medium, SizeClass::large})
            if (!have_class[static_cast<std::size_t>(c)])
                diags.push_back(
                    make_diag("DBI-PRF-211", r.at("classes"), {std::string(to_string(c))}));
    }

    std::array<bool, 2> have_group{};
    seen.clear();
    if (const Json* arr = r.array("sector_groups", true)) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            ObjectReader e((*arr)[i], pointer_join(r.at("sector_groups"), i), diags);
            if (!e.valid()) continue;
            SectorGroupInfo info;
            bool known = false;
            if (auto id = e.string("id", true)) {
                if (auto v = sector_group_from_string(*id)) {
                    info.group = *v;
                    known = true;
                    note_unique(seen, *id, e.at("id"), diags);
                } else {
                    diags.push_back(
                        make_diag("DBI-PRF-209", e.at("id"),
                                  {*id, "agriculture_industry_construction, trade_services"}));
                }
            }
            if (auto name = e.text("name", true)) info.name = std::move(*name);
            info.sourced = read_sourced(e, diags);
            if (const Json* th = e.array("thresholds", true))
                parse_thresholds(*th, e.at("thresholds"), info, diags);
            e.finish();
            if (known) {
                have_group[static_cast<std::size_t>(info.group)] = true;
                ref.sector_groups[static_cast<std::size_t>(info.group)] = std::move(info);
            }
        }
        for (auto g : {SectorGroup::agriculture_industry_construction, SectorGroup::trade_services})
            if (!have_group[static_cast<std::size_t>(g)])
                diags.push_back(
                    make_diag("DBI-PRF-210", r.at("sector_groups"), {std::string(to_string(g))}));
    }
    r.finish();
}

// ---------------------------------------------------------------------------------------------
// Profile helpers

// Echoes user input in messages without letting a pasted essay through; cuts on a code point
// boundary so the argument stays valid UTF-8.
std::string clip(std::string_view s, std::size_t max_bytes = 40) {
    if (s.size() <= max_bytes) return std::string(s);
    std::size_t n = max_bytes;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return std::string(s.substr(0, n)) + "…";
}

// Leading and trailing ASCII white space and U+00A0 (NO-BREAK SPACE, common in pasted text).
std::string_view trim(std::string_view s) noexcept {
    auto space_at_front = [](std::string_view t) -> std::size_t {
        if (t.empty()) return 0;
        char c = t[0];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
        if (t.size() >= 2 && t[0] == '\xC2' && t[1] == '\xA0') return 2;
        return 0;
    };
    auto space_at_back = [](std::string_view t) -> std::size_t {
        if (t.empty()) return 0;
        char c = t.back();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
        if (t.size() >= 2 && t[t.size() - 2] == '\xC2' && t.back() == '\xA0') return 2;
        return 0;
    };
    while (std::size_t n = space_at_front(s)) s.remove_prefix(n);
    while (std::size_t n = space_at_back(s)) s.remove_suffix(n);
    return s;
}

// The first C0/C1 control character (or DEL) in valid UTF-8 `s`, or -1.
long first_control(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x20 || b == 0x7F) return b;
        if (b == 0xC2 && i + 1 < s.size()) {
            auto b2 = static_cast<unsigned char>(s[i + 1]);
            if (b2 >= 0x80 && b2 <= 0x9F) return b2;  // U+0080..U+009F
        }
    }
    return -1;
}

std::string hex4(long v) {
    static const char kDigits[] = "0123456789ABCDEF";
    std::string out(4, '0');
    for (int i = 3; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
        v >>= 4;
    }
    return out;
}

// The check digit for the first nine digits of a tax code, or 10 when none exists.
int tax_check_digit(std::string_view first9) noexcept {
    static const int kWeights[9] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) sum += kWeights[i] * (first9[i] - '0');
    return 10 - sum % 11;
}

std::string prf_code(int n) {
    return "DBI-PRF-" + std::to_string(n);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Reference data

Result<ReferenceData> parse_reference(std::string_view provinces_json, std::string_view vsic_json,
                                      std::string_view size_classes_json) noexcept {
    ReferenceData ref;
    Diags diags;
    parse_provinces(provinces_json, ref, diags);
    parse_vsic(vsic_json, ref, diags);
    parse_size_classes(size_classes_json, ref, diags);
    if (has_errors(diags)) return Result<ReferenceData>::fail(std::move(diags));
    return Result<ReferenceData>::ok(std::move(ref), std::move(diags));
}

// ---------------------------------------------------------------------------------------------
// Tax code

std::optional<Diagnostic> check_tax_code(std::string_view tax_code, std::string pointer) noexcept {
    const std::size_t n = count_code_points(tax_code);
    if (n != 10 && n != 14)
        return make_diag("DBI-PRF-001", std::move(pointer), {clip(tax_code), std::to_string(n)});
    bool shape = tax_code.size() == n;  // otherwise some character is not ASCII
    for (std::size_t i = 0; shape && i < n; ++i)
        shape = i == 10 ? tax_code[i] == '-' : is_digit(tax_code[i]);
    if (!shape) return make_diag("DBI-PRF-002", std::move(pointer), {clip(tax_code)});

    const int expected = tax_check_digit(tax_code.substr(0, 9));
    const int given = tax_code[9] - '0';
    if (expected == 10)
        return make_diag("DBI-PRF-004", std::move(pointer), {std::string(tax_code)});
    if (expected != given)
        return make_diag("DBI-PRF-003", std::move(pointer),
                         {std::string(tax_code), std::to_string(expected), std::to_string(given)});
    if (n == 14 && tax_code.substr(11) == "000")
        return make_diag("DBI-PRF-005", std::move(pointer), {std::string(tax_code)});
    return std::nullopt;
}

bool is_valid_tax_code(std::string_view tax_code) noexcept {
    return !check_tax_code(tax_code).has_value();
}

// ---------------------------------------------------------------------------------------------
// Profile

Result<EnterpriseProfile> parse_profile(std::string_view json_text,
                                        const ReferenceData& ref) noexcept {
    auto parsed = detail::parse_strict(json_text);
    if (!parsed) return Result<EnterpriseProfile>::fail(parsed.diagnostics());
    const Json& doc = parsed.value();

    Diags diags;
    EnterpriseProfile p;
    ObjectReader r(doc, "", diags);
    if (!r.valid()) return Result<EnterpriseProfile>::fail(std::move(diags));

    if (auto f = r.string("format", true); f && *f != "dbi-profile/1")
        diags.push_back(make_diag("DBI-PRF-012", r.at("format"), {clip(*f)}));

    if (auto name = r.string("name", true)) {
        // NFC first so the stored bytes and the length limit do not depend on how the text
        // was typed (IMEs and pasted text often arrive decomposed).
        auto nfc = to_nfc(*name);
        if (!nfc) {
            for (Diagnostic d : nfc.diagnostics()) {
                d.pointer = r.at("name");
                diags.push_back(std::move(d));
            }
        } else {
            std::string_view t = trim(nfc.value());
            const long ctrl = first_control(t);
            const std::size_t length = count_code_points(t);
            if (t.empty())
                diags.push_back(make_diag("DBI-PRF-009", r.at("name")));
            else if (ctrl >= 0)
                diags.push_back(make_diag("DBI-PRF-011", r.at("name"), {hex4(ctrl)}));
            else if (length > kMaxNameCodePoints)
                diags.push_back(
                    make_diag("DBI-PRF-010", r.at("name"),
                              {std::to_string(length), std::to_string(kMaxNameCodePoints)}));
            else
                p.name = std::string(t);
        }
    }

    if (auto tax = r.string("tax_code", true)) {
        if (auto err = check_tax_code(*tax, r.at("tax_code")))
            diags.push_back(std::move(*err));
        else
            p.tax_code = *tax;
    }

    if (auto code = r.string("province", true)) {
        if (const Province* prov = ref.find_province(*code)) {
            p.province_code = prov->code;
        } else if (const FormerProvince* f = ref.find_former_province(*code)) {
            const Province* now = ref.find_province(f->now);
            if (now) {
                p.province_code = now->code;
                diags.push_back(make_diag("DBI-PRF-101", r.at("province"),
                                          {f->code, f->name.vi, now->name.vi, now->code},
                                          Severity::info));
            } else {  // cannot happen with validated reference data
                diags.push_back(make_diag("DBI-PRF-006", r.at("province"), {clip(*code)}));
            }
        } else {
            diags.push_back(make_diag("DBI-PRF-006", r.at("province"), {clip(*code)}));
        }
    }

    if (auto sec = r.string("vsic_section", true)) {
        if (ref.find_vsic_section(*sec))
            p.vsic_section = *sec;
        else
            diags.push_back(make_diag("DBI-PRF-007", r.at("vsic_section"), {clip(*sec)}));
    }

    // Read with no lower bound so a negative number gets its own, clearer message.
    auto read_amount = [&](const char* key, std::int64_t max, std::int64_t& out) {
        auto v = r.integer(key, true, std::numeric_limits<std::int64_t>::min(), max);
        if (!v) return;
        if (*v < 0)
            diags.push_back(make_diag("DBI-PRF-008", r.at(key), {std::to_string(*v)}));
        else
            out = *v;
    };
    read_amount("employees", kMaxEmployees, p.employees);
    read_amount("revenue_vnd", kMaxAmountVnd, p.revenue_vnd);
    read_amount("capital_vnd", kMaxAmountVnd, p.capital_vnd);

    if (auto g = r.boolean("group_structure", false)) p.group_structure = *g;
    r.finish();

    if (has_errors(diags)) return Result<EnterpriseProfile>::fail(std::move(diags));
    return Result<EnterpriseProfile>::ok(std::move(p), std::move(diags));
}

std::string profile_to_json(const EnterpriseProfile& p) {
    nlohmann::ordered_json j;
    j["format"] = "dbi-profile/1";
    j["name"] = p.name;
    j["tax_code"] = p.tax_code;
    j["province"] = p.province_code;
    j["vsic_section"] = p.vsic_section;
    j["employees"] = p.employees;
    j["revenue_vnd"] = p.revenue_vnd;
    j["capital_vnd"] = p.capital_vnd;
    j["group_structure"] = p.group_structure;
    // `replace` keeps dump from throwing; a valid profile is valid UTF-8, so nothing is replaced.
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// ---------------------------------------------------------------------------------------------
// Classification

Classification classify(const EnterpriseProfile& p, const ReferenceData& ref) noexcept {
    Classification c;
    const VsicSection* sec = ref.find_vsic_section(p.vsic_section);
    c.sector = sec ? sec->sector_group : SectorGroup::trade_services;
    c.reasons.push_back(make_diag(
        c.sector == SectorGroup::agriculture_industry_construction ? "DBI-PRF-102" : "DBI-PRF-103",
        "/vsic_section", {p.vsic_section}, Severity::info));

    // The smallest class that fits wins; ceilings are ascending, so trying them in order is
    // the Decree's "smallest class" rule. For each class tried and missed, say which
    // criterion failed: the headcount, or both money criteria (either one would suffice).
    const auto emp = std::to_string(p.employees);
    const auto rev = std::to_string(p.revenue_vnd);
    const auto cap = std::to_string(p.capital_vnd);
    c.size = SizeClass::large;
    for (const SizeCeilings& ceil : ref.sector_group(c.sector).ceilings) {
        const int k = 2 * static_cast<int>(ceil.size);  // 0, 2, 4: offsets of micro/small/medium
        const bool emp_ok = p.employees <= ceil.max_employees;
        const bool rev_ok = p.revenue_vnd <= ceil.max_revenue_vnd;
        const bool cap_ok = p.capital_vnd <= ceil.max_capital_vnd;
        if (emp_ok && (rev_ok || cap_ok)) {
            c.size = ceil.size;
            if (rev_ok)
                c.reasons.push_back(make_diag(prf_code(110 + k), "",
                                              {emp, std::to_string(ceil.max_employees), rev,
                                               std::to_string(ceil.max_revenue_vnd)},
                                              Severity::info));
            else
                c.reasons.push_back(make_diag(prf_code(111 + k), "",
                                              {emp, std::to_string(ceil.max_employees), cap,
                                               std::to_string(ceil.max_capital_vnd)},
                                              Severity::info));
            break;
        }
        if (!emp_ok)
            c.reasons.push_back(make_diag(prf_code(120 + k), "/employees",
                                          {emp, std::to_string(ceil.max_employees)},
                                          Severity::info));
        if (!rev_ok && !cap_ok)
            c.reasons.push_back(make_diag(prf_code(121 + k), "",
                                          {rev, std::to_string(ceil.max_revenue_vnd), cap,
                                           std::to_string(ceil.max_capital_vnd)},
                                          Severity::info));
    }

    if (p.group_structure) {
        c.index_set = IndexSet::group;
        c.reasons.push_back(make_diag("DBI-PRF-134", "/group_structure", {}, Severity::info));
    } else if (c.size == SizeClass::large) {
        c.index_set = IndexSet::large;
        c.reasons.push_back(make_diag("DBI-PRF-133", "", {}, Severity::info));
    } else {
        c.index_set = IndexSet::sme;
        c.reasons.push_back(
            make_diag(prf_code(130 + static_cast<int>(c.size)), "", {}, Severity::info));
    }
    return c;
}

}  // namespace dbi
