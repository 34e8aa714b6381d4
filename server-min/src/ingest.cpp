// ingest.cpp — the submission pipeline (ingest.hpp). Verification runs on the HTTP threads
// (it is the expensive, parallel part: Ed25519 and re-scoring); everything that must be atomic
// with the insert runs on one writer thread, in batches (group commit).
#include "ingest.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "dbi/canonical_json.hpp"
#include "limits.hpp"

namespace dbi::server {
namespace {

using Json = nlohmann::json;

std::vector<Diagnostic> one_error(const char* code, std::string pointer,
                                  std::vector<std::string> args = {}) {
    return {make_diag(code, std::move(pointer), std::move(args))};
}

bool is_upper_letter(const std::string& s, char lo, char hi) {
    return s.size() == 1 && s[0] >= lo && s[0] <= hi;
}

bool is_two_digits(const std::string& s) {
    return s.size() == 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9';
}

// The first C0/C1 control character or DEL in UTF-8 text, as 4 hex digits for DBI-PRF-011
// (the profile's rule for names), or "". A name is published text: no line breaks, tabs or
// NUL bytes, which PostgreSQL could not store as text at all.
std::string first_control_hex(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto b = static_cast<unsigned char>(s[i]);
        unsigned code = b < 0x20 || b == 0x7F ? b : 0x100;
        if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(s[i + 1]) <= 0x9F)
            code = static_cast<unsigned char>(s[i + 1]);  // U+0080..U+009F
        if (code == 0x100) continue;
        static const char kHex[] = "0123456789ABCDEF";
        return std::string("00") + kHex[code >> 4] + kHex[code & 0xF];
    }
    return "";
}

// --- Batch splitting: a tiny scanner over text that nlohmann already accepted as JSON --------

void skip_ws(std::string_view s, std::size_t& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
}

// Skips one JSON value starting at s[i] (the text is known to be valid JSON).
void skip_value(std::string_view s, std::size_t& i) {
    int depth = 0;
    do {
        if (i >= s.size()) return;
        char c = s[i];
        if (c == '"') {
            for (++i; i < s.size() && s[i] != '"'; ++i)
                if (s[i] == '\\') ++i;
            ++i;
        } else if (c == '{' || c == '[') {
            ++depth;
            ++i;
        } else if (c == '}' || c == ']') {
            --depth;
            ++i;
        } else if (depth > 0) {
            ++i;  // commas, colons, whitespace and scalars inside a container
        } else {
            while (i < s.size() && s[i] != ',' && s[i] != ']' && s[i] != '}' && s[i] != ' ' &&
                   s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
                ++i;
        }
    } while (depth > 0);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Index registry

IndexRegistry IndexRegistry::load(const std::string& dir, std::vector<std::string>* warnings) {
    namespace fs = std::filesystem;
    IndexRegistry reg;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        auto text = read_file(entry.path().string(), 16 * 1024 * 1024);
        if (!text) continue;
        auto idx = parse_index(*text);
        if (idx) {
            reg.add(std::move(idx.value()));
        } else if (warnings) {
            warnings->push_back(entry.path().filename().string() + ": " +
                                format_line(idx.diagnostics().front(), Lang::en));
        }
    }
    if (ec && warnings) warnings->push_back("cannot list " + dir + ": " + ec.message());
    const fs::path ref = fs::path(dir) / "reference";
    auto provinces = read_file((ref / "vn.gov.provinces-2025.json").string(), 4 << 20);
    auto vsic = read_file((ref / "vn.gso.vsic-2018.sections.json").string(), 4 << 20);
    auto sizes = read_file((ref / "vn.gov.decree80-2021.size-classes.json").string(), 4 << 20);
    if (provinces && vsic && sizes) {
        auto r = parse_reference(*provinces, *vsic, *sizes);
        if (r) reg.reference_ = std::move(r.value());
        else if (warnings) warnings->push_back("reference data: " +
                                               format_line(r.diagnostics().front(), Lang::en));
    }
    return reg;
}

void IndexRegistry::add(IndexDefinition index) {
    std::string id = index.id;
    by_id_[id] = std::move(index);
}

const IndexDefinition* IndexRegistry::find(std::string_view id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &it->second;
}

std::vector<std::string> IndexRegistry::ids() const {
    std::vector<std::string> out;
    for (const auto& kv : by_id_) out.push_back(kv.first);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Verification and the server's rules

std::variant<PendingSubmission, std::vector<Diagnostic>> check_submission(
    std::string envelope, const TrustList& trust, const IndexRegistry& indices) {
    const IndexLookup lookup = [&](std::string_view id) { return indices.find(id); };
    auto verified = verify_envelope(envelope, trust, crypto::verifier(), lookup);
    if (!verified) return verified.diagnostics();
    const VerifiedEnvelope& v = verified.value();
    if (!v.answers_attached || !v.rescored) return one_error("DBI-SRV-003", "/answers");
    if (!v.receipts.empty()) return one_error("DBI-SRV-020", "/statements");

    const AssessmentStatement& a = v.assessment;
    const Subject& s = a.subject;
    const std::string sp = "/statements/0/payload/subject";
    if (auto d = check_tax_code(s.tax_code, sp + "/tax_code")) return std::vector<Diagnostic>{*d};
    if (s.name.empty() || s.name.size() > kMaxNameBytes)
        return one_error("DBI-SRV-021", sp + "/name", {std::to_string(kMaxNameBytes)});
    if (const std::string ctrl = first_control_hex(s.name); !ctrl.empty())
        return one_error("DBI-PRF-011", sp + "/name", {ctrl});
    const ReferenceData* ref = indices.reference();
    if (s.province.size() > kMaxProvinceBytes ||
        (ref ? ref->find_province(s.province) == nullptr : !is_two_digits(s.province)))
        return one_error("DBI-SRV-023", sp + "/province", {s.province.substr(0, kMaxProvinceBytes)});
    if (!is_upper_letter(s.vsic_section, 'A', 'U') ||
        (ref && ref->find_vsic_section(s.vsic_section) == nullptr))
        return one_error("DBI-SRV-024", sp + "/vsic_section", {s.vsic_section.substr(0, 8)});
    if (s.size_class != "micro" && s.size_class != "small" && s.size_class != "medium" &&
        s.size_class != "large" && s.size_class != "group")
        return one_error("DBI-SRV-025", sp + "/size_class", {s.size_class.substr(0, 16)});
    if (a.channel != "web" && a.channel != "embed" && a.channel != "kiosk")
        return one_error("DBI-SRV-026", "/statements/0/payload/channel", {a.channel.substr(0, 16)});
    if (a.kiosk.size() > kMaxKioskNameBytes)
        return one_error("DBI-SRV-027", "/statements/0/payload/kiosk",
                         {std::to_string(kMaxKioskNameBytes)});

    PendingSubmission p;
    p.submission_id = a.submission_id;
    p.assessment_sha256 = v.assessment_sha256;
    p.issued_at = a.issued_at;
    p.index_id = a.assessment.index_id;
    p.index_sha256 = a.assessment.index_sha256;
    p.subject = s;
    p.total_points = a.assessment.total_points;
    p.max_points = a.assessment.max_points;
    p.level = a.assessment.level;
    p.signer_role = v.signers.front().role;
    p.signer_key_id = v.signers.front().key_id;
    p.countersigned = !v.countersignatures.empty();
    p.envelope = std::move(envelope);
    return p;
}

Result<std::vector<std::string_view>> split_batch(std::string_view body) noexcept {
    using R = Result<std::vector<std::string_view>>;
    const char* shape = "{\"items\": [envelope, …]}";
    auto bad = [&] { return R::fail(make_diag("DBI-SRV-007", "", {shape})); };
    if (!Json::accept(body)) {
        // Let the strict parser name the byte (and catch bad UTF-8) for the message.
        auto strict = canonicalize_json(body);
        if (!strict) return R::fail(strict.diagnostics());
        return bad();
    }
    std::size_t i = 0;
    skip_ws(body, i);
    if (i >= body.size() || body[i] != '{') return bad();
    ++i;
    skip_ws(body, i);
    const std::size_t key_start = i;
    skip_value(body, i);
    Json key = Json::parse(body.substr(key_start, i - key_start), nullptr, false);
    if (!key.is_string() || key.get<std::string>() != "items") return bad();
    skip_ws(body, i);
    if (i >= body.size() || body[i] != ':') return bad();
    ++i;
    skip_ws(body, i);
    if (i >= body.size() || body[i] != '[') return bad();
    ++i;
    std::vector<std::string_view> items;
    skip_ws(body, i);
    if (i < body.size() && body[i] == ']') {
        ++i;
    } else {
        for (;;) {
            skip_ws(body, i);
            const std::size_t start = i;
            skip_value(body, i);
            items.push_back(body.substr(start, i - start));
            if (items.size() > kMaxBatchItems) break;
            skip_ws(body, i);
            if (i < body.size() && body[i] == ',') {
                ++i;
                continue;
            }
            if (i < body.size() && body[i] == ']') {
                ++i;
                break;
            }
            return bad();
        }
    }
    if (items.size() > kMaxBatchItems) {
        // Count them all for the message without keeping them.
        std::size_t n = items.size();
        Json all = Json::parse(body, nullptr, false);
        if (all.is_object() && all.contains("items") && all["items"].is_array())
            n = all["items"].size();
        return R::fail(make_diag("DBI-SRV-006", "/items",
                                 {std::to_string(kMaxBatchItems), std::to_string(n)}));
    }
    skip_ws(body, i);
    if (i >= body.size() || body[i] != '}') return bad();  // another member: not allowed
    ++i;
    skip_ws(body, i);
    if (i != body.size()) return bad();
    if (items.empty()) return bad();
    return R::ok(std::move(items));
}

std::string envelope_with_receipt(const std::string& envelope,
                                  const std::string& receipt_statement) {
    Json e = Json::parse(envelope, nullptr, false);
    Json r = Json::parse(receipt_statement, nullptr, false);
    if (!e.is_object() || !e.contains("statements") || !e["statements"].is_array()) return {};
    e["statements"].push_back(std::move(r));
    auto c = canonicalize_json(e.dump());
    return c ? c.value() : std::string();
}

// ---------------------------------------------------------------------------------------------
// The writer

Ingest::Ingest(Storage& storage, crypto::KeyPair receipt_key, const TrustStore& trust,
               const IndexRegistry& indices)
    : storage_(storage), receipt_key_(std::move(receipt_key)), trust_(trust), indices_(indices) {
    writer_ = std::thread([this] { writer_loop(); });
}

Ingest::~Ingest() { stop(); }

void Ingest::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    cv_.notify_all();
    if (writer_.joinable()) writer_.join();
}

std::string Ingest::sign_receipt(const ReceiptStatement& r) const {
    SignedStatement st =
        crypto::sign_statement(receipt_statement_bytes(r), Role::receipt, receipt_key_, r.received_at);
    Json j = {{"payload", base64_encode(st.payload)},
              {"signature",
               {{"role", "receipt"},
                {"key_id", st.signature.key_id},
                {"alg", "Ed25519"},
                {"signed_at", st.signature.signed_at},
                {"sig", base64_encode(st.signature.sig.data(), st.signature.sig.size())}}}};
    auto c = canonicalize_json(j.dump());
    return c ? c.value() : j.dump();
}

void Ingest::writer_loop() {
    for (;;) {
        std::vector<std::unique_ptr<Job>> batch;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stopping, and everything queued is done
            if (queue_.front()->admin) {
                batch.push_back(std::move(queue_.front()));
                queue_.pop_front();
            } else {
                // Take what is waiting, never wait for more: under load, batches grow by
                // themselves while the previous commit runs (group commit without added delay).
                while (!queue_.empty() && !queue_.front()->admin &&
                       batch.size() < kMaxGroupCommitRows) {
                    batch.push_back(std::move(queue_.front()));
                    queue_.pop_front();
                }
                queued_submissions_ -= batch.size();
            }
        }
        if (batch.front()->admin) {
            try {
                batch.front()->admin();
                batch.front()->done.set_value(IngestResult{IngestStatus::accepted, {}, {}});
            } catch (...) {
                batch.front()->done.set_exception(std::current_exception());
            }
            continue;
        }
        std::vector<const PendingSubmission*> subs;
        subs.reserve(batch.size());
        for (const auto& j : batch) subs.push_back(j->submission);
        std::vector<IngestResult> results;
        try {
            results = storage_.ingest(subs, now_utc(),
                                      [this](const ReceiptStatement& r) { return sign_receipt(r); });
        } catch (...) {
            results.clear();
        }
        results.resize(batch.size());  // a failed call: every item is storage_error
        ++batches_;
        for (std::size_t i = 0; i < batch.size(); ++i) batch[i]->done.set_value(std::move(results[i]));
    }
}

std::vector<std::future<IngestResult>> Ingest::enqueue(
    const std::vector<const PendingSubmission*>& subs, bool* accepted) {
    std::vector<std::future<IngestResult>> futures;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_ || queued_submissions_ + subs.size() > kMaxWriterQueue) {
            *accepted = false;
            return futures;
        }
        for (const PendingSubmission* p : subs) {
            auto job = std::make_unique<Job>();
            job->submission = p;
            futures.push_back(job->done.get_future());
            queue_.push_back(std::move(job));
        }
        queued_submissions_ += subs.size();
    }
    *accepted = true;
    cv_.notify_one();
    return futures;
}

bool Ingest::run_on_writer(std::function<void()> job) {
    std::future<IngestResult> f;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_) return false;
        auto j = std::make_unique<Job>();
        j->admin = std::move(job);
        f = j->done.get_future();
        queue_.push_back(std::move(j));
    }
    cv_.notify_one();
    f.get();  // rethrows the job's exception
    return true;
}

SubmitOutcome Ingest::finish(const PendingSubmission& p, IngestResult r) const {
    SubmitOutcome out;
    out.submission_id = p.submission_id;
    switch (r.status) {
        case IngestStatus::accepted:
        case IngestStatus::duplicate:
            out.http_status = r.status == IngestStatus::accepted ? 201 : 200;
            out.receipt_id = r.receipt.receipt_id;
            out.receipt_json = std::move(r.receipt.statement_json);
            out.stored_envelope = std::move(r.receipt.envelope);
            out.revoked = r.receipt.revoked;
            break;
        case IngestStatus::id_conflict:
            out.errors = one_error("DBI-SRV-005", "/statements/0/payload/submission_id",
                                   {p.submission_id});
            break;
        case IngestStatus::key_conflict:
            out.errors = one_error("DBI-SRV-004", "/statements/0/signature/key_id",
                                   {p.subject.tax_code, r.bound_key_id});
            break;
        case IngestStatus::storage_error:
            out.errors = one_error("DBI-SRV-008", "");
            break;
    }
    return out;
}

namespace {

SubmitOutcome refused(std::vector<Diagnostic> errors) {
    SubmitOutcome out;
    out.errors = std::move(errors);
    return out;
}

}  // namespace

SubmitOutcome Ingest::submit(std::string envelope) {
    auto trust = trust_.current();
    auto checked = check_submission(std::move(envelope), trust->list, indices_);
    if (auto* errors = std::get_if<std::vector<Diagnostic>>(&checked)) return refused(*errors);
    const auto& p = std::get<PendingSubmission>(checked);
    bool accepted = false;
    auto futures = enqueue({&p}, &accepted);
    if (!accepted) return refused(one_error("DBI-SRV-009", ""));
    return finish(p, futures.front().get());
}

std::vector<SubmitOutcome> Ingest::submit_batch(const std::vector<std::string_view>& envelopes) {
    auto trust = trust_.current();
    std::vector<std::variant<PendingSubmission, std::vector<Diagnostic>>> checked;
    checked.reserve(envelopes.size());
    std::vector<const PendingSubmission*> valid;
    for (std::string_view e : envelopes) {
        checked.push_back(check_submission(std::string(e), trust->list, indices_));
        if (auto* p = std::get_if<PendingSubmission>(&checked.back())) valid.push_back(p);
    }
    // `checked` no longer grows: the pointers in `valid` stay good.
    bool accepted = true;
    auto futures = valid.empty() ? std::vector<std::future<IngestResult>>{}
                                 : enqueue(valid, &accepted);
    std::vector<SubmitOutcome> out;
    out.reserve(envelopes.size());
    std::size_t next = 0;
    for (auto& c : checked) {
        if (auto* errors = std::get_if<std::vector<Diagnostic>>(&c)) {
            out.push_back(refused(*errors));
        } else if (!accepted) {
            out.push_back(refused(one_error("DBI-SRV-009", "")));
        } else {
            out.push_back(finish(std::get<PendingSubmission>(c), futures[next++].get()));
        }
    }
    return out;
}

}  // namespace dbi::server
