// Key continuity: a tax code is bound to the first device key that submitted for it.
#include "server_fixture.hpp"

using namespace dbi;
using namespace dbi::test;

TEST_SUITE("continuity") {

TEST_CASE("another device key is refused unless countersigned or rebound; kiosks do not rebind") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const crypto::KeyPair a = crypto::generate_keypair();
    const crypto::KeyPair b = crypto::generate_keypair();
    const std::string tax = tax_code(42);
    auto submit = [&](const crypto::KeyPair& key, Draft d) {
        d.subject.tax_code = tax;
        return s.post("/api/v1/submissions", build(d, key).envelope);
    };

    auto first = submit(a, Draft{});
    REQUIRE(first);
    CHECK(first->status == 201);
    CHECK(s.app().storage().bound_key(tax) == a.key_id);

    // The same device again: fine.
    auto same = submit(a, Draft{});
    REQUIRE(same);
    CHECK(same->status == 201);

    // Another device: refused, and told which key holds the tax code.
    auto other = submit(b, Draft{});
    REQUIRE(other);
    CHECK(other->status == 409);
    Json e = body_json(other);
    CHECK(e["code"] == "DBI-SRV-004");
    CHECK(e["message_en"].get<std::string>().find(a.key_id) != std::string::npos);
    CHECK(e["message_vi"].get<std::string>().find(tax) != std::string::npos);

    // A countersignature from a key that is not an assessor in the trust list does not help.
    const crypto::KeyPair stranger = crypto::generate_keypair();
    Draft fake;
    fake.countersign = &stranger;
    auto faked = submit(b, fake);
    REQUIRE(faked);
    CHECK(faked->status == 422);
    CHECK(body_json(faked)["code"] == "DBI-SUB-005");

    // With a real assessor's countersignature the new device is accepted and takes the binding.
    Draft vouched;
    vouched.countersign = &keys.assessor;
    auto ok = submit(b, vouched);
    REQUIRE(ok);
    CHECK(ok->status == 201);
    CHECK(s.app().storage().bound_key(tax) == b.key_id);
    auto old = submit(a, Draft{});
    REQUIRE(old);
    CHECK(old->status == 409);

    // The administrator rebinds to the first device.
    Json rebind = {{"tax_code", tax}, {"key_id", a.key_id}, {"reason", "thiết bị được khôi phục"}};
    auto rb = s.admin_post("/api/v1/admin/rebind", rebind.dump());
    REQUIRE(rb);
    CHECK(rb->status == 200);
    auto back = submit(a, Draft{});
    REQUIRE(back);
    CHECK(back->status == 201);

    // A kiosk in the trust list may submit for any tax code; the binding stays.
    Draft k;
    k.role = Role::kiosk;
    k.channel = "kiosk";
    k.kiosk = "K-07";
    auto kiosk = submit(keys.kiosk, k);
    REQUIRE(kiosk);
    CHECK(kiosk->status == 201);
    CHECK(s.app().storage().bound_key(tax) == a.key_id);

    // A kiosk key the trust list does not know is refused.
    const crypto::KeyPair rogue = crypto::generate_keypair();
    auto unknown = submit(rogue, k);
    REQUIRE(unknown);
    CHECK(unknown->status == 422);
    CHECK(body_json(unknown)["code"] == "DBI-SUB-005");

    // A kiosk submission for a new tax code creates no binding either.
    Draft k2 = k;
    const std::string fresh = tax_code(43);
    k2.subject.tax_code = fresh;
    k2.submission_id = crypto::random_uuid_v4();
    auto kiosk2 = s.post("/api/v1/submissions", build(k2, keys.kiosk).envelope);
    REQUIRE(kiosk2);
    CHECK(kiosk2->status == 201);
    CHECK(!s.app().storage().bound_key(fresh).has_value());
}

TEST_CASE("two devices racing for a new tax code: exactly one wins") {
    TempDir dir;
    TestKeys keys;
    TestServer s(dir, keys);
    const std::string tax = tax_code(77);
    std::vector<crypto::KeyPair> devices;
    std::vector<std::string> envelopes;
    for (int i = 0; i < 8; ++i) {
        devices.push_back(crypto::generate_keypair());
        Draft d;
        d.subject.tax_code = tax;
        envelopes.push_back(build(d, devices.back()).envelope);
    }
    std::vector<int> status(envelopes.size(), 0);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < envelopes.size(); ++i)
        threads.emplace_back([&, i] {
            auto r = s.post("/api/v1/submissions", envelopes[i]);
            status[i] = r ? r->status : -1;
        });
    for (auto& t : threads) t.join();
    int won = 0, refused = 0;
    std::string winner;
    for (std::size_t i = 0; i < status.size(); ++i) {
        if (status[i] == 201) {
            ++won;
            winner = devices[i].key_id;
        }
        if (status[i] == 409) ++refused;
    }
    CHECK(won == 1);
    CHECK(refused == 7);
    CHECK(s.app().storage().bound_key(tax) == winner);
}

}  // TEST_SUITE
