// dbi/qr_code.hpp — QR Code encoder (ISO/IEC 18004:2015), byte mode, model 2, versions 1–40.
//
// Turns bytes (typically a UTF-8 URL or text) into the module grid of a QR Code symbol and
// renders it as SVG or PGM. Pure computation: no I/O, no dependency beyond the standard
// library, the same symbol on every platform (native and WebAssembly).
//
// Units: a "module" is one cell of the symbol grid; coordinates are (x, y) = (column, row) with
// (0, 0) the top-left module, y growing downwards. Renderers add the 4-module quiet zone the
// standard requires (§6.3.8) around the `size` × `size` grid.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dbi::qr {

// [SECTION] Public API

// ISO/IEC 18004 error correction levels L, M, Q, H (recover about 7, 15, 25, 30 % of codewords).
enum class Ecc { low, medium, quartile, high };

// One encoded symbol. Invariants: 1 <= version <= 40, size == 4 * version + 17,
// modules.size() == size * size.
struct Symbol {
    int version = 0;     // 1..40
    int size = 0;        // modules per side = 4 * version + 17 (no quiet zone)
    Ecc ecc = Ecc::low;  // the level actually used (may be higher than asked when it fits)
    std::vector<std::uint8_t> modules;  // size*size, row-major, 1 = dark
    bool dark(int x, int y) const noexcept {
        return modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                       static_cast<std::size_t>(x)] != 0;
    }
};

// Encodes `data` as one byte-mode segment (UTF-8 text is fine: bytes are bytes) in the smallest
// version that fits at `min_ecc`, raising the level while it still fits in that version
// (boost), choosing the mask with the lowest penalty (ISO/IEC 18004 §7.8.3).
// nullopt when it does not fit in version 40 at `min_ecc` (2,953 bytes at L).
std::optional<Symbol> encode_bytes(std::string_view data, Ecc min_ecc = Ecc::medium);

// Largest byte count that fits in version 40 at `ecc`.
std::size_t max_bytes(Ecc ecc) noexcept;

// An SVG image (one <path>, shape-rendering crispEdges) with a 4-module quiet zone, `module_px`
// user units per module; dark modules `#000`, light background `#fff`.
std::string to_svg(const Symbol& s, int module_px = 4);

// A binary PGM (P5) image with a 4-module quiet zone, `module_px` pixels per module (for tests
// and printing).
std::string to_pgm(const Symbol& s, int module_px = 4);

// [SECTION] Internals exposed for tests (not part of the API)
namespace detail {

// The `ecc_count` Reed–Solomon error correction codewords of `data` (§7.5.2): the remainder of
// data(x)·x^ecc_count divided by the generator polynomial ∏(x − 2^i), i < ecc_count, over
// GF(256) with the field polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D). 1 <= ecc_count <= 30.
std::vector<std::uint8_t> reed_solomon_ecc(const std::vector<std::uint8_t>& data, int ecc_count);

// Bytes one byte-mode segment can hold in `version` (1..40) at `ecc` (Table 7 of §7.4.10,
// computed from the block table of Table 9).
std::size_t byte_capacity(int version, Ecc ecc) noexcept;

}  // namespace detail

}  // namespace dbi::qr
