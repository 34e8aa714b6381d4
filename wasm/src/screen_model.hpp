// screen_model.hpp — what the current screen says and offers, as plain data.
//
// Derived from the Session (index data, answers, profile, route) by build_screen_model(). Both
// views are drawn from it: the ImGui canvas (app.cpp) and the page's accessibility mirror
// (web/mirror.js, from to_json()). Text is already in the current language; every figure comes
// from dbi_core. Each interactive element has a `key` that names it in both views:
//   "opt:<criterion>:<n>"       ladder option n (0 = "No" at the gate)
//   "gate:<criterion>:<0|1>"    gate of a numeric criterion
//   "num:<criterion>:<field>"   numeric field (numerator, denominator, value)
//   "field:<name>"              profile field; "set:<sme|large|group>" index-set choice
//   "field:member:<i>:<name>"   a field of group member unit i (0-based)
//   "cmd:<command>"             a button (Session::command)
// The canvas draws a focus ring around the element whose key the mirror reports as focused.
#pragma once

#include <string>
#include <vector>

#include "session.hpp"

namespace dbi::web {

struct OptionView {
    std::string key;
    int value = 0;       // 0 = "No" at the gate, 1..n descriptors
    std::string label;
    int points = 0;
    bool selected = false;
};

struct NumberView {
    std::string key;
    std::string field;   // "numerator" | "denominator" | "value"
    std::string label;
    std::string value;   // as typed
    bool enabled = true; // false while the gate says "No"
};

struct CriterionView {
    std::string id, label, question, help, period;
    std::string kind;                  // "ladder" | "numeric"
    std::string gate_question;         // "" when there is no gate
    int gate = -1;                     // numeric criteria: -1 none chosen, 0 no, 1 yes
    std::vector<OptionView> options;   // ladder: the "No" option first when gated; numeric: gate
    std::vector<NumberView> numbers;
    std::string ratio_text;            // "Tỷ lệ: 25 %" when both parts are valid
    bool answered = false;
    int points = 0, max = 0;
    std::string status;                // "Chưa trả lời" / "Đã trả lời · 3/5 điểm"
    std::vector<std::string> errors;   // validation messages
};

struct IndicatorView {
    std::string id, label, help;
    std::vector<CriterionView> criteria;
};

struct NavItem {
    std::string key;     // "cmd:pillar:2"
    std::string route;   // "/pillar/2"
    std::string label;
    bool current = false;
    int answered = -1, total = -1;  // pillars only
};

struct ActionView {
    std::string key;     // "cmd:next"
    std::string label;
    bool enabled = true;
    bool primary = false;
};

struct Paragraph {
    std::string heading;  // may be empty
    std::string text;
};

struct FieldView {
    std::string key, name, label, kind;  // kind: "text" | "number" | "select" | "checkbox"
    std::string value, hint, error;
    bool required = true;
    bool valid = false;   // shown as valid (tax code check digit)
    std::vector<std::pair<std::string, std::string>> choices;  // value, label (select)
};

struct SetChoice {
    std::string key, value, label;
    bool selected = false, proposed = false, available = true;
};

struct PillarResultView {
    std::string id, label;
    int points = 0, max = 0, percent = 0, level = 0;
    std::string level_name;
    std::vector<std::pair<std::string, std::string>> indicators;  // "1.1 label", "12/30"
    std::string advice;   // next level for this pillar
};

struct RecoView {
    std::string heading;  // "Trụ cột 3 – mức 1, …"
    std::vector<std::pair<std::string, std::string>> groups;  // "QT1 label", description
};

struct ResultsView {
    int total = 0, max = 0, level = 0, answered = 0, criteria = 0;
    std::string total_text, level_text, level_meaning, incomplete;
    std::vector<PillarResultView> pillars;
    std::vector<int> thresholds;       // lower edges (percent) of pillar levels 1..N
    std::string thresholds_text;
    std::vector<std::string> next_level;
    std::vector<RecoView> recommendations;
    std::string compare;               // comparison with the previous assessment
    std::string signed_note;           // device key id, when there is one
    std::string submit_status;
    bool publish = false;
    std::string index_id, index_title, enterprise, tax_code, date;
    std::string qr_note;                // kiosk: what the QR code holds ("" = no QR code)
    bool qr_link = false;               // the QR code holds a receipt link, not the certificate
};

// One member unit on the group screen.
struct MemberView {
    std::string title;                // "Đơn vị 1: Công ty A"
    std::vector<FieldView> fields;    // name, relation, revenue_m, employees[, set]
    std::vector<std::string> lines;   // source, signers, result or progress, exclusion
    std::vector<std::string> errors;  // the result's problems (field errors sit on the fields)
    std::vector<ActionView> actions;  // answer the questionnaire (assessed here), remove
    bool counted = false;             // part of the group aggregate
};

struct GroupView {
    std::vector<MemberView> members;
    std::string empty_text;            // when there are no members
    std::vector<std::string> result;   // level, share, range, basis, counted — or why not yet
    std::vector<PillarResultView> pillars;  // percent, level and level name (no points)
    std::vector<int> thresholds;       // lower edges (percent) of the group's pillar levels 1..N
    bool has_result = false;
};

// Kiosk mode: what the page's kiosk glue (web/kiosk.js) needs. No personal data.
struct KioskView {
    bool mode = false;
    std::string key_id, label;  // the kiosk key in use ("" = none yet)
    std::string error;          // the last refused key file, with its code
    bool personal = false;      // the session holds personal data (the idle timer runs)
};

struct ScreenModel {
    std::uint64_t revision = 0;
    std::string route;          // "/pillar/1"
    std::string lang;           // "vi" | "en"
    std::string doc_title;      // <title>
    std::string heading;        // the screen's h1
    std::string canvas_label;
    std::vector<std::pair<std::string, std::string>> labels;  // fixed words for the page
    std::vector<NavItem> nav;
    std::vector<std::string> notices;      // drafts, signing, submission
    std::string announce;                  // live region: total/level + validation
    std::string progress_overall;
    int answered = 0, criteria = 0;
    bool large_text = false, high_contrast = false;
    KioskView kiosk;
    std::vector<ActionView> settings;      // language, text size, contrast
    std::vector<ActionView> actions;       // back/next/…

    // Page content (the one matching the route is filled)
    std::vector<Paragraph> paragraphs;     // welcome; data errors elsewhere
    std::vector<std::pair<std::string, std::vector<std::string>>> table;  // welcome pillar table

    std::vector<FieldView> fields;         // profile
    std::string proposal_heading, proposal;
    std::vector<std::string> reasons;
    std::vector<SetChoice> sets;
    std::string set_note;

    std::string pillar_id, pillar_label, pillar_help, progress_pillar, running_total;
    int pillar_number = 0, pillar_count = 0;
    std::vector<IndicatorView> indicators;
    std::string skip_target;               // key of the first control of the next unanswered

    bool has_results = false;
    ResultsView results;

    std::string member_banner;             // "Assessing member unit: …" while one is assessed
    GroupView group;                       // route "/group"
};

ScreenModel build_screen_model(const Session& s);

// JSON for the page (the mirror and the printable report). Stable field names, UTF-8.
std::string to_json(const ScreenModel& m);

}  // namespace dbi::web
