// storage.hpp — what dbi-server keeps, behind one interface, with two backends: SQLite (one
// server process, storage_sqlite.cpp) and PostgreSQL (one or several server processes sharing
// one database, storage_postgres.cpp).
//
// A backend must give these guarantees, which the server test suites check against both
// backends unchanged (docs/server.md, "Storage"):
//  - ingest() applies a batch in ONE transaction and returns only after it is durable
//    (committed); a receipt handed back was committed together with its row;
//  - a submission id is stored at most once: same id + same assessment bytes → the original
//    receipt (duplicate); same id + other bytes → id_conflict;
//  - key continuity: the first device key that submits for a tax code is bound to it; another
//    device key is refused (key_conflict) unless the assessment is countersigned by an assessor
//    (then the binding moves to the new key); kiosk keys never touch the binding;
//  - raw envelopes and receipts are never changed once stored;
//  - every change (submission, binding, revocation, trust list) appends one entry to a
//    hash-chained log: hash = sha256_hex(previous hash ‖ canonical entry), genesis = 64 "0".
// Writes (ingest, rebind, revoke, record_trust_list) are called by the single writer thread;
// reads may be called from any thread at the same time. Unexpected database failures in reads
// throw StorageError (the HTTP layer answers 500 without details). A backend shared by several
// processes (PostgreSQL) gives the same guarantees across them, enforced by the database (locks
// and constraints), never by one process's memory: each process has its own writer thread.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dbi/envelope.hpp"

namespace dbi::server {

class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A submission that passed verification (signatures, answers hash, re-score), ready to store.
struct PendingSubmission {
    std::string envelope;           // the bytes as received, stored unchanged
    std::string submission_id;
    std::string assessment_sha256;  // of the signed assessment bytes (statement 0)
    std::string issued_at;          // the assessment's time (UTC text): "latest" is by this
    std::string index_id;
    std::string index_sha256;
    Subject subject;
    int total_points = 0;
    int max_points = 0;
    int level = 0;
    Role signer_role = Role::device;  // device or kiosk (statement 0)
    std::string signer_key_id;
    bool countersigned = false;       // carries a verified assessor countersignature
};

// A receipt as stored: the signed statement and the envelope it belongs to.
struct ReceiptRecord {
    std::string receipt_id;
    std::string received_at;
    std::string statement_json;  // canonical {"payload": …, "signature": {…}}
    std::string envelope;        // the stored raw envelope
    bool revoked = false;
};

enum class IngestStatus { accepted, duplicate, id_conflict, key_conflict, storage_error };

struct IngestResult {
    IngestStatus status = IngestStatus::storage_error;
    ReceiptRecord receipt;     // accepted, duplicate
    std::string bound_key_id;  // key_conflict: the key the tax code is bound to
};

// Signs a receipt statement; returns the canonical signed statement JSON.
using ReceiptSigner = std::function<std::string(const ReceiptStatement&)>;

struct RankingQuery {
    std::string index_id;
    std::optional<std::string> province;
    std::optional<std::string> sector;      // VSIC section letter
    std::optional<std::string> size_class;
    std::optional<bool> verified;
    int page = 1;       // 1-based
    int per_page = 20;
};

struct RankingRow {
    std::int64_t rank = 0;  // 1-based within the filtered list
    std::string name, province, sector, size_class;
    int score = 0, max = 0, level = 0;
    bool verified = false;
    std::string issued_at;
};

struct RankingPage {
    std::int64_t total = 0;  // rows matching the filters
    std::vector<RankingRow> rows;
};

// Rank among peers: same index, province, VSIC section and size class, published only.
struct Position {
    std::string province, sector, size_class;
    int score = 0, max = 0, level = 0;
    std::int64_t rank = 0;   // 1 + peers ahead (higher score, or same score submitted earlier)
    std::int64_t peers = 0;  // published peers including this enterprise
    std::int64_t below = 0;  // peers with a strictly lower score
};

struct StatsQuery {
    std::string index_id;
    std::optional<std::string> province, sector, size_class;
};

using CountList = std::vector<std::pair<std::string, std::int64_t>>;

// Raw counts of current results (published or not, revoked excluded). Suppressing small cells
// is the caller's policy, not the backend's.
struct Counts {
    std::int64_t total = 0;
    CountList by_level, by_province, by_sector, by_size;
};

enum class ExportBy { province, sector, size };

struct ExportRow {
    std::string index_id;
    std::string group;
    std::int64_t enterprises = 0;
    std::array<std::int64_t, 6> levels{};  // enterprises at level 0…5
    std::int64_t score_sum = 0;
    std::int64_t verified = 0;
};

struct StoredSubmission {
    std::int64_t seq = 0;
    std::string submission_id;
    std::string envelope;
    ReceiptRecord receipt;
};

struct ChainReport {
    bool ok = true;
    std::int64_t entries = 0;
    std::string head;           // hash of the last entry ("" when empty)
    std::int64_t first_bad = 0; // seq of the first entry whose hash does not match
};

enum class AdminStatus { ok, not_found, already_done };

class Storage {
public:
    virtual ~Storage() = default;

    // --- Writes: the writer thread only ------------------------------------------------------
    // Applies `batch` in one transaction stamped `received_at`; one result per item, in order.
    // An item that fails alone is rolled back alone; if the commit fails every item is
    // storage_error and nothing was stored.
    virtual std::vector<IngestResult> ingest(const std::vector<const PendingSubmission*>& batch,
                                             const std::string& received_at,
                                             const ReceiptSigner& sign) = 0;
    // Binds `tax_code` to device key `key_id` (administrator). False on a storage failure.
    virtual bool rebind(const std::string& tax_code, const std::string& key_id,
                        const std::string& reason, const std::string& at) = 0;
    // Marks a receipt revoked: its submission leaves rankings and statistics (the enterprise's
    // previous unrevoked result, if any, becomes current again).
    virtual AdminStatus revoke(const std::string& receipt_id, const std::string& reason,
                               const std::string& at) = 0;
    virtual bool record_trust_list(std::int64_t sequence, const std::string& envelope_text,
                                   const std::string& at) = 0;

    // --- Reads: any thread ---------------------------------------------------------------------
    // The trust list file with the highest sequence recorded, if any.
    virtual std::optional<std::pair<std::int64_t, std::string>> latest_trust_list() = 0;
    virtual std::optional<std::string> bound_key(const std::string& tax_code) = 0;
    virtual std::optional<ReceiptRecord> find_receipt(const std::string& receipt_id) = 0;
    // The receipt of a stored submission, by the submission id the client chose.
    virtual std::optional<ReceiptRecord> find_receipt_of_submission(
        const std::string& submission_id) = 0;
    virtual RankingPage rankings(const RankingQuery& q) = 0;
    virtual std::optional<Position> position(const std::string& tax_code,
                                             const std::string& index_id) = 0;
    virtual Counts counts(const StatsQuery& q) = 0;
    virtual std::vector<ExportRow> export_rows(ExportBy by) = 0;
    virtual void for_each_submission(const std::function<void(const StoredSubmission&)>& f) = 0;
    virtual ChainReport verify_chain() = 0;
};

// Genesis "previous hash" of the ingest log.
inline const std::string kChainGenesis(64, '0');

struct SqliteOptions {
    bool synchronous_full = false;  // PRAGMA synchronous=FULL instead of NORMAL
};

// Opens (creating and migrating) the SQLite database at `path`. nullptr and `error` set when
// the file cannot be opened or its schema is newer than this program knows.
std::unique_ptr<Storage> open_sqlite_storage(const std::string& path, const SqliteOptions& opts,
                                             std::string* error);

// Connects to the PostgreSQL database named by `uri` (a libpq connection URI,
// postgresql://[user[:password]@]host[:port]/dbname[?param=value…]) and creates or migrates
// its schema; several processes may open the same database at once. nullptr and `error` (one
// line, password removed) when it cannot connect or the schema is newer than this program's.
std::unique_ptr<Storage> open_postgres_storage(const std::string& uri, std::string* error);

// --- Choosing a backend (storage.cpp) ----------------------------------------------------------
// `database` is a PostgreSQL connection URI when it starts with postgresql:// or postgres://,
// otherwise the path of a SQLite file.
bool is_postgres_uri(const std::string& database);
// `database` fit for a log line or an error message: a URI's password is replaced by "***".
std::string redact_database(const std::string& database);
// Opens the backend `database` names (open_postgres_storage or open_sqlite_storage).
std::unique_ptr<Storage> open_storage(const std::string& database, const SqliteOptions& opts,
                                      std::string* error);

}  // namespace dbi::server
