// The signing scenario of docs/signing.md, built from fixed seeds so every run is identical:
// the worked-example answers scored against the SME index, an assessment signed by a device
// key, a receipt by a receipt key and a countersignature by an assessor key, both listed in a
// trust list signed by a pinned root. Tests take it apart and put it back together wrongly.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dbi/answers.hpp"
#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"
#include "dbi/index.hpp"
#include "dbi/scoring.hpp"
#include "dbi/sha256.hpp"
#include "test_support.hpp"

namespace dbi::test {

inline crypto::KeyPair key_from_byte(std::uint8_t b) {
    crypto::Seed seed{};
    for (std::size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<std::uint8_t>(b + i);
    return crypto::keypair_from_seed(seed);
}

inline const char* const kIssuedAt = "2026-11-23T08:15:00Z";
inline const char* const kReceivedAt = "2026-11-23T08:15:02Z";
inline const char* const kCountersignedAt = "2026-12-01T10:00:00Z";
inline const char* const kSubmissionId = "0f8c5e9e-2b1d-4c39-9a51-5a7d3c2e8b10";

struct Scenario {
    IndexDefinition index;
    AnswerSet answers;
    std::string answers_json;  // canonical dbi-answers/1
    Assessment assessment;
    crypto::KeyPair device = key_from_byte(0x10);
    crypto::KeyPair receipt_key = key_from_byte(0x20);
    crypto::KeyPair assessor_key = key_from_byte(0x30);
    crypto::KeyPair root = key_from_byte(0x40);
    TrustList trust;            // as verified from trust_file
    std::string trust_file;     // the root-signed file

    Scenario() {
        REQUIRE(crypto::init());
        auto idx = parse_index(read_source_file("indices/vn.mic.1970-2021.sme.json"));
        REQUIRE(idx.ok());
        index = idx.value();
        auto set = parse_answers(
            index, read_source_file("tests/golden/vn.mic.1970-2021.sme/worked-example.answers.json"));
        REQUIRE(set.ok());
        answers = set.value();
        answers_json = answers_to_canonical_json(answers);
        auto scored = score(index, answers);
        REQUIRE(scored.ok());
        assessment = scored.value();
        trust_file = crypto::sign_trust_list(trust_list(), root);
        auto verified = verify_trust_list(trust_file, {root.public_key}, crypto::verifier());
        for (const auto& d : verified.diagnostics()) MESSAGE(format_line(d, Lang::en));
        REQUIRE(verified.ok());
        trust = verified.value();
    }

    TrustList trust_list() const {
        TrustList list;
        list.sequence = 3;
        list.issued_at = "2026-11-01T00:00:00Z";
        list.keys.push_back({receipt_key.key_id, Role::receipt, receipt_key.public_key,
                             "DBI endpoint — Sở KH&CN TP Hồ Chí Minh",
                             *parse_utc("2026-01-01T00:00:00Z"), *parse_utc("2027-12-31T23:59:59Z")});
        list.keys.push_back({assessor_key.key_id, Role::assessor, assessor_key.public_key,
                             "Chuyên gia Nguyễn Thị Hoa", *parse_utc("2026-01-01T00:00:00Z"),
                             *parse_utc("2027-12-31T23:59:59Z")});
        return list;
    }

    AssessmentStatement statement() const {
        AssessmentStatement s;
        s.submission_id = kSubmissionId;
        s.issued_at = kIssuedAt;
        s.channel = "web";
        s.subject = {"Công ty TNHH Ví Dụ", "0300588569", "79", "C", "small", false};
        s.assessment = assessment;
        return s;
    }

    ReceiptStatement receipt_for(const std::string& assessment_bytes) const {
        ReceiptStatement r;
        r.receipt_id = "r-000000000123";
        r.submission_id = kSubmissionId;
        r.assessment_sha256 = sha256_hex(assessment_bytes);
        r.index_id = assessment.index_id;
        r.index_sha256 = assessment.index_sha256;
        r.total_points = assessment.total_points;
        r.level = assessment.level;
        r.received_at = kReceivedAt;
        return r;
    }

    CountersignatureStatement countersignature_for(const std::string& assessment_bytes) const {
        return {sha256_hex(assessment_bytes), "validated", kCountersignedAt};
    }

    // The full envelope: device assessment, receipt, countersignature, answers attached.
    Envelope envelope() const {
        const std::string a = assessment_statement_bytes(statement());
        Envelope e;
        e.statements.push_back(crypto::sign_statement(a, Role::device, device, kIssuedAt));
        e.statements.push_back(crypto::sign_statement(receipt_statement_bytes(receipt_for(a)),
                                                      Role::receipt, receipt_key, kReceivedAt));
        e.statements.push_back(crypto::sign_statement(
            countersignature_statement_bytes(countersignature_for(a)), Role::assessor,
            assessor_key, kCountersignedAt));
        e.answers_json = answers_json;
        return e;
    }

    IndexLookup lookup() const {
        return [this](std::string_view id) -> const IndexDefinition* {
            return id == index.id ? &index : nullptr;
        };
    }

    Result<VerifiedEnvelope> verify(const std::string& text) const {
        return verify_envelope(text, trust, crypto::verifier(), lookup());
    }
};

// The first diagnostic's code (or "" when verification passed), for CHECK messages.
inline std::string first_code(const Result<VerifiedEnvelope>& r) {
    return r.ok() || r.diagnostics().empty() ? std::string() : r.diagnostics().front().code;
}
inline std::string first_pointer(const Result<VerifiedEnvelope>& r) {
    return r.ok() || r.diagnostics().empty() ? std::string() : r.diagnostics().front().pointer;
}

// JSON-level edits of an envelope text (no exceptions: parse without throwing).
inline nlohmann::json json_of(const std::string& text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    REQUIRE(!j.is_discarded());
    return j;
}

inline std::string payload_of(const std::string& envelope, std::size_t i) {
    auto j = json_of(envelope);
    auto b = base64_decode(j["statements"][i]["payload"].get<std::string>());
    REQUIRE(b.has_value());
    return *b;
}

inline std::string with_payload(const std::string& envelope, std::size_t i,
                                const std::string& payload) {
    auto j = json_of(envelope);
    j["statements"][i]["payload"] = base64_encode(payload);
    return j.dump();
}

}  // namespace dbi::test
