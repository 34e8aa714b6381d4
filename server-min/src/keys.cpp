// keys.cpp — key files, admin token and trust set-up. Secrets never leave these files: they
// are not logged and not returned by any endpoint.
#include "keys.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "config.hpp"
#include "dbi/canonical_json.hpp"
#include "dbi/sha256.hpp"
#include "limits.hpp"
#include "storage.hpp"

namespace dbi::server {
namespace {

using Json = nlohmann::json;

std::string canonical(const Json& j) {
    auto c = canonicalize_json(j.dump());
    return c ? c.value() : j.dump();
}

std::string b64(const std::uint8_t* p, std::size_t n) { return base64_encode(p, n); }

const std::string* string_field(const Json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end() || !it->is_string()) return nullptr;
    return &it->get_ref<const std::string&>();
}

std::optional<PublicKey> parse_public_object(const Json& j, std::string* error) {
    const std::string* fmt = j.is_object() ? string_field(j, "format") : nullptr;
    const std::string* pk64 = j.is_object() ? string_field(j, "public_key") : nullptr;
    if (!fmt || (*fmt != "dbi-public-key/1" && *fmt != "dbi-key/1") || !pk64) {
        *error = "not a dbi-public-key/1 (or dbi-key/1) key file";
        return std::nullopt;
    }
    auto raw = base64_decode(*pk64);
    if (!raw || raw->size() != 32) {
        *error = "public_key is not 32 bytes of base64";
        return std::nullopt;
    }
    PublicKey pk{};
    std::memcpy(pk.data(), raw->data(), 32);
    if (const std::string* id = string_field(j, "key_id"); !id || *id != key_id_of(pk)) {
        *error = "key_id does not match public_key";
        return std::nullopt;
    }
    return pk;
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::size_t max_bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string data;
    char buf[8192];
    while (in) {
        in.read(buf, sizeof buf);
        data.append(buf, static_cast<std::size_t>(in.gcount()));
        if (data.size() > max_bytes) return std::nullopt;
    }
    return data;
}

bool write_file_atomic(const std::string& path, const std::string& data, unsigned mode,
                       std::string* error) {
    const std::string tmp = path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        if (error) *error = "cannot write " + tmp + ": " + std::strerror(errno);
        return false;
    }
    ::fchmod(fd, mode);  // the umask may have narrowed it; never widen past `mode`
    std::size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (error) *error = "cannot write " + tmp + ": " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    bool ok = ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
        if (error) *error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

std::int64_t now_seconds() { return static_cast<std::int64_t>(std::time(nullptr)); }
std::string now_utc() { return format_utc(now_seconds()); }

std::string secret_key_json(std::string_view role, std::string_view label,
                            const crypto::KeyPair& key) {
    // The format of `dbi keygen` (docs/signing.md, "Key files"): the secret is the 32-byte seed.
    return canonical({{"format", "dbi-key/1"},
                      {"created_at", now_utc()},
                      {"role", std::string(role)},
                      {"key_id", key.key_id},
                      {"label", std::string(label)},
                      {"public_key", b64(key.public_key.data(), key.public_key.size())},
                      {"seed", b64(key.secret_key.data(), 32)}}) +
           "\n";
}

std::string public_key_json(std::string_view role, std::string_view label, const PublicKey& pk) {
    return canonical({{"format", "dbi-public-key/1"},
                      {"role", std::string(role)},
                      {"key_id", key_id_of(pk)},
                      {"label", std::string(label)},
                      {"public_key", b64(pk.data(), pk.size())}}) +
           "\n";
}

std::optional<crypto::KeyPair> parse_secret_key(std::string_view text, std::string* error) {
    Json j = Json::parse(text, nullptr, false);
    const std::string* fmt = j.is_object() ? string_field(j, "format") : nullptr;
    if (!fmt || *fmt != "dbi-key/1") {
        *error = "not a dbi-key/1 secret key file";
        return std::nullopt;
    }
    auto pk = parse_public_object(j, error);
    if (!pk) return std::nullopt;
    const std::string* seed64 = string_field(j, "seed");
    auto raw = seed64 ? base64_decode(*seed64) : std::nullopt;
    if (!raw || raw->size() != 32) {
        *error = "seed is not 32 bytes of base64";
        return std::nullopt;
    }
    crypto::Seed seed{};
    std::memcpy(seed.data(), raw->data(), 32);
    crypto::KeyPair k = crypto::keypair_from_seed(seed);
    if (k.public_key != *pk) {
        *error = "the seed does not belong to public_key";
        return std::nullopt;
    }
    return k;
}

std::optional<std::vector<PublicKey>> parse_public_keys(std::string_view text,
                                                        std::string* error) {
    Json j = Json::parse(text, nullptr, false);
    std::vector<PublicKey> out;
    if (j.is_array()) {
        for (const auto& item : j) {
            auto pk = parse_public_object(item, error);
            if (!pk) return std::nullopt;
            out.push_back(*pk);
        }
    } else {
        auto pk = parse_public_object(j, error);
        if (!pk) return std::nullopt;
        out.push_back(*pk);
    }
    if (out.empty()) {
        *error = "no key";
        return std::nullopt;
    }
    return out;
}

std::optional<crypto::KeyPair> load_or_create_key(const std::string& path, std::string_view role,
                                                  std::string_view label, bool* created,
                                                  std::string* error) {
    *created = false;
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        auto text = read_file(path, kMaxKeyFileBytes);
        if (!text) {
            *error = "cannot read " + path;
            return std::nullopt;
        }
        std::string why;
        auto k = parse_secret_key(*text, &why);
        if (!k) *error = path + ": " + why;
        return k;
    }
    crypto::KeyPair k = crypto::generate_keypair();
    if (!write_file_atomic(path, secret_key_json(role, label, k), 0600, error)) return std::nullopt;
    *created = true;
    return k;
}

std::optional<std::string> load_or_create_admin_token(const std::string& path,
                                                      std::string* error) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        auto text = read_file(path, kMaxKeyFileBytes);
        if (!text) {
            *error = "cannot read " + path;
            return std::nullopt;
        }
        std::string t = *text;
        while (!t.empty() && (t.back() == '\n' || t.back() == '\r' || t.back() == ' '))
            t.pop_back();
        if (t.size() < 32) {
            *error = path + ": the administrator token must be at least 32 characters";
            return std::nullopt;
        }
        return t;
    }
    std::string raw = crypto::random_bytes(32);
    std::string token = to_hex(reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size());
    if (!write_file_atomic(path, token + "\n", 0600, error)) return std::nullopt;
    return token;
}

bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
    // Length is not secret (the token format is public); the content comparison does not stop
    // at the first difference.
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff = static_cast<unsigned char>(diff | (static_cast<unsigned char>(a[i]) ^
                                                  static_cast<unsigned char>(b[i])));
    return diff == 0;
}

// --- Trust -------------------------------------------------------------------------------------

TrustStore::TrustStore(std::vector<PublicKey> roots, std::string root_file, std::string local_dir)
    : roots_(std::move(roots)), root_file_(std::move(root_file)), local_dir_(std::move(local_dir)) {}

std::shared_ptr<const TrustSnapshot> TrustStore::current() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return current_;
}

void TrustStore::install(std::shared_ptr<const TrustSnapshot> s) {
    std::lock_guard<std::mutex> lock(mutex_);
    current_ = std::move(s);
}

bool lists_receipt_key(const TrustList& list, const crypto::KeyPair& key, std::int64_t at) {
    const TrustedKey* k = list.find(key.key_id);
    return k && k->role == Role::receipt && k->public_key == key.public_key &&
           k->valid_from <= at && at <= k->valid_until;
}

namespace {

std::optional<TrustList> verify_file(const std::string& text, const std::vector<PublicKey>& roots,
                                     std::string* error) {
    auto r = verify_trust_list(text, roots, crypto::verifier());
    if (!r) {
        *error = format_line(r.diagnostics().front(), Lang::en);
        return std::nullopt;
    }
    return r.value();
}

}  // namespace

std::string TrustStore::take_newer(Storage& storage, const crypto::KeyPair& receipt_key) {
    const auto stored = storage.latest_trust_list();
    const auto in_force = current();
    if (!stored || stored->first <= in_force->list.sequence) return "";
    std::string why;
    const auto list = verify_file(stored->second, roots_, &why);
    if (!list) return "the stored trust list " + std::to_string(stored->first) +
                      " does not verify, kept " + std::to_string(in_force->list.sequence) + ": " + why;
    if (!lists_receipt_key(*list, receipt_key, now_seconds()))
        return "the stored trust list " + std::to_string(stored->first) +
               " does not list this server's receipt key " + receipt_key.key_id + ", kept " +
               std::to_string(in_force->list.sequence);
    std::lock_guard<std::mutex> lock(mutex_);
    if (current_->list.sequence < list->sequence)  // a PUT here may have raced this check
        current_ = std::make_shared<TrustSnapshot>(TrustSnapshot{*list, stored->second});
    return "took up the trust list " + std::to_string(list->sequence) + " from the database";
}

std::unique_ptr<TrustStore> setup_trust(const Config& config, const crypto::KeyPair& receipt_key,
                                        Storage& storage, std::string* error) {
    namespace fs = std::filesystem;
    const std::int64_t now = now_seconds();
    std::vector<PublicKey> roots;
    std::string root_text, list_text, local_dir;
    std::optional<TrustList> list;
    std::string why;

    if (!config.trust_file.empty()) {
        auto rt = read_file(config.root_file, kMaxKeyFileBytes * 16);
        auto lt = read_file(config.trust_file, kMaxTrustListBytes);
        if (!rt || !lt) {
            *error = "cannot read " + (!rt ? config.root_file : config.trust_file);
            return nullptr;
        }
        auto pks = parse_public_keys(*rt, &why);
        if (!pks) {
            *error = config.root_file + ": " + why;
            return nullptr;
        }
        roots = *pks;
        root_text = *rt;
        list_text = *lt;
        list = verify_file(list_text, roots, &why);
        if (!list) {
            *error = config.trust_file + ": " + why;
            return nullptr;
        }
    } else {
        // The local demo root: good for one machine and for trying the kit; a real deployment
        // passes --trust/--root from the programme operator's offline root.
        local_dir = (fs::path(config.data_dir) / "trust").string();
        std::error_code ec;
        fs::create_directories(local_dir, ec);
        bool created = false;
        auto root = load_or_create_key((fs::path(local_dir) / "root-key.json").string(), "root",
                                       "DBI Kit — gốc tin cậy cục bộ (bản thử)", &created, error);
        if (!root) return nullptr;
        roots = {root->public_key};
        root_text = public_key_json("root", "DBI Kit — gốc tin cậy cục bộ (bản thử)",
                                    root->public_key);
        const std::string pub_path = (fs::path(local_dir) / "root.pub.json").string();
        if (read_file(pub_path, kMaxKeyFileBytes) != root_text &&
            !write_file_atomic(pub_path, root_text, 0644, error))
            return nullptr;
        const std::string list_path = (fs::path(local_dir) / "trust.json").string();
        if (auto lt = read_file(list_path, kMaxTrustListBytes)) {
            list = verify_file(*lt, roots, &why);
            if (list) list_text = *lt;
        }
        if (!list || !lists_receipt_key(*list, receipt_key, now)) {
            // Issue the next list: every key it had, plus this server's receipt key.
            TrustList next;
            next.sequence = list ? list->sequence + 1 : 1;
            next.issued_at = format_utc(now);
            if (list)
                for (const auto& k : list->keys)
                    if (k.key_id != receipt_key.key_id) next.keys.push_back(k);
            TrustedKey rk;
            rk.key_id = receipt_key.key_id;
            rk.role = Role::receipt;
            rk.public_key = receipt_key.public_key;
            rk.label = "Máy chủ DBI cục bộ (bản thử)";
            rk.valid_from = now - 86400;
            rk.valid_until = now + kLocalTrustValidDays * 86400;
            next.keys.push_back(rk);
            list_text = crypto::sign_trust_list(next, *root);
            list = verify_file(list_text, roots, &why);
            if (!list) {
                *error = "the local trust list does not verify: " + why;
                return nullptr;
            }
            if (!write_file_atomic(list_path, list_text, 0644, error)) return nullptr;
        }
    }

    // An administrator may have installed a newer list (PUT /api/v1/admin/trust).
    try {
        if (auto stored = storage.latest_trust_list(); stored && stored->first > list->sequence) {
            if (auto newer = verify_file(stored->second, roots, &why)) {
                list = newer;
                list_text = stored->second;
            }
        }
    } catch (const StorageError& e) {
        *error = e.what();
        return nullptr;
    }
    if (!lists_receipt_key(*list, receipt_key, now)) {
        *error = "the trust list (sequence " + std::to_string(list->sequence) +
                 ") does not list this server's receipt key " + receipt_key.key_id +
                 " as valid now: its receipts could not be verified";
        return nullptr;
    }
    auto stored = storage.latest_trust_list();
    if (!stored || stored->first < list->sequence)
        storage.record_trust_list(list->sequence, list_text, format_utc(now));

    auto store = std::make_unique<TrustStore>(roots, root_text, local_dir);
    store->install(std::make_shared<TrustSnapshot>(TrustSnapshot{*list, list_text}));
    return store;
}

}  // namespace dbi::server
