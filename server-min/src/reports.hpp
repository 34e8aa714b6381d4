// reports.hpp — public statistics with small-cell suppression, ranking and position bodies,
// and the administrator's CSV export. Pure functions of what storage returned: no HTTP, no I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dbi/index.hpp"
#include "dbi/profile.hpp"
#include "storage.hpp"

namespace dbi::server {

// A count as published: the value, or nothing when it is suppressed.
struct PublicCell {
    std::string key;
    std::optional<std::int64_t> count;
};

// Small-cell suppression of one breakdown whose cells add up to `total`:
//  1. a count of 1 … min_cell−1 is suppressed (0 is shown: it singles nobody out);
//  2. if exactly one cell is suppressed and the total is shown, the next smallest non-zero cell
//     is suppressed too, so the hidden one cannot be recovered by subtraction.
std::vector<PublicCell> suppress(const CountList& cells, std::int64_t min_cell);

// GET /api/v1/stats body. Levels are listed 0…N for the index, even when zero.
std::string stats_json(const Counts& counts, const IndexDefinition& index, const StatsQuery& q,
                       std::int64_t min_cell);

std::string rankings_json(const RankingPage& page, const RankingQuery& q);
std::string position_json(const Position& p, const std::string& tax_code,
                          const std::string& index_id);

// UTF-8 with a byte order mark (so spreadsheet programs read Vietnamese correctly), CRLF line
// ends, Vietnamese headers, one row per index and group.
std::string export_csv(const std::vector<ExportRow>& rows, ExportBy by, const ReferenceData* ref);

}  // namespace dbi::server
