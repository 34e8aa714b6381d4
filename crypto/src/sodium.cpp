// libsodium glue: the project's only use of libsodium.
#include <sodium.h>

#include "dbi/crypto.hpp"
#include "dbi/sha256.hpp"

namespace dbi::crypto {

bool init() noexcept { return sodium_init() >= 0; }

KeyPair keypair_from_seed(const Seed& seed) noexcept {
    KeyPair k;
    crypto_sign_seed_keypair(k.public_key.data(), k.secret_key.data(), seed.data());
    k.key_id = key_id_of(k.public_key);
    return k;
}

KeyPair generate_keypair() noexcept {
    Seed seed;
    randombytes_buf(seed.data(), seed.size());
    KeyPair k = keypair_from_seed(seed);
    sodium_memzero(seed.data(), seed.size());
    return k;
}

Seed seed_of(const KeyPair& key) noexcept {
    Seed seed{};
    crypto_sign_ed25519_sk_to_seed(seed.data(), key.secret_key.data());
    return seed;
}

SignatureBytes sign(std::string_view message, const KeyPair& key) noexcept {
    SignatureBytes sig{};
    crypto_sign_detached(sig.data(), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         key.secret_key.data());
    return sig;
}

const Ed25519Verifier& verifier() noexcept {
    static const Ed25519Verifier v{
        [](const PublicKey& pk) {
            // Rejects small-order points, points outside the prime-order subgroup and
            // non-canonical encodings.
            return crypto_core_ed25519_is_valid_point(pk.data()) == 1;
        },
        [](std::string_view message, const SignatureBytes& sig, const PublicKey& pk) {
            return crypto_sign_verify_detached(
                       sig.data(), reinterpret_cast<const unsigned char*>(message.data()),
                       message.size(), pk.data()) == 0;
        }};
    return v;
}

std::string random_bytes(std::size_t n) noexcept {
    std::string out(n, '\0');
    randombytes_buf(out.data(), n);
    return out;
}

std::string random_uuid_v4() noexcept {
    std::string b = random_bytes(16);
    b[6] = static_cast<char>((static_cast<unsigned char>(b[6]) & 0x0F) | 0x40);
    b[8] = static_cast<char>((static_cast<unsigned char>(b[8]) & 0x3F) | 0x80);
    std::string hex = to_hex(reinterpret_cast<const std::uint8_t*>(b.data()), b.size());
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

SignedStatement sign_statement(std::string payload, Role role, const KeyPair& key,
                               std::string signed_at) noexcept {
    SignedStatement st;
    st.signature.role = role;
    st.signature.key_id = key.key_id;
    st.signature.signed_at = std::move(signed_at);
    if (role == Role::device || role == Role::kiosk) st.signature.public_key = key.public_key;
    st.signature.sig = sign(payload, key);
    st.payload = std::move(payload);
    return st;
}

std::string sign_trust_list(const TrustList& list, const KeyPair& root) noexcept {
    SignedStatement st = sign_statement(trust_list_bytes(list), Role::root, root, list.issued_at);
    return trust_envelope_bytes(st);
}

}  // namespace dbi::crypto
