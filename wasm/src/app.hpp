// app.hpp — the app's screens and state, drawn with Dear ImGui only.
//
// No Emscripten, GLFW or GL here: main.cpp owns the window and the render loop, platform_web.cpp
// the browser. The App is told about fonts, the UI scale (devicePixelRatio) and the index file,
// and draws one frame's widgets in draw(). It grows screen by screen (questionnaire, results,
// accessible mirror); for now there is the welcome screen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dbi/diagnostics.hpp"
#include "dbi/text.hpp"

struct ImFont;

namespace dbi::web {

// What the welcome screen shows about the loaded index: every figure comes from dbi_core.
struct PillarRow {
    std::string id;      // "1"
    Text label;
    int max_points = 0;  // Σ of the pillar's indicators, as validated by the core
    int criteria = 0;    // scored criteria in the pillar
};

struct IndexSummary {
    enum class State { loading, unavailable, invalid, loaded };
    State state = State::loading;
    std::string id;                        // "vn.mic.1970-2021.sme" (loaded)
    Text title;                            // (loaded)
    std::vector<PillarRow> pillars;        // (loaded)
    int total_points = 0;                  // (loaded)
    int total_criteria = 0;                // (loaded)
    std::vector<Diagnostic> diagnostics;   // errors (invalid) or warnings (loaded)
    std::string detail;                    // why it is unavailable (unavailable)
};

// Parses and validates `json` with the core and reduces it to what the UI shows. Never throws.
IndexSummary summarize_index(std::string_view json) noexcept;

enum class Screen { welcome };

class App {
public:
    // Fonts from the atlas main.cpp built; `scale` is the UI scale they were built for.
    void set_fonts(ImFont* body, ImFont* heading) noexcept;
    // Resets ImGui's style to the app's theme at `scale` (1 = CSS pixels = device pixels).
    static void apply_style(float scale);

    void load_index(std::string_view json);
    void index_unavailable(std::string_view why);

    // Draws one frame's widgets over the whole viewport. Call between NewFrame and Render.
    void draw();

    void set_lang(Lang lang) noexcept { lang_ = lang; }
    Lang lang() const noexcept { return lang_; }
    Screen screen() const noexcept { return screen_; }
    const IndexSummary& index() const noexcept { return index_; }

private:
    void draw_welcome();
    void draw_index_section();
    void heading(const char* text);
    void rule(float width);
    bool button(const char* label, bool enabled = true);

    Lang lang_ = Lang::vi;
    Screen screen_ = Screen::welcome;
    IndexSummary index_;
    ImFont* body_font_ = nullptr;
    ImFont* heading_font_ = nullptr;
};

}  // namespace dbi::web
