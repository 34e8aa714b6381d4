// QR Code encoder per ISO/IEC 18004:2015, byte mode only. Written for this project because the
// fixed Debian stack has no QR library usable from both the native and the WebAssembly tree.
// Clause numbers below refer to ISO/IEC 18004:2015.
#include "dbi/qr_code.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>

namespace dbi::qr {
namespace {

constexpr int kMaxVersion = 40;
constexpr int kLevelCount = 4;
constexpr int kQuietZone = 4;  // §6.3.8: 4 light modules on every side

int level_index(Ecc ecc) noexcept {
    return static_cast<int>(ecc);
}
int symbol_size(int version) noexcept {
    return 4 * version + 17;
}  // §6.3.2

// [SECTION] Capacity tables (§7.5.1, Table 9)

// Error correction codewords per block, [level L, M, Q, H][version - 1].
constexpr std::uint8_t kEccPerBlock[kLevelCount][kMaxVersion] = {
    {7,  10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
     28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
     26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
    {13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
     28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
     30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30}};

// Error correction blocks (short and long together), [level L, M, Q, H][version - 1].
constexpr std::uint8_t kBlockCount[kLevelCount][kMaxVersion] = {
    {1, 1, 1, 1,  1,  2,  2,  2,  2,  4,  4,  4,  4,  4,  6,  6,  6,  6,  7,  8,
     8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
    {1,  1,  1,  2,  2,  4,  4,  4,  5,  5,  5,  8,  9,  9,  10, 10, 11, 13, 14, 16,
     17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
    {1,  1,  2,  2,  4,  4,  6,  6,  8,  8,  8,  10, 12, 16, 12, 17, 16, 18, 21, 20,
     23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
    {1,  1,  2,  4,  4,  4,  5,  6,  8,  8,  11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
     25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81}};

int ecc_per_block(int version, Ecc ecc) noexcept {
    return kEccPerBlock[level_index(ecc)][version - 1];
}
int block_count(int version, Ecc ecc) noexcept {
    return kBlockCount[level_index(ecc)][version - 1];
}

// Alignment patterns per row/column of centres (Annex E): version / 7 + 2 from version 2 on.
int alignment_count(int version) noexcept {
    return version == 1 ? 0 : version / 7 + 2;
}

// Codewords the symbol holds (data + error correction): the modules left after the function
// patterns (§6.3), divided by 8; the 0–7 leftover modules are the remainder bits (§7.7.3).
// Function modules: 3 finders with separators (3 × 64), both format copies and the dark module
// (2 × 15 + 1), the two timing lines between the separators, the alignment patterns (25 each,
// minus the 5 modules shared with a timing line for those centred on row or column 6) and,
// from version 7 on, both version information blocks (2 × 18).
int total_codewords(int version) noexcept {
    const int size = symbol_size(version);
    int function_modules = 3 * 64 + 2 * 15 + 1 + 2 * (size - 16);
    const int per_side = alignment_count(version);
    if (per_side > 0) {
        function_modules += 25 * (per_side * per_side - 3) - 5 * 2 * (per_side - 2);
    }
    if (version >= 7) function_modules += 2 * 18;
    return (size * size - function_modules) / 8;
}

int data_codewords(int version, Ecc ecc) noexcept {
    return total_codewords(version) - block_count(version, ecc) * ecc_per_block(version, ecc);
}

// §7.4.1, Table 3: the byte-mode character count indicator is 8 bits long up to version 9.
int count_indicator_bits(int version) noexcept {
    return version <= 9 ? 8 : 16;
}
constexpr int kModeIndicatorBits = 4;
constexpr std::uint32_t kByteModeIndicator = 0b0100;  // §7.4.2, Table 2

// [SECTION] GF(256) and Reed–Solomon (§7.5.2)

// GF(2^8) with the field polynomial 0x11D, primitive element 2, as log/antilog tables.
struct GaloisField {
    std::array<std::uint8_t, 512> exp{};  // doubled: exp[log a + log b] needs no reduction
    std::array<int, 256> log{};

    GaloisField() noexcept {
        unsigned value = 1;
        for (std::size_t power = 0; power < 255; ++power) {
            exp[power] = exp[power + 255] = static_cast<std::uint8_t>(value);
            log[value] = static_cast<int>(power);
            value <<= 1;
            if (value & 0x100) value ^= 0x11D;
        }
    }

    std::uint8_t multiply(std::uint8_t a, std::uint8_t b) const noexcept {
        if (a == 0 || b == 0) return 0;
        return exp[static_cast<std::size_t>(log[a] + log[b])];
    }
};

const GaloisField& gf() {
    static const GaloisField field;
    return field;
}

// ∏(x − 2^i) for i < degree, coefficients from x^degree (always 1) down to x^0.
std::vector<std::uint8_t> rs_generator(int degree) {
    std::vector<std::uint8_t> poly{1};
    for (int i = 0; i < degree; ++i) {
        // multiply by (x + 2^i): subtraction is addition (XOR) in GF(2^8)
        const std::uint8_t root = gf().exp[static_cast<std::size_t>(i)];
        poly.push_back(0);
        for (std::size_t k = poly.size() - 1; k > 0; --k) {
            poly[k] = static_cast<std::uint8_t>(poly[k] ^ gf().multiply(poly[k - 1], root));
        }
    }
    return poly;
}

// Remainder of data(x)·x^degree ÷ generator(x), by long division one data codeword at a time.
std::vector<std::uint8_t> rs_remainder(const std::uint8_t* data, std::size_t length,
                                       const std::vector<std::uint8_t>& generator) {
    std::vector<std::uint8_t> remainder(generator.size() - 1, 0);
    for (std::size_t i = 0; i < length; ++i) {
        const std::uint8_t factor = static_cast<std::uint8_t>(data[i] ^ remainder.front());
        std::rotate(remainder.begin(), remainder.begin() + 1, remainder.end());
        remainder.back() = 0;
        for (std::size_t k = 0; k < remainder.size(); ++k) {
            remainder[k] =
                static_cast<std::uint8_t>(remainder[k] ^ gf().multiply(generator[k + 1], factor));
        }
    }
    return remainder;
}

// [SECTION] Codeword sequence (§7.4, §7.5, §7.6)

class BitWriter {
public:
    void put(std::uint32_t value, int width) {
        for (int bit = width - 1; bit >= 0; --bit) {
            if (bits_ % 8 == 0) bytes_.push_back(0);
            if ((value >> bit) & 1U)
                bytes_.back() |= static_cast<std::uint8_t>(0x80U >> (bits_ % 8));
            ++bits_;
        }
    }
    std::size_t bits() const noexcept { return bits_; }
    std::vector<std::uint8_t> take() { return std::move(bytes_); }

private:
    std::vector<std::uint8_t> bytes_;
    std::size_t bits_ = 0;
};

// The data codewords: one byte-mode segment, terminator, zero bits to the byte boundary and
// the alternating pad codewords. The caller has checked that `data` fits.
std::vector<std::uint8_t> data_codeword_sequence(std::string_view data, int version, Ecc ecc) {
    const std::size_t capacity_bits = static_cast<std::size_t>(data_codewords(version, ecc)) * 8;
    BitWriter writer;
    writer.put(kByteModeIndicator, kModeIndicatorBits);
    writer.put(static_cast<std::uint32_t>(data.size()), count_indicator_bits(version));
    for (const char c : data) writer.put(static_cast<unsigned char>(c), 8);
    // §7.4.9: terminator 0000, shortened when the symbol is full
    writer.put(0, static_cast<int>(std::min<std::size_t>(4, capacity_bits - writer.bits())));
    // §7.4.10: zero bits to the codeword boundary, then pad codewords 11101100 and 00010001
    writer.put(0, static_cast<int>((8 - writer.bits() % 8) % 8));
    for (bool first_pad = true; writer.bits() < capacity_bits; first_pad = !first_pad) {
        writer.put(first_pad ? 0xEC : 0x11, 8);
    }
    return writer.take();
}

// Splits the data codewords into blocks, appends each block's error correction codewords and
// interleaves them (§7.6): codeword i of every block in turn, data first then error correction.
// When the codewords do not divide evenly the last blocks hold one more data codeword.
std::vector<std::uint8_t> final_codeword_sequence(const std::vector<std::uint8_t>& data,
                                                  int version, Ecc ecc) {
    const auto blocks = static_cast<std::size_t>(block_count(version, ecc));
    const int ecc_length = ecc_per_block(version, ecc);
    const auto total = static_cast<std::size_t>(total_codewords(version));
    const std::size_t short_blocks = blocks - total % blocks;
    const std::size_t short_data_length = total / blocks - static_cast<std::size_t>(ecc_length);
    const std::vector<std::uint8_t> generator = rs_generator(ecc_length);

    std::vector<std::vector<std::uint8_t>> data_blocks;
    std::vector<std::vector<std::uint8_t>> ecc_blocks;
    std::size_t offset = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t length = short_data_length + (b < short_blocks ? 0 : 1);
        data_blocks.emplace_back(data.begin() + static_cast<std::ptrdiff_t>(offset),
                                 data.begin() + static_cast<std::ptrdiff_t>(offset + length));
        ecc_blocks.push_back(rs_remainder(data.data() + offset, length, generator));
        offset += length;
    }

    std::vector<std::uint8_t> result;
    result.reserve(total);
    for (std::size_t i = 0; i <= short_data_length; ++i) {
        for (const auto& block : data_blocks) {
            if (i < block.size()) result.push_back(block[i]);
        }
    }
    for (std::size_t i = 0; i < static_cast<std::size_t>(ecc_length); ++i) {
        for (const auto& block : ecc_blocks) result.push_back(block[i]);
    }
    return result;
}

// [SECTION] Module grid (§6.3, §7.7, §7.9, §7.10)

struct Grid {
    explicit Grid(int version)
        : size(symbol_size(version)),
          dark(static_cast<std::size_t>(size) * static_cast<std::size_t>(size), 0),
          reserved(dark.size(), 0) {}

    std::size_t at(int x, int y) const noexcept {
        return static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
               static_cast<std::size_t>(x);
    }
    // Function modules are never data and never masked.
    void set_function(int x, int y, bool is_dark) noexcept {
        dark[at(x, y)] = is_dark ? 1 : 0;
        reserved[at(x, y)] = 1;
    }

    int size;
    std::vector<std::uint8_t> dark;      // 1 = dark
    std::vector<std::uint8_t> reserved;  // 1 = function pattern, format or version information
};

// Chebyshev distance: finder and alignment patterns are concentric square rings.
int ring(int dx, int dy) noexcept {
    return std::max(std::abs(dx), std::abs(dy));
}

// §6.3.3 finder pattern (dark rings 0–1 and 3) with its separator (§6.3.4, light ring 4),
// clipped at the symbol's edge.
void draw_finder(Grid& g, int centre_x, int centre_y) {
    for (int dy = -4; dy <= 4; ++dy) {
        for (int dx = -4; dx <= 4; ++dx) {
            const int x = centre_x + dx;
            const int y = centre_y + dy;
            if (x < 0 || y < 0 || x >= g.size || y >= g.size) continue;
            const int r = ring(dx, dy);
            g.set_function(x, y, r != 2 && r != 4);
        }
    }
}

// §6.3.6 alignment pattern: 5 × 5, dark centre and dark outer ring.
void draw_alignment(Grid& g, int centre_x, int centre_y) {
    for (int dy = -2; dy <= 2; ++dy) {
        for (int dx = -2; dx <= 2; ++dx) {
            g.set_function(centre_x + dx, centre_y + dy, ring(dx, dy) != 1);
        }
    }
}

// Row/column coordinates of the alignment pattern centres (Annex E, Table E.1): the first is
// 6, the others evenly spaced back from size − 7 with an even step (so that every centre lies
// on a dark timing module). Version 32 is the one version whose table entry uses a smaller
// step than this rule gives.
std::vector<int> alignment_centres(int version) {
    const int count = alignment_count(version);
    if (count == 0) return {};
    const int last = symbol_size(version) - 7;
    const int intervals = count - 1;
    const int step = version == 32 ? 26 : 2 * ((last - 6 + 2 * intervals - 1) / (2 * intervals));
    std::vector<int> centres{6};
    for (int i = 1; i < count; ++i) centres.push_back(last - (intervals - i) * step);
    return centres;
}

// BCH code over GF(2): `value` followed by the remainder of value·x^degree ÷ generator.
std::uint32_t bch_encode(std::uint32_t value, int degree, std::uint32_t generator) noexcept {
    std::uint32_t remainder = value << degree;
    for (int bit = 31; bit >= degree; --bit) {
        if ((remainder >> bit) & 1U) remainder ^= generator << (bit - degree);
    }
    return (value << degree) | remainder;
}

// §7.9.1: 2-bit level indicator (Table 12: L 01, M 00, Q 11, H 10) and 3-bit mask reference,
// BCH(15,5) with generator x^10+x^8+x^5+x^4+x^2+x+1, XOR 101010000010010 so that it is never
// all zero.
std::uint32_t format_information(Ecc ecc, int mask) noexcept {
    constexpr std::uint32_t kLevelIndicator[kLevelCount] = {0b01, 0b00, 0b11, 0b10};
    const std::uint32_t data =
        kLevelIndicator[level_index(ecc)] << 3 | static_cast<std::uint32_t>(mask);
    return bch_encode(data, 10, 0x537) ^ 0x5412;
}

// §7.9.1, Figure 25; bit 0 is the least significant. Copy 1 wraps the top-left finder: bits
// 0–5 down column 8 from the top, 6–8 around the corner (skipping the timing row), 9–14 along
// row 8 towards the left edge. Copy 2: bits 0–7 along row 8 from the right edge leftwards, bits
// 8–14 down column 8 to the bottom edge, next to the dark module at (8, size − 8).
void draw_format_information(Grid& g, std::uint32_t bits) {
    const auto bit = [bits](int i) { return ((bits >> i) & 1U) != 0; };
    for (int i = 0; i <= 5; ++i) g.set_function(8, i, bit(i));
    g.set_function(8, 7, bit(6));
    g.set_function(8, 8, bit(7));
    g.set_function(7, 8, bit(8));
    for (int i = 9; i < 15; ++i) g.set_function(14 - i, 8, bit(i));

    for (int i = 0; i < 8; ++i) g.set_function(g.size - 1 - i, 8, bit(i));
    for (int i = 8; i < 15; ++i) g.set_function(8, g.size - 15 + i, bit(i));
    g.set_function(8, g.size - 8, true);  // the dark module
}

// §7.10, Figure 27: 6-bit version number, BCH(18,6) with generator
// x^12+x^11+x^10+x^9+x^8+x^5+x^2+1. Bit i (0 = least significant) goes to column i / 3, row
// size − 11 + i % 3 in the bottom-left block and, transposed, to the top-right block.
void draw_version_information(Grid& g, int version) {
    if (version < 7) return;
    const std::uint32_t bits = bch_encode(static_cast<std::uint32_t>(version), 12, 0x1F25);
    for (int i = 0; i < 18; ++i) {
        const bool is_dark = ((bits >> i) & 1U) != 0;
        const int along = i / 3;
        const int across = g.size - 11 + i % 3;
        g.set_function(along, across, is_dark);
        g.set_function(across, along, is_dark);
    }
}

void draw_function_patterns(Grid& g, int version) {
    // §6.3.5 timing patterns on row and column 6 (finders overwrite their ends)
    for (int i = 0; i < g.size; ++i) {
        g.set_function(6, i, i % 2 == 0);
        g.set_function(i, 6, i % 2 == 0);
    }
    draw_finder(g, 3, 3);
    draw_finder(g, g.size - 4, 3);
    draw_finder(g, 3, g.size - 4);

    const std::vector<int> centres = alignment_centres(version);
    const int first = 6;
    const int last = g.size - 7;
    for (const int y : centres) {
        for (const int x : centres) {
            const bool on_finder = (x == first && y == first) || (x == first && y == last) ||
                                   (x == last && y == first);
            if (!on_finder) draw_alignment(g, x, y);
        }
    }
    draw_format_information(g, 0);  // reserves the area; the real bits come with the mask
    draw_version_information(g, version);
}

// §7.7.3: codeword bits, most significant first, in two-module-wide columns from the right
// edge, alternately upwards and downwards, right module before left, skipping function modules
// and the vertical timing column 6. Modules left over are remainder bits and stay light.
void place_codewords(Grid& g, const std::vector<std::uint8_t>& codewords) {
    const std::size_t total_bits = codewords.size() * 8;
    std::size_t next_bit = 0;
    bool upwards = true;
    for (int right = g.size - 1; right >= 1; right -= 2) {
        if (right == 6) right = 5;
        for (int step = 0; step < g.size; ++step) {
            const int y = upwards ? g.size - 1 - step : step;
            for (int x = right; x >= right - 1; --x) {
                if (g.reserved[g.at(x, y)] || next_bit >= total_bits) continue;
                const std::uint8_t codeword = codewords[next_bit / 8];
                g.dark[g.at(x, y)] =
                    static_cast<std::uint8_t>((codeword >> (7 - next_bit % 8)) & 1U);
                ++next_bit;
            }
        }
        upwards = !upwards;
    }
}

// §7.8.2, Table 10: the data-mask conditions, i = row, j = column.
bool mask_inverts(int mask, int i, int j) noexcept {
    switch (mask) {
        case 0: return (i + j) % 2 == 0;
        case 1: return i % 2 == 0;
        case 2: return j % 3 == 0;
        case 3: return (i + j) % 3 == 0;
        case 4: return (i / 2 + j / 3) % 2 == 0;
        case 5: return (i * j) % 2 + (i * j) % 3 == 0;
        case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0;
        default: return ((i + j) % 2 + (i * j) % 3) % 2 == 0;
    }
}

void apply_mask(Grid& g, int mask) {
    for (int y = 0; y < g.size; ++y) {
        for (int x = 0; x < g.size; ++x) {
            if (!g.reserved[g.at(x, y)] && mask_inverts(mask, y, x)) g.dark[g.at(x, y)] ^= 1U;
        }
    }
}

// [SECTION] Mask penalty (§7.8.3.1, Table 11)

constexpr long kPenaltyRun = 3;       // N1: a run of 5 + k same-colour modules scores N1 + k
constexpr long kPenaltyBlock = 3;     // N2: every 2 × 2 same-colour block
constexpr long kPenaltyFinder = 40;   // N3: 1:1:3:1:1 dark:light:dark:light:dark beside 4 light
constexpr long kPenaltyBalance = 10;  // N4: per 5 % of dark modules away from 50 %

// Rules 1 and 3 on one row or column. Modules beyond the edge are the light quiet zone, so a
// finder-like pattern at the edge counts; it does so for every mask alike.
long line_penalty(const std::vector<std::uint8_t>& line) {
    long score = 0;
    std::size_t run = 1;
    for (std::size_t i = 1; i <= line.size(); ++i) {
        if (i < line.size() && line[i] == line[i - 1]) {
            ++run;
            continue;
        }
        if (run >= 5) score += kPenaltyRun + static_cast<long>(run - 5);
        run = 1;
    }

    // The last 11 modules as bits, newest lowest; starting at 0 = light quiet zone before it.
    constexpr std::uint32_t kFinderThenLight = 0b10111010000;
    constexpr std::uint32_t kLightThenFinder = 0b00001011101;
    constexpr std::uint32_t kWindowMask = (1U << 11) - 1;
    std::uint32_t window = 0;
    for (std::size_t i = 0; i < line.size() + static_cast<std::size_t>(kQuietZone); ++i) {
        const std::uint32_t module = i < line.size() ? line[i] : 0U;
        window = ((window << 1) | module) & kWindowMask;
        if (window == kFinderThenLight || window == kLightThenFinder) score += kPenaltyFinder;
    }
    return score;
}

long penalty(const Grid& g) {
    long score = 0;
    std::vector<std::uint8_t> row(static_cast<std::size_t>(g.size));
    std::vector<std::uint8_t> column(row.size());
    for (int line = 0; line < g.size; ++line) {
        for (int k = 0; k < g.size; ++k) {
            row[static_cast<std::size_t>(k)] = g.dark[g.at(k, line)];
            column[static_cast<std::size_t>(k)] = g.dark[g.at(line, k)];
        }
        score += line_penalty(row) + line_penalty(column);
    }

    for (int y = 0; y + 1 < g.size; ++y) {
        for (int x = 0; x + 1 < g.size; ++x) {
            const std::uint8_t colour = g.dark[g.at(x, y)];
            if (g.dark[g.at(x + 1, y)] == colour && g.dark[g.at(x, y + 1)] == colour &&
                g.dark[g.at(x + 1, y + 1)] == colour) {
                score += kPenaltyBlock;
            }
        }
    }

    const long total = static_cast<long>(g.dark.size());
    const long dark = static_cast<long>(std::count(g.dark.begin(), g.dark.end(), 1));
    // |100·dark/total − 50| in whole steps of 5 %
    score += kPenaltyBalance * (std::labs(20 * dark - 10 * total) / total);
    return score;
}

// [SECTION] Rendering

// Side of the rendered image in pixels (user units for SVG), quiet zone included. Renderers
// take a module_px below 1 as 1.
int image_side(const Symbol& s, int module_px) noexcept {
    return (s.size + 2 * kQuietZone) * module_px;
}

}  // namespace

namespace detail {

std::vector<std::uint8_t> reed_solomon_ecc(const std::vector<std::uint8_t>& data, int ecc_count) {
    return rs_remainder(data.data(), data.size(), rs_generator(ecc_count));
}

std::size_t byte_capacity(int version, Ecc ecc) noexcept {
    if (version < 1 || version > kMaxVersion) return 0;
    const int bits =
        data_codewords(version, ecc) * 8 - kModeIndicatorBits - count_indicator_bits(version);
    return static_cast<std::size_t>(bits / 8);
}

}  // namespace detail

std::size_t max_bytes(Ecc ecc) noexcept {
    return detail::byte_capacity(kMaxVersion, ecc);
}

std::optional<Symbol> encode_bytes(std::string_view data, Ecc min_ecc) {
    int version = 1;
    while (version <= kMaxVersion && detail::byte_capacity(version, min_ecc) < data.size())
        ++version;
    if (version > kMaxVersion) return std::nullopt;
    // §7.4.10 allows any level whose capacity suffices: take the strongest that fits.
    Ecc ecc = min_ecc;
    while (ecc != Ecc::high) {
        const auto stronger = static_cast<Ecc>(level_index(ecc) + 1);
        if (detail::byte_capacity(version, stronger) < data.size()) break;
        ecc = stronger;
    }

    Grid unmasked(version);
    draw_function_patterns(unmasked, version);
    place_codewords(unmasked, final_codeword_sequence(data_codeword_sequence(data, version, ecc),
                                                      version, ecc));

    // §7.8.3: evaluate all 8 masks (with their format information drawn) and keep the lowest.
    std::optional<Grid> best;
    long best_penalty = std::numeric_limits<long>::max();
    for (int mask = 0; mask < 8; ++mask) {
        Grid candidate = unmasked;
        apply_mask(candidate, mask);
        draw_format_information(candidate, format_information(ecc, mask));
        const long score = penalty(candidate);
        if (score < best_penalty) {
            best_penalty = score;
            best = std::move(candidate);
        }
    }

    Symbol symbol;
    symbol.version = version;
    symbol.size = best->size;
    symbol.ecc = ecc;
    symbol.modules = std::move(best->dark);
    return symbol;
}

std::string to_svg(const Symbol& s, int module_px) {
    module_px = std::max(1, module_px);
    const std::string side = std::to_string(image_side(s, module_px));
    const std::string unit = std::to_string(module_px);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " +
                      side + "\" width=\"" + side + "\" height=\"" + side +
                      "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                      "fill=\"#fff\"/><path fill=\"#000\" d=\"";
    // One rectangle per horizontal run of dark modules.
    for (int y = 0; y < s.size; ++y) {
        for (int x = 0; x < s.size;) {
            if (!s.dark(x, y)) {
                ++x;
                continue;
            }
            int run_end = x;
            while (run_end < s.size && s.dark(run_end, y)) ++run_end;
            const std::string width = std::to_string((run_end - x) * module_px);
            svg += "M" + std::to_string((x + kQuietZone) * module_px) + " " +
                   std::to_string((y + kQuietZone) * module_px) + "h" + width + "v" + unit + "h-" +
                   width + "z";
            x = run_end;
        }
    }
    svg += "\"/></svg>\n";
    return svg;
}

std::string to_pgm(const Symbol& s, int module_px) {
    module_px = std::max(1, module_px);
    const int side = image_side(s, module_px);
    std::string pgm = "P5\n" + std::to_string(side) + " " + std::to_string(side) + "\n255\n";
    const std::size_t header = pgm.size();
    pgm.resize(header + static_cast<std::size_t>(side) * static_cast<std::size_t>(side), '\xff');
    for (int py = 0; py < side; ++py) {
        const int y = py / module_px - kQuietZone;
        if (y < 0 || y >= s.size) continue;
        for (int px = 0; px < side; ++px) {
            const int x = px / module_px - kQuietZone;
            if (x >= 0 && x < s.size && s.dark(x, y)) {
                pgm[header + static_cast<std::size_t>(py) * static_cast<std::size_t>(side) +
                    static_cast<std::size_t>(px)] = '\0';
            }
        }
    }
    return pgm;
}

}  // namespace dbi::qr
