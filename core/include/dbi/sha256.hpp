// dbi/sha256.hpp — SHA-256 (FIPS 180-4), portable and dependency-free.
//
// Used for index-file hashes and answer hashes that go into signed results, so it must give
// the same digest on every platform: the implementation reads and writes bytes explicitly in
// big-endian order and never depends on the host's endianness or alignment.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dbi {

using Sha256Digest = std::array<std::uint8_t, 32>;

// Incremental hashing, for input that arrives in pieces. update() may be called any number of
// times; finish() returns the digest and leaves the object reset for a new message.
class Sha256 {
public:
    Sha256() noexcept;
    void update(const std::uint8_t* data, std::size_t size) noexcept;
    void update(std::string_view bytes) noexcept;
    Sha256Digest finish() noexcept;

private:
    void reset() noexcept;
    void compress(const std::uint8_t* block) noexcept;

    std::uint32_t state_[8];
    std::uint8_t buffer_[64];
    std::size_t buffered_;   // bytes in buffer_, < 64
    std::uint64_t length_;   // message bytes so far
};

// SHA-256 of `bytes` (taken as raw bytes, no text conversion).
Sha256Digest sha256(std::string_view bytes) noexcept;

// SHA-256 of `bytes` as 64 lowercase hex digits.
std::string sha256_hex(std::string_view bytes) noexcept;

// `size` bytes as 2·size lowercase hex digits.
std::string to_hex(const std::uint8_t* data, std::size_t size) noexcept;

}  // namespace dbi
