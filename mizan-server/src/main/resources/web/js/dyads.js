/* Dyads: events per quad class, Goldstein mean and net cooperation over time for any pair of countries. */
(function () {
  const M = Mizan;
  let root, data = null, inputs = {}, seq = 0;

  function form() {
    inputs = {
      a: M.el('input', { id: 'd-a', value: 'USA', size: 5 }), b: M.el('input', { id: 'd-b', value: 'RUS', size: 5 }),
      from: M.el('input', { id: 'd-from', type: 'date' }), to: M.el('input', { id: 'd-to', type: 'date' }),
      by: M.el('select', { id: 'd-by' }, ['day', 'week', 'month', 'quarter', 'year'].map(p => M.el('option', { value: p, 'data-i18n': p, selected: p === 'day' }, M.t(p)))),
      dataset: M.el('select', { id: 'd-dataset' }, ['', 'gdelt1', 'gdelt2', 'icews', 'polecat', 'phoenix', 'text'].map(d => M.el('option', { value: d }, d || '·')))
    };
    return M.el('form', { class: 'bar', onsubmit: e => { e.preventDefault(); load(); } },
      Object.entries(inputs).map(([k, v]) => M.field(k, v)), M.el('button', { id: 'd-show', type: 'submit', 'data-i18n': 'show' }, M.t('show')));
  }

  async function load() {
    M.error(null);
    try {
      const my = ++seq;
      const r = await M.api.get('/api/dyads', { a: inputs.a.value, b: inputs.b.value, from: inputs.from.value, to: inputs.to.value,
        by: inputs.by.value, dataset: inputs.dataset.value });
      if (my !== seq) return; // a later request is on its way
      data = r;
      draw();
    } catch (e) { M.error(e); }
  }

  function draw() {
    if (!data) return;
    const rows = data.rows, by = data.by, x = rows.map(r => M.fmt.period(r.period, by));
    const quads = ['verbalCoop', 'materialCoop', 'verbalConflict', 'materialConflict'];
    const colours = ['#7fb3e0', '#2e6db4', '#f0a35e', '#c0392b'];
    M.chart(root.querySelector('#d-quads')).setOption({
      title: { text: (rows[0] ? rows[0].a + '–' + rows[0].b : '') + ' · ' + M.t('events'), textStyle: { fontSize: 13 } },
      legend: { top: 22 }, grid: { left: 50, right: 20, top: 60, bottom: 40 }, tooltip: { trigger: 'axis', valueFormatter: v => M.fmt.int(v) },
      xAxis: { type: 'category', data: x }, yAxis: { type: 'value', axisLabel: { formatter: v => M.fmt.int(v) } },
      series: quads.map((q, i) => ({ name: M.t('q' + (i + 1)), type: 'bar', stack: 'q', data: rows.map(r => r[q]), itemStyle: { color: colours[i] } }))
    }, true);
    M.chart(root.querySelector('#d-lines')).setOption({
      legend: { top: 0 }, grid: { left: 50, right: 50, top: 40, bottom: 40 }, tooltip: { trigger: 'axis', valueFormatter: v => M.fmt.num(v) },
      xAxis: { type: 'category', data: x },
      yAxis: [{ type: 'value', name: M.t('goldsteinMean'), axisLabel: { formatter: v => M.fmt.num(v, 1) } },
        { type: 'value', name: M.t('netCoop'), axisLabel: { formatter: v => M.fmt.int(v) } }],
      series: [{ name: M.t('goldsteinMean'), type: 'line', data: rows.map(r => r.goldsteinMean) },
        { name: M.t('netCoop'), type: 'line', yAxisIndex: 1, data: rows.map(r => r.netCoop) }]
    }, true);
    const t = M.table([{ key: 'period', value: r => M.fmt.period(r.period, by) }, { key: 'events', num: true, value: r => M.fmt.int(r.events) },
      { key: 'q1', num: true, value: r => M.fmt.int(r.verbalCoop) }, { key: 'q2', num: true, value: r => M.fmt.int(r.materialCoop) },
      { key: 'q3', num: true, value: r => M.fmt.int(r.verbalConflict) }, { key: 'q4', num: true, value: r => M.fmt.int(r.materialConflict) },
      { key: 'goldsteinMean', num: true, value: r => M.fmt.num(r.goldsteinMean) }, { key: 'netCoop', num: true, value: r => M.fmt.int(r.netCoop) }], rows);
    t.id = 'd-table';
    root.querySelector('#d-table-box').replaceChildren(rows.length ? t : M.el('p', {}, M.t('noData')));
  }

  M.page('dyads', {
    init(node) {
      root = node;
      root.append(form(), M.el('div', { class: 'grid2' }, M.el('div', { id: 'd-quads', class: 'chart' }), M.el('div', { id: 'd-lines', class: 'chart' })),
        M.el('div', { id: 'd-table-box' }));
    },
    shown() { if (!data) load(); },
    draw
  });
})();
