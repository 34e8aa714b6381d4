// RFC 8032 §7.1 test vectors through dbi::crypto (libsodium: Debian's natively, the source
// build in wasm), and the primitive's refusals that the verification order relies on.
#include <string>
#include <vector>

#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"
#include "test_support.hpp"

namespace {

using namespace dbi;

std::string from_hex(const std::string& hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

template <std::size_t N>
std::array<std::uint8_t, N> array_of(const std::string& hex) {
    const std::string b = from_hex(hex);
    REQUIRE(b.size() == N);
    std::array<std::uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = static_cast<std::uint8_t>(b[i]);
    return out;
}

struct Vector {
    const char* name;
    const char* seed;
    const char* public_key;
    const char* message;
    const char* signature;
};

// RFC 8032 §7.1 (TEST 1, 2, 3 and TEST SHA(abc), whose message is SHA-512("abc")).
const Vector kVectors[] = {
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
    {"TEST SHA(abc)", "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
     "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
     "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
     "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589"
     "09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"},
};

}  // namespace

TEST_CASE("RFC 8032 §7.1: keys and signatures from the test vectors") {
    REQUIRE(crypto::init());
    for (const auto& v : kVectors) {
        CAPTURE(v.name);
        const auto key = crypto::keypair_from_seed(array_of<32>(v.seed));
        CHECK(key.public_key == array_of<32>(v.public_key));
        CHECK(crypto::seed_of(key) == array_of<32>(v.seed));
        const std::string message = from_hex(v.message);
        const SignatureBytes sig = crypto::sign(message, key);
        CHECK(sig == array_of<64>(v.signature));
        const auto& ed = crypto::verifier();
        CHECK(ed.is_valid_public_key(key.public_key));
        CHECK(ed.verify(message, sig, key.public_key));
        CHECK(is_canonical_signature(sig));
        // One flipped bit anywhere — message, signature, key — and it no longer verifies.
        std::string m2 = message.empty() ? std::string("x") : message;
        m2[0] = static_cast<char>(m2[0] ^ 1);
        CHECK_FALSE(ed.verify(m2, sig, key.public_key));
        for (std::size_t i : {std::size_t(0), std::size_t(31), std::size_t(32), std::size_t(63)}) {
            SignatureBytes s2 = sig;
            s2[i] ^= 0x01;
            CHECK_FALSE(ed.verify(message, s2, key.public_key));
        }
        PublicKey pk2 = key.public_key;
        pk2[0] ^= 0x01;
        CHECK_FALSE(ed.verify(message, sig, pk2));
    }
}

TEST_CASE("key_id_of is the first 8 bytes of SHA-256 of the public key") {
    // Expected value computed independently: hashlib.sha256(pk).hexdigest()[:16].
    CHECK(key_id_of(array_of<32>("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")) ==
          "21fe31dfa154a261");
    REQUIRE(crypto::init());
    const auto k = crypto::generate_keypair();
    CHECK(k.key_id == key_id_of(k.public_key));
    CHECK(k.key_id.size() == 16);
}

TEST_CASE("small-order and non-canonical public keys are not valid keys") {
    REQUIRE(crypto::init());
    const auto& ed = crypto::verifier();
    // The identity (order 1), (0, -1) (order 2) and (±i, 0)-type points of order 4 and 8.
    for (const char* hex : {"0100000000000000000000000000000000000000000000000000000000000000",
                            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                            "0000000000000000000000000000000000000000000000000000000000000000",
                            "0000000000000000000000000000000000000000000000000000000000000080",
                            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
                            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
                            // y = p (non-canonical encoding of y = 0)
                            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"}) {
        CAPTURE(hex);
        CHECK_FALSE(ed.is_valid_public_key(array_of<32>(hex)));
    }
    CHECK(ed.is_valid_public_key(crypto::generate_keypair().public_key));
}

TEST_CASE("is_canonical_signature: S must be below the group order L") {
    SignatureBytes sig{};
    CHECK(is_canonical_signature(sig));  // S = 0
    // L itself, little endian, in the upper half.
    const auto l = array_of<32>("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
    for (std::size_t i = 0; i < 32; ++i) sig[32 + i] = l[i];
    CHECK_FALSE(is_canonical_signature(sig));
    sig[32] = 0xec;  // L - 1
    CHECK(is_canonical_signature(sig));
    sig[63] = 0x20;  // far above L
    CHECK_FALSE(is_canonical_signature(sig));
}

TEST_CASE("random UUIDs are version 4, lowercase, and differ") {
    REQUIRE(crypto::init());
    const std::string a = crypto::random_uuid_v4(), b = crypto::random_uuid_v4();
    CHECK(a != b);
    REQUIRE(a.size() == 36);
    CHECK(a[14] == '4');
    CHECK(std::string("89ab").find(a[19]) != std::string::npos);
    for (char c : a) CHECK(((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-'));
    CHECK(crypto::random_bytes(32).size() == 32);
}
