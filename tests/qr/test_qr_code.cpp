// QR Code encoder: symbol structure read back module by module, Reed–Solomon and version
// information against the known answers of ISO/IEC 18004:2015 (Annex D, the "HELLO WORLD" 1-M
// example), capacities, renderers, and round trips through zbarimg (zbar-tools), a decoder
// written independently of this encoder. Native only: the round trips run a program.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "dbi/qr_code.hpp"
#include "test_support.hpp"

#ifndef DBI_ZBARIMG
#error "DBI_ZBARIMG (path of zbarimg) must be defined by the build"
#endif

namespace {

using dbi::qr::Ecc;
using dbi::qr::Symbol;

constexpr std::array<Ecc, 4> kAllLevels = {Ecc::low, Ecc::medium, Ecc::quartile, Ecc::high};

// Remainder of `word` ÷ `generator` over GF(2): 0 for a valid BCH code word.
std::uint32_t gf2_remainder(std::uint32_t word, std::uint32_t generator) {
    int degree = 31;
    while (((generator >> degree) & 1U) == 0) --degree;
    for (int bit = 31; bit >= degree; --bit) {
        if ((word >> bit) & 1U) word ^= generator << (bit - degree);
    }
    return word;
}

// Reads `count` modules into an integer, the first position being bit 0.
template <typename Positions>
std::uint32_t read_bits(const Symbol& s, const Positions& positions) {
    std::uint32_t bits = 0;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (s.dark(positions[i].first, positions[i].second)) bits |= 1U << i;
    }
    return bits;
}

using Positions = std::vector<std::pair<int, int>>;

// Format information positions (ISO/IEC 18004 §7.9.1, Figure 25), bit 0 first.
std::array<Positions, 2> format_positions(int size) {
    Positions first;
    Positions second;
    for (int i = 0; i <= 5; ++i) first.emplace_back(8, i);
    first.emplace_back(8, 7);
    first.emplace_back(8, 8);
    first.emplace_back(7, 8);
    for (int i = 9; i < 15; ++i) first.emplace_back(14 - i, 8);
    for (int i = 0; i < 8; ++i) second.emplace_back(size - 1 - i, 8);
    for (int i = 8; i < 15; ++i) second.emplace_back(8, size - 15 + i);
    return {first, second};
}

// Version information positions (§7.10, Figure 27): bottom-left block and top-right block.
std::array<Positions, 2> version_positions(int size) {
    Positions bottom_left;
    Positions top_right;
    for (int i = 0; i < 18; ++i) {
        bottom_left.emplace_back(i / 3, size - 11 + i % 3);
        top_right.emplace_back(size - 11 + i % 3, i / 3);
    }
    return {bottom_left, top_right};
}

// Whether the 7 × 7 finder pattern and its light separator sit with their corner at (x0, y0).
bool finder_at(const Symbol& s, int x0, int y0) {
    for (int dy = -1; dy <= 7; ++dy) {
        for (int dx = -1; dx <= 7; ++dx) {
            const int x = x0 + dx;
            const int y = y0 + dy;
            if (x < 0 || y < 0 || x >= s.size || y >= s.size) continue;
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
            if (s.dark(x, y) != (ring != 2 && ring != 4)) return false;
        }
    }
    return true;
}

// A payload that needs exactly `version` at level L: one byte more than version − 1 holds.
std::string payload_for_version(int version) {
    const std::size_t length =
        version == 1 ? 1 : dbi::qr::detail::byte_capacity(version - 1, Ecc::low) + 1;
    return std::string(length, 'q');
}

std::string printable_ascii(std::size_t length, std::uint32_t seed) {
    std::mt19937 random(seed);
    std::string s;
    for (std::size_t i = 0; i < length; ++i) s += static_cast<char>(' ' + random() % 95);
    return s;
}

// The payload zbarimg reads from the PGM image of `s`, nullopt when it finds no symbol.
// -Sbinary (zbar >= 0.23.1) returns the bytes as they are, no charset guessing, no newline.
std::optional<std::string> zbar_decode(const Symbol& s, const std::string& name) {
    const std::filesystem::path image =
        std::filesystem::temp_directory_path() / ("dbi_qr_" + name + ".pgm");
    {
        std::ofstream out(image, std::ios::binary);
        out << dbi::qr::to_pgm(s, 4);
        REQUIRE(out.good());
    }
    const std::string command =
        std::string("'") + DBI_ZBARIMG + "' --raw -q -Sbinary '" + image.string() + "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string decoded;
    std::array<char, 4096> buffer{};
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
        decoded.append(buffer.data(), n);
    const int status = pclose(pipe);
    std::filesystem::remove(image);
    if (status != 0) return std::nullopt;  // zbarimg exits 4 when it finds no symbol
    return decoded;
}

}  // namespace

TEST_CASE("qr: symbol structure of versions 1, 2, 7, 10, 27 and 40") {
    for (const int version : {1, 2, 7, 10, 27, 40}) {
        CAPTURE(version);
        const std::optional<Symbol> s =
            dbi::qr::encode_bytes(payload_for_version(version), Ecc::low);
        REQUIRE(s.has_value());
        CHECK(s->version == version);
        REQUIRE(s->size == 4 * version + 17);
        REQUIRE(s->modules.size() == static_cast<std::size_t>(s->size * s->size));

        CHECK(finder_at(*s, 0, 0));
        CHECK(finder_at(*s, s->size - 7, 0));
        CHECK(finder_at(*s, 0, s->size - 7));
        CHECK_FALSE(finder_at(*s, s->size - 7, s->size - 7));

        for (int i = 8; i < s->size - 8; ++i) {
            CAPTURE(i);
            CHECK(s->dark(i, 6) == (i % 2 == 0));
            CHECK(s->dark(6, i) == (i % 2 == 0));
        }
        CHECK(s->dark(8, 4 * version + 9));

        // Both format copies: the same word, a valid BCH(15,5) code once 0x5412 is undone,
        // naming the level the symbol reports (Table 12: L 01, M 00, Q 11, H 10).
        const auto format = format_positions(s->size);
        const std::uint32_t first = read_bits(*s, format[0]) ^ 0x5412U;
        const std::uint32_t second = read_bits(*s, format[1]) ^ 0x5412U;
        CHECK(first == second);
        CHECK(gf2_remainder(first, 0x537) == 0);
        constexpr std::array<std::uint32_t, 4> kLevelIndicator = {0b01, 0b00, 0b11, 0b10};
        CHECK((first >> 13) == kLevelIndicator[static_cast<std::size_t>(s->ecc)]);
        CHECK(((first >> 10) & 7U) < 8U);

        if (version >= 7) {
            const auto blocks = version_positions(s->size);
            const std::uint32_t bottom_left = read_bits(*s, blocks[0]);
            CHECK(bottom_left == read_bits(*s, blocks[1]));
            CHECK((bottom_left >> 12) == static_cast<std::uint32_t>(version));
            CHECK(gf2_remainder(bottom_left, 0x1F25) == 0);
        }
    }
}

TEST_CASE("qr: version information known answers (ISO/IEC 18004 Annex D, Table D.1)") {
    const std::vector<std::pair<int, std::uint32_t>> known = {
        {7, 0x07C94}, {10, 0x0A4D3}, {27, 0x1B08E}, {40, 0x28C69}};
    for (const auto& entry : known) {
        // Not a structured binding: CAPTURE's lambda may not capture one in C++17 (clang).
        const int version = entry.first;
        const std::uint32_t bits = entry.second;
        CAPTURE(version);
        const std::optional<Symbol> s =
            dbi::qr::encode_bytes(payload_for_version(version), Ecc::low);
        REQUIRE(s.has_value());
        const auto blocks = version_positions(s->size);
        CHECK(read_bits(*s, blocks[0]) == bits);
        CHECK(read_bits(*s, blocks[1]) == bits);
    }
}

TEST_CASE("qr: Reed-Solomon known answer (HELLO WORLD, version 1-M)") {
    const std::vector<std::uint8_t> data = {32, 91, 11,  120, 209, 114, 220, 77,
                                            67, 64, 236, 17,  236, 17,  236, 17};
    const std::vector<std::uint8_t> expected = {196, 35, 39, 119, 235, 215, 231, 226, 93, 23};
    CHECK(dbi::qr::detail::reed_solomon_ecc(data, 10) == expected);
}

TEST_CASE("qr: capacities (ISO/IEC 18004 Table 7, byte mode)") {
    CHECK(dbi::qr::max_bytes(Ecc::low) == 2953);
    CHECK(dbi::qr::max_bytes(Ecc::medium) == 2331);
    CHECK(dbi::qr::max_bytes(Ecc::quartile) == 1663);
    CHECK(dbi::qr::max_bytes(Ecc::high) == 1273);
    const std::array<std::size_t, 4> version_1 = {17, 14, 11, 7};
    const std::array<std::size_t, 4> version_10 = {271, 213, 151, 119};
    for (std::size_t level = 0; level < kAllLevels.size(); ++level) {
        CHECK(dbi::qr::detail::byte_capacity(1, kAllLevels[level]) == version_1[level]);
        CHECK(dbi::qr::detail::byte_capacity(10, kAllLevels[level]) == version_10[level]);
    }

    for (const Ecc ecc : kAllLevels) {
        CAPTURE(static_cast<int>(ecc));
        const std::size_t max = dbi::qr::max_bytes(ecc);
        CHECK_FALSE(dbi::qr::encode_bytes(std::string(max + 1, 'x'), ecc).has_value());
        const std::optional<Symbol> full = dbi::qr::encode_bytes(std::string(max, 'x'), ecc);
        REQUIRE(full.has_value());
        CHECK(full->version == 40);
        CHECK(full->ecc == ecc);
    }
}

TEST_CASE("qr: round trips through zbarimg at every level that fits") {
    const std::vector<std::string> payloads = {
        "",
        "A",
        "Bộ chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp",
        "https://dbi.vn/x1",  // 17 bytes: exactly version 1-L
        printable_ascii(100, 1),
        printable_ascii(500, 2),
        printable_ascii(1200, 3),
        printable_ascii(2331, 4),
        printable_ascii(dbi::qr::max_bytes(Ecc::low), 5)};
    REQUIRE(payloads[3].size() == 17);

    int round_trips = 0;
    for (std::size_t p = 0; p < payloads.size(); ++p) {
        const std::string& data = payloads[p];
        for (const Ecc ecc : kAllLevels) {
            if (data.size() > dbi::qr::max_bytes(ecc)) continue;
            CAPTURE(data.size());
            CAPTURE(static_cast<int>(ecc));
            const std::optional<Symbol> s = dbi::qr::encode_bytes(data, ecc);
            REQUIRE(s.has_value());
            CAPTURE(s->version);
            CAPTURE(static_cast<int>(s->ecc));

            // The smallest version at the level asked, then the strongest level that still fits.
            CHECK(static_cast<int>(s->ecc) >= static_cast<int>(ecc));
            CHECK(data.size() <= dbi::qr::detail::byte_capacity(s->version, s->ecc));
            if (s->version > 1)
                CHECK(data.size() > dbi::qr::detail::byte_capacity(s->version - 1, ecc));
            if (s->ecc != Ecc::high) {
                const auto stronger = static_cast<Ecc>(static_cast<int>(s->ecc) + 1);
                CHECK(data.size() > dbi::qr::detail::byte_capacity(s->version, stronger));
            }

            const std::optional<std::string> decoded =
                zbar_decode(*s, std::to_string(p) + "_" + std::to_string(static_cast<int>(ecc)));
            CHECK(decoded == data);  // nullopt: zbarimg found no symbol
            ++round_trips;
        }
    }
    CHECK(round_trips == 31);  // 4 levels × 7 payloads, + 2 (2331 bytes: L, M), + 1 (2953: L)
}

TEST_CASE("qr: SVG and PGM renderings") {
    const std::optional<Symbol> s = dbi::qr::encode_bytes("https://dbi.vn/", Ecc::medium);
    REQUIRE(s.has_value());
    const int module_px = 3;
    const std::string side = std::to_string((s->size + 8) * module_px);

    const std::string svg = dbi::qr::to_svg(*s, module_px);
    CHECK(svg.rfind("<svg", 0) == 0);
    CHECK(svg.find("viewBox=\"0 0 " + side + " " + side + "\"") != std::string::npos);
    CHECK(svg.find("shape-rendering=\"crispEdges\"") != std::string::npos);
    const std::size_t path = svg.find("<path");
    REQUIRE(path != std::string::npos);
    CHECK(svg.find("<path", path + 1) == std::string::npos);
    CHECK(svg.find("fill=\"#000\"") != std::string::npos);
    CHECK(svg.find("fill=\"#fff\"") != std::string::npos);
    CHECK(svg.find("</svg>") != std::string::npos);
    // The top-left finder's first row: 7 dark modules from the corner of the quiet zone.
    CHECK(svg.find("M12 12h21v3h-21z") != std::string::npos);

    const std::string pgm = dbi::qr::to_pgm(*s, module_px);
    const std::string header = "P5\n" + side + " " + side + "\n255\n";
    REQUIRE(pgm.rfind(header, 0) == 0);
    const std::size_t width = static_cast<std::size_t>((s->size + 8) * module_px);
    REQUIRE(pgm.size() == header.size() + width * width);
    const auto pixel = [&](int module_x, int module_y) {  // top-left pixel of a module
        const auto x = static_cast<std::size_t>((module_x + 4) * module_px);
        const auto y = static_cast<std::size_t>((module_y + 4) * module_px);
        return static_cast<unsigned char>(pgm[header.size() + y * width + x]);
    };
    CHECK(pixel(-4, -4) == 255);  // quiet zone
    CHECK(pixel(0, 0) == 0);      // finder, outer ring
    CHECK(pixel(2, 1) == 255);    // finder, light ring
    CHECK(pixel(3, 3) == 0);      // finder, centre
}
