// Key files (dbi/keyfile.hpp): canonical text, strict parsing, key consistency.
#include <string>

#include "dbi/keyfile.hpp"
#include "scenario.hpp"

using namespace dbi;

TEST_CASE("key files round-trip and their public part matches") {
    REQUIRE(crypto::init());
    crypto::KeyFile f{Role::receipt, "Máy chủ thu nhận — Sở KH&CN", "2026-11-23T08:00:00Z",
                      test::key_from_byte(0x20)};
    const std::string text = crypto::key_file_text(f);
    CHECK(text.back() == '\n');
    CHECK(text.rfind("{\"created_at\":\"2026-11-23T08:00:00Z\",\"format\":\"dbi-key/1\"", 0) == 0);
    auto back = crypto::parse_key_file(text);
    REQUIRE(back.ok());
    CHECK(back.value().role == Role::receipt);
    CHECK(back.value().label == f.label);
    CHECK(back.value().key.secret_key == f.key.secret_key);
    CHECK(crypto::key_file_text(back.value()) == text);

    const std::string pub = crypto::public_key_file_text(crypto::public_part(f));
    CHECK(pub.find("seed") == std::string::npos);
    auto pub_back = crypto::parse_public_key_file(pub);
    REQUIRE(pub_back.ok());
    CHECK(pub_back.value().public_key == f.key.public_key);
    CHECK(pub_back.value().key_id == f.key.key_id);
    // A secret key file is not a public key file, and the other way round.
    CHECK(crypto::parse_public_key_file(text).diagnostics().front().code == "DBI-JSON-004");
    CHECK(crypto::parse_key_file(pub).diagnostics().front().code == "DBI-JSON-005");
}

TEST_CASE("key files: a key id or public key of another key is refused") {
    REQUIRE(crypto::init());
    crypto::KeyFile f{Role::device, "", "2026-11-23T08:00:00Z", test::key_from_byte(0x10)};
    const auto other = test::key_from_byte(0x11);
    auto j = test::json_of(crypto::key_file_text(f));
    auto wrong_id = j;
    wrong_id["key_id"] = other.key_id;
    CHECK(crypto::parse_key_file(wrong_id.dump()).diagnostics().front().code == "DBI-SUB-024");
    auto wrong_pk = j;
    wrong_pk["public_key"] = base64_encode(other.public_key.data(), 32);
    CHECK(crypto::parse_key_file(wrong_pk.dump()).diagnostics().front().code == "DBI-SUB-024");
    auto bad_role = j;
    bad_role["role"] = "admin";
    CHECK(crypto::parse_key_file(bad_role.dump()).diagnostics().front().code == "DBI-JSON-003");
    auto short_seed = j;
    short_seed["seed"] = "AAAA";
    CHECK(crypto::parse_key_file(short_seed.dump()).diagnostics().front().code == "DBI-SUB-003");
    const std::string text = crypto::key_file_text(f);
    CHECK(crypto::parse_key_file("{\"format\":\"x\"," + text.substr(1)).diagnostics().front().code ==
          "DBI-JSON-002");
}
