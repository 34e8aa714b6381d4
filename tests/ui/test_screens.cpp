// Headless smoke test of the canvas view: every screen drawn with Dear ImGui's null backend
// (a font atlas in memory, no window, no GL), at phone and desktop sizes, in both languages
// and every display setting — and a click on a drawn option that changes the answer.
#include <vector>

#include "app.hpp"
#include "imgui.h"
#include "ui_support.hpp"

using namespace dbi;
using namespace dbi::web;

namespace {

struct ImGuiNull {
    std::string font = test::read_source_file("wasm/fonts/NotoSans-vi.ttf");
    ImVector<ImWchar> ranges;
    ImGuiNull() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DeltaTime = 1.0f / 60.0f;
        ImFontGlyphRangesBuilder b;
        b.AddRanges(io.Fonts->GetGlyphRangesVietnamese());
        static const ImWchar kExtra[] = {0x2000, 0x206F, 0x20AB, 0x20AC, 0};
        b.AddRanges(kExtra);
        b.BuildRanges(&ranges);
    }
    ~ImGuiNull() { ImGui::DestroyContext(); }
    // Like main.cpp: body, heading and small fonts from the embedded subset.
    void fonts(App& app, float scale) {
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->Clear();
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        void* data = font.data();
        const int size = static_cast<int>(font.size());
        ImFont* body = io.Fonts->AddFontFromMemoryTTF(data, size, 18 * scale, &cfg, ranges.Data);
        ImFont* head = io.Fonts->AddFontFromMemoryTTF(data, size, 26 * scale, &cfg, ranges.Data);
        ImFont* small = io.Fonts->AddFontFromMemoryTTF(data, size, 16 * scale, &cfg, ranges.Data);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        REQUIRE(pixels != nullptr);
        app.set_fonts(body, head, small);
    }
    // One frame; returns the number of vertices drawn.
    int frame(App& app, float w, float h) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(w, h);
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }
    // A mouse click in the middle of the element drawn as `key`, as frames see it: the pointer
    // moves there, the button goes down, then up.
    void click(App& app, const std::string& key, float w, float h) {
        ItemRect r;
        REQUIRE(app.item_rect(key, &r));
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
        frame(app, w, h);
        io.MouseDown[0] = true;
        frame(app, w, h);
        io.MouseDown[0] = false;
        frame(app, w, h);
    }
};

}  // namespace

TEST_CASE("every screen draws at 360 and 1920 px, in both languages and every setting") {
    ImGuiNull gui;
    Session s;
    test::load_all(s);
    test::fill_profile(s);
    App app(s);
    const std::vector<std::string> routes = {"#/welcome", "#/profile", "#/pillar/1", "#/pillar/2",
                                             "#/pillar/3", "#/pillar/4", "#/pillar/5",
                                             "#/pillar/6", "#/results", "#/report"};
    for (bool large : {false, true}) {
        for (bool contrast : {false, true}) {
            s.set_large_text(large);
            s.set_high_contrast(contrast);
            gui.fonts(app, app.text_scale());
            App::apply_style(app.text_scale(), contrast);
            for (Lang lang : {Lang::vi, Lang::en}) {
                s.set_lang(lang);
                for (const std::string& r : routes) {
                    s.navigate(r);
                    for (float w : {360.0f, 1920.0f}) {
                        CAPTURE(r);
                        CAPTURE(w);
                        gui.frame(app, w, 800);  // first frame lays out tables and groups
                        CHECK(gui.frame(app, w, 800) > 100);
                        // Page actions are drawn on every screen (back/next, start, export).
                        ItemRect rect;
                        CHECK(app.item_rect(app.model().actions.front().key, &rect));
                        CHECK(rect.w > 0);
                        CHECK(rect.x + rect.w <= w);  // nothing wider than the screen
                    }
                }
            }
        }
    }
}

TEST_CASE("a click on a drawn option answers the criterion; the mirror's focus draws a ring") {
    ImGuiNull gui;
    Session s;
    test::load_all(s);
    App app(s);
    gui.fonts(app, 1.0f);
    App::apply_style(1.0f, false);
    s.navigate("#/pillar/1");
    gui.frame(app, 1280, 2400);  // tall: every option of 1.1.1 is on screen
    gui.frame(app, 1280, 2400);
    gui.click(app, "opt:1.1.1:3", 1280, 2400);
    REQUIRE(s.raw_answer("1.1.1") != nullptr);
    CHECK(s.raw_answer("1.1.1")->option == 3);
    CHECK(s.answers().answers.at("1.1.1").option == 3);
    // Focus ring: drawing with a focus key adds geometry around that element.
    const int before = gui.frame(app, 1280, 2400);
    app.set_focus_key("opt:1.1.1:4");
    const int with_ring = gui.frame(app, 1280, 2400);
    CHECK(with_ring > before);
}

TEST_CASE("typing into the drawn name field stores NFC text in the profile") {
    ImGuiNull gui;
    Session s;
    test::load_all(s);
    App app(s);
    gui.fonts(app, 1.0f);
    App::apply_style(1.0f, false);
    s.navigate("#/profile");
    gui.frame(app, 1280, 1600);
    gui.frame(app, 1280, 1600);
    ItemRect r;
    REQUIRE(app.item_rect("field:name", &r));
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(r.x + 10, r.y + r.h * 0.5f);
    gui.frame(app, 1280, 1600);
    io.MouseDown[0] = true;
    gui.frame(app, 1280, 1600);
    io.MouseDown[0] = false;
    gui.frame(app, 1280, 1600);
    CHECK(io.WantTextInput);
    // The page's bridge sends NFC ("Việt"); the session also normalises whatever arrives.
    io.AddInputCharactersUTF8("Vi\xE1\xBB\x87t");
    gui.frame(app, 1280, 1600);
    CHECK(s.profile().name == "Vi\xE1\xBB\x87t");
    s.set_profile("name", "Ti\x65\xCC\x82\xCC\x81ng");  // NFD through the mirror's path
    CHECK(s.profile().name == "Ti\xE1\xBA\xBFng");
}

TEST_CASE("the group screen draws its members and result at 360 and 1920 px") {
    ImGuiNull gui;
    Session s;
    test::load_all(s);
    s.load_data("index:group", test::read_source_file("indices/vn.mic.1970-2021.group.json"));
    s.set_profile("index_set", "group");
    s.navigate("#/group");
    s.command("member_add");
    s.command("member_add");
    s.set_profile("member:0:revenue_m", "500");
    s.command("member_assess:0");
    test::answer_everything(s);
    s.command("group");
    App app(s);
    gui.fonts(app, app.text_scale());
    REQUIRE(s.group_result() != nullptr);
    for (Lang lang : {Lang::vi, Lang::en}) {
        s.set_lang(lang);
        for (float w : {360.0f, 1920.0f}) {
            CAPTURE(w);
            gui.frame(app, w, 800);
            CHECK(gui.frame(app, w, 800) > 100);
            // Every member's fields and buttons are drawn, inside the screen.
            for (const MemberView& v : app.model().group.members) {
                for (const FieldView& f : v.fields) {
                    ItemRect rect;
                    CHECK(app.item_rect(f.key, &rect));
                    CHECK(rect.x + rect.w <= w);
                }
                for (const ActionView& a : v.actions) {
                    ItemRect rect;
                    CHECK(app.item_rect(a.key, &rect));
                }
            }
        }
    }
    // A click on "answer the questionnaire of unit 2" opens that unit's first pillar.
    App::apply_style(1.0f, false);
    gui.fonts(app, 1.0f);
    gui.frame(app, 1920, 4000);  // tall: the whole member list is on screen
    gui.frame(app, 1920, 4000);
    gui.click(app, "cmd:member_assess:1", 1920, 4000);
    CHECK(s.editing_member() == 1);
    CHECK(s.route() == Route{Page::pillar, 1});
}
