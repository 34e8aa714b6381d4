// dbi/codes.hpp — the registry of diagnostic codes.
//
// Each area keeps its codes in one X-macro file, dbi/codes/<area>.inc, with lines
//   DBI_CODE("DBI-IDX-001", "English template {1}", "Mẫu tiếng Việt {1}")
// Areas: IDX index definition · ANS answers · SCO scoring · PRF enterprise profile ·
// GRP group aggregation · JCS canonical JSON · UTF text encoding · JSON syntax ·
// SUB submission/signature · SRV server · CLI command line.
// A code, once published, is never renamed or given another meaning.
#pragma once

namespace dbi::codes {
// Intentionally empty: the registry is compiled into diagnostics.cpp from the .inc files.
}
