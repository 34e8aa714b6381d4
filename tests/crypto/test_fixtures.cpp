// The committed fixtures (made by the dbi CLI, tests/crypto/fixtures/README.md) and the kit's
// DEMO trust files verify with the core — natively and, in the wasm tree, under node: the
// same bytes, the same verdict wherever the verifier runs.
#include <string>

#include "dbi/keyfile.hpp"
#include "scenario.hpp"

using namespace dbi;

namespace {

const char* const kDir = "tests/crypto/fixtures/";

PublicKey root_of(const std::string& path) {
    auto f = crypto::parse_public_key_file(test::read_source_file(path));
    REQUIRE(f.ok());
    REQUIRE(f.value().role == Role::root);
    return f.value().public_key;
}

TrustList trust_of(const std::string& trust, const std::string& root) {
    auto list = verify_trust_list(test::read_source_file(trust), {root_of(root)}, crypto::verifier());
    for (const auto& d : list.diagnostics()) MESSAGE(format_line(d, Lang::en));
    REQUIRE(list.ok());
    return list.value();
}

}  // namespace

TEST_CASE("fixtures: certificate and full envelope verify; the tampered copy does not") {
    REQUIRE(crypto::init());
    const std::string dir = kDir;
    const TrustList trust = trust_of(dir + "test-trust.json", dir + "test-root.pub.json");
    CHECK(trust.sequence == 1);
    auto index = parse_index(test::read_source_file("indices/vn.mic.1970-2021.sme.json"));
    REQUIRE(index.ok());
    const IndexDefinition& idx = index.value();
    IndexLookup lookup = [&idx](std::string_view id) { return id == idx.id ? &idx : nullptr; };

    auto cert = verify_envelope(test::read_source_file(dir + "certificate.json"), trust,
                                crypto::verifier(), lookup);
    REQUIRE(cert.ok());
    REQUIRE(cert.value().signers.size() == 3);
    CHECK(cert.value().signers[1].key_id == "24b03a0e3818a49e");
    CHECK(cert.value().signers[2].key_id == "5292550d8c0f6512");
    CHECK_FALSE(cert.value().answers_attached);
    CHECK(cert.value().assessment.assessment.total_points == 126);

    auto full = verify_envelope(test::read_source_file(dir + "envelope-full.json"), trust,
                                crypto::verifier(), lookup);
    for (const auto& d : full.diagnostics()) MESSAGE(format_line(d, Lang::en));
    REQUIRE(full.ok());
    CHECK(full.value().rescored);
    // The certificate is the full envelope without its answers: same statements.
    CHECK(full.value().assessment_sha256 == cert.value().assessment_sha256);

    auto bad = verify_envelope(test::read_source_file(dir + "certificate-tampered.json"), trust,
                               crypto::verifier(), lookup);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.diagnostics().front().code == "DBI-SUB-008");
}

TEST_CASE("the kit's DEMO trust files: root pinned, trust list signed by it") {
    REQUIRE(crypto::init());
    const TrustList demo = trust_of("indices/trust/trust.json", "indices/trust/root.pub.json");
    REQUIRE(demo.keys.size() == 2);
    for (const auto& k : demo.keys) CHECK(k.label.find("test only") != std::string::npos);
    // The fixture certificate verifies against the kit's defaults too (the DEMO list lists the
    // same test keys for 2025–2030).
    auto cert = verify_envelope(test::read_source_file(std::string(kDir) + "certificate.json"),
                                demo, crypto::verifier(), nullptr);
    CHECK(cert.ok());
}
