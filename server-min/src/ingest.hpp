// ingest.hpp — the submission pipeline, free of HTTP: verify → server rules → queue → group
// commit by the single writer → signed receipt, released only after the commit.
//
// Order per submission (docs/server.md): the HTTP layer has already checked body size and
// content type; then verify_envelope (size, shape, keys, signatures, payload, attached answers
// hash, re-score with the same core), answers required, no receipt yet, subject fields, and on
// the writer thread (where they are atomic with the insert) idempotency and key continuity,
// the insert, the ingest log and the receipt.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <variant>
#include <vector>

#include "dbi/crypto.hpp"
#include "dbi/envelope.hpp"
#include "dbi/index.hpp"
#include "dbi/profile.hpp"
#include "keys.hpp"
#include "storage.hpp"

namespace dbi::server {

// The index definitions this server re-scores with, by id; reference data for subject checks.
class IndexRegistry {
public:
    // Loads every *.json in `dir` that parses as an index (others are reported in `warnings`),
    // and <dir>/reference/ when present.
    static IndexRegistry load(const std::string& dir, std::vector<std::string>* warnings);
    void add(IndexDefinition index);
    const IndexDefinition* find(std::string_view id) const;
    std::vector<std::string> ids() const;
    const ReferenceData* reference() const { return reference_ ? &*reference_ : nullptr; }

private:
    std::map<std::string, IndexDefinition, std::less<>> by_id_;
    std::optional<ReferenceData> reference_;
};

// Verification and the server's own rules on one envelope: no storage, no HTTP.
std::variant<PendingSubmission, std::vector<Diagnostic>> check_submission(
    std::string envelope, const TrustList& trust, const IndexRegistry& indices);

// Splits a batch body {"items": [envelope, …]} into the exact bytes of each item (so each is
// stored unchanged). Errors: DBI-SRV-007 (not that shape), DBI-SRV-006 (too many items).
Result<std::vector<std::string_view>> split_batch(std::string_view body) noexcept;

// The envelope with `receipt_statement` appended to its statements, in canonical form.
std::string envelope_with_receipt(const std::string& envelope, const std::string& receipt_statement);

struct SubmitOutcome {
    int http_status = 500;           // 201 accepted, 200 duplicate, else the error's status
    std::vector<Diagnostic> errors;  // when refused
    std::string submission_id;
    std::string receipt_id;
    std::string receipt_json;        // the signed receipt statement (canonical JSON)
    std::string stored_envelope;     // the envelope as stored (for envelope_with_receipt)
    bool revoked = false;
    bool ok() const { return errors.empty(); }
};

class Ingest {
public:
    Ingest(Storage& storage, crypto::KeyPair receipt_key, const TrustStore& trust,
           const IndexRegistry& indices);
    ~Ingest();
    Ingest(const Ingest&) = delete;
    Ingest& operator=(const Ingest&) = delete;

    SubmitOutcome submit(std::string envelope);
    std::vector<SubmitOutcome> submit_batch(const std::vector<std::string_view>& envelopes);

    // Runs `job` alone on the writer thread (administrator writes) and waits for it. False when
    // the writer has stopped.
    bool run_on_writer(std::function<void()> job);

    // Finishes every queued item, then stops the writer; later submissions get DBI-SRV-009.
    void stop();

    const crypto::KeyPair& receipt_key() const { return receipt_key_; }
    std::uint64_t batches_committed() const { return batches_.load(); }

private:
    struct Job {
        const PendingSubmission* submission = nullptr;  // or:
        std::function<void()> admin;
        std::promise<IngestResult> done;
    };
    void writer_loop();
    std::string sign_receipt(const ReceiptStatement& r) const;
    std::vector<std::future<IngestResult>> enqueue(const std::vector<const PendingSubmission*>& subs,
                                                   bool* accepted);
    SubmitOutcome finish(const PendingSubmission& p, IngestResult r) const;

    Storage& storage_;
    crypto::KeyPair receipt_key_;
    const TrustStore& trust_;
    const IndexRegistry& indices_;

    std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<std::unique_ptr<Job>> queue_;
    std::size_t queued_submissions_ = 0;
    bool stopping_ = false;
    std::atomic<std::uint64_t> batches_{0};
    std::thread writer_;
};

}  // namespace dbi::server
