// Statements, trust lists and envelopes: formats and the fixed verification order.
#include "dbi/envelope.hpp"

#include <algorithm>

#include "canonical_json_impl.hpp"
#include "dbi/sha256.hpp"
#include "dbi/unicode.hpp"
#include "json_reader.hpp"

namespace dbi {

using detail::Diags;
using detail::Json;
using detail::ObjectReader;

// ---------------------------------------------------------------------------------------------
// Encoding helpers

namespace {

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

std::string canonical(const Json& j) {
    auto r = detail::write_canonical(j);
    DBI_ASSERT(r.ok());  // statements hold only small integers and text
    return r.ok() ? std::move(r.value()) : std::string();
}

}  // namespace

std::string base64_encode(const std::uint8_t* data, std::size_t size) {
    std::string out;
    out.reserve((size + 2) / 3 * 4);
    for (std::size_t i = 0; i < size; i += 3) {
        std::uint32_t n = std::uint32_t(data[i]) << 16;
        if (i + 1 < size) n |= std::uint32_t(data[i + 1]) << 8;
        if (i + 2 < size) n |= data[i + 2];
        out += kB64[(n >> 18) & 63];
        out += kB64[(n >> 12) & 63];
        out += i + 1 < size ? kB64[(n >> 6) & 63] : '=';
        out += i + 2 < size ? kB64[n & 63] : '=';
    }
    return out;
}

std::string base64_encode(std::string_view bytes) {
    return base64_encode(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

std::optional<std::string> base64_decode(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            char c = text[i + static_cast<std::size_t>(k)];
            if (c == '=' && last && k >= 2) {
                v[k] = 0;
                ++pad;
                continue;
            }
            if (pad > 0) return std::nullopt;  // data after padding
            v[k] = b64_value(c);
            if (v[k] < 0) return std::nullopt;
        }
        std::uint32_t n = std::uint32_t(v[0]) << 18 | std::uint32_t(v[1]) << 12 |
                          std::uint32_t(v[2]) << 6 | std::uint32_t(v[3]);
        // Non-zero bits under the padding would give a second encoding of the same bytes.
        if ((pad == 1 && (n & 0xFF)) || (pad == 2 && (n & 0xFFFF))) return std::nullopt;
        out += static_cast<char>((n >> 16) & 0xFF);
        if (pad < 2) out += static_cast<char>((n >> 8) & 0xFF);
        if (pad < 1) out += static_cast<char>(n & 0xFF);
    }
    return out;
}

std::string key_id_of(const PublicKey& pk) {
    auto digest = sha256(std::string_view(reinterpret_cast<const char*>(pk.data()), pk.size()));
    return to_hex(digest.data(), 8);
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3u : 9u)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

}  // namespace

std::optional<std::int64_t> parse_utc(std::string_view t) noexcept {
    // YYYY-MM-DDTHH:MM:SSZ
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' ||
        t[16] != ':' || t[19] != 'Z')
        return std::nullopt;
    auto num = [&](std::size_t at, std::size_t len) -> int {
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i) {
            if (t[i] < '0' || t[i] > '9') return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2),
        s = num(17, 2);
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 ||
        s < 0 || s > 59)
        return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > kDays[mo - 1] + (mo == 2 && leap ? 1 : 0)) return std::nullopt;
    return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
           h * 3600 + mi * 60 + s;
}

std::string format_utc(std::int64_t seconds) {
    std::int64_t z = seconds / 86400 + 719468, secs = seconds % 86400;
    if (secs < 0) {
        secs += 86400;
        --z;
    }
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y0 = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = y0 + (m <= 2);
    auto two = [](std::int64_t v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    return std::to_string(y) + "-" + two(m) + "-" + two(d) + "T" + two(secs / 3600) + ":" +
           two(secs / 60 % 60) + ":" + two(secs % 60) + "Z";
}

bool is_canonical_signature(const SignatureBytes& sig) noexcept {
    // L = 2^252 + 27742317777372353535851937790883648493, little endian.
    static constexpr std::uint8_t kL[32] = {
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};
    for (int i = 31; i >= 0; --i) {
        std::uint8_t s = sig[32 + static_cast<std::size_t>(i)];
        if (s < kL[i]) return true;
        if (s > kL[i]) return false;
    }
    return false;  // S == L
}

std::string_view to_string(Role r) noexcept {
    switch (r) {
        case Role::device: return "device";
        case Role::kiosk: return "kiosk";
        case Role::receipt: return "receipt";
        case Role::assessor: return "assessor";
        case Role::root: return "root";
    }
    return "?";
}

std::optional<Role> role_from_string(std::string_view s) noexcept {
    for (Role r : {Role::device, Role::kiosk, Role::receipt, Role::assessor, Role::root})
        if (to_string(r) == s) return r;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Statements → canonical bytes

std::string assessment_statement_bytes(const AssessmentStatement& s) {
    const Assessment& a = s.assessment;
    Json pillars = Json::array();
    for (const auto& p : a.pillars)
        pillars.push_back({{"id", p.id}, {"points", p.points}, {"max", p.max}, {"level", p.level}});
    Json j = {{"format", "dbi-assessment/1"},
              {"submission_id", s.submission_id},
              {"issued_at", s.issued_at},
              {"channel", s.channel},
              {"index",
               {{"id", a.index_id},
                {"revision", a.index_revision},
                {"framework_version", a.framework_version},
                {"sha256", a.index_sha256}}},
              {"subject",
               {{"name", s.subject.name},
                {"tax_code", s.subject.tax_code},
                {"province", s.subject.province},
                {"vsic_section", s.subject.vsic_section},
                {"size_class", s.subject.size_class},
                {"publish", s.subject.publish}}},
              {"answers_sha256", a.answers_sha256},
              {"result",
               {{"total", {{"points", a.total_points}, {"max", a.max_points}, {"level", a.level}}},
                {"pillars", pillars},
                {"completeness", {{"answered", a.answered}, {"criteria", a.criteria}}}}}};
    if (!s.kiosk.empty()) j["kiosk"] = s.kiosk;
    return canonical(j);
}

std::string receipt_statement_bytes(const ReceiptStatement& s) {
    return canonical({{"format", "dbi-receipt/1"},
                      {"receipt_id", s.receipt_id},
                      {"submission_id", s.submission_id},
                      {"assessment_sha256", s.assessment_sha256},
                      {"index", {{"id", s.index_id}, {"sha256", s.index_sha256}}},
                      {"total", {{"points", s.total_points}, {"level", s.level}}},
                      {"received_at", s.received_at}});
}

std::string countersignature_statement_bytes(const CountersignatureStatement& s) {
    return canonical({{"format", "dbi-countersignature/1"},
                      {"assessment_sha256", s.assessment_sha256},
                      {"verdict", s.verdict},
                      {"signed_at", s.signed_at}});
}

const TrustedKey* TrustList::find(std::string_view key_id) const noexcept {
    for (const auto& k : keys)
        if (k.key_id == key_id) return &k;
    return nullptr;
}

std::string trust_list_bytes(const TrustList& list) {
    Json keys = Json::array();
    for (const auto& k : list.keys)
        keys.push_back({{"key_id", k.key_id},
                        {"role", std::string(to_string(k.role))},
                        {"public_key", base64_encode(k.public_key.data(), k.public_key.size())},
                        {"label", k.label},
                        {"valid_from", format_utc(k.valid_from)},
                        {"valid_until", format_utc(k.valid_until)}});
    return canonical({{"format", "dbi-trust/1"},
                      {"sequence", list.sequence},
                      {"issued_at", list.issued_at},
                      {"keys", keys}});
}

std::string trust_envelope_bytes(const SignedStatement& st) {
    const SignatureEntry& s = st.signature;
    return canonical({{"format", "dbi-trust-envelope/1"},
                      {"payload", base64_encode(st.payload)},
                      {"signature",
                       {{"role", "root"},
                        {"key_id", s.key_id},
                        {"alg", "Ed25519"},
                        {"sig", base64_encode(s.sig.data(), s.sig.size())}}}});
}

std::string envelope_bytes(const Envelope& e) {
    Json statements = Json::array();
    for (const auto& st : e.statements) {
        const SignatureEntry& s = st.signature;
        Json sig = {{"role", std::string(to_string(s.role))},
                    {"key_id", s.key_id},
                    {"alg", "Ed25519"},
                    {"signed_at", s.signed_at},
                    {"sig", base64_encode(s.sig.data(), s.sig.size())}};
        if (s.public_key) sig["public_key"] = base64_encode(s.public_key->data(), s.public_key->size());
        statements.push_back({{"payload", base64_encode(st.payload)}, {"signature", sig}});
    }
    Json j = {{"format", "dbi-envelope/1"}, {"statements", statements}};
    if (e.answers_json) {
        auto answers = detail::parse_strict(*e.answers_json);
        DBI_ASSERT(answers.ok());
        if (answers.ok()) j["answers"] = std::move(answers.value());
    }
    return canonical(j);
}

// ---------------------------------------------------------------------------------------------
// Verification

namespace {

bool all_strings_nfc(const Json& j) {
    if (j.is_string()) return is_nfc(j.get_ref<const std::string&>());
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            if (!is_nfc(it.key()) || !all_strings_nfc(it.value())) return false;
        return true;
    }
    if (j.is_array())
        return std::all_of(j.begin(), j.end(), [](const Json& e) { return all_strings_nfc(e); });
    return true;
}

bool is_uuid_v4(const std::string& s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < 36; ++i) {
        char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return s[14] == '4' && (s[19] == '8' || s[19] == '9' || s[19] == 'a' || s[19] == 'b');
}

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> decode_fixed(const std::string& b64) {
    auto bytes = base64_decode(b64);
    if (!bytes || bytes->size() != N) return std::nullopt;
    std::array<std::uint8_t, N> out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

// Steps 2 (shape) for one statement entry: payload bytes and signature entry.
std::optional<SignedStatement> read_statement(const Json& j, const std::string& pointer,
                                              Diags& diags) {
    ObjectReader r(j, pointer, diags);
    if (!r.valid()) return std::nullopt;
    SignedStatement st;
    auto payload_b64 = r.string("payload", true);
    const Json* sig = r.object("signature", true);
    r.finish();
    if (!payload_b64 || !sig || detail::has_errors(diags)) return std::nullopt;
    auto payload = base64_decode(*payload_b64);
    if (!payload) {
        diags.push_back(make_diag("DBI-SUB-003", r.at("payload"), {"payload"}));
        return std::nullopt;
    }
    st.payload = std::move(*payload);

    ObjectReader s(*sig, r.at("signature"), diags);
    auto role = s.string("role", true);
    auto key_id = s.string("key_id", true);
    auto alg = s.string("alg", true);
    auto signed_at = s.string("signed_at", true);
    auto sig_b64 = s.string("sig", true);
    auto pk_b64 = s.string("public_key", false);
    s.finish();
    // Unknown fields (DBI-JSON-004) end step 2 here: nothing of this statement is used.
    if (!role || !key_id || !alg || !signed_at || !sig_b64 || detail::has_errors(diags))
        return std::nullopt;
    auto parsed_role = role_from_string(*role);
    if (!parsed_role || *parsed_role == Role::root) {
        diags.push_back(make_diag("DBI-JSON-003", s.at("role"), {"@role", *role}));
        return std::nullopt;
    }
    if (*alg != "Ed25519") {
        diags.push_back(make_diag("DBI-SUB-004", s.at("alg"), {*alg}));
        return std::nullopt;
    }
    if (!parse_utc(*signed_at)) {
        diags.push_back(make_diag("DBI-SUB-020", s.at("signed_at"), {*signed_at}));
        return std::nullopt;
    }
    auto sig_bytes = decode_fixed<64>(*sig_b64);
    if (!sig_bytes) {
        diags.push_back(make_diag("DBI-SUB-003", s.at("sig"), {"sig"}));
        return std::nullopt;
    }
    st.signature.role = *parsed_role;
    st.signature.key_id = *key_id;
    st.signature.signed_at = *signed_at;
    st.signature.sig = *sig_bytes;
    if (pk_b64) {
        auto pk = decode_fixed<32>(*pk_b64);
        if (!pk) {
            diags.push_back(make_diag("DBI-SUB-003", s.at("public_key"),
                                      {"public_key"}));
            return std::nullopt;
        }
        st.signature.public_key = *pk;
    }
    return st;
}

// Step 3: the key is known (self-asserted device key or trust list) and valid at signed_at.
std::optional<PublicKey> resolve_key(const SignatureEntry& s, const std::string& pointer,
                                     const TrustList& trust, std::string& label, Diags& diags) {
    const std::int64_t at = *parse_utc(s.signed_at);
    const TrustedKey* listed = trust.find(s.key_id);
    if (s.role == Role::device) {
        // Device keys are self-asserted: the key id must be that of the key carried along.
        if (!s.public_key || key_id_of(*s.public_key) != s.key_id) {
            diags.push_back(make_diag("DBI-SUB-024", pointer_join(pointer, "key_id"), {s.key_id}));
            return std::nullopt;
        }
        return *s.public_key;
    }
    if (!listed) {
        diags.push_back(make_diag("DBI-SUB-005", pointer_join(pointer, "key_id"), {s.key_id}));
        return std::nullopt;
    }
    if (listed->role != s.role) {
        diags.push_back(make_diag("DBI-SUB-006", pointer_join(pointer, "role"),
                                  {s.key_id, std::string(to_string(listed->role)),
                                   std::string(to_string(s.role))}));
        return std::nullopt;
    }
    if (s.public_key && *s.public_key != listed->public_key) {
        diags.push_back(make_diag("DBI-SUB-024", pointer_join(pointer, "public_key"), {s.key_id}));
        return std::nullopt;
    }
    if (at < listed->valid_from || at > listed->valid_until) {
        diags.push_back(make_diag("DBI-SUB-007", pointer_join(pointer, "signed_at"),
                                  {s.key_id, s.signed_at, format_utc(listed->valid_from),
                                   format_utc(listed->valid_until)}));
        return std::nullopt;
    }
    label = listed->label;
    return listed->public_key;
}

// Step 4: the signature over the exact bytes.
bool check_signature(const SignedStatement& st, const PublicKey& pk, std::size_t index,
                     const std::string& pointer, const Ed25519Verifier& ed, Diags& diags) {
    if (!is_canonical_signature(st.signature.sig)) {
        diags.push_back(make_diag("DBI-SUB-009", pointer_join(pointer, "sig"),
                                  {std::to_string(index)}));
        return false;
    }
    if (!ed.is_valid_public_key(pk)) {
        diags.push_back(make_diag("DBI-SUB-010", pointer_join(pointer, "key_id"),
                                  {st.signature.key_id}));
        return false;
    }
    if (!ed.verify(st.payload, st.signature.sig, pk)) {
        diags.push_back(make_diag("DBI-SUB-008", pointer_join(pointer, "sig"),
                                  {std::to_string(index)}));
        return false;
    }
    return true;
}

// Step 5 (common part): the payload is canonical JSON with NFC text and the expected format.
std::optional<Json> read_payload(const SignedStatement& st, std::size_t index,
                                 const std::string& pointer, std::size_t max_bytes, Diags& diags) {
    auto parsed = detail::parse_strict(st.payload, {max_bytes, 16});
    if (!parsed) {
        for (auto d : parsed.diagnostics()) {
            d.pointer = pointer;
            diags.push_back(std::move(d));
        }
        return std::nullopt;
    }
    auto again = detail::write_canonical(parsed.value());
    if (!again || again.value() != st.payload) {
        diags.push_back(make_diag("DBI-SUB-011", pointer, {std::to_string(index)}));
        return std::nullopt;
    }
    if (!all_strings_nfc(parsed.value())) {
        diags.push_back(make_diag("DBI-SUB-012", pointer, {std::to_string(index)}));
        return std::nullopt;
    }
    return std::move(parsed.value());
}

std::string format_of(const Json& j) {
    if (j.is_object() && j.contains("format") && j["format"].is_string())
        return j["format"].get<std::string>();
    return "?";
}

void require_time(const std::string& value, const SignedStatement& st, std::size_t index,
                  const std::string& pointer, Diags& diags) {
    if (value != st.signature.signed_at)
        diags.push_back(make_diag("DBI-SUB-013", pointer,
                                  {std::to_string(index), value, st.signature.signed_at}));
}

std::optional<AssessmentStatement> read_assessment(const Json& j, const std::string& p,
                                                   Diags& diags) {
    ObjectReader r(j, p, diags);
    AssessmentStatement s;
    r.string("format", true);
    s.submission_id = r.string("submission_id", true).value_or("");
    if (!s.submission_id.empty() && !is_uuid_v4(s.submission_id))
        diags.push_back(make_diag("DBI-SUB-022", r.at("submission_id"), {s.submission_id}));
    s.issued_at = r.string("issued_at", true).value_or("");
    s.channel = r.string("channel", true).value_or("");
    if (r.has("channel") && s.channel != "web" && s.channel != "embed" && s.channel != "kiosk")
        diags.push_back(make_diag("DBI-SUB-027", r.at("channel"), {s.channel}));
    s.kiosk = r.string("kiosk", false).value_or("");
    // An empty kiosk is how AssessmentStatement says "none", and assessment_statement_bytes()
    // leaves it out: a present "kiosk" must name one, or two different signed byte strings
    // would read as the same statement.
    if (r.has("kiosk") && s.kiosk.empty())
        diags.push_back(make_diag("DBI-SUB-029", r.at("kiosk")));
    Assessment& a = s.assessment;
    if (const Json* idx = r.object("index", true)) {
        ObjectReader o(*idx, r.at("index"), diags);
        a.index_id = o.string("id", true).value_or("");
        a.index_revision = static_cast<int>(o.integer("revision", true, 1, 1'000'000).value_or(0));
        a.framework_version = o.string("framework_version", true).value_or("");
        a.index_sha256 = o.string("sha256", true).value_or("");
        o.finish();
    }
    if (const Json* sub = r.object("subject", true)) {
        ObjectReader o(*sub, r.at("subject"), diags);
        s.subject.name = o.string("name", true).value_or("");
        s.subject.tax_code = o.string("tax_code", true).value_or("");
        s.subject.province = o.string("province", true).value_or("");
        s.subject.vsic_section = o.string("vsic_section", true).value_or("");
        s.subject.size_class = o.string("size_class", true).value_or("");
        s.subject.publish = o.boolean("publish", true).value_or(false);
        o.finish();
    }
    a.answers_sha256 = r.string("answers_sha256", true).value_or("");
    if (const Json* res = r.object("result", true)) {
        ObjectReader o(*res, r.at("result"), diags);
        if (const Json* total = o.object("total", true)) {
            ObjectReader t(*total, o.at("total"), diags);
            a.total_points = static_cast<int>(t.integer("points", true, 0, 1'000'000).value_or(0));
            a.max_points = static_cast<int>(t.integer("max", true, 0, 1'000'000).value_or(0));
            a.level = static_cast<int>(t.integer("level", true, 0, 100).value_or(0));
            t.finish();
        }
        if (const Json* ps = o.array("pillars", true))
            for (std::size_t i = 0; i < ps->size(); ++i) {
                ObjectReader pr((*ps)[i], pointer_join(o.at("pillars"), i), diags);
                PillarScore pscore;
                pscore.id = pr.string("id", true).value_or("");
                pscore.points = static_cast<int>(pr.integer("points", true, 0, 1'000'000).value_or(0));
                pscore.max = static_cast<int>(pr.integer("max", true, 0, 1'000'000).value_or(0));
                pscore.level = static_cast<int>(pr.integer("level", true, 0, 100).value_or(0));
                pr.finish();
                a.pillars.push_back(std::move(pscore));
            }
        if (const Json* c = o.object("completeness", true)) {
            ObjectReader cr(*c, o.at("completeness"), diags);
            a.answered = static_cast<int>(cr.integer("answered", true, 0, 100000).value_or(0));
            a.criteria = static_cast<int>(cr.integer("criteria", true, 0, 100000).value_or(0));
            cr.finish();
        }
        o.finish();
    }
    r.finish();
    if (detail::has_errors(diags)) return std::nullopt;
    return s;
}

std::optional<ReceiptStatement> read_receipt(const Json& j, const std::string& p, Diags& diags) {
    ObjectReader r(j, p, diags);
    ReceiptStatement s;
    r.string("format", true);
    s.receipt_id = r.string("receipt_id", true).value_or("");
    s.submission_id = r.string("submission_id", true).value_or("");
    s.assessment_sha256 = r.string("assessment_sha256", true).value_or("");
    if (const Json* idx = r.object("index", true)) {
        ObjectReader o(*idx, r.at("index"), diags);
        s.index_id = o.string("id", true).value_or("");
        s.index_sha256 = o.string("sha256", true).value_or("");
        o.finish();
    }
    if (const Json* total = r.object("total", true)) {
        ObjectReader o(*total, r.at("total"), diags);
        s.total_points = static_cast<int>(o.integer("points", true, 0, 1'000'000).value_or(0));
        s.level = static_cast<int>(o.integer("level", true, 0, 100).value_or(0));
        o.finish();
    }
    s.received_at = r.string("received_at", true).value_or("");
    r.finish();
    if (detail::has_errors(diags)) return std::nullopt;
    return s;
}

std::optional<CountersignatureStatement> read_countersignature(const Json& j, const std::string& p,
                                                               Diags& diags) {
    ObjectReader r(j, p, diags);
    CountersignatureStatement s;
    r.string("format", true);
    s.assessment_sha256 = r.string("assessment_sha256", true).value_or("");
    s.verdict = r.string("verdict", true).value_or("");
    s.signed_at = r.string("signed_at", true).value_or("");
    r.finish();
    if (s.verdict != "validated" && !s.verdict.empty())
        diags.push_back(make_diag("DBI-JSON-003", r.at("verdict"), {"@validated", s.verdict}));
    if (detail::has_errors(diags)) return std::nullopt;
    return s;
}

}  // namespace

Result<TrustList> verify_trust_list(std::string_view text, const std::vector<PublicKey>& roots,
                                    const Ed25519Verifier& ed) noexcept {
    Diags diags;
    if (text.size() > kMaxTrustListBytes)
        return Result<TrustList>::fail(make_diag("DBI-SUB-001", "",
                                                 {std::to_string(text.size()),
                                                  std::to_string(kMaxTrustListBytes)}));
    auto root = detail::parse_strict(text, {kMaxTrustListBytes, 16});
    if (!root) return Result<TrustList>::fail(root.diagnostics());
    ObjectReader r(root.value(), "", diags);
    if (!r.valid()) return Result<TrustList>::fail(diags);
    auto fmt = r.string("format", true);
    if (fmt && *fmt != "dbi-trust-envelope/1")
        return Result<TrustList>::fail(
            make_diag("DBI-SUB-002", "/format", {*fmt, "dbi-trust-envelope/1"}));
    auto payload_b64 = r.string("payload", true);
    const Json* sig = r.object("signature", true);
    r.finish();
    if (detail::has_errors(diags) || !payload_b64 || !sig) return Result<TrustList>::fail(diags);

    auto bytes = base64_decode(*payload_b64);
    if (!bytes)
        return Result<TrustList>::fail(make_diag("DBI-SUB-003", "/payload", {"payload"}));
    ObjectReader s(*sig, "/signature", diags);
    auto role = s.string("role", true);
    auto key_id = s.string("key_id", true);
    auto alg = s.string("alg", true);
    auto sig_b64 = s.string("sig", true);
    s.finish();
    if (detail::has_errors(diags) || !role || !key_id || !alg || !sig_b64)
        return Result<TrustList>::fail(diags);
    if (*alg != "Ed25519")
        return Result<TrustList>::fail(make_diag("DBI-SUB-004", "/signature/alg", {*alg}));
    auto sig_bytes = decode_fixed<64>(*sig_b64);
    if (!sig_bytes)
        return Result<TrustList>::fail(
            make_diag("DBI-SUB-003", "/signature/sig", {"sig"}));
    // Only a pinned root may sign a trust list; a list signed by anything else (even a key it
    // lists) is as good as unsigned.
    const PublicKey* pinned = nullptr;
    for (const auto& pk : roots)
        if (key_id_of(pk) == *key_id) pinned = &pk;
    if (!pinned || *role != "root")
        return Result<TrustList>::fail(make_diag("DBI-SUB-023", "/signature/key_id"));
    SignedStatement st{*bytes, SignatureEntry{Role::root, *key_id, std::nullopt, "", *sig_bytes}};
    if (!check_signature(st, *pinned, 0, "/signature", ed, diags))
        return Result<TrustList>::fail(diags);
    auto body = read_payload(st, 0, "/payload", kMaxTrustListBytes, diags);
    if (!body) return Result<TrustList>::fail(diags);

    TrustList list;
    ObjectReader t(*body, "/payload", diags);
    if (auto f = t.string("format", true); f && *f != "dbi-trust/1")
        diags.push_back(make_diag("DBI-SUB-002", "/payload/format", {*f, "dbi-trust/1"}));
    list.sequence = t.integer("sequence", true, 0, INT64_MAX).value_or(0);
    list.issued_at = t.string("issued_at", true).value_or("");
    if (t.has("issued_at") && !parse_utc(list.issued_at))
        diags.push_back(make_diag("DBI-SUB-020", "/payload/issued_at", {list.issued_at}));
    if (const Json* keys = t.array("keys", true))
        for (std::size_t i = 0; i < keys->size(); ++i) {
            std::string p = pointer_join("/payload/keys", i);
            ObjectReader k((*keys)[i], p, diags);
            if (!k.valid()) continue;
            TrustedKey tk;
            tk.key_id = k.string("key_id", true).value_or("");
            auto role_name = k.string("role", true);
            auto pk = decode_fixed<32>(k.string("public_key", true).value_or(""));
            tk.label = k.string("label", true).value_or("");
            auto from = parse_utc(k.string("valid_from", true).value_or(""));
            auto until = parse_utc(k.string("valid_until", true).value_or(""));
            k.finish();
            if (!role_name) continue;  // missing or mistyped fields are reported already
            auto key_role = role_from_string(*role_name);
            // A trust list delegates to receipt, assessor and kiosk keys only: a device key is
            // self-asserted, and a root listed under itself would let the list re-root itself.
            const bool usable_role = key_role && (*key_role == Role::receipt ||
                                                  *key_role == Role::assessor ||
                                                  *key_role == Role::kiosk);
            if (!usable_role || !pk || !from || !until || *from > *until ||
                key_id_of(*pk) != tk.key_id || !ed.is_valid_public_key(*pk) ||
                list.find(tk.key_id) != nullptr) {
                diags.push_back(make_diag("DBI-SUB-025", p, {std::to_string(i)}));
                continue;
            }
            tk.role = *key_role;
            tk.public_key = *pk;
            tk.valid_from = *from;
            tk.valid_until = *until;
            list.keys.push_back(std::move(tk));
        }
    t.finish();
    if (detail::has_errors(diags)) return Result<TrustList>::fail(diags);
    return Result<TrustList>::ok(std::move(list));
}

Result<Envelope> read_envelope(std::string_view text) noexcept {
    using R = Result<Envelope>;
    // 1. Size.
    if (text.size() > kMaxEnvelopeBytes)
        return R::fail(make_diag("DBI-SUB-001", "", {std::to_string(text.size()),
                                                     std::to_string(kMaxEnvelopeBytes)}));
    // 2. Parse the envelope: strict JSON, exact shape, no unknown fields.
    auto root = detail::parse_strict(text, {kMaxEnvelopeBytes, 24});
    if (!root) return R::fail(root.diagnostics());
    Diags diags;
    ObjectReader r(root.value(), "", diags);
    if (!r.valid()) return R::fail(diags);
    auto fmt = r.string("format", true);
    // Another kind of document (answers, a trust list…) is named as such, not reported field
    // by field.
    if (fmt && *fmt != "dbi-envelope/1")
        return R::fail(make_diag("DBI-SUB-002", "/format", {*fmt, "dbi-envelope/1"}));
    const Json* statements = r.array("statements", true);
    const Json* answers = r.object("answers", false);
    r.finish();
    if (detail::has_errors(diags) || !statements) return R::fail(diags);
    if (statements->empty()) return R::fail(make_diag("DBI-SUB-019", "/statements"));
    Envelope out;
    for (std::size_t i = 0; i < statements->size(); ++i) {
        auto st = read_statement((*statements)[i], pointer_join("/statements", i), diags);
        if (!st) return R::fail(diags);
        out.statements.push_back(std::move(*st));
    }
    if (answers) {
        auto canonical_answers = detail::write_canonical(*answers);
        if (!canonical_answers) {
            Diags errs = canonical_answers.diagnostics();
            for (auto& d : errs) d.pointer = "/answers" + d.pointer;
            return R::fail(std::move(errs));
        }
        out.answers_json = std::move(canonical_answers.value());
    }
    return R::ok(std::move(out));
}

Result<VerifiedEnvelope> verify_envelope(std::string_view text, const TrustList& trust,
                                         const Ed25519Verifier& ed,
                                         const IndexLookup& indices) noexcept {
    using R = Result<VerifiedEnvelope>;
    // 1–2. Size, then the envelope's shape; nothing inside a payload is read yet.
    auto envelope = read_envelope(text);
    if (!envelope) return R::fail(envelope.diagnostics());
    const std::vector<SignedStatement>& parsed = envelope.value().statements;
    Diags diags;

    VerifiedEnvelope out;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        const SignedStatement& st = parsed[i];
        const std::string p = pointer_join("/statements", i);
        // 3. Key known and valid at signing time.
        std::string label;
        auto pk = resolve_key(st.signature, pointer_join(p, "signature"), trust, label, diags);
        if (!pk) return R::fail(diags);
        // 4. Signature over the exact bytes.
        if (!check_signature(st, *pk, i, pointer_join(p, "signature"), ed, diags))
            return R::fail(diags);
        // 5. Only now the payload.
        auto body = read_payload(st, i, pointer_join(p, "payload"), kMaxEnvelopeBytes, diags);
        if (!body) return R::fail(diags);
        const std::string format = format_of(*body);
        const Role role = st.signature.role;
        const std::string pp = pointer_join(p, "payload");
        if (i == 0) {
            if (format != "dbi-assessment/1")
                return R::fail(make_diag("DBI-SUB-018", pp, {"0", "dbi-assessment/1", format}));
            if (role != Role::device && role != Role::kiosk)
                return R::fail(make_diag("DBI-SUB-021", pp, {format, std::string(to_string(role))}));
            auto a = read_assessment(*body, pp, diags);
            if (!a) return R::fail(diags);
            require_time(a->issued_at, st, i, pp, diags);
            out.assessment = std::move(*a);
            out.assessment_sha256 = sha256_hex(st.payload);
        } else if (format == "dbi-receipt/1") {
            if (role != Role::receipt)
                return R::fail(make_diag("DBI-SUB-021", pp, {format, std::string(to_string(role))}));
            auto rc = read_receipt(*body, pp, diags);
            if (!rc) return R::fail(diags);
            require_time(rc->received_at, st, i, pp, diags);
            if (rc->assessment_sha256 != out.assessment_sha256 ||
                rc->submission_id != out.assessment.submission_id) {
                diags.push_back(make_diag("DBI-SUB-014", pp, {std::to_string(i), rc->assessment_sha256}));
            } else {
                // Bound to this assessment, so it must also repeat what it re-scored: a receipt
                // that records another total contradicts the statement it receipts.
                const Assessment& a = out.assessment.assessment;
                if (rc->index_id != a.index_id || rc->index_sha256 != a.index_sha256 ||
                    rc->total_points != a.total_points || rc->level != a.level)
                    diags.push_back(make_diag("DBI-SUB-026", pp, {std::to_string(i)}));
            }
            out.receipts.push_back(std::move(*rc));
        } else if (format == "dbi-countersignature/1") {
            if (role != Role::assessor)
                return R::fail(make_diag("DBI-SUB-021", pp, {format, std::string(to_string(role))}));
            auto cs = read_countersignature(*body, pp, diags);
            if (!cs) return R::fail(diags);
            require_time(cs->signed_at, st, i, pp, diags);
            if (cs->assessment_sha256 != out.assessment_sha256)
                diags.push_back(make_diag("DBI-SUB-014", pp, {std::to_string(i), cs->assessment_sha256}));
            out.countersignatures.push_back(std::move(*cs));
        } else {
            return R::fail(make_diag("DBI-SUB-028", pp, {std::to_string(i), format}));
        }
        if (detail::has_errors(diags)) return R::fail(diags);
        out.signers.push_back({role, st.signature.key_id, label, st.signature.signed_at});
    }

    // 6. Attached answers: bound by hash, then re-scored with the same core.
    if (const auto& answers_json = envelope.value().answers_json) {
        out.answers_attached = true;
        const Assessment& claimed = out.assessment.assessment;
        const IndexDefinition* index = indices ? indices(claimed.index_id) : nullptr;
        if (!index || index->sha256 != claimed.index_sha256)
            return R::fail(make_diag("DBI-SUB-017", "/answers", {claimed.index_id, claimed.index_sha256}));
        auto set = parse_answers(*index, *answers_json);
        if (!set) {
            Diags errs = set.diagnostics();
            for (auto& d : errs) d.pointer = "/answers" + d.pointer;
            return R::fail(std::move(errs));
        }
        if (sha256_hex(answers_to_canonical_json(set.value())) != claimed.answers_sha256)
            return R::fail(make_diag("DBI-SUB-015", "/answers"));
        auto rescored = score(*index, set.value());
        if (!rescored) return R::fail(rescored.diagnostics());
        const Assessment& got = rescored.value();
        bool same = got.total_points == claimed.total_points && got.max_points == claimed.max_points &&
                    got.level == claimed.level && got.answered == claimed.answered &&
                    got.criteria == claimed.criteria && got.pillars.size() == claimed.pillars.size() &&
                    got.index_revision == claimed.index_revision &&
                    got.framework_version == claimed.framework_version;
        for (std::size_t i = 0; same && i < got.pillars.size(); ++i)
            same = got.pillars[i].id == claimed.pillars[i].id &&
                   got.pillars[i].points == claimed.pillars[i].points &&
                   got.pillars[i].max == claimed.pillars[i].max &&
                   got.pillars[i].level == claimed.pillars[i].level;
        for (const auto& rc : out.receipts)
            same = same && rc.total_points == got.total_points && rc.level == got.level &&
                   rc.index_id == got.index_id && rc.index_sha256 == got.index_sha256;
        if (!same)
            return R::fail(make_diag("DBI-SUB-016", "/answers",
                                     {std::to_string(got.total_points), std::to_string(got.level),
                                      std::to_string(claimed.total_points),
                                      std::to_string(claimed.level)}));
        out.rescored = true;
        out.answers = std::move(set.value());
    }
    return R::ok(std::move(out));
}

}  // namespace dbi
