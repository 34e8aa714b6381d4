// app.hpp — the canvas view: draws the current ScreenModel with Dear ImGui.
//
// No Emscripten, GLFW or GL here (main.cpp owns the window and the render loop, platform_web.cpp
// the browser), so the native UI test draws every screen with a null backend. Widgets act on
// the Session; the model is rebuilt at the start of the next frame (never in the middle of one,
// so references into it stay valid while drawing).
//
// Every interactive element is drawn under its model key (see screen_model.hpp). The App keeps
// the screen rectangles of the last frame's keyed elements (for tests and for the mirror's
// focus ring) and draws a focus ring around the element the mirror says is focused.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "screen_model.hpp"
#include "session.hpp"

struct ImFont;
struct ImVec2;

namespace dbi::web {

struct ItemRect {
    float x = 0, y = 0, w = 0, h = 0;  // ImGui display coordinates (device pixels on the web)
};

class App {
public:
    explicit App(Session& session) : s_(session) {}

    // Fonts from the atlas main.cpp built for the current scale × text size.
    void set_fonts(ImFont* body, ImFont* heading, ImFont* small) noexcept;
    // Resets ImGui's style to the app's theme at `scale` (1 = CSS pixels = device pixels).
    static void apply_style(float scale, bool high_contrast);
    // 1 for normal text, 1.25 for the large-text setting, 1.4 for large text at a kiosk (a
    // touch screen: every hit target grows with it). main.cpp rebuilds fonts by it.
    float text_scale() const noexcept {
        return s_.large_text() ? (s_.kiosk_mode() ? 1.4f : 1.25f) : 1.0f;
    }

    // Draws one frame's widgets over the whole viewport. Call between NewFrame and Render.
    void draw();

    // The model of the current state (rebuilt when the session changed since the last call).
    const ScreenModel& model();

    // The mirror's focus: draw the ring there and scroll it into view once. "" = none.
    void set_focus_key(std::string key);
    const std::string& focus_key() const noexcept { return focus_key_; }
    // Rectangle of a keyed element in the last frame; false when it was not drawn (off screen
    // elements are still recorded, with coordinates outside the viewport).
    bool item_rect(std::string_view key, ItemRect* out) const;
    // How many frames draw() has run (tests count idle frames).
    long frames() const noexcept { return frames_; }
    // Height of the current screen's content in device pixels, as laid out by the last frame
    // (an embedding page sizes its iframe to it).
    float content_height() const noexcept { return content_height_; }

private:
    void draw_top_bar(float column, float indent);
    void draw_nav(float column);
    void draw_notices(float column);
    void draw_welcome(float column);
    void draw_profile(float column);
    void draw_field(const FieldView& f, float column);  // profile and member-unit fields
    void draw_group(float column);
    void draw_pillar(float column);
    void draw_criterion(const CriterionView& c, float column);
    void draw_results(float column);
    void draw_actions(float column);
    void draw_qr(const qr::Symbol& q, float column);

    // Widgets
    void heading(const std::string& text, bool big = false);
    void muted(const std::string& text);
    void error_text(const std::string& text);
    bool button(const std::string& key, const std::string& label, bool enabled = true,
                bool primary = true);
    bool choice(const std::string& key, const std::string& label, bool selected, float width,
                bool radio, bool enabled = true);
    bool text_field(const std::string& key, const std::string& label, const std::string& value,
                    float width, bool numeric, bool enabled, std::string* edited);
    void track(const std::string& key);
    void rule(float width);

    Session& s_;
    ScreenModel model_;
    std::uint64_t model_revision_ = 0;
    std::string focus_key_;
    bool scroll_to_focus_ = false;
    std::string last_route_;
    std::map<std::string, ItemRect, std::less<>> rects_;
    std::map<std::string, std::vector<char>> buffers_;  // text fields, by key
    std::string active_text_key_;                       // the field being edited
    ImFont* body_font_ = nullptr;
    ImFont* heading_font_ = nullptr;
    ImFont* small_font_ = nullptr;
    long frames_ = 0;
    float content_height_ = 0.0f;
};

}  // namespace dbi::web
