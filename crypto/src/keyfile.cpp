// Key files: canonical JSON out, strict parsing in.
#include "dbi/keyfile.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "dbi/canonical_json.hpp"
#include "dbi/unicode.hpp"

namespace dbi::crypto {

namespace {

using Json = nlohmann::json;

std::string canonical_line(const Json& j) {
    // Only strings go in, already valid UTF-8: canonicalisation cannot fail.
    auto r = canonicalize_json(j.dump());
    return (r.ok() ? r.value() : j.dump()) + "\n";
}

// The fields of a flat object of strings, checked against the expected set. Strict parsing
// (duplicate keys, UTF-8) is core's: the text is canonicalised first, then read.
std::optional<std::map<std::string, std::string>> read_flat(std::string_view text,
                                                            const std::set<std::string>& fields,
                                                            std::vector<Diagnostic>& diags) {
    auto canonical = canonicalize_json(text);
    if (!canonical) {
        diags = canonical.diagnostics();
        return std::nullopt;
    }
    Json j = Json::parse(canonical.value(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        diags.push_back(make_diag("DBI-JSON-003", "", {"@object", "@value"}));
        return std::nullopt;
    }
    std::map<std::string, std::string> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string ptr = pointer_join("", it.key());
        if (!fields.count(it.key())) {
            diags.push_back(make_diag("DBI-JSON-004", ptr, {it.key()}));
        } else if (!it.value().is_string()) {
            diags.push_back(make_diag("DBI-JSON-003", ptr, {"@string", "@value"}));
        } else {
            out[it.key()] = it.value().get<std::string>();
        }
    }
    for (const auto& f : fields)
        if (!j.contains(f)) diags.push_back(make_diag("DBI-JSON-005", "", {f}));
    if (!diags.empty()) return std::nullopt;
    return out;
}

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> decode_fixed(const std::string& b64) {
    auto bytes = base64_decode(b64);
    if (!bytes || bytes->size() != N) return std::nullopt;
    std::array<std::uint8_t, N> out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

std::string nfc_or_same(const std::string& s) {
    auto r = to_nfc(s);
    return r.ok() ? r.value() : s;
}

}  // namespace

std::string key_file_text(const KeyFile& f) {
    const Seed seed = seed_of(f.key);
    Json j = {{"format", "dbi-key/1"},
              {"role", std::string(to_string(f.role))},
              {"label", f.label},
              {"key_id", f.key.key_id},
              {"public_key", base64_encode(f.key.public_key.data(), f.key.public_key.size())},
              {"seed", base64_encode(seed.data(), seed.size())},
              {"created_at", f.created_at}};
    return canonical_line(j);
}

PublicKeyFile public_part(const KeyFile& f) {
    return PublicKeyFile{f.role, f.label, f.key.key_id, f.key.public_key};
}

std::string public_key_file_text(const PublicKeyFile& f) {
    Json j = {{"format", "dbi-public-key/1"},
              {"role", std::string(to_string(f.role))},
              {"label", f.label},
              {"key_id", f.key_id},
              {"public_key", base64_encode(f.public_key.data(), f.public_key.size())}};
    return canonical_line(j);
}

Result<KeyFile> parse_key_file(std::string_view text) noexcept {
    std::vector<Diagnostic> diags;
    auto m = read_flat(text,
                       {"format", "role", "label", "key_id", "public_key", "seed", "created_at"},
                       diags);
    if (!m) return Result<KeyFile>::fail(diags);
    auto& f = *m;
    if (f["format"] != "dbi-key/1")
        return Result<KeyFile>::fail(make_diag("DBI-SUB-002", "/format", {f["format"], "dbi-key/1"}));
    auto role = role_from_string(f["role"]);
    if (!role) return Result<KeyFile>::fail(make_diag("DBI-JSON-003", "/role", {"@role", f["role"]}));
    auto seed = decode_fixed<32>(f["seed"]);
    if (!seed)
        return Result<KeyFile>::fail(make_diag("DBI-SUB-003", "/seed", {"seed"}));
    if (!parse_utc(f["created_at"]))
        return Result<KeyFile>::fail(make_diag("DBI-SUB-020", "/created_at", {f["created_at"]}));
    KeyFile out;
    out.role = *role;
    out.label = nfc_or_same(f["label"]);
    out.created_at = f["created_at"];
    out.key = keypair_from_seed(*seed);
    auto pk = decode_fixed<32>(f["public_key"]);
    if (!pk || *pk != out.key.public_key)
        return Result<KeyFile>::fail(make_diag("DBI-SUB-024", "/public_key", {f["key_id"]}));
    if (f["key_id"] != out.key.key_id)
        return Result<KeyFile>::fail(make_diag("DBI-SUB-024", "/key_id", {f["key_id"]}));
    return Result<KeyFile>::ok(std::move(out));
}

Result<PublicKeyFile> parse_public_key_file(std::string_view text) noexcept {
    std::vector<Diagnostic> diags;
    auto m = read_flat(text, {"format", "role", "label", "key_id", "public_key"}, diags);
    if (!m) return Result<PublicKeyFile>::fail(diags);
    auto& f = *m;
    if (f["format"] != "dbi-public-key/1")
        return Result<PublicKeyFile>::fail(
            make_diag("DBI-SUB-002", "/format", {f["format"], "dbi-public-key/1"}));
    auto role = role_from_string(f["role"]);
    if (!role)
        return Result<PublicKeyFile>::fail(make_diag("DBI-JSON-003", "/role", {"@role", f["role"]}));
    auto pk = decode_fixed<32>(f["public_key"]);
    if (!pk)
        return Result<PublicKeyFile>::fail(
            make_diag("DBI-SUB-003", "/public_key", {"public_key"}));
    if (key_id_of(*pk) != f["key_id"])
        return Result<PublicKeyFile>::fail(make_diag("DBI-SUB-024", "/key_id", {f["key_id"]}));
    return Result<PublicKeyFile>::ok(PublicKeyFile{*role, nfc_or_same(f["label"]), f["key_id"], *pk});
}

}  // namespace dbi::crypto
