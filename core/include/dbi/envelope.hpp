// dbi/envelope.hpp — signed statements and their envelope (docs/signing.md).
//
// [SECTION] Encoding helpers (base64, key ids, times)
// [SECTION] Statements: what gets signed
// [SECTION] Trust list
// [SECTION] Envelope: build and verify
//
// Core holds the formats and the verification order; it does no cryptography itself. The
// Ed25519 primitive is passed in (crypto/ provides libsodium's, natively and in wasm), so the
// rules are the same wherever they run and can be tested and fuzzed without keys.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dbi/answers.hpp"
#include "dbi/diagnostics.hpp"
#include "dbi/index.hpp"
#include "dbi/scoring.hpp"

namespace dbi {

// ---------------------------------------------------------------------------------------------
// [SECTION] Encoding helpers

inline constexpr std::size_t kMaxEnvelopeBytes = 64 * 1024;
inline constexpr std::size_t kMaxTrustListBytes = 256 * 1024;

using PublicKey = std::array<std::uint8_t, 32>;
using SignatureBytes = std::array<std::uint8_t, 64>;

// RFC 4648 §4 with padding.
std::string base64_encode(const std::uint8_t* data, std::size_t size);
std::string base64_encode(std::string_view bytes);
// Strict: rejects characters outside the alphabet, wrong padding and non-zero pad bits, so
// every byte string has exactly one accepted encoding.
std::optional<std::string> base64_decode(std::string_view text);

// First 8 bytes of SHA-256(public key) as 16 lowercase hex digits.
std::string key_id_of(const PublicKey& pk);

// "YYYY-MM-DDTHH:MM:SSZ" → seconds since 1970-01-01T00:00:00Z; nullopt if malformed.
std::optional<std::int64_t> parse_utc(std::string_view text) noexcept;
std::string format_utc(std::int64_t seconds);

// True when S (the second half of a signature, little endian) is below the group order L:
// RFC 8032 §5.1.7 requires rejecting S ≥ L (signature malleability).
bool is_canonical_signature(const SignatureBytes& sig) noexcept;

// ---------------------------------------------------------------------------------------------
// [SECTION] Statements

enum class Role { device, kiosk, receipt, assessor, root };
std::string_view to_string(Role r) noexcept;
std::optional<Role> role_from_string(std::string_view s) noexcept;

// Public fields of the enterprise named by an assessment (already NFC).
struct Subject {
    std::string name;
    std::string tax_code;
    std::string province;
    std::string vsic_section;
    std::string size_class;  // "micro" | "small" | "medium" | "large" | "group"
    bool publish = false;    // opt-in to public rankings
};

struct AssessmentStatement {
    std::string submission_id;  // UUID v4, lowercase
    std::string issued_at;      // UTC
    std::string channel;        // "web" | "embed" | "kiosk"
    std::string kiosk;          // kiosk name when channel == "kiosk"
    Subject subject;
    Assessment assessment;      // index, answers hash, totals, pillars (criteria not included)
};

struct ReceiptStatement {
    std::string receipt_id;
    std::string submission_id;
    std::string assessment_sha256;
    std::string index_id;
    std::string index_sha256;
    int total_points = 0;
    int level = 0;
    std::string received_at;
};

struct CountersignatureStatement {
    std::string assessment_sha256;
    std::string verdict;  // "validated"
    std::string signed_at;
};

// Canonical (RFC 8785) bytes of each statement: exactly what gets signed.
std::string assessment_statement_bytes(const AssessmentStatement& s);
std::string receipt_statement_bytes(const ReceiptStatement& s);
std::string countersignature_statement_bytes(const CountersignatureStatement& s);

// ---------------------------------------------------------------------------------------------
// [SECTION] Trust list

struct TrustedKey {
    std::string key_id;
    Role role = Role::receipt;
    PublicKey public_key{};
    std::string label;
    std::int64_t valid_from = 0;   // seconds, inclusive
    std::int64_t valid_until = 0;  // seconds, inclusive
};

struct TrustList {
    std::int64_t sequence = 0;
    std::string issued_at;
    std::vector<TrustedKey> keys;
    const TrustedKey* find(std::string_view key_id) const noexcept;
};

std::string trust_list_bytes(const TrustList& list);

// ---------------------------------------------------------------------------------------------
// [SECTION] Envelope

// The Ed25519 primitive, supplied by the caller (crypto/ wraps libsodium).
struct Ed25519Verifier {
    // True when `pk` is a valid point of prime order (not small order, canonical encoding).
    std::function<bool(const PublicKey& pk)> is_valid_public_key;
    // True when `sig` is a valid RFC 8032 signature of `message` by `pk`.
    std::function<bool(std::string_view message, const SignatureBytes& sig, const PublicKey& pk)>
        verify;
};

struct SignatureEntry {
    Role role = Role::device;
    std::string key_id;
    std::optional<PublicKey> public_key;  // device and kiosk keys carry theirs
    std::string signed_at;
    SignatureBytes sig{};
};

struct SignedStatement {
    std::string payload;  // the exact signed bytes (decoded)
    SignatureEntry signature;
};

struct Envelope {
    std::vector<SignedStatement> statements;  // [0] is the assessment
    std::optional<std::string> answers_json;  // canonical dbi-answers/1, when attached
};

// Canonical envelope bytes.
std::string envelope_bytes(const Envelope& envelope);

// Steps 1–2 of the verification order only: size limit, strict parse, exact shape, payloads
// and signatures decoded. Nothing is verified and no payload is read: use it to append a
// statement to an envelope (after verify_envelope), never to trust one. `answers_json` comes
// back in canonical form.
Result<Envelope> read_envelope(std::string_view envelope_text) noexcept;

// The trust list file: {"format":"dbi-trust-envelope/1","payload":<base64>,"signature":{…}},
// canonical JSON. `signed_list` holds trust_list_bytes() signed by a root key.
std::string trust_envelope_bytes(const SignedStatement& signed_list);

// Parses a trust list envelope (a single root-signed statement) and verifies it against the
// pinned root keys. Same order as verify_envelope.
Result<TrustList> verify_trust_list(std::string_view envelope_text,
                                    const std::vector<PublicKey>& root_keys,
                                    const Ed25519Verifier& ed25519) noexcept;

struct VerifiedSigner {
    Role role = Role::device;
    std::string key_id;
    std::string label;      // from the trust list ("" for self-asserted device keys)
    std::string signed_at;
};

struct VerifiedEnvelope {
    AssessmentStatement assessment;
    std::string assessment_sha256;
    std::vector<VerifiedSigner> signers;       // in statement order
    std::vector<ReceiptStatement> receipts;
    std::vector<CountersignatureStatement> countersignatures;
    bool answers_attached = false;
    bool rescored = false;  // answers attached, hash matched, re-score equal
    std::optional<AnswerSet> answers;
};

// Looks up an index by id for re-scoring attached answers; nullptr when not available.
using IndexLookup = std::function<const IndexDefinition*(std::string_view index_id)>;

// Verifies in the fixed order of docs/signing.md. Fails on the first step that fails, with
// a DBI-SUB (or DBI-JSON / DBI-UTF) code naming the statement ("/statements/1/signature/sig").
Result<VerifiedEnvelope> verify_envelope(std::string_view envelope_text, const TrustList& trust,
                                         const Ed25519Verifier& ed25519,
                                         const IndexLookup& indices) noexcept;

}  // namespace dbi
