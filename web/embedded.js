// DBI Kit inside another site's page (the iframe that web/embed.js inserts): the kit's side of
// the embed protocol.
//
// Address parameters (set by embed.js from the host's data-* attributes):
//   embed=1, host=<the host page's origin>, lang=vi|en, set=sme|large|group,
//   theme=contrast, text=large, endpoint=<submissions URL, see docs/deploy.md>
// Messages to the host, posted to `host` only (never "*"):
//   {source: "dbi-kit", v: 1, type, payload}
//   ready     {lang}                         the app runs
//   resize    {height}                       the screen's content height, CSS px
//   step      {route}                        "/pillar/2", …
//   completed {index, level, pillars: [{id, points, max, level}]}
//                                            every criterion answered, on the results screen
// No message carries a name, tax code, answer or anything else personal: the host learns the
// level and the pillar scores, nothing more. Presets apply on the first visit only (no draft
// yet); afterwards the user's own choices stand.
(function () {
  'use strict';
  var M = Module;
  if (window.top === window) return;
  var params = new URLSearchParams(location.search);
  var host = params.get('host') || '';
  try {
    if (new URL(host).origin !== host) host = '';
  } catch (e) {
    host = '';
  }
  function post(type, payload) {
    if (!host) return;
    window.parent.postMessage({ source: 'dbi-kit', v: 1, type: type, payload: payload }, host);
  }

  var lastHeight = 0, lastRoute = '', lastCompleted = '';
  function measure() {
    var api = M['dbi'];
    var h = api && api.ready ? api.call('app_content_height') : 0;
    if (h > 0 && Math.abs(h - lastHeight) > 2) {
      lastHeight = h;
      post('resize', { height: h });
    }
  }
  // After a model change the app draws on the next frames; the height is read after them.
  function measureSoon() {
    requestAnimationFrame(function () { requestAnimationFrame(function () { requestAnimationFrame(measure); }); });
  }

  function onModel(m) {
    if (m.route !== lastRoute) {
      lastRoute = m.route;
      post('step', { route: m.route });
    }
    var r = m.results;
    if (m.route === '/results' && r && r.criteria > 0 && r.answered === r.criteria) {
      var payload = {
        index: r.index_id,
        level: r.level,
        pillars: r.pillars.map(function (p) { return { id: p.id, points: p.points, max: p.max, level: p.level }; })
      };
      var key = JSON.stringify(payload);
      if (key !== lastCompleted) {
        lastCompleted = key;
        post('completed', payload);
      }
    }
    measureSoon();
  }

  M['dbiEmbedded'] = {
    // Called by boot.js once the app runs and the data files are loaded; `firstVisit` when
    // there was no draft.
    start: function (api, firstVisit) {
      if (firstVisit) {
        var set = params.get('set');
        if (set === 'sme' || set === 'large' || set === 'group') api.call('app_profile_set', 'index_set', set);
        var m = api.model();
        if (params.get('theme') === 'contrast' && !m.high_contrast) api.call('app_command', 'contrast');
        if (params.get('text') === 'large' && !m.large_text) api.call('app_command', 'text_size');
      }
      post('ready', { lang: api.model().lang });
      measureSoon();
      window.addEventListener('resize', measureSoon);
    },
    onModel: onModel
  };
})();
