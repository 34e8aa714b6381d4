// Pieces of the server without a running server: batch splitting, error statuses, options.
#include "config.hpp"
#include "errors.hpp"
#include "ingest.hpp"
#include "server_fixture.hpp"

using namespace dbi;
using dbi::test::Json;

TEST_SUITE("units") {

TEST_CASE("split_batch keeps each item's exact bytes") {
    const std::string a = "{\"s\":\"a]},\\\"[{\" ,  \"n\":[1, {\"x\":null}]}";
    const std::string b = "{ }";
    const std::string body = " {\n\"items\" :[" + a + " ,\t" + b + "]}\n";
    auto items = server::split_batch(body);
    REQUIRE(items.ok());
    REQUIRE(items.value().size() == 2);
    CHECK(items.value()[0] == a);
    CHECK(items.value()[1] == b);
    // The key may be written with an escape; it is still "items".
    auto escaped = server::split_batch("{\"\\u0069tems\":[{}]}");
    REQUIRE(escaped.ok());
    CHECK(escaped.value().size() == 1);
    CHECK(!server::split_batch("{\"items\":[{}]} x").ok());
    CHECK(!server::split_batch("{\"items\":[{}], \"items\":[{}]}").ok());
    CHECK(server::split_batch("{\"items\":[\"\xff\"]}").diagnostics().front().code == "DBI-UTF-001");
}

TEST_CASE("the HTTP status follows the code") {
    CHECK(server::http_status_for("DBI-SRV-001") == 413);
    CHECK(server::http_status_for("DBI-SUB-001") == 413);
    CHECK(server::http_status_for("DBI-SRV-002") == 415);
    CHECK(server::http_status_for("DBI-JSON-001") == 400);
    CHECK(server::http_status_for("DBI-JSON-004") == 422);
    CHECK(server::http_status_for("DBI-SUB-008") == 422);
    CHECK(server::http_status_for("DBI-SRV-004") == 409);
    CHECK(server::http_status_for("DBI-SRV-008") == 503);
    CHECK(server::http_status_for("DBI-SRV-011") == 401);
    CHECK(server::http_status_for("DBI-SRV-012") == 403);
    // Every server code renders in both languages.
    for (const auto& code : all_codes()) {
        if (code.rfind("DBI-SRV-", 0) != 0) continue;
        CAPTURE(code);
        const int status = server::http_status_for(code);
        CHECK(status >= 400);
        CHECK(status < 600);
        if (code != "DBI-SRV-018") CHECK(status != 500);  // 500 is for server bugs only
    }
    Json j = Json::parse(server::error_json({make_diag("DBI-SRV-006", "/items", {"500", "501"})}));
    CHECK(j["code"] == "DBI-SRV-006");
    CHECK(j["message_en"].get<std::string>().find("501") != std::string::npos);
    CHECK(j["message_vi"].get<std::string>().find("501") != std::string::npos);
    CHECK(j["pointer"] == "/items");
}

// Found with tests/fuzz (fuzz_submission): a Content-Type that is not UTF-8 was echoed into
// DBI-SRV-002, error_json() threw, and the request was answered 500.
TEST_CASE("error bodies stay JSON when an argument is not UTF-8") {
    const std::string cut = std::string("text/pl\xc3\xa1in").substr(0, 8);  // inside "á"
    for (const std::string& arg : {std::string("\xff\xfe"), cut}) {
        const std::string body =
            server::error_json({make_diag("DBI-SRV-002", "", {"application/json", arg})});
        Json j = Json::parse(body, nullptr, false);
        REQUIRE_MESSAGE(!j.is_discarded(), body);
        CHECK(j["code"] == "DBI-SRV-002");
        // U+FFFD REPLACEMENT CHARACTER stands for what was not UTF-8.
        CHECK(j["message_en"].get<std::string>().find("\xef\xbf\xbd") != std::string::npos);
    }
}

TEST_CASE("command line: defaults bind loopback; bad values are refused") {
    std::string error;
    bool help = false;
    const char* none[] = {"dbi-server"};
    auto c = server::parse_args(1, none, &error, &help);
    REQUIRE(c);
    CHECK(c->host == "127.0.0.1");
    CHECK(c->port == 8080);
    const char* full[] = {"dbi-server", "--site", "s", "--data", "d", "--host", "127.0.0.1",
                          "--port", "0", "--cors-origin", "https://a.vn", "--cors-origin",
                          "http://localhost:3000", "--sync", "full"};
    c = server::parse_args(15, full, &error, &help);
    REQUIRE(c);
    CHECK(c->site_dir == "s");
    CHECK(c->cors_origins.size() == 2);
    CHECK(c->sync_full);
    for (std::vector<const char*> bad :
         {std::vector<const char*>{"x", "--port", "70000"}, {"x", "--cors-origin", "*"},
          {"x", "--cors-origin", "https://a.vn/path"}, {"x", "--trust", "t.json"},
          {"x", "--threads", "1"}, {"x", "--bogus", "1"}, {"x", "--site"}}) {
        CAPTURE(bad[1]);
        CHECK(!server::parse_args(static_cast<int>(bad.size()), bad.data(), &error, &help));
        CHECK(!error.empty());
    }
}

TEST_CASE("--database: a SQLite file or a PostgreSQL URI, shown without its password") {
    std::string error;
    bool help = false;
    const char* pg[] = {"dbi-server", "--database", "postgresql://dbi@db.example.vn:5432/dbi"};
    auto c = server::parse_args(3, pg, &error, &help);
    REQUIRE(c);
    CHECK(c->database == "postgresql://dbi@db.example.vn:5432/dbi");
    const char* none[] = {"dbi-server"};
    CHECK(server::parse_args(1, none, &error, &help)->database.empty());  // <data>/dbi.sqlite3
    const char* empty[] = {"dbi-server", "--database", ""};
    CHECK(!server::parse_args(3, empty, &error, &help));
    CHECK(std::string(server::usage_text()).find("--database FILE|URI") != std::string::npos);

    CHECK(server::is_postgres_uri("postgresql://h/db"));
    CHECK(server::is_postgres_uri("postgres://h/db"));
    CHECK(!server::is_postgres_uri("data/dbi.sqlite3"));
    CHECK(!server::is_postgres_uri("./postgresql://x"));  // a (strange) file name
    CHECK(server::redact_database("data/a:b@c.sqlite3") == "data/a:b@c.sqlite3");
    CHECK(server::redact_database("postgresql://dbi:pa@ss@db:5432/dbi") ==
          "postgresql://dbi:***@db:5432/dbi");
    CHECK(server::redact_database("postgresql://dbi@db/dbi") == "postgresql://dbi@db/dbi");
    CHECK(server::redact_database("postgres://db:5432/dbi?sslmode=require&password=pw&x=1") ==
          "postgres://db:5432/dbi?sslmode=require&password=***&x=1");
    CHECK(server::redact_database("postgresql://u:pw@[::1]:5432?password=pw") ==
          "postgresql://u:***@[::1]:5432?password=***");
}

TEST_CASE("key files of dbi keygen load; the server writes the same format") {
    const std::string text = test::read_source_file("tests/crypto/fixtures/test-receipt.json");
    std::string error;
    auto key = server::parse_secret_key(text, &error);
    REQUIRE_MESSAGE(key.has_value(), error);
    CHECK(Json::parse(text)["key_id"] == key->key_id);
    auto roots = server::parse_public_keys(test::read_source_file("indices/trust/root.pub.json"), &error);
    REQUIRE_MESSAGE(roots.has_value(), error);
    CHECK(roots->size() == 1);
    // Round trip, and a seed that does not match its public key is refused.
    const crypto::KeyPair k = test::seeded_key(9);
    auto back = server::parse_secret_key(server::secret_key_json("receipt", "x", k), &error);
    REQUIRE(back.has_value());
    CHECK(back->public_key == k.public_key);
    Json other = Json::parse(server::secret_key_json("receipt", "x", k));
    other["public_key"] = base64_encode(test::seeded_key(10).public_key.data(), 32);
    other["key_id"] = test::seeded_key(10).key_id;
    CHECK(!server::parse_secret_key(other.dump(), &error).has_value());
    auto pub = server::parse_public_keys(server::public_key_json("root", "r", k.public_key), &error);
    REQUIRE(pub.has_value());
    CHECK(pub->front() == k.public_key);
}

}  // TEST_SUITE
