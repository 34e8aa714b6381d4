// DBI Kit offline support on the page: the service worker (sw.js) and its "new version" prompt,
// and the outbox panel over web/outbox.js (the durable queue of signed results).
//
// boot.js hands every submission to Module.dbiOffline.submit(); it is stored first and sent
// second, so closing the tab or losing the network never loses it: the page sends what is due
// at start-up, when the browser comes back online and on a timer; the service worker sends it
// on a Background Sync event even with no tab open. Embedded in another site's page (an
// iframe), the kit is online-first: no service worker (storage there is partitioned per host).
(function () {
  'use strict';
  var M = Module;
  // The kit's own endpoint, or the one an embedding site named (embed.js data-endpoint); the
  // page's Content-Security-Policy must allow it in connect-src (docs/deploy.md).
  var SUBMIT_URL = new URL('api/v1/submissions', location.href).href;
  var endpoint = new URLSearchParams(location.search).get('endpoint');
  if (endpoint && /^https?:\/\//.test(endpoint)) SUBMIT_URL = new URL(endpoint).href;
  var embedded = window.top !== window;
  // At a kiosk the panel stays hidden: the next visitor must not see the list; the operator
  // view (web/kiosk.js) shows the counts instead.
  var kiosk = new URLSearchParams(location.search).get('mode') === 'kiosk';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  var T = {
    vi: {
      outbox: 'Hộp thư đi', pending: '{1} đang chờ gửi', done: 'không còn gì chờ gửi',
      waiting: 'Đang chờ mạng', tries: ' (đã thử {1} lần)', sending: 'Đang gửi…',
      receipted: 'Đã được ghi nhận — biên nhận {1}', rejected: 'Bị từ chối: {1}',
      send: 'Gửi ngay', save: 'Tải tệp kết quả', remove: 'Xóa khỏi danh sách',
      not_persisted: 'Trình duyệt chưa cho phép lưu bền vững: nếu thiết bị thiếu dung lượng, hộp thư đi có thể bị xóa. Hãy tải tệp kết quả để dự phòng.',
      no_storage: 'Trình duyệt này không cho lưu hộp thư đi (chế độ riêng tư?). Kết quả chưa gửi được cần tải về thành tệp.',
      update: 'Có phiên bản mới của DBI Kit.', reload: 'Tải lại để cập nhật', untitled: 'Kết quả'
    },
    en: {
      outbox: 'Outbox', pending: '{1} waiting to be sent', done: 'nothing waiting',
      waiting: 'Waiting for the network', tries: ' (tried {1} times)', sending: 'Sending…',
      receipted: 'Recorded — receipt {1}', rejected: 'Refused: {1}',
      send: 'Send now', save: 'Download the result file', remove: 'Remove from the list',
      not_persisted: 'The browser did not grant persistent storage: if the device runs short of space the outbox may be deleted. Download the result file as a backup.',
      no_storage: 'This browser does not allow an outbox (private mode?). A result that could not be sent must be downloaded as a file.',
      update: 'A new version of DBI Kit is ready.', reload: 'Reload to update', untitled: 'Result'
    }
  };
  function t(key, arg) { return T[lang][key].replace('{1}', arg === undefined ? '' : String(arg)); }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  // ---- The panel ---------------------------------------------------------------------------
  var panel = el('section', { id: 'outbox', class: 'outbox', 'aria-labelledby': 'outbox-h' });
  panel.hidden = true;
  document.body.appendChild(panel);
  var notes = { persisted: true, storage: true, update: null };
  var updating = false;  // the user accepted a new release: reload when it takes over
  var items = [];
  var open = false;

  function itemText(it) {
    if (it.state === 'receipted') return t('receipted', it.receipt_id || '—');
    if (it.state === 'rejected') {
      var r = it.reason || {};
      return t('rejected', (r[lang] || r.vi || '') + ' (' + (r.code || '?') + ')');
    }
    if (it.state === 'sending') return t('sending');
    return t('waiting') + (it.attempts ? t('tries', it.attempts) : '');
  }
  function date(ms) {
    var d = new Date(ms), p = function (n) { return (n < 10 ? '0' : '') + n; };
    return p(d.getDate()) + '/' + p(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
  }
  function render() {
    var pending = items.filter(function (it) { return it.state === 'waiting' || it.state === 'sending'; }).length;
    var show = !kiosk && (items.length > 0 || !notes.storage || notes.update);
    panel.hidden = !show;
    if (!show) { panel.replaceChildren(); return; }
    var list = el('ul', { id: 'outbox-list' }, items.map(function (it) {
      var actions = [];
      if (it.state === 'waiting') actions.push(el('button', { type: 'button', 'data-send': it.id, text: t('send') }));
      if (it.state !== 'receipted') actions.push(el('button', { type: 'button', 'data-save': it.id, text: t('save') }));
      if (it.state === 'receipted' || it.state === 'rejected')
        actions.push(el('button', { type: 'button', 'data-remove': it.id, text: t('remove') }));
      return el('li', { 'data-id': it.id, 'data-state': it.state }, [
        el('strong', { text: (it.title || t('untitled')) + ' · ' + date(it.created) }),
        el('span', { class: 'state', text: ' — ' + itemText(it) }),
        el('span', { class: 'item-actions' }, actions)]);
    }));
    var details = el('details', open ? { open: '' } : {}, [
      el('summary', { id: 'outbox-h', text: t('outbox') + ' · ' + (pending ? t('pending', pending) : t('done')) }),
      notes.persisted ? null : el('p', { text: t('not_persisted') }),
      notes.storage ? null : el('p', { text: t('no_storage') }),
      list]);
    details.addEventListener('toggle', function () { open = details.open; });
    var children = [details];
    if (notes.update) {
      children.unshift(el('p', { class: 'update' }, [document.createTextNode(t('update') + ' '),
        el('button', { type: 'button', id: 'outbox-reload', text: t('reload') })]));
    }
    panel.setAttribute('lang', lang);
    panel.replaceChildren.apply(panel, children);
  }
  function refresh() {
    if (!window.DbiOutbox) return Promise.resolve();
    return DbiOutbox.list().then(function (list) { items = list; render(); },
                                 function () { notes.storage = false; render(); });
  }
  function download(name, content) {
    var url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
    var a = el('a', { href: url, download: name });
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  panel.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button') : null;
    if (!b) return;
    if (b.id === 'outbox-reload' && notes.update) {
      updating = true;
      notes.update.postMessage('take-over');
      return;
    }
    var id = b.getAttribute('data-send') || b.getAttribute('data-save') || b.getAttribute('data-remove');
    var it = items.filter(function (x) { return x.id === id; })[0];
    if (!it) return;
    if (b.hasAttribute('data-send')) flush(true);
    else if (b.hasAttribute('data-save')) download('dbi-' + it.id + '.json', it.envelope);
    else DbiOutbox.remove(id).then(refresh);
  });

  // ---- Sending -----------------------------------------------------------------------------
  var timer = null;
  function flush(now) {
    if (!window.DbiOutbox) return Promise.resolve(null);
    // "Send now" also clears the wait of the items still backing off.
    if (now) return DbiOutbox.due().then(function () { return flush(false); });
    return DbiOutbox.flush(SUBMIT_URL).then(function (counts) { return refresh().then(function () { schedule(); return counts; }); },
                                            function () { notes.storage = false; render(); return null; });
  }
  function schedule() {
    clearTimeout(timer);
    var due = items.filter(function (it) { return it.state === 'waiting'; })
                   .map(function (it) { return it.next_at; });
    if (!due.length) return;
    var wait = Math.max(1000, Math.min.apply(null, due) - Date.now());
    timer = setTimeout(function () { flush(false); }, Math.min(wait, 15 * 60 * 1000));
  }
  // Back online: whatever waits is due now (the backoff was for a network that was away).
  window.addEventListener('online', function () { flush(true); });
  if (DbiOutbox.channel) DbiOutbox.channel.onmessage = function () { refresh(); };

  // Stores the envelope, then tries to send it. Resolves with what the app is told:
  // {status, body} of the endpoint, {status: -1} when it stays queued, {status: -2} when the
  // outbox is unavailable and the direct attempt failed as well.
  function submit(id, envelope, title) {
    var stored = DbiOutbox.add(id, envelope, title).then(function () { return true; }, function () { return false; });
    return stored.then(function (ok) {
      if (!ok) {
        notes.storage = false;
        render();
        return fetch(SUBMIT_URL, { method: 'POST', credentials: 'same-origin',
                                   headers: { 'Content-Type': 'application/json' }, body: envelope })
          .then(function (r) { return r.text().then(function (b) { return { status: r.status, body: b }; }); },
                function () { return { status: -2, body: '' }; });
      }
      if (navigator.storage && navigator.storage.persist) {
        navigator.storage.persist().then(function (granted) { notes.persisted = granted; render(); },
                                         function () { notes.persisted = false; render(); });
      }
      return DbiOutbox.flush(SUBMIT_URL).then(function () { return DbiOutbox.list(); }).then(function (list) {
        items = list;
        render();
        schedule();
        var it = list.filter(function (x) { return x.id === id; })[0];
        if (!it || it.state === 'waiting' || it.state === 'sending') {
          registerSync();
          return { status: -1, body: '' };
        }
        return { status: it.status, body: it.response };  // receipted or rejected
      });
    });
  }

  // ---- Service worker ----------------------------------------------------------------------
  var registration = null;
  function registerSync() {
    if (registration && registration.sync) registration.sync.register('dbi-outbox').catch(function () {});
  }
  function watchUpdate(reg) {
    var offer = function (w) { if (w && navigator.serviceWorker.controller) { notes.update = w; render(); } };
    offer(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var w = reg.installing;
      if (w) w.addEventListener('statechange', function () { if (w.state === 'installed') offer(w); });
    });
  }
  if ('serviceWorker' in navigator && !embedded && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').then(function (reg) {
      registration = reg;
      watchUpdate(reg);
    }, function () { /* no offline mode (e.g. a host without HTTPS); the kit works online */ });
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      // A newer release took over because the user asked for it: load it whole.
      if (updating) location.reload();
    });
  }

  M['dbiOffline'] = {
    submit: submit,
    flush: flush,
    endpoint: SUBMIT_URL,
    setLang: function (tag) { lang = tag === 'en' ? 'en' : 'vi'; render(); },
    download: download,  // (name, JSON text): saves a file through the browser (kiosk.js too)
    items: function () { return items.slice(); }
  };
  refresh().then(function () { flush(false); });
})();
