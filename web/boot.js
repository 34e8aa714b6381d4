// The only page global: Emscripten reads its settings from `Module`. GLFW draws into
// Module.canvas, so it must exist before index.js loads. Everything else stays in the IIFE
// (a later Closure build would otherwise clash with page globals).
var Module = { canvas: document.getElementById('canvas') };

(function () {
  'use strict';
  var M = Module;
  var canvas = M.canvas;
  var statusLine = document.getElementById('status');
  // Relative URL: the site works from any folder, a file server or an offline copy.
  var INDEX_URL = 'indices/vn.mic.1970-2021.sme.json';

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
  // ?lang=en starts in English (links from English pages); anything else keeps Vietnamese.
  var wanted = /[?&]lang=en(&|$)/.test(location.search) ? 'en' : 'vi';
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
    if (!statusLine.hidden) show(shown, shownDetail);
  };
  if (wanted === 'en') M['onLanguage']('en');
  if (typeof WebAssembly !== 'object') {
    show('nowasm');
    return;
  }
  M['onAppFatal'] = function (reason) { show('fatal', reason); };
  M['onAbort'] = function (what) { show('crashed', String(what || '')); };

  // ---- HiDPI: backing store = CSS size × devicePixelRatio -------------------------------
  // GLFW 3.1.6 treats canvas.width/height as the window size and scales mouse positions to
  // it, so ImGui works in device pixels and the app scales its fonts by the ratio.
  var running = false;
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
    M['ccall']('app_resized', null, [], []);
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
  var AS_MOUSE = {
    touchstart: ['mousemove', 'mousedown'],
    touchmove: ['mousemove'],
    touchend: ['mouseup'],
    touchcancel: ['mouseup']
  };
  Object.keys(AS_MOUSE).forEach(function (type) {
    canvas.addEventListener(type, function (e) {
      e.preventDefault();
      e.stopImmediatePropagation();
      var t = e.changedTouches[0];
      AS_MOUSE[type].forEach(function (m) {
        canvas.dispatchEvent(new MouseEvent(m, {
          clientX: t.clientX, clientY: t.clientY, button: 0,
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
  ta.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;' +
                     'border:0;padding:0;resize:none;pointer-events:none';
  document.body.appendChild(ta);
  var composing = false;
  function send(s) {
    if (s && running) M['ccall']('app_text_input', null, ['string'], [s.normalize('NFC')]);
    ta.value = '';
  }
  ta.addEventListener('compositionstart', function () { composing = true; });
  ta.addEventListener('compositionend', function (e) { composing = false; send(e.data); });
  ta.addEventListener('input', function () { if (!composing) send(ta.value); });
  // Keypresses aimed at the textarea already arrive through 'input': keep GLFW from typing
  // them a second time. Registered on window in the capture phase, before GLFW's listener.
  window.addEventListener('keypress', function (e) {
    if (e.target === ta) e.stopImmediatePropagation();
  }, true);
  M['onWantTextInput'] = function (on) {
    if (on) ta.focus({ preventScroll: true }); else ta.blur();
  };

  // ---- Start-up: the app and the index file load in parallel ------------------------------
  var appReady = new Promise(function (resolve) { M['onAppReady'] = resolve; });
  var indexText = fetch(INDEX_URL, { credentials: 'same-origin' }).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.text();
  });
  indexText.catch(function () {});  // handled below, once the app runs
  appReady.then(function () {
    running = true;
    statusLine.hidden = true;
    resize();
    if (wanted !== 'vi') M['ccall']('app_set_language', null, ['string'], [wanted]);
    return indexText.then(function (json) {
      // ccall copies the string onto the wasm stack (5 MB): fine for index files.
      M['ccall']('app_load_index', null, ['string'], [json]);
    }, function (err) {
      M['ccall']('app_index_unavailable', null, ['string'],
                 [INDEX_URL + ' — ' + (err && err.message ? err.message : String(err))]);
    });
  });
})();
