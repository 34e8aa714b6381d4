// SHA-256 against FIPS 180-4 / NIST example vectors and, for the padding boundaries, digests
// computed independently with Python's hashlib.
#include <cstdint>
#include <string>

#include "dbi/sha256.hpp"
#include "test_support.hpp"

namespace {

std::string all_bytes() {
    std::string s;
    for (int i = 0; i < 256; ++i) s += static_cast<char>(i);
    return s;
}

}  // namespace

TEST_CASE("sha256: FIPS 180-4 example vectors") {
    CHECK(dbi::sha256_hex("") ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(dbi::sha256_hex("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 448 bits: the padding needs a second block.
    CHECK(dbi::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // 896 bits.
    CHECK(dbi::sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                          "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    // One million 'a'.
    CHECK(dbi::sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: lengths around the 56- and 64-byte padding boundaries") {
    CHECK(dbi::sha256_hex(std::string(55, 'a')) ==
          "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(dbi::sha256_hex(std::string(56, 'a')) ==
          "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(dbi::sha256_hex(std::string(63, 'a')) ==
          "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    CHECK(dbi::sha256_hex(std::string(64, 'a')) ==
          "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    CHECK(dbi::sha256_hex(std::string(65, 'a')) ==
          "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0");
}

TEST_CASE("sha256: raw bytes, including NUL and bytes above 0x7F") {
    const std::string with_nul("a\0b\xff\x80", 5);
    CHECK(dbi::sha256_hex(with_nul) ==
          "6601e324917d6d5bf6d5c55f1efd0fef503537e15625c284b15835d761b30038");
    CHECK(dbi::sha256_hex(all_bytes()) ==
          "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880");
}

TEST_CASE("sha256: digest bytes and hex agree") {
    const dbi::Sha256Digest d = dbi::sha256("abc");
    CHECK(d[0] == 0xba);
    CHECK(d[1] == 0x78);
    CHECK(d[31] == 0xad);
    CHECK(dbi::to_hex(d.data(), d.size()) == dbi::sha256_hex("abc"));
}

TEST_CASE("sha256: incremental updates in any split equal the one-shot digest") {
    const std::string msg = all_bytes() + std::string(744, 'x');  // 1000 bytes
    const std::string expected = dbi::sha256_hex(msg);
    for (std::size_t piece = 1; piece <= 130; ++piece) {
        dbi::Sha256 h;
        for (std::size_t at = 0; at < msg.size(); at += piece)
            h.update(std::string_view(msg).substr(at, piece));
        const dbi::Sha256Digest d = h.finish();
        INFO("piece size " << piece);
        CHECK(dbi::to_hex(d.data(), d.size()) == expected);
    }
    // A two-piece split at every position of the 896-bit vector.
    const std::string v896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                             "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    for (std::size_t cut = 0; cut <= v896.size(); ++cut) {
        dbi::Sha256 h;
        h.update(std::string_view(v896).substr(0, cut));
        h.update(std::string_view(v896).substr(cut));
        const dbi::Sha256Digest d = h.finish();
        CHECK(dbi::to_hex(d.data(), d.size()) ==
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    }
}

TEST_CASE("sha256: finish() resets the hasher for the next message") {
    dbi::Sha256 h;
    h.update("abc");
    (void)h.finish();
    h.update("abc");
    const dbi::Sha256Digest d = h.finish();
    CHECK(dbi::to_hex(d.data(), d.size()) ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const dbi::Sha256Digest empty = h.finish();
    CHECK(dbi::to_hex(empty.data(), empty.size()) ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("to_hex: lowercase, two digits a byte, leading zeros kept") {
    const std::uint8_t bytes[] = {0x00, 0x0f, 0xa0, 0xff, 0x5c};
    CHECK(dbi::to_hex(bytes, sizeof bytes) == "000fa0ff5c");
    CHECK(dbi::to_hex(bytes, 0).empty());
}
