// tests/fuzz/fuzz_support.hpp — shared by the fuzz targets (docs/testing.md, "Fuzzing").
//
// Each target is one LLVMFuzzerTestOneInput over the bytes of one kind of untrusted input. It
// checks invariants, not only the absence of crashes: a broken invariant prints what broke and
// aborts, which libFuzzer reports as a crash and saves as a reproducer (crash-<sha1>); under the
// replay main (replay_main.cpp, every build without DBI_FUZZ) it fails the ctest entry.
//
// Also here: source-tree files, the published test keys of tests/crypto/fixtures (their secrets
// are public on purpose) and "plain" envelopes, the harness's way of letting the fuzzer change
// what is signed (see expand_plain).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dbi/canonical_json.hpp"
#include "dbi/crypto.hpp"
#include "dbi/diagnostics.hpp"
#include "dbi/envelope.hpp"
#include "dbi/keyfile.hpp"
#include "dbi/scoring.hpp"
#include "dbi/sha256.hpp"

#ifndef DBI_SOURCE_DIR
#error "DBI_SOURCE_DIR must be defined by the build"
#endif

namespace dbi::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* condition,
                              const std::string& what) {
    std::fprintf(stderr, "\n%s:%d: invariant failed: %s\n  %s\n", file, line, condition,
                 what.c_str());
    std::fflush(stderr);
    std::abort();
}

// DBI_FUZZ_CHECK(condition, what): `what` (a std::string expression) is only built on failure.
#define DBI_FUZZ_CHECK(condition, what) \
    ((condition) ? (void)0 : ::dbi::fuzz::fail(__FILE__, __LINE__, #condition, (what)))

// DBI_FUZZ_VERBOSE=1: targets say what became of each input (to check that seeds reach the
// states they were written for; too slow for fuzzing).
inline bool verbose() {
    static const bool on = [] {
        const char* v = std::getenv("DBI_FUZZ_VERBOSE");
        return v && *v && *v != '0';
    }();
    return on;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A file of the source tree; aborts when it cannot be read (the harness is broken, not the code).
inline std::string read_source_file(const std::string& relative) {
    const std::string path = std::string(DBI_SOURCE_DIR) + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(__FILE__, __LINE__, "readable", "cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string first_error(const std::vector<Diagnostic>& diags) {
    return diags.empty() ? std::string("(no diagnostic)") : format_line(diags.front(), Lang::en);
}

// Every diagnostic a parser returns must be usable by the UI and the CLI: a registered code
// (both languages), a JSON Pointer ("" or "/…"), and at least as many arguments as the highest
// {n} of its message templates, so no message shows a raw placeholder.
inline void check_diagnostics(const std::vector<Diagnostic>& diags) {
    for (const Diagnostic& d : diags) {
        DBI_FUZZ_CHECK(is_known_code(d.code), "unregistered code " + d.code);
        DBI_FUZZ_CHECK(d.pointer.empty() || d.pointer.front() == '/',
                       d.code + " has pointer \"" + d.pointer + "\"");
        for (Lang lang : {Lang::vi, Lang::en}) {
            const std::string_view t = message_template(d.code, lang);
            std::size_t highest = 0;
            for (std::size_t i = 0; i + 2 < t.size(); ++i)
                if (t[i] == '{' && t[i + 1] >= '1' && t[i + 1] <= '9' && t[i + 2] == '}')
                    highest = std::max(highest, static_cast<std::size_t>(t[i + 1] - '0'));
            DBI_FUZZ_CHECK(d.args.size() >= highest,
                           d.code + " has " + std::to_string(d.args.size()) +
                               " arguments, its message uses {" + std::to_string(highest) + "}");
        }
    }
}

// RFC 8785 idempotence: whatever canonicalize_json accepts, its output is a fixed point.
inline void check_canonical_idempotent(std::string_view text) {
    auto once = canonicalize_json(text);
    if (!once) {
        check_diagnostics(once.diagnostics());
        return;
    }
    auto twice = canonicalize_json(once.value());
    DBI_FUZZ_CHECK(twice.ok(),
                   "canonical output does not re-parse: " + first_error(twice.diagnostics()));
    DBI_FUZZ_CHECK(twice.value() == once.value(), "canonical form is not a fixed point:\n  " +
                                                      once.value() + "\n  " + twice.value());
}

// What score() returns for `answers` must be arithmetic the header promises (dbi/scoring.hpp):
// sums at every level, points within maxima, levels that exist, counts that add up, and the
// hash of the canonical answers.
inline void check_assessment(const IndexDefinition& index, const AnswerSet& answers,
                             const Assessment& a) {
    const int n_levels = static_cast<int>(index.levels.size());
    DBI_FUZZ_CHECK(a.index_id == index.id && a.index_sha256 == index.sha256 &&
                       a.index_revision == index.revision && a.max_points == index.max_points,
                   "assessment does not name its index");
    DBI_FUZZ_CHECK(a.pillars.size() == index.pillars.size(), "pillar count");
    int total = 0, answered = 0, criteria = 0;
    for (std::size_t p = 0; p < a.pillars.size(); ++p) {
        const PillarScore& ps = a.pillars[p];
        const Pillar& pillar = index.pillars[p];
        DBI_FUZZ_CHECK(ps.id == pillar.id && ps.max == pillar.max_points, "pillar " + ps.id);
        DBI_FUZZ_CHECK(ps.indicators.size() == pillar.indicators.size(), "pillar " + ps.id);
        int pillar_points = 0;
        for (std::size_t i = 0; i < ps.indicators.size(); ++i) {
            const IndicatorScore& is = ps.indicators[i];
            const Indicator& ind = pillar.indicators[i];
            DBI_FUZZ_CHECK(is.id == ind.id && is.max == ind.max_points &&
                               is.criteria.size() == ind.criteria.size(),
                           "indicator " + is.id);
            int indicator_points = 0;
            for (std::size_t c = 0; c < is.criteria.size(); ++c) {
                const CriterionScore& cs = is.criteria[c];
                const Criterion& crit = ind.criteria[c];
                DBI_FUZZ_CHECK(cs.id == crit.id, "criterion " + cs.id);
                DBI_FUZZ_CHECK((cs.status == CriterionStatus::not_scored) == !crit.scored,
                               "criterion " + cs.id + " status");
                DBI_FUZZ_CHECK(cs.max == (crit.scored ? crit.max_points : 0),
                               "criterion " + cs.id + " max");
                DBI_FUZZ_CHECK(cs.points >= 0 && cs.points <= cs.max,
                               "criterion " + cs.id + ": " + std::to_string(cs.points) + " of " +
                                   std::to_string(cs.max));
                indicator_points += cs.points;
            }
            DBI_FUZZ_CHECK(is.points == indicator_points, "indicator " + is.id + " sum");
            pillar_points += is.points;
        }
        DBI_FUZZ_CHECK(ps.points == pillar_points, "pillar " + ps.id + " sum");
        DBI_FUZZ_CHECK(ps.points >= 0 && ps.points <= ps.max, "pillar " + ps.id + " range");
        if (ps.max > 0)
            DBI_FUZZ_CHECK(ps.level >= 0 && ps.level < n_levels,
                           "pillar " + ps.id + " level " + std::to_string(ps.level) +
                               " (no pillar band holds " + std::to_string(ps.points) + "/" +
                               std::to_string(ps.max) + ")");
        DBI_FUZZ_CHECK(ps.answered >= 0 && ps.answered <= ps.criteria, "pillar " + ps.id);
        total += ps.points;
        answered += ps.answered;
        criteria += ps.criteria;
    }
    DBI_FUZZ_CHECK(a.total_points == total, "total is not the sum of the pillars");
    DBI_FUZZ_CHECK(a.total_points >= 0 && a.total_points <= a.max_points, "total out of range");
    DBI_FUZZ_CHECK(a.level >= 0 && a.level < n_levels, "level " + std::to_string(a.level));
    DBI_FUZZ_CHECK(a.answered == answered && a.criteria == criteria &&
                       a.criteria == index.scored_criteria_count(),
                   "completeness counts");
    DBI_FUZZ_CHECK(a.unanswered.size() == static_cast<std::size_t>(a.criteria - a.answered),
                   "unanswered list");
    DBI_FUZZ_CHECK(a.answers_sha256 == sha256_hex(answers_to_canonical_json(answers)),
                   "answers_sha256 is not the hash of the canonical answers");
    const std::string result = result_to_canonical_json(a);
    auto again = canonicalize_json(result);
    DBI_FUZZ_CHECK(again.ok() && again.value() == result, "dbi-result/1 is not canonical");
}

// The published test keys (tests/crypto/fixtures/README.md), read from their real key files.
struct TestKeys {
    crypto::KeyPair root, device, receipt, assessor;
    std::vector<crypto::KeyPair> all() const { return {root, device, receipt, assessor}; }

    static const TestKeys& get() {
        static const TestKeys keys = [] {
            if (!crypto::init()) fail(__FILE__, __LINE__, "crypto::init()", "libsodium");
            auto load = [](const char* name) {
                auto f = crypto::parse_key_file(
                    read_source_file(std::string("tests/crypto/fixtures/") + name));
                if (!f) fail(__FILE__, __LINE__, name, first_error(f.diagnostics()));
                return f.value().key;
            };
            return TestKeys{load("test-root.json"), load("test-device.json"),
                            load("test-receipt.json"), load("test-assessor.json")};
        }();
        return keys;
    }
};

// A "plain" envelope is an envelope (or a trust list file, or a batch {"items": […]} of
// envelopes) in which a statement may carry its payload as a JSON value instead of base64
// text. expand_plain() canonicalises each such payload, base64-encodes it and, when the
// statement's key_id is one of `keys`, replaces its "sig" with a real Ed25519 signature of those
// bytes. The result is what a client holding those keys could send, so the fuzzer reaches the
// checks behind the signatures (payload shape, times, roles, answers hash, re-scoring, the
// server's rules and storage). nullopt when nothing was plain: the input is used as it is.
inline std::optional<std::string> expand_plain(std::string_view text,
                                               const std::vector<crypto::KeyPair>& keys) {
    using Json = nlohmann::json;
    Json doc = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_object()) return std::nullopt;
    bool changed = false;
    auto sign_one = [&](Json& st) {
        if (!st.is_object() || !st.contains("payload") || st["payload"].is_string()) return;
        const std::string dumped =
            st["payload"].dump(-1, ' ', false, Json::error_handler_t::replace);
        auto canonical = canonicalize_json(dumped);
        const std::string bytes = canonical ? canonical.value() : dumped;
        st["payload"] = base64_encode(bytes);
        changed = true;
        Json* sig =
            st.contains("signature") && st["signature"].is_object() ? &st["signature"] : nullptr;
        if (!sig || !sig->contains("key_id") || !(*sig)["key_id"].is_string()) return;
        for (const auto& k : keys)
            if ((*sig)["key_id"] == k.key_id) {
                const SignatureBytes s = crypto::sign(bytes, k);
                (*sig)["sig"] = base64_encode(s.data(), s.size());
            }
    };
    auto expand_envelope = [&](Json& e) {
        if (!e.is_object()) return;
        sign_one(e);  // a trust list file is itself one signed statement
        if (e.contains("statements") && e["statements"].is_array())
            for (auto& st : e["statements"]) sign_one(st);
    };
    if (doc.contains("items") && doc["items"].is_array())
        for (auto& item : doc["items"]) expand_envelope(item);
    else
        expand_envelope(doc);
    if (!changed) return std::nullopt;
    return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dbi::fuzz
