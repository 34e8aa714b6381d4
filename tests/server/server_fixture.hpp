// Shared by the server tests: a temporary data folder with its own database, test keys and
// trust list, an in-process dbi-server on 127.0.0.1 (any free port), a real HTTP client, and a
// builder of signed envelopes made with the same core and crypto as the web app.
//
// The database is a real SQLite file in the data folder, or — when the environment variable
// DBI_TEST_PG holds a PostgreSQL URI, as ctest sets it for the server.pg.* tests — a new
// database on that PostgreSQL server, one per test, dropped at its end. The suites are the same
// for both backends; only the tamper tests reach the database directly (TestDatabase::exec).
#pragma once

#include <arpa/inet.h>
#include <httplib.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "app.hpp"
#include "dbi/answers.hpp"
#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"
#include "dbi/index.hpp"
#include "dbi/profile.hpp"
#include "dbi/scoring.hpp"
#include "dbi/sha256.hpp"
#include "keys.hpp"
#include "test_support.hpp"

namespace dbi::test {

using Json = nlohmann::json;
inline const char* const kSme = "vn.mic.1970-2021.sme";

// The database of one test. SQLite: the server's default file, <folder>/data/dbi.sqlite3.
// PostgreSQL (DBI_TEST_PG set): a new, empty database on that server, created here and dropped
// (with any connection left) in the destructor.
class TestDatabase {
public:
    explicit TestDatabase(const std::string& folder) {
        const char* server = std::getenv("DBI_TEST_PG");
        if (!server || !*server) {
            sqlite_file_ = folder + "/data/dbi.sqlite3";
            return;
        }
        maintenance_ = server;
        const std::string id = crypto::random_uuid_v4();
        name_ = "dbi_test_";
        for (char ch : id)
            if (ch != '-') name_ += ch;
        const std::string error = run(maintenance_, "CREATE DATABASE " + name_);
        REQUIRE_MESSAGE(error.empty(),
                        "DBI_TEST_PG=" << maintenance_ << ": cannot create a test database ("
                                       << error << "). The server.pg.* tests use the throw-away "
                                       "PostgreSQL that the ctest fixture server.pg.cluster_start "
                                       "starts: run them with ctest.");
        // The same server and options, another database name (the URI's path).
        const std::size_t path = maintenance_.find('/', maintenance_.find("://") + 3);
        REQUIRE_MESSAGE(path != std::string::npos,
                        "DBI_TEST_PG must name a database: " << maintenance_);
        const std::size_t query = maintenance_.find('?', path);
        uri_ = maintenance_.substr(0, path) + "/" + name_ +
               (query == std::string::npos ? "" : maintenance_.substr(query));
    }
    ~TestDatabase() {
        if (!name_.empty()) run(maintenance_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool postgres() const { return !uri_.empty(); }
    // The server's --database: "" (its default SQLite file) or this database's URI.
    const std::string& option() const { return uri_; }

    // Runs `sql` on the database directly, bypassing the server: "" when it succeeded, else the
    // database's error message.
    std::string exec(const std::string& sql) const {
        if (postgres()) return run(uri_, sql);
        sqlite3* db = nullptr;
        if (sqlite3_open(sqlite_file_.c_str(), &db) != SQLITE_OK) {
            sqlite3_close(db);
            return "cannot open " + sqlite_file_;
        }
        char* msg = nullptr;
        std::string error;
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK)
            error = msg ? msg : "?";
        sqlite3_free(msg);
        sqlite3_close(db);
        return error;
    }

private:
    static std::string run(const std::string& uri, const std::string& sql) {
        PGconn* c = PQconnectdb(uri.c_str());
        std::string error;
        if (PQstatus(c) != CONNECTION_OK) {
            error = PQerrorMessage(c);
        } else {
            PGresult* r = PQexec(c, sql.c_str());
            const ExecStatusType st = PQresultStatus(r);
            if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
                error = r ? PQresultErrorMessage(r) : PQerrorMessage(c);
            PQclear(r);
        }
        PQfinish(c);
        return error;
    }

    std::string sqlite_file_;
    std::string maintenance_, name_, uri_;
};

// A fresh folder under /tmp, removed with everything in it, and the test's database.
class TempDir {
public:
    TempDir() {
        char tmpl[] = "/tmp/dbi-server-test-XXXXXX";
        const char* p = ::mkdtemp(tmpl);
        REQUIRE(p != nullptr);
        path_ = p;
        db_ = std::make_unique<TestDatabase>(path_);
    }
    ~TempDir() {
        db_.reset();
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string operator/(const std::string& name) const { return path_ + "/" + name; }
    const std::string& path() const { return path_; }
    const TestDatabase& db() const { return *db_; }

private:
    std::string path_;
    std::unique_ptr<TestDatabase> db_;
};

// A valid tax code (check digit per dbi/profile.hpp) made from `n`.
inline std::string tax_code(int n) {
    static const int w[9] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    for (int k = n;; k += 7919) {
        std::string d = std::to_string(100000000 + (k % 900000000));
        int sum = 0;
        for (int i = 0; i < 9; ++i) sum += w[i] * (d[static_cast<std::size_t>(i)] - '0');
        int check = 10 - sum % 11;
        if (check == 10 || check == 11) continue;
        std::string code = d + std::to_string(check);
        if (is_valid_tax_code(code)) return code;
    }
}

inline crypto::KeyPair seeded_key(std::uint8_t tag) {
    crypto::Seed seed{};
    for (std::size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<std::uint8_t>(tag * 31 + i);
    return crypto::keypair_from_seed(seed);
}

inline TrustedKey trusted(const crypto::KeyPair& k, Role role, const std::string& label) {
    TrustedKey t;
    t.key_id = k.key_id;
    t.role = role;
    t.public_key = k.public_key;
    t.label = label;
    t.valid_from = server::now_seconds() - 86400;
    t.valid_until = server::now_seconds() + 86400 * 365;
    return t;
}

// Keys of the test programme: root, this server's receipt key, an assessor and a kiosk.
struct TestKeys {
    crypto::KeyPair root = seeded_key(1);
    crypto::KeyPair receipt = seeded_key(2);
    crypto::KeyPair assessor = seeded_key(3);
    crypto::KeyPair kiosk = seeded_key(4);

    TrustList list(std::int64_t sequence) const {
        TrustList l;
        l.sequence = sequence;
        l.issued_at = server::now_utc();
        l.keys = {trusted(receipt, Role::receipt, "Máy chủ thử nghiệm"),
                  trusted(assessor, Role::assessor, "Chuyên gia thử nghiệm"),
                  trusted(kiosk, Role::kiosk, "Ki-ốt K-07")};
        return l;
    }
};

// Scores answer files of the golden set once; the index is parsed once.
struct Corpus {
    IndexDefinition index;
    std::map<std::string, std::string> answers;  // name → canonical answers JSON
    std::map<std::string, Assessment> scored;

    static const Corpus& get() {
        static const Corpus c = [] {
            Corpus k;
            auto idx = parse_index(read_source_file("indices/vn.mic.1970-2021.sme.json"));
            REQUIRE(idx.ok());
            k.index = idx.value();
            for (const char* name : {"worked-example", "full-marks", "partial", "total-193",
                                     "total-65", "level4-total-met-four-pillars",
                                     "all-unanswered", "total-129"}) {
                auto text = read_source_file(std::string("tests/golden/vn.mic.1970-2021.sme/") +
                                             name + ".answers.json");
                auto set = parse_answers(k.index, text);
                REQUIRE(set.ok());
                auto a = score(k.index, set.value());
                REQUIRE(a.ok());
                k.answers[name] = answers_to_canonical_json(set.value());
                k.scored[name] = a.value();
            }
            return k;
        }();
        return c;
    }
};

// What to put in one envelope.
struct Draft {
    std::string answers = "worked-example";
    std::string submission_id = crypto::random_uuid_v4();
    std::string issued_at = server::now_utc();
    Subject subject{"Công ty TNHH Ví Dụ", tax_code(1), "79", "C", "small", true};
    std::string channel = "web";
    std::string kiosk;
    Role role = Role::device;
    int score_delta = 0;           // claim a different total than the core computes
    bool attach_answers = true;
    const crypto::KeyPair* countersign = nullptr;  // assessor key
};

struct Built {
    std::string envelope;
    std::string assessment_bytes;
};

inline Built build(const Draft& d, const crypto::KeyPair& signer) {
    const Corpus& c = Corpus::get();
    AssessmentStatement s;
    s.submission_id = d.submission_id;
    s.issued_at = d.issued_at;
    s.channel = d.channel;
    s.kiosk = d.kiosk;
    s.subject = d.subject;
    s.assessment = c.scored.at(d.answers);
    s.assessment.total_points += d.score_delta;
    Envelope e;
    const std::string payload = assessment_statement_bytes(s);
    e.statements.push_back(crypto::sign_statement(payload, d.role, signer, d.issued_at));
    if (d.countersign) {
        CountersignatureStatement cs{sha256_hex(payload), "validated", d.issued_at};
        e.statements.push_back(crypto::sign_statement(countersignature_statement_bytes(cs),
                                                      Role::assessor, *d.countersign, d.issued_at));
    }
    if (d.attach_answers) e.answers_json = c.answers.at(d.answers);
    return {envelope_bytes(e), payload};
}

// Both backends keep current_results counted in current_counts by triggers: checks, group by
// group, that the counts equal a fresh count.
inline void check_counts_match(const TempDir& dir) {
    const std::string fresh =
        "SELECT index_id, province, vsic_section, size_class, level, publish, verified, "
        "count(*), sum(score) FROM current_results GROUP BY 1, 2, 3, 4, 5, 6, 7";
    const std::string kept =
        "SELECT index_id, province, vsic_section, size_class, level, publish, verified, "
        "enterprises, score_sum FROM current_counts WHERE enterprises <> 0";
    std::string error;
    if (dir.db().postgres()) {
        error = dir.db().exec("DO $$ BEGIN IF EXISTS ((" + fresh + " EXCEPT " + kept +
                              ") UNION ALL (" + kept + " EXCEPT " + fresh +
                              ")) THEN RAISE EXCEPTION 'current_counts differs from a fresh "
                              "count of current_results'; END IF; END $$");
    } else {
        // SQLite has no DO block: a failing CHECK of a temporary table says it instead.
        error = dir.db().exec(
            "CREATE TEMP TABLE counts_differ (n INTEGER CHECK (n = 0)); "
            "INSERT INTO counts_differ SELECT count(*) FROM (SELECT * FROM (" + fresh +
            " EXCEPT " + kept + ") UNION ALL SELECT * FROM (" + kept + " EXCEPT " + fresh + "));");
    }
    CHECK_MESSAGE(error.empty(), "current_counts differs from a fresh count: " << error);
}

// One in-process server on a data folder. Stopping is graceful (as on SIGTERM).
class TestServer {
public:
    explicit TestServer(const TempDir& dir, const TestKeys& keys, std::int64_t trust_sequence = 1,
                        bool local_trust = false,
                        const std::function<void(server::Config&)>& tweak = {}) {
        server::Config c;
        c.data_dir = dir / "data";
        c.host = "127.0.0.1";
        c.port = 0;
        c.threads = 8;
        c.database = dir.db().option();
        c.indices_dir = source_path("indices");
        std::filesystem::create_directories(c.data_dir);
        if (!local_trust) {
            std::string err;
            const std::string key_file = c.data_dir + "/receipt-key.json";
            if (!std::filesystem::exists(key_file))
                REQUIRE(server::write_file_atomic(
                    key_file, server::secret_key_json("receipt", "test", keys.receipt), 0600, &err));
            c.root_file = dir / "root.pub.json";
            c.trust_file = dir / "trust.json";
            REQUIRE(server::write_file_atomic(
                c.root_file, server::public_key_json("root", "test root", keys.root.public_key),
                0644, &err));
            REQUIRE(server::write_file_atomic(
                c.trust_file, crypto::sign_trust_list(keys.list(trust_sequence), keys.root), 0644,
                &err));
        }
        if (tweak) tweak(c);
        std::string error;
        app_ = server::App::open(c, &error);
        REQUIRE_MESSAGE(app_ != nullptr, error);
        port_ = app_->bind();
        REQUIRE(port_ > 0);
        thread_ = std::thread([this] { app_->serve(); });
        // Wait until it answers.
        for (int i = 0; i < 200; ++i) {
            if (client().Get("/api/v1/health")) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    ~TestServer() { stop(); }

    void stop() {
        if (!app_) return;
        app_->stop();
        if (thread_.joinable()) thread_.join();
        app_->shutdown();
        app_.reset();
    }

    httplib::Client client() const {
        httplib::Client cli("127.0.0.1", port_);
        cli.set_connection_timeout(5, 0);
        cli.set_read_timeout(20, 0);
        return cli;
    }
    server::App& app() { return *app_; }
    int port() const { return port_; }

    httplib::Result post(const std::string& path, const std::string& body,
                         const std::string& type = "application/json") const {
        return client().Post(path.c_str(), body, type.c_str());
    }
    httplib::Result get(const std::string& path) const { return client().Get(path.c_str()); }
    httplib::Result admin_get(const std::string& path) const {
        return client().Get(path.c_str(), {{"Authorization", "Bearer " + app_->admin_token()}});
    }
    httplib::Result admin_post(const std::string& path, const std::string& body) const {
        return client().Post(path.c_str(), {{"Authorization", "Bearer " + app_->admin_token()}},
                             body, "application/json");
    }

private:
    std::unique_ptr<server::App> app_;
    std::thread thread_;
    int port_ = 0;
};

// A client socket for bytes a normal client would not send (a body announced but never sent,
// a chunked body, a request sent one byte at a time). Closed when destroyed.
class RawConnection {
public:
    explicit RawConnection(int port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    }
    ~RawConnection() { ::close(fd_); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // False once the server has closed the connection (it may answer before reading it all).
    bool send(std::string_view bytes) {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }
    // Reads until `done(received)` or the server closes or `timeout_ms` passes in silence.
    std::string receive(int timeout_ms, const std::function<bool(const std::string&)>& done) {
        std::string out;
        char buf[4096];
        while (!done(out)) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, timeout_ms) <= 0) break;
            ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) {
                closed_ = true;
                break;
            }
            out.append(buf, static_cast<std::size_t>(n));
        }
        return out;
    }
    // `count` whole responses (heads and Content-Length bodies), skipping 1xx interim ones.
    std::string receive_responses(std::size_t count, int timeout_ms = 5000) {
        return receive(timeout_ms, [count](const std::string& s) {
            return complete_responses(s) >= count;
        });
    }
    std::string receive_json_response(int timeout_ms = 5000) {
        return receive_responses(1, timeout_ms);
    }
    static std::size_t complete_responses(const std::string& s) {
        std::size_t count = 0;
        std::size_t pos = 0;
        for (;;) {
            const std::size_t head = s.find("\r\n\r\n", pos);
            if (head == std::string::npos) return count;
            std::string lower_head = s.substr(pos, head - pos);
            for (char& ch : lower_head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            const bool interim = s.compare(pos, 10, "HTTP/1.1 1") == 0;
            std::size_t length = 0;
            if (auto at = lower_head.find("content-length:"); at != std::string::npos)
                length = std::strtoul(lower_head.c_str() + at + 15, nullptr, 10);
            if (s.size() < head + 4 + length) return count;
            if (!interim) ++count;
            pos = head + 4 + length;
        }
    }
    bool closed_by_server() const { return closed_; }

private:
    int fd_ = -1;
    bool closed_ = false;
};

// Sends `request` on a new connection and returns what the server answered.
inline std::string raw_http(int port, const std::string& request) {
    RawConnection c(port);
    c.send(request);
    return c.receive_json_response();
}

inline Json body_json(const httplib::Result& r) {
    REQUIRE(r);
    Json j = Json::parse(r->body, nullptr, false);
    REQUIRE_MESSAGE(!j.is_discarded(), r->body);
    return j;
}

// Verifies an envelope exactly as an offline verifier would: against the trust list file the
// server publishes and its pinned root, re-scoring the attached answers.
inline Result<VerifiedEnvelope> verify_offline(const std::string& envelope, const TestServer& s) {
    auto trust_file = s.get("/indices/trust/trust.json");
    auto root_file = s.get("/indices/trust/root.pub.json");
    REQUIRE(trust_file);
    REQUIRE(root_file);
    std::string err;
    auto roots = server::parse_public_keys(root_file->body, &err);
    REQUIRE_MESSAGE(roots.has_value(), err);
    auto list = verify_trust_list(trust_file->body, *roots, crypto::verifier());
    REQUIRE(list.ok());
    const Corpus& c = Corpus::get();
    IndexLookup lookup = [&c](std::string_view id) -> const IndexDefinition* {
        return id == c.index.id ? &c.index : nullptr;
    };
    return verify_envelope(envelope, list.value(), crypto::verifier(), lookup);
}

}  // namespace dbi::test
