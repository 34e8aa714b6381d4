// session.hpp — everything the app knows and every action a user can take, without any UI.
//
// The Session holds the data files (validated by the core), the enterprise profile draft, the
// raw answers as typed, the route, the settings, the local history and the device key. Both
// views act on it through the same methods: the ImGui canvas (app.cpp) and the accessibility
// mirror in the page (through the C exports in platform_web.cpp). Whatever the screens show is
// derived from it by screen_model.cpp; all scoring is done by dbi_core.
//
// No ImGui, no Emscripten, no I/O: the browser side is reached through Effects (drained by
// main.cpp) and a clock function, so the same code runs in the native UI tests.
//
// Revisions: every change increments revision() (the screen model must be rebuilt and
// re-published); changes that belong in the draft also increment draft_revision() (the page
// saves draft_json() to localStorage).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "dbi/answers.hpp"
#include "dbi/crypto.hpp"
#include "dbi/diagnostics.hpp"
#include "dbi/envelope.hpp"
#include "dbi/explain.hpp"
#include "dbi/group.hpp"
#include "dbi/index.hpp"
#include "dbi/profile.hpp"
#include "dbi/qr_code.hpp"
#include "dbi/scoring.hpp"
#include "i18n.hpp"

namespace dbi::web {

// ---------------------------------------------------------------------------------------------
// Routes: "#/welcome", "#/profile", "#/group", "#/pillar/1" … "#/pillar/N", "#/results",
// "#/report". "#/group" is the member list of the group index set.

enum class Page { welcome, profile, group, pillar, results, report };

struct Route {
    Page page = Page::welcome;
    int pillar = 0;  // 1-based, Page::pillar only
    std::string str() const;  // "/pillar/2" (no "#")
    bool operator==(const Route& o) const noexcept { return page == o.page && pillar == o.pillar; }
    bool operator!=(const Route& o) const noexcept { return !(*this == o); }
};

// Parses "/pillar/2", "#/pillar/2" or "pillar/2"; nullopt when not a route of the app.
std::optional<Route> parse_route(std::string_view text) noexcept;

// ---------------------------------------------------------------------------------------------
// What the user typed or chose, before validation.

struct ProfileDraft {
    std::string name;
    std::string tax_code;
    std::string province;     // 2025 code
    std::string vsic;         // section letter
    std::string employees;    // people, as typed
    std::string revenue_m;    // million VND, as typed
    std::string capital_m;    // million VND, as typed
    bool group = false;
};

// One criterion's answer as entered: -1 = not chosen.
struct RawAnswer {
    int gate = -1;       // 1 yes, 0 no (only for criteria with a gate)
    int option = 0;      // 1..n for ladders; 0 none
    std::string numerator, denominator, value;  // numeric text as typed
    bool empty() const noexcept {
        return gate < 0 && option == 0 && numerator.empty() && denominator.empty() && value.empty();
    }
};

struct HistoryEntry {
    std::string date;            // "YYYY-MM-DD"
    std::string index_id;
    std::string answers_sha256;
    int total = 0, max = 0, level = 0;
};

// Something only the page can do; main.cpp drains them after every action.
struct Effect {
    enum class Kind {
        load_index,      // a = index set ("large"); the page fetches and calls load_data
        download,        // a = file name, b = contents (UTF-8)
        submit,          // a = envelope JSON, b = its submission id: into the page's outbox,
                         // which sends it to api/v1/submissions (now or when online)
        save_history,    // a = history JSON for localStorage
        save_device_key, // a = base64 of the 32-byte seed for localStorage
        pick_file,       // a = what for ("member"); the page opens a file chooser and calls
                         // load_data(a, text) for each file chosen
        save_kiosk_key,  // a = the accepted kiosk key file ("dbi-key/1", role kiosk) for
                         // localStorage: the kiosk owns its key, it survives every wipe
        kiosk_wipe,      // kiosk mode, "Next enterprise": the page wipes every personal datum
                         // of this session (keeping the outbox and the kiosk key) and restarts
        print_slip       // kiosk mode: a = the result's QR code as SVG; the page prints a slip
                         // with it, the result level and the kiosk's name
    };
    Kind kind;
    std::string a, b;
};

// A message for the user: shown on the current screen and announced by the live region. With
// a key, a diagnostic is shown with its code ("… (DBI-SUB-008)").
// Kept as a key and arguments (or a core diagnostic) so it follows a change of language.
struct Notice {
    Severity severity = Severity::info;
    Str key = Str::count_;          // count_: the diagnostic alone
    std::vector<std::string> args;  // for fmt(key, …)
    std::optional<Diagnostic> diag; // rendered into the last argument (or alone)
    std::string text(Lang lang) const;
};

// A member unit of a group (index set "group"), as entered. Its result comes either from an
// assessment made here with the SME or large index (`raw`, while `envelope` is empty) or from
// the signed result file the unit sent (`envelope`, verified on import and on every restore).
struct MemberDraft {
    std::string name;
    std::string relation = "subsidiary_tier1";  // a relation id of the group index
    std::string revenue_m;                      // million VND, as typed
    std::string employees;                      // people, as typed
    std::string set = "sme";                    // assessed here with: "sme" | "large"
    std::string envelope;                       // imported "dbi-envelope/1" ("" = assessed here)
    std::map<std::string, RawAnswer> raw;       // criterion → answer (assessed here)
};

// What the session derived from one MemberDraft.
struct MemberStatus {
    std::optional<MemberUnit> unit;  // set when the member has a result that can be aggregated
    std::vector<std::pair<std::string, Notice>> errors;  // field ("" = the result) → message
    std::string tax_code;            // imported: from the signed subject
    std::vector<VerifiedSigner> signers;  // imported: who signed, in order
    bool rescored = false;           // imported: answers attached and re-scored equal
    int answered = 0, criteria = 0;  // assessed here: progress
};

// queued: in the page's outbox (offline or the server unreachable); it is sent from there.
enum class SubmitState { idle, sending, queued, done, failed };

class Session {
public:
    Session();

    // ---- Data files (kind: "index:sme", "index:large", "index:group", "provinces", "vsic",
    // "size_classes", "smedx"). Invalid files are kept out and reported.
    void load_data(std::string_view kind, std::string_view json);
    void data_unavailable(std::string_view kind, std::string_view why);

    // ---- Navigation and settings
    void navigate(std::string_view route);  // unknown routes go to the welcome screen
    void go(Route r);
    // Buttons: "start", "next", "back", "results", "profile", "report", "download", "submit",
    // "lang", "text_size", "contrast", "dismiss", "publish"; kiosk mode: "next_enterprise";
    // group index: "group",
    // "member_add", "member_import", "member_assess:<i>", "member_remove:<i>" (i 0-based).
    void command(std::string_view cmd);
    void set_lang(Lang lang);
    void set_large_text(bool on);
    void set_high_contrast(bool on);
    void set_publish(bool on);

    // ---- Answers. `id` is a criterion id of the active index; unknown ids are ignored.
    // option: 1..n selects a descriptor (and answers "yes" to a gate); 0 = "No" at the gate;
    // -1 clears the answer.
    void set_option(std::string_view id, int option);
    void set_gate(std::string_view id, int gate);  // 1, 0, or -1 (clear)
    // field: "numerator", "denominator" or "value"; text as typed (NFC-normalised here).
    void set_number(std::string_view id, std::string_view field, std::string_view text);

    // ---- Profile. field: "name", "tax_code", "province", "vsic", "employees", "revenue_m",
    // "capital_m", "group" ("1"/"0"), "index_set" ("sme"/"large"/"group"/"" = proposed).
    // Member units of a group: "member:<i>:<name|relation|revenue_m|employees|set>".
    void set_profile(std::string_view field, std::string_view value);

    // ---- Group members. load_data("member", text) imports a signed result file as a new
    // member; load_data("trust", …) / load_data("root_pub", …) give the trust list and its
    // pinned root key that imported files are checked against (without them only self-signed
    // device signatures verify).
    const std::vector<MemberDraft>& members() const noexcept { return members_; }
    const std::vector<MemberStatus>& member_status() const noexcept { return member_status_; }
    int editing_member() const noexcept { return editing_member_; }  // -1: the enterprise itself
    // The aggregate over the members with a result; nullopt with group_errors() otherwise.
    const GroupResult* group_result() const noexcept { return group_result_ ? &*group_result_ : nullptr; }
    const std::vector<Notice>& group_errors() const noexcept { return group_errors_; }

    // ---- Persistence (the page's localStorage; formats are the app's own, versioned).
    std::string draft_json() const;
    void restore_draft(std::string_view json);  // tolerant: keeps whatever can be kept
    void set_history(std::string_view json);
    void set_device_seed(std::string_view base64);
    void set_clock(std::function<std::string()> utc_now);  // "YYYY-MM-DDTHH:MM:SSZ"

    // ---- Kiosk mode (?mode=kiosk, docs/deploy.md "Kiosk mode"). Personal data stays in memory
    // only: no draft and no history reach the page's storage. Results are signed with the
    // kiosk key (role kiosk, channel "kiosk", kiosk = the key's label), given with
    // load_data("kiosk_key", key file text); any other key file is refused with a coded notice
    // (DBI-SUB-030 for a key of another role) and signing is refused until a kiosk key is set.
    void set_kiosk_mode(bool on);
    bool kiosk_mode() const noexcept { return kiosk_mode_; }
    const std::string& kiosk_key_id() const noexcept { return kiosk_key_id_; }
    const std::string& kiosk_label() const noexcept { return kiosk_label_; }
    // The last refused kiosk key file (shown by the operator view), if any.
    const std::optional<Notice>& kiosk_error() const noexcept { return kiosk_error_; }
    // Whether the session holds anything personal (profile text, answers, members, a result):
    // the page's idle timer runs only then.
    bool has_personal_data() const;
    // After a kiosk submission: the QR code the enterprise takes away. It carries the signed
    // certificate — the envelope without the attached answers (statements and signatures only;
    // it verifies as "answers not attached") — or, when that is longer than a QR code holds at
    // level L, a receipt link: `endpoint`/<submission id> (load_data("endpoint", submissions
    // URL)). nullptr before a kiosk submission.
    const qr::Symbol* kiosk_qr() const noexcept { return kiosk_qr_ ? &*kiosk_qr_ : nullptr; }
    const std::string& kiosk_qr_text() const noexcept { return kiosk_qr_text_; }
    bool kiosk_qr_is_link() const noexcept { return kiosk_qr_is_link_; }
    // http_status: the endpoint's answer; 0 = not reachable and not queued (no outbox);
    // -1 = kept in the outbox, to be sent when online; -2 = not sent and the outbox cannot
    // store it (the user is told to download the signed file instead).
    void submit_result(int http_status, std::string_view body);

    // ---- Derived state (cached, recomputed after every change)
    Lang lang() const noexcept { return lang_; }
    bool large_text() const noexcept { return large_text_; }
    bool high_contrast() const noexcept { return high_contrast_; }
    bool publish() const noexcept { return publish_; }
    const Route& route() const noexcept { return route_; }
    const ProfileDraft& profile() const noexcept { return profile_; }
    const std::string& index_choice() const noexcept { return index_choice_; }

    const IndexDefinition* index(std::string_view set) const noexcept;  // "sme", "large"
    std::string active_set() const;  // index set in use ("sme" unless chosen/proposed otherwise)
    const IndexDefinition* active_index() const noexcept;
    const ReferenceData* reference() const noexcept { return reference_ ? &*reference_ : nullptr; }
    const SmedxCatalogue* smedx() const noexcept { return smedx_ ? &*smedx_ : nullptr; }
    const std::vector<Notice>& data_errors() const noexcept { return data_errors_; }
    bool data_loading(std::string_view kind) const;

    const RawAnswer* raw_answer(std::string_view id) const;
    // Validation messages of one criterion's current input.
    const std::vector<Notice>* answer_errors(std::string_view id) const;
    const AnswerSet& answers() const noexcept { return answers_; }
    const Assessment* assessment() const noexcept { return assessment_ ? &*assessment_ : nullptr; }
    const Explanation* explanation() const noexcept { return explanation_ ? &*explanation_ : nullptr; }
    const Recommendations* recommendations() const noexcept {
        return recommendations_ ? &*recommendations_ : nullptr;
    }

    // Profile validation: per-field messages ("name", "tax_code", …), the fields still empty,
    // and the parsed profile (only when every field is valid).
    const std::map<std::string, Notice>& profile_errors() const noexcept { return profile_errors_; }
    const std::vector<std::string>& profile_missing() const noexcept { return profile_missing_; }
    const EnterpriseProfile* parsed_profile() const noexcept {
        return parsed_profile_ ? &*parsed_profile_ : nullptr;
    }
    const Classification* classification() const noexcept {
        return classification_ ? &*classification_ : nullptr;
    }
    bool tax_code_valid() const noexcept;

    const std::vector<HistoryEntry>& history() const noexcept { return history_; }
    const HistoryEntry* previous_assessment() const noexcept;  // latest with other answers
    const std::vector<Notice>& notices() const noexcept { return notices_; }
    SubmitState submit_state() const noexcept { return submit_state_; }
    const std::optional<Notice>& submit_notice() const noexcept { return submit_notice_; }
    const std::string& device_key_id() const noexcept { return device_key_id_; }

    // The answers of the active index as "dbi-answers/1" (canonical), for export and tests.
    std::string answers_json() const;
    // A signed "dbi-envelope/1" with the answers attached; nullopt (and a notice) when the
    // profile is not valid or no index is loaded (or, in kiosk mode, no kiosk key is set).
    std::optional<std::string> make_envelope(std::string* submission_id = nullptr);

    std::uint64_t revision() const noexcept { return revision_; }
    std::uint64_t draft_revision() const noexcept { return draft_revision_; }
    std::vector<Effect> take_effects();

private:
    void changed(bool draft);
    void recompute();
    void recompute_profile();
    void rebuild_answers();
    bool validate_answer(const IndexDefinition& index, const Criterion& c, const RawAnswer& raw,
                         Answer* out, std::vector<Notice>* errors) const;
    void record_history();
    void notice(Severity s, Str key, std::vector<std::string> args = {});
    std::map<std::string, RawAnswer>& raw_for_active();
    const std::map<std::string, RawAnswer>* raw_for_active() const;
    int pillar_count() const noexcept;
    // Group members (session_group.cpp)
    void import_member(std::string_view envelope_text);
    void set_member(std::size_t i, std::string_view field, const std::string& value);
    bool member_command(std::string_view cmd);
    void load_trust();
    void load_kiosk_key(std::string_view text);
    const Result<VerifiedEnvelope>& check_import(const std::string& envelope);
    void recompute_group();
    int restore_members(const nlohmann::json& list, std::int64_t editing);  // → entries dropped
    AnswerSet answers_from(const IndexDefinition& index, const std::map<std::string, RawAnswer>& raws,
                           std::map<std::string, std::vector<Notice>>* errors) const;

    // Data
    std::map<std::string, IndexDefinition> indices_;  // by set: "sme", "large", "group"
    std::map<std::string, std::string> pending_;      // kind → raw text (reference files)
    std::optional<ReferenceData> reference_;
    std::optional<SmedxCatalogue> smedx_;
    std::vector<Notice> data_errors_;
    std::vector<std::string> requested_;              // index sets asked of the page
    std::string trust_text_, root_text_;              // trust list file and root key file
    TrustList trust_;                                 // verified trust list (empty if none)
    // Verification of imported member files by exact text (cleared when the trust list or an
    // index changes): an envelope is verified once, not on every keystroke.
    std::map<std::string, Result<VerifiedEnvelope>> import_checks_;

    // State
    Lang lang_ = Lang::vi;
    bool large_text_ = false;
    bool high_contrast_ = false;
    bool publish_ = false;
    Route route_;
    ProfileDraft profile_;
    std::string index_choice_;  // "" = the proposed set
    std::map<std::string, std::map<std::string, RawAnswer>> raw_;  // index id → criterion → raw
    std::vector<MemberDraft> members_;
    int editing_member_ = -1;  // the member whose assessment the questionnaire shows
    std::vector<HistoryEntry> history_;
    std::optional<crypto::KeyPair> device_key_;
    std::string device_key_id_;
    std::function<std::string()> clock_;
    bool kiosk_mode_ = false;
    std::optional<crypto::KeyPair> kiosk_key_;
    std::string kiosk_key_id_, kiosk_label_;
    std::optional<Notice> kiosk_error_;
    std::string endpoint_;  // the submissions URL (for the receipt link)
    std::optional<qr::Symbol> kiosk_qr_;
    std::string kiosk_qr_text_;
    bool kiosk_qr_is_link_ = false;

    // Derived
    AnswerSet answers_;
    std::map<std::string, std::vector<Notice>> answer_errors_;
    std::optional<Assessment> assessment_;
    std::optional<Explanation> explanation_;
    std::optional<Recommendations> recommendations_;
    std::map<std::string, Notice> profile_errors_;
    std::vector<std::string> profile_missing_;
    std::optional<EnterpriseProfile> parsed_profile_;
    std::optional<Classification> classification_;
    std::vector<MemberStatus> member_status_;
    std::optional<GroupResult> group_result_;
    std::vector<Notice> group_errors_;

    std::vector<Notice> notices_;
    SubmitState submit_state_ = SubmitState::idle;
    std::optional<Notice> submit_notice_;
    std::vector<Effect> effects_;
    std::uint64_t revision_ = 1;
    std::uint64_t draft_revision_ = 0;
};

// Parses a whole number as typed: digits, optionally grouped by "." "," or spaces in threes
// ("1.200.000", "1,200", "1 200"). nullopt for anything else (decimals, signs, letters).
std::optional<std::int64_t> parse_whole_number(std::string_view text) noexcept;

// The draft's JSON form of raw answers ({criterion: {gate, option, numerator, …}}), shared by
// the enterprise's own answers and those of member units. read_raws keeps the well-formed
// entries (checked against `index` when it is loaded) and returns how many it dropped.
nlohmann::json raws_to_json(const std::map<std::string, RawAnswer>& raws);
int read_raws(const nlohmann::json& obj, const IndexDefinition* index,
              std::map<std::string, RawAnswer>* out);

}  // namespace dbi::web
