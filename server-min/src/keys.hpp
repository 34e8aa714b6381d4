// keys.hpp — key files, the administrator token, the trust list in force.
//
// Key files follow docs/signing.md ("Key files", as written by `dbi keygen`): a secret key is
// {"format": "dbi-key/1", "created_at", "role", "key_id", "label", "public_key": <base64 32>,
// "seed": <base64 32>}, written with mode 0600 atomically (temporary file + rename); a public
// key is {"format": "dbi-public-key/1", "role", "key_id", "label", "public_key"}.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"

namespace dbi::server {

class Storage;
struct Config;

// --- Files and time ----------------------------------------------------------------------------
std::optional<std::string> read_file(const std::string& path, std::size_t max_bytes);
bool write_file_atomic(const std::string& path, const std::string& data, unsigned mode,
                       std::string* error);
std::int64_t now_seconds();
std::string now_utc();

// --- Key files ---------------------------------------------------------------------------------
std::string secret_key_json(std::string_view role, std::string_view label,
                            const crypto::KeyPair& key);
std::string public_key_json(std::string_view role, std::string_view label, const PublicKey& pk);
std::optional<crypto::KeyPair> parse_secret_key(std::string_view text, std::string* error);
// A public key file, or a JSON array of them (several pinned roots).
std::optional<std::vector<PublicKey>> parse_public_keys(std::string_view text, std::string* error);

// Loads the secret key at `path`, or generates one and writes it (0600) when the file does not
// exist. `created` tells which happened.
std::optional<crypto::KeyPair> load_or_create_key(const std::string& path, std::string_view role,
                                                  std::string_view label, bool* created,
                                                  std::string* error);

// The administrator token (64 hex digits): read, or generated and written (0600) when absent.
std::optional<std::string> load_or_create_admin_token(const std::string& path, std::string* error);
bool constant_time_equal(std::string_view a, std::string_view b) noexcept;

// --- Trust -------------------------------------------------------------------------------------
struct TrustSnapshot {
    TrustList list;
    std::string file;  // the root-signed trust list file, served at /indices/trust/trust.json
};

// The pinned roots and the trust list in force; the list can be replaced at run time
// (administrator upload), readers get a consistent snapshot.
class TrustStore {
public:
    TrustStore(std::vector<PublicKey> roots, std::string root_file, std::string local_dir);
    std::shared_ptr<const TrustSnapshot> current() const;
    void install(std::shared_ptr<const TrustSnapshot> s);
    // Takes up a newer list that another server process stored in the shared database (PUT
    // /api/v1/admin/trust there): installed when it verifies against the pinned roots and
    // still lists `receipt_key`. Returns what happened, for the log: "" when nothing newer.
    std::string take_newer(Storage& storage, const crypto::KeyPair& receipt_key);
    const std::vector<PublicKey>& roots() const { return roots_; }
    const std::string& root_file() const { return root_file_; }
    // Where the local demo trust list lives ("" when --trust was given).
    const std::string& local_dir() const { return local_dir_; }

private:
    std::vector<PublicKey> roots_;
    std::string root_file_;
    std::string local_dir_;
    mutable std::mutex mutex_;
    std::shared_ptr<const TrustSnapshot> current_;
};

// True when `list` has `key` as a receipt key valid at `at`.
bool lists_receipt_key(const TrustList& list, const crypto::KeyPair& key, std::int64_t at);

// Sets up trust at start: --trust/--root, or the local demo root and list under <data>/trust/
// (created or extended to list `receipt_key`); a newer list uploaded by an administrator
// (kept in `storage`) wins. Fails when the list in force does not list the receipt key.
std::unique_ptr<TrustStore> setup_trust(const Config& config, const crypto::KeyPair& receipt_key,
                                        Storage& storage, std::string* error);

}  // namespace dbi::server
