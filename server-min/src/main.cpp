// dbi-server — the static DBI Kit and the collection endpoint on one port (docs/server.md).
//
//   dbi-server --site build-wasm/site --data data --host 127.0.0.1 --port 8080
//
// SIGINT/SIGTERM stop it gracefully: no new connections, in-flight requests are answered,
// queued submissions are committed (and their receipts sent), then the database is closed.
#include <pthread.h>
#include <sys/resource.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "app.hpp"

int main(int argc, char** argv) {
    using namespace dbi::server;
    std::string error;
    bool help = false;
    auto config = parse_args(argc, argv, &error, &help);
    if (!config) {
        if (help) {
            std::cout << usage_text();
            return 0;
        }
        std::cerr << "dbi-server: " << error << "\n" << usage_text();
        return 2;
    }

    // Signals are taken by one thread with sigwait, not by a handler: stopping the server is
    // not async-signal-safe. Block them before any other thread exists, so all inherit it.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    // Each waiting connection is a descriptor (limits.hpp, kMaxWaitingConnections): the soft
    // limit (often 1,024) is raised to the hard one, which an administrator may set.
    if (rlimit files{}; getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    auto app = App::open(*config, &error);
    if (!app) {
        std::cerr << "dbi-server: " << error << "\n";
        return 1;
    }
    for (const auto& w : app->warnings()) std::cerr << "dbi-server: " << w << "\n";
    const int port = app->bind();
    if (port < 0) {
        std::cerr << "dbi-server: cannot listen on " << config->host << ":" << config->port << "\n";
        return 1;
    }

    std::thread waiter([&] {
        int sig = 0;
        sigwait(&signals, &sig);
        std::cerr << "dbi-server: stopping (signal " << sig << ")\n";
        app->stop();
    });
    std::cout << "DBI Kit: http://" << config->host << ":" << port << "/" << std::endl;
    std::cout << "Administrator token: "
              << (config->admin_token_file.empty() ? config->data_dir + "/admin-token"
                                                   : config->admin_token_file)
              << std::endl;
    std::cout << "Database: "
              << (config->database.empty() ? config->data_dir + "/dbi.sqlite3"
                                           : redact_database(config->database))
              << std::endl;
    const bool served = app->serve();
    app->shutdown();
    if (!served) {
        std::cerr << "dbi-server: the listening socket failed\n";
        pthread_kill(waiter.native_handle(), SIGTERM);
        waiter.join();
        return 1;
    }
    // serve() returned because of stop(): the waiter has finished.
    waiter.join();
    std::cerr << "dbi-server: stopped; every accepted submission is committed\n";
    return 0;
}
