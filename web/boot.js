// DBI Kit page glue. The only page global is `Module` (Emscripten reads its settings from it;
// GLFW draws into Module.canvas, so it must exist before index.js loads). Everything else stays
// in the IIFE; web/mirror.js registers itself as Module.dbiMirror.
//
// What this file does: status line, HiDPI canvas sizing, touch shim, IME/paste text bridge,
// keyboard routing (keys aimed at the HTML mirror never reach GLFW), hash routes, localStorage
// (draft, history, device key), data loading, and the effects the app asks for (download,
// submit, fetch the large index). No scoring happens here: every figure comes from the wasm core.
var Module = { canvas: document.getElementById('canvas') };

(function () {
  'use strict';
  var M = Module;
  var canvas = M.canvas;
  var statusLine = document.getElementById('status');
  var INDEX_URL = function (set) { return 'indices/vn.mic.1970-2021.' + set + '.json'; };
  // Relative URLs: the site works from any folder, a file server or an offline copy.
  var DATA = [
    ['index:sme', INDEX_URL('sme')],
    ['provinces', 'indices/reference/vn.gov.provinces-2025.json'],
    ['vsic', 'indices/reference/vn.gso.vsic-2018.sections.json'],
    ['size_classes', 'indices/reference/vn.gov.decree80-2021.size-classes.json'],
    ['smedx', 'indices/reference/vn.mic.377-2021.smedx.json'],
    // What imported member results of a group are checked against (the verify page's files).
    ['trust', 'indices/trust/trust.json'],
    ['root_pub', 'indices/trust/root.pub.json']
  ];
  var KEY_DRAFT = 'dbi.draft', KEY_HISTORY = 'dbi.history', KEY_DEVICE = 'dbi.device_key';
  // Kiosk mode (web/kiosk.js): personal data in memory only — no draft, no history — and the
  // kiosk's own key (dbi.kiosk.*) signs.
  var KIOSK = new URLSearchParams(location.search).get('mode') === 'kiosk';
  var KEY_KIOSK = 'dbi.kiosk.key';

  // ---- Status line (visible until the app runs, and for fatal errors) -------------------
  var lang = 'vi';
  var TEXT = {
    vi: {
      loading: 'Đang tải ứng dụng…',
      nowasm: 'Trình duyệt này không hỗ trợ WebAssembly. Hãy dùng phiên bản mới của Chrome, Edge, Firefox hoặc Safari.',
      fatal: 'Không khởi động được ứng dụng: trình duyệt cần hỗ trợ WebGL 2. Hãy cập nhật trình duyệt hoặc bật tăng tốc phần cứng.',
      crashed: 'Ứng dụng gặp lỗi và đã dừng. Hãy tải lại trang.'
    },
    en: {
      loading: 'Loading the app…',
      nowasm: 'This browser does not support WebAssembly. Please use a current Chrome, Edge, Firefox or Safari.',
      fatal: 'The app could not start: the browser needs WebGL 2. Please update it or turn on hardware acceleration.',
      crashed: 'The app hit an error and stopped. Please reload the page.'
    }
  };
  var wanted = /[?&]lang=en(&|$)/.test(location.search) ? 'en' : null;
  var shown = 'loading';
  var shownDetail = '';
  function show(key, detail) {
    shown = key;
    shownDetail = detail || '';
    statusLine.textContent = TEXT[lang][key] + (shownDetail ? ' (' + shownDetail + ')' : '');
    statusLine.className = key === 'loading' ? '' : 'error';
    statusLine.hidden = false;
  }
  M['onLanguage'] = function (tag) {
    lang = TEXT[tag] ? tag : 'vi';
    if (M['dbiOffline']) M['dbiOffline'].setLang(lang);
    if (M['dbiKiosk']) M['dbiKiosk'].setLang(lang);
    if (!statusLine.hidden) show(shown, shownDetail);
  };
  if (wanted === 'en') M['onLanguage']('en');
  if (typeof WebAssembly !== 'object') {
    show('nowasm');
    return;
  }
  M['onAppFatal'] = function (reason) { show('fatal', reason); };
  M['onAbort'] = function (what) { show('crashed', String(what || '')); };

  // ---- Storage (never throws: private modes and full quotas just lose persistence) --------
  function load(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* */ } }

  // ---- Calls into the app -------------------------------------------------------------------
  var running = false;
  var SIG = {
    app_text_input: ['string'], app_load_data: ['string', 'string'],
    app_data_unavailable: ['string', 'string'], app_resized: [], app_set_language: ['string'],
    app_navigate: ['string'], app_command: ['string'], app_answer_option: ['string', 'number'],
    app_answer_gate: ['string', 'number'], app_answer_number: ['string', 'string', 'string'],
    app_profile_set: ['string', 'string'], app_focus: ['string'], app_restore_draft: ['string'],
    app_set_history: ['string'], app_set_device_key: ['string'], app_set_kiosk: ['number'],
    app_submit_result: ['number', 'string'], app_scroll: ['number', 'number']
  };
  var RET = { app_model_json: 'string', app_answers_json: 'string', app_item_rect: 'string',
              app_frame_count: 'number', app_content_height: 'number' };
  // Calls made while the app is publishing (inside a C++ → JS hook) are deferred: the app is
  // not re-entrant.
  var publishing = 0;
  function call(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (!running) return undefined;
    if (publishing > 0) {
      Promise.resolve().then(function () { call.apply(null, [name].concat(args)); });
      return undefined;
    }
    return M['ccall'](name, RET[name] || null, SIG[name] || args.map(function () { return 'string'; }), args);
  }
  // The page API, for mirror.js and for tests (window.dbiApp).
  var api = {
    call: call,
    model: function () { return JSON.parse(call('app_model_json')); },
    answers: function () { return call('app_answers_json'); },
    itemRect: function (key) {
      var s = call('app_item_rect', key);
      if (!s) return null;
      var v = s.split(',').map(Number);
      return { x: v[0], y: v[1], w: v[2], h: v[3] };
    },
    frames: function () { return call('app_frame_count'); },
    downloads: [],
    submits: [],
    kiosk: KIOSK
  };
  M['dbi'] = api;
  window.dbiApp = api;

  // ---- HiDPI: backing store = CSS size × devicePixelRatio -------------------------------
  // GLFW 3.1.6 treats canvas.width/height as the window size and scales mouse positions to
  // it, so ImGui works in device pixels and the app scales its fonts by the ratio.
  function backingSize() {
    var dpr = window.devicePixelRatio || 1;
    var r = canvas.getBoundingClientRect();
    return [Math.max(1, Math.round(r.width * dpr)), Math.max(1, Math.round(r.height * dpr))];
  }
  function resize() {
    var s = backingSize();
    if (!running) {
      canvas.width = s[0];
      canvas.height = s[1];
      return;
    }
    if (s[0] !== canvas.width || s[1] !== canvas.height) {
      M['setCanvasSize'](s[0], s[1]);  // updates GLFW's window size and fires its callbacks
    }
    call('app_resized');
  }
  resize();
  window.addEventListener('resize', resize);
  // Zoom or a move to another screen changes the ratio, not always the CSS size.
  (function watchRatio() {
    if (!window.matchMedia) return;
    var mq = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    var onChange = function () {
      if (mq.removeEventListener) mq.removeEventListener('change', onChange);
      resize();
      watchRatio();
    };
    if (mq.addEventListener) mq.addEventListener('change', onChange);
  })();

  // ---- Touch shim -------------------------------------------------------------------------
  // GLFW 3.1.6 never moves the cursor on touch (its touch path needs SDL), so taps land at the
  // last mouse position. Replay each touch as mouse events at the touch point; registered
  // before GLFW's own listeners (index.js loads later), so ours run first and stop them.
  // A one-finger vertical drag scrolls the page (ImGui has no touch scrolling): as wheel events.
  var AS_MOUSE = {
    touchstart: ['mousemove', 'mousedown'],
    touchmove: ['mousemove'],
    touchend: ['mouseup'],
    touchcancel: ['mouseup']
  };
  var touchY = null;
  var dragged = false;
  Object.keys(AS_MOUSE).forEach(function (type) {
    canvas.addEventListener(type, function (e) {
      e.preventDefault();
      e.stopImmediatePropagation();
      var t = e.changedTouches[0];
      if (type === 'touchstart') { touchY = t.clientY; dragged = false; }
      if (type === 'touchmove' && touchY !== null) {
        var dy = touchY - t.clientY;
        if (Math.abs(dy) > 8 || dragged) {
          dragged = true;
          touchY = t.clientY;
          canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, clientX: t.clientX,
                                                         clientY: t.clientY, bubbles: true, cancelable: true }));
          return;
        }
      }
      AS_MOUSE[type].forEach(function (m) {
        // A drag that scrolled is not a tap: release the button away from where it started.
        var y = (m === 'mouseup' && dragged) ? -1000 : t.clientY;
        canvas.dispatchEvent(new MouseEvent(m, {
          clientX: t.clientX, clientY: y, button: 0,
          buttons: m === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true
        }));
      });
    }, { capture: true, passive: false });
  });

  // ---- Text bridge (IME, paste, mobile keyboards) -----------------------------------------
  // GLFW only sees keypress charCodes: no IME composition (Telex/VNI), no paste, no virtual
  // keyboard. A hidden textarea takes the focus whenever ImGui wants text; what is typed or
  // composed there goes to the app as NFC UTF-8. Keydown still reaches GLFW (Backspace, arrows).
  var ta = document.createElement('textarea');
  ta.setAttribute('aria-hidden', 'true');
  ta.setAttribute('autocomplete', 'off');
  ta.setAttribute('autocapitalize', 'off');
  ta.setAttribute('spellcheck', 'false');
  ta.tabIndex = -1;
  ta.className = 'bridge';
  document.body.appendChild(ta);
  var composing = false;
  function send(s) {
    if (s) call('app_text_input', s.normalize('NFC'));
    ta.value = '';
  }
  ta.addEventListener('compositionstart', function () { composing = true; });
  ta.addEventListener('compositionend', function (e) { composing = false; send(e.data); });
  ta.addEventListener('input', function () { if (!composing) send(ta.value); });
  var wantText = false;
  M['onWantTextInput'] = function (on) {
    wantText = !!on;
    if (on) ta.focus({ preventScroll: true }); else if (document.activeElement === ta) ta.blur();
  };
  // A click from one canvas text field into another keeps ImGui wanting text (no change to
  // report) while the mousedown moved the page focus to the canvas: hand it back.
  canvas.addEventListener('mouseup', function () {
    setTimeout(function () { if (wantText) ta.focus({ preventScroll: true }); }, 0);
  });

  // ---- Mouse wheel ------------------------------------------------------------------------
  // Emscripten 3.1.6's GLFW passes the raw DOM deltaY (pixels, down = positive) to the scroll
  // callback, while GLFW means wheel steps, up = positive: the page would scroll the wrong way
  // by ~100 steps a notch. Registered before GLFW's listener: steps go to the app directly.
  canvas.addEventListener('wheel', function (e) {
    e.preventDefault();
    e.stopImmediatePropagation();
    var k = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 3 : 1 / 100;
    call('app_scroll', -e.deltaX * k, -e.deltaY * k);
  }, { capture: true, passive: false });

  // ---- Keyboard routing -------------------------------------------------------------------
  // GLFW listens on window (capture) and calls preventDefault on Tab and Backspace, which would
  // break Tab navigation and editing in the HTML mirror. Registered before GLFW's listeners:
  // keys aimed at any page control other than the bridge, and Tab always, never reach GLFW.
  function forPage(e) {
    var t = e.target;
    if (t === ta) return false;
    if (e.keyCode === 9) return true;
    return !!(t && t.closest && (t.closest('#mirror') || t.closest('#report')));
  }
  ['keydown', 'keyup', 'keypress'].forEach(function (type) {
    window.addEventListener(type, function (e) {
      // Keypresses aimed at the textarea already arrive through 'input': not twice.
      if ((type === 'keypress' && e.target === ta) || forPage(e)) e.stopImmediatePropagation();
    }, true);
  });

  // ---- Routes -----------------------------------------------------------------------------
  // The hash is the address of the screen (#/welcome, #/profile, #/pillar/N, #/results,
  // #/report). The app owns the route; the page mirrors it into the hash and back.
  var route = null;
  var routed = false;           // until the first app_navigate, the address bar is the user's
  var initialHash = location.hash;
  M['onRoute'] = function (r) {
    route = r;
    if (!routed) return;
    var want = '#' + r;
    if (location.hash === want) return;
    if (!location.hash || location.hash === '#' || location.hash === '#/') {
      history.replaceState(null, '', want);  // the first screen is not a history step
    } else {
      location.hash = want;
    }
  };
  window.addEventListener('hashchange', function () {
    if (location.hash === '#' + route) return;
    call('app_navigate', location.hash);
  });

  // ---- Model, draft and effects from the app ----------------------------------------------
  M['onModel'] = function (json) {
    publishing++;
    try {
      var m = JSON.parse(json);
      api.last = m;
      if (M['dbiMirror']) M['dbiMirror'].render(m, api);
      if (M['dbiEmbedded']) M['dbiEmbedded'].onModel(m);
      if (KIOSK && M['dbiKiosk']) M['dbiKiosk'].onModel(m);
    } finally {
      publishing--;
    }
  };
  M['onDraft'] = function (json) { if (!KIOSK) save(KEY_DRAFT, json); };
  function download(name, content) {
    var blob = new Blob([content], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  M['onEffect'] = function (kind, a, b) {
    if (kind === 'download') {
      api.downloads.push({ name: a, content: b });
      download(a, b);
    } else if (kind === 'submit') {
      api.submits.push(a);
      // Only here does anything leave the browser, and only because the user pressed Submit:
      // into the outbox first (web/offline.js), then to the endpoint now or when online.
      // At a kiosk the outbox list shows no enterprise name (the next visitor could see it).
      var title = !KIOSK && api.last && api.last.results ? api.last.results.enterprise : '';
      M['dbiOffline'].submit(b, a, title).then(function (r) { call('app_submit_result', r.status, r.body); });
    } else if (kind === 'save_history') {
      if (!KIOSK) save(KEY_HISTORY, a);
    } else if (kind === 'save_kiosk_key') {
      save(KEY_KIOSK, a);
    } else if (kind === 'kiosk_wipe') {
      if (M['dbiKiosk']) M['dbiKiosk'].wipe('next');
    } else if (kind === 'print_slip') {
      if (M['dbiKiosk']) M['dbiKiosk'].printSlip(a, api.last);
    } else if (kind === 'save_device_key') {
      save(KEY_DEVICE, a);
    } else if (kind === 'load_index') {
      fetchData('index:' + a, INDEX_URL(a));
    } else if (kind === 'pick_file') {
      pickFiles(a);
    }
  };

  // A file chooser for the app (group members' signed result files). Read locally: the files
  // never leave the browser.
  var picker = document.createElement('input');
  picker.type = 'file';
  picker.id = 'file-picker';
  picker.accept = '.json,application/json';
  picker.multiple = true;
  picker.hidden = true;
  picker.tabIndex = -1;
  picker.setAttribute('aria-hidden', 'true');
  document.body.appendChild(picker);
  var pickFor = '';
  function pickFiles(kind) {
    pickFor = kind;
    picker.value = '';
    picker.click();
  }
  picker.addEventListener('change', function () {
    var kind = pickFor, files = Array.prototype.slice.call(picker.files || []);
    files.reduce(function (done, file) {
      return done.then(function () { return file.text(); })
        .then(function (text) { call('app_load_data', kind, text); },
              function (err) { call('app_data_unavailable', kind, file.name + ' — ' + err.message); });
    }, Promise.resolve());
  });

  function fetchData(kind, url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    }).then(function (text) {
      // ccall copies the string onto the wasm stack (5 MB): fine for every data file.
      call('app_load_data', kind, text);
    }, function (err) {
      call('app_data_unavailable', kind, url + ' — ' + (err && err.message ? err.message : String(err)));
    });
  }

  // ---- Start-up: the app and the data files load in parallel ------------------------------
  var appReady = new Promise(function (resolve) { M['onAppReady'] = resolve; });
  var texts = DATA.map(function (d) {
    return fetch(d[1], { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    });
  });
  texts.forEach(function (p) { p.catch(function () {}); });  // handled below, once the app runs
  appReady.then(function () {
    running = true;
    statusLine.hidden = true;
    resize();
    return Promise.all(texts.map(function (p, i) {
      return p.then(function (text) { call('app_load_data', DATA[i][0], text); },
                    function (err) { call('app_data_unavailable', DATA[i][0], DATA[i][1] + ' — ' + err.message); });
    }));
  }).then(function () {
    if (KIOSK) {
      call('app_set_kiosk', 1);
      if (M['dbiOffline']) call('app_load_data', 'endpoint', M['dbiOffline'].endpoint);
      var kioskKey = load(KEY_KIOSK);
      if (kioskKey) call('app_load_data', 'kiosk_key', kioskKey);
      if (!api.model().large_text) call('app_command', 'text_size');  // large text, big targets
    }
    var key = KIOSK ? null : load(KEY_DEVICE);
    if (key) call('app_set_device_key', key);
    var hist = KIOSK ? null : load(KEY_HISTORY);
    if (hist) call('app_set_history', hist);
    var draft = KIOSK ? null : load(KEY_DRAFT);
    if (draft !== null) {
      // A draft that is not even JSON is kept aside before the next save overwrites it.
      try { JSON.parse(draft); } catch (e) { save(KEY_DRAFT + '.corrupt', draft); }
      call('app_restore_draft', draft);
    }
    if (wanted) call('app_set_language', wanted);
    routed = true;
    call('app_navigate', location.hash || initialHash || '#/welcome');
    api.ready = true;
    if (M['dbiEmbedded']) M['dbiEmbedded'].start(api, draft === null);
    if (KIOSK && M['dbiKiosk']) M['dbiKiosk'].start(api);
  });
})();
