// The browser side of platform.hpp — the only file that includes Emscripten headers.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "app.hpp"
#include "platform.hpp"
#include "session.hpp"

// Page-side hooks, all optional (web/boot.js defines them). Quoted Module['…'] names survive a
// later Closure build.
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
EM_JS(void, dbi_js_model, (const char* json), {
    if (Module['onModel']) Module['onModel'](UTF8ToString(json));
});
EM_JS(void, dbi_js_route, (const char* route), {
    if (Module['onRoute']) Module['onRoute'](UTF8ToString(route));
});
EM_JS(void, dbi_js_draft, (const char* json), {
    if (Module['onDraft']) Module['onDraft'](UTF8ToString(json));
});
EM_JS(void, dbi_js_effect, (const char* kind, const char* a, const char* b), {
    if (Module['onEffect']) Module['onEffect'](UTF8ToString(kind), UTF8ToString(a), UTF8ToString(b));
});
// The string is allocated with stringToUTF8 on the C heap and freed by the caller.
EM_JS(char*, dbi_js_utc_now, (), {
    var s = new Date().toISOString().slice(0, 19) + 'Z';
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
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

Host g_host;
int g_frames_left = 0;
bool g_frame_pending = false;
bool g_want_text_input = false;
bool g_blink_pending = false;
int g_frame_count = 0;
std::string g_out;  // the last string returned to the page (valid until the next call)

EM_BOOL on_animation_frame(double /*time*/, void* /*user*/) {
    g_frame_pending = false;
    if (g_host.render_frame != nullptr) {
        ++g_frame_count;
        g_host.render_frame();
    }
    if (--g_frames_left > 0) {
        g_frame_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
    return EM_FALSE;  // one-shot: nothing runs while idle
}

void request_frames(int frames) {
    if (g_frames_left < frames) g_frames_left = frames;
    if (!g_frame_pending) {
        g_frame_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

void on_caret_blink(void* /*user*/) {
    g_blink_pending = false;
    if (g_want_text_input) request_frames(1);  // after_frame re-arms the timer
}

// After every call from the page: publish what changed, then draw.
void done() {
    if (g_host.sync != nullptr) g_host.sync();
    wake();
}

}  // namespace

void platform_start(const Host& host) { g_host = host; }

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
void publish_model(const std::string& json) { dbi_js_model(json.c_str()); }
void publish_route(const std::string& route) { dbi_js_route(route.c_str()); }
void publish_draft(const std::string& json) { dbi_js_draft(json.c_str()); }
void publish_effect(const char* kind, const std::string& a, const std::string& b) {
    dbi_js_effect(kind, a.c_str(), b.c_str());
}

std::string utc_now() {
    char* p = dbi_js_utc_now();
    std::string s(p != nullptr ? p : "");
    free(p);
    return s;
}

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

namespace {
using dbi::web::g_host;
std::string_view sv(const char* s) { return s != nullptr ? std::string_view(s) : std::string_view(); }
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void app_text_input(const char* utf8) {
    if (utf8 != nullptr && g_host.text_input != nullptr) g_host.text_input(utf8);
    dbi::web::wake();
}

EMSCRIPTEN_KEEPALIVE void app_load_data(const char* kind, const char* json) {
    g_host.session->load_data(sv(kind), sv(json));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_data_unavailable(const char* kind, const char* why) {
    g_host.session->data_unavailable(sv(kind), sv(why));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_resized() { dbi::web::wake(); }

EMSCRIPTEN_KEEPALIVE void app_scroll(double dx, double dy) {
    if (g_host.scroll != nullptr) g_host.scroll(dx, dy);
    dbi::web::wake();
}

EMSCRIPTEN_KEEPALIVE void app_set_language(const char* tag) {
    g_host.session->set_lang(sv(tag) == "en" ? dbi::Lang::en : dbi::Lang::vi);
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_navigate(const char* route) {
    g_host.session->navigate(sv(route));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_command(const char* cmd) {
    g_host.session->command(sv(cmd));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_answer_option(const char* id, int option) {
    g_host.session->set_option(sv(id), option);
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_answer_gate(const char* id, int gate) {
    g_host.session->set_gate(sv(id), gate);
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_answer_number(const char* id, const char* field, const char* text) {
    g_host.session->set_number(sv(id), sv(field), sv(text));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_profile_set(const char* field, const char* value) {
    g_host.session->set_profile(sv(field), sv(value));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_focus(const char* key) {
    g_host.app->set_focus_key(std::string(sv(key)));
    dbi::web::wake();
}

EMSCRIPTEN_KEEPALIVE void app_restore_draft(const char* json) {
    g_host.session->restore_draft(sv(json));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_set_history(const char* json) {
    g_host.session->set_history(sv(json));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_set_device_key(const char* seed) {
    g_host.session->set_device_seed(sv(seed));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_set_kiosk(int on) {
    g_host.session->set_kiosk_mode(on != 0);
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE void app_submit_result(int status, const char* body) {
    g_host.session->submit_result(status, sv(body));
    dbi::web::done();
}

EMSCRIPTEN_KEEPALIVE const char* app_model_json() {
    dbi::web::g_out = dbi::web::to_json(g_host.app->model());
    return dbi::web::g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* app_answers_json() {
    dbi::web::g_out = g_host.session->answers_json();
    return dbi::web::g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* app_item_rect(const char* key) {
    dbi::web::ItemRect r;
    dbi::web::g_out.clear();
    if (g_host.app->item_rect(sv(key), &r)) {
        // ImGui works in device pixels (canvas backing store); the page thinks in CSS pixels.
        const float k = dbi::web::device_pixel_ratio();
        dbi::web::g_out = std::to_string(r.x / k) + "," + std::to_string(r.y / k) + "," +
                          std::to_string(r.w / k) + "," + std::to_string(r.h / k);
    }
    return dbi::web::g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE int app_frame_count() { return dbi::web::g_frame_count; }

EMSCRIPTEN_KEEPALIVE int app_content_height() {
    return static_cast<int>(g_host.app->content_height() / dbi::web::device_pixel_ratio() + 0.5f);
}

}  // extern "C"
