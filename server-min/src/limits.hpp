// limits.hpp — every limit of dbi-server, in one place (docs/server.md, "Limits").
//
// Sizes are bytes, times are milliseconds or seconds as named. A request that exceeds a limit
// is refused with a DBI-SRV code before any expensive work; nothing here is configurable at
// run time except the thread count, so that the limits documented are the limits enforced.
#pragma once

#include <cstddef>
#include <cstdint>

#include "dbi/envelope.hpp"

namespace dbi::server {

// --- Request bodies --------------------------------------------------------------------------
// One envelope (POST /api/v1/submissions): the signed-file limit of docs/signing.md.
inline constexpr std::size_t kMaxSubmissionBodyBytes = kMaxEnvelopeBytes;  // 64 KiB
static_assert(kMaxSubmissionBodyBytes == 64 * 1024, "docs/server.md states 64 KiB");
// A kiosk batch: at most kMaxBatchItems envelopes of at most 64 KiB each, and 8 MiB in total
// (a real envelope with answers is 6–10 KB, so 500 of them fit with room to spare).
inline constexpr std::size_t kMaxBatchItems = 500;
inline constexpr std::size_t kMaxBatchBodyBytes = 8 * 1024 * 1024;
// Administrator uploads (trust list, rebind, revoke): the trust list file limit.
inline constexpr std::size_t kMaxAdminBodyBytes = kMaxTrustListBytes;  // 256 KiB
// What httplib itself will read for any request (the largest of the above): chunked bodies
// that carry no Content-Length are cut here; the per-route limit is checked again after.
inline constexpr std::size_t kMaxAnyBodyBytes = kMaxBatchBodyBytes;

// --- Strings inside an accepted assessment (bytes of UTF-8) ----------------------------------
inline constexpr std::size_t kMaxNameBytes = 400;       // ≈ 130 Vietnamese characters or more
inline constexpr std::size_t kMaxProvinceBytes = 8;     // "79", "01" (province codes)
inline constexpr std::size_t kMaxKioskNameBytes = 64;
inline constexpr std::size_t kMaxReasonBytes = 500;     // admin rebind / revoke reasons
inline constexpr std::size_t kMaxQueryValueBytes = 64;  // any query-string value

// --- Paging ----------------------------------------------------------------------------------
inline constexpr int kDefaultPageSize = 20;
inline constexpr int kMaxPageSize = 100;
inline constexpr int kMaxPage = 100000;

// --- Statistics ------------------------------------------------------------------------------
// A count below this is suppressed (shown as null), so that no small group of enterprises can
// be singled out; see docs/server.md, "Statistics".
inline constexpr std::int64_t kMinStatsCell = 5;

// --- Storage ---------------------------------------------------------------------------------
// Group commit: the writer takes what is queued, at most this many rows per transaction. It
// never waits to fill a batch, so a row waits at most one commit (≈ 1–10 ms) for the next.
inline constexpr std::size_t kMaxGroupCommitRows = 256;
inline constexpr int kSqliteBusyTimeoutMs = 5000;
// PostgreSQL: how long one connection attempt may take, and how long a write transaction waits
// for the write lock that another server process holds (a peer stuck mid-transaction then costs
// a 503 and a retry, not a writer blocked for ever). Read connections per process are capped so
// that several processes fit in the server's max_connections (1 writer + this many each).
inline constexpr int kPgConnectTimeoutSeconds = 10;
inline constexpr int kPgLockTimeoutMs = 30000;
inline constexpr std::size_t kPgMaxReaders = 16;
// The writer refuses new work with 503 when this many submissions already wait (back pressure
// instead of unbounded memory).
inline constexpr std::size_t kMaxWriterQueue = 20000;

// --- HTTP ------------------------------------------------------------------------------------
// The connection front (http_front.hpp) holds every connection that is still sending its
// request in one poll() loop, and gives a worker thread only a request that has arrived whole:
// a slow client costs a descriptor and its bytes, never a thread. Workers therefore only wait
// for commits, so the pool is sized for concurrent requests in the writer's queue.
inline constexpr int kDefaultHttpThreads = 64;
inline constexpr int kMaxHttpThreads = 256;
// A request must arrive whole within this time of its first byte, plus its body at the minimum
// rate below (an 8 MiB batch: 10 s + 512 s); else 408 DBI-SRV-028.
inline constexpr int kRequestTimeoutSeconds = 10;
inline constexpr std::size_t kMinBodyBytesPerSecond = 16 * 1024;
inline constexpr std::size_t kMaxHeaderBytes = 16 * 1024;  // request line + headers; else 431
// Connections waiting for their request, and the bytes they hold: beyond either, the one that
// has waited longest is closed (file descriptors are raised to fit, main.cpp).
inline constexpr std::size_t kMaxWaitingConnections = 10000;
inline constexpr std::size_t kMaxBufferedRequestBytes = 256u * 1024 * 1024;
inline constexpr int kReadTimeoutSeconds = 5;   // a worker reading past the buffered request
inline constexpr int kWriteTimeoutSeconds = 5;
inline constexpr int kKeepAliveTimeoutSeconds = 2;  // also: a new connection's first byte
inline constexpr std::size_t kKeepAliveMaxRequests = 1000;
inline constexpr int kListenBacklog = 512;  // pending connections the kernel queues
inline constexpr int kMaxCorsOrigins = 16;

// --- Keys ------------------------------------------------------------------------------------
inline constexpr std::size_t kMaxKeyFileBytes = 4096;
// How often a server looks in the database for a trust list that another process sharing it
// installed (several instances on one PostgreSQL; a cheap read on SQLite).
inline constexpr int kTrustRefreshSeconds = 5;
// The local demo trust list: its receipt key is valid from a day before it was made (clock
// skew between this machine and a verifier) for this many days.
inline constexpr std::int64_t kLocalTrustValidDays = 5 * 366;

}  // namespace dbi::server
