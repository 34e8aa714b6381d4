// dbi/crypto.hpp — Ed25519 keys and signatures (libsodium), natively and in WebAssembly.
//
// The only place the project calls libsodium. Core defines what is signed and the
// verification order (dbi/envelope.hpp); this layer supplies the primitive.
// Thread safety: after init(), every function may be called from any thread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "dbi/envelope.hpp"

namespace dbi::crypto {

using SecretKey = std::array<std::uint8_t, 64>;  // libsodium layout: seed ‖ public key
using Seed = std::array<std::uint8_t, 32>;

struct KeyPair {
    PublicKey public_key{};
    SecretKey secret_key{};
    std::string key_id;  // key_id_of(public_key)
};

// Initialises libsodium; false only if the platform has no secure randomness.
[[nodiscard]] bool init() noexcept;

// A new key from the system's secure random source (getrandom / crypto.getRandomValues).
KeyPair generate_keypair() noexcept;
// Deterministic key from a 32-byte seed (RFC 8032 test vectors, reproducible fixtures).
KeyPair keypair_from_seed(const Seed& seed) noexcept;

// The 32-byte seed a key was made from (what a key file stores).
Seed seed_of(const KeyPair& key) noexcept;

// Pure Ed25519 (RFC 8032) signature of the exact bytes of `message`.
SignatureBytes sign(std::string_view message, const KeyPair& key) noexcept;

// libsodium's verifier for verify_envelope(): rejects small-order and non-canonical keys
// and non-canonical signatures before the curve equation.
const Ed25519Verifier& verifier() noexcept;

// `n` bytes from the secure random source.
std::string random_bytes(std::size_t n) noexcept;

// A random UUID v4, lowercase (submission ids).
std::string random_uuid_v4() noexcept;

// Signs `payload` (already canonical bytes) as `role` at `signed_at` (UTC text). Device and
// kiosk signatures carry their public key; the others are found in the trust list.
SignedStatement sign_statement(std::string payload, Role role, const KeyPair& key,
                               std::string signed_at) noexcept;

// A root-signed trust list file ("dbi-trust-envelope/1", canonical JSON).
std::string sign_trust_list(const TrustList& list, const KeyPair& root) noexcept;

}  // namespace dbi::crypto
