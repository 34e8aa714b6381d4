// charts.hpp — the results charts, drawn with ImGui's draw list (no plotting library).
//
// Both take the pillars' shares of their maxima in percent (integers computed by the core's
// scores) and the lower edges of the pillar levels 1..N in percent (from the index's pillar
// bands), so the thresholds drawn are the ones the core applies.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"

namespace dbi::web {

struct ChartColors {
    ImU32 text, grid, fill, line, threshold, bar_bg;
};

// Radar ("spider") chart: one axis per pillar, rings at the level thresholds, the pillars'
// percentages as a filled polygon. Reserves a square of `size` at the cursor.
void radar_chart(const std::vector<int>& percent, const std::vector<std::string>& axis_labels,
                 const std::vector<int>& thresholds, float size, const ChartColors& colors);

// Horizontal bars, one per pillar, with a tick and a level number at every threshold.
// Reserves `width` × (rows × row height) at the cursor.
void bar_chart(const std::vector<int>& percent, const std::vector<std::string>& row_labels,
               const std::vector<int>& thresholds, float width, const ChartColors& colors);

}  // namespace dbi::web
