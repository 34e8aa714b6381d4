// platform.hpp — everything the app needs from the browser, behind plain C++.
//
// platform_web.cpp is the only file that includes <emscripten/…>; main.cpp and app.cpp stay
// portable so that a native test harness could drive them later.
//
// Rendering is on demand (no main loop): input callbacks and page events call wake(), which
// renders a few frames on the next animation frames and then stops, so an idle page draws
// nothing. While ImGui wants text input, one frame every 530 ms keeps the caret blinking.
//
// Exported to the page (C names, called with Module.ccall; see web/index.html):
//   app_text_input(const char* utf8)         text from the hidden <textarea> (IME, paste,
//                                            mobile keyboards), already NFC
//   app_load_index(const char* json)         the SME index file the page fetched
//   app_index_unavailable(const char* why)   the page could not fetch it
//   app_resized()                            the canvas backing store or devicePixelRatio changed
//   app_set_language(const char* tag)        "vi" or "en" (the page's ?lang= parameter)
#pragma once

#include <string_view>

namespace dbi::web {

// What the platform layer calls back into. All pointers must be set before platform_start().
struct PlatformHooks {
    void (*render_frame)() = nullptr;                      // NewFrame … Render … draw, once
    void (*text_input)(const char* utf8) = nullptr;        // valid during the call only
    void (*index_loaded)(std::string_view json) = nullptr; // valid during the call only
    void (*index_unavailable)(std::string_view why) = nullptr;
    void (*set_language)(std::string_view bcp47) = nullptr;
};

// Registers the hooks. Call once, after the GL context and ImGui exist.
void platform_start(const PlatformHooks& hooks);

// Schedules a few frames (enough for hover and click states to settle). Cheap, idempotent.
void wake();

// Call at the end of every frame: tracks io.WantTextInput, focuses or blurs the page's text
// bridge when it changes, and keeps the caret-blink timer running while it is true.
void after_frame(bool want_text_input);

// Tells the page that the app is running (it hides its loading line) — once, after init.
void notify_ready();

// Tells the page the app cannot start (e.g. no WebGL 2); `reason` is shown in the status line.
void notify_fatal(const char* reason);

// Sets <html lang> (and tells the page, which re-words its status line) when the UI language
// changes; `bcp47` is "vi" or "en".
void set_document_language(const char* bcp47);

// Canvas backing-store size in device pixels, as the page sized it (CSS size × DPR).
void canvas_pixel_size(int* width, int* height);

// window.devicePixelRatio (≥ 1 in practice; 1 when unknown). The UI scales fonts by it.
float device_pixel_ratio();

}  // namespace dbi::web
