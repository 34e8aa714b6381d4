// Shared by the native UI tests: a Session loaded with the real data files of indices/.
#pragma once

#include <string>

#include "session.hpp"
#include "test_support.hpp"

namespace dbi::test {

inline void load_all(web::Session& s) {
    s.load_data("index:sme", read_source_file("indices/vn.mic.1970-2021.sme.json"));
    s.load_data("provinces", read_source_file("indices/reference/vn.gov.provinces-2025.json"));
    s.load_data("vsic", read_source_file("indices/reference/vn.gso.vsic-2018.sections.json"));
    s.load_data("size_classes",
                read_source_file("indices/reference/vn.gov.decree80-2021.size-classes.json"));
    s.load_data("smedx", read_source_file("indices/reference/vn.mic.377-2021.smedx.json"));
    REQUIRE(s.data_errors().empty());
    REQUIRE(s.active_index() != nullptr);
    REQUIRE(s.reference() != nullptr);
    s.set_clock([] { return std::string("2026-11-23T08:15:00Z"); });
}

// A small enterprise: 0300588569 is a real, valid tax code (check digit 9).
inline void fill_profile(web::Session& s) {
    s.set_profile("name", "Công ty TNHH Ví Dụ");
    s.set_profile("tax_code", "0300588569");
    s.set_profile("province", "79");
    s.set_profile("vsic", "C");
    s.set_profile("employees", "45");
    s.set_profile("revenue_m", "30.000");  // 30 billion VND, with a thousands separator
    s.set_profile("capital_m", "12000");
}

// Answers every criterion of the active index through the same calls the views make: ladders
// pick option (k mod n)+1 or "No", numerics get numbers; returns how many were answered.
inline int answer_everything(web::Session& s) {
    const IndexDefinition& idx = *s.active_index();
    int k = 0;
    for (const Pillar& p : idx.pillars)
        for (const Indicator& i : p.indicators)
            for (const Criterion& c : i.criteria) {
                ++k;
                if (is_ladder(c.answer.type)) {
                    const int n = static_cast<int>(c.answer.options.size());
                    s.set_option(c.id, (c.answer.gate && k % 7 == 0) ? 0 : (k % n) + 1);
                } else if (c.answer.type == AnswerType::ratio) {
                    s.set_number(c.id, "numerator", std::to_string(k % 10));
                    s.set_number(c.id, "denominator", "10");
                } else {
                    s.set_number(c.id, "value", std::to_string(k % 6 * 20));
                }
            }
    return k;
}

}  // namespace dbi::test
