// dbi-server — serves the static DBI Kit on 127.0.0.1 (the collection API arrives with the
// server issue). Usage: dbi-server --site DIR [--host 127.0.0.1] [--port 8080] [--data DIR]
#include <httplib.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

httplib::Server* g_server = nullptr;

void on_signal(int) {
    if (g_server) g_server->stop();
}

int usage(const char* why) {
    std::cerr << "dbi-server: " << why << "\n"
              << "usage: dbi-server --site DIR [--host 127.0.0.1] [--port 8080] [--data DIR]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string site, host = "127.0.0.1", data = "data";
    int port = 8080;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (a == "--site" && (v = next())) site = v;
        else if (a == "--host" && (v = next())) host = v;
        else if (a == "--port" && (v = next())) port = std::atoi(v);
        else if (a == "--data" && (v = next())) data = v;
        else if (a == "--help") return usage("serves the static kit");
        else return usage(("unknown or incomplete option " + a).c_str());
    }
    if (site.empty() || !std::filesystem::is_directory(site))
        return usage("--site must name the built site folder (build-wasm/site)");
    std::error_code ec;
    std::filesystem::create_directories(data, ec);

    httplib::Server svr;
    g_server = &svr;
    svr.set_file_extension_and_mimetype_mapping("wasm", "application/wasm");
    svr.set_file_extension_and_mimetype_mapping("json", "application/json");
    if (!svr.set_mount_point("/", site)) return usage("cannot serve the site folder");
    svr.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
        // Only what the wasm app needs: same-origin scripts and wasm compilation.
        res.set_header("Content-Security-Policy",
                       "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
                       "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                       "object-src 'none'; base-uri 'none'");
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Referrer-Policy", "no-referrer");
    });
    svr.Get("/api/v1/health", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"status\":\"ok\"}", "application/json");
    });
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    std::cout << "DBI Kit: http://" << host << ":" << port << "/" << std::endl;
    if (!svr.listen(host.c_str(), port)) {
        std::cerr << "dbi-server: cannot listen on " << host << ":" << port << "\n";
        return 1;
    }
    return 0;
}
