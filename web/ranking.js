// The public ranking page: reads only this site's /api/v1/ (rankings, stats, indices) and builds
// the page with DOM calls (no HTML strings from data). Vietnamese first, English on request.
'use strict';

(() => {
  const T = {
    vi: {
      skip: 'Bỏ qua, đến nội dung chính',
      title: 'Bảng xếp hạng chuyển đổi số doanh nghiệp',
      lead: 'Các doanh nghiệp dưới đây đã tự đánh giá theo Quyết định 1970/QĐ-BTTTT và đồng ý công khai kết quả. Điểm do máy chủ chấm lại từ chính các câu trả lời; "Đã xác nhận" nghĩa là một chuyên gia đánh giá đã ký xác nhận bản đánh giá.',
      filters_h: 'Lọc', f_index: 'Bộ chỉ số', f_province: 'Tỉnh/thành phố', f_sector: 'Ngành',
      f_size: 'Quy mô', f_verified: 'Chỉ kết quả đã được chuyên gia xác nhận', all: 'Tất cả',
      apply: 'Xem', rank_h: 'Xếp hạng', c_rank: 'Hạng', c_name: 'Doanh nghiệp',
      c_province: 'Tỉnh/thành phố', c_sector: 'Ngành', c_size: 'Quy mô', c_score: 'Điểm',
      c_level: 'Mức', c_verified: 'Xác nhận', c_count: 'Số doanh nghiệp',
      prev: 'Trang trước', next: 'Trang sau', pager: 'Chuyển trang',
      page: (p, n) => `Trang ${p} / ${n}`,
      dist_h: 'Phân bố mức chuyển đổi số',
      dist_hint: 'Tính trên mọi doanh nghiệp đã nộp (kể cả không công khai). Nhóm dưới 5 doanh nghiệp không hiển thị số để không ai bị nhận diện.',
      dist_table: 'Số doanh nghiệp theo mức', top_h: 'Dẫn đầu theo quy mô',
      back: 'Về trang tự đánh giá', verify: 'Kiểm tra chứng nhận',
      verified: 'Đã xác nhận', level: (l) => `Mức ${l}`, hidden: 'ẩn (nhóm nhỏ)',
      loading: 'Đang tải…', none: 'Chưa có doanh nghiệp nào trong nhóm này.',
      count: (n) => `${n} doanh nghiệp`,
      caption: (n) => `Xếp hạng theo điểm, bằng điểm thì doanh nghiệp nộp trước đứng trước — ${n} doanh nghiệp`,
      chart_caption: (n) => (n === null ? 'Nhóm quá nhỏ để hiển thị.' : `Tổng: ${n} doanh nghiệp. Cột xám: số bị ẩn.`),
      error: 'Không tải được dữ liệu từ máy chủ: ',
      sizes: { micro: 'Siêu nhỏ', small: 'Nhỏ', medium: 'Vừa', large: 'Lớn', group: 'Tập đoàn, tổng công ty' },
    },
    en: {
      skip: 'Skip to main content',
      title: 'Enterprise digital transformation ranking',
      lead: 'These enterprises assessed themselves under Decision 1970/QĐ-BTTTT and agreed to publish their result. Scores were recomputed by the server from their own answers; "Validated" means an assessor countersigned the assessment.',
      filters_h: 'Filter', f_index: 'Index', f_province: 'Province/city', f_sector: 'Sector',
      f_size: 'Size', f_verified: 'Only results validated by an assessor', all: 'All',
      apply: 'Show', rank_h: 'Ranking', c_rank: 'Rank', c_name: 'Enterprise',
      c_province: 'Province/city', c_sector: 'Sector', c_size: 'Size', c_score: 'Score',
      c_level: 'Level', c_verified: 'Validation', c_count: 'Enterprises',
      prev: 'Previous page', next: 'Next page', pager: 'Pages',
      page: (p, n) => `Page ${p} of ${n}`,
      dist_h: 'Distribution of digital transformation levels',
      dist_hint: 'Counts every enterprise that submitted (published or not). Groups of fewer than 5 enterprises show no number, so nobody can be singled out.',
      dist_table: 'Enterprises by level', top_h: 'Leaders by size',
      back: 'Back to the self-assessment', verify: 'Verify a certificate',
      verified: 'Validated', level: (l) => `Level ${l}`, hidden: 'hidden (small group)',
      loading: 'Loading…', none: 'No enterprise in this group yet.',
      count: (n) => `${n} enterprises`,
      caption: (n) => `Ranked by score; on equal scores the earlier submission comes first — ${n} enterprises`,
      chart_caption: (n) => (n === null ? 'The group is too small to show.' : `Total: ${n} enterprises. Grey bars: hidden counts.`),
      error: 'Could not load data from the server: ',
      sizes: { micro: 'Micro', small: 'Small', medium: 'Medium', large: 'Large', group: 'Group' },
    },
  };
  const PER_PAGE = 20;
  const SVG = 'http://www.w3.org/2000/svg';
  let lang = 'vi';
  let meta = { indices: [], provinces: [], sectors: [] };
  let page = 1;
  let pages = 1;

  const $ = (id) => document.getElementById(id);
  const t = (key) => T[lang][key];
  const pick = (text) => (text && typeof text === 'object' ? text[lang] || text.vi || '' : String(text || ''));
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  };
  const nameOf = (list, code) => {
    const found = list.find((x) => x.code === code);
    return found ? pick(found.name) : code;
  };
  const sizeName = (s) => t('sizes')[s] || s;
  const currentIndex = () => meta.indices.find((i) => i.id === $('f-index').value);
  const levelName = (l) => {
    const idx = currentIndex();
    const info = idx && idx.levels.find((x) => x.level === l);
    return info ? `${t('level')(l)} — ${pick(info.name)}` : t('level')(l);
  };

  async function api(path) {
    const r = await fetch(path, { cache: 'no-store', credentials: 'same-origin' });
    const body = await r.json();
    if (!r.ok) throw new Error(lang === 'vi' ? body.message_vi : body.message_en);
    return body;
  }

  function setStatus(text, isError) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!isError);
  }

  function filterParams(withVerified) {
    const p = new URLSearchParams({ index: $('f-index').value });
    for (const [key, id] of [['province', 'f-province'], ['sector', 'f-sector'], ['size', 'f-size']])
      if ($(id).value) p.set(key, $(id).value);
    if (withVerified && $('f-verified').checked) p.set('verified', 'true');
    return p;
  }

  function fillSelect(select, items, label) {
    const keep = select.value;
    while (select.options.length > (select.id === 'f-index' ? 0 : 1)) select.remove(select.options.length - 1);
    for (const item of items) select.append(el('option', { value: item.code }, label(item)));
    if ([...select.options].some((o) => o.value === keep)) select.value = keep;
  }

  function fillFilters() {
    fillSelect($('f-index'), meta.indices.map((i) => ({ code: i.id, name: i.title })), (i) => pick(i.name));
    fillSelect($('f-province'), meta.provinces, (p) => pick(p.name));
    fillSelect($('f-sector'), meta.sectors, (s) => `${s.code} — ${pick(s.name)}`);
    fillSelect($('f-size'), ['micro', 'small', 'medium', 'large', 'group'].map((c) => ({ code: c })),
      (s) => sizeName(s.code));
  }

  async function loadRanking() {
    const p = filterParams(true);
    p.set('page', String(page));
    p.set('per_page', String(PER_PAGE));
    const data = await api(`/api/v1/rankings?${p}`);
    const body = $('ranking').tBodies[0];
    body.replaceChildren();
    $('rank-caption').textContent = t('caption')(data.total);
    if (!data.items.length) {
      body.append(el('tr', {}, el('td', { colspan: '8' }, t('none'))));
    }
    for (const r of data.items) {
      body.append(el('tr', {},
        el('td', { class: 'num' }, String(r.rank)),
        el('th', { scope: 'row' }, r.name),
        el('td', {}, nameOf(meta.provinces, r.province)),
        el('td', {}, `${r.sector} — ${nameOf(meta.sectors, r.sector)}`),
        el('td', {}, sizeName(r.size)),
        el('td', { class: 'num' }, `${r.score} / ${r.max}`),
        el('td', { class: 'num' }, String(r.level)),
        el('td', {}, r.verified ? el('span', { class: 'badge' }, t('verified')) : '')));
    }
    pages = Math.max(1, Math.ceil(data.total / PER_PAGE));
    $('page-info').textContent = t('page')(page, pages);
    $('prev').disabled = page <= 1;
    $('next').disabled = page >= pages;
  }

  // A horizontal bar per level; hidden (suppressed) counts are drawn as a short grey bar.
  function drawChart(cells) {
    const rowH = 30;
    const labelW = 210;
    const width = 620;
    const max = Math.max(1, ...cells.map((c) => c.count || 0));
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${cells.length * rowH + 10}`);
    cells.forEach((c, i) => {
      const y = i * rowH + 5;
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', '0');
      label.setAttribute('y', String(y + 18));
      label.textContent = levelName(Number(c.key)).slice(0, 30);
      const w = c.count === null ? 12 : Math.round(((width - labelW - 60) * c.count) / max);
      const bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('class', c.count === null ? 'bar hidden' : 'bar');
      bar.setAttribute('x', String(labelW));
      bar.setAttribute('y', String(y + 4));
      bar.setAttribute('width', String(Math.max(w, c.count === 0 ? 0 : 2)));
      bar.setAttribute('height', String(rowH - 10));
      const value = document.createElementNS(SVG, 'text');
      value.setAttribute('x', String(labelW + Math.max(w, 2) + 6));
      value.setAttribute('y', String(y + 18));
      value.textContent = c.count === null ? '—' : String(c.count);
      svg.append(label, bar, value);
    });
    $('chart').replaceChildren(svg);
  }

  async function loadStats() {
    const data = await api(`/api/v1/stats?${filterParams(false)}`);
    drawChart(data.by_level);
    $('chart-caption').textContent = t('chart_caption')(data.total);
    const body = $('dist').tBodies[0];
    body.replaceChildren();
    for (const c of data.by_level) {
      body.append(el('tr', {},
        el('th', { scope: 'row' }, levelName(Number(c.key))),
        el('td', { class: 'num' }, c.count === null ? t('hidden') : String(c.count))));
    }
  }

  async function loadTops() {
    const box = $('tops');
    box.replaceChildren();
    for (const size of ['micro', 'small', 'medium', 'large']) {
      const p = filterParams(true);
      p.set('size', size);
      p.set('per_page', '3');
      const data = await api(`/api/v1/rankings?${p}`);
      const list = el('ol');
      for (const r of data.items) list.append(el('li', {}, `${r.name} — ${r.score}/${r.max}`));
      if (!data.items.length) list.append(el('li', {}, t('none')));
      const id = `top-${size}`;
      box.append(el('section', { 'aria-labelledby': id }, el('h3', { id }, sizeName(size)), list));
    }
  }

  async function refresh() {
    setStatus(t('loading'));
    try {
      await Promise.all([loadRanking(), loadStats(), loadTops()]);
      setStatus('');
    } catch (e) {
      setStatus(t('error') + e.message, true);
    }
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll('[data-i18n]')) {
      const v = t(node.dataset.i18n);
      if (typeof v === 'string') node.textContent = v;
    }
    for (const node of document.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', t(node.dataset.i18nAria));
    document.title = `${t('title')} — DBI Kit`;
    const toggle = $('lang');
    toggle.textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
    toggle.lang = lang === 'vi' ? 'en' : 'vi';
    fillFilters();
  }

  async function start() {
    $('lang').addEventListener('click', () => {
      lang = lang === 'vi' ? 'en' : 'vi';
      applyLanguage();
      refresh();
    });
    $('filters').addEventListener('submit', (ev) => {
      ev.preventDefault();
      page = 1;
      refresh();
    });
    $('prev').addEventListener('click', () => { if (page > 1) { page -= 1; loadRanking().catch((e) => setStatus(t('error') + e.message, true)); } });
    $('next').addEventListener('click', () => { if (page < pages) { page += 1; loadRanking().catch((e) => setStatus(t('error') + e.message, true)); } });
    try {
      meta = await api('/api/v1/indices');
    } catch (e) {
      setStatus(t('error') + e.message, true);
      return;
    }
    applyLanguage();
    const sme = meta.indices.find((i) => i.index_set === 'sme');
    if (sme) $('f-index').value = sme.id;
    refresh();
  }

  start();
})();
