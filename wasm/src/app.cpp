#include "app.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "dbi/index.hpp"
#include "i18n.hpp"
#include "imgui.h"

namespace dbi::web {

IndexSummary summarize_index(std::string_view json) noexcept {
    IndexSummary out;
    auto parsed = parse_index(json);
    out.diagnostics = parsed.diagnostics();
    if (!parsed) {
        out.state = IndexSummary::State::invalid;
        return out;
    }
    const IndexDefinition& index = parsed.value();
    out.state = IndexSummary::State::loaded;
    out.id = index.id;
    out.title = index.title;
    out.total_points = index.max_points;
    for (const Pillar& pillar : index.pillars) {
        PillarRow row;
        row.id = pillar.id;
        row.label = pillar.label;
        row.max_points = pillar.max_points;
        for (const Indicator& indicator : pillar.indicators) {
            row.criteria += static_cast<int>(std::count_if(
                indicator.criteria.begin(), indicator.criteria.end(),
                [](const Criterion& c) { return c.scored; }));
        }
        out.total_criteria += row.criteria;
        out.pillars.push_back(std::move(row));
    }
    return out;
}

void App::set_fonts(ImFont* body, ImFont* heading) noexcept {
    body_font_ = body;
    heading_font_ = heading;
}

void App::apply_style(float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    // A calm, document-like look: white page, dark text, one accent colour (Vietnamese
    // government sites use a deep red or blue; blue reads better on buttons).
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.13f, 0.16f, 1.00f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.39f, 0.44f, 1.00f);
    c[ImGuiCol_Button] = ImVec4(0.10f, 0.34f, 0.62f, 1.00f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.14f, 0.42f, 0.74f, 1.00f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.07f, 0.27f, 0.52f, 1.00f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.93f, 0.97f, 1.00f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.97f, 0.98f, 1.00f);
    c[ImGuiCol_Separator] = ImVec4(0.80f, 0.83f, 0.87f, 1.00f);
    style.WindowBorderSize = 0.0f;
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.FramePadding = ImVec2(12.0f, 7.0f);
    style.ItemSpacing = ImVec2(10.0f, 9.0f);
    style.CellPadding = ImVec2(8.0f, 6.0f);
    style.WindowPadding = ImVec2(16.0f, 16.0f);
    style.ScrollbarSize = 16.0f;
    style.ScaleAllSizes(scale);
}

void App::load_index(std::string_view json) { index_ = summarize_index(json); }

void App::index_unavailable(std::string_view why) {
    index_ = IndexSummary{};
    index_.state = IndexSummary::State::unavailable;
    index_.detail = std::string(why);
}

void App::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kPage = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
    // NoDecoration hides the scrollbar too; a long page on a phone must still scroll.
    ImGui::Begin("##page", nullptr, kPage & ~ImGuiWindowFlags_NoScrollbar);
    switch (screen_) {
    case Screen::welcome:
        draw_welcome();
        break;
    }
    ImGui::End();
}

void App::heading(const char* text) {
    ImGui::Spacing();
    if (heading_font_ != nullptr) {
        ImGui::PushFont(heading_font_);
    }
    ImGui::TextUnformatted(text);
    if (heading_font_ != nullptr) {
        ImGui::PopFont();
    }
}

// ImGui::Separator spans the whole window, ignoring the indent: draw the rule over the column.
void App::rule(float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, at.y), ImVec2(at.x + width, at.y),
                                        ImGui::GetColorU32(ImGuiCol_Separator),
                                        std::max(1.0f, ImGui::GetFontSize() / 18.0f));
    ImGui::Dummy(ImVec2(width, ImGui::GetStyle().ItemSpacing.y));
}

// A filled accent button with white text (ImGui draws button text in ImGuiCol_Text, which is
// dark on this theme). Disabled buttons are drawn faded and never return true.
bool App::button(const char* label, bool enabled) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 1.0f, 1.0f, 1.0f));
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    ImGui::PopStyleColor();
    return pressed && enabled;
}

void App::draw_welcome() {
    // One readable column (~40 em), centred; the window itself scrolls so the wheel works
    // anywhere on the page.
    const float em = ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float column = std::min(avail, 40.0f * em);
    const float indent = std::max(0.0f, (avail - column) * 0.5f);
    if (indent > 0.0f) {
        ImGui::Indent(indent);
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);

    // Title row: the kit's name, and the language switch at the column's right edge.
    const char* toggle = tr(Str::language_toggle, lang_);
    const float toggle_width =
        ImGui::CalcTextSize(toggle).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::Spacing();
    ImGui::SetCursorPosX(indent + ImGui::GetStyle().WindowPadding.x + column - toggle_width);
    if (button(toggle)) {
        lang_ = lang_ == Lang::vi ? Lang::en : Lang::vi;
    }
    if (heading_font_ != nullptr) {
        ImGui::PushFont(heading_font_);
    }
    ImGui::TextWrapped("%s", tr(Str::kit_name, lang_));
    if (heading_font_ != nullptr) {
        ImGui::PopFont();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(Str::kit_tagline, lang_));
    ImGui::PopStyleColor();
    rule(column);

    heading(tr(Str::about_heading, lang_));
    ImGui::TextWrapped("%s", tr(Str::about_body, lang_));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(Str::not_official, lang_));
    ImGui::PopStyleColor();

    heading(tr(Str::privacy_heading, lang_));
    ImGui::TextWrapped("%s", tr(Str::privacy_body, lang_));

    heading(tr(Str::index_heading, lang_));
    draw_index_section();

    ImGui::Spacing();
    ImGui::Spacing();
    button(tr(Str::start_assessment, lang_), false);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", tr(Str::coming_soon, lang_));
    ImGui::PopStyleColor();
    ImGui::Spacing();

    ImGui::PopTextWrapPos();
    if (indent > 0.0f) {
        ImGui::Unindent(indent);
    }
}

void App::draw_index_section() {
    const ImVec4 error_color(0.70f, 0.11f, 0.11f, 1.0f);
    switch (index_.state) {
    case IndexSummary::State::loading:
        ImGui::TextWrapped("%s", tr(Str::index_loading, lang_));
        return;
    case IndexSummary::State::unavailable:
        ImGui::PushStyleColor(ImGuiCol_Text, error_color);
        ImGui::TextWrapped("%s %s", tr(Str::index_unavailable, lang_), index_.detail.c_str());
        ImGui::PopStyleColor();
        return;
    case IndexSummary::State::invalid:
        ImGui::PushStyleColor(ImGuiCol_Text, error_color);
        ImGui::TextWrapped("%s", tr(Str::index_invalid, lang_));
        for (const Diagnostic& d : index_.diagnostics) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", format_line(d, lang_).c_str());
        }
        ImGui::PopStyleColor();
        return;
    case IndexSummary::State::loaded:
        break;
    }

    ImGui::TextWrapped("%s", index_.title.in(lang_).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(Str::computed_in_browser, lang_));
    ImGui::PopStyleColor();

    const float em = ImGui::GetFontSize();
    constexpr ImGuiTableFlags kTable = ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_RowBg;
    // The content region runs to the window's edge; the table keeps to the centred column.
    const float width = std::min(ImGui::GetContentRegionAvail().x, 40.0f * em);
    if (ImGui::BeginTable("pillars", 3, kTable, ImVec2(width, 0.0f))) {
        // Figure columns just fit their header (wider than any figure), so on a phone the
        // pillar names keep most of the width.
        const char* max_header = tr(Str::col_max_points, lang_);
        const char* criteria_header = tr(Str::col_criteria, lang_);
        ImGui::TableSetupColumn(tr(Str::col_pillar, lang_), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(max_header, ImGuiTableColumnFlags_WidthFixed,
                                std::max(ImGui::CalcTextSize(max_header).x, 3.0f * em));
        ImGui::TableSetupColumn(criteria_header, ImGuiTableColumnFlags_WidthFixed,
                                std::max(ImGui::CalcTextSize(criteria_header).x, 3.0f * em));
        // Figures are right-aligned (they read as a column of numbers), and so are their
        // headers — TableHeadersRow() would left-align them.
        const auto right_aligned = [](const char* text) {
            const float text_width = ImGui::CalcTextSize(text).x;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                                 std::max(0.0f, ImGui::GetContentRegionAvail().x - text_width));
            ImGui::TextUnformatted(text);
        };
        const auto number_cell = [&right_aligned](int value) {
            right_aligned(std::to_string(value).c_str());
        };
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr(Str::col_pillar, lang_));
        ImGui::TableNextColumn();
        right_aligned(max_header);
        ImGui::TableNextColumn();
        right_aligned(criteria_header);
        for (const PillarRow& row : index_.pillars) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextWrapped("%s. %s", row.id.c_str(), row.label.in(lang_).c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            number_cell(row.max_points);
            ImGui::TableNextColumn();
            number_cell(row.criteria);
        }
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr(Str::total, lang_));
        ImGui::TableNextColumn();
        number_cell(index_.total_points);
        ImGui::TableNextColumn();
        number_cell(index_.total_criteria);
        ImGui::EndTable();
    }

    if (!index_.diagnostics.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        for (const Diagnostic& d : index_.diagnostics) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", format_line(d, lang_).c_str());
        }
        ImGui::PopStyleColor();
    }
}

}  // namespace dbi::web
