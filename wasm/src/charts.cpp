#include "charts.hpp"

#include <algorithm>
#include <cmath>

namespace dbi::web {

namespace {
constexpr float kPi = 3.14159265f;

// Axis i points up for i = 0 and goes clockwise, as radar charts are usually read.
ImVec2 axis_point(ImVec2 c, float r, std::size_t i, std::size_t n) {
    const float a = -kPi / 2.0f + 2.0f * kPi * static_cast<float>(i) / static_cast<float>(n);
    return ImVec2(c.x + r * std::cos(a), c.y + r * std::sin(a));
}
}  // namespace

void radar_chart(const std::vector<int>& percent, const std::vector<std::string>& axis_labels,
                 const std::vector<int>& thresholds, float size, const ChartColors& colors) {
    const std::size_t n = percent.size();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    if (n < 3) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float em = ImGui::GetFontSize();
    const ImVec2 c(origin.x + size * 0.5f, origin.y + size * 0.5f);
    const float r = size * 0.5f - 2.2f * em;  // room for the axis labels
    if (r <= 0) return;
    const float thin = std::max(1.0f, em / 18.0f);

    std::vector<int> rings = thresholds;
    rings.push_back(100);
    for (int t : rings) {
        std::vector<ImVec2> ring;
        for (std::size_t i = 0; i < n; ++i) ring.push_back(axis_point(c, r * static_cast<float>(t) / 100.0f, i, n));
        dl->AddPolyline(ring.data(), static_cast<int>(ring.size()), colors.grid,
                        ImDrawFlags_Closed, thin);
    }
    for (std::size_t i = 0; i < n; ++i) {
        dl->AddLine(c, axis_point(c, r, i, n), colors.grid, thin);
        const std::string& label = i < axis_labels.size() ? axis_labels[i] : std::string();
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        ImVec2 p = axis_point(c, r + 0.9f * em, i, n);
        dl->AddText(ImVec2(p.x - ts.x * 0.5f, p.y - ts.y * 0.5f), colors.text, label.c_str());
    }
    std::vector<ImVec2> poly;
    for (std::size_t i = 0; i < n; ++i)
        poly.push_back(axis_point(c, r * static_cast<float>(std::clamp(percent[i], 0, 100)) / 100.0f, i, n));
    // The polygon may be concave: fan triangles from the centre fill it correctly.
    for (std::size_t i = 0; i < n; ++i)
        dl->AddTriangleFilled(c, poly[i], poly[(i + 1) % n], colors.fill);
    dl->AddPolyline(poly.data(), static_cast<int>(poly.size()), colors.line, ImDrawFlags_Closed,
                    2.5f * thin);
    for (const ImVec2& p : poly) dl->AddCircleFilled(p, 3.0f * thin, colors.line);
}

void bar_chart(const std::vector<int>& percent, const std::vector<std::string>& row_labels,
               const std::vector<int>& thresholds, float width, const ChartColors& colors) {
    const float em = ImGui::GetFontSize();
    const float label_w = 2.2f * em;
    const float value_w = 3.2f * em;
    const float row_h = 1.9f * em;
    const float top = 1.3f * em;  // level numbers above the bars
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = top + row_h * static_cast<float>(percent.size());
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x0 = origin.x + label_w;
    const float bar_w = std::max(1.0f, width - label_w - value_w);
    const float thin = std::max(1.0f, em / 18.0f);
    for (std::size_t i = 0; i < percent.size(); ++i) {
        const float y = origin.y + top + row_h * static_cast<float>(i);
        const std::string& label = i < row_labels.size() ? row_labels[i] : std::string();
        dl->AddText(ImVec2(origin.x, y + 0.3f * em), colors.text, label.c_str());
        dl->AddRectFilled(ImVec2(x0, y + 0.25f * em), ImVec2(x0 + bar_w, y + row_h - 0.25f * em),
                          colors.bar_bg);
        const float w = bar_w * static_cast<float>(std::clamp(percent[i], 0, 100)) / 100.0f;
        dl->AddRectFilled(ImVec2(x0, y + 0.25f * em), ImVec2(x0 + w, y + row_h - 0.25f * em),
                          colors.fill);
        const std::string value = std::to_string(percent[i]) + " %";
        dl->AddText(ImVec2(x0 + bar_w + 0.4f * em, y + 0.3f * em), colors.text, value.c_str());
    }
    for (std::size_t k = 0; k < thresholds.size(); ++k) {
        const float x = x0 + bar_w * static_cast<float>(thresholds[k]) / 100.0f;
        dl->AddLine(ImVec2(x, origin.y + top * 0.9f), ImVec2(x, origin.y + height), colors.threshold,
                    1.5f * thin);
        // The level reached above this threshold.
        const std::string level = std::to_string(k + 1);
        const ImVec2 ts = ImGui::CalcTextSize(level.c_str());
        dl->AddText(ImVec2(x + 0.15f * em, origin.y), colors.threshold, level.c_str());
        (void)ts;
    }
}

}  // namespace dbi::web
