/* Events: a filterable, paged table; a row opens its evidence (sentence with actors and verb marked, document, URL, date). */
(function () {
  const M = Mizan;
  let root, page = null, offset = 0, inputs = {}, seq = 0;
  const LIMIT = 25;

  function who(a) { return a ? (a.code || '') + (a.name ? ' · ' + a.name : '') : '–'; }

  /**
   * The evidence text with the source, target and verb marked: at the coder's recorded spans when the event has
   * them, else (older stores) at the first occurrence of each actor's name.
   */
  function marked(e) {
    const text = (e.provenance && e.provenance.evidence) || '';
    const m = e.provenance && e.provenance.marks, spans = [];
    if (m) {
      [[m.source, 'src'], [m.target, 'tgt'], [m.verb, 'verb']].forEach(([s, cls]) => {
        if (s && s.end <= text.length) spans.push([s.start, s.end, cls]);
      });
    } else {
      [[e.source, 'src'], [e.target, 'tgt']].forEach(([a, cls]) => {
        if (a && a.name) { const i = text.indexOf(a.name); if (i >= 0) spans.push([i, i + a.name.length, cls]); }
      });
    }
    spans.sort((x, y) => x[0] - y[0]);
    const out = []; let at = 0;
    spans.forEach(([s, end, cls]) => {
      if (s >= at) { out.push(text.slice(at, s), M.el('mark', { class: cls, title: M.t('mark.' + cls) }, text.slice(s, end))); at = end; }
    });
    out.push(text.slice(at));
    return out;
  }

  const EventView = {
    table(items, onClick) {
      const t = M.table([
        { key: 'date', value: e => M.fmt.date(e.date) },
        { key: 'source', value: e => who(e.source) },
        { key: 'cameo', value: e => e.cameo || '–' },
        { key: 'target', value: e => who(e.target) },
        { key: 'quad', num: true, value: e => e.quad || '–' },
        { key: 'goldstein', num: true, value: e => M.fmt.num(e.goldstein, 1) },
        { key: 'dataset', value: e => e.provenance.dataset }], items, onClick || (e => EventView.open(e)));
      t.className = 'events';
      return t;
    },
    open(e, panelId) {
      const box = document.getElementById(panelId || 'evidence-panel');
      if (!box) return;
      const p = e.provenance, rows = [];
      const add = (k, v) => { if (v !== null && v !== undefined && v !== '') rows.push(M.el('tr', {}, M.el('th', {}, M.t(k)), M.el('td', {}, v))); };
      add('id', e.id);
      add('date', M.fmt.date(e.date));
      add('verb', (e.cameo || '') + (e.ploverType ? ' · ' + e.ploverType : '') + (e.goldstein !== null ? ' · ' + M.fmt.num(e.goldstein, 1) : ''));
      add('document', p.documentId);
      add('sentence', p.sentence !== null && p.sentence !== undefined ? M.fmt.int(p.sentence + 1) : null);
      add('url', p.url ? M.el('a', { href: p.url, target: '_blank', rel: 'noopener' }, p.url) : null);
      add('source', p.sourceName);
      add('published', p.published ? M.fmt.date(p.published) : null);
      add('file', p.file);
      add('line', p.line ? M.fmt.int(p.line) : null);
      box.hidden = false;
      box.replaceChildren(M.el('h3', {}, who(e.source) + ' → ' + who(e.target)),
        p.evidence ? M.el('blockquote', { id: 'evidence-text' }, marked(e)) : M.el('p', { class: 'muted' }, p.dataset + ' · ' + (p.originalId || '')),
        M.el('table', {}, rows));
      box.scrollIntoView({ block: 'nearest' });
    }
  };
  M.EventView = EventView;

  function form() {
    const input = (id, size, type) => M.el('input', { id: 'e-' + id, size: size || 8, type: type || 'text' });
    inputs = { actor: input('actor'), country: input('country', 5), dyad: input('dyad'), from: input('from', 0, 'date'),
      to: input('to', 0, 'date'), cameo: input('cameo', 5), quad: M.el('select', { id: 'e-quad' },
        ['', '1', '2', '3', '4'].map(q => M.el('option', { value: q }, q || '·'))),
      dataset: M.el('select', { id: 'e-dataset' }, ['', 'gdelt1', 'gdelt2', 'icews', 'polecat', 'phoenix', 'text'].map(d => M.el('option', { value: d }, d || '·'))) };
    return M.el('form', { class: 'bar', onsubmit: ev => { ev.preventDefault(); offset = 0; load(); } },
      Object.entries(inputs).map(([k, v]) => M.field(k, v)), M.el('button', { id: 'e-show', type: 'submit', 'data-i18n': 'show' }, M.t('show')));
  }

  async function load() {
    M.error(null);
    const params = { limit: LIMIT, offset };
    Object.entries(inputs).forEach(([k, v]) => { params[k] = v.value.trim(); });
    const my = ++seq;
    try {
      const r = await M.api.get('/api/events', params);
      if (my !== seq) return; // a later request is on its way
      page = r;
      draw();
    } catch (e) { M.error(e); }
  }

  function draw() {
    if (!page) return;
    const box = root.querySelector('#e-table');
    const last = Math.min(offset + page.items.length, page.total);
    box.replaceChildren(M.el('p', { id: 'e-count' }, page.total ? M.t('page', { first: M.fmt.int(offset + 1), last: M.fmt.int(last), total: M.fmt.int(page.total) }) : M.t('noData')),
      EventView.table(page.items),
      M.el('button', { class: 'secondary', id: 'e-prev', disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - LIMIT); load(); } }, M.t('prev')), ' ',
      M.el('button', { class: 'secondary', id: 'e-next', disabled: last >= page.total, onclick: () => { offset += LIMIT; load(); } }, M.t('next')));
  }

  M.page('events', {
    init(node) {
      root = node;
      root.append(form(), M.el('div', { id: 'evidence-panel', class: 'evidence', hidden: true }), M.el('div', { id: 'e-table' }));
    },
    shown() { if (!page) load(); },
    draw
  });
})();
