// DBI Kit in the browser: GLFW (Emscripten's library_glfw.js) + WebGL 2 + Dear ImGui.
//
// main() sets everything up and returns; there is no main loop. Frames are drawn on demand by
// platform_web.cpp (see platform.hpp), so an idle page costs no CPU. After every frame and
// every call from the page, sync() publishes what changed to the page: the screen model (for
// the accessibility mirror), the route (hash), the draft (localStorage) and effects.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <string>

#include "app.hpp"
#include "dbi/crypto.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform.hpp"
#include "session.hpp"

namespace dbi::web {
// Noto Sans subset (wasm/fonts/NotoSans-vi.ttf), embedded by wasm/embed_file.cmake.
extern const unsigned char kNotoSansVi[];
extern const unsigned int kNotoSansViSize;
}  // namespace dbi::web

namespace {

using namespace dbi::web;

// Font sizes in CSS pixels; multiplied by devicePixelRatio and the text-size setting.
constexpr float kBodyPx = 18.0f;
constexpr float kHeadingPx = 26.0f;
constexpr float kSmallPx = 16.0f;  // never below 16 px: help text must stay readable

GLFWwindow* g_window = nullptr;
Session g_session;
App g_app(g_session);
float g_font_scale = 0.0f;       // scale the fonts were built for (DPR × text size)
bool g_contrast = false;         // theme the style was built for
dbi::Lang g_page_lang = dbi::Lang::vi;
std::uint64_t g_published = 0;   // model revision last sent to the page
std::uint64_t g_saved = 0;       // draft revision last sent to the page
std::string g_route;             // route last sent to the page
ImVector<ImWchar> g_ranges;      // must outlive every atlas build that uses it

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

// (Re)builds the font atlas and the style. Text is rasterised at device pixels so it stays
// sharp on HiDPI screens (GLFW 3.1.6 knows nothing about devicePixelRatio).
void build_fonts_and_style(float dpr, bool gl_ready) {
    const float scale = dpr * g_app.text_scale();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // static array: ImGui must not free it
    void* data = const_cast<unsigned char*>(kNotoSansVi);
    const int size = static_cast<int>(kNotoSansViSize);
    ImFont* body = io.Fonts->AddFontFromMemoryTTF(data, size, std::round(kBodyPx * scale), &config,
                                                  glyph_ranges());
    ImFont* heading = io.Fonts->AddFontFromMemoryTTF(data, size, std::round(kHeadingPx * scale),
                                                     &config, glyph_ranges());
    ImFont* small = io.Fonts->AddFontFromMemoryTTF(data, size, std::round(kSmallPx * scale),
                                                   &config, glyph_ranges());
    g_app.set_fonts(body, heading, small);
    App::apply_style(scale, g_session.high_contrast());
    if (gl_ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    g_font_scale = scale;
    g_contrast = g_session.high_contrast();
}

void sync() {
    if (g_session.revision() != g_published) {
        g_published = g_session.revision();
        publish_model(to_json(g_app.model()));
    }
    const std::string route = g_session.route().str();
    if (route != g_route) {
        g_route = route;
        publish_route(route);
    }
    if (g_session.draft_revision() != g_saved) {
        g_saved = g_session.draft_revision();
        publish_draft(g_session.draft_json());
    }
    for (const Effect& e : g_session.take_effects()) {
        const char* kind = "";
        switch (e.kind) {
        case Effect::Kind::load_index: kind = "load_index"; break;
        case Effect::Kind::download: kind = "download"; break;
        case Effect::Kind::submit: kind = "submit"; break;
        case Effect::Kind::save_history: kind = "save_history"; break;
        case Effect::Kind::save_device_key: kind = "save_device_key"; break;
        case Effect::Kind::pick_file: kind = "pick_file"; break;
        case Effect::Kind::save_kiosk_key: kind = "save_kiosk_key"; break;
        case Effect::Kind::kiosk_wipe: kind = "kiosk_wipe"; break;
        case Effect::Kind::print_slip: kind = "print_slip"; break;
        }
        publish_effect(kind, e.a, e.b);
    }
    if (g_session.lang() != g_page_lang) {
        g_page_lang = g_session.lang();
        set_document_language(g_page_lang == dbi::Lang::vi ? "vi" : "en");
    }
}

void render_frame() {
    const float dpr = device_pixel_ratio();
    if (dpr * g_app.text_scale() != g_font_scale || g_session.high_contrast() != g_contrast) {
        build_fonts_and_style(dpr, true);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const std::uint64_t before = g_session.revision();
    g_app.draw();
    ImGui::Render();

    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(g_window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    after_frame(ImGui::GetIO().WantTextInput);
    sync();
    // A click that changed the state (a new screen, a new theme) needs frames of its own.
    if (g_session.revision() != before) wake();
}

// Every input or size change wakes the renderer. Installed before ImGui's GLFW backend, which
// chains the callbacks it also needs (focus, enter, button, scroll, key, char); cursor position
// and size it does not set, so ours stay alone there.
void install_wake_callbacks(GLFWwindow* window) {
    glfwSetMouseButtonCallback(window, [](GLFWwindow*, int, int, int) { wake(); });
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
    if (!dbi::crypto::init()) {
        notify_fatal("crypto");
        return 1;
    }
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

    g_session.set_clock(utc_now);
    Host host;
    host.session = &g_session;
    host.app = &g_app;
    host.render_frame = render_frame;
    host.text_input = [](const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); };
    host.sync = sync;
    // The page delivers wheel steps itself (see web/boot.js): GLFW's are raw pixels.
    host.scroll = [](double dx, double dy) {
        ImGuiIO& io = ImGui::GetIO();
        io.MouseWheelH += static_cast<float>(dx);
        io.MouseWheel += static_cast<float>(dy);
    };
    platform_start(host);
    notify_ready();
    sync();
    wake();
    return 0;
}
