// DBI Kit in the browser: GLFW (Emscripten's library_glfw.js) + WebGL 2 + Dear ImGui.
//
// main() sets everything up and returns; there is no main loop. Frames are drawn on demand by
// platform_web.cpp (see platform.hpp), so an idle page costs no CPU.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <string>

#include "app.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform.hpp"

namespace dbi::web {
// Noto Sans subset (wasm/fonts/NotoSans-vi.ttf), embedded by wasm/embed_file.cmake.
extern const unsigned char kNotoSansVi[];
extern const unsigned int kNotoSansViSize;
}  // namespace dbi::web

namespace {

using namespace dbi::web;

// Font sizes in CSS pixels; multiplied by devicePixelRatio for the atlas.
constexpr float kBodyPx = 18.0f;
constexpr float kHeadingPx = 26.0f;

GLFWwindow* g_window = nullptr;
App g_app;
float g_ui_scale = 0.0f;       // scale the fonts and style were built for
dbi::Lang g_page_lang = dbi::Lang::vi;  // what <html lang> says (the page starts as "vi")
ImVector<ImWchar> g_ranges;    // must outlive every atlas build that uses it

// Vietnamese (Latin-1 + the Vietnamese letters) plus General Punctuation — ImGui's Vietnamese
// table lacks U+2013 "–" and U+2026 "…" — plus ₫ and €. Matches tools/scripts/subset_font.sh.
const ImWchar* glyph_ranges() {
    if (g_ranges.empty()) {
        static const ImWchar kExtra[] = {0x2000, 0x206F, 0x20AB, 0x20AC, 0};
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesVietnamese());
        builder.AddRanges(kExtra);
        builder.BuildRanges(&g_ranges);
    }
    return g_ranges.Data;
}

// (Re)builds the font atlas and the style for `scale`. Text is rasterised at device pixels so
// it stays sharp on HiDPI screens (GLFW 3.1.6 knows nothing about devicePixelRatio).
void build_fonts_and_style(float scale, bool gl_ready) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // static array: ImGui must not free it
    // AddFontFromMemoryTTF takes void*; with FontDataOwnedByAtlas = false it only reads.
    void* data = const_cast<unsigned char*>(kNotoSansVi);
    const int size = static_cast<int>(kNotoSansViSize);
    ImFont* body = io.Fonts->AddFontFromMemoryTTF(data, size, std::round(kBodyPx * scale),
                                                  &config, glyph_ranges());
    ImFont* heading = io.Fonts->AddFontFromMemoryTTF(data, size, std::round(kHeadingPx * scale),
                                                     &config, glyph_ranges());
    g_app.set_fonts(body, heading);
    App::apply_style(scale);
    if (gl_ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    g_ui_scale = scale;
}

void render_frame() {
    const float scale = device_pixel_ratio();
    if (scale != g_ui_scale) {
        build_fonts_and_style(scale, true);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    g_app.draw();
    ImGui::Render();

    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(g_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    after_frame(ImGui::GetIO().WantTextInput);
    if (g_app.lang() != g_page_lang) {
        g_page_lang = g_app.lang();
        set_document_language(g_page_lang == dbi::Lang::vi ? "vi" : "en");
    }
}

// Every input or size change wakes the renderer. Installed before ImGui's GLFW backend, which
// chains the callbacks it also needs (focus, enter, button, scroll, key, char); cursor position
// and size it does not set, so ours stay alone there.
void install_wake_callbacks(GLFWwindow* window) {
    glfwSetMouseButtonCallback(window, [](GLFWwindow*, int, int, int) { wake(); });
    glfwSetScrollCallback(window, [](GLFWwindow*, double, double) { wake(); });
    glfwSetKeyCallback(window, [](GLFWwindow*, int, int, int, int) { wake(); });
    glfwSetCharCallback(window, [](GLFWwindow*, unsigned int) { wake(); });
    glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) { wake(); });
    glfwSetCursorEnterCallback(window, [](GLFWwindow*, int) { wake(); });
    glfwSetWindowFocusCallback(window, [](GLFWwindow*, int) { wake(); });
    glfwSetWindowSizeCallback(window, [](GLFWwindow*, int, int) { wake(); });
    glfwSetFramebufferSizeCallback(window, [](GLFWwindow*, int, int) { wake(); });
}

}  // namespace

int main() {
    if (glfwInit() != GLFW_TRUE) {
        notify_fatal("glfwInit");
        return 1;
    }
    int width = 0;
    int height = 0;
    canvas_pixel_size(&width, &height);
    g_window = glfwCreateWindow(width > 0 ? width : 1280, height > 0 ? height : 800, "DBI Kit",
                                nullptr, nullptr);
    if (g_window == nullptr) {
        notify_fatal("WebGL 2");  // the page explains what that means
        return 1;
    }
    glfwMakeContextCurrent(g_window);
    install_wake_callbacks(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored behind the user's back
    io.LogFilename = nullptr;
    build_fonts_and_style(device_pixel_ratio(), false);

    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init(nullptr);  // IMGUI_IMPL_OPENGL_ES3: "#version 300 es"

    PlatformHooks hooks;
    hooks.render_frame = render_frame;
    hooks.text_input = [](const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); };
    hooks.index_loaded = [](std::string_view json) { g_app.load_index(json); };
    hooks.index_unavailable = [](std::string_view why) { g_app.index_unavailable(why); };
    hooks.set_language = [](std::string_view tag) {
        if (tag == "vi" || tag == "en") {
            g_app.set_lang(tag == "vi" ? dbi::Lang::vi : dbi::Lang::en);
        }
    };
    platform_start(hooks);
    notify_ready();
    wake();
    return 0;
}
