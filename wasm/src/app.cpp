#include "app.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include "charts.hpp"
#include "i18n.hpp"
#include "imgui.h"

namespace dbi::web {

namespace {

// Theme colours, set by apply_style (static: one ImGui context per page).
struct Theme {
    ImVec4 accent, accent_text, muted, error, ok, focus, card, card_border, chart_fill, chart_line;
};
Theme g_theme;

ImU32 u32(const ImVec4& v) { return ImGui::ColorConvertFloat4ToU32(v); }

// Core messages use a few symbols outside the embedded font (Noto Sans has no ⇒ ≤ ≥, the
// subset no arrows or minus sign): spell them in ASCII on the canvas. The mirror and the
// report keep the real characters (the browser's fonts have them).
std::string canvas_text(std::string s) {
    static const std::pair<const char*, const char*> kSubst[] = {
        {"\xE2\x87\x92", "=>"}, {"\xE2\x86\x92", "->"}, {"\xE2\x89\xA4", "<="},
        {"\xE2\x89\xA5", ">="}, {"\xE2\x88\x92", "-"}};
    for (const auto& [from, to] : kSubst) {
        const std::size_t n = std::strlen(from);
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at))
            s.replace(at, n, to);
    }
    return s;
}

// Text field filter: digits and the usual grouping characters only.
int number_filter(ImGuiInputTextCallbackData* data) {
    const ImWchar ch = data->EventChar;
    return (ch >= '0' && ch <= '9') || ch == '.' || ch == ',' || ch == ' ' ? 0 : 1;
}

}  // namespace

void App::set_fonts(ImFont* body, ImFont* heading, ImFont* small) noexcept {
    body_font_ = body;
    heading_font_ = heading;
    small_font_ = small;
}

void App::apply_style(float scale, bool high_contrast) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImVec4* c = style.Colors;
    if (high_contrast) {
        // White on black, yellow accent: the usual high-contrast scheme (contrast ≥ 15:1).
        ImGui::StyleColorsDark(&style);
        g_theme = Theme{ImVec4(1.00f, 0.84f, 0.00f, 1), ImVec4(0, 0, 0, 1), ImVec4(0.92f, 0.92f, 0.92f, 1),
                        ImVec4(1.00f, 0.55f, 0.55f, 1), ImVec4(0.50f, 1.00f, 0.50f, 1),
                        ImVec4(0.00f, 1.00f, 1.00f, 1), ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1),
                        ImVec4(1.00f, 0.84f, 0.00f, 0.45f), ImVec4(1.00f, 0.84f, 0.00f, 1)};
        c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_TextDisabled] = ImVec4(0.85f, 0.85f, 0.85f, 1);
        c[ImGuiCol_FrameBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_Border] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Separator] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Button] = g_theme.accent;
        c[ImGuiCol_ButtonHovered] = ImVec4(1.0f, 0.93f, 0.40f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.85f, 0.70f, 0.0f, 1);
        c[ImGuiCol_Header] = ImVec4(0.25f, 0.25f, 0.25f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.35f, 0.35f, 0.35f, 1);
        c[ImGuiCol_PopupBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_PlotHistogram] = ImVec4(0.25f, 0.25f, 0.25f, 1);  // white text stays readable
        style.FrameBorderSize = 1.0f;
    } else {
        ImGui::StyleColorsLight(&style);
        // A calm, document-like look: white page, dark text, one accent colour. Every text
        // colour here has ≥ 4.5:1 contrast on white (WCAG AA).
        g_theme = Theme{ImVec4(0.06f, 0.30f, 0.58f, 1), ImVec4(1, 1, 1, 1), ImVec4(0.32f, 0.35f, 0.40f, 1),
                        ImVec4(0.70f, 0.08f, 0.08f, 1), ImVec4(0.07f, 0.45f, 0.18f, 1),
                        ImVec4(0.85f, 0.28f, 0.00f, 1), ImVec4(0.97f, 0.98f, 0.99f, 1),
                        ImVec4(0.80f, 0.83f, 0.87f, 1), ImVec4(0.06f, 0.30f, 0.58f, 0.30f),
                        ImVec4(0.06f, 0.30f, 0.58f, 1)};
        c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Text] = ImVec4(0.11f, 0.13f, 0.16f, 1);
        c[ImGuiCol_TextDisabled] = g_theme.muted;
        c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Border] = ImVec4(0.45f, 0.49f, 0.55f, 1);
        c[ImGuiCol_Button] = g_theme.accent;
        c[ImGuiCol_ButtonHovered] = ImVec4(0.10f, 0.38f, 0.70f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.04f, 0.22f, 0.45f, 1);
        c[ImGuiCol_Header] = ImVec4(0.88f, 0.92f, 0.97f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.82f, 0.88f, 0.96f, 1);
        c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.93f, 0.97f, 1);
        c[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.97f, 0.98f, 1);
        c[ImGuiCol_Separator] = ImVec4(0.80f, 0.83f, 0.87f, 1);
        c[ImGuiCol_PlotHistogram] = ImVec4(0.72f, 0.82f, 0.94f, 1);  // dark text stays ≥ 4.5:1
        style.FrameBorderSize = 1.0f;
    }
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

const ScreenModel& App::model() {
    if (model_revision_ != s_.revision()) {
        model_ = build_screen_model(s_);
        model_revision_ = s_.revision();
    }
    return model_;
}

void App::set_focus_key(std::string key) {
    if (key != focus_key_) {
        focus_key_ = std::move(key);
        scroll_to_focus_ = !focus_key_.empty();
    }
}

bool App::item_rect(std::string_view key, ItemRect* out) const {
    auto it = rects_.find(key);
    if (it == rects_.end()) return false;
    *out = it->second;
    return true;
}

void App::track(const std::string& key) {
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    rects_[key] = ItemRect{a.x, a.y, b.x - a.x, b.y - a.y};
    if (key != focus_key_) return;
    // The mirror's focus, drawn on the canvas: a thick ring just outside the element.
    const float t = std::max(2.0f, ImGui::GetFontSize() / 7.0f);
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - t, a.y - t), ImVec2(b.x + t, b.y + t),
                                        u32(g_theme.focus), 4.0f, 0, t);
    if (scroll_to_focus_) {
        ImGui::SetScrollFromPosY(a.y - ImGui::GetWindowPos().y, 0.3f);
        scroll_to_focus_ = false;
    }
}

// ---------------------------------------------------------------------------------------------
// Widgets

void App::heading(const std::string& text, bool big) {
    ImGui::Spacing();
    ImFont* f = big ? heading_font_ : heading_font_;
    if (f != nullptr) ImGui::PushFont(f);
    ImGui::TextWrapped("%s", text.c_str());
    if (f != nullptr) ImGui::PopFont();
}

void App::muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, g_theme.muted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void App::error_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, g_theme.error);
    ImGui::TextWrapped("%s", canvas_text(text).c_str());
    ImGui::PopStyleColor();
}

void App::rule(float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + width, at.y),
                                        ImGui::GetColorU32(ImGuiCol_Separator),
                                        std::max(1.0f, ImGui::GetFontSize() / 18.0f));
    ImGui::Dummy(ImVec2(width, ImGui::GetStyle().ItemSpacing.y));
}

bool App::button(const std::string& key, const std::string& label, bool enabled, bool primary) {
    ImGui::PushID(key.c_str());
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Text, g_theme.accent_text);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_Text));
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_HeaderHovered));
    }
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label.c_str());
    ImGui::EndDisabled();
    ImGui::PopStyleColor(primary ? 1 : 3);
    ImGui::PopID();
    track(key);
    return pressed && enabled;
}

// A radio button or checkbox whose label wraps (option descriptions are sentences), with the
// whole row as the touch target.
bool App::choice(const std::string& key, const std::string& label, bool selected, float width,
                 bool radio, bool enabled) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float box = em * 1.1f;
    const float pad = style.FramePadding.y;
    const float text_x = box + em * 0.6f;
    const float wrap = std::max(em * 4.0f, width - text_x - pad * 2.0f);
    const ImVec2 text_size = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    const ImVec2 size(width, std::max(text_size.y, box) + pad * 2.0f);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(key.c_str());
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::InvisibleButton("##choice", size);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::EndDisabled();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (selected || hovered)
        dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y),
                          ImGui::GetColorU32(hovered ? ImGuiCol_HeaderHovered : ImGuiCol_Header), 4.0f);
    const ImU32 text_col = ImGui::GetColorU32(enabled ? ImGuiCol_Text : ImGuiCol_TextDisabled);
    const ImVec2 bc(p.x + pad + box * 0.5f, p.y + pad + box * 0.5f + (em - box) * 0.5f + 1.0f);
    const float thick = std::max(1.5f, em / 12.0f);
    if (radio) {
        dl->AddCircle(bc, box * 0.5f, text_col, 24, thick);
        if (selected) dl->AddCircleFilled(bc, box * 0.27f, u32(g_theme.accent), 24);
    } else {
        const ImVec2 a(bc.x - box * 0.5f, bc.y - box * 0.5f), b(bc.x + box * 0.5f, bc.y + box * 0.5f);
        dl->AddRect(a, b, text_col, 3.0f, 0, thick);
        if (selected) {
            const ImVec2 pts[3] = {ImVec2(a.x + box * 0.2f, bc.y), ImVec2(bc.x - box * 0.08f, b.y - box * 0.22f),
                                   ImVec2(b.x - box * 0.18f, a.y + box * 0.2f)};
            dl->AddPolyline(pts, 3, u32(g_theme.accent), 0, thick * 1.6f);
        }
    }
    dl->AddText(nullptr, 0.0f, ImVec2(p.x + pad + text_x, p.y + pad), text_col, label.c_str(),
                nullptr, wrap);
    track(key);
    return pressed && enabled;
}

bool App::text_field(const std::string& key, const std::string& label, const std::string& value,
                     float width, bool numeric, bool enabled, std::string* edited) {
    if (!label.empty()) ImGui::TextWrapped("%s", label.c_str());
    std::vector<char>& buf = buffers_[key];
    // 4 bytes per code point of the longest field (the 300-code-point name) and the NUL.
    if (buf.size() < 1280) buf.assign(1280, '\0');
    if (active_text_key_ != key) {
        const std::size_t n = std::min(value.size(), buf.size() - 1);
        std::memcpy(buf.data(), value.data(), n);
        buf[n] = '\0';
    }
    ImGui::PushID(key.c_str());
    ImGui::SetNextItemWidth(width);
    ImGui::BeginDisabled(!enabled);
    const bool changed = ImGui::InputText(
        "##field", buf.data(), buf.size(),
        numeric ? ImGuiInputTextFlags_CallbackCharFilter : ImGuiInputTextFlags_None,
        numeric ? number_filter : nullptr);
    const bool active = ImGui::IsItemActive();
    ImGui::EndDisabled();
    ImGui::PopID();
    if (active) active_text_key_ = key;
    else if (active_text_key_ == key) active_text_key_.clear();
    track(key);
    if (changed) *edited = std::string(buf.data());
    return changed;
}

// ---------------------------------------------------------------------------------------------
// Frame

void App::draw() {
    ++frames_;
    const ScreenModel& m = model();
    const bool new_screen = m.route != last_route_;
    last_route_ = m.route;
    rects_.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kPage = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
    // NoDecoration hides the scrollbar too; a long page on a phone must still scroll.
    ImGui::Begin("##page", nullptr, kPage & ~ImGuiWindowFlags_NoScrollbar);
    // A new screen starts at its top (the mirror's focus may scroll it later).
    if (new_screen) ImGui::SetScrollY(0.0f);
    const float em = ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float column = std::min(avail, 46.0f * em);
    const float indent = std::max(0.0f, (avail - column) * 0.5f);
    if (indent > 0.0f) ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);

    draw_top_bar(column, indent);
    draw_nav(column);
    draw_notices(column);
    switch (s_.route().page) {
    case Page::welcome: draw_welcome(column); break;
    case Page::profile: draw_profile(column); break;
    case Page::group: draw_group(column); break;
    case Page::pillar: draw_pillar(column); break;
    case Page::results:
    case Page::report: draw_results(column); break;
    }
    draw_actions(column);
    ImGui::Dummy(ImVec2(column, em * 2.0f));
    // The cursor is window-local and includes the scroll: this is the whole page's height.
    content_height_ = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;

    ImGui::PopTextWrapPos();
    if (indent > 0.0f) ImGui::Unindent(indent);
    ImGui::End();
}

void App::draw_top_bar(float column, float indent) {
    const ScreenModel& m = model_;
    const ImGuiStyle& style = ImGui::GetStyle();
    if (small_font_ != nullptr) ImGui::PushFont(small_font_);
    // Right-aligned settings buttons; on a narrow screen they take their own line.
    float total = 0.0f;
    for (const ActionView& a : m.settings)
        total += ImGui::CalcTextSize(a.label.c_str()).x + style.FramePadding.x * 2.0f + style.ItemSpacing.x;
    ImGui::SetCursorPosX(indent + style.WindowPadding.x + std::max(0.0f, column - total));
    bool first = true;
    for (const ActionView& a : m.settings) {
        if (!first) ImGui::SameLine();
        first = false;
        // Toggles that are on are drawn filled (primary), the others plain.
        if (button(a.key, a.label, true, a.primary))
            s_.command(a.key.substr(4));
    }
    if (small_font_ != nullptr) ImGui::PopFont();
}

void App::draw_nav(float column) {
    const ScreenModel& m = model_;
    const ImGuiStyle& style = ImGui::GetStyle();
    if (small_font_ != nullptr) ImGui::PushFont(small_font_);
    const float start_x = ImGui::GetCursorPosX();
    float x = 0.0f;
    for (const NavItem& n : m.nav) {
        std::string label = n.label;
        if (n.total > 0) label += " · " + std::to_string(n.answered) + "/" + std::to_string(n.total);
        const float w = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2.0f;
        if (x > 0.0f && x + w <= column) {
            ImGui::SameLine();
        } else if (x > 0.0f) {
            x = 0.0f;
            ImGui::SetCursorPosX(start_x);
        }
        x += w + style.ItemSpacing.x;
        if (button(n.key, label, true, n.current)) s_.command(n.key.substr(4));
    }
    if (small_font_ != nullptr) ImGui::PopFont();
    if (!m.progress_overall.empty() && s_.route().page == Page::pillar) {
        const float frac = m.criteria > 0 ? static_cast<float>(m.answered) / static_cast<float>(m.criteria) : 0.0f;
        ImGui::ProgressBar(frac, ImVec2(column, 0.0f), m.progress_overall.c_str());
    }
    rule(column);
}

void App::draw_notices(float column) {
    const ScreenModel& m = model_;
    if (m.notices.empty()) return;
    for (const std::string& n : m.notices) error_text(n);
    if (button("cmd:dismiss", tr(Str::dismiss, s_.lang()), true, false)) s_.command("dismiss");
    rule(column);
}

void App::draw_welcome(float column) {
    const ScreenModel& m = model_;
    heading(m.heading, true);
    for (const Paragraph& p : m.paragraphs) {
        if (!p.heading.empty()) heading(p.heading);
        ImGui::TextWrapped("%s", p.text.c_str());
    }
    if (m.table.empty()) return;
    const float em = ImGui::GetFontSize();
    constexpr ImGuiTableFlags kTable =
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_RowBg;
    if (ImGui::BeginTable("pillars", 3, kTable, ImVec2(column, 0.0f))) {
        const auto& header = m.table.front().second;
        ImGui::TableSetupColumn(header[0].c_str(), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(header[1].c_str(), ImGuiTableColumnFlags_WidthFixed,
                                std::max(ImGui::CalcTextSize(header[1].c_str()).x, 3.0f * em));
        ImGui::TableSetupColumn(header[2].c_str(), ImGuiTableColumnFlags_WidthFixed,
                                std::max(ImGui::CalcTextSize(header[2].c_str()).x, 3.0f * em));
        for (std::size_t r = 0; r < m.table.size(); ++r) {
            const bool head = r == 0 || m.table[r].first == "total";
            ImGui::TableNextRow(head ? ImGuiTableRowFlags_Headers : ImGuiTableRowFlags_None);
            for (const std::string& cell : m.table[r].second) {
                ImGui::TableNextColumn();
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextWrapped("%s", cell.c_str());
                ImGui::PopTextWrapPos();
            }
        }
        ImGui::EndTable();
    }
}

void App::draw_profile(float column) {
    const ScreenModel& m = model_;
    heading(m.heading, true);
    for (const Paragraph& p : m.paragraphs) muted(p.text);
    for (const FieldView& f : m.fields) draw_field(f, column);
    rule(column);
    heading(m.proposal_heading);
    ImGui::TextWrapped("%s", m.proposal.c_str());
    for (const std::string& r : m.reasons) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", canvas_text(r).c_str());
    }
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(Str::use_set, s_.lang()));
    for (const SetChoice& c : m.sets)
        if (choice(c.key, c.label, c.selected, column, true)) s_.set_profile("index_set", c.value);
    muted(m.set_note);
}

void App::draw_field(const FieldView& f, float column) {
    const float em = ImGui::GetFontSize();
    const std::string choose = tr(Str::choose, s_.lang());
    ImGui::Spacing();
    std::string edited;
    if (f.kind == "checkbox") {
        if (choice(f.key, f.label, f.value == "1", column, false))
            s_.set_profile(f.name, f.value == "1" ? "0" : "1");
    } else if (f.kind == "select") {
        ImGui::TextWrapped("%s", f.label.c_str());
        std::string preview = choose;
        for (const auto& [v, l] : f.choices)
            if (v == f.value) preview = l;
        ImGui::SetNextItemWidth(std::min(column, 26.0f * em));
        ImGui::PushID(f.key.c_str());
        if (ImGui::BeginCombo("##select", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
            for (const auto& [v, l] : f.choices) {
                if (ImGui::Selectable(l.c_str(), v == f.value)) s_.set_profile(f.name, v);
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
        track(f.key);
    } else {
        const bool numeric = f.kind == "number";
        if (text_field(f.key, f.label, f.value, std::min(column, (numeric ? 16.0f : 30.0f) * em),
                       numeric, true, &edited))
            s_.set_profile(f.name, edited);
    }
    if (!f.error.empty()) error_text(f.error);
    else if (f.valid) {
        ImGui::PushStyleColor(ImGuiCol_Text, g_theme.ok);
        ImGui::TextWrapped("%s", f.hint.c_str());
        ImGui::PopStyleColor();
    } else if (!f.hint.empty()) muted(f.hint);
}

void App::draw_group(float column) {
    const ScreenModel& m = model_;
    heading(m.heading, true);
    for (const Paragraph& p : m.paragraphs) muted(p.text);
    const GroupView& g = m.group;
    if (!g.empty_text.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", g.empty_text.c_str());
    }
    for (const MemberView& v : g.members) {
        rule(column);
        heading(v.title);
        for (const std::string& line : v.lines) muted(line);
        for (const std::string& e : v.errors) error_text(e);
        for (const FieldView& f : v.fields) draw_field(f, column);
        ImGui::Spacing();
        bool first = true;
        for (const ActionView& a : v.actions) {
            if (!first) ImGui::SameLine();
            first = false;
            if (button(a.key, a.label, a.enabled, a.primary)) s_.command(a.key.substr(4));
        }
    }
    rule(column);
    heading(tr(Str::group_result_heading, s_.lang()));
    for (const std::string& line : g.result) ImGui::TextWrapped("%s", canvas_text(line).c_str());
    if (g.has_result) {
        std::vector<int> percent;
        std::vector<std::string> labels;
        for (const PillarResultView& p : g.pillars) {
            percent.push_back(p.percent);
            labels.push_back(p.id + " · " + std::to_string(p.level));
        }
        const ChartColors colors{
            ImGui::GetColorU32(ImGuiCol_Text), u32(g_theme.card_border), u32(g_theme.chart_fill),
            u32(g_theme.chart_line),           u32(g_theme.focus),       u32(g_theme.card)};
        ImGui::Spacing();
        bar_chart(percent, labels, g.thresholds, column, colors);
    }
}

void App::draw_pillar(float column) {
    const ScreenModel& m = model_;
    heading(m.heading, true);
    if (!m.member_banner.empty()) ImGui::TextWrapped("%s", m.member_banner.c_str());
    if (!m.pillar_help.empty()) muted(m.pillar_help);
    if (!m.progress_pillar.empty()) ImGui::TextWrapped("%s", m.progress_pillar.c_str());
    if (!m.running_total.empty()) ImGui::TextWrapped("%s", m.running_total.c_str());
    for (const IndicatorView& iv : m.indicators) {
        rule(column);
        heading(iv.id + " " + iv.label);
        if (!iv.help.empty()) muted(iv.help);
        for (const CriterionView& c : iv.criteria) draw_criterion(c, column);
    }
}

void App::draw_criterion(const CriterionView& c, float column) {
    const float em = ImGui::GetFontSize();
    ImGui::Spacing();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // A card per criterion: a coloured left edge says answered (accent) or not (error red).
    const ImVec2 top = ImGui::GetCursorScreenPos();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::Indent(em * 0.8f);
    const float inner = column - em * 0.8f;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner - em * 0.5f);
    ImGui::TextWrapped("%s  %s", c.id.c_str(), c.label.c_str());
    ImGui::TextWrapped("%s", c.question.c_str());
    if (!c.period.empty()) muted(c.period);
    if (!c.help.empty()) {
        if (small_font_ != nullptr) ImGui::PushFont(small_font_);
        muted(c.help);
        if (small_font_ != nullptr) ImGui::PopFont();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, c.answered ? g_theme.ok : g_theme.error);
    ImGui::TextWrapped("• %s", c.status.c_str());
    ImGui::PopStyleColor();
    for (const OptionView& o : c.options) {
        if (choice(o.key, o.label, o.selected, inner - em * 0.5f, true)) {
            if (c.kind == "ladder") s_.set_option(c.id, o.value);
            else s_.set_gate(c.id, o.value);
        }
    }
    for (const NumberView& n : c.numbers) {
        std::string edited;
        if (text_field(n.key, n.label, n.value, std::min(inner - em, 16.0f * em), true, n.enabled,
                       &edited))
            s_.set_number(c.id, n.field, edited);
    }
    if (!c.ratio_text.empty()) muted(c.ratio_text);
    for (const std::string& e : c.errors) error_text(e);
    ImGui::PopTextWrapPos();
    ImGui::Unindent(em * 0.8f);
    ImGui::Spacing();
    const ImVec2 bottom = ImGui::GetCursorScreenPos();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, ImVec2(top.x + column, bottom.y), u32(g_theme.card), 4.0f);
    dl->AddRect(top, ImVec2(top.x + column, bottom.y), u32(g_theme.card_border), 4.0f);
    dl->AddRectFilled(top, ImVec2(top.x + em * 0.3f, bottom.y),
                      u32(c.answered ? g_theme.accent : g_theme.error), 4.0f);
    dl->ChannelsMerge();
}

void App::draw_results(float column) {
    const ScreenModel& m = model_;
    const float em = ImGui::GetFontSize();
    heading(m.heading, true);
    for (const Paragraph& p : m.paragraphs) ImGui::TextWrapped("%s", p.text.c_str());
    if (!m.has_results) return;
    const ResultsView& r = m.results;
    if (heading_font_ != nullptr) ImGui::PushFont(heading_font_);
    ImGui::TextWrapped("%s", r.total_text.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, g_theme.chart_line);
    ImGui::TextWrapped("%s", r.level_text.c_str());
    ImGui::PopStyleColor();
    if (heading_font_ != nullptr) ImGui::PopFont();
    ImGui::TextWrapped("%s", r.level_meaning.c_str());
    if (!r.incomplete.empty()) error_text(r.incomplete);

    std::vector<int> percent;
    std::vector<std::string> ids;
    for (const PillarResultView& p : r.pillars) {
        percent.push_back(p.percent);
        ids.push_back(p.id);
    }
    ChartColors colors{ImGui::GetColorU32(ImGuiCol_Text), u32(g_theme.card_border),
                       u32(g_theme.chart_fill), u32(g_theme.chart_line), u32(g_theme.focus),
                       u32(g_theme.card)};
    // Side by side when there is room (≥ 2 × 18 em), stacked on phones.
    const bool side = column >= 36.0f * em;
    const float chart_w = side ? (column - em) * 0.5f : column;
    heading(tr(Str::radar_title, s_.lang()));
    const ImVec2 charts_top = ImGui::GetCursorScreenPos();
    const float radar_size = std::min(chart_w, 24.0f * em);
    radar_chart(percent, ids, r.thresholds, radar_size, colors);
    if (side) {
        ImGui::SetCursorScreenPos(ImVec2(charts_top.x + chart_w + em, charts_top.y));
        ImGui::BeginGroup();
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + chart_w);
    muted(tr(Str::bars_title, s_.lang()));
    bar_chart(percent, ids, r.thresholds, chart_w, colors);
    muted(r.thresholds_text);
    ImGui::PopTextWrapPos();
    if (side) {
        ImGui::EndGroup();
        // The next section starts below the taller of the two charts.
        const float bottom = std::max(ImGui::GetCursorScreenPos().y, charts_top.y + radar_size);
        ImGui::SetCursorScreenPos(ImVec2(charts_top.x, bottom));
        ImGui::Dummy(ImVec2(0.0f, 0.0f));
    }

    heading(tr(Str::summary_heading, s_.lang()));
    constexpr ImGuiTableFlags kTable =
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_RowBg;
    if (ImGui::BeginTable("summary", 3, kTable, ImVec2(column, 0.0f))) {
        ImGui::TableSetupColumn(tr(Str::col_pillar, s_.lang()), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::col_points, s_.lang()), ImGuiTableColumnFlags_WidthFixed, 5.0f * em);
        ImGui::TableSetupColumn(tr(Str::col_level, s_.lang()), ImGuiTableColumnFlags_WidthFixed, 8.0f * em);
        ImGui::TableHeadersRow();
        for (const PillarResultView& p : r.pillars) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextWrapped("%s. %s", p.id.c_str(), p.label.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::Text("%d/%d", p.points, p.max);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextWrapped("%d – %s", p.level, p.level_name.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }

    heading(tr(Str::breakdown_heading, s_.lang()));
    for (const PillarResultView& p : r.pillars) {
        const std::string label = p.id + ". " + p.label + " — " + std::to_string(p.points) + "/" +
                                  std::to_string(p.max);
        ImGui::PushID(p.id.c_str());
        if (ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth)) {
            for (const auto& [name, pts] : p.indicators) {
                ImGui::Bullet();
                ImGui::TextWrapped("%s: %s", name.c_str(), pts.c_str());
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }

    heading(tr(Str::next_heading, s_.lang()));
    for (const std::string& t : r.next_level) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", canvas_text(t).c_str());
    }
    heading(tr(Str::reco_heading, s_.lang()));
    if (r.recommendations.empty()) ImGui::TextWrapped("%s", tr(Str::reco_none, s_.lang()));
    for (const RecoView& v : r.recommendations) {
        ImGui::TextWrapped("%s", v.heading.c_str());
        for (const auto& [name, desc] : v.groups) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", name.c_str());
            if (!desc.empty()) {
                ImGui::Indent(em);
                muted(desc);
                ImGui::Unindent(em);
            }
        }
    }
    heading(tr(Str::compare_heading, s_.lang()));
    ImGui::TextWrapped("%s", canvas_text(r.compare).c_str());

    if (s_.route().page == Page::results) {
        heading(tr(Str::export_heading, s_.lang()));
        muted(tr(Str::submit_note, s_.lang()));
        if (choice("cmd:publish", tr(Str::publish_opt, s_.lang()), r.publish, column, false))
            s_.command("publish");
        if (!r.signed_note.empty()) muted(r.signed_note);
        if (!r.submit_status.empty()) ImGui::TextWrapped("%s", r.submit_status.c_str());
        if (!r.qr_note.empty() && s_.kiosk_qr() != nullptr) {
            heading(tr(Str::qr_heading, s_.lang()));
            ImGui::TextWrapped("%s", r.qr_note.c_str());
            draw_qr(*s_.kiosk_qr(), column);
        }
    }
}

// The QR code: a white square with the 4-module quiet zone, one filled rectangle per run of
// dark modules in a row (a module is a whole number of pixels, at least 3, so the code stays
// sharp and scannable). In a child window of its own: its own draw list, so a version-40 code
// (~9,000 dark modules) never pushes the page's list past 16-bit indices (WebGL 2 has no
// vertex offsets); the mouse wheel still scrolls the page.
void App::draw_qr(const qr::Symbol& q, float column) {
    const int quiet = 4;
    const int cells = q.size + 2 * quiet;
    const float em = ImGui::GetFontSize();
    const int module = std::max(3, static_cast<int>(std::min(column, 18.0f * em) / static_cast<float>(cells)));
    const float side = static_cast<float>(module * cells);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::BeginChild("##qr", ImVec2(side, side), false,
                      ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar |
                          ImGuiWindowFlags_NoInputs);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float x0 = std::floor(p.x), y0 = std::floor(p.y);
    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + side, y0 + side), IM_COL32(255, 255, 255, 255));
    const ImU32 dark = IM_COL32(0, 0, 0, 255);
    for (int y = 0; y < q.size; ++y) {
        for (int x = 0; x < q.size;) {
            if (!q.dark(x, y)) { ++x; continue; }
            int end = x;
            while (end < q.size && q.dark(end, y)) ++end;
            const float ax = x0 + static_cast<float>((x + quiet) * module);
            const float ay = y0 + static_cast<float>((y + quiet) * module);
            dl->AddRectFilled(ImVec2(ax, ay),
                              ImVec2(x0 + static_cast<float>((end + quiet) * module), ay + static_cast<float>(module)),
                              dark);
            x = end;
        }
    }
    ImGui::Dummy(ImVec2(side, side));
    ImGui::EndChild();
    ImGui::PopStyleVar();
    track("qr:result");
}

void App::draw_actions(float column) {
    const ScreenModel& m = model_;
    if (m.actions.empty()) return;
    rule(column);
    const ImGuiStyle& style = ImGui::GetStyle();
    float x = 0.0f;
    const float start_x = ImGui::GetCursorPosX();
    for (const ActionView& a : m.actions) {
        const float w = ImGui::CalcTextSize(a.label.c_str()).x + style.FramePadding.x * 2.0f;
        if (x > 0.0f && x + w <= column) {
            ImGui::SameLine();
        } else if (x > 0.0f) {
            x = 0.0f;
            ImGui::SetCursorPosX(start_x);
        }
        x += w + style.ItemSpacing.x;
        if (button(a.key, a.label, a.enabled, a.primary)) s_.command(a.key.substr(4));
    }
}

}  // namespace dbi::web
