// DBI Kit accessibility mirror and printable report.
//
// The app (C++/wasm) publishes a screen model after every change (Module.onModel → render).
// From it this file builds, in the DOM:
//  - #mirror: the current screen as real HTML — headings, a fieldset per criterion with radio
//    buttons / number inputs, profile fields, navigation links, buttons. Visually hidden (the
//    canvas shows the same screen) but never aria-hidden. Choices go back to the app through
//    its exported functions, so the canvas and the mirror always show the same answers; focus
//    moves are reported so that the canvas draws its focus ring on the same element.
//  - #report (route #/report): the printable results page, also the accessible results view;
//    charts are SVG with text equivalents. All figures come from the model (the wasm core).
//  - #live: a polite live region with the running total/level and validation messages.
// Re-rendering is a small DOM morph: unchanged structure keeps focus and caret position.
(function () {
  'use strict';
  var M = Module;
  var mirror = document.getElementById('mirror');
  var report = document.getElementById('report');
  var live = document.getElementById('live');
  var canvas = document.getElementById('canvas');
  var api = null;
  var lastAnnounce = '';
  var lastRoute = '';
  var current = null;

  // ---- Tiny DOM builder -------------------------------------------------------------------
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') el.textContent = v;
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x) el.appendChild(x); });
      else el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return el;
  }
  function p(text, attrs) { return text ? h('p', Object.assign({ text: text }, attrs || {})) : null; }

  // ---- Morph: make `live` look like `next`, keeping nodes (and focus) where the shape holds --
  function syncAttrs(a, b) {
    var i;
    for (i = a.attributes.length - 1; i >= 0; i--) {
      var n = a.attributes[i].name;
      if (!b.hasAttribute(n)) a.removeAttribute(n);
    }
    for (i = 0; i < b.attributes.length; i++) {
      var at = b.attributes[i];
      if (a.getAttribute(at.name) !== at.value) a.setAttribute(at.name, at.value);
    }
    if (a.tagName === 'INPUT') {
      if (a.type === 'radio' || a.type === 'checkbox') a.checked = b.hasAttribute('checked');
      else if (document.activeElement !== a) a.value = b.getAttribute('value') || '';
    } else if (a.tagName === 'OPTION') {
      a.selected = b.hasAttribute('selected');
    }
  }
  function morph(a, b) {
    syncAttrs(a, b);
    var ac = Array.prototype.slice.call(a.childNodes);
    var bc = Array.prototype.slice.call(b.childNodes);
    for (var i = 0; i < bc.length; i++) {
      var x = ac[i], y = bc[i];
      if (!x) { a.appendChild(y); continue; }
      if (x.nodeType !== y.nodeType || x.nodeName !== y.nodeName ||
          (x.nodeType === 1 && (x.id || '') !== (y.id || ''))) {
        a.replaceChild(y, x);
      } else if (x.nodeType === 3) {
        if (x.data !== y.data) x.data = y.data;
      } else if (x.nodeType === 1) {
        morph(x, y);
      }
    }
    for (var j = ac.length - 1; j >= bc.length; j--) a.removeChild(ac[j]);
    if (a.tagName === 'SELECT') {
      var sel = b.querySelector('option[selected]');
      if (sel) a.value = sel.value;
    }
  }

  // ---- Mirror pieces ----------------------------------------------------------------------
  function navBlock(m) {
    var items = m.nav.map(function (n) {
      var label = n.label + (n.total > 0 ? ' (' + n.answered + '/' + n.total + ')' : '');
      return h('li', null, h('a', { href: '#' + n.route, id: n.key, 'aria-current': n.current ? 'page' : null,
                                    text: label }));
    });
    return h('nav', { 'aria-label': m.labels.nav }, h('ul', null, items));
  }

  function settingsBlock(m) {
    var other = m.lang === 'vi' ? 'en' : 'vi';
    return h('div', { role: 'group', 'aria-label': m.labels.settings },
      m.settings.map(function (s) {
        var isLang = s.key === 'cmd:lang';
        return h('button', { type: 'button', id: s.key, 'data-cmd': s.key.slice(4),
                             lang: isLang ? other : null,
                             'aria-label': isLang ? m.labels.language_label : null,
                             'aria-pressed': isLang ? null : (s.primary ? 'true' : 'false'),
                             text: s.label });
      }));
  }

  function actionsBlock(m, actions) {
    return h('div', { class: 'actions' }, (actions || m.actions).map(function (a) {
      return h('button', { type: 'button', id: a.key, 'data-cmd': a.key.slice(4),
                           disabled: !a.enabled, text: a.label });
    }));
  }

  // The group index: one section per member unit, then the aggregate.
  function groupBlocks(m) {
    var g = m.group, out = [];
    m.paragraphs.forEach(function (pa) { out.push(p(pa.text)); });
    if (g.empty) out.push(p(g.empty));
    g.members.forEach(function (v, i) {
      out.push(h('section', { class: 'member', 'aria-labelledby': 'member-h-' + i },
        h('h2', { id: 'member-h-' + i, text: v.title }),
        v.lines.map(function (l) { return p(l); }),
        errorsBlock('member-err-' + i, v.errors),
        v.fields.map(function (f) { return fieldBlock(m, f); }),
        actionsBlock(m, v.actions)));
    });
    out.push(h('section', { id: 'group-result', 'aria-labelledby': 'group-result-h' },
      h('h2', { id: 'group-result-h', text: m.labels.group_result }),
      g.result.map(function (l) { return p(l); }),
      g.has_result ? h('table', null,
        h('caption', { text: m.labels.group_result }),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col', text: m.labels.col_pillar }),
          h('th', { scope: 'col', text: m.labels.col_percent }),
          h('th', { scope: 'col', text: m.labels.col_level }))),
        h('tbody', null, g.pillars.map(function (pl) {
          return h('tr', null,
            h('th', { scope: 'row', text: pl.id + '. ' + pl.label }),
            h('td', { text: pl.percent + ' %' }),
            h('td', { text: pl.level + ' – ' + pl.level_name }));
        }))) : null));
    return out;
  }

  function errorsBlock(id, errors) {
    return h('div', { id: id, class: 'errors' }, (errors || []).map(function (e) { return p(e); }));
  }

  function criterionBlock(c) {
    var qid = 'q-' + c.id, sid = 's-' + c.id, eid = 'e-' + c.id;
    var described = [qid, c.help ? 'h-' + c.id : null, sid].filter(Boolean).join(' ');
    var controls = [];
    var name = (c.kind === 'ladder' ? 'c:' : 'g:') + c.id;
    c.options.forEach(function (o) {
      controls.push(h('div', { class: 'opt' },
        h('input', { type: 'radio', name: name, id: o.key, value: o.value, checked: o.selected,
                     'data-criterion': c.id, 'data-kind': c.kind }),
        h('label', { for: o.key, text: o.label })));
    });
    c.numbers.forEach(function (n) {
      controls.push(h('div', { class: 'num' },
        h('label', { for: n.key, text: n.label }),
        h('input', { type: 'number', min: '0', step: '1', inputmode: 'numeric', id: n.key,
                     name: n.key, value: n.value, disabled: !n.enabled, 'data-criterion': c.id,
                     'data-field': n.field, 'aria-invalid': c.errors.length ? 'true' : null,
                     'aria-describedby': eid })));
    });
    return h('fieldset', { id: 'crit-' + c.id, class: c.answered ? 'answered' : 'unanswered',
                           'aria-describedby': described },
      h('legend', { text: c.id + ' ' + c.label }),
      p(c.question, { id: qid }),
      c.period ? p(c.period) : null,
      c.help ? p(c.help, { id: 'h-' + c.id }) : null,
      p(c.status, { id: sid }),
      c.gate_question && c.kind === 'numeric' ? p(c.gate_question) : null,
      controls,
      h('p', { id: 'r-' + c.id, text: c.ratio || '' }),
      errorsBlock(eid, c.errors));
  }

  function fieldBlock(m, f) {
    var eid = 'err-' + f.name, hid = 'hint-' + f.name;
    var describedBy = [f.hint ? hid : null, f.error ? eid : null].filter(Boolean).join(' ') || null;
    var control;
    if (f.kind === 'checkbox') {
      return h('div', { class: 'field' },
        h('input', { type: 'checkbox', id: f.key, name: f.name, checked: f.value === '1',
                     'data-field': f.name }),
        h('label', { for: f.key, text: f.label }));
    }
    if (f.kind === 'select') {
      control = h('select', { id: f.key, name: f.name, 'data-field': f.name, required: true,
                              'aria-invalid': f.error ? 'true' : null, 'aria-describedby': describedBy },
        h('option', { value: '', selected: !f.value, text: m.labels.choose }),
        f.choices.map(function (c) {
          return h('option', { value: c[0], selected: c[0] === f.value, text: c[1] });
        }));
    } else {
      control = h('input', { type: f.kind === 'number' ? 'number' : 'text', id: f.key, name: f.name,
                             value: f.value, 'data-field': f.name, required: f.required,
                             min: f.kind === 'number' ? '0' : null,
                             inputmode: f.kind === 'number' ? 'numeric' : null,
                             autocomplete: f.name === 'name' ? 'organization' : 'off',
                             'aria-invalid': f.error ? 'true' : null, 'aria-describedby': describedBy });
    }
    return h('div', { class: 'field' },
      h('label', { for: f.key, text: f.label }), control,
      h('p', { id: hid, text: f.hint || '' }),
      h('p', { id: eid, class: 'error', text: f.error || '' }));
  }

  function resultsSummary(m, r) {
    return [
      p(r.total_text), p(r.level_text), p(r.level_meaning), r.incomplete ? p(r.incomplete) : null,
      h('table', null,
        h('caption', { text: m.labels.summary }),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col', text: m.labels.col_pillar }),
          h('th', { scope: 'col', text: m.labels.col_points }),
          h('th', { scope: 'col', text: m.labels.col_percent }),
          h('th', { scope: 'col', text: m.labels.col_level }))),
        h('tbody', null, r.pillars.map(function (pl) {
          return h('tr', null,
            h('th', { scope: 'row', text: pl.id + '. ' + pl.label }),
            h('td', { text: pl.points + '/' + pl.max }),
            h('td', { text: pl.percent + ' %' }),
            h('td', { text: pl.level + ' – ' + pl.level_name }));
        })))
    ];
  }

  function listSection(title, items, level) {
    return [h(level || 'h2', { text: title }),
            h('ul', null, items.map(function (t) { return h('li', { text: t }); }))];
  }

  function recoSection(m, r, level) {
    var out = [h(level || 'h2', { text: m.labels.reco })];
    if (!r.recommendations.length) out.push(p(m.labels.reco_none));
    r.recommendations.forEach(function (v) {
      out.push(p(v.heading));
      out.push(h('ul', null, v.groups.map(function (g) {
        return h('li', null, h('strong', { text: g[0] }), g[1] ? ' — ' + g[1] : '');
      })));
    });
    return out;
  }

  function buildMirror(m) {
    var main = h('main', { id: 'mirror-main', lang: m.lang });
    main.appendChild(h('h1', { text: m.heading }));
    if (m.member_banner) main.appendChild(p(m.member_banner, { id: 'member-banner' }));
    main.appendChild(h('div', { id: 'notices' }, m.notices.map(function (n) { return p(n); }),
      m.notices.length ? h('button', { type: 'button', id: 'cmd:dismiss', 'data-cmd': 'dismiss',
                                        text: m.labels.dismiss }) : null));
    var route = m.route;
    if (route === '/welcome') {
      m.paragraphs.forEach(function (pa) {
        if (pa.heading) main.appendChild(h('h2', { text: pa.heading }));
        main.appendChild(p(pa.text));
      });
      if (m.table.length) {
        var head = m.table[0].cells;
        main.appendChild(h('table', null,
          h('thead', null, h('tr', null, head.map(function (c) { return h('th', { scope: 'col', text: c }); }))),
          h('tbody', null, m.table.slice(1).map(function (row) {
            return h('tr', null, h('th', { scope: 'row', text: row.cells[0] }),
                     row.cells.slice(1).map(function (c) { return h('td', { text: c }); }));
          }))));
      }
    } else if (route === '/profile') {
      m.paragraphs.forEach(function (pa) { main.appendChild(p(pa.text)); });
      m.fields.forEach(function (f) { main.appendChild(fieldBlock(m, f)); });
      main.appendChild(h('h2', { text: m.proposal_heading }));
      main.appendChild(p(m.proposal));
      main.appendChild(h('ul', null, m.reasons.map(function (r) { return h('li', { text: r }); })));
      main.appendChild(h('fieldset', null, h('legend', { text: m.labels.use_set }),
        m.sets.map(function (s) {
          return h('div', { class: 'opt' },
            h('input', { type: 'radio', name: 'index_set', id: s.key, value: s.value, checked: s.selected,
                         'data-field': 'index_set' }),
            h('label', { for: s.key, text: s.label }));
        }), p(m.set_note)));
    } else if (route === '/group') {
      groupBlocks(m).forEach(function (x) { main.appendChild(x); });
    } else if (route.indexOf('/pillar/') === 0) {
      main.appendChild(p(m.progress_overall));
      main.appendChild(p(m.pillar.progress));
      main.appendChild(p(m.running_total));
      if (m.pillar.help) main.appendChild(p(m.pillar.help));
      main.appendChild(m.pillar.skip_target
        ? h('a', { href: '#', id: 'skip-unanswered', 'data-skip': m.pillar.skip_target, class: 'skip',
                   text: m.labels.skip_unanswered })
        : p(m.labels.all_answered, { id: 'skip-unanswered' }));
      m.indicators.forEach(function (ind) {
        main.appendChild(h('h2', { text: ind.id + ' ' + ind.label }));
        if (ind.help) main.appendChild(p(ind.help));
        ind.criteria.forEach(function (c) { main.appendChild(criterionBlock(c)); });
      });
    } else if (route === '/results' || route === '/report') {
      m.paragraphs.forEach(function (pa) { main.appendChild(p(pa.text)); });
      var r = m.results;
      if (r) {
        main.appendChild(h('section', { id: 'results-summary', 'aria-labelledby': 'results-summary-h' },
          h('h2', { id: 'results-summary-h', text: m.labels.summary }), resultsSummary(m, r)));
        listSection(m.labels.next, r.next_level).forEach(function (x) { main.appendChild(x); });
        recoSection(m, r).forEach(function (x) { main.appendChild(x); });
        main.appendChild(h('h2', { text: m.labels.compare }));
        main.appendChild(p(r.compare));
        if (route === '/results' && !m.member_banner) {
          main.appendChild(h('h2', { text: m.labels.export }));
          main.appendChild(p(m.labels.submit_note));
          main.appendChild(h('div', { class: 'field' },
            h('input', { type: 'checkbox', id: 'cmd:publish', 'data-cmd': 'publish', checked: r.publish }),
            h('label', { for: 'cmd:publish', text: m.labels.publish })));
          main.appendChild(h('p', { id: 'submit-status', text: r.submit_status || '' }));
          if (r.signed_note) main.appendChild(p(r.signed_note));
        }
      }
    }
    main.appendChild(actionsBlock(m));
    return h('div', { lang: m.lang }, settingsBlock(m), navBlock(m), main);
  }

  // ---- Report (SVG charts + tables; the page the browser prints) -------------------------
  var SVG = 'http://www.w3.org/2000/svg';
  function s(tag, attrs, children) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') el.textContent = attrs[k]; else el.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { el.appendChild(c); });
    return el;
  }
  function radarSvg(m, r) {
    var n = r.pillars.length, size = 320, c = size / 2, rad = 115;
    var pt = function (i, pct) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / n;
      return [c + rad * pct / 100 * Math.cos(a), c + rad * pct / 100 * Math.sin(a)];
    };
    var kids = [s('title', { id: 'radar-t', text: m.labels.radar_title })];
    r.thresholds.concat([100]).forEach(function (t) {
      var pts = [];
      for (var i = 0; i < n; i++) pts.push(pt(i, t).join(','));
      kids.push(s('polygon', { points: pts.join(' '), fill: 'none', stroke: '#8a94a3', 'stroke-width': 1 }));
    });
    var poly = [];
    r.pillars.forEach(function (pl, i) {
      var e = pt(i, 100), l = pt(i, 116);
      kids.push(s('line', { x1: c, y1: c, x2: e[0], y2: e[1], stroke: '#8a94a3' }));
      kids.push(s('text', { x: l[0], y: l[1] + 5, 'text-anchor': 'middle', 'font-size': 14, text: pl.id }));
      poly.push(pt(i, Math.max(0, Math.min(100, pl.percent))).join(','));
    });
    kids.push(s('polygon', { points: poly.join(' '), fill: 'rgba(15,77,148,0.3)', stroke: '#0f4d94',
                             'stroke-width': 2.5 }));
    return s('svg', { viewBox: '0 0 ' + size + ' ' + size, width: size, height: size, role: 'img',
                      'aria-labelledby': 'radar-t', class: 'chart' }, kids);
  }
  function barsSvg(m, r) {
    var w = 520, row = 30, top = 22, left = 34, bw = 400;
    var hgt = top + row * r.pillars.length + 4;
    var kids = [s('title', { id: 'bars-t', text: m.labels.bars_title })];
    r.pillars.forEach(function (pl, i) {
      var y = top + i * row;
      kids.push(s('text', { x: 4, y: y + 20, 'font-size': 14, text: pl.id }));
      kids.push(s('rect', { x: left, y: y + 4, width: bw, height: row - 8, fill: '#eef1f5' }));
      kids.push(s('rect', { x: left, y: y + 4, width: bw * Math.max(0, Math.min(100, pl.percent)) / 100,
                            height: row - 8, fill: '#0f4d94' }));
      kids.push(s('text', { x: left + bw + 6, y: y + 20, 'font-size': 14, text: pl.percent + ' %' }));
    });
    r.thresholds.forEach(function (t, k) {
      var x = left + bw * t / 100;
      kids.push(s('line', { x1: x, y1: top - 4, x2: x, y2: hgt, stroke: '#b3400a', 'stroke-width': 1.5,
                            'stroke-dasharray': '4 3' }));
      kids.push(s('text', { x: x + 3, y: 14, 'font-size': 13, fill: '#8a2f00', text: String(k + 1) }));
    });
    return s('svg', { viewBox: '0 0 ' + w + ' ' + hgt, width: w, height: hgt, role: 'img',
                      'aria-labelledby': 'bars-t', class: 'chart' }, kids);
  }
  function buildReport(m) {
    var r = m.results;
    var main = h('main', { id: 'report-main', lang: m.lang });
    main.appendChild(h('div', { class: 'noprint actions' },
      h('button', { type: 'button', id: 'report-print', text: m.labels.print }),
      h('a', { href: '#/results', text: m.actions.length ? m.actions[0].label : '' })));
    main.appendChild(h('h1', { text: m.heading }));
    if (!r) {
      m.paragraphs.forEach(function (pa) { main.appendChild(p(pa.text)); });
      return main;
    }
    var date = new Date().toISOString().slice(0, 10);
    main.appendChild(h('dl', { class: 'meta' },
      h('dt', { text: m.labels.enterprise }), h('dd', { text: r.enterprise || '—' }),
      h('dt', { text: m.labels.tax_code }), h('dd', { text: r.tax_code || '—' }),
      h('dt', { text: m.labels.index }), h('dd', { text: r.index_title }),
      h('dt', { text: m.labels.date }), h('dd', { text: date })));
    main.appendChild(h('section', { 'aria-labelledby': 'rep-sum' },
      h('h2', { id: 'rep-sum', text: m.labels.summary }), resultsSummary(m, r)));
    main.appendChild(h('section', { class: 'charts', 'aria-labelledby': 'rep-charts' },
      h('h2', { id: 'rep-charts', text: m.labels.radar_title }),
      h('figure', null, radarSvg(m, r)),
      h('h2', { text: m.labels.bars_title }),
      h('figure', null, barsSvg(m, r), h('figcaption', { text: r.thresholds_text }))));
    main.appendChild(h('h2', { text: m.labels.breakdown }));
    r.pillars.forEach(function (pl) {
      main.appendChild(h('table', { class: 'breakdown' },
        h('caption', { text: pl.id + '. ' + pl.label + ' — ' + pl.points + '/' + pl.max }),
        h('thead', null, h('tr', null, h('th', { scope: 'col', text: m.labels.col_indicator }),
                                       h('th', { scope: 'col', text: m.labels.col_points }))),
        h('tbody', null, pl.indicators.map(function (i) {
          return h('tr', null, h('th', { scope: 'row', text: i[0] }), h('td', { text: i[1] }));
        }))));
    });
    listSection(m.labels.next, r.next_level).forEach(function (x) { main.appendChild(x); });
    recoSection(m, r).forEach(function (x) { main.appendChild(x); });
    main.appendChild(h('h2', { text: m.labels.compare }));
    main.appendChild(p(r.compare));
    if (r.signed_note) main.appendChild(p(r.signed_note));
    main.appendChild(p(m.labels.not_official, { class: 'note' }));
    return main;
  }

  // ---- Render ---------------------------------------------------------------------------
  function render(m, pageApi) {
    api = pageApi;
    current = m;
    document.title = m.title;
    document.documentElement.lang = m.lang;
    document.documentElement.classList.toggle('large-text', !!m.large_text);
    document.documentElement.classList.toggle('high-contrast', !!m.high_contrast);
    canvas.setAttribute('aria-label', m.canvas_label);
    var isReport = m.route === '/report';
    document.body.classList.toggle('report-mode', isReport);
    report.hidden = !isReport;
    var next = buildMirror(m);
    var routeChanged = m.route !== lastRoute || !mirror.firstChild;
    if (routeChanged || !mirror.firstChild) {
      mirror.replaceChildren(next);
    } else {
      morph(mirror.firstChild, next);
    }
    if (isReport) {
      report.replaceChildren(buildReport(m));
    } else if (report.firstChild) {
      report.replaceChildren();
    }
    if (routeChanged && lastRoute) {
      // A new screen: move the focus to its heading (screen readers announce it), unless the
      // user is typing in a field that stays.
      var h1 = (isReport ? report : mirror).querySelector('h1');
      if (h1 && (!document.activeElement || document.activeElement === document.body ||
                 !document.body.contains(document.activeElement) ||
                 document.activeElement.closest('#mirror') || document.activeElement.closest('#report'))) {
        h1.tabIndex = -1;
        h1.focus({ preventScroll: true });
      }
    }
    lastRoute = m.route;
    var announce = m.announce || '';
    if (m.notices.length) announce = m.notices.join(' ') + ' ' + announce;
    if (announce !== lastAnnounce) {
      lastAnnounce = announce;
      live.textContent = announce;
    }
  }

  // ---- Events from the mirror and the report back into the app ----------------------------
  function keyOf(el) { return el && el.id && /^(opt|gate|num|field|set|cmd):/.test(el.id) ? el.id : ''; }
  function onChange(e) {
    var t = e.target;
    if (!api || !t) return;
    var crit = t.getAttribute('data-criterion');
    if (crit && t.type === 'radio') {
      if (t.getAttribute('data-kind') === 'ladder') api.call('app_answer_option', crit, Number(t.value));
      else api.call('app_answer_gate', crit, Number(t.value));
    } else if (crit && t.getAttribute('data-field')) {
      api.call('app_answer_number', crit, t.getAttribute('data-field'), String(t.value).normalize('NFC'));
    } else if (t.getAttribute('data-field')) {
      var field = t.getAttribute('data-field');
      var value = t.type === 'checkbox' ? (t.checked ? '1' : '0') : String(t.value).normalize('NFC');
      api.call('app_profile_set', field, value);
    } else if (t.getAttribute('data-cmd') && t.type === 'checkbox') {
      api.call('app_command', t.getAttribute('data-cmd'));
    }
  }
  mirror.addEventListener('change', onChange);
  // Text is sent as it is typed (the canvas shows it at once), but not in the middle of an IME
  // composition: compositionend delivers the composed text.
  mirror.addEventListener('input', function (e) {
    var t = e.target;
    if (e.isComposing || !t || t.tagName !== 'INPUT' || (t.type !== 'text' && t.type !== 'number')) return;
    onChange(e);
  });
  mirror.addEventListener('compositionend', onChange);
  function onClick(e) {
    var t = e.target && e.target.closest ? e.target.closest('[data-cmd],[data-skip],#report-print') : null;
    if (!t || !api) return;
    if (t.id === 'report-print') { window.print(); return; }
    if (t.hasAttribute('data-skip')) {
      e.preventDefault();
      var target = document.getElementById(t.getAttribute('data-skip'));
      if (target) target.focus();
      return;
    }
    if (t.tagName === 'BUTTON') api.call('app_command', t.getAttribute('data-cmd'));
  }
  mirror.addEventListener('click', onClick);
  report.addEventListener('click', onClick);
  // The canvas draws its focus ring on whatever the mirror has focused.
  mirror.addEventListener('focusin', function (e) {
    if (api) api.call('app_focus', keyOf(e.target));
  });
  mirror.addEventListener('focusout', function (e) {
    if (api && !mirror.contains(e.relatedTarget)) api.call('app_focus', '');
  });

  M['dbiMirror'] = { render: render, current: function () { return current; } };
})();
