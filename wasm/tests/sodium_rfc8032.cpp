// RFC 8032 §7.1 TEST 1–3 (Ed25519) against the libsodium built in wasm from Debian's source
// package (cmake/DbiWasm.cmake). Proves the hand-written build (defines, generated version.h,
// the whole of src/libsodium) computes the same keys and signatures as the RFC, accepts valid
// signatures and rejects a signature, message or key with one flipped bit.
// Plain C++ (no doctest): prints one line per check, exits non-zero on any failure.
#include <sodium.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Vector {
    const char* name;
    const char* seed;        // RFC "SECRET KEY" (the 32-byte seed)
    const char* public_key;
    const char* message;     // hex, may be empty
    const char* signature;
};

// Copied from RFC 8032 section 7.1; cross-checked natively with python3-nacl.
constexpr Vector kVectors[] = {
    {"TEST 1", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
     "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"TEST 2", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
     "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    {"TEST 3", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
     "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
};

int g_failures = 0;

void check(bool ok, const char* vector, const char* what) {
    std::printf("%s %s: %s\n", ok ? "ok  " : "FAIL", vector, what);
    if (!ok) {
        ++g_failures;
    }
}

std::vector<unsigned char> from_hex(const char* hex) {
    std::vector<unsigned char> out(std::strlen(hex) / 2);
    size_t length = 0;
    if (sodium_hex2bin(out.data(), out.size(), hex, std::strlen(hex), nullptr, &length,
                       nullptr) != 0) {
        std::printf("FAIL bad hex in the test table: %s\n", hex);
        ++g_failures;
    }
    out.resize(length);
    return out;
}

std::string to_hex(const unsigned char* bytes, size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(&out[0], out.size(), bytes, n);
    out.resize(n * 2);
    return out;
}

void run(const Vector& v) {
    const auto seed = from_hex(v.seed);
    const auto message = from_hex(v.message);
    if (seed.size() != crypto_sign_SEEDBYTES) {
        check(false, v.name, "seed length");
        return;
    }

    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    check(crypto_sign_seed_keypair(pk, sk, seed.data()) == 0, v.name, "seed_keypair returns 0");
    check(to_hex(pk, sizeof pk) == v.public_key, v.name, "public key from seed");

    unsigned char sig[crypto_sign_BYTES];
    unsigned long long sig_len = 0;
    check(crypto_sign_detached(sig, &sig_len, message.data(), message.size(), sk) == 0, v.name,
          "sign_detached returns 0");
    check(sig_len == crypto_sign_BYTES && to_hex(sig, sizeof sig) == v.signature, v.name,
          "signature");

    // The RFC's signature (not just ours) must verify under the RFC's public key.
    const auto rfc_sig = from_hex(v.signature);
    const auto rfc_pk = from_hex(v.public_key);
    check(crypto_sign_verify_detached(rfc_sig.data(), message.data(), message.size(),
                                      rfc_pk.data()) == 0,
          v.name, "verify accepts the RFC signature");

    unsigned char bad_sig[crypto_sign_BYTES];
    std::memcpy(bad_sig, rfc_sig.data(), sizeof bad_sig);
    bad_sig[5] ^= 0x01;  // R half
    check(crypto_sign_verify_detached(bad_sig, message.data(), message.size(), rfc_pk.data()) != 0,
          v.name, "verify rejects a flipped bit in R");
    std::memcpy(bad_sig, rfc_sig.data(), sizeof bad_sig);
    bad_sig[40] ^= 0x10;  // S half
    check(crypto_sign_verify_detached(bad_sig, message.data(), message.size(), rfc_pk.data()) != 0,
          v.name, "verify rejects a flipped bit in S");

    auto bad_pk = rfc_pk;
    bad_pk[0] ^= 0x01;
    check(crypto_sign_verify_detached(rfc_sig.data(), message.data(), message.size(),
                                      bad_pk.data()) != 0,
          v.name, "verify rejects a flipped bit in the public key");

    // A one-bit change of the message (or one appended byte for the empty message).
    auto bad_message = message;
    if (bad_message.empty()) {
        bad_message.push_back(0x00);
    } else {
        bad_message[0] ^= 0x80;
    }
    check(crypto_sign_verify_detached(rfc_sig.data(), bad_message.data(), bad_message.size(),
                                      rfc_pk.data()) != 0,
          v.name, "verify rejects a changed message");
}

}  // namespace

int main() {
    if (sodium_init() < 0) {
        std::printf("FAIL sodium_init\n");
        return 1;
    }
    std::printf("libsodium %s (wasm)\n", sodium_version_string());
    check(std::strcmp(sodium_version_string(), "1.0.18") == 0, "version", "1.0.18");
    for (const Vector& v : kVectors) {
        run(v);
    }
    std::printf("%s: %d failure(s)\n", g_failures == 0 ? "PASS" : "FAIL", g_failures);
    return g_failures == 0 ? 0 : 1;
}
