// dbi/keyfile.hpp — key files: "dbi-key/1" (secret, for the key holder) and
// "dbi-public-key/1" (what a holder hands to the trust-list operator). docs/signing.md,
// "Key files".
//
//   {"format": "dbi-key/1", "role": "receipt", "label": "…", "key_id": "<16 hex>",
//    "public_key": "<base64, 32 bytes>", "seed": "<base64, 32 bytes>",
//    "created_at": "2026-11-23T08:00:00Z"}
//   {"format": "dbi-public-key/1", "role": "receipt", "label": "…", "key_id": "…",
//    "public_key": "…"}
//
// Both are canonical JSON (RFC 8785) followed by one newline. Parsing is strict (duplicate
// keys, unknown fields, base64 lengths) and checks that key_id and public_key belong to the
// seed, so a hand-edited file cannot name one key and sign with another.
#pragma once

#include <string>
#include <string_view>

#include "dbi/crypto.hpp"
#include "dbi/diagnostics.hpp"
#include "dbi/envelope.hpp"

namespace dbi::crypto {

struct KeyFile {
    Role role = Role::device;
    std::string label;       // NFC; who holds the key ("Sở KH&CN TP Hồ Chí Minh — máy chủ 1")
    std::string created_at;  // UTC text
    KeyPair key;
};

struct PublicKeyFile {
    Role role = Role::device;
    std::string label;
    std::string key_id;
    PublicKey public_key{};
};

// Canonical text of each file ("…\n").
std::string key_file_text(const KeyFile& file);
std::string public_key_file_text(const PublicKeyFile& file);
PublicKeyFile public_part(const KeyFile& file);

// Errors: DBI-JSON-00x (syntax, duplicate key, shape, unknown field), DBI-SUB-002 (format),
// DBI-SUB-003 (base64 of the wrong length), DBI-JSON-003 (role), DBI-SUB-020 (created_at),
// DBI-SUB-024 (key_id or public_key does not belong to the key).
Result<KeyFile> parse_key_file(std::string_view text) noexcept;
Result<PublicKeyFile> parse_public_key_file(std::string_view text) noexcept;

}  // namespace dbi::crypto
