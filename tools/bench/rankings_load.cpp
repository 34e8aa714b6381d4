// dbi-bench-rankings — ranking and position queries at scale (tools/bench/rankings.sh).
//
//   dbi-bench-rankings --database FILE|URI [--rows N] [--queries Q]
//
// Opens (creating) the database with the server's own storage code, fills it with N current
// results in one set-based INSERT per table (no signatures: the read path is what is measured;
// a million signed submissions would take the ingest benchmark's time again), then times Q
// ranking queries with random filters and pages and Q position queries for random enterprises
// through the same Storage interface the HTTP handlers call. Prints p50/p99/max per kind.
// The database must be empty (a new SQLite file or a new PostgreSQL database).
#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "storage.hpp"

namespace {

using Clock = std::chrono::steady_clock;
const char* const kIndex = "vn.mic.1970-2021.sme";
constexpr int kProvinces = 34;
const char* const kSectors = "ABCDEFGHIJKLMNOPQRSTU";  // VSIC sections
const char* const kSizes[] = {"micro", "small", "medium", "large"};

// The rows: enterprise x (1…N) in province (x·7 mod 34)+1, sector (x mod 21), size (x mod 4),
// score pseudo-random in 0…320, 80 % published, 10 % verified. One statement per table.
std::string fill_sql(bool postgres, long rows) {
    const std::string blob = postgres ? "''::bytea" : "CAST('' AS BLOB)";
    const std::string series =
        postgres ? "SELECT x FROM generate_series(1, " + std::to_string(rows) + ") AS x"
                 : "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " +
                       std::to_string(rows) + ") SELECT x FROM n";
    const std::string sector = "substr('" + std::string(kSectors) + "', 1 + x % 21, 1)";
    const std::string size = "CASE x % 4 WHEN 0 THEN 'micro' WHEN 1 THEN 'small' WHEN 2 THEN "
                             "'medium' ELSE 'large' END";
    const std::string score = "(((x % 100003) * 7919) % 321)";  // int4-safe in PostgreSQL
    return "INSERT INTO submissions (seq, submission_id, assessment_sha256, envelope, receipt_id, "
           "receipt, received_at, issued_at, index_id, index_sha256, tax_code, name, province, "
           "vsic_section, size_class, publish, score, max_score, level, verified, signer_role, "
           "signer_key_id) SELECT x, 'sub-' || CAST(x AS TEXT), 'h', " + blob +
           ", 'r-' || CAST(x AS TEXT), '{}', '2026-12-01T00:00:00Z', '2026-11-01T00:00:00Z', '" +
           kIndex + "', 'h', 'T' || CAST(x AS TEXT), 'Doanh nghiệp ' || CAST(x AS TEXT), "
           "CAST(1 + (x * 7) % " + std::to_string(kProvinces) + " AS TEXT), " + sector + ", " +
           size + ", CASE WHEN x % 5 = 0 THEN 0 ELSE 1 END, " + score + ", 320, " + score +
           " / 64, CASE WHEN x % 10 = 0 THEN 1 ELSE 0 END, 'device', 'k' FROM (" + series +
           ") AS s;"
           "INSERT INTO current_results (tax_code, index_id, seq, issued_at, name, province, "
           "vsic_section, size_class, publish, score, max_score, level, verified) SELECT "
           "tax_code, index_id, seq, issued_at, name, province, vsic_section, size_class, "
           "publish, score, max_score, level, verified FROM submissions;";
}

bool fill(const std::string& database, long rows, std::string* error) {
    const std::string sql = fill_sql(dbi::server::is_postgres_uri(database), rows);
    if (dbi::server::is_postgres_uri(database)) {
        PGconn* c = PQconnectdb(database.c_str());
        bool ok = PQstatus(c) == CONNECTION_OK;
        if (ok) {
            // One transaction, then VACUUM FULL: a single million-row transaction leaves
            // current_counts bloated (docs/server.md), which a live server never does. VACUUM
            // current_results sets the visibility map, as autovacuum does on a live server, so
            // the ranking key scans are index-only.
            for (const std::string& step : {"BEGIN;" + sql + "COMMIT;",
                                             std::string("VACUUM FULL current_counts"),
                                             std::string("VACUUM ANALYZE current_results"),
                                             std::string("ANALYZE")}) {
                PGresult* r = PQexec(c, step.c_str());
                ok = PQresultStatus(r) == PGRES_COMMAND_OK;
                if (!ok) *error = PQresultErrorMessage(r);
                PQclear(r);
                if (!ok) break;
            }
        } else {
            *error = PQerrorMessage(c);
        }
        PQfinish(c);
        return ok;
    }
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(database.c_str(), &db) == SQLITE_OK;
    char* msg = nullptr;
    if (ok) ok = sqlite3_exec(db, ("BEGIN;" + sql + "COMMIT; ANALYZE;").c_str(), nullptr, nullptr, &msg) == SQLITE_OK;
    if (!ok) *error = msg ? msg : sqlite3_errmsg(db);
    sqlite3_free(msg);
    sqlite3_close(db);
    return ok;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void report(const char* what, const std::vector<double>& ms) {
    std::printf("%-34s n=%zu  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", what, ms.size(),
                percentile(ms, 0.50), percentile(ms, 0.99), percentile(ms, 1.0));
}

}  // namespace

int main(int argc, char** argv) {
    std::string database;
    long rows = 1000000;
    int queries = 2000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--database") database = v;
        else if (a == "--rows") rows = std::atol(v.c_str());
        else if (a == "--queries") queries = std::atoi(v.c_str());
    }
    if (database.empty() || rows < 1 || rows > 10000000 || queries < 1 || queries > 100000) {
        std::cerr << "usage: dbi-bench-rankings --database FILE|URI [--rows N ≤ 10^7] [--queries Q]\n";
        return 2;
    }
    std::string error;
    auto storage = dbi::server::open_storage(database, dbi::server::SqliteOptions{}, &error);
    if (!storage) {
        std::cerr << "dbi-bench-rankings: " << error << "\n";
        return 1;
    }
    auto t0 = Clock::now();
    if (!fill(database, rows, &error)) {
        std::cerr << "dbi-bench-rankings: filling failed (is the database empty?): " << error << "\n";
        return 1;
    }
    std::printf("filled %ld enterprises in %.1f s\n", rows,
                std::chrono::duration<double>(Clock::now() - t0).count());
    // Reopen: the storage's prepared statements and statistics see the filled tables.
    storage = dbi::server::open_storage(database, dbi::server::SqliteOptions{}, &error);
    if (!storage) {
        std::cerr << "dbi-bench-rankings: " << error << "\n";
        return 1;
    }

    std::mt19937 rng(20261207);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    std::vector<double> all, filtered, deep, position;
    std::int64_t checksum = 0;
    for (int q = 0; q < queries; ++q) {
        dbi::server::RankingQuery rq;
        rq.index_id = kIndex;
        const int kind = q % 3;
        if (kind >= 1) rq.province = std::to_string(1 + pick(kProvinces));
        if (kind >= 1 && pick(2)) rq.sector = std::string(1, kSectors[pick(21)]);
        if (kind >= 1 && pick(2)) rq.size_class = kSizes[pick(4)];
        if (pick(4) == 0) rq.verified = true;
        rq.page = kind == 2 ? 1 + pick(200) : 1;  // deep pages: OFFSET cost
        auto t = Clock::now();
        const auto page = storage->rankings(rq);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
        checksum += page.total + static_cast<std::int64_t>(page.rows.size());
        (kind == 0 ? all : kind == 1 ? filtered : deep).push_back(ms);

        const std::string tax = "T" + std::to_string(1 + pick(static_cast<int>(rows)));
        t = Clock::now();
        const auto pos = storage->position(tax, kIndex);
        position.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
        if (pos) checksum += pos->rank;
    }
    std::printf("== %s, %ld enterprises (checksum %lld)\n",
                dbi::server::redact_database(database).c_str(), rows,
                static_cast<long long>(checksum));
    report("rankings, whole index, page 1", all);
    report("rankings, filtered, page 1", filtered);
    report("rankings, filtered, pages 1-200", deep);
    report("position among peers", position);
    return 0;
}
