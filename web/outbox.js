// DBI Kit outbox: the durable queue of signed results waiting to reach the endpoint.
//
// One IndexedDB store ("dbi-kit" / "outbox"), used by the page (boot.js) and by the service
// worker (sw.js, on a Background Sync event) through this same file, so both follow one rule:
//   waiting ──send──▶ sending ──201/200──▶ receipted (receipt id kept)
//                        ├──4xx (refused)──▶ rejected (code and message kept)
//                        └──network, 408/425/429, 5xx──▶ waiting, retried with backoff
// Items are keyed by the submission id inside the signed envelope, and the endpoint stores a
// submission id at most once (same id + same bytes → the original receipt). A retry, or the
// page and the worker sending the same item at once, can therefore never create a duplicate.
// Nothing here reads or logs the envelope's content beyond what the outbox list shows.
(function (global) {
  'use strict';
  var DB_NAME = 'dbi-kit', STORE = 'outbox', DB_VERSION = 1;
  var LEASE_MS = 60000;                 // a "sending" item older than this is retried
  var BACKOFF_MS = [5000, 15000, 60000, 300000, 900000];  // then 15 min for every further try
  var channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('dbi-outbox') : null;

  function request(r) {
    return new Promise(function (ok, fail) {
      r.onsuccess = function () { ok(r.result); };
      r.onerror = function () { fail(r.error); };
    });
  }

  var dbPromise = null;
  function open() {
    if (!dbPromise) {
      dbPromise = new Promise(function (ok, fail) {
        if (!global.indexedDB) { fail(new Error('IndexedDB unavailable')); return; }
        var r = global.indexedDB.open(DB_NAME, DB_VERSION);
        r.onupgradeneeded = function () { r.result.createObjectStore(STORE, { keyPath: 'id' }); };
        r.onsuccess = function () { ok(r.result); };
        r.onerror = function () { fail(r.error || new Error('IndexedDB open failed')); };
        r.onblocked = function () { fail(new Error('IndexedDB blocked')); };
      });
      dbPromise.catch(function () { dbPromise = null; });
    }
    return dbPromise;
  }

  // Runs fn(store) in one transaction; resolves with fn's value once the transaction commits.
  function withStore(mode, fn) {
    return open().then(function (db) {
      return new Promise(function (ok, fail) {
        var t = db.transaction(STORE, mode);
        var value;
        t.oncomplete = function () { ok(value); };
        t.onerror = function () { fail(t.error); };
        t.onabort = function () { fail(t.error || new Error('transaction aborted')); };
        Promise.resolve(fn(t.objectStore(STORE))).then(function (v) { value = v; }, fail);
      });
    });
  }

  function changed() { if (channel) channel.postMessage({ type: 'changed' }); }

  // Adds a signed envelope; resolves with the stored item. `title` and `date` are what the
  // list shows (the enterprise name and the assessment date), kept on this device only.
  function add(id, envelope, title) {
    var item = { id: id, envelope: envelope, title: title || '', state: 'waiting', attempts: 0,
                 next_at: 0, created: Date.now(), receipt_id: '', reason: null, response: '' };
    return withStore('readwrite', function (s) {
      return request(s.get(id)).then(function (old) {
        if (old) return old;  // the same submission queued twice stays one item
        s.put(item);
        return item;
      });
    }).then(function (v) { changed(); return v; });
  }

  function list() {
    return withStore('readonly', function (s) { return request(s.getAll()); }).then(function (items) {
      return items.sort(function (a, b) { return a.created - b.created; });
    });
  }

  function remove(id) {
    return withStore('readwrite', function (s) { s.delete(id); }).then(changed);
  }

  // Claims the items that are due (waiting and past their retry time, or stuck "sending"
  // past the lease) in one transaction, so two senders do not both take the same item.
  function claimDue(now) {
    return withStore('readwrite', function (s) {
      return request(s.getAll()).then(function (items) {
        var due = items.filter(function (it) {
          return (it.state === 'waiting' && it.next_at <= now) ||
                 (it.state === 'sending' && it.lease_until <= now);
        });
        due.forEach(function (it) {
          it.state = 'sending';
          it.lease_until = now + LEASE_MS;
          s.put(it);
        });
        return due;
      });
    });
  }

  function settle(item, outcome) {
    return withStore('readwrite', function (s) {
      return request(s.get(item.id)).then(function (cur) {
        if (!cur || cur.state !== 'sending') return;  // removed, or settled by the other sender
        Object.assign(cur, outcome);
        s.put(cur);
      });
    });
  }

  // Makes every waiting item due now ("send now"), keeping its place and its count of tries.
  function due() {
    return withStore('readwrite', function (s) {
      return request(s.getAll()).then(function (items) {
        items.forEach(function (it) {
          if (it.state === 'waiting') { it.next_at = 0; s.put(it); }
        });
      });
    });
  }

  function retryable(status) { return status === 0 || status === 408 || status === 425 || status === 429 || status >= 500; }

  // Sends every due item to `url` (the endpoint's api/v1/submissions). Resolves with
  // {sent, receipted, rejected, waiting} counts of this round.
  function flush(url) {
    var now = Date.now();
    var counts = { sent: 0, receipted: 0, rejected: 0, waiting: 0 };
    return claimDue(now).then(function (due) {
      return due.reduce(function (done, item) {
        return done.then(function () {
          counts.sent++;
          return fetch(url, { method: 'POST', credentials: 'same-origin', cache: 'no-store',
                              headers: { 'Content-Type': 'application/json' }, body: item.envelope })
            .then(function (r) { return r.text().then(function (t) { return { status: r.status, body: t }; }); },
                  function () { return { status: 0, body: '' }; })
            .then(function (res) {
              var doc = null;
              try { doc = JSON.parse(res.body); } catch (e) { /* not JSON */ }
              if (res.status === 200 || res.status === 201) {
                counts.receipted++;
                return settle(item, { state: 'receipted', receipt_id: (doc && doc.receipt_id) || '',
                                      status: res.status, response: res.body, settled_at: Date.now() });
              }
              if (!retryable(res.status)) {
                counts.rejected++;
                var reason = doc && doc.code ? { code: doc.code, vi: doc.message_vi || '', en: doc.message_en || '' }
                                             : { code: 'HTTP ' + res.status, vi: '', en: '' };
                return settle(item, { state: 'rejected', reason: reason, status: res.status,
                                      response: res.body, settled_at: Date.now() });
              }
              counts.waiting++;
              var wait = BACKOFF_MS[Math.min(item.attempts, BACKOFF_MS.length - 1)];
              return settle(item, { state: 'waiting', attempts: item.attempts + 1, next_at: Date.now() + wait,
                                    last_status: res.status });
            });
        });
      }, Promise.resolve());
    }).then(function () {
      if (counts.sent) changed();
      return counts;
    });
  }

  global.DbiOutbox = { add: add, list: list, remove: remove, flush: flush, due: due, open: open,
                       channel: channel };
})(typeof self !== 'undefined' ? self : this);
