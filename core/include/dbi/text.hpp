// dbi/text.hpp — bilingual text as it appears in index and reference data.
#pragma once

#include <string>

#include "dbi/diagnostics.hpp"

namespace dbi {

// User-visible text in both languages. Vietnamese is canonical; both are UTF-8 NFC and, in
// validated data, non-empty.
struct Text {
    std::string vi;
    std::string en;
    const std::string& in(Lang lang) const noexcept { return lang == Lang::vi ? vi : en; }
};

}  // namespace dbi
