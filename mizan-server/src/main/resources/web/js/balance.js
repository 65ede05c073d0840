/* Balance: a focal state's score per domain with intervals, the trend with its shift points, and the evidence. */
(function () {
  const M = Mizan;
  let root, data = null, evidence = null, inputs = {}, seq = 0;

  function form() {
    inputs = {
      focal: M.el('input', { id: 'b-focal', value: 'PAK', size: 6 }),
      first: M.el('input', { id: 'b-first', value: 'USA', size: 6 }),
      second: M.el('input', { id: 'b-second', value: 'RUS', size: 6 }),
      from: M.el('input', { id: 'b-from', type: 'date', value: '2023-01-01' }),
      to: M.el('input', { id: 'b-to', type: 'date', value: '2023-03-31' }),
      by: M.el('select', { id: 'b-by' }, ['week', 'month', 'quarter', 'year'].map(p =>
        M.el('option', { value: p, 'data-i18n': p, selected: p === 'month' }, M.t(p))))
    };
    return M.el('form', { class: 'bar', onsubmit: e => { e.preventDefault(); load(); } },
      M.field('focal', inputs.focal), M.field('first', inputs.first), M.field('second', inputs.second),
      M.field('from', inputs.from), M.field('to', inputs.to), M.field('by', inputs.by),
      M.el('button', { id: 'b-show', type: 'submit', 'data-i18n': 'show' }, M.t('show')));
  }

  async function load() {
    M.error(null);
    try {
      const my = ++seq;
      const r = await M.api.get('/api/balance', { focal: inputs.focal.value, between: inputs.first.value + ',' + inputs.second.value,
        from: inputs.from.value, to: inputs.to.value, by: inputs.by.value });
      if (my !== seq) return; // a later request is on its way
      data = r;
      evidence = null;
      draw();
    } catch (e) { M.error(e); }
  }

  async function openDomain(i) {
    const d = data.domains[i];
    try {
      const r = d.evidence.length ? await M.api.get('/api/events', { ids: d.evidence.join(',') }) : { items: [] };
      evidence = { domain: d.domain, items: r.items };
      drawEvidence();
    } catch (e) { M.error(e); }
  }

  function draw() {
    if (!data) return;
    const [a, b] = data.powers, o = data.overall;
    root.querySelector('#b-summary').textContent = M.t('balance.summary', { focal: data.focal, first: a, second: b,
      score: M.fmt.signed(o.score), n: M.fmt.int(o.n), leans: M.leansText(o.leans) });
    const domains = data.domains;
    const bars = M.chart(root.querySelector('#b-domains'));
    bars.setOption({
      title: { text: M.t('balance.byDomain'), textStyle: { fontSize: 13 } },
      grid: { left: 110, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'value', min: -1, max: 1, axisLabel: { formatter: v => M.fmt.num(v, 1) } },
      yAxis: { type: 'category', data: domains.map(d => M.domain(d.domain)), inverse: true },
      tooltip: { formatter: p => { const d = domains[p.dataIndex]; return M.domain(d.domain) + ': ' + M.fmt.signed(d.score) +
        (d.ci ? ' [' + M.fmt.signed(d.ci[0]) + '; ' + M.fmt.signed(d.ci[1]) + ']' : '') + ' · ' + M.fmt.int(d.n); } },
      series: [
        { type: 'bar', data: domains.map(d => ({ value: d.score, itemStyle: { color: d.score < 0 ? '#3b6fb6' : '#c0504d' } })) },
        { type: 'custom', data: domains.map((d, i) => d.ci ? [i, d.ci[0], d.ci[1]] : [i, null, null]),
          renderItem: (params, api) => {
            if (api.value(1) === null || Number.isNaN(api.value(1))) return null;
            const lo = api.coord([api.value(1), api.value(0)]), hi = api.coord([api.value(2), api.value(0)]);
            const h = api.size([0, 1])[1] * 0.25, st = { stroke: '#222', lineWidth: 1.5 };
            return { type: 'group', children: [
              { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: st },
              { type: 'line', shape: { x1: lo[0], y1: lo[1] - h, x2: lo[0], y2: lo[1] + h }, style: st },
              { type: 'line', shape: { x1: hi[0], y1: hi[1] - h, x2: hi[0], y2: hi[1] + h }, style: st }] };
          }, encode: { x: [1, 2], y: 0 }, z: 10, silent: true }]
    }, true);
    bars.off('click');
    bars.on('click', p => openDomain(p.dataIndex));
    const trend = M.chart(root.querySelector('#b-trend'));
    const by = inputs.by.value;
    trend.setOption({
      title: { text: M.t('trend'), textStyle: { fontSize: 13 } },
      grid: { left: 50, right: 30, top: 40, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: v => M.fmt.signed(v) },
      xAxis: { type: 'category', data: data.trend.map(p => M.fmt.period(p.period, by)) },
      yAxis: { type: 'value', min: -1, max: 1, axisLabel: { formatter: v => M.fmt.num(v, 1) } },
      series: [
        { name: M.t('score'), type: 'line', data: data.trend.map(p => p.score), symbolSize: 8,
          markPoint: { symbol: 'pin', data: data.shifts.map(s => ({ coord: [M.fmt.period(s.period, by), s.scoreAfter], value: '⇄' })) } },
        { name: 'ci', type: 'line', data: data.trend.map(p => p.ci ? p.ci[0] : null), lineStyle: { type: 'dashed', width: 1, color: '#8896a8' }, itemStyle: { color: '#8896a8' }, symbol: 'none' },
        { name: 'ci ', type: 'line', data: data.trend.map(p => p.ci ? p.ci[1] : null), lineStyle: { type: 'dashed', width: 1, color: '#8896a8' }, itemStyle: { color: '#8896a8' }, symbol: 'none' }]
    }, true);
    const table = M.table([
      { key: 'domain', value: d => M.domain(d.domain) },
      { key: 'score', num: true, value: d => M.fmt.signed(d.score) },
      { key: 'ci', num: true, value: d => d.ci ? M.fmt.signed(d.ci[0]) + ' … ' + M.fmt.signed(d.ci[1]) : '–' },
      { key: 'events', num: true, value: d => M.fmt.int(d.n) },
      { key: 'hedging', num: true, value: d => M.fmt.num(d.hedging) },
      { key: 'leans', value: d => M.leansText(d.leans) }], domains.concat([Object.assign({ domain: M.t('overall') }, o)]),
      (d, i) => { if (i < domains.length) openDomain(i); });
    table.id = 'b-table';
    root.querySelector('#b-table-box').replaceChildren(table);
    const shifts = root.querySelector('#b-shifts');
    shifts.replaceChildren(M.el('h3', {}, M.t('shifts')), M.el('ul', {}, data.shifts.map(s => M.el('li', {},
      M.t('shift', { period: M.fmt.period(s.period, by), from: M.leansText(s.from), to: M.leansText(s.to) }) +
      ' (' + M.fmt.signed(s.scoreBefore) + ' → ' + M.fmt.signed(s.scoreAfter) + ')'))));
    drawEvidence();
  }

  function drawEvidence() {
    const box = root.querySelector('#b-evidence');
    if (!evidence) { box.replaceChildren(); return; }
    box.replaceChildren(M.el('h3', {}, M.t('balance.evidence', { domain: M.domain(evidence.domain) })),
      M.EventView.table(evidence.items, e => M.EventView.open(e, 'b-evidence-panel')),
      M.el('div', { id: 'b-evidence-panel', class: 'evidence', hidden: true }));
  }

  M.page('balance', {
    init(node) {
      root = node;
      root.append(form(), M.el('p', { id: 'b-summary', class: 'summary' }),
        M.el('div', { class: 'grid2' }, M.el('div', { id: 'b-domains', class: 'chart' }), M.el('div', { id: 'b-trend', class: 'chart' })),
        M.el('div', { id: 'b-table-box' }), M.el('div', { id: 'b-evidence' }), M.el('div', { id: 'b-shifts' }));
    },
    shown() { if (!data) load(); else M.chart(root.querySelector('#b-domains')).resize(); },
    draw
  });
})();
