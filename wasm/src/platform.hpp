// platform.hpp — everything the app needs from the browser, behind plain C++.
//
// platform_web.cpp is the only file that includes <emscripten/…>; session, screen model and
// app stay portable so that the native UI test drives them.
//
// Rendering is on demand (no main loop): input callbacks and page calls wake(), which renders a
// few frames on the next animation frames and then stops, so an idle page draws nothing. While
// ImGui wants text input, one frame every 530 ms keeps the caret blinking.
//
// Exported to the page (C names, called with Module.ccall; listed in wasm/CMakeLists.txt).
// Every call that changes the state re-publishes the screen model (Module.onModel), the route
// (Module.onRoute), the draft (Module.onDraft) and effects (Module.onEffect) as needed.
//   app_text_input(utf8)                    text from the hidden <textarea> bridge, NFC
//   app_load_data(kind, json)               a data file: "index:sme", "provinces", "smedx", …
//   app_data_unavailable(kind, why)         the page could not fetch it
//   app_resized()                           canvas backing store or devicePixelRatio changed
//   app_scroll(dx, dy)                      mouse wheel or touch drag, in wheel steps
//   app_set_language(tag)                   "vi" | "en"
//   app_navigate(route)                     "#/pillar/2" (the page's hashchange)
//   app_command(cmd)                        a button: "next", "back", "download", "submit", …
//   app_answer_option(id, n)                ladder: 1..n, 0 = "No" at the gate, -1 = clear
//   app_answer_gate(id, g)                  numeric criterion's gate: 1, 0, -1
//   app_answer_number(id, field, text)      "numerator" | "denominator" | "value"
//   app_profile_set(field, value)           profile field (see Session::set_profile)
//   app_focus(key)                          the mirror's focused element (model key) or ""
//   app_restore_draft(json)                 localStorage draft (tolerant)
//   app_set_history(json)                   localStorage history
//   app_set_device_key(seed_base64)         localStorage device key seed
//   app_submit_result(status, body)         the POST's outcome (status 0 = network error)
//   app_model_json() → string               the current screen model
//   app_answers_json() → string             the answers as canonical "dbi-answers/1"
//   app_item_rect(key) → "x,y,w,h"          CSS pixels of a keyed canvas element, or ""
//   app_frame_count() → int                 frames rendered so far (idle checks)
//   app_content_height() → int              the screen's content height, CSS px (embedding)
#pragma once

#include <string>

namespace dbi::web {

class Session;
class App;

// What the exports reach; main.cpp implements it.
struct Host {
    Session* session = nullptr;
    App* app = nullptr;
    void (*render_frame)() = nullptr;               // NewFrame … Render … draw, once
    void (*text_input)(const char* utf8) = nullptr; // valid during the call only
    void (*sync)() = nullptr;                       // publish model/route/draft/effects
    void (*scroll)(double dx, double dy) = nullptr; // wheel steps, up/left positive
};

// Registers the host. Call once, after the GL context and ImGui exist.
void platform_start(const Host& host);

// Schedules a few frames (enough for hover and click states to settle). Cheap, idempotent.
void wake();

// Call at the end of every frame: tracks io.WantTextInput, focuses or blurs the page's text
// bridge when it changes, and keeps the caret-blink timer running while it is true.
void after_frame(bool want_text_input);

void notify_ready();
void notify_fatal(const char* reason);
void set_document_language(const char* bcp47);

// Publishing to the page (each a Module hook; see web/boot.js).
void publish_model(const std::string& json);
void publish_route(const std::string& route);
void publish_draft(const std::string& json);
void publish_effect(const char* kind, const std::string& a, const std::string& b);

// "YYYY-MM-DDTHH:MM:SSZ" from the browser's clock.
std::string utc_now();

// Canvas backing-store size in device pixels, as the page sized it (CSS size × DPR).
void canvas_pixel_size(int* width, int* height);

// window.devicePixelRatio (≥ 1 in practice; 1 when unknown). The UI scales fonts by it.
float device_pixel_ratio();

}  // namespace dbi::web
