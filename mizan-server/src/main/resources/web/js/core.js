/* Mizan's web UI core: language, Intl formatting, API calls, pages and small DOM helpers. No build step. */
window.Mizan = (function () {
  const LOCALES = { en: 'en-GB', tr: 'tr-TR', ru: 'ru-RU' };
  const pages = {};
  let lang = localStorage.getItem('mizan.lang') || 'en';

  function t(key, vars) {
    const s = (MizanStrings[lang] && MizanStrings[lang][key]) || MizanStrings.en[key] || key;
    return s.replace(/\{(\w+)\}/g, (m, k) => (vars && vars[k] !== undefined ? vars[k] : m));
  }

  const fmt = {
    locale: () => LOCALES[lang],
    num(x, digits) {
      if (x === null || x === undefined || Number.isNaN(x)) return '–';
      const d = digits === undefined ? 2 : digits;
      return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
    },
    signed(x, digits) {
      if (x === null || x === undefined) return '–';
      return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits || 2, maximumFractionDigits: digits || 2,
        signDisplay: 'exceptZero' }).format(x);
    },
    int(x) { return x === null || x === undefined ? '–' : new Intl.NumberFormat(LOCALES[lang]).format(x); },
    date(iso) {
      if (!iso) return '–';
      const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
      return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
    },
    period(iso, by) {
      const d = new Date(iso + 'T00:00:00Z');
      const opts = by === 'year' ? { year: 'numeric' } : by === 'month' || by === 'quarter' ? { year: 'numeric', month: 'short' }
        : { year: 'numeric', month: 'short', day: 'numeric' };
      return new Intl.DateTimeFormat(LOCALES[lang], Object.assign({ timeZone: 'UTC' }, opts)).format(d);
    }
  };

  function headers(extra) {
    const h = Object.assign({}, extra || {});
    const token = document.getElementById('token').value.trim();
    if (token) h.Authorization = 'Bearer ' + token;
    return h;
  }

  async function answer(r) {
    const type = r.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await r.json() : await r.text();
    if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
    return body;
  }

  const api = {
    async get(path, params) {
      const q = new URLSearchParams();
      Object.entries(params || {}).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined && v !== false) q.set(k, v); });
      const s = q.toString();
      return answer(await fetch(path + (s ? '?' + s : '')));
    },
    async post(path, params, body, contentType) {
      const q = new URLSearchParams();
      Object.entries(params || {}).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined && v !== false) q.set(k, v); });
      const h = contentType ? headers({ 'Content-Type': contentType }) : headers();
      return answer(await fetch(path + (q.toString() ? '?' + q : ''), { method: 'POST', headers: h, body: body }));
    }
  };

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
    });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c === null || c === undefined ? '' : c)));
    return e;
  }

  /** A labelled input in a form bar; the label text follows the language. */
  function field(key, input) {
    return el('label', {}, el('span', { 'data-i18n': key }, t(key)), input);
  }

  function table(columns, rows, onClick) {
    const head = el('tr', {}, columns.map(c => el('th', { class: c.num ? 'num' : '' }, t(c.key))));
    const body = rows.map((r, i) => el('tr', { class: onClick ? 'clickable' : '', 'data-row': i, onclick: onClick ? () => onClick(r, i) : null },
      columns.map(c => el('td', { class: c.num ? 'num' : '' }, c.value(r)))));
    return el('table', {}, el('thead', {}, head), el('tbody', {}, body));
  }

  function error(e) {
    const p = document.getElementById('error');
    if (!e) { p.hidden = true; return; }
    p.textContent = e.message || String(e);
    p.hidden = false;
  }

  function chart(node) {
    let c = echarts.getInstanceByDom(node);
    if (!c) {
      c = echarts.init(node, null, { renderer: 'canvas' });
      const set = c.setOption.bind(c);
      // No animation: what is drawn is the final figure at once, for analysts and for screenshots alike.
      c.setOption = (option, notMerge) => set(Object.assign({ animation: false }, option), notMerge);
    }
    return c;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.getAttribute('data-i18n')); });
    Object.values(pages).forEach(p => p.draw && p.draw());
  }

  function show(name) {
    const page = pages[name] ? name : 'balance';
    document.querySelectorAll('.page').forEach(s => s.classList.toggle('active', s.id === 'page-' + page));
    document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.page === page));
    error(null);
    if (pages[page].shown) pages[page].shown();
  }

  function page(name, impl) { pages[name] = impl; }

  function boot() {
    const sel = document.getElementById('lang');
    sel.value = lang;
    sel.addEventListener('change', () => { lang = sel.value; localStorage.setItem('mizan.lang', lang); translate(); });
    Object.entries(pages).forEach(([name, p]) => p.init(document.getElementById('page-' + name)));
    window.addEventListener('hashchange', () => show(location.hash.slice(1)));
    window.addEventListener('resize', () => document.querySelectorAll('.chart').forEach(c => { const i = echarts.getInstanceByDom(c); if (i) i.resize(); }));
    translate();
    show(location.hash.slice(1) || 'balance');
  }

  function leansText(l) { return l === null || l === undefined ? t('none') : l === 'balanced' ? t('balanced') : l; }

  /** A domain's name in the interface language (the API's names are English keys). */
  function domain(d) { const k = 'dom.' + d; const s = t(k); return s === k ? d : s; }

  return { t, fmt, domain, api, el, field, table, error, chart, page, boot, show, leansText, lang: () => lang };
})();
