// app.hpp — one running dbi-server: storage, keys, trust, the ingest pipeline and the HTTP
// server, started and stopped in the right order. main() and the tests both use it.
//
// Life cycle: open() → bind() → serve() (blocks) … stop() from another thread → serve()
// returns after in-flight requests finished → shutdown() drains the writer (queued commits
// complete) and closes the database. The destructor does what is left of this.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "config.hpp"
#include "http_front.hpp"
#include "ingest.hpp"
#include "keys.hpp"
#include "storage.hpp"

namespace httplib {
class Server;
}

namespace dbi::server {

class App {
public:
    // Creates <data>, the receipt key and admin token on first start, opens and migrates the
    // database, sets up trust and loads the indices. nullptr and `error` on failure.
    static std::unique_ptr<App> open(const Config& config, std::string* error);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Binds the listening socket (config.port, or any free port when it is 0). Returns the
    // port, or -1.
    int bind();
    // Serves until stop(). False if the socket could not be served. Meanwhile, every
    // kTrustRefreshSeconds, takes up a newer trust list another process stored.
    bool serve();
    // Stops accepting; serve() returns once in-flight requests are answered. Any thread.
    void stop();
    // After serve() returned: lets the writer finish what is queued, then stops it.
    void shutdown();

    const Config& config() const { return config_; }
    Storage& storage() { return *storage_; }
    Ingest& ingest() { return *ingest_; }
    TrustStore& trust() { return *trust_; }
    const IndexRegistry& indices() const { return indices_; }
    const std::string& admin_token() const { return admin_token_; }
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    App() = default;

    Config config_;
    std::unique_ptr<Storage> storage_;
    IndexRegistry indices_;
    std::unique_ptr<TrustStore> trust_;
    std::unique_ptr<Ingest> ingest_;
    std::string admin_token_;
    std::vector<std::string> warnings_;
    std::unique_ptr<httplib::Server> http_;  // parses, routes and answers requests
    std::unique_ptr<HttpFront> front_;       // connections: created by bind()
    std::mutex stop_mutex_;
    std::condition_variable stop_signal_;
    bool stopping_ = false;
};

}  // namespace dbi::server
