// storage_postgres.cpp — the PostgreSQL backend of Storage (storage.hpp), through libpq.
//
// The same schema, log and semantics as storage_sqlite.cpp, but several dbi-server processes
// may share one database, each with its own writer thread and writer connection. What makes
// them behave as one server lives in the database, never in a process's memory:
//  - every write transaction first locks the single row of `write_lock` (SELECT … FOR UPDATE),
//    so the writers of all processes take turns, as BEGIN IMMEDIATE does for SQLite. Under READ
//    COMMITTED each later statement takes a fresh snapshot, so the idempotency check, the key
//    binding, the receipt number and the log append see everything committed before the lock
//    was granted: exactly one of two racing processes stores a submission id or binds a tax
//    code, and the ingest log stays one linear chain with gapless numbers;
//  - constraints back this up should a writer ever skip the lock: unique submission_id and
//    receipt_id, one binding per tax code (primary key), and a unique prev_hash in the ingest
//    log, so the chain cannot fork (two entries after the same one). A violation fails the
//    item (storage_error); nothing is stored twice.
// No serialisation failures or deadlocks can arise (one lock, always taken first), so there is
// nothing to retry; a failed batch answers 503 and the client's retry is deduplicated.
//
// Reads use a bounded pool of read-only connections and never wait for the writers. Every
// statement is prepared once per connection (PQprepare) and cached; SQL text is built only from
// fixed fragments and parameter numbers, never from input. Parameters travel as text, the raw
// envelope as binary (bytea).
#include <libpq-fe.h>

#include <condition_variable>
#include <cstdlib>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "dbi/canonical_json.hpp"
#include "dbi/sha256.hpp"
#include "limits.hpp"
#include "storage.hpp"
#include "storage_common.hpp"

namespace dbi::server {
namespace {

using Json = nlohmann::json;

// --- Schema ----------------------------------------------------------------------------------
// Versioned migrations, as for SQLite: migration i brings the schema from version i to i + 1.
// Never edit a published migration; append a new one. Columns that are compared or ordered use
// the "C" collation, so that ordering is by bytes as in SQLite whatever the database's locale.
const char* const kMigrations[] = {
    // 0 → 1
    R"SQL(
CREATE FUNCTION dbi_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END $$;

CREATE TABLE submissions (
    seq               bigint PRIMARY KEY,           -- receipt number, r-<seq>
    submission_id     text NOT NULL UNIQUE,
    assessment_sha256 text NOT NULL,
    envelope          bytea NOT NULL,               -- raw bytes as received
    receipt_id        text NOT NULL UNIQUE,
    receipt           text NOT NULL,                -- signed receipt statement (canonical JSON)
    received_at       text COLLATE "C" NOT NULL,
    issued_at         text COLLATE "C" NOT NULL,
    index_id          text COLLATE "C" NOT NULL,
    index_sha256      text NOT NULL,
    tax_code          text COLLATE "C" NOT NULL,
    name              text NOT NULL,
    province          text COLLATE "C" NOT NULL,
    vsic_section      text COLLATE "C" NOT NULL,
    size_class        text COLLATE "C" NOT NULL,
    publish           integer NOT NULL,
    score             integer NOT NULL,
    max_score         integer NOT NULL,
    level             integer NOT NULL,
    verified          integer NOT NULL,
    signer_role       text NOT NULL,
    signer_key_id     text NOT NULL,
    revoked_at        text,
    revoke_reason     text
);
CREATE INDEX submissions_enterprise ON submissions (tax_code, index_id, issued_at, seq);
-- What was received and signed for is never changed.
CREATE TRIGGER submissions_immutable
BEFORE UPDATE OF seq, submission_id, assessment_sha256, envelope, receipt_id, receipt,
                 received_at ON submissions
FOR EACH ROW EXECUTE FUNCTION dbi_refuse('submissions are immutable');
CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions
FOR EACH ROW EXECUTE FUNCTION dbi_refuse('submissions are never deleted');
CREATE TRIGGER submissions_no_truncate BEFORE TRUNCATE ON submissions
FOR EACH STATEMENT EXECUTE FUNCTION dbi_refuse('submissions are never deleted');

-- The current (latest, unrevoked) result per enterprise and index: what rankings and
-- statistics read. Maintained by the writers.
CREATE TABLE current_results (
    tax_code     text COLLATE "C" NOT NULL,
    index_id     text COLLATE "C" NOT NULL,
    seq          bigint NOT NULL REFERENCES submissions (seq),
    issued_at    text COLLATE "C" NOT NULL,
    name         text NOT NULL,
    province     text COLLATE "C" NOT NULL,
    vsic_section text COLLATE "C" NOT NULL,
    size_class   text COLLATE "C" NOT NULL,
    publish      integer NOT NULL,
    score        integer NOT NULL,
    max_score    integer NOT NULL,
    level        integer NOT NULL,
    verified     integer NOT NULL,
    PRIMARY KEY (tax_code, index_id)
);
CREATE INDEX cr_rank        ON current_results (index_id, score DESC, seq) WHERE publish = 1;
CREATE INDEX cr_rank_prov   ON current_results (index_id, province, score DESC, seq)
    WHERE publish = 1;
CREATE INDEX cr_rank_sector ON current_results (index_id, vsic_section, score DESC, seq)
    WHERE publish = 1;
CREATE INDEX cr_rank_size   ON current_results (index_id, size_class, score DESC, seq)
    WHERE publish = 1;
CREATE INDEX cr_peers ON current_results (index_id, province, vsic_section, size_class,
                                          score DESC, seq) WHERE publish = 1;
CREATE INDEX cr_stats ON current_results (index_id, province, vsic_section, size_class, level);
-- Beyond the SQLite schema: the verified filter of the rankings, which otherwise scans the
-- whole index when few results are verified.
CREATE INDEX cr_rank_verified ON current_results (index_id, verified, score DESC, seq)
    WHERE publish = 1;

-- Beyond the SQLite schema: current_results counted by every filter of the public pages, kept
-- by a trigger in the writing transaction. Ranking totals, statistics and exports sum a few
-- thousand rows here instead of counting up to a million (groups left at 0 stay, unread).
CREATE TABLE current_counts (
    index_id     text COLLATE "C" NOT NULL,
    province     text COLLATE "C" NOT NULL,
    vsic_section text COLLATE "C" NOT NULL,
    size_class   text COLLATE "C" NOT NULL,
    level        integer NOT NULL,
    publish      integer NOT NULL,
    verified     integer NOT NULL,
    enterprises  bigint NOT NULL,
    score_sum    bigint NOT NULL,
    PRIMARY KEY (index_id, province, vsic_section, size_class, level, publish, verified)
) WITH (fillfactor = 50);  -- room for HOT updates: every write updates a row or two here
CREATE FUNCTION dbi_count_current() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE current_counts
           SET enterprises = enterprises - 1, score_sum = score_sum - OLD.score
         WHERE index_id = OLD.index_id AND province = OLD.province
           AND vsic_section = OLD.vsic_section AND size_class = OLD.size_class
           AND level = OLD.level AND publish = OLD.publish AND verified = OLD.verified;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO current_counts (index_id, province, vsic_section, size_class, level,
                                    publish, verified, enterprises, score_sum)
        VALUES (NEW.index_id, NEW.province, NEW.vsic_section, NEW.size_class, NEW.level,
                NEW.publish, NEW.verified, 1, NEW.score)
        ON CONFLICT (index_id, province, vsic_section, size_class, level, publish, verified)
        DO UPDATE SET enterprises = current_counts.enterprises + 1,
                      score_sum = current_counts.score_sum + excluded.score_sum;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER current_results_counted AFTER INSERT OR UPDATE OR DELETE ON current_results
FOR EACH ROW EXECUTE FUNCTION dbi_count_current();

CREATE TABLE bindings (
    tax_code text PRIMARY KEY,
    key_id   text NOT NULL,
    bound_at text NOT NULL,
    reason   text NOT NULL
);

CREATE TABLE trust_lists (
    sequence     bigint PRIMARY KEY,
    envelope     text NOT NULL,
    installed_at text NOT NULL
);

CREATE TABLE ingest_log (
    seq       bigint PRIMARY KEY,
    entry     text NOT NULL,             -- canonical JSON
    prev_hash text NOT NULL UNIQUE,      -- one successor per entry: the chain cannot fork
    hash      text NOT NULL              -- sha256_hex(prev_hash || entry)
);
CREATE TRIGGER ingest_log_no_update BEFORE UPDATE ON ingest_log
FOR EACH ROW EXECUTE FUNCTION dbi_refuse('the ingest log is append-only');
CREATE TRIGGER ingest_log_no_delete BEFORE DELETE ON ingest_log
FOR EACH ROW EXECUTE FUNCTION dbi_refuse('the ingest log is append-only');
CREATE TRIGGER ingest_log_no_truncate BEFORE TRUNCATE ON ingest_log
FOR EACH STATEMENT EXECUTE FUNCTION dbi_refuse('the ingest log is append-only');

-- One row, locked (SELECT … FOR UPDATE) first by every write transaction of every server
-- process: the writers take turns.
CREATE TABLE write_lock (
    id integer PRIMARY KEY CHECK (id = 1)
);
INSERT INTO write_lock (id) VALUES (1);
)SQL",
    // 1 → 2: ranking pages at a million enterprises, as SQLite's 2 → 3. A page is read in
    // two steps: the keys of its rows from an index that holds every filter column
    // (INCLUDE), so rows a filter drops cost an index entry and not a heap fetch, then the
    // page's rows by primary key.
    R"SQL(
DROP INDEX cr_rank;
CREATE INDEX cr_rank ON current_results (index_id, score DESC, seq)
    INCLUDE (province, vsic_section, size_class, verified, tax_code) WHERE publish = 1;
DROP INDEX cr_rank_prov;
CREATE INDEX cr_rank_prov ON current_results (index_id, province, score DESC, seq)
    INCLUDE (vsic_section, size_class, verified, tax_code) WHERE publish = 1;
DROP INDEX cr_rank_sector;
CREATE INDEX cr_rank_sector ON current_results (index_id, vsic_section, score DESC, seq)
    INCLUDE (province, size_class, verified, tax_code) WHERE publish = 1;
DROP INDEX cr_rank_size;
CREATE INDEX cr_rank_size ON current_results (index_id, size_class, score DESC, seq)
    INCLUDE (province, vsic_section, verified, tax_code) WHERE publish = 1;
DROP INDEX cr_rank_verified;
CREATE INDEX cr_rank_verified ON current_results (index_id, verified, score DESC, seq)
    INCLUDE (province, vsic_section, size_class, tax_code) WHERE publish = 1;
DROP INDEX cr_peers;
CREATE INDEX cr_peers ON current_results (index_id, province, vsic_section, size_class,
                                          score DESC, seq)
    INCLUDE (verified, tax_code) WHERE publish = 1;
)SQL",
};
constexpr int kSchemaVersion = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

// Key of the advisory lock that serialises migrations when several processes start together.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(4475473)";  // "DBI"

// libpq messages span lines ("…failed: Connection refused\n\tIs the server running…"): one
// line for logs and errors.
std::string one_line(const char* message) {
    std::string out;
    bool space = false;
    for (const char* p = message ? message : "?"; *p; ++p) {
        const char c = *p;
        if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out.empty() ? "unknown error" : out;
}

// --- Thin RAII layer over libpq -------------------------------------------------------------

// A prepared statement in use: bind parameters (1-based, as in SQL's $1…), then step() through
// the rows. The first step() executes. Normally the whole result is fetched at once; stream()
// fetches row by row (libpq single-row mode) for scans that may be large.
class Stmt {
public:
    Stmt(PGconn* c, const std::string* name) : c_(c), name_(name) {}
    ~Stmt() {
        if (res_) PQclear(res_);
        if (streaming_ && !finished_) drain();
    }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& text(int i, const std::string& v) {
        // libpq passes text parameters as C strings: a NUL byte would silently cut the value.
        if (v.find('\0') != std::string::npos)
            throw StorageError("postgresql: a text value holds a NUL byte");
        set(i, v, false);
        return *this;
    }
    Stmt& bytes(int i, const std::string& v) {
        set(i, v, true);
        return *this;
    }
    Stmt& integer(int i, std::int64_t v) {
        set(i, std::to_string(v), false);
        return *this;
    }
    Stmt& stream() {
        streaming_ = true;
        return *this;
    }
    // true: a row is available; false: done. Throws on error.
    bool step() {
        if (!executed_) {
            execute();
            executed_ = true;
            if (!streaming_) return row_ < PQntuples(res_);
        }
        if (!streaming_) return ++row_ < PQntuples(res_);
        PQclear(res_);
        res_ = PQgetResult(c_);
        if (!res_) {
            finished_ = true;
            return false;
        }
        const ExecStatusType st = PQresultStatus(res_);
        if (st == PGRES_SINGLE_TUPLE) return true;
        std::string error =
            st == PGRES_TUPLES_OK ? std::string() : one_line(PQresultErrorMessage(res_));
        drain();
        if (!error.empty()) throw StorageError("postgresql: " + error);
        return false;
    }
    void run() {
        while (step()) {
        }
    }
    // Rows changed by an INSERT, UPDATE or DELETE that has run.
    std::int64_t changed() const { return std::atoll(PQcmdTuples(res_)); }

    std::string col_text(int i) const {
        return std::string(PQgetvalue(res_, row(), i),
                           static_cast<std::size_t>(PQgetlength(res_, row(), i)));
    }
    // A bytea column (text results carry it hex-escaped).
    std::string col_bytes(int i) const {
        std::size_t n = 0;
        unsigned char* p = PQunescapeBytea(
            reinterpret_cast<const unsigned char*>(PQgetvalue(res_, row(), i)), &n);
        if (!p) throw StorageError("postgresql: cannot decode a bytea value");
        std::string out(reinterpret_cast<const char*>(p), n);
        PQfreemem(p);
        return out;
    }
    std::int64_t col_int(int i) const { return std::atoll(PQgetvalue(res_, row(), i)); }
    bool col_bool(int i) const { return PQgetvalue(res_, row(), i)[0] == 't'; }
    bool col_null(int i) const { return PQgetisnull(res_, row(), i) != 0; }

private:
    int row() const { return streaming_ ? 0 : row_; }
    void set(int i, std::string v, bool binary) {
        const auto k = static_cast<std::size_t>(i - 1);
        if (values_.size() <= k) {
            values_.resize(k + 1);
            binary_.resize(k + 1, false);
        }
        values_[k] = std::move(v);
        binary_[k] = binary;
    }
    void execute() {
        std::vector<const char*> values(values_.size());
        std::vector<int> lengths(values_.size()), formats(values_.size());
        for (std::size_t k = 0; k < values_.size(); ++k) {
            values[k] = values_[k].c_str();
            lengths[k] = static_cast<int>(values_[k].size());
            formats[k] = binary_[k] ? 1 : 0;
        }
        const int n = static_cast<int>(values_.size());
        if (streaming_) {
            if (!PQsendQueryPrepared(c_, name_->c_str(), n, values.data(), lengths.data(),
                                     formats.data(), 0) ||
                !PQsetSingleRowMode(c_)) {
                drain();
                throw StorageError("postgresql: " + one_line(PQerrorMessage(c_)));
            }
            return;
        }
        res_ = PQexecPrepared(c_, name_->c_str(), n, values.data(), lengths.data(),
                              formats.data(), 0);
        const ExecStatusType st = PQresultStatus(res_);
        if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
            throw StorageError("postgresql: " + one_line(res_ ? PQresultErrorMessage(res_)
                                                              : PQerrorMessage(c_)));
    }
    void drain() {
        while (PGresult* r = PQgetResult(c_)) PQclear(r);
        finished_ = true;
    }

    PGconn* c_;
    const std::string* name_;
    std::vector<std::string> values_;
    std::vector<bool> binary_;
    PGresult* res_ = nullptr;
    int row_ = 0;
    bool executed_ = false, streaming_ = false, finished_ = false;
};

// A connection with its prepared-statement cache. `read_only` sessions refuse every write.
class Conn {
public:
    Conn(const std::string& uri, bool read_only, std::string* error) : read_only_(read_only) {
        // Keywords are applied in order and the URI (dbname) expands in place: the timeout and
        // the application name are defaults the URI may override, the encoding is not.
        const std::string timeout = std::to_string(kPgConnectTimeoutSeconds);
        const char* keys[] = {"connect_timeout", "fallback_application_name", "dbname",
                              "client_encoding", nullptr};
        const char* values[] = {timeout.c_str(), "dbi-server", uri.c_str(), "UTF8", nullptr};
        c_ = PQconnectdbParams(keys, values, 1);
        if (!c_ || PQstatus(c_) != CONNECTION_OK) {
            if (error) *error = one_line(c_ ? PQerrorMessage(c_) : "out of memory");
            return;
        }
        try {
            setup();
        } catch (const StorageError& e) {
            if (error) *error = e.what();
            PQfinish(c_);
            c_ = nullptr;
        }
    }
    ~Conn() {
        if (c_) PQfinish(c_);
    }
    Conn(const Conn&) = delete;
    Conn& operator=(const Conn&) = delete;
    bool ok() const { return c_ && PQstatus(c_) == CONNECTION_OK; }
    // Idle: connected, no transaction left open (fit to go back to a pool, or to BEGIN).
    bool idle() const { return ok() && PQtransactionStatus(c_) == PQTRANS_IDLE; }

    // A lost connection (the database restarted, a network cut) is re-established once before
    // the next transaction; prepared statements died with the old session.
    void ensure_connected() {
        if (ok()) return;
        cache_.clear();
        PQreset(c_);
        if (!ok()) throw StorageError("postgresql: reconnecting failed: " +
                                      one_line(PQerrorMessage(c_)));
        setup();
    }

    // SQL shared with the SQLite backend (storage_common.hpp) numbers its parameters "?1";
    // PostgreSQL's are "$1". No statement of ours has a "?" inside a string literal.
    Stmt prepare(const std::string& sql) {
        auto it = cache_.find(sql);
        if (it == cache_.end()) {
            std::string name = "dbi_" + std::to_string(cache_.size() + 1);
            std::string text = sql;
            for (std::size_t i = 0; i + 1 < text.size(); ++i)
                if (text[i] == '?' && text[i + 1] >= '0' && text[i + 1] <= '9') text[i] = '$';
            PGresult* r = PQprepare(c_, name.c_str(), text.c_str(), 0, nullptr);
            const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
            std::string error =
                ok ? "" : one_line(r ? PQresultErrorMessage(r) : PQerrorMessage(c_));
            PQclear(r);
            if (!ok) throw StorageError("postgresql prepare: " + error);
            it = cache_.emplace(sql, std::move(name)).first;
        }
        return Stmt(c_, &it->second);
    }
    // For fixed statements without parameters (BEGIN/COMMIT, settings, migrations).
    void exec(const char* sql) {
        PGresult* r = PQexec(c_, sql);
        const ExecStatusType st = PQresultStatus(r);
        const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
        std::string error = ok ? "" : one_line(r ? PQresultErrorMessage(r) : PQerrorMessage(c_));
        PQclear(r);
        if (!ok) throw StorageError("postgresql: " + error);
    }

private:
    void setup() {
        // NOTICEs ("… already exists, skipping") would go to stderr on every start.
        exec("SET client_min_messages = warning");
        if (read_only_) {
            exec("SET default_transaction_read_only = on");
            return;
        }
        // A receipt is handed out only after its commit is durable: never let a server-wide
        // synchronous_commit = off weaken that (local and the replica levels are kept).
        {
            auto s = prepare("SELECT current_setting('synchronous_commit')");
            if (s.step() && s.col_text(0) == "off") exec("SET synchronous_commit = on");
        }
        exec(("SET lock_timeout = " + std::to_string(kPgLockTimeoutMs)).c_str());
    }

    PGconn* c_ = nullptr;
    bool read_only_;
    std::map<std::string, std::string> cache_;  // SQL text → prepared statement name
};


// "$n" for building parameter lists of optional filters.
std::string param(int n) { return "$" + std::to_string(n); }

class PostgresStorage final : public Storage {
public:
    PostgresStorage(std::string uri, std::unique_ptr<Conn> writer)
        : uri_(std::move(uri)), w_(std::move(writer)) {}

    // ---------------------------------------------------------------------------------------
    // Writes

    // Without savepoints: a subtransaction per item (up to kMaxGroupCommitRows) would overflow
    // PostgreSQL's per-backend cache of 64 subtransactions and slow every other session's
    // snapshots. An item whose statements fail instead rolls the batch back, and the batch is
    // run again without it (it alone becomes storage_error); items never fail in normal
    // operation, so this costs nothing until something is wrong.
    std::vector<IngestResult> ingest(const std::vector<const PendingSubmission*>& batch,
                                     const std::string& received_at,
                                     const ReceiptSigner& sign) override {
        std::vector<bool> failed(batch.size(), false);
        for (;;) {
            std::vector<IngestResult> out(batch.size());
            try {
                begin_write();
            } catch (const StorageError&) {
                return abort_all(batch.size());
            }
            std::size_t bad = batch.size();
            for (std::size_t i = 0; i < batch.size() && bad == batch.size(); ++i) {
                if (failed[i]) continue;
                try {
                    out[i] = ingest_one(*batch[i], received_at, sign);
                } catch (const StorageError&) {
                    bad = i;
                }
            }
            if (bad != batch.size()) {
                abort_all(0);
                // A lost connection is not this item's fault: everything fails.
                if (!w_->ok()) return std::vector<IngestResult>(batch.size());
                failed[bad] = true;
                continue;
            }
            try {
                w_->exec("COMMIT");
            } catch (const StorageError&) {
                return abort_all(batch.size());
            }
            return out;  // items in `failed` are storage_error (default)
        }
    }

    bool rebind(const std::string& tax_code, const std::string& key_id, const std::string& reason,
                const std::string& at) override {
        return write_tx([&] {
            w_->prepare("INSERT INTO bindings (tax_code, key_id, bound_at, reason) "
                        "VALUES ($1, $2, $3, $4) ON CONFLICT (tax_code) DO UPDATE SET "
                        "key_id = excluded.key_id, bound_at = excluded.bound_at, "
                        "reason = excluded.reason")
                .text(1, tax_code).text(2, key_id).text(3, at).text(4, reason).run();
            append_log({{"type", "rebind"}, {"tax_code", tax_code}, {"key_id", key_id},
                        {"by", "administrator"}, {"reason", reason}, {"at", at}});
        });
    }

    AdminStatus revoke(const std::string& receipt_id, const std::string& reason,
                       const std::string& at) override {
        AdminStatus status = AdminStatus::ok;
        bool ok = write_tx([&] {
            status = revoke_receipt(*w_, receipt_id, reason, at,
                                    [this](const Json& entry) { append_log(entry); });
        });
        if (!ok) throw StorageError("revoke failed");
        return status;
    }

    // Several processes start with the same trust list and each records it: recording a list
    // already stored with the same bytes changes nothing (no second log entry); a different
    // list under a stored sequence is refused (trust lists are never replaced).
    bool record_trust_list(std::int64_t sequence, const std::string& envelope_text,
                           const std::string& at) override {
        return write_tx([&] {
            auto ins = w_->prepare("INSERT INTO trust_lists (sequence, envelope, installed_at) "
                                   "VALUES ($1, $2, $3) ON CONFLICT (sequence) DO NOTHING");
            ins.integer(1, sequence).text(2, envelope_text).text(3, at).run();
            if (ins.changed() == 0) {
                auto s = w_->prepare("SELECT envelope FROM trust_lists WHERE sequence = $1");
                s.integer(1, sequence);
                if (!s.step() || s.col_text(0) != envelope_text)
                    throw StorageError("another trust list is stored under sequence " +
                                       std::to_string(sequence));
                return;
            }
            append_log({{"type", "trust"}, {"sequence", sequence},
                        {"sha256", sha256_hex(envelope_text)}, {"at", at}});
        });
    }

    // ---------------------------------------------------------------------------------------
    // Reads

    std::optional<std::pair<std::int64_t, std::string>> latest_trust_list() override {
        return read([&](Conn& c) -> std::optional<std::pair<std::int64_t, std::string>> {
            auto s = c.prepare("SELECT sequence, envelope FROM trust_lists "
                               "ORDER BY sequence DESC LIMIT 1");
            if (!s.step()) return std::nullopt;
            return std::make_pair(s.col_int(0), s.col_text(1));
        });
    }

    std::optional<std::string> bound_key(const std::string& tax_code) override {
        return read([&](Conn& c) -> std::optional<std::string> {
            auto s = c.prepare("SELECT key_id FROM bindings WHERE tax_code = $1");
            s.text(1, tax_code);
            if (!s.step()) return std::nullopt;
            return s.col_text(0);
        });
    }

    std::optional<ReceiptRecord> find_receipt(const std::string& receipt_id) override {
        return receipt_where("receipt_id", receipt_id);
    }
    std::optional<ReceiptRecord> find_receipt_of_submission(const std::string& id) override {
        return receipt_where("submission_id", id);
    }

    // `column` is one of two fixed names (both unique keys), never input.
    std::optional<ReceiptRecord> receipt_where(const char* column, const std::string& value) {
        return read([&](Conn& c) -> std::optional<ReceiptRecord> {
            auto s = c.prepare(std::string("SELECT receipt_id, received_at, receipt, envelope, "
                                           "revoked_at IS NOT NULL FROM submissions WHERE ") +
                               column + " = $1");
            s.text(1, value);
            if (!s.step()) return std::nullopt;
            return ReceiptRecord{s.col_text(0), s.col_text(1), s.col_text(2), s.col_bytes(3),
                                 s.col_bool(4)};
        });
    }

    RankingPage rankings(const RankingQuery& q) override {
        // Parameters are numbered in the order the filters appear ($1 the index); the page
        // limit and offset follow the last one.
        std::vector<std::string> args{q.index_id};
        std::string where = " FROM current_results WHERE index_id = $1 AND publish = 1";
        auto filter = [&](const char* column, const std::string& value) {
            args.push_back(value);
            where += std::string(" AND ") + column + " = " + param(static_cast<int>(args.size()));
        };
        if (q.province) filter("province", *q.province);
        if (q.sector) filter("vsic_section", *q.sector);
        if (q.size_class) filter("size_class", *q.size_class);
        if (q.verified) filter("verified", *q.verified ? "1" : "0");
        const int n = static_cast<int>(args.size());
        auto bind = [&](Stmt& s) {
            for (int i = 0; i < n; ++i) s.text(i + 1, args[static_cast<std::size_t>(i)]);
        };
        const std::int64_t offset = static_cast<std::int64_t>(q.page - 1) * q.per_page;
        // The same filters select the same groups of current_counts.
        std::string counted = where;
        counted.replace(counted.find("current_results"), 15, "current_counts");
        return read([&](Conn& c) {
            RankingPage page;
            {
                auto s = c.prepare("SELECT coalesce(sum(enterprises), 0)" + counted);
                bind(s);
                if (s.step()) page.total = s.col_int(0);
            }
            // A page past the last result has no rows: do not walk the index to find that out.
            if (offset >= page.total) return page;
            // Keys first (index only, schema 1 → 2), then the page's rows by primary key.
            auto s = c.prepare("SELECT c.name, c.province, c.vsic_section, c.size_class, "
                               "c.score, c.max_score, c.level, c.verified, c.issued_at FROM "
                               "(SELECT tax_code, score, seq" + where +
                               " ORDER BY score DESC, seq ASC LIMIT " + param(n + 1) +
                               " OFFSET " + param(n + 2) +
                               ") AS k JOIN current_results AS c ON c.tax_code = k.tax_code "
                               "AND c.index_id = $1 ORDER BY k.score DESC, k.seq ASC");
            bind(s);
            s.integer(n + 1, q.per_page).integer(n + 2, offset);
            std::int64_t rank = offset;
            while (s.step()) {
                RankingRow row;
                row.rank = ++rank;
                row.name = s.col_text(0);
                row.province = s.col_text(1);
                row.sector = s.col_text(2);
                row.size_class = s.col_text(3);
                row.score = static_cast<int>(s.col_int(4));
                row.max = static_cast<int>(s.col_int(5));
                row.level = static_cast<int>(s.col_int(6));
                row.verified = s.col_int(7) != 0;
                row.issued_at = s.col_text(8);
                page.rows.push_back(std::move(row));
            }
            return page;
        });
    }

    std::optional<Position> position(const std::string& tax_code,
                                     const std::string& index_id) override {
        return read([&](Conn& c) -> std::optional<Position> {
            Position p;
            std::int64_t seq = 0;
            {
                auto s = c.prepare("SELECT score, seq, province, vsic_section, size_class, "
                                   "max_score, level FROM current_results WHERE tax_code = $1 "
                                   "AND index_id = $2 AND publish = 1");
                s.text(1, tax_code).text(2, index_id);
                if (!s.step()) return std::nullopt;
                p.score = static_cast<int>(s.col_int(0));
                seq = s.col_int(1);
                p.province = s.col_text(2);
                p.sector = s.col_text(3);
                p.size_class = s.col_text(4);
                p.max = static_cast<int>(s.col_int(5));
                p.level = static_cast<int>(s.col_int(6));
            }
            auto k = c.prepare(
                "SELECT count(*), count(*) FILTER (WHERE score > $5 OR (score = $5 AND "
                "seq < $6)), count(*) FILTER (WHERE score < $5) FROM current_results "
                "WHERE index_id = $1 AND province = $2 AND vsic_section = $3 "
                "AND size_class = $4 AND publish = 1");
            k.text(1, index_id).text(2, p.province).text(3, p.sector).text(4, p.size_class);
            k.integer(5, p.score).integer(6, seq);
            if (k.step()) {
                p.peers = k.col_int(0);
                p.rank = k.col_int(1) + 1;
                p.below = k.col_int(2);
            }
            return p;
        });
    }

    Counts counts(const StatsQuery& q) override {
        std::vector<std::string> args{q.index_id};
        std::string where = " FROM current_counts WHERE index_id = $1";
        auto filter = [&](const char* column, const std::string& value) {
            args.push_back(value);
            where += std::string(" AND ") + column + " = " + param(static_cast<int>(args.size()));
        };
        if (q.province) filter("province", *q.province);
        if (q.sector) filter("vsic_section", *q.sector);
        if (q.size_class) filter("size_class", *q.size_class);
        return read([&](Conn& c) {
            auto run = [&](const std::string& column) {
                auto s = c.prepare("SELECT " + column + ", sum(enterprises)" + where +
                                   " GROUP BY " + column + " HAVING sum(enterprises) > 0 "
                                   "ORDER BY " + column);
                for (std::size_t i = 0; i < args.size(); ++i)
                    s.text(static_cast<int>(i + 1), args[i]);
                CountList out;
                while (s.step()) out.emplace_back(s.col_text(0), s.col_int(1));
                return out;
            };
            Counts n;
            n.by_level = run("level");
            n.by_province = run("province");
            n.by_sector = run("vsic_section");
            n.by_size = run("size_class");
            for (const auto& kv : n.by_level) n.total += kv.second;
            return n;
        });
    }

    std::vector<ExportRow> export_rows(ExportBy by) override {
        const std::string column = by == ExportBy::province ? "province"
                                   : by == ExportBy::sector ? "vsic_section"
                                                            : "size_class";
        return read([&](Conn& c) {
            auto level = [](int l) {
                return "coalesce(sum(enterprises) FILTER (WHERE level = " + std::to_string(l) +
                       "), 0), ";
            };
            auto s = c.prepare(
                "SELECT index_id, " + column + ", sum(enterprises), " + level(0) + level(1) +
                level(2) + level(3) + level(4) + level(5) + "sum(score_sum), "
                "coalesce(sum(enterprises) FILTER (WHERE verified = 1), 0) "
                "FROM current_counts GROUP BY index_id, " + column +
                " HAVING sum(enterprises) > 0 ORDER BY index_id, " + column);
            std::vector<ExportRow> out;
            while (s.step()) {
                ExportRow row;
                row.index_id = s.col_text(0);
                row.group = s.col_text(1);
                row.enterprises = s.col_int(2);
                for (int l = 0; l < 6; ++l)
                    row.levels[static_cast<std::size_t>(l)] = s.col_int(3 + l);
                row.score_sum = s.col_int(9);
                row.verified = s.col_int(10);
                out.push_back(std::move(row));
            }
            return out;
        });
    }

    // Streamed row by row: memory stays flat however many submissions there are.
    void for_each_submission(const std::function<void(const StoredSubmission&)>& f) override {
        bool delivered = false;  // once `f` has seen a row, a retry would repeat rows
        read([&](Conn& c) {
            auto s = c.prepare("SELECT seq, submission_id, envelope, receipt_id, received_at, "
                               "receipt, revoked_at IS NOT NULL FROM submissions ORDER BY seq");
            s.stream();
            while (s.step()) {
                StoredSubmission sub;
                sub.seq = s.col_int(0);
                sub.submission_id = s.col_text(1);
                sub.envelope = s.col_bytes(2);
                sub.receipt = ReceiptRecord{s.col_text(3), s.col_text(4), s.col_text(5),
                                            sub.envelope, s.col_bool(6)};
                delivered = true;
                f(sub);
            }
        }, &delivered);
    }

    ChainReport verify_chain() override {
        return read([&](Conn& c) {
            auto s = c.prepare("SELECT seq, entry, prev_hash, hash FROM ingest_log ORDER BY seq");
            s.stream();
            ChainReport rep;
            std::string prev = kChainGenesis;
            while (s.step()) {
                ++rep.entries;
                const std::string entry = s.col_text(1), stored_prev = s.col_text(2),
                                  hash = s.col_text(3);
                if (rep.ok && (stored_prev != prev || sha256_hex(prev + entry) != hash)) {
                    rep.ok = false;
                    rep.first_bad = s.col_int(0);
                }
                prev = hash;
                rep.head = hash;
            }
            return rep;
        });
    }

private:
    // Runs `body` on a pooled read-only connection. A pooled connection may have died since
    // its last use (the database restarted, a network cut): then the pool is emptied and
    // `body` runs once more on a new connection, unless `no_retry` says it already handed out
    // results.
    template <class F>
    auto read(F&& body, const bool* no_retry = nullptr) -> std::invoke_result_t<F&, Conn&> {
        for (int attempt = 0;; ++attempt) {
            auto c = acquire_reader();
            try {
                if constexpr (std::is_void_v<std::invoke_result_t<F&, Conn&>>) {
                    body(*c);
                    release_reader(std::move(c));
                    return;
                } else {
                    auto result = body(*c);
                    release_reader(std::move(c));
                    return result;
                }
            } catch (const StorageError&) {
                const bool dead = !c->ok();
                release_reader(std::move(c));
                if (!dead || attempt > 0 || (no_retry && *no_retry)) throw;
            }
        }
    }

    // Bounded pool of read-only connections: a reader waits when kPgMaxReaders are in use.
    std::unique_ptr<Conn> acquire_reader() {
        {
            std::unique_lock<std::mutex> lock(pool_mutex_);
            pool_cv_.wait(lock, [&] { return !pool_.empty() || open_readers_ < kPgMaxReaders; });
            if (!pool_.empty()) {
                auto c = std::move(pool_.back());
                pool_.pop_back();
                return c;
            }
            ++open_readers_;
        }
        std::string error;
        auto c = std::make_unique<Conn>(uri_, true, &error);
        if (!c->ok()) {
            c.reset();
            forget_readers(1);
            throw StorageError("cannot open a PostgreSQL reader: " + error);
        }
        return c;
    }
    void release_reader(std::unique_ptr<Conn> c) {
        if (c->idle()) {
            {
                std::lock_guard<std::mutex> lock(pool_mutex_);
                pool_.push_back(std::move(c));
            }
            pool_cv_.notify_one();
            return;
        }
        // Broken, or left mid-transaction by an error: not reused. A broken one suggests the
        // others died with it: they are closed too, and reopened on demand.
        std::vector<std::unique_ptr<Conn>> stale;
        if (!c->ok()) {
            std::lock_guard<std::mutex> lock(pool_mutex_);
            stale.swap(pool_);
        }
        c.reset();
        forget_readers(1 + stale.size());
    }
    void forget_readers(std::size_t n) {
        {
            std::lock_guard<std::mutex> lock(pool_mutex_);
            open_readers_ -= n;
        }
        pool_cv_.notify_all();
    }

    // Opens a write transaction and waits for this database's write lock (see the top).
    // A writer connection found dead at BEGIN (the database restarted since the last write)
    // is re-established once, so a restart costs no submission.
    void begin_write() {
        for (int attempt = 0;; ++attempt) {
            w_->ensure_connected();
            if (!w_->idle()) abort_all(0);  // left open by an exception from outside the database
            try {
                w_->exec("BEGIN ISOLATION LEVEL READ COMMITTED");
                break;
            } catch (const StorageError&) {
                if (w_->ok() || attempt > 0) throw;
            }
        }
        try {
            auto s = w_->prepare("SELECT id FROM write_lock WHERE id = 1 FOR UPDATE");
            if (!s.step()) throw StorageError("the write_lock row is missing");
        } catch (const StorageError&) {
            abort_all(0);
            throw;
        }
    }

    std::vector<IngestResult> abort_all(std::size_t n) {
        try {
            w_->exec("ROLLBACK");
        } catch (const StorageError&) {
        }
        return std::vector<IngestResult>(n);
    }

    template <class F>
    bool write_tx(F&& body) {
        try {
            begin_write();
        } catch (const StorageError&) {
            return false;
        }
        try {
            body();
            w_->exec("COMMIT");
            return true;
        } catch (const StorageError&) {
            abort_all(0);
            return false;
        }
    }

    // Called with the write lock held: the last entry is the chain head for every process.
    void append_log(const Json& entry) {
        std::string prev = kChainGenesis;
        std::int64_t seq = 1;
        {
            auto s = w_->prepare("SELECT seq, hash FROM ingest_log ORDER BY seq DESC LIMIT 1");
            if (s.step()) {
                seq = s.col_int(0) + 1;
                prev = s.col_text(1);
            }
        }
        const std::string text = canonical_log_entry(entry);
        w_->prepare("INSERT INTO ingest_log (seq, entry, prev_hash, hash) VALUES ($1, $2, $3, $4)")
            .integer(1, seq).text(2, text).text(3, prev).text(4, sha256_hex(prev + text)).run();
    }

    IngestResult ingest_one(const PendingSubmission& p, const std::string& received_at,
                            const ReceiptSigner& sign) {
        return ingest_submission(*w_, p, received_at, sign,
                                 [this](const Json& entry) { append_log(entry); });
    }

    std::string uri_;
    std::unique_ptr<Conn> w_;
    std::mutex pool_mutex_;
    std::condition_variable pool_cv_;
    std::vector<std::unique_ptr<Conn>> pool_;
    std::size_t open_readers_ = 0;  // in the pool or in use
};

// Each migration in its own transaction, under an advisory lock so that processes starting
// together do not both migrate: the second waits, then finds the schema current.
void migrate(Conn& c) {
    for (;;) {
        c.exec("BEGIN");
        try {
            c.exec(kMigrationLock);
            c.exec("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
            int version = 0;
            {
                auto s = c.prepare("SELECT max(version) FROM schema_version");
                if (s.step() && !s.col_null(0)) version = static_cast<int>(s.col_int(0));
            }
            if (version > kSchemaVersion)
                throw StorageError("the database schema is version " + std::to_string(version) +
                                   ", newer than this program's " +
                                   std::to_string(kSchemaVersion));
            if (version == kSchemaVersion) {
                c.exec("COMMIT");
                return;
            }
            c.exec(kMigrations[version]);
            c.prepare("INSERT INTO schema_version (version) VALUES ($1)")
                .integer(1, version + 1)
                .run();
            c.exec("COMMIT");
        } catch (...) {
            try {
                c.exec("ROLLBACK");
            } catch (const StorageError&) {
            }
            throw;
        }
    }
}

}  // namespace

std::unique_ptr<Storage> open_postgres_storage(const std::string& uri, std::string* error) {
    const std::string shown = redact_database(uri);
    const std::string where = "PostgreSQL at " + shown;
    char* parse_error = nullptr;
    PQconninfoOption* parsed = PQconninfoParse(uri.c_str(), &parse_error);
    if (!parsed) {
        if (error) *error = "the database URI " + shown + " is not valid: " +
                            one_line(parse_error ? parse_error : "out of memory");
        PQfreemem(parse_error);
        return nullptr;
    }
    PQconninfoFree(parsed);
    std::string why;
    auto w = std::make_unique<Conn>(uri, false, &why);
    if (!w->ok()) {
        if (error) *error = "cannot connect to " + where + ": " + why;
        return nullptr;
    }
    try {
        auto s = w->prepare("SELECT current_setting('server_encoding')");
        if (s.step() && s.col_text(0) != "UTF8")
            throw StorageError("the database encoding is " + s.col_text(0) +
                               "; DBI Kit stores UTF-8 text: create the database with "
                               "ENCODING 'UTF8'");
    } catch (const StorageError& e) {
        if (error) *error = where + ": " + e.what();
        return nullptr;
    }
    try {
        migrate(*w);
    } catch (const StorageError& e) {
        if (error) *error = where + ": " + e.what();
        return nullptr;
    }
    return std::make_unique<PostgresStorage>(uri, std::move(w));
}

}  // namespace dbi::server
