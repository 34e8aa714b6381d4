// DBI Kit embed for a host site (a provincial or commune portal), in one line:
//
//   <script src="https://kit.example.vn/embed.js" data-lang="vi" data-index="sme" async></script>
//
// It inserts an iframe of the kit right after the script tag (or into the element named by
// data-target="#id") and sizes it to the kit's screen. Attributes, all optional:
//   data-lang="vi|en"  data-index="sme|large|group"  data-theme="contrast"  data-text="large"
//   data-endpoint="https://…/api/v1/submissions"  data-title="…" (the iframe's accessible name)
//   data-min-height / data-max-height (CSS px; default 480 / 2400: longer screens scroll inside)
// Events, dispatched on the iframe and bubbling to the document (detail = payload):
//   dbi-kit:ready {lang}   dbi-kit:resize {height}   dbi-kit:step {route}
//   dbi-kit:completed {index, level, pillars: [{id, points, max, level}]}  — no personal data.
// Messages are accepted only from the kit's origin and this very iframe, and only in the
// versioned format {source: "dbi-kit", v: 1, type, payload}. The host's CSP needs
// `script-src <kit origin>` and `frame-src <kit origin>`; the kit must list the host in its
// frame-ancestors (dbi-server --frame-ancestor <host origin>; docs/deploy.md).
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var kit = new URL('./', script.src);
  var d = script.dataset;
  var q = new URLSearchParams({ embed: '1', host: location.origin });
  if (d.lang) q.set('lang', d.lang);
  if (d.index) q.set('set', d.index);
  if (d.theme) q.set('theme', d.theme);
  if (d.text) q.set('text', d.text);
  if (d.endpoint) q.set('endpoint', d.endpoint);
  var minH = Number(d.minHeight) || 480, maxH = Number(d.maxHeight) || 2400;

  var frame = document.createElement('iframe');
  frame.src = new URL('index.html?' + q.toString(), kit).href;
  frame.title = d.title || (d.lang === 'en' ? 'DBI Kit — enterprise digital transformation self-assessment'
                                            : 'DBI Kit — Tự đánh giá chuyển đổi số doanh nghiệp');
  frame.className = 'dbi-kit-frame';
  frame.style.cssText = 'display:block;width:100%;border:0;height:' + Math.max(minH, 720) + 'px';
  var target = d.target ? document.querySelector(d.target) : null;
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || e.origin !== kit.origin) return;
    var m = e.data;
    if (!m || m.source !== 'dbi-kit' || m.v !== 1 || typeof m.type !== 'string') return;
    if (m.type === 'resize' && m.payload && typeof m.payload.height === 'number') {
      frame.style.height = Math.round(Math.min(maxH, Math.max(minH, m.payload.height))) + 'px';
    }
    frame.dispatchEvent(new CustomEvent('dbi-kit:' + m.type, { detail: m.payload, bubbles: true }));
  });
})();
