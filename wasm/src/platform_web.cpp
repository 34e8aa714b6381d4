// The browser side of platform.hpp — the only file that includes Emscripten headers.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <string_view>

#include "platform.hpp"

// Page-side hooks, all optional (web/index.html defines them). Quoted Module['…'] names
// survive a later Closure build.
EM_JS(void, dbi_js_want_text_input, (int on), {
    if (Module['onWantTextInput']) Module['onWantTextInput'](!!on);
});
EM_JS(void, dbi_js_ready, (), {
    if (Module['onAppReady']) Module['onAppReady']();
});
EM_JS(void, dbi_js_fatal, (const char* reason), {
    if (Module['onAppFatal']) Module['onAppFatal'](UTF8ToString(reason));
});
EM_JS(void, dbi_js_set_language, (const char* lang), {
    var tag = UTF8ToString(lang);
    document.documentElement.lang = tag;
    if (Module['onLanguage']) Module['onLanguage'](tag);
});
EM_JS(int, dbi_js_canvas_width, (), { return Module['canvas'].width | 0; });
EM_JS(int, dbi_js_canvas_height, (), { return Module['canvas'].height | 0; });
EM_JS(double, dbi_js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });

namespace dbi::web {

namespace {

// Three frames settle hover and click states (ImGui reacts to a press one frame late and
// auto-sized windows take two); more would only burn battery.
constexpr int kFramesPerWake = 3;
// The usual text caret blink period.
constexpr double kCaretBlinkMs = 530.0;

PlatformHooks g_hooks;
int g_frames_left = 0;
bool g_frame_pending = false;
bool g_want_text_input = false;
bool g_blink_pending = false;

EM_BOOL on_animation_frame(double /*time*/, void* /*user*/) {
    g_frame_pending = false;
    if (g_hooks.render_frame != nullptr) {
        g_hooks.render_frame();
    }
    if (--g_frames_left > 0) {
        g_frame_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
    return EM_FALSE;  // one-shot: nothing runs while idle
}

void request_frames(int frames) {
    if (g_frames_left < frames) {
        g_frames_left = frames;
    }
    if (!g_frame_pending) {
        g_frame_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

void on_caret_blink(void* /*user*/) {
    g_blink_pending = false;
    if (g_want_text_input) {
        request_frames(1);  // after_frame re-arms the timer
    }
}

}  // namespace

void platform_start(const PlatformHooks& hooks) { g_hooks = hooks; }

void wake() { request_frames(kFramesPerWake); }

void after_frame(bool want_text_input) {
    if (want_text_input != g_want_text_input) {
        g_want_text_input = want_text_input;
        dbi_js_want_text_input(want_text_input ? 1 : 0);
    }
    if (g_want_text_input && !g_blink_pending) {
        g_blink_pending = true;
        emscripten_set_timeout(on_caret_blink, kCaretBlinkMs, nullptr);
    }
}

void notify_ready() { dbi_js_ready(); }

void notify_fatal(const char* reason) { dbi_js_fatal(reason); }

void set_document_language(const char* bcp47) { dbi_js_set_language(bcp47); }

void canvas_pixel_size(int* width, int* height) {
    *width = dbi_js_canvas_width();
    *height = dbi_js_canvas_height();
}

float device_pixel_ratio() {
    const double dpr = dbi_js_device_pixel_ratio();
    return dpr > 0.0 ? static_cast<float>(dpr) : 1.0f;
}

}  // namespace dbi::web

// ---------------------------------------------------------------------------------------------
// Exports (listed in wasm/CMakeLists.txt's -sEXPORTED_FUNCTIONS as well).

extern "C" {

EMSCRIPTEN_KEEPALIVE void app_text_input(const char* utf8) {
    if (utf8 != nullptr && dbi::web::g_hooks.text_input != nullptr) {
        dbi::web::g_hooks.text_input(utf8);
    }
    dbi::web::wake();
}

EMSCRIPTEN_KEEPALIVE void app_load_index(const char* json) {
    if (json != nullptr && dbi::web::g_hooks.index_loaded != nullptr) {
        dbi::web::g_hooks.index_loaded(std::string_view(json));
    }
    dbi::web::wake();
}

EMSCRIPTEN_KEEPALIVE void app_index_unavailable(const char* why) {
    if (dbi::web::g_hooks.index_unavailable != nullptr) {
        dbi::web::g_hooks.index_unavailable(std::string_view(why != nullptr ? why : ""));
    }
    dbi::web::wake();
}

EMSCRIPTEN_KEEPALIVE void app_resized() { dbi::web::wake(); }

EMSCRIPTEN_KEEPALIVE void app_set_language(const char* tag) {
    if (tag != nullptr && dbi::web::g_hooks.set_language != nullptr) {
        dbi::web::g_hooks.set_language(std::string_view(tag));
    }
    dbi::web::wake();
}

}  // extern "C"
