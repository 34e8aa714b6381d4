// storage_common.hpp — what the SQLite and PostgreSQL backends share: the ingest algorithm of
// one submission (idempotency, key continuity, receipt, current result, log entries), the
// current-result recomputation, receipt numbers and the canonical form of log entries.
//
// The algorithm is written once, over the backend's connection type. A connection provides
// prepare(sql) → a statement with text/integer/bytes binders, step(), run(), col_text/col_int/
// col_bytes/col_bool; parameters are written "?1", "?2", … (the PostgreSQL connection turns
// them into "$1", "$2", …). Each backend keeps its own transaction handling and log append.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "dbi/canonical_json.hpp"
#include "dbi/sha256.hpp"
#include "storage.hpp"

namespace dbi::server {

// RFC 8785 form of a log entry (what its hash is computed over).
inline std::string canonical_log_entry(const nlohmann::json& entry) {
    auto c = canonicalize_json(entry.dump());
    if (!c) throw StorageError("cannot canonicalise a log entry");
    return c.value();
}

// "r-000000000042": the receipt number of submission row `seq`.
inline std::string receipt_id_for(std::int64_t seq) {
    std::string digits = std::to_string(seq);
    if (digits.size() < 12) digits.insert(0, 12 - digits.size(), '0');
    return "r-" + digits;
}

// Columns of current_results taken from a submissions row (same names).
inline const char* const kCurrentColumns =
    "tax_code, index_id, seq, issued_at, name, province, vsic_section, size_class, publish, "
    "score, max_score, level, verified";

// The current result of (tax code, index) again from the unrevoked submissions: the newest
// by the assessment's own time, then by arrival.
template <class Conn>
void recompute_current(Conn& w, const std::string& tax_code, const std::string& index_id) {
    w.prepare("DELETE FROM current_results WHERE tax_code = ?1 AND index_id = ?2")
        .text(1, tax_code).text(2, index_id).run();
    w.prepare(std::string("INSERT INTO current_results (") + kCurrentColumns + ") SELECT " +
              kCurrentColumns +
              " FROM submissions WHERE tax_code = ?1 AND index_id = ?2 AND "
              "revoked_at IS NULL ORDER BY issued_at DESC, seq DESC LIMIT 1")
        .text(1, tax_code).text(2, index_id).run();
}

// Marks a receipt revoked inside the caller's open write transaction; the enterprise's
// previous unrevoked result, if any, becomes current again.
template <class Conn, class AppendLog>
AdminStatus revoke_receipt(Conn& w, const std::string& receipt_id, const std::string& reason,
                           const std::string& at, AppendLog&& append_log) {
    std::string tax_code, index_id;
    {
        auto s = w.prepare("SELECT tax_code, index_id, revoked_at IS NOT NULL "
                           "FROM submissions WHERE receipt_id = ?1");
        s.text(1, receipt_id);
        if (!s.step()) return AdminStatus::not_found;
        tax_code = s.col_text(0);
        index_id = s.col_text(1);
        if (s.col_bool(2)) return AdminStatus::already_done;
    }
    w.prepare("UPDATE submissions SET revoked_at = ?2, revoke_reason = ?3 WHERE receipt_id = ?1")
        .text(1, receipt_id).text(2, at).text(3, reason).run();
    recompute_current(w, tax_code, index_id);
    append_log(nlohmann::json{{"type", "revoke"}, {"receipt_id", receipt_id}, {"reason", reason},
                              {"at", at}});
    return AdminStatus::ok;
}

// Applies one verified submission inside the caller's open write transaction. `append_log`
// appends one entry to the hash-chained log in the same transaction. The caller rolls the
// item back (savepoint) unless the result is `accepted`.
template <class Conn, class AppendLog>
IngestResult ingest_submission(Conn& w, const PendingSubmission& p, const std::string& received_at,
                               const ReceiptSigner& sign, AppendLog&& append_log) {
    IngestResult res;
    // Idempotency: an exact replay gets its original receipt, even if the binding moved since
    // (the receipt was valid when issued); other bytes under the same id conflict.
    {
        auto s = w.prepare("SELECT assessment_sha256, receipt_id, received_at, receipt, "
                           "envelope, revoked_at IS NOT NULL FROM submissions "
                           "WHERE submission_id = ?1");
        s.text(1, p.submission_id);
        if (s.step()) {
            if (s.col_text(0) != p.assessment_sha256) {
                res.status = IngestStatus::id_conflict;
                return res;
            }
            res.status = IngestStatus::duplicate;
            res.receipt = ReceiptRecord{s.col_text(1), s.col_text(2), s.col_text(3),
                                        s.col_bytes(4), s.col_bool(5)};
            return res;
        }
    }
    // Key continuity (device keys only; kiosks are trusted and leave the binding alone).
    if (p.signer_role == Role::device) {
        std::optional<std::string> bound;
        {
            auto s = w.prepare("SELECT key_id FROM bindings WHERE tax_code = ?1");
            s.text(1, p.subject.tax_code);
            if (s.step()) bound = s.col_text(0);
        }
        if (!bound) {
            w.prepare("INSERT INTO bindings (tax_code, key_id, bound_at, reason) "
                      "VALUES (?1, ?2, ?3, 'first submission')")
                .text(1, p.subject.tax_code).text(2, p.signer_key_id).text(3, received_at)
                .run();
            append_log(nlohmann::json{{"type", "bind"}, {"tax_code", p.subject.tax_code},
                                      {"key_id", p.signer_key_id}, {"by", "first submission"},
                                      {"at", received_at}});
        } else if (*bound != p.signer_key_id) {
            if (!p.countersigned) {
                res.status = IngestStatus::key_conflict;
                res.bound_key_id = *bound;
                return res;
            }
            w.prepare("UPDATE bindings SET key_id = ?2, bound_at = ?3, "
                      "reason = 'assessor countersignature' WHERE tax_code = ?1")
                .text(1, p.subject.tax_code).text(2, p.signer_key_id).text(3, received_at)
                .run();
            append_log(nlohmann::json{{"type", "rebind"}, {"tax_code", p.subject.tax_code},
                                      {"key_id", p.signer_key_id}, {"by", "assessor countersignature"},
                                      {"submission_id", p.submission_id}, {"at", received_at}});
        }
    }
    std::int64_t seq = 1;
    {
        auto s = w.prepare("SELECT coalesce(max(seq), 0) + 1 FROM submissions");
        if (s.step()) seq = s.col_int(0);
    }
    ReceiptStatement rs;
    rs.receipt_id = receipt_id_for(seq);
    rs.submission_id = p.submission_id;
    rs.assessment_sha256 = p.assessment_sha256;
    rs.index_id = p.index_id;
    rs.index_sha256 = p.index_sha256;
    rs.total_points = p.total_points;
    rs.level = p.level;
    rs.received_at = received_at;
    const std::string receipt = sign(rs);
    w.prepare("INSERT INTO submissions (seq, submission_id, assessment_sha256, envelope, "
              "receipt_id, receipt, received_at, issued_at, index_id, index_sha256, tax_code, "
              "name, province, vsic_section, size_class, publish, score, max_score, level, "
              "verified, signer_role, signer_key_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
              "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
        .integer(1, seq).text(2, p.submission_id).text(3, p.assessment_sha256)
        .bytes(4, p.envelope).text(5, rs.receipt_id).text(6, receipt).text(7, received_at)
        .text(8, p.issued_at).text(9, p.index_id).text(10, p.index_sha256)
        .text(11, p.subject.tax_code).text(12, p.subject.name).text(13, p.subject.province)
        .text(14, p.subject.vsic_section).text(15, p.subject.size_class)
        .integer(16, p.subject.publish ? 1 : 0).integer(17, p.total_points)
        .integer(18, p.max_points).integer(19, p.level).integer(20, p.countersigned ? 1 : 0)
        .text(21, std::string(to_string(p.signer_role))).text(22, p.signer_key_id)
        .run();
    // The newest assessment (by its own time, then by arrival) is the current result.
    w.prepare(std::string("INSERT INTO current_results (") + kCurrentColumns + ") SELECT " +
              kCurrentColumns +
              " FROM submissions WHERE seq = ?1 ON CONFLICT (tax_code, index_id) DO UPDATE "
              "SET seq = excluded.seq, issued_at = excluded.issued_at, name = excluded.name, "
              "province = excluded.province, vsic_section = excluded.vsic_section, "
              "size_class = excluded.size_class, publish = excluded.publish, "
              "score = excluded.score, max_score = excluded.max_score, "
              "level = excluded.level, verified = excluded.verified "
              "WHERE excluded.issued_at >= current_results.issued_at")
        .integer(1, seq).run();
    append_log(nlohmann::json{{"type", "submission"}, {"seq", seq}, {"submission_id", p.submission_id},
                              {"assessment_sha256", p.assessment_sha256},
                              {"envelope_sha256", sha256_hex(p.envelope)},
                              {"receipt_id", rs.receipt_id}, {"receipt_sha256", sha256_hex(receipt)},
                              {"at", received_at}});
    res.status = IngestStatus::accepted;
    res.receipt = ReceiptRecord{rs.receipt_id, received_at, receipt, p.envelope, false};
    return res;
}

}  // namespace dbi::server
