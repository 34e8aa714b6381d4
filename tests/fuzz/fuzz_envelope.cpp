// fuzz_envelope — read_envelope(), verify_envelope() and verify_trust_list() on arbitrary bytes,
// with libsodium's verifier (crypto/), the real test trust list of tests/crypto/fixtures
// (verified against its pinned root at start) and the real index files for re-scoring.
//
// Signed files arrive from anyone: the verify page, `dbi verify`, the server. Each input is
// checked as it is and, when it is a "plain" envelope (fuzz_support.hpp), once more after the
// harness signed its payloads with the published test keys — so the fuzzer also reaches the
// checks behind a valid signature. Invariants:
//  - diagnostics are well formed; canonicalising the input is a fixed point;
//  - read_envelope accepts everything verify_envelope accepts, and envelope_bytes() of what it
//    read is canonical and reads back to the same statements (a fixed point);
// for every envelope that verifies:
//  - each statement's typed content re-serialises to exactly the bytes that were signed
//    (assessment, receipts, countersignatures), and assessment_sha256 hashes those bytes;
//  - its canonical re-serialisation verifies to the same signers and result;
//  - attached answers hash to the signed answers_sha256 and re-score to the claimed result;
//  - trust matters: with an empty trust list it verifies only if every signer is a
//    (self-asserted) device key; with one bit of the first signature flipped it never does;
// and for every trust list file that verifies against the pinned root:
//  - its keys are well formed (key_id of the key, role, period) and the list re-serialises to
//    exactly the bytes the root signed.
#include <map>
#include <set>

#include "dbi/answers.hpp"
#include "dbi/index.hpp"
#include "fuzz_support.hpp"

using namespace dbi;
using dbi::fuzz::check_canonical_idempotent;
using dbi::fuzz::check_diagnostics;
using dbi::fuzz::first_error;
using Json = nlohmann::json;

namespace {

struct World {
    std::vector<PublicKey> roots;
    TrustList trust;
    std::map<std::string, IndexDefinition, std::less<>> indices;
    IndexLookup lookup;
    std::vector<crypto::KeyPair> keys;
};

const IndexDefinition* find_index(std::string_view id);

const World& world() {
    static const World w = [] {
        World out;
        out.keys = dbi::fuzz::TestKeys::get().all();
        const std::string fixtures = "tests/crypto/fixtures/";
        auto root = crypto::parse_public_key_file(
            dbi::fuzz::read_source_file(fixtures + "test-root.pub.json"));
        if (!root) dbi::fuzz::fail(__FILE__, __LINE__, "root", first_error(root.diagnostics()));
        out.roots = {root.value().public_key};
        auto list = verify_trust_list(dbi::fuzz::read_source_file(fixtures + "test-trust.json"),
                                      out.roots, crypto::verifier());
        if (!list) dbi::fuzz::fail(__FILE__, __LINE__, "trust", first_error(list.diagnostics()));
        out.trust = list.value();
        for (const char* name : {"vn.mic.1970-2021.sme.json", "vn.mic.1970-2021.large.json",
                                 "vn.mic.1970-2021.group.json"}) {
            auto idx = parse_index(dbi::fuzz::read_source_file(std::string("indices/") + name));
            if (!idx) dbi::fuzz::fail(__FILE__, __LINE__, name, first_error(idx.diagnostics()));
            std::string id = idx.value().id;
            out.indices.emplace(std::move(id), std::move(idx.value()));
        }
        out.lookup = [](std::string_view id) { return find_index(id); };
        return out;
    }();
    return w;
}

const IndexDefinition* find_index(std::string_view id) {
    auto it = world().indices.find(id);
    return it == world().indices.end() ? nullptr : &it->second;
}

bool same_entry(const SignatureEntry& a, const SignatureEntry& b) {
    return a.role == b.role && a.key_id == b.key_id && a.public_key == b.public_key &&
           a.signed_at == b.signed_at && a.sig == b.sig;
}

void check_verified(std::string_view text, const Envelope& read, const VerifiedEnvelope& v) {
    const World& w = world();
    const auto& st = read.statements;
    DBI_FUZZ_CHECK(v.signers.size() == st.size(), "one signer per statement");
    DBI_FUZZ_CHECK(v.signers.front().role == Role::device || v.signers.front().role == Role::kiosk,
                   "assessment signed by " + std::string(to_string(v.signers.front().role)));
    DBI_FUZZ_CHECK(v.assessment_sha256 == sha256_hex(st[0].payload), "assessment_sha256");
    DBI_FUZZ_CHECK(assessment_statement_bytes(v.assessment) == st[0].payload,
                   "the verified assessment re-serialises to other bytes than were signed:\n  " +
                       st[0].payload + "\n  " + assessment_statement_bytes(v.assessment));
    std::size_t receipt = 0, countersignature = 0;
    for (std::size_t i = 1; i < st.size(); ++i) {
        DBI_FUZZ_CHECK(v.signers[i].role == st[i].signature.role &&
                           v.signers[i].key_id == st[i].signature.key_id,
                       "signer " + std::to_string(i));
        if (st[i].signature.role == Role::receipt) {
            DBI_FUZZ_CHECK(receipt < v.receipts.size(), "receipt count");
            DBI_FUZZ_CHECK(receipt_statement_bytes(v.receipts[receipt++]) == st[i].payload,
                           "the verified receipt re-serialises to other bytes than were signed");
        } else {
            DBI_FUZZ_CHECK(st[i].signature.role == Role::assessor &&
                               countersignature < v.countersignatures.size(),
                           "statement " + std::to_string(i) + " is neither receipt nor assessor");
            DBI_FUZZ_CHECK(countersignature_statement_bytes(
                               v.countersignatures[countersignature++]) == st[i].payload,
                           "the verified countersignature re-serialises to other bytes");
        }
    }
    DBI_FUZZ_CHECK(receipt == v.receipts.size() && countersignature == v.countersignatures.size(),
                   "statements left over");

    DBI_FUZZ_CHECK(v.answers_attached == read.answers_json.has_value(), "answers_attached");
    if (v.answers_attached) {
        DBI_FUZZ_CHECK(v.rescored && v.answers, "attached answers accepted without re-scoring");
        const Assessment& claimed = v.assessment.assessment;
        DBI_FUZZ_CHECK(sha256_hex(answers_to_canonical_json(*v.answers)) == claimed.answers_sha256,
                       "accepted answers do not hash to answers_sha256");
        const IndexDefinition* idx = find_index(claimed.index_id);
        DBI_FUZZ_CHECK(idx && idx->sha256 == claimed.index_sha256, "re-scored against what?");
        auto again = score(*idx, *v.answers);
        DBI_FUZZ_CHECK(again.ok() && again.value().total_points == claimed.total_points &&
                           again.value().level == claimed.level,
                       "accepted answers do not re-score to the claimed result");
    }

    // The canonical form of an accepted envelope is accepted, with the same meaning.
    const std::string canonical = envelope_bytes(read);
    auto v2 = verify_envelope(canonical, w.trust, crypto::verifier(), w.lookup);
    DBI_FUZZ_CHECK(v2.ok(), "the canonical form of an accepted envelope is refused: " +
                                first_error(v2.diagnostics()));
    DBI_FUZZ_CHECK(v2.value().assessment_sha256 == v.assessment_sha256 &&
                       v2.value().signers.size() == v.signers.size() &&
                       v2.value().rescored == v.rescored,
                   "the canonical form verifies differently");

    // Trust matters.
    const bool all_device = std::all_of(v.signers.begin(), v.signers.end(),
                                        [](const auto& s) { return s.role == Role::device; });
    auto untrusted = verify_envelope(text, TrustList{}, crypto::verifier(), w.lookup);
    DBI_FUZZ_CHECK(untrusted.ok() == all_device,
                   all_device ? "a device-only envelope needs a trust list"
                              : "an envelope with trusted signers verifies without a trust list");
    Envelope tampered = read;
    tampered.statements[0].signature.sig[0] ^= 0x01;
    auto forged = verify_envelope(envelope_bytes(tampered), w.trust, crypto::verifier(), w.lookup);
    DBI_FUZZ_CHECK(!forged.ok(), "a flipped signature bit still verifies");
}

void check_envelope(std::string_view text) {
    const World& w = world();
    auto read = read_envelope(text);
    check_diagnostics(read.diagnostics());
    auto verified = verify_envelope(text, w.trust, crypto::verifier(), w.lookup);
    check_diagnostics(verified.diagnostics());
    DBI_FUZZ_CHECK(!verified.ok() || read.ok(),
                   "verify_envelope accepts what read_envelope refuses");
    if (!read) return;

    const std::string canonical = envelope_bytes(read.value());
    auto recanonical = canonicalize_json(canonical);
    DBI_FUZZ_CHECK(recanonical.ok() && recanonical.value() == canonical,
                   "envelope_bytes is not canonical");
    auto reread = read_envelope(canonical);
    DBI_FUZZ_CHECK(reread.ok(),
                   "envelope_bytes output is refused: " + first_error(reread.diagnostics()));
    DBI_FUZZ_CHECK(envelope_bytes(reread.value()) == canonical,
                   "read → bytes is not a fixed point");
    const auto& a = read.value().statements;
    const auto& b = reread.value().statements;
    DBI_FUZZ_CHECK(a.size() == b.size(), "statement count changed");
    for (std::size_t i = 0; i < a.size(); ++i)
        DBI_FUZZ_CHECK(a[i].payload == b[i].payload && same_entry(a[i].signature, b[i].signature),
                       "statement " + std::to_string(i) + " changed");
    DBI_FUZZ_CHECK(read.value().answers_json == reread.value().answers_json, "answers changed");

    if (dbi::fuzz::verbose())
        std::fprintf(stderr, "  envelope: %s\n",
                     verified ? "verified" : first_error(verified.diagnostics()).c_str());
    if (verified) check_verified(text, read.value(), verified.value());
}

void check_trust_list(std::string_view text) {
    const World& w = world();
    auto list = verify_trust_list(text, w.roots, crypto::verifier());
    check_diagnostics(list.diagnostics());
    if (dbi::fuzz::verbose())
        std::fprintf(stderr, "  trust list: %s\n",
                     list ? "verified" : first_error(list.diagnostics()).c_str());
    if (!list) return;
    std::set<std::string> ids;
    for (const TrustedKey& k : list.value().keys) {
        DBI_FUZZ_CHECK(k.key_id == key_id_of(k.public_key), "key_id of another key");
        DBI_FUZZ_CHECK(k.role == Role::receipt || k.role == Role::assessor || k.role == Role::kiosk,
                       "trust list delegates to a " + std::string(to_string(k.role)) + " key");
        DBI_FUZZ_CHECK(k.valid_from <= k.valid_until, "reversed period");
        DBI_FUZZ_CHECK(ids.insert(k.key_id).second, "key listed twice");
    }
    const Json doc = Json::parse(text, nullptr, false);
    auto payload = base64_decode(doc.value("payload", std::string()));
    DBI_FUZZ_CHECK(payload && trust_list_bytes(list.value()) == *payload,
                   "the verified trust list re-serialises to other bytes than the root signed");
}

void check_all(std::string_view text) {
    check_envelope(text);
    check_trust_list(text);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = dbi::fuzz::as_text(data, size);
    check_canonical_idempotent(text);
    check_all(text);
    if (auto signed_text = dbi::fuzz::expand_plain(text, world().keys)) check_all(*signed_text);
    return 0;
}
