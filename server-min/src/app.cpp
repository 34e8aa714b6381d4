// app.cpp — assembling and running one server (app.hpp).
#include "app.hpp"

#include <httplib.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include "routes.hpp"

namespace dbi::server {
namespace {

// httplib 0.11 listens with a backlog of 5, compiled into Debian's library: a burst of new
// connections beyond that is dropped at SYN and retried by the client a second later. Linux
// lets listen() be called again on a listening socket to raise it.
//
// Connections are not served by httplib's own accept loop (a thread per connection) but by the
// front (http_front.hpp), which gives httplib each request once it has arrived whole.
class Server final : public httplib::Server {
public:
    void raise_backlog(int n) { ::listen(svr_sock_, n); }
    int listening_socket() const { return svr_sock_; }
    bool run_request(httplib::Stream& stream, bool close_connection, bool& connection_closed) {
        return process_request(stream, close_connection, connection_closed, nullptr);
    }
};

}  // namespace

std::unique_ptr<App> App::open(const Config& config, std::string* error) {
    namespace fs = std::filesystem;
    std::unique_ptr<App> app(new App());
    app->config_ = config;
    if (!crypto::init()) {
        *error = "libsodium could not be initialised (no secure random source)";
        return nullptr;
    }
    std::error_code ec;
    if (!fs::exists(config.data_dir, ec)) {
        fs::create_directories(config.data_dir, ec);
        // It holds the receipt key and the admin token: owner only.
        ::chmod(config.data_dir.c_str(), 0700);
    }
    if (!fs::is_directory(config.data_dir, ec)) {
        *error = "cannot create the data folder " + config.data_dir;
        return nullptr;
    }
    const fs::path data(config.data_dir);

    bool created = false;
    auto receipt_key = load_or_create_key((data / "receipt-key.json").string(), "receipt",
                                          "Máy chủ DBI — khóa ký biên nhận", &created, error);
    if (!receipt_key) return nullptr;
    if (created) app->warnings_.push_back("created the receipt key " + receipt_key->key_id);

    std::string token_path = config.admin_token_file;
    if (token_path.empty()) {
        token_path = (data / "admin-token").string();
    } else if (!fs::exists(token_path, ec)) {
        *error = "--admin-token-file " + token_path + " does not exist";
        return nullptr;
    }
    auto token = load_or_create_admin_token(token_path, error);
    if (!token) return nullptr;
    app->admin_token_ = *token;

    const std::string database =
        config.database.empty() ? (data / "dbi.sqlite3").string() : config.database;
    app->storage_ = open_storage(database, SqliteOptions{config.sync_full}, error);
    if (!app->storage_) return nullptr;
    if (config.sync_full && is_postgres_uri(database))
        app->warnings_.push_back("--sync applies to SQLite only; PostgreSQL commits as its "
                                 "synchronous_commit setting says (never off for dbi-server)");

    std::string indices_dir = config.indices_dir;
    if (indices_dir.empty())
        indices_dir = !config.site_dir.empty() && fs::is_directory(fs::path(config.site_dir) / "indices", ec)
                          ? (fs::path(config.site_dir) / "indices").string()
                          : std::string("indices");
    app->indices_ = IndexRegistry::load(indices_dir, &app->warnings_);
    if (app->indices_.ids().empty()) {
        *error = "no index definition could be loaded from " + indices_dir;
        return nullptr;
    }

    app->trust_ = setup_trust(config, *receipt_key, *app->storage_, error);
    if (!app->trust_) return nullptr;
    app->ingest_ = std::make_unique<Ingest>(*app->storage_, *receipt_key, *app->trust_, app->indices_);
    app->http_ = std::make_unique<Server>();
    install_routes(*app->http_, *app);
    return app;
}

App::~App() {
    stop();
    shutdown();
}

int App::bind() {
    int port = config_.port == 0 ? http_->bind_to_any_port(config_.host)
               : http_->bind_to_port(config_.host, config_.port) ? config_.port
                                                                 : -1;
    if (port < 0) return port;
    auto& server = static_cast<Server&>(*http_);
    server.raise_backlog(kListenBacklog);
    front_ = std::make_unique<HttpFront>(
        server.listening_socket(), front_limits(config_),
        [&server](httplib::Stream& stream, bool close_connection, bool& connection_closed) {
            return server.run_request(stream, close_connection, connection_closed);
        });
    return port;
}

bool App::serve() {
    if (!front_) return false;
    std::thread trust_refresher([this] {
        std::unique_lock<std::mutex> lock(stop_mutex_);
        while (!stop_signal_.wait_for(lock, std::chrono::seconds(kTrustRefreshSeconds),
                                      [this] { return stopping_; })) {
            lock.unlock();
            std::string what;
            try {
                what = trust_->take_newer(*storage_, ingest_->receipt_key());
            } catch (const StorageError& e) {
                what = std::string("cannot read the stored trust list: ") + e.what();
            }
            if (!what.empty()) std::cerr << "dbi-server: " << what << "\n";
            lock.lock();
        }
    });
    const bool served = front_->run();
    stop();
    trust_refresher.join();
    return served;
}

void App::stop() {
    {
        std::lock_guard<std::mutex> lock(stop_mutex_);
        stopping_ = true;
    }
    stop_signal_.notify_all();
    if (front_) front_->stop();
}

void App::shutdown() {
    if (ingest_) ingest_->stop();
}

}  // namespace dbi::server
