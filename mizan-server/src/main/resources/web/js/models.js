/* Models: edit a stakeholder table or build it from events, run BDM or SMP, watch positions move turn by turn. */
(function () {
  const M = Mizan;
  let root, run = null, input = '', turn = 0, timer = null, inputs = {}, dim = null;

  function form() {
    inputs = { table: M.el('textarea', { id: 'm-table', rows: 9 }),
      first: M.el('input', { id: 'm-first', value: 'USA', size: 5 }), second: M.el('input', { id: 'm-second', value: 'RUS', size: 5 }),
      from: M.el('input', { id: 'm-from', type: 'date', value: '2023-01-01' }), to: M.el('input', { id: 'm-to', type: 'date', value: '2023-03-31' }),
      model: M.el('select', { id: 'm-model' }, M.el('option', { value: 'bdm' }, 'BDM (expected utility)'), M.el('option', { value: 'smp' }, 'SMP (KTAB)')),
      rounds: M.el('input', { id: 'm-rounds', type: 'number', value: '10', min: '0', max: '1000', style: 'width:5em' }) };
    return M.el('div', {},
      M.el('form', { class: 'bar', onsubmit: e => { e.preventDefault(); build(); } }, M.field('first', inputs.first), M.field('second', inputs.second),
        M.field('from', inputs.from), M.field('to', inputs.to),
        M.el('button', { id: 'm-build', type: 'submit', class: 'secondary', 'data-i18n': 'models.build' }, M.t('models.build'))),
      M.field('models.table', inputs.table),
      M.el('form', { class: 'bar', onsubmit: e => { e.preventDefault(); go(); } }, M.field('models.model', inputs.model), M.field('models.rounds', inputs.rounds),
        M.el('button', { id: 'm-run', type: 'submit', 'data-i18n': 'models.run' }, M.t('models.run'))));
  }

  async function build() {
    M.error(null);
    try {
      const r = await M.api.get('/api/stakeholders', { between: inputs.first.value + ',' + inputs.second.value, from: inputs.from.value, to: inputs.to.value });
      inputs.table.value = r.csv;
    } catch (e) { M.error(e); }
  }

  async function go() {
    M.error(null);
    input = inputs.table.value;
    const type = input.trim().startsWith('<') ? 'application/xml' : 'text/csv';
    try {
      run = await M.api.post('/api/models/' + inputs.model.value, { rounds: inputs.rounds.value }, input, type);
      turn = run.rounds;
      dim = run.dimensions[0];
      const pick = root.querySelector('#m-dim');
      pick.replaceChildren(...run.dimensions.map(d => M.el('option', { value: d }, d)));
      pick.parentElement.hidden = run.dimensions.length < 2;
      draw();
    } catch (e) { M.error(e); }
  }

  /** positions[actor] = [position at turn 0, 1, ...] on dimension 1. */
  function series() {
    const t = run.tables.positions, cols = t.columns;
    const iTurn = 0, iActor = 1, iDim = cols.indexOf('Dim'), iPos = cols.indexOf(run.model === 'bdm' ? 'Position' : 'Pos_Coord');
    const out = {};
    let max = 0;
    t.rows.forEach(r => {
      if (iDim >= 0 && String(r[iDim]) !== dim) return; // SMP: one dimension at a time
      (out[r[iActor]] = out[r[iActor]] || [])[Number(r[iTurn])] = r[iPos];
      max = Math.max(max, Number(r[iTurn]));
    });
    return { byActor: out, turns: max };
  }

  function draw() {
    if (!run) return;
    const s = series();
    turn = Math.min(turn, s.turns);
    root.querySelector('#m-summary').textContent = M.t('models.summary', { model: run.model.toUpperCase(), rounds: M.fmt.int(run.rounds), stop: run.stopReason });
    const x = Array.from({ length: s.turns + 1 }, (_, i) => String(i));
    M.chart(root.querySelector('#m-chart')).setOption({
      legend: { type: 'scroll', top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: v => M.fmt.num(v) },
      xAxis: { type: 'category', data: x, name: M.t('models.turn'), nameLocation: 'middle', nameGap: 25 }, yAxis: { type: 'value', name: M.t('position'), axisLabel: { formatter: v => M.fmt.num(v, 0) } },
      series: Object.entries(s.byActor).map(([a, ps], i) => ({ name: a, type: 'line', data: ps,
        markLine: i === 0 ? { symbol: 'none', data: [{ xAxis: String(turn) }], lineStyle: { color: '#f0b429', width: 2 } } : undefined }))
    }, true);
    const slider = root.querySelector('#m-turn');
    slider.max = s.turns; slider.value = turn;
    root.querySelector('#m-turn-label').textContent = M.t('models.turn') + ' ' + M.fmt.int(turn);
    const rows = Object.entries(s.byActor).map(([a, ps]) => ({ actor: a, pos: ps[turn], start: ps[0] }));
    const t = M.table([{ key: 'actor', value: r => r.actor }, { key: 'position', num: true, value: r => M.fmt.num(r.pos) },
      { key: 'from', num: true, value: r => M.fmt.num(r.start) }], rows);
    t.id = 'm-positions';
    root.querySelector('#m-table-box').replaceChildren(t);
    const blob = new Blob([JSON.stringify({ input, result: run }, null, 2)], { type: 'application/json' });
    const link = root.querySelector('#m-download');
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(blob);
    link.download = 'mizan-' + run.model + '-run.json';
    link.hidden = false;
  }

  function play() {
    if (!run) return;
    clearInterval(timer);
    turn = 0; draw();
    timer = setInterval(() => { if (turn >= series().turns) { clearInterval(timer); return; } turn++; draw(); }, 400);
  }

  M.page('models', {
    init(node) {
      root = node;
      const slider = M.el('input', { id: 'm-turn', type: 'range', min: '0', max: '0', value: '0', oninput: e => { turn = Number(e.target.value); draw(); } });
      root.append(form(), M.el('p', { id: 'm-summary', class: 'summary' }),
        M.el('div', { class: 'bar' }, M.el('button', { id: 'm-play', class: 'secondary', onclick: play, 'data-i18n': 'models.play' }, M.t('models.play')), ' ',
          slider, ' ', M.el('span', { id: 'm-turn-label' }), ' ',
          M.el('label', { hidden: true }, M.el('span', { 'data-i18n': 'models.dim' }, M.t('models.dim')), ' ',
            M.el('select', { id: 'm-dim', onchange: e => { dim = e.target.value; draw(); } })), ' ',
          M.el('a', { id: 'm-download', hidden: true, 'data-i18n': 'models.download' }, M.t('models.download'))),
        M.el('div', { id: 'm-chart', class: 'chart' }), M.el('div', { id: 'm-table-box' }));
    },
    shown() { if (!inputs.table.value) build(); },
    draw
  });
})();
