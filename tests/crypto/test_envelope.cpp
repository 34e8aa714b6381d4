// verify_envelope and verify_trust_list: the full round trip, then one test per rejection, each
// asserting the specific code of docs/signing.md's verification order.
#include <string>

#include "dbi/canonical_json.hpp"
#include "scenario.hpp"

using namespace dbi;
using dbi::test::Scenario;
using dbi::test::first_code;
using dbi::test::first_pointer;
using dbi::test::json_of;
using dbi::test::payload_of;
using dbi::test::with_payload;

namespace {

// Adds L to the S half of a signature (little endian): same signature modulo L, S >= L.
SignatureBytes add_group_order(SignatureBytes sig) {
    static const std::uint8_t kL[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
                                        0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
                                        0,    0,    0,    0,    0,    0,    0,    0,
                                        0,    0,    0,    0,    0,    0,    0,    0x10};
    unsigned carry = 0;
    for (std::size_t i = 0; i < 32; ++i) {
        unsigned v = sig[32 + i] + kL[i] + carry;
        sig[32 + i] = static_cast<std::uint8_t>(v & 0xFF);
        carry = v >> 8;
    }
    return sig;
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
    auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("round trip: device, receipt and assessor signatures all verify") {
    Scenario sc;
    const Envelope e = sc.envelope();
    const std::string text = envelope_bytes(e);
    // Deterministic and itself canonical.
    CHECK(text == envelope_bytes(sc.envelope()));
    auto canonical = canonicalize_json(text);
    REQUIRE(canonical.ok());
    CHECK(canonical.value() == text);

    auto r = sc.verify(text);
    for (const auto& d : r.diagnostics()) MESSAGE(format_line(d, Lang::en));
    REQUIRE(r.ok());
    const VerifiedEnvelope& v = r.value();
    REQUIRE(v.signers.size() == 3);
    CHECK(v.signers[0].role == Role::device);
    CHECK(v.signers[0].key_id == sc.device.key_id);
    CHECK(v.signers[0].label.empty());
    CHECK(v.signers[0].signed_at == test::kIssuedAt);
    CHECK(v.signers[1].role == Role::receipt);
    CHECK(v.signers[1].key_id == sc.receipt_key.key_id);
    CHECK(v.signers[1].label == "DBI endpoint — Sở KH&CN TP Hồ Chí Minh");
    CHECK(v.signers[1].signed_at == test::kReceivedAt);
    CHECK(v.signers[2].role == Role::assessor);
    CHECK(v.signers[2].label == "Chuyên gia Nguyễn Thị Hoa");
    CHECK(v.answers_attached);
    CHECK(v.rescored);
    REQUIRE(v.answers.has_value());
    CHECK(v.answers->answers.size() == sc.answers.answers.size());
    // The statement read back is the one signed (worked example: 126/320, level 2).
    CHECK(v.assessment.assessment.total_points == 126);
    CHECK(v.assessment.assessment.max_points == 320);
    CHECK(v.assessment.assessment.level == 2);
    CHECK(v.assessment.assessment.pillars.size() == 6);
    CHECK(v.assessment.subject.name == "Công ty TNHH Ví Dụ");
    CHECK(v.assessment.submission_id == test::kSubmissionId);
    CHECK(v.assessment_sha256 == sha256_hex(e.statements[0].payload));
    REQUIRE(v.receipts.size() == 1);
    CHECK(v.receipts[0].receipt_id == "r-000000000123");
    REQUIRE(v.countersignatures.size() == 1);
    CHECK(v.countersignatures[0].verdict == "validated");

    // read_envelope gives back exactly what was written.
    auto back = read_envelope(text);
    REQUIRE(back.ok());
    CHECK(envelope_bytes(back.value()) == text);
    CHECK(back.value().answers_json == sc.answers_json);
}

TEST_CASE("the shareable certificate (no answers) verifies without re-scoring") {
    Scenario sc;
    Envelope e = sc.envelope();
    e.answers_json.reset();
    auto r = sc.verify(envelope_bytes(e));
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().answers_attached);
    CHECK_FALSE(r.value().rescored);
    CHECK(r.value().signers.size() == 3);
    // Without an index to re-score against, answers cannot be checked: DBI-SUB-017.
    auto no_index = verify_envelope(envelope_bytes(sc.envelope()), sc.trust, crypto::verifier(),
                                    [](std::string_view) -> const IndexDefinition* { return nullptr; });
    CHECK(first_code(no_index) == "DBI-SUB-017");
}

TEST_CASE("a device-only envelope verifies with an empty trust list") {
    Scenario sc;
    Envelope e = sc.envelope();
    e.statements.resize(1);
    auto r = verify_envelope(envelope_bytes(e), TrustList{}, crypto::verifier(), sc.lookup());
    REQUIRE(r.ok());
    CHECK(r.value().signers.size() == 1);
    CHECK(r.value().rescored);
}

TEST_CASE("tampered payload byte: DBI-SUB-008") {
    Scenario sc;
    const std::string text = envelope_bytes(sc.envelope());
    std::string payload = payload_of(text, 0);
    const std::string tampered = replace_once(payload, "\"points\":126", "\"points\":226");
    auto r = sc.verify(with_payload(text, 0, tampered));
    CHECK(first_code(r) == "DBI-SUB-008");
    CHECK(first_pointer(r) == "/statements/0/signature/sig");
}

TEST_CASE("any single-bit change of the assessment payload fails") {
    Scenario sc;
    const std::string text = envelope_bytes(sc.envelope());
    const std::string payload = payload_of(text, 0);
    REQUIRE(payload.size() > 500);
    auto j = json_of(text);
    int failures = 0;
    for (std::size_t i = 0; i < payload.size(); ++i) {
        std::string p = payload;
        p[i] = static_cast<char>(p[i] ^ (1 << (i % 8)));
        j["statements"][0]["payload"] = base64_encode(p);
        auto r = sc.verify(j.dump());
        if (!r.ok()) ++failures;
        else FAIL_CHECK("byte " << i << " changed, still verified");
    }
    CHECK(failures == static_cast<int>(payload.size()));
}

TEST_CASE("swapped signatures: DBI-SUB-008") {
    Scenario sc;
    auto j = json_of(envelope_bytes(sc.envelope()));
    SUBCASE("between the receipt and the countersignature") {
        auto sig1 = j["statements"][1]["signature"]["sig"];
        j["statements"][1]["signature"]["sig"] = j["statements"][2]["signature"]["sig"];
        j["statements"][2]["signature"]["sig"] = sig1;
        auto r = sc.verify(j.dump());
        CHECK(first_code(r) == "DBI-SUB-008");
        CHECK(first_pointer(r) == "/statements/1/signature/sig");
    }
    SUBCASE("between two assessments by the same device") {
        AssessmentStatement other = sc.statement();
        other.submission_id = "1f8c5e9e-2b1d-4c39-9a51-5a7d3c2e8b10";
        auto st = crypto::sign_statement(assessment_statement_bytes(other), Role::device,
                                         sc.device, test::kIssuedAt);
        j["statements"][0]["signature"]["sig"] = base64_encode(st.signature.sig.data(), 64);
        CHECK(first_code(sc.verify(j.dump())) == "DBI-SUB-008");
    }
    SUBCASE("whole statements reordered") {
        auto s0 = j["statements"][0];
        j["statements"][0] = j["statements"][1];
        j["statements"][1] = s0;
        CHECK(first_code(sc.verify(j.dump())) == "DBI-SUB-018");
    }
}

TEST_CASE("wrong role") {
    Scenario sc;
    const std::string a = assessment_statement_bytes(sc.statement());
    Envelope e = sc.envelope();
    SUBCASE("a receipt signed by an assessor key: DBI-SUB-021") {
        e.statements[1] = crypto::sign_statement(receipt_statement_bytes(sc.receipt_for(a)),
                                                 Role::assessor, sc.assessor_key, test::kReceivedAt);
        auto r = sc.verify(envelope_bytes(e));
        CHECK(first_code(r) == "DBI-SUB-021");
        CHECK(first_pointer(r) == "/statements/1/payload");
    }
    SUBCASE("a key listed as assessor used as a receipt key: DBI-SUB-006") {
        e.statements[1] = crypto::sign_statement(receipt_statement_bytes(sc.receipt_for(a)),
                                                 Role::receipt, sc.assessor_key, test::kReceivedAt);
        auto r = sc.verify(envelope_bytes(e));
        CHECK(first_code(r) == "DBI-SUB-006");
        CHECK(first_pointer(r) == "/statements/1/signature/role");
    }
    SUBCASE("the assessment signed with a receipt key: DBI-SUB-021") {
        e.statements[0] = crypto::sign_statement(a, Role::receipt, sc.receipt_key, test::kIssuedAt);
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-021");
    }
    SUBCASE("the device key posing as a receipt key is unknown: DBI-SUB-005") {
        e.statements[1] = crypto::sign_statement(receipt_statement_bytes(sc.receipt_for(a)),
                                                 Role::receipt, sc.device, test::kReceivedAt);
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-005");
    }
    SUBCASE("role root is not a statement role: DBI-JSON-003") {
        auto j = json_of(envelope_bytes(e));
        j["statements"][1]["signature"]["role"] = "root";
        auto r = sc.verify(j.dump());
        CHECK(first_code(r) == "DBI-JSON-003");
        CHECK(first_pointer(r) == "/statements/1/signature/role");
    }
}

TEST_CASE("key validity period: DBI-SUB-007, inclusive bounds") {
    Scenario sc;
    const std::string a = assessment_statement_bytes(sc.statement());
    auto with_receipt_at = [&](const std::string& at) {
        Envelope e = sc.envelope();
        ReceiptStatement rc = sc.receipt_for(a);
        rc.received_at = at;
        e.statements[1] =
            crypto::sign_statement(receipt_statement_bytes(rc), Role::receipt, sc.receipt_key, at);
        return sc.verify(envelope_bytes(e));
    };
    auto expired = with_receipt_at("2028-01-01T00:00:00Z");
    CHECK(first_code(expired) == "DBI-SUB-007");
    CHECK(first_pointer(expired) == "/statements/1/signature/signed_at");
    CHECK(first_code(with_receipt_at("2025-12-31T23:59:59Z")) == "DBI-SUB-007");  // not yet valid
    CHECK(with_receipt_at("2027-12-31T23:59:59Z").ok());
    CHECK(with_receipt_at("2026-01-01T00:00:00Z").ok());
}

TEST_CASE("unknown key: DBI-SUB-005; device key id must match its key: DBI-SUB-024") {
    Scenario sc;
    const std::string a = assessment_statement_bytes(sc.statement());
    Envelope e = sc.envelope();
    const auto stranger = test::key_from_byte(0x50);
    e.statements[2] = crypto::sign_statement(countersignature_statement_bytes(sc.countersignature_for(a)),
                                             Role::assessor, stranger, test::kCountersignedAt);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-SUB-005");
    CHECK(first_pointer(r) == "/statements/2/signature/key_id");

    auto j = json_of(envelope_bytes(sc.envelope()));
    j["statements"][0]["signature"]["key_id"] = stranger.key_id;
    CHECK(first_code(sc.verify(j.dump())) == "DBI-SUB-024");
    j = json_of(envelope_bytes(sc.envelope()));
    j["statements"][0]["signature"].erase("public_key");
    CHECK(first_code(sc.verify(j.dump())) == "DBI-SUB-024");
    // A listed key carrying another public key than the trust list's.
    j = json_of(envelope_bytes(sc.envelope()));
    j["statements"][1]["signature"]["public_key"] =
        base64_encode(stranger.public_key.data(), stranger.public_key.size());
    CHECK(first_code(sc.verify(j.dump())) == "DBI-SUB-024");
}

TEST_CASE("truncated file: JSON syntax error") {
    Scenario sc;
    const std::string text = envelope_bytes(sc.envelope());
    for (std::size_t cut : {text.size() - 1, text.size() / 2, std::size_t(1)}) {
        auto r = sc.verify(text.substr(0, cut));
        CHECK(first_code(r) == "DBI-JSON-001");
    }
    CHECK(first_code(sc.verify("")) == "DBI-JSON-001");
}

TEST_CASE("size limit: DBI-SUB-001 above 64 KiB, checked before parsing") {
    Scenario sc;
    const std::string text = envelope_bytes(sc.envelope());
    REQUIRE(text.size() < kMaxEnvelopeBytes);
    // Trailing white space keeps the JSON valid: exactly at the limit it still verifies.
    const std::string at_limit = text + std::string(kMaxEnvelopeBytes - text.size(), ' ');
    CHECK(sc.verify(at_limit).ok());
    auto r = sc.verify(at_limit + " ");
    CHECK(first_code(r) == "DBI-SUB-001");
    CHECK(r.diagnostics().front().args.at(0) == std::to_string(kMaxEnvelopeBytes + 1));
    // Garbage that large is refused by size, not by the parser.
    CHECK(first_code(sc.verify(std::string(kMaxEnvelopeBytes * 4, '['))) == "DBI-SUB-001");
}

TEST_CASE("non-NFC text inside a validly signed payload: DBI-SUB-012") {
    Scenario sc;
    AssessmentStatement s = sc.statement();
    // "Việt" decomposed: e + U+0323 (dot below) + U+0302 (circumflex).
    s.subject.name = "Công ty Vie\xcc\xa3\xcc\x82t";
    Envelope e = sc.envelope();
    e.statements.resize(1);
    e.statements[0] = crypto::sign_statement(assessment_statement_bytes(s), Role::device, sc.device,
                                             test::kIssuedAt);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-SUB-012");
    CHECK(first_pointer(r) == "/statements/0/payload");
}

TEST_CASE("duplicate keys: in the envelope and inside a signed payload") {
    Scenario sc;
    const std::string text = envelope_bytes(sc.envelope());
    REQUIRE(text.rfind("{\"answers\":", 0) == 0);
    auto dup = sc.verify("{\"format\":\"dbi-envelope/1\"," + text.substr(1));
    CHECK(first_code(dup) == "DBI-JSON-002");

    // Duplicate "format" inside the assessment payload, signed by the device: the signature
    // holds, the payload is refused.
    const std::string a = assessment_statement_bytes(sc.statement());
    REQUIRE(a.back() == '}');
    const std::string dup_payload = a.substr(0, a.size() - 1) + ",\"format\":\"dbi-assessment/1\"}";
    Envelope e = sc.envelope();
    e.statements.resize(1);
    e.statements[0] = crypto::sign_statement(dup_payload, Role::device, sc.device, test::kIssuedAt);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-JSON-002");
    CHECK(first_pointer(r) == "/statements/0/payload");
}

TEST_CASE("non-canonical payload bytes: DBI-SUB-011") {
    Scenario sc;
    const std::string a = assessment_statement_bytes(sc.statement());
    auto pretty = json_of(a).dump(2);  // same value, with layout
    REQUIRE(pretty != a);
    Envelope e = sc.envelope();
    e.statements.resize(1);
    e.statements[0] = crypto::sign_statement(pretty, Role::device, sc.device, test::kIssuedAt);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-SUB-011");
    CHECK(first_pointer(r) == "/statements/0/payload");
}

TEST_CASE("non-canonical signature S + L: DBI-SUB-009 (the curve check alone would differ)") {
    Scenario sc;
    Envelope e = sc.envelope();
    e.statements[1].signature.sig = add_group_order(e.statements[1].signature.sig);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-SUB-009");
    CHECK(first_pointer(r) == "/statements/1/signature/sig");
}

TEST_CASE("small-order public key: DBI-SUB-010") {
    Scenario sc;
    Envelope e = sc.envelope();
    PublicKey identity{};
    identity[0] = 1;
    e.statements[0].signature.public_key = identity;
    e.statements[0].signature.key_id = key_id_of(identity);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-SUB-010");
    CHECK(first_pointer(r) == "/statements/0/signature/key_id");
}

TEST_CASE("unknown fields: DBI-JSON-004 in the envelope and in a signature") {
    Scenario sc;
    auto j = json_of(envelope_bytes(sc.envelope()));
    auto top = j;
    top["comment"] = "hi";
    auto r = sc.verify(top.dump());
    CHECK(first_code(r) == "DBI-JSON-004");
    CHECK(first_pointer(r) == "/comment");
    auto in_sig = j;
    in_sig["statements"][2]["signature"]["note"] = 1;
    r = sc.verify(in_sig.dump());
    CHECK(first_code(r) == "DBI-JSON-004");
    CHECK(first_pointer(r) == "/statements/2/signature/note");
    auto in_statement = j;
    in_statement["statements"][0]["extra"] = true;
    CHECK(first_code(sc.verify(in_statement.dump())) == "DBI-JSON-004");
    auto bad_alg = j;
    bad_alg["statements"][0]["signature"]["alg"] = "RS256";
    CHECK(first_code(sc.verify(bad_alg.dump())) == "DBI-SUB-004");
    auto bad_format = j;
    bad_format["format"] = "dbi-envelope/2";
    CHECK(first_code(sc.verify(bad_format.dump())) == "DBI-SUB-002");
    auto bad_b64 = j;
    bad_b64["statements"][0]["signature"]["sig"] = "AAAA";
    CHECK(first_code(sc.verify(bad_b64.dump())) == "DBI-SUB-003");
    auto bad_time = j;
    bad_time["statements"][0]["signature"]["signed_at"] = "2026-11-23 08:15:00";
    CHECK(first_code(sc.verify(bad_time.dump())) == "DBI-SUB-020");
    auto empty = j;
    empty["statements"] = nlohmann::json::array();
    CHECK(first_code(sc.verify(empty.dump())) == "DBI-SUB-019");
}

TEST_CASE("attached answers changed: DBI-SUB-015") {
    Scenario sc;
    auto j = json_of(envelope_bytes(sc.envelope()));
    auto& first = j["answers"]["answers"]["1.1.2"];
    REQUIRE(first["option"] == 3);
    first["option"] = 2;  // still a valid answer, another score
    auto r = sc.verify(j.dump());
    CHECK(first_code(r) == "DBI-SUB-015");
    CHECK(first_pointer(r) == "/answers");
}

TEST_CASE("answers whose re-score differs from the statement: DBI-SUB-016") {
    Scenario sc;
    AssessmentStatement s = sc.statement();
    s.assessment.total_points += 1;  // the answers hash stays right
    Envelope e = sc.envelope();
    e.statements.resize(1);
    e.statements[0] = crypto::sign_statement(assessment_statement_bytes(s), Role::device, sc.device,
                                             test::kIssuedAt);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-SUB-016");
    REQUIRE(r.diagnostics().front().args.size() == 4);
    CHECK(r.diagnostics().front().args[0] == "126");
    CHECK(r.diagnostics().front().args[2] == "127");
    // Without the answers, the same certificate is only as good as its signatures.
    e.answers_json.reset();
    CHECK(sc.verify(envelope_bytes(e)).ok());
}

TEST_CASE("receipt bound to another assessment: DBI-SUB-014; other total: DBI-SUB-026") {
    Scenario sc;
    const std::string a = assessment_statement_bytes(sc.statement());
    Envelope e = sc.envelope();
    ReceiptStatement rc = sc.receipt_for(a);
    SUBCASE("hash of another assessment") {
        rc.assessment_sha256 = sha256_hex(a + " ");
        e.statements[1] = crypto::sign_statement(receipt_statement_bytes(rc), Role::receipt,
                                                 sc.receipt_key, test::kReceivedAt);
        auto r = sc.verify(envelope_bytes(e));
        CHECK(first_code(r) == "DBI-SUB-014");
        CHECK(first_pointer(r) == "/statements/1/payload");
    }
    SUBCASE("another submission id") {
        rc.submission_id = "2f8c5e9e-2b1d-4c39-9a51-5a7d3c2e8b10";
        e.statements[1] = crypto::sign_statement(receipt_statement_bytes(rc), Role::receipt,
                                                 sc.receipt_key, test::kReceivedAt);
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-014");
    }
    SUBCASE("a countersignature of another assessment") {
        CountersignatureStatement cs = sc.countersignature_for(a + "x");
        e.statements[2] = crypto::sign_statement(countersignature_statement_bytes(cs), Role::assessor,
                                                 sc.assessor_key, test::kCountersignedAt);
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-014");
    }
    SUBCASE("a receipt recording another total") {
        rc.total_points = 200;
        e.statements[1] = crypto::sign_statement(receipt_statement_bytes(rc), Role::receipt,
                                                 sc.receipt_key, test::kReceivedAt);
        e.answers_json.reset();  // caught from the statements alone
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-026");
    }
}

TEST_CASE("payload time differs from the signature's time: DBI-SUB-013") {
    Scenario sc;
    const std::string a = assessment_statement_bytes(sc.statement());
    Envelope e = sc.envelope();
    // Signed as if at 08:15:02 while the receipt says 08:15:03.
    ReceiptStatement rc = sc.receipt_for(a);
    rc.received_at = "2026-11-23T08:15:03Z";
    e.statements[1] = crypto::sign_statement(receipt_statement_bytes(rc), Role::receipt,
                                             sc.receipt_key, test::kReceivedAt);
    auto r = sc.verify(envelope_bytes(e));
    CHECK(first_code(r) == "DBI-SUB-013");
    CHECK(first_pointer(r) == "/statements/1/payload");
    // The signature object's signed_at is not signed: changing it is caught by the same rule.
    auto j = json_of(envelope_bytes(sc.envelope()));
    j["statements"][0]["signature"]["signed_at"] = "2026-11-23T08:15:01Z";
    CHECK(first_code(sc.verify(j.dump())) == "DBI-SUB-013");
}

TEST_CASE("statement formats and fields") {
    Scenario sc;
    const std::string a = assessment_statement_bytes(sc.statement());
    Envelope e = sc.envelope();
    SUBCASE("a second assessment in place of a receipt: DBI-SUB-028") {
        e.statements[1] = crypto::sign_statement(a, Role::receipt, sc.receipt_key, test::kIssuedAt);
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-028");
    }
    SUBCASE("unknown channel: DBI-SUB-027") {
        AssessmentStatement s = sc.statement();
        s.channel = "fax";
        e.statements.resize(1);
        e.statements[0] = crypto::sign_statement(assessment_statement_bytes(s), Role::device,
                                                 sc.device, test::kIssuedAt);
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-027");
    }
    SUBCASE("submission id not a UUID v4: DBI-SUB-022") {
        AssessmentStatement s = sc.statement();
        s.submission_id = "0F8C5E9E-2B1D-4C39-9A51-5A7D3C2E8B10";
        e.statements.resize(1);
        e.statements[0] = crypto::sign_statement(assessment_statement_bytes(s), Role::device,
                                                 sc.device, test::kIssuedAt);
        CHECK(first_code(sc.verify(envelope_bytes(e))) == "DBI-SUB-022");
    }
    SUBCASE("an empty kiosk name: DBI-SUB-029") {
        // Found with tests/fuzz (fuzz_envelope): "kiosk": "" verified, and read as the statement
        // without a kiosk, which re-serialises to other bytes than were signed.
        auto canonical_result = canonicalize_json(a.substr(0, a.size() - 1) + ",\"kiosk\":\"\"}");
        REQUIRE(canonical_result.ok());  // members sorted again: the bytes a signer would make
        const std::string canonical = canonical_result.value();
        e.statements.resize(1);
        e.statements[0] =
            crypto::sign_statement(canonical, Role::device, sc.device, test::kIssuedAt);
        auto r = sc.verify(envelope_bytes(e));
        CHECK(first_code(r) == "DBI-SUB-029");
        CHECK(first_pointer(r) == "/statements/0/payload/kiosk");
        // A named kiosk round-trips exactly.
        AssessmentStatement s = sc.statement();
        s.channel = "kiosk";
        s.kiosk = "K-07";
        e.statements[0] = crypto::sign_statement(assessment_statement_bytes(s), Role::device,
                                                 sc.device, test::kIssuedAt);
        auto ok = sc.verify(envelope_bytes(e));
        REQUIRE(ok.ok());
        CHECK(assessment_statement_bytes(ok.value().assessment) == e.statements[0].payload);
    }
    SUBCASE("an unknown field inside a signed payload: DBI-JSON-004") {
        const std::string extra = a.substr(0, a.size() - 1) + ",\"zz\":1}";
        e.statements.resize(1);
        e.statements[0] = crypto::sign_statement(extra, Role::device, sc.device, test::kIssuedAt);
        auto r = sc.verify(envelope_bytes(e));
        CHECK(first_code(r) == "DBI-JSON-004");
        CHECK(first_pointer(r) == "/statements/0/payload/zz");
    }
}

TEST_CASE("trust list: pinned root, tampering, entries") {
    Scenario sc;
    const auto& ed = crypto::verifier();
    SUBCASE("signed by a key that is not pinned: DBI-SUB-023") {
        const auto other_root = test::key_from_byte(0x60);
        const std::string file = crypto::sign_trust_list(sc.trust_list(), other_root);
        auto r = verify_trust_list(file, {sc.root.public_key}, ed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics().front().code == "DBI-SUB-023");
        CHECK(verify_trust_list(file, {sc.root.public_key, other_root.public_key}, ed).ok());
    }
    SUBCASE("tampered payload: DBI-SUB-008") {
        auto j = json_of(sc.trust_file);
        auto bytes = base64_decode(j["payload"].get<std::string>());
        REQUIRE(bytes.has_value());
        j["payload"] = base64_encode(replace_once(*bytes, "2027-12-31", "2037-12-31"));
        auto r = verify_trust_list(j.dump(), {sc.root.public_key}, ed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics().front().code == "DBI-SUB-008");
        CHECK(r.diagnostics().front().pointer == "/signature/sig");
    }
    SUBCASE("not signed in the root role: DBI-SUB-023") {
        auto j = json_of(sc.trust_file);
        j["signature"]["role"] = "receipt";
        auto r = verify_trust_list(j.dump(), {sc.root.public_key}, ed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics().front().code == "DBI-SUB-023");
    }
    SUBCASE("a duplicate entry, a reversed period, a device entry: DBI-SUB-025") {
        for (int what = 0; what < 3; ++what) {
            TrustList list = sc.trust_list();
            if (what == 0) list.keys.push_back(list.keys[0]);
            if (what == 1) std::swap(list.keys[1].valid_from, list.keys[1].valid_until);
            if (what == 2) list.keys[0].role = Role::device;
            auto r = verify_trust_list(crypto::sign_trust_list(list, sc.root), {sc.root.public_key}, ed);
            CAPTURE(what);
            REQUIRE_FALSE(r.ok());
            CHECK(r.diagnostics().front().code == "DBI-SUB-025");
        }
    }
    SUBCASE("a trust list is read back exactly") {
        auto r = verify_trust_list(sc.trust_file, {sc.root.public_key}, ed);
        REQUIRE(r.ok());
        CHECK(r.value().sequence == 3);
        REQUIRE(r.value().keys.size() == 2);
        CHECK(r.value().keys[0].key_id == sc.receipt_key.key_id);
        CHECK(r.value().keys[0].valid_until == *parse_utc("2027-12-31T23:59:59Z"));
        CHECK(trust_list_bytes(r.value()) == trust_list_bytes(sc.trust_list()));
        CHECK(first_code(verify_envelope(envelope_bytes(sc.envelope()), TrustList{}, ed,
                                         sc.lookup())) == "DBI-SUB-005");
    }
    SUBCASE("size and syntax") {
        CHECK(verify_trust_list(std::string(kMaxTrustListBytes + 1, ' '), {sc.root.public_key}, ed)
                  .diagnostics()
                  .front()
                  .code == "DBI-SUB-001");
        CHECK(verify_trust_list(sc.trust_file.substr(0, 20), {sc.root.public_key}, ed)
                  .diagnostics()
                  .front()
                  .code == "DBI-JSON-001");
    }
}
