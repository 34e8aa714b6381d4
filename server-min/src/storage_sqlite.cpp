// storage_sqlite.cpp — the SQLite backend of Storage (storage.hpp).
//
// One write connection, used only by the writer thread (WAL allows readers alongside it), and
// a pool of read-only connections for the HTTP threads. Every statement is prepared once per
// connection and cached; SQL text is built only from fixed fragments, never from input.
#include <sqlite3.h>

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

#include "dbi/canonical_json.hpp"
#include "dbi/sha256.hpp"
#include "limits.hpp"
#include "storage.hpp"
#include "storage_common.hpp"

namespace dbi::server {
namespace {

using Json = nlohmann::json;

// --- Schema ----------------------------------------------------------------------------------
// Versioned migrations: migration i brings the schema from version i to i + 1. Never edit a
// published migration; append a new one.
const char* const kMigrations[] = {
    // 0 → 1
    R"SQL(
CREATE TABLE submissions (
    seq               INTEGER PRIMARY KEY,          -- receipt number, r-<seq>
    submission_id     TEXT NOT NULL UNIQUE,
    assessment_sha256 TEXT NOT NULL,
    envelope          BLOB NOT NULL,                -- raw bytes as received
    receipt_id        TEXT NOT NULL UNIQUE,
    receipt           TEXT NOT NULL,                -- signed receipt statement (canonical JSON)
    received_at       TEXT NOT NULL,
    issued_at         TEXT NOT NULL,
    index_id          TEXT NOT NULL,
    index_sha256      TEXT NOT NULL,
    tax_code          TEXT NOT NULL,
    name              TEXT NOT NULL,
    province          TEXT NOT NULL,
    vsic_section      TEXT NOT NULL,
    size_class        TEXT NOT NULL,
    publish           INTEGER NOT NULL,
    score             INTEGER NOT NULL,
    max_score         INTEGER NOT NULL,
    level             INTEGER NOT NULL,
    verified          INTEGER NOT NULL,
    signer_role       TEXT NOT NULL,
    signer_key_id     TEXT NOT NULL,
    revoked_at        TEXT,
    revoke_reason     TEXT
);
CREATE INDEX submissions_enterprise ON submissions (tax_code, index_id, issued_at, seq);
-- What was received and signed for is never changed.
CREATE TRIGGER submissions_immutable
BEFORE UPDATE OF seq, submission_id, assessment_sha256, envelope, receipt_id, receipt,
                 received_at ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions are immutable'); END;
CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions are never deleted'); END;

-- The current (latest, unrevoked) result per enterprise and index: what rankings and
-- statistics read. Maintained by the writer.
CREATE TABLE current_results (
    tax_code     TEXT NOT NULL,
    index_id     TEXT NOT NULL,
    seq          INTEGER NOT NULL REFERENCES submissions (seq),
    issued_at    TEXT NOT NULL,
    name         TEXT NOT NULL,
    province     TEXT NOT NULL,
    vsic_section TEXT NOT NULL,
    size_class   TEXT NOT NULL,
    publish      INTEGER NOT NULL,
    score        INTEGER NOT NULL,
    max_score    INTEGER NOT NULL,
    level        INTEGER NOT NULL,
    verified     INTEGER NOT NULL,
    PRIMARY KEY (tax_code, index_id)
) WITHOUT ROWID;
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

CREATE TABLE bindings (
    tax_code TEXT PRIMARY KEY,
    key_id   TEXT NOT NULL,
    bound_at TEXT NOT NULL,
    reason   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE trust_lists (
    sequence     INTEGER PRIMARY KEY,
    envelope     TEXT NOT NULL,
    installed_at TEXT NOT NULL
);

CREATE TABLE ingest_log (
    seq       INTEGER PRIMARY KEY,
    entry     TEXT NOT NULL,     -- canonical JSON
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL      -- sha256_hex(prev_hash || entry)
);
CREATE TRIGGER ingest_log_no_update BEFORE UPDATE ON ingest_log
BEGIN SELECT RAISE(ABORT, 'the ingest log is append-only'); END;
CREATE TRIGGER ingest_log_no_delete BEFORE DELETE ON ingest_log
BEGIN SELECT RAISE(ABORT, 'the ingest log is append-only'); END;
)SQL",
    // 1 → 2: what a million enterprises need (tools/bench/rankings.sh; the same as the
    // PostgreSQL schema). The verified filter gets its own ranking index, and current_results
    // is counted by every filter of the public pages in current_counts, kept by triggers in
    // the writing transaction: a ranking's total sums a few hundred rows instead of counting
    // up to a million.
    R"SQL(
CREATE INDEX cr_rank_verified ON current_results (index_id, verified, score DESC, seq)
    WHERE publish = 1;
CREATE TABLE current_counts (
    index_id     TEXT NOT NULL,
    province     TEXT NOT NULL,
    vsic_section TEXT NOT NULL,
    size_class   TEXT NOT NULL,
    level        INTEGER NOT NULL,
    publish      INTEGER NOT NULL,
    verified     INTEGER NOT NULL,
    enterprises  INTEGER NOT NULL,
    score_sum    INTEGER NOT NULL,
    PRIMARY KEY (index_id, province, vsic_section, size_class, level, publish, verified)
) WITHOUT ROWID;
INSERT INTO current_counts
SELECT index_id, province, vsic_section, size_class, level, publish, verified, count(*),
       sum(score)
FROM current_results GROUP BY index_id, province, vsic_section, size_class, level, publish, verified;
CREATE TRIGGER current_counts_insert AFTER INSERT ON current_results BEGIN
    INSERT INTO current_counts VALUES (NEW.index_id, NEW.province, NEW.vsic_section,
        NEW.size_class, NEW.level, NEW.publish, NEW.verified, 1, NEW.score)
    ON CONFLICT (index_id, province, vsic_section, size_class, level, publish, verified)
    DO UPDATE SET enterprises = enterprises + 1, score_sum = score_sum + excluded.score_sum;
END;
CREATE TRIGGER current_counts_delete AFTER DELETE ON current_results BEGIN
    UPDATE current_counts SET enterprises = enterprises - 1, score_sum = score_sum - OLD.score
    WHERE index_id = OLD.index_id AND province = OLD.province
      AND vsic_section = OLD.vsic_section AND size_class = OLD.size_class
      AND level = OLD.level AND publish = OLD.publish AND verified = OLD.verified;
END;
CREATE TRIGGER current_counts_update AFTER UPDATE ON current_results BEGIN
    UPDATE current_counts SET enterprises = enterprises - 1, score_sum = score_sum - OLD.score
    WHERE index_id = OLD.index_id AND province = OLD.province
      AND vsic_section = OLD.vsic_section AND size_class = OLD.size_class
      AND level = OLD.level AND publish = OLD.publish AND verified = OLD.verified;
    INSERT INTO current_counts VALUES (NEW.index_id, NEW.province, NEW.vsic_section,
        NEW.size_class, NEW.level, NEW.publish, NEW.verified, 1, NEW.score)
    ON CONFLICT (index_id, province, vsic_section, size_class, level, publish, verified)
    DO UPDATE SET enterprises = enterprises + 1, score_sum = score_sum + excluded.score_sum;
END;
)SQL",
    // 2 → 3: ranking pages at a million enterprises. A page is read in two steps: the keys
    // of its rows from an index that holds every filter column (so rows that a filter drops
    // cost an index entry, not a table lookup — SQLite cannot defer that lookup on a WITHOUT
    // ROWID table), then the 20 rows themselves. Each ranking index therefore ends with the
    // filters it does not lead with, and `publish`, so the key step is an index-only scan.
    R"SQL(
DROP INDEX cr_rank;
CREATE INDEX cr_rank ON current_results
    (index_id, score DESC, seq, province, vsic_section, size_class, verified, publish)
    WHERE publish = 1;
DROP INDEX cr_rank_prov;
CREATE INDEX cr_rank_prov ON current_results
    (index_id, province, score DESC, seq, vsic_section, size_class, verified, publish)
    WHERE publish = 1;
DROP INDEX cr_rank_sector;
CREATE INDEX cr_rank_sector ON current_results
    (index_id, vsic_section, score DESC, seq, province, size_class, verified, publish)
    WHERE publish = 1;
DROP INDEX cr_rank_size;
CREATE INDEX cr_rank_size ON current_results
    (index_id, size_class, score DESC, seq, province, vsic_section, verified, publish)
    WHERE publish = 1;
DROP INDEX cr_rank_verified;
CREATE INDEX cr_rank_verified ON current_results
    (index_id, verified, score DESC, seq, province, vsic_section, size_class, publish)
    WHERE publish = 1;
DROP INDEX cr_peers;
CREATE INDEX cr_peers ON current_results
    (index_id, province, vsic_section, size_class, score DESC, seq, verified, publish)
    WHERE publish = 1;
)SQL",
};
constexpr int kSchemaVersion = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

// --- Thin RAII layer over the C API ----------------------------------------------------------

// A cached statement in use. Resetting it when it goes out of scope matters: a statement left
// mid-result keeps its read transaction open, and a WAL reader would then keep seeing that
// old snapshot on its next query.
class Stmt {
public:
    explicit Stmt(sqlite3_stmt* s) : s_(s) {}
    ~Stmt() { sqlite3_reset(s_); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    Stmt& text(int i, const std::string& v) {
        check(sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bytes(int i, const std::string& v) {
        check(sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& integer(int i, std::int64_t v) {
        check(sqlite3_bind_int64(s_, i, v));
        return *this;
    }
    // true: a row is available; false: done. Throws on error.
    bool step() {
        int rc = sqlite3_step(s_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw StorageError(std::string("sqlite step: ") + sqlite3_errmsg(sqlite3_db_handle(s_)));
    }
    void run() {
        while (step()) {
        }
    }
    std::string col_text(int i) const {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(s_, i));
        int n = sqlite3_column_bytes(s_, i);
        return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
    }
    std::string col_bytes(int i) const { return col_text(i); }
    std::int64_t col_int(int i) const { return sqlite3_column_int64(s_, i); }
    bool col_bool(int i) const { return col_int(i) != 0; }
    bool col_null(int i) const { return sqlite3_column_type(s_, i) == SQLITE_NULL; }

private:
    void check(int rc) {
        if (rc != SQLITE_OK)
            throw StorageError(std::string("sqlite bind: ") + sqlite3_errstr(rc));
    }
    sqlite3_stmt* s_;
};

// A connection with its statement cache. Statements are reset (and unbound) when handed out.
class Conn {
public:
    Conn(const std::string& path, bool read_only, std::string* error) {
        int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            if (error) *error = db_ ? sqlite3_errmsg(db_) : "cannot open the database";
            sqlite3_close(db_);
            db_ = nullptr;
            return;
        }
        sqlite3_busy_timeout(db_, kSqliteBusyTimeoutMs);
        sqlite3_extended_result_codes(db_, 1);
    }
    ~Conn() {
        for (auto& kv : cache_) sqlite3_finalize(kv.second);
        if (db_) sqlite3_close(db_);
    }
    Conn(const Conn&) = delete;
    Conn& operator=(const Conn&) = delete;
    bool ok() const { return db_ != nullptr; }
    sqlite3* db() const { return db_; }

    Stmt prepare(const std::string& sql) {
        auto it = cache_.find(sql);
        if (it == cache_.end()) {
            sqlite3_stmt* s = nullptr;
            if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                                   SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
                throw StorageError(std::string("sqlite prepare: ") + sqlite3_errmsg(db_));
            it = cache_.emplace(sql, s).first;
        }
        sqlite3_reset(it->second);
        sqlite3_clear_bindings(it->second);
        return Stmt(it->second);
    }
    // For fixed statements without results (pragmas, BEGIN/COMMIT, migrations).
    void exec(const char* sql) {
        char* msg = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
            std::string m = msg ? msg : "?";
            sqlite3_free(msg);
            throw StorageError("sqlite: " + m);
        }
    }

private:
    sqlite3* db_ = nullptr;
    std::map<std::string, sqlite3_stmt*> cache_;
};


class SqliteStorage final : public Storage {
public:
    SqliteStorage(std::string path, std::unique_ptr<Conn> writer)
        : path_(std::move(path)), w_(std::move(writer)) {}

    // ---------------------------------------------------------------------------------------
    // Writes

    std::vector<IngestResult> ingest(const std::vector<const PendingSubmission*>& batch,
                                     const std::string& received_at,
                                     const ReceiptSigner& sign) override {
        std::vector<IngestResult> out(batch.size());
        try {
            w_->exec("BEGIN IMMEDIATE");
        } catch (const StorageError&) {
            return out;  // all storage_error
        }
        for (std::size_t i = 0; i < batch.size(); ++i) {
            try {
                w_->exec("SAVEPOINT item");
                out[i] = ingest_one(*batch[i], received_at, sign);
                w_->exec("RELEASE item");
            } catch (const StorageError&) {
                out[i] = IngestResult{};
                try {
                    w_->exec("ROLLBACK TO item");
                    w_->exec("RELEASE item");
                } catch (const StorageError&) {
                    return abort_all(batch.size());
                }
            }
        }
        try {
            w_->exec("COMMIT");
        } catch (const StorageError&) {
            return abort_all(batch.size());
        }
        return out;
    }

    bool rebind(const std::string& tax_code, const std::string& key_id, const std::string& reason,
                const std::string& at) override {
        return write_tx([&] {
            w_->prepare("INSERT INTO bindings (tax_code, key_id, bound_at, reason) "
                        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (tax_code) DO UPDATE SET "
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

    bool record_trust_list(std::int64_t sequence, const std::string& envelope_text,
                           const std::string& at) override {
        return write_tx([&] {
            w_->prepare("INSERT OR REPLACE INTO trust_lists (sequence, envelope, installed_at) "
                        "VALUES (?1, ?2, ?3)")
                .integer(1, sequence).text(2, envelope_text).text(3, at).run();
            append_log({{"type", "trust"}, {"sequence", sequence},
                        {"sha256", sha256_hex(envelope_text)}, {"at", at}});
        });
    }

    // ---------------------------------------------------------------------------------------
    // Reads

    std::optional<std::pair<std::int64_t, std::string>> latest_trust_list() override {
        Reader r(*this);
        auto s = r->prepare("SELECT sequence, envelope FROM trust_lists "
                            "ORDER BY sequence DESC LIMIT 1");
        if (!s.step()) return std::nullopt;
        return std::make_pair(s.col_int(0), s.col_text(1));
    }

    std::optional<std::string> bound_key(const std::string& tax_code) override {
        Reader r(*this);
        auto s = r->prepare("SELECT key_id FROM bindings WHERE tax_code = ?1");
        s.text(1, tax_code);
        if (!s.step()) return std::nullopt;
        return s.col_text(0);
    }

    std::optional<ReceiptRecord> find_receipt(const std::string& receipt_id) override {
        return receipt_where("receipt_id", receipt_id);
    }
    std::optional<ReceiptRecord> find_receipt_of_submission(const std::string& id) override {
        return receipt_where("submission_id", id);
    }

    RankingPage rankings(const RankingQuery& q) override {
        // Fixed parameter numbers in every variant: ?1 index, ?2 province, ?3 sector, ?4 size,
        // ?5 verified, ?6 limit, ?7 offset.
        std::string where = " FROM current_results WHERE index_id = ?1 AND publish = 1";
        if (q.province) where += " AND province = ?2";
        if (q.sector) where += " AND vsic_section = ?3";
        if (q.size_class) where += " AND size_class = ?4";
        if (q.verified) where += " AND verified = ?5";
        auto bind = [&](Stmt& s) {
            s.text(1, q.index_id);
            if (q.province) s.text(2, *q.province);
            if (q.sector) s.text(3, *q.sector);
            if (q.size_class) s.text(4, *q.size_class);
            if (q.verified) s.integer(5, *q.verified ? 1 : 0);
        };
        Reader r(*this);
        RankingPage page;
        {
            // The same filters select the same groups of current_counts.
            std::string counted = where;
            counted.replace(counted.find("current_results"), 15, "current_counts");
            auto s = r->prepare("SELECT coalesce(sum(enterprises), 0)" + counted);
            bind(s);
            if (s.step()) page.total = s.col_int(0);
        }
        const std::int64_t offset = static_cast<std::int64_t>(q.page - 1) * q.per_page;
        // A page past the last result has no rows: do not walk the index to find that out.
        if (offset >= page.total) return page;
        // Keys first (index only, schema 2 → 3), then the page's rows by primary key.
        auto s = r->prepare("SELECT c.name, c.province, c.vsic_section, c.size_class, c.score, "
                            "c.max_score, c.level, c.verified, c.issued_at FROM (SELECT tax_code, "
                            "score, seq" + where +
                            " ORDER BY score DESC, seq ASC LIMIT ?6 OFFSET ?7) AS k "
                            "JOIN current_results AS c ON c.tax_code = k.tax_code "
                            "AND c.index_id = ?1 ORDER BY k.score DESC, k.seq ASC");
        bind(s);
        s.integer(6, q.per_page).integer(7, offset);
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
    }

    std::optional<Position> position(const std::string& tax_code,
                                     const std::string& index_id) override {
        Reader r(*this);
        auto s = r->prepare("SELECT score, seq, province, vsic_section, size_class, max_score, "
                            "level FROM current_results WHERE tax_code = ?1 AND index_id = ?2 "
                            "AND publish = 1");
        s.text(1, tax_code).text(2, index_id);
        if (!s.step()) return std::nullopt;
        Position p;
        p.score = static_cast<int>(s.col_int(0));
        const std::int64_t seq = s.col_int(1);
        p.province = s.col_text(2);
        p.sector = s.col_text(3);
        p.size_class = s.col_text(4);
        p.max = static_cast<int>(s.col_int(5));
        p.level = static_cast<int>(s.col_int(6));
        auto c = r->prepare(
            "SELECT count(*), coalesce(sum(score > ?5 OR (score = ?5 AND seq < ?6)), 0), "
            "coalesce(sum(score < ?5), 0) FROM current_results WHERE index_id = ?1 "
            "AND province = ?2 AND vsic_section = ?3 AND size_class = ?4 AND publish = 1");
        c.text(1, index_id).text(2, p.province).text(3, p.sector).text(4, p.size_class);
        c.integer(5, p.score).integer(6, seq);
        if (c.step()) {
            p.peers = c.col_int(0);
            p.rank = c.col_int(1) + 1;
            p.below = c.col_int(2);
        }
        return p;
    }

    Counts counts(const StatsQuery& q) override {
        std::string where = " FROM current_results WHERE index_id = ?1";
        if (q.province) where += " AND province = ?2";
        if (q.sector) where += " AND vsic_section = ?3";
        if (q.size_class) where += " AND size_class = ?4";
        Reader r(*this);
        auto run = [&](const std::string& column) {
            auto s = r->prepare("SELECT " + column + ", count(*)" + where + " GROUP BY " +
                                column + " ORDER BY " + column);
            s.text(1, q.index_id);
            if (q.province) s.text(2, *q.province);
            if (q.sector) s.text(3, *q.sector);
            if (q.size_class) s.text(4, *q.size_class);
            CountList out;
            while (s.step()) out.emplace_back(s.col_text(0), s.col_int(1));
            return out;
        };
        Counts c;
        c.by_level = run("level");
        c.by_province = run("province");
        c.by_sector = run("vsic_section");
        c.by_size = run("size_class");
        for (const auto& kv : c.by_level) c.total += kv.second;
        return c;
    }

    std::vector<ExportRow> export_rows(ExportBy by) override {
        const std::string column = by == ExportBy::province ? "province"
                                   : by == ExportBy::sector ? "vsic_section"
                                                            : "size_class";
        Reader r(*this);
        auto s = r->prepare("SELECT index_id, " + column +
                            ", count(*), sum(level = 0), sum(level = 1), sum(level = 2), "
                            "sum(level = 3), sum(level = 4), sum(level = 5), sum(score), "
                            "sum(verified) FROM current_results GROUP BY index_id, " + column +
                            " ORDER BY index_id, " + column);
        std::vector<ExportRow> out;
        while (s.step()) {
            ExportRow row;
            row.index_id = s.col_text(0);
            row.group = s.col_text(1);
            row.enterprises = s.col_int(2);
            for (int l = 0; l < 6; ++l) row.levels[static_cast<std::size_t>(l)] = s.col_int(3 + l);
            row.score_sum = s.col_int(9);
            row.verified = s.col_int(10);
            out.push_back(std::move(row));
        }
        return out;
    }

    void for_each_submission(const std::function<void(const StoredSubmission&)>& f) override {
        Reader r(*this);
        auto s = r->prepare("SELECT seq, submission_id, envelope, receipt_id, received_at, "
                            "receipt, revoked_at IS NOT NULL FROM submissions ORDER BY seq");
        while (s.step()) {
            StoredSubmission sub;
            sub.seq = s.col_int(0);
            sub.submission_id = s.col_text(1);
            sub.envelope = s.col_text(2);
            sub.receipt = ReceiptRecord{s.col_text(3), s.col_text(4), s.col_text(5),
                                        sub.envelope, s.col_int(6) != 0};
            f(sub);
        }
    }

    ChainReport verify_chain() override {
        Reader r(*this);
        auto s = r->prepare("SELECT seq, entry, prev_hash, hash FROM ingest_log ORDER BY seq");
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
    }

    // Connection pool for readers: one read-only connection per concurrent reader.
    std::unique_ptr<Conn> acquire_reader() {
        {
            std::lock_guard<std::mutex> lock(pool_mutex_);
            if (!pool_.empty()) {
                auto c = std::move(pool_.back());
                pool_.pop_back();
                return c;
            }
        }
        std::string error;
        auto c = std::make_unique<Conn>(path_, true, &error);
        if (!c->ok()) throw StorageError("cannot open a reader: " + error);
        return c;
    }
    void release_reader(std::unique_ptr<Conn> c) {
        std::lock_guard<std::mutex> lock(pool_mutex_);
        pool_.push_back(std::move(c));
    }

private:
    class Reader {
    public:
        explicit Reader(SqliteStorage& s) : s_(s), c_(s.acquire_reader()) {}
        ~Reader() { s_.release_reader(std::move(c_)); }
        Conn* operator->() { return c_.get(); }

    private:
        SqliteStorage& s_;
        std::unique_ptr<Conn> c_;
    };

    // `column` is one of two fixed names (both unique keys), never input.
    std::optional<ReceiptRecord> receipt_where(const char* column, const std::string& value) {
        Reader r(*this);
        auto s = r->prepare(std::string("SELECT receipt_id, received_at, receipt, envelope, "
                                        "revoked_at IS NOT NULL FROM submissions WHERE ") +
                            column + " = ?1");
        s.text(1, value);
        if (!s.step()) return std::nullopt;
        return ReceiptRecord{s.col_text(0), s.col_text(1), s.col_text(2), s.col_text(3),
                             s.col_int(4) != 0};
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
            w_->exec("BEGIN IMMEDIATE");
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

    void append_log(const Json& entry) {
        std::string prev = kChainGenesis;
        {
            auto s = w_->prepare("SELECT hash FROM ingest_log ORDER BY seq DESC LIMIT 1");
            if (s.step()) prev = s.col_text(0);
        }
        const std::string text = canonical_log_entry(entry);
        w_->prepare("INSERT INTO ingest_log (entry, prev_hash, hash) VALUES (?1, ?2, ?3)")
            .text(1, text).text(2, prev).text(3, sha256_hex(prev + text)).run();
    }

    IngestResult ingest_one(const PendingSubmission& p, const std::string& received_at,
                            const ReceiptSigner& sign) {
        return ingest_submission(*w_, p, received_at, sign,
                                 [this](const Json& entry) { append_log(entry); });
    }

    std::string path_;
    std::unique_ptr<Conn> w_;
    std::mutex pool_mutex_;
    std::vector<std::unique_ptr<Conn>> pool_;
};

void migrate(Conn& c) {
    c.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    int version = 0;
    {
        auto s = c.prepare("SELECT max(version) FROM schema_version");
        if (s.step() && !s.col_null(0)) version = static_cast<int>(s.col_int(0));
    }
    if (version > kSchemaVersion)
        throw StorageError("the database schema is version " + std::to_string(version) +
                           ", newer than this program's " + std::to_string(kSchemaVersion));
    for (int v = version; v < kSchemaVersion; ++v) {
        c.exec("BEGIN IMMEDIATE");
        try {
            c.exec(kMigrations[v]);
            c.prepare("INSERT INTO schema_version (version) VALUES (?1)").integer(1, v + 1).run();
            c.exec("COMMIT");
        } catch (...) {
            c.exec("ROLLBACK");
            throw;
        }
    }
}

}  // namespace

std::unique_ptr<Storage> open_sqlite_storage(const std::string& path, const SqliteOptions& opts,
                                             std::string* error) {
    try {
        auto w = std::make_unique<Conn>(path, false, error);
        if (!w->ok()) return nullptr;
        // WAL: readers never block the writer nor the writer them. synchronous=NORMAL in WAL
        // mode loses no committed transaction on a process crash; FULL also survives power loss
        // of the last transactions (docs/server.md, "Durability").
        w->exec("PRAGMA journal_mode = WAL");
        w->exec(opts.synchronous_full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
        w->exec("PRAGMA foreign_keys = ON");
        migrate(*w);
        return std::make_unique<SqliteStorage>(path, std::move(w));
    } catch (const StorageError& e) {
        if (error) *error = e.what();
        return nullptr;
    }
}

}  // namespace dbi::server
