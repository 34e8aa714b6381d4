// DBI Kit at a trade-fair kiosk (`?mode=kiosk`, docs/deploy.md "Kiosk mode"): the page side.
//
// - Personal data lives in the app's memory only (boot.js saves no draft and no history in this
//   mode). After "Next enterprise", or after N seconds without input (a "Still there?" prompt
//   for the last part of them), wipe() removes every storage key of the page except the
//   kiosk's own (dbi.kiosk.*), empties sessionStorage and loads the kiosk's start address again:
//   a fresh wasm instance cannot show anything of the last session. The outbox (IndexedDB,
//   web/outbox.js) is not touched: signed results still waiting are delivered later.
// - The idle timer is one setTimeout re-armed from the time of the last input, never a polling
//   or render loop; it runs only while the session holds personal data.
// - The operator view (a PIN, stored only as a salted SHA-256) shows the outbox counts, loads
//   the kiosk key file (the app checks it: only a kiosk key is accepted), sets the idle time and
//   exports the queue to a file.
// Nothing here logs or posts anything; the only file written is the queue export.
(function () {
  'use strict';
  var M = Module;
  var params = new URLSearchParams(location.search);
  if (params.get('mode') !== 'kiosk') return;

  var KEY_PIN = 'dbi.kiosk.pin', KEY_IDLE = 'dbi.kiosk.idle', KEY_WIPE = 'dbi.kiosk.wipe';
  var KEEP_PREFIX = 'dbi.kiosk.';
  var DEFAULT_IDLE = 45, PROMPT_S = 15;
  var lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  var T = {
    vi: {
      operator: 'Vận hành', title: 'Vận hành ki-ốt', close: 'Đóng',
      pin: 'Mã PIN', unlock: 'Mở khóa', wrong_pin: 'Mã PIN không đúng.',
      no_pin: 'Ki-ốt chưa có mã PIN. Đặt mã PIN (4–12 chữ số) để bảo vệ màn hình vận hành.',
      new_pin: 'Mã PIN mới', new_pin2: 'Nhập lại mã PIN mới', set_pin: 'Lưu mã PIN',
      pin_format: 'Mã PIN gồm 4–12 chữ số, nhập hai lần giống nhau.', pin_saved: 'Đã lưu mã PIN.',
      counts: 'Hộp thư đi của ki-ốt', waiting: 'Đang chờ gửi', sending: 'Đang gửi',
      receipted: 'Đã được ghi nhận', rejected: 'Bị từ chối',
      key: 'Khóa ki-ốt', no_key: 'Chưa có khóa ki-ốt: kết quả chưa thể được ký.',
      key_line: '{1} (mã khóa {2})', import: 'Nạp tệp khóa ki-ốt…', key_loaded: 'Đã nạp khóa ki-ốt {1}.',
      idle: 'Thời gian chờ trước khi xóa phiên (giây, 10–3600)', idle_save: 'Lưu thời gian chờ',
      idle_saved: 'Đã lưu: {1} giây.', idle_bad: 'Hãy nhập một số giây từ 10 đến 3600.',
      export: 'Xuất hàng đợi ra tệp', exported: 'Đã xuất {1} kết quả vào tệp {2}.',
      send: 'Gửi ngay', still: 'Bạn vẫn đang dùng ki-ốt?',
      still_body: 'Nếu không có thao tác nào, mọi dữ liệu của phiên này sẽ được xóa sau {1} giây.',
      cont: 'Tiếp tục', qr: 'Mã QR của kết quả có chữ ký'
    },
    en: {
      operator: 'Operator', title: 'Kiosk operator', close: 'Close',
      pin: 'PIN', unlock: 'Unlock', wrong_pin: 'Wrong PIN.',
      no_pin: 'This kiosk has no PIN yet. Set a PIN (4–12 digits) to protect the operator view.',
      new_pin: 'New PIN', new_pin2: 'New PIN again', set_pin: 'Save the PIN',
      pin_format: 'A PIN has 4–12 digits, typed the same twice.', pin_saved: 'PIN saved.',
      counts: 'Kiosk outbox', waiting: 'Waiting', sending: 'Sending',
      receipted: 'Recorded', rejected: 'Refused',
      key: 'Kiosk key', no_key: 'No kiosk key yet: results cannot be signed.',
      key_line: '{1} (key id {2})', import: 'Load the kiosk key file…', key_loaded: 'Kiosk key {1} loaded.',
      idle: 'Idle time before the session is wiped (seconds, 10–3600)', idle_save: 'Save the idle time',
      idle_saved: 'Saved: {1} seconds.', idle_bad: 'Enter a number of seconds from 10 to 3600.',
      export: 'Export the queue to a file', exported: 'Exported {1} results to the file {2}.',
      send: 'Send now', still: 'Still there?',
      still_body: 'Without any input, everything of this session is wiped in {1} seconds.',
      cont: 'Continue', qr: 'QR code of the signed result'
    }
  };
  function t(key, a, b) {
    return T[lang][key].replace('{1}', a === undefined ? '' : String(a)).replace('{2}', b === undefined ? '' : String(b));
  }
  function load(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* */ } }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  var api = null;
  var model = null;

  // ---- Idle time: ?idle=SECONDS (tests), else the operator's setting, else 45 s --------------
  function idleSeconds() {
    var q = Number(params.get('idle'));
    if (q > 0 && q <= 3600) return q;
    var s = Number(load(KEY_IDLE));
    return s >= 10 && s <= 3600 ? s : DEFAULT_IDLE;
  }

  // ---- Wipe -------------------------------------------------------------------------------
  var wiping = false;
  function wipe(reason) {
    if (wiping) return;
    wiping = true;
    clearTimeout(timer);
    try {
      var ls = window.localStorage, drop = [];
      for (var i = 0; i < ls.length; i++) {
        var k = ls.key(i);
        if (k && k.indexOf(KEEP_PREFIX) !== 0) drop.push(k);
      }
      drop.forEach(function (k) { ls.removeItem(k); });
    } catch (e) { /* no storage: nothing stored either */ }
    try {
      window.sessionStorage.clear();
      // Not personal: why and when, so the next instance can report how long the wipe took.
      window.sessionStorage.setItem(KEY_WIPE, JSON.stringify({ reason: reason, at: Date.now() }));
    } catch (e) { /* */ }
    // The start address without the route: a full load (the service worker serves it offline).
    location.replace(location.pathname + location.search);
  }
  var lastWipe = null;
  try {
    lastWipe = JSON.parse(window.sessionStorage.getItem(KEY_WIPE) || 'null');
    window.sessionStorage.removeItem(KEY_WIPE);
  } catch (e) { lastWipe = null; }

  // ---- Idle timer -------------------------------------------------------------------------
  var timer = null, last = Date.now(), armed = false;
  var prompt = el('div', { id: 'kiosk-idle', class: 'kiosk-idle', role: 'alertdialog', 'aria-modal': 'true',
                           'aria-labelledby': 'kiosk-idle-h', 'aria-describedby': 'kiosk-idle-p' });
  prompt.hidden = true;
  function renderPrompt() {
    var seconds = Math.round(Math.min(PROMPT_S, idleSeconds() / 3));
    prompt.setAttribute('lang', lang);
    prompt.replaceChildren(el('div', { class: 'kiosk-idle-box' }, [
      el('h2', { id: 'kiosk-idle-h', text: t('still') }),
      el('p', { id: 'kiosk-idle-p', text: t('still_body', seconds) }),
      el('button', { type: 'button', id: 'kiosk-continue', text: t('cont') })]));
  }
  function showPrompt() {
    if (!prompt.hidden) return;
    renderPrompt();
    prompt.hidden = false;
    var b = document.getElementById('kiosk-continue');
    if (b) b.focus({ preventScroll: true });
  }
  function hidePrompt() { prompt.hidden = true; }
  function schedule() {
    clearTimeout(timer);
    if (!armed || wiping) return;
    var idleMs = idleSeconds() * 1000;
    var promptMs = Math.min(PROMPT_S * 1000, idleMs / 3);
    var now = Date.now(), wipeAt = last + idleMs, promptAt = wipeAt - promptMs;
    if (now >= wipeAt) { wipe('idle'); return; }
    if (now >= promptAt) {
      showPrompt();
      timer = setTimeout(schedule, wipeAt - now);
    } else {
      hidePrompt();
      timer = setTimeout(schedule, promptAt - now);
    }
  }
  // Input only moves the deadline; the pending timeout finds it moved and sleeps again. While
  // the prompt shows, it stays until "Continue" (or a tap on it): a tap must not fall through
  // to the app underneath.
  function activity() { last = Date.now(); }
  ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'input'].forEach(function (type) {
    window.addEventListener(type, activity, { capture: true, passive: true });
  });
  prompt.addEventListener('click', function () { activity(); schedule(); });
  prompt.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { activity(); schedule(); }
  });

  // Full screen on the first touch or click (a user gesture is required); best effort.
  window.addEventListener('pointerdown', function () {
    var d = document.documentElement;
    if (!document.fullscreenElement && d.requestFullscreen) d.requestFullscreen().catch(function () {});
  }, { capture: true, passive: true });

  // ---- Operator view ------------------------------------------------------------------------
  var openBtn = el('button', { type: 'button', id: 'kiosk-operator-open', class: 'kiosk-op-open' });
  var panel = el('section', { id: 'kiosk-operator', class: 'kiosk-panel', role: 'dialog',
                              'aria-labelledby': 'kiosk-op-h' });
  panel.hidden = true;
  var keyInput = el('input', { type: 'file', id: 'kiosk-key-file', accept: '.json,application/json',
                               tabindex: '-1', 'aria-hidden': 'true' });
  keyInput.hidden = true;
  var unlocked = false, message = '', counts = { waiting: 0, sending: 0, receipted: 0, rejected: 0 };

  function hex(buf) {
    return Array.prototype.map.call(new Uint8Array(buf), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }
  function pinHash(salt, pin) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(salt + ':' + pin)).then(hex);
  }
  function storedPin() {
    try {
      var p = JSON.parse(load(KEY_PIN) || 'null');
      return p && typeof p.salt === 'string' && typeof p.sha256 === 'string' ? p : null;
    } catch (e) { return null; }
  }
  function setPin(pin) {
    var salt = hex(crypto.getRandomValues(new Uint8Array(16)));
    return pinHash(salt, pin).then(function (h) { save(KEY_PIN, JSON.stringify({ salt: salt, sha256: h })); });
  }
  function field(id, label, attrs) {
    return el('p', { class: 'kiosk-field' }, [el('label', { for: id, text: label }), el('input', Object.assign({ id: id }, attrs))]);
  }
  function pinFields() {
    return [field('kiosk-new-pin', t('new_pin'), { type: 'password', inputmode: 'numeric', autocomplete: 'off' }),
            field('kiosk-new-pin2', t('new_pin2'), { type: 'password', inputmode: 'numeric', autocomplete: 'off' }),
            el('button', { type: 'button', id: 'kiosk-set-pin', text: t('set_pin') })];
  }
  function render() {
    // The panel is rebuilt whole; the focused control keeps the focus (by id).
    var focused = document.activeElement && panel.contains(document.activeElement) ? document.activeElement.id : '';
    openBtn.textContent = t('operator');
    openBtn.setAttribute('lang', lang);
    panel.setAttribute('lang', lang);
    var body = [el('h2', { id: 'kiosk-op-h', text: t('title') })];
    var pin = storedPin();
    if (!pin) {
      body.push(el('p', { text: t('no_pin') }));
      body = body.concat(pinFields());
    } else if (!unlocked) {
      body.push(field('kiosk-pin', t('pin'), { type: 'password', inputmode: 'numeric', autocomplete: 'off' }));
      body.push(el('button', { type: 'button', id: 'kiosk-unlock', text: t('unlock') }));
    } else {
      var k = model && model.kiosk ? model.kiosk : {};
      body.push(el('h3', { text: t('counts') }));
      body.push(el('dl', { id: 'kiosk-counts' }, ['waiting', 'sending', 'receipted', 'rejected'].reduce(function (acc, s) {
        return acc.concat([el('dt', { text: t(s) }), el('dd', { id: 'kiosk-count-' + s, 'data-count': String(counts[s]), text: String(counts[s]) })]);
      }, [])));
      body.push(el('p', {}, [el('button', { type: 'button', id: 'kiosk-send', text: t('send') }),
                             el('button', { type: 'button', id: 'kiosk-export', text: t('export') })]));
      body.push(el('h3', { text: t('key') }));
      body.push(el('p', { id: 'kiosk-key', text: k.key_id ? t('key_line', k.label, k.key_id) : t('no_key') }));
      if (k.error) body.push(el('p', { id: 'kiosk-key-error', class: 'kiosk-error', text: k.error }));
      body.push(el('button', { type: 'button', id: 'kiosk-import', text: t('import') }));
      body.push(field('kiosk-idle-s', t('idle'), { type: 'number', min: '10', max: '3600', value: String(Number(load(KEY_IDLE)) || DEFAULT_IDLE) }));
      body.push(el('button', { type: 'button', id: 'kiosk-idle-save', text: t('idle_save') }));
      body.push(el('h3', { text: t('set_pin') }));
      body = body.concat(pinFields());
    }
    body.push(el('p', { id: 'kiosk-op-msg', role: 'status', text: message }));
    body.push(el('button', { type: 'button', id: 'kiosk-close', text: t('close') }));
    body.push(keyInput);
    panel.replaceChildren.apply(panel, body);
    var again = focused && document.getElementById(focused);
    if (again) again.focus();
  }
  function refreshCounts() {
    if (!window.DbiOutbox) return Promise.resolve();
    return DbiOutbox.list().then(function (items) {
      counts = { waiting: 0, sending: 0, receipted: 0, rejected: 0 };
      items.forEach(function (it) { if (counts[it.state] !== undefined) counts[it.state]++; });
      if (!panel.hidden) render();
    }, function () { /* no outbox: counts stay 0 */ });
  }
  function openPanel() {
    message = '';
    unlocked = false;
    panel.hidden = false;
    render();
    refreshCounts().then(function () {
      var first = panel.querySelector('input:not([type=file]), button');
      if (first) first.focus();
    });
  }
  function closePanel() {
    panel.hidden = true;
    unlocked = false;
    message = '';
    panel.replaceChildren();
    openBtn.focus();
  }
  function say(text) {
    message = text;
    render();
  }
  function slug(label) {
    return String(label || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
      .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
  function exportQueue() {
    return DbiOutbox.list().then(function (items) {
      var queued = items.filter(function (it) { return it.state === 'waiting' || it.state === 'sending'; });
      // The envelopes exactly as stored (the signed bytes), joined into a JSON array.
      var text = '[' + queued.map(function (it) { return it.envelope; }).join(',\n') + ']\n';
      var d = new Date(), p2 = function (n) { return (n < 10 ? '0' : '') + n; };
      var k = model && model.kiosk ? model.kiosk : {};
      var name = 'dbi-kiosk-queue-' + (slug(k.label) || k.key_id || 'kiosk') + '-' +
                 p2(d.getDate()) + '-' + p2(d.getMonth() + 1) + '-' + d.getFullYear() + '.json';
      M['dbiOffline'].download(name, text);
      say(t('exported', queued.length, name));
    });
  }
  panel.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button') : null;
    if (!b) return;
    var v = function (id) { var i = document.getElementById(id); return i ? String(i.value).trim() : ''; };
    if (b.id === 'kiosk-close') closePanel();
    else if (b.id === 'kiosk-set-pin') {
      var p1 = v('kiosk-new-pin'), p2 = v('kiosk-new-pin2');
      if (!/^[0-9]{4,12}$/.test(p1) || p1 !== p2) { say(t('pin_format')); return; }
      setPin(p1).then(function () { unlocked = true; say(t('pin_saved')); });
    } else if (b.id === 'kiosk-unlock') {
      var pin = storedPin();
      pinHash(pin.salt, v('kiosk-pin')).then(function (h) {
        unlocked = h === pin.sha256;
        say(unlocked ? '' : t('wrong_pin'));
        if (!unlocked) document.getElementById('kiosk-pin').focus();
      });
    } else if (!unlocked) {
      return;
    } else if (b.id === 'kiosk-import') {
      keyInput.value = '';
      keyInput.click();
    } else if (b.id === 'kiosk-idle-save') {
      var s = Number(v('kiosk-idle-s'));
      if (!(s >= 10 && s <= 3600) || Math.round(s) !== s) { say(t('idle_bad')); return; }
      save(KEY_IDLE, String(s));
      say(t('idle_saved', s));
      schedule();
    } else if (b.id === 'kiosk-export') {
      exportQueue();
    } else if (b.id === 'kiosk-send') {
      if (M['dbiOffline']) M['dbiOffline'].flush(true).then(refreshCounts);
    }
  });
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') closePanel();
    if (e.key === 'Enter' && e.target && e.target.id === 'kiosk-pin') document.getElementById('kiosk-unlock').click();
  });
  keyInput.addEventListener('change', function () {
    var file = keyInput.files && keyInput.files[0];
    if (!file || !api) return;
    file.text().then(function (text) {
      // The app checks the file (only a kiosk key is accepted) and hands it to boot.js to keep.
      api.call('app_load_data', 'kiosk_key', text);
      model = api.model();
      say(model.kiosk.error ? model.kiosk.error : t('key_loaded', model.kiosk.label));
    });
  });
  openBtn.addEventListener('click', openPanel);
  // Keyboard: Ctrl+Alt+O opens the operator view.
  window.addEventListener('keydown', function (e) {
    if (e.ctrlKey && e.altKey && (e.key === 'o' || e.key === 'O')) { e.preventDefault(); openPanel(); }
  }, true);
  if (window.DbiOutbox && DbiOutbox.channel) {
    DbiOutbox.channel.addEventListener('message', function () { refreshCounts(); });
  }

  M['dbiKiosk'] = {
    // Called by boot.js once the app runs (kiosk mode set, kiosk key loaded).
    start: function (pageApi) {
      api = pageApi;
      model = api.model();
      document.documentElement.classList.add('kiosk');
      document.body.appendChild(prompt);
      document.body.appendChild(openBtn);
      document.body.appendChild(panel);
      render();
      if (lastWipe && lastWipe.at) {
        api.lastWipe = { reason: lastWipe.reason, ms: Date.now() - lastWipe.at };
      }
    },
    onModel: function (m) {
      model = m;
      last = Date.now();  // a change of the session is activity too
      if (m.kiosk && m.kiosk.personal && !armed) { armed = true; schedule(); }
      if (!panel.hidden && unlocked) render();
    },
    wipe: wipe,
    // A small slip for the enterprise: the QR code (SVG made by the app), the result level and
    // the kiosk's name; printed with the browser's dialog, then removed.
    printSlip: function (svg, m) {
      var r = (m && m.results) || {};
      var slip = el('div', { id: 'kiosk-slip', class: 'kiosk-slip', lang: lang }, [
        el('h2', { text: r.total_text || '' }),
        el('p', { text: r.level_text || '' }),
        el('div', { class: 'kiosk-slip-qr' }),
        el('p', { text: r.qr_note || '' }),
        el('p', { text: (m && m.kiosk && m.kiosk.label) || '' })]);
      // The app's own SVG (one path, no script), parsed as SVG, not as HTML.
      var doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      if (doc.documentElement && doc.documentElement.nodeName === 'svg') {
        var img = document.importNode(doc.documentElement, true);
        img.setAttribute('role', 'img');
        img.setAttribute('aria-label', T[lang].qr);
        slip.querySelector('.kiosk-slip-qr').appendChild(img);
      }
      var old = document.getElementById('kiosk-slip');
      if (old) old.remove();
      document.body.appendChild(slip);
      document.documentElement.classList.add('kiosk-printing');
      var done = function () {
        document.documentElement.classList.remove('kiosk-printing');
        slip.remove();
        window.removeEventListener('afterprint', done);
      };
      window.addEventListener('afterprint', done);
      api.slips = (api.slips || []).concat([slip.outerHTML]);
      window.print();
    },
    counts: function () { return refreshCounts().then(function () { return Object.assign({}, counts); }); },
    setLang: function (tag) {
      lang = tag === 'en' ? 'en' : 'vi';
      if (!panel.hidden) render(); else openBtn.textContent = t('operator');
      if (!prompt.hidden) renderPrompt();
    }
  };
})();
