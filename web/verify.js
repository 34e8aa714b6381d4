// verify.js — the static verification page. Everything runs here: the certificate is checked by
// dbi-verify.wasm (the kit's own core verify_envelope + libsodium) against the trust list and
// the pinned root key fetched from this same site (indices/trust/). No request leaves the site;
// the certificate is never sent anywhere.
'use strict';

(function () {
  const MAX_FILE_BYTES = 1 << 20;  // larger files are refused before reading (the limit is 64 KiB)

  const T = {
    vi: {
      skip: 'Bỏ qua, đến nội dung chính', title: 'Kiểm tra chứng nhận DBI',
      lang_hint: 'Chuyển ngôn ngữ hiển thị',
      lead: 'Trang này kiểm tra chứng nhận kết quả tự đánh giá chuyển đổi số (Quyết định 1970/QĐ-BTTTT) ngay trong trình duyệt của bạn. Tệp không được gửi đi đâu: mọi bước kiểm tra chạy trên máy này, kể cả khi không có mạng.',
      input_h: '1. Đưa chứng nhận vào', file_label: 'Chọn tệp chứng nhận (.json)',
      drop_hint: '…hoặc kéo thả tệp vào ô này.',
      paste_label: 'Hoặc dán nội dung chứng nhận (văn bản JSON):',
      check: 'Kiểm tra', clear: 'Xóa', trust_summary: 'Danh sách tin cậy và khóa gốc',
      trust_label: 'Dùng danh sách tin cậy khác (tệp dbi-trust-envelope/1):',
      root_label: 'Dùng khóa gốc khác (tệp dbi-public-key/1) — chỉ khi bạn biết rõ nguồn gốc của khóa:',
      trust_reset: 'Quay về danh sách mặc định', result_h: '2. Kết quả kiểm tra',
      waiting: 'Đang tải bộ kiểm tra…', ready: 'Sẵn sàng. Hãy chọn, kéo thả hoặc dán một chứng nhận.',
      checking: 'Đang kiểm tra…', empty: 'Chưa có nội dung để kiểm tra.',
      load_failed: 'Không tải được bộ kiểm tra hoặc tệp tin cậy của trang: ',
      too_big: 'Tệp quá lớn để là một chứng nhận (giới hạn 64 KiB).',
      note: 'Chữ ký trên chứng nhận là chữ ký điện tử của DBI Kit, không phải chữ ký số theo Luật Giao dịch điện tử 2023. Chữ ký của thiết bị chỉ cho biết kết quả không bị sửa kể từ khi được tạo; biên nhận của máy chủ thu nhận và chữ ký xác nhận của chuyên gia đánh giá mới cho biết kết quả đã được kiểm tra.',
      genuine: '✓ Chứng nhận HỢP LỆ', genuine_sub: 'Mọi chữ ký đều khớp và mọi bước kiểm tra đều đạt.',
      not_genuine: '✗ Chứng nhận KHÔNG HỢP LỆ', reason: 'Lý do: ',
      stage_trust: 'Danh sách tin cậy không dùng được. ', stage_root: 'Khóa gốc không dùng được. ',
      demo: 'Lưu ý: trang đang dùng khóa gốc DEMO/kiểm thử của bộ công cụ. Khóa bí mật của nó được công bố công khai, nên kết quả “hợp lệ” ở đây không chứng minh ai đã cấp chứng nhận.',
      trust_default: 'Đang dùng danh sách tin cậy mặc định của trang',
      trust_custom: 'Đang dùng danh sách tin cậy bạn đã tải lên',
      root_custom: ' và khóa gốc bạn đã tải lên',
      root_key: 'khóa gốc',
      enterprise: 'Doanh nghiệp', tax_code: 'Mã số thuế', province: 'Mã tỉnh/thành',
      vsic: 'Ngành (VSIC cấp 1)', size: 'Quy mô', publish: 'Công khai xếp hạng',
      yes: 'có', no: 'không', index: 'Bộ chỉ số', revision: 'phiên bản dữ liệu',
      decision: 'Quyết định', total: 'Tổng điểm', level: 'Mức', level_n: 'mức ',
      status: 'Tình trạng', validated: 'Đã được chuyên gia đánh giá thẩm định',
      receipted: 'Tự đánh giá, đã được máy chủ thu nhận chấm lại và cấp biên nhận',
      self_only: 'Tự đánh giá (chỉ có chữ ký của thiết bị)',
      issued: 'Thời điểm đánh giá', submission: 'Mã nộp',
      answers: 'Câu trả lời đính kèm',
      answers_rescored: 'có — khớp mã băm đã ký và chấm lại cho cùng kết quả',
      answers_none: 'không đính kèm (bản chứng nhận để chia sẻ)',
      index_missing: ' (trang không có đúng tệp bộ chỉ số này nên không hiển thị tên mức và trụ cột)',
      signers: 'Ai đã ký', role: 'Vai trò', key: 'Mã khóa', who: 'Người giữ khóa',
      signed_at: 'Thời điểm ký (UTC)', what: 'Nội dung ký',
      self_asserted: '(khóa của thiết bị, tự khai)',
      what_assessment: 'bản đánh giá', what_receipt: 'biên nhận ', what_counter: 'xác nhận: đã thẩm định',
      role_device: 'Thiết bị', role_kiosk: 'Ki-ốt', role_receipt: 'Máy chủ thu nhận',
      role_assessor: 'Chuyên gia đánh giá',
      chart: 'Điểm theo trụ cột', chart_desc: 'Biểu đồ thanh: điểm đạt được trên điểm tối đa của từng trụ cột.',
      table: 'Điểm theo trụ cột (bảng)', pillar: 'Trụ cột', points: 'Điểm', max: 'Tối đa',
      pillar_n: 'Trụ cột ',
      sizes: { micro: 'siêu nhỏ', small: 'nhỏ', medium: 'vừa', large: 'lớn' },
    },
    en: {
      skip: 'Skip to main content', title: 'Verify a DBI certificate',
      lang_hint: 'Change the display language',
      lead: 'This page checks a certificate of a digital-transformation self-assessment (Decision 1970/QĐ-BTTTT) inside your browser. The file is not sent anywhere: every check runs on this computer, even offline.',
      input_h: '1. Provide the certificate', file_label: 'Choose a certificate file (.json)',
      drop_hint: '…or drop the file on this box.',
      paste_label: 'Or paste the certificate text (JSON):',
      check: 'Verify', clear: 'Clear', trust_summary: 'Trust list and root key',
      trust_label: 'Use another trust list (a dbi-trust-envelope/1 file):',
      root_label: 'Use another root key (a dbi-public-key/1 file) — only if you know where it comes from:',
      trust_reset: 'Back to the default list', result_h: '2. Result',
      waiting: 'Loading the verifier…', ready: 'Ready. Choose, drop or paste a certificate.',
      checking: 'Verifying…', empty: 'Nothing to verify yet.',
      load_failed: 'The verifier or the trust files of this site could not be loaded: ',
      too_big: 'The file is too large to be a certificate (limit: 64 KiB).',
      note: 'The signatures on a certificate are electronic signatures of DBI Kit, not licensed digital signatures under the 2023 Law on Electronic Transactions. A device signature only shows that the result was not changed since it was made; a receipt from a collection server and an assessor’s countersignature show that it was checked.',
      genuine: '✓ The certificate is GENUINE', genuine_sub: 'Every signature matches and every check holds.',
      not_genuine: '✗ The certificate is NOT GENUINE', reason: 'Reason: ',
      stage_trust: 'The trust list cannot be used. ', stage_root: 'The root key cannot be used. ',
      demo: 'Note: this page uses the kit’s DEMO/test root key. Its secret is public, so “genuine” here does not prove who issued the certificate.',
      trust_default: 'Using this site’s default trust list',
      trust_custom: 'Using the trust list you loaded',
      root_custom: ' and the root key you loaded',
      root_key: 'root key',
      enterprise: 'Enterprise', tax_code: 'Tax code', province: 'Province code',
      vsic: 'Sector (VSIC section)', size: 'Size class', publish: 'Public ranking',
      yes: 'yes', no: 'no', index: 'Index', revision: 'data revision',
      decision: 'Decision', total: 'Total', level: 'Level', level_n: 'level ',
      status: 'Status', validated: 'Validated by an assessor',
      receipted: 'Self-assessment, re-scored and receipted by a collection server',
      self_only: 'Self-assessment (device signature only)',
      issued: 'Assessed at', submission: 'Submission id',
      answers: 'Attached answers',
      answers_rescored: 'yes — they match the signed hash and re-score to the same result',
      answers_none: 'not attached (a shareable certificate)',
      index_missing: ' (this site lacks this exact index file, so level and pillar names are not shown)',
      signers: 'Who signed', role: 'Role', key: 'Key id', who: 'Key holder',
      signed_at: 'Signed at (UTC)', what: 'What was signed',
      self_asserted: '(the device’s own key)',
      what_assessment: 'the assessment', what_receipt: 'receipt ', what_counter: 'countersignature: validated',
      role_device: 'Device', role_kiosk: 'Kiosk', role_receipt: 'Collection server',
      role_assessor: 'Assessor',
      chart: 'Points by pillar', chart_desc: 'Bar chart: points earned out of the maximum, for each pillar.',
      table: 'Points by pillar (table)', pillar: 'Pillar', points: 'Points', max: 'Maximum',
      pillar_n: 'Pillar ',
      sizes: { micro: 'micro', small: 'small', medium: 'medium', large: 'large' },
    },
  };

  let lang = 'vi';
  let engine = null;
  const defaults = { trust: '', root: '' };
  const state = { trust: '', root: '', customTrust: false, customRoot: false, report: null };
  const indexCache = new Map();

  const $ = (id) => document.getElementById(id);
  const t = (key) => T[lang][key];

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  function svg(tag, attrs, text) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  const pick = (text) => (text && typeof text === 'object' ? text[lang] || text.vi || '' : '');

  // The live region announces every outcome; once a verdict box shows the same words, the
  // region stays for screen readers only.
  function setStatus(text, visible = true) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('sr-only', !visible);
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    const toggle = $('lang');
    toggle.textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
    toggle.lang = lang === 'vi' ? 'en' : 'vi';
    document.title = t('title') + ' — DBI Kit';
    renderTrustStatus();
    if (state.report) render(state.report);
    else if (engine) setStatus(t('ready'));
  }

  // Calls dbi_verify with the strings copied into wasm memory (not on its small stack).
  function callVerify(envelope, trust, root, index) {
    const m = engine;
    const ptrs = [envelope, trust, root, index].map((s) => {
      const n = m.lengthBytesUTF8(s) + 1;
      const p = m._malloc(n);
      m.stringToUTF8(s, p, n);
      return p;
    });
    try {
      return JSON.parse(m.UTF8ToString(m._dbi_verify(...ptrs)));
    } finally {
      ptrs.forEach((p) => m._free(p));
    }
  }

  // The index the assessment names, only to fetch its file from this site; nothing read here is
  // trusted — the engine verifies everything, including that this file is the one scored against.
  function namedIndex(text) {
    try {
      const env = JSON.parse(text);
      const b64 = env.statements[0].payload;
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const id = JSON.parse(new TextDecoder().decode(bytes)).index.id;
      return /^[a-z0-9][a-z0-9.-]{0,99}$/.test(id) && !id.includes('..') ? id : '';
    } catch (e) {
      return '';
    }
  }

  async function indexText(id) {
    if (!id) return '';
    if (!indexCache.has(id)) {
      indexCache.set(id, fetch(`indices/${id}.json`, { cache: 'no-cache' })
        .then((r) => (r.ok ? r.text() : ''))
        .catch(() => ''));
    }
    return indexCache.get(id);
  }

  async function verifyText(text) {
    if (!engine) return;
    if (!text.trim()) { state.report = null; $('result').hidden = true; setStatus(t('empty')); return; }
    setStatus(t('checking'));
    const index = await indexText(namedIndex(text));
    const started = performance.now();
    const report = callVerify(text, state.trust, state.root, index);
    report.elapsed_ms = performance.now() - started;
    state.report = report;
    render(report);
  }

  function roleName(role) { return t('role_' + role) || role; }

  function render(r) {
    const out = $('result');
    out.replaceChildren();
    out.hidden = false;
    if (!r.valid) {
      const d = r.diagnostics[0] || { code: '', vi: '', en: '', stage: 'envelope' };
      const prefix = d.stage === 'trust' ? t('stage_trust') : d.stage === 'root' ? t('stage_root') : '';
      out.append(el('div', { class: 'verdict bad', id: 'verdict', 'data-valid': 'false' },
        el('h3', {}, t('not_genuine')),
        el('p', {}, t('reason') + prefix + d[lang]),
        el('p', {}, el('code', {}, d.code + (d.pointer ? ' ' + d.pointer : '')))));
      setStatus(t('not_genuine') + '. ' + t('reason') + d[lang], false);
      return;
    }
    out.append(el('div', { class: 'verdict ok', id: 'verdict', 'data-valid': 'true' },
      el('h3', {}, t('genuine')), el('p', {}, t('genuine_sub'))));
    setStatus(t('genuine') + '. ' + t('genuine_sub'), false);
    if (isDemoRoot()) out.append(el('p', { class: 'demo', id: 'demo' }, t('demo')));

    const res = r.result;
    const levelText = (level, name) => t('level_n') + level + (name ? ' — ' + pick(name) : '');
    const status = r.countersigned ? t('validated')
      : r.signers.some((s) => s.role === 'receipt') ? t('receipted') : t('self_only');
    const index = r.index;
    // The title names the decision already; without the index file, the signed framework
    // version stands in for it.
    const indexLine = index.available
      ? `${pick(index.title)} · ${index.id} · ${t('revision')} ${index.revision}`
      : `${index.id} · ${t('revision')} ${index.revision} · ${t('decision')} ${index.framework_version}` +
        t('index_missing');
    const facts = [
      [t('enterprise'), r.subject.name], [t('tax_code'), r.subject.tax_code],
      [t('province'), r.subject.province], [t('vsic'), r.subject.vsic_section],
      [t('size'), (t('sizes')[r.subject.size_class] || r.subject.size_class)], [t('index'), indexLine],
      [t('total'), el('span', { class: 'score', id: 'score' }, `${res.points}/${res.max}`)],
      [t('level'), el('span', { id: 'level' }, levelText(res.level, res.level_name))],
      [t('status'), status], [t('issued'), r.issued_at],
      [t('submission'), el('span', { class: 'mono' }, r.submission_id)],
      [t('answers'), r.rescored ? t('answers_rescored') : t('answers_none')],
      [t('publish'), r.subject.publish ? t('yes') : t('no')],
    ];
    const dl = el('dl', { class: 'facts' });
    for (const [k, v] of facts) dl.append(el('dt', {}, k), el('dd', {}, v));
    out.append(dl);

    out.append(el('h3', {}, t('signers')));
    const table = el('table', { id: 'signers' });
    table.append(el('thead', {}, el('tr', {}, ...[t('role'), t('key'), t('who'), t('signed_at'), t('what')]
      .map((h) => el('th', { scope: 'col' }, h)))));
    const body = el('tbody');
    for (const s of r.signers) {
      const what = s.role === 'device' || s.role === 'kiosk' ? t('what_assessment')
        : s.role === 'receipt' ? t('what_receipt') + (s.receipt_id || '') : t('what_counter');
      body.append(el('tr', { 'data-role': s.role },
        el('td', {}, roleName(s.role)), el('td', { class: 'mono' }, s.key_id),
        el('td', {}, s.label || t('self_asserted')), el('td', { class: 'mono' }, s.signed_at),
        el('td', {}, what)));
    }
    table.append(body);
    out.append(table);

    renderChart(out, res);
  }

  function renderChart(out, res) {
    const pillars = res.pillars;
    const labelOf = (p) => t('pillar_n') + p.id + (p.label ? ' — ' + pick(p.label) : '');
    const rowH = 34, left = 8, barX = 250, barW = 330, width = 680;
    const height = pillars.length * rowH + 8;
    const s = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
                           'aria-labelledby': 'chart-title chart-desc', class: 'chart', id: 'chart' });
    s.append(svg('title', { id: 'chart-title' }, t('chart')), svg('desc', { id: 'chart-desc' }, t('chart_desc')));
    pillars.forEach((p, i) => {
      const y = 4 + i * rowH;
      const label = labelOf(p);
      s.append(svg('text', { x: left, y: y + 21 }, label.length > 34 ? label.slice(0, 33) + '…' : label));
      s.append(svg('rect', { class: 'track', x: barX, y: y + 6, width: barW, height: 20, rx: 3 }));
      const w = p.max > 0 ? Math.round((barW * p.points) / p.max) : 0;
      s.append(svg('rect', { class: 'bar', x: barX, y: y + 6, width: w, height: 20, rx: 3 }));
      s.append(svg('text', { x: barX + barW + 10, y: y + 21 },
        `${p.points}/${p.max} · ${t('level_n')}${p.level}`));
    });
    out.append(el('figure', { class: 'chart' }, el('figcaption', { 'aria-hidden': 'true' }, t('chart')), s));

    const table = el('table', { id: 'pillars' });
    table.append(el('caption', {}, t('table')));
    table.append(el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('pillar')), el('th', { scope: 'col', class: 'num' }, t('points')),
      el('th', { scope: 'col', class: 'num' }, t('max')), el('th', { scope: 'col' }, t('level')))));
    const body = el('tbody');
    for (const p of pillars)
      body.append(el('tr', {}, el('th', { scope: 'row' }, labelOf(p)),
        el('td', { class: 'num' }, String(p.points)), el('td', { class: 'num' }, String(p.max)),
        el('td', {}, String(p.level) + (p.level_name ? ' — ' + pick(p.level_name) : ''))));
    table.append(body);
    out.append(table);
  }

  function rootLabel() {
    try { return JSON.parse(state.root).label || ''; } catch (e) { return ''; }
  }
  function isDemoRoot() { return /DEMO|KIỂM THỬ|test only/i.test(rootLabel()); }

  function renderTrustStatus() {
    let key = '';
    try { key = JSON.parse(state.root).key_id || ''; } catch (e) { /* shown without the id */ }
    $('trust-status').textContent = (state.customTrust ? t('trust_custom') : t('trust_default')) +
      (state.customRoot ? t('root_custom') : '') + (key ? ` · ${t('root_key')} ${key}` : '') + '.';
  }

  async function readFile(file) {
    if (file.size > MAX_FILE_BYTES) throw new Error(t('too_big'));
    return file.text();
  }

  async function onCertificateFile(file) {
    try {
      const text = await readFile(file);
      $('paste').value = text;
      await verifyText(text);
    } catch (e) {
      state.report = null;
      $('result').hidden = true;
      setStatus(e.message);
    }
  }

  function wire() {
    $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; applyLanguage(); });
    $('file').addEventListener('change', (ev) => { if (ev.target.files[0]) onCertificateFile(ev.target.files[0]); });
    $('check').addEventListener('click', () => verifyText($('paste').value));
    $('clear').addEventListener('click', () => {
      $('paste').value = ''; $('file').value = ''; state.report = null;
      $('result').hidden = true; setStatus(t('ready'));
    });
    const drop = $('drop');
    for (const type of ['dragenter', 'dragover'])
      drop.addEventListener(type, (ev) => { ev.preventDefault(); drop.classList.add('over'); });
    for (const type of ['dragleave', 'drop'])
      drop.addEventListener(type, () => drop.classList.remove('over'));
    drop.addEventListener('drop', (ev) => {
      ev.preventDefault();
      const file = ev.dataTransfer && ev.dataTransfer.files[0];
      if (file) onCertificateFile(file);
    });
    $('trust-file').addEventListener('change', async (ev) => {
      const f = ev.target.files[0];
      if (!f) return;
      state.trust = await f.text();
      state.customTrust = true;
      renderTrustStatus();
      if ($('paste').value.trim()) verifyText($('paste').value);
    });
    $('root-file').addEventListener('change', async (ev) => {
      const f = ev.target.files[0];
      if (!f) return;
      state.root = await f.text();
      state.customRoot = true;
      renderTrustStatus();
      if ($('paste').value.trim()) verifyText($('paste').value);
    });
    $('trust-reset').addEventListener('click', () => {
      Object.assign(state, { trust: defaults.trust, root: defaults.root, customTrust: false, customRoot: false });
      $('trust-file').value = ''; $('root-file').value = '';
      renderTrustStatus();
      if ($('paste').value.trim()) verifyText($('paste').value);
    });
  }

  async function start() {
    wire();
    applyLanguage();
    try {
      const get = (path) => fetch(path, { cache: 'no-cache' }).then((r) => {
        if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
        return r.text();
      });
      const [mod, trust, root] = await Promise.all([
        DbiVerify(), get('indices/trust/trust.json'), get('indices/trust/root.pub.json')]);
      engine = mod;
      defaults.trust = state.trust = trust;
      defaults.root = state.root = root;
      renderTrustStatus();
      setStatus(t('ready'));
      document.body.dataset.ready = 'true';
    } catch (e) {
      setStatus(t('load_failed') + e.message);
    }
  }

  start();
})();
