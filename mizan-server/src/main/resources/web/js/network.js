/* Network: the signed network of states for a window, with its structural-balance figures. */
(function () {
  const M = Mizan;
  let root, data = null, inputs = {}, seq = 0;

  function form() {
    inputs = { from: M.el('input', { id: 'n-from', type: 'date' }), to: M.el('input', { id: 'n-to', type: 'date' }),
      threshold: M.el('input', { id: 'n-threshold', type: 'number', value: '0', min: '0', step: '1', style: 'width:5em' }),
      dataset: M.el('select', { id: 'n-dataset' }, ['', 'gdelt1', 'gdelt2', 'icews', 'polecat', 'phoenix', 'text'].map(d => M.el('option', { value: d }, d || '·'))) };
    return M.el('form', { class: 'bar', onsubmit: e => { e.preventDefault(); load(); } },
      Object.entries(inputs).map(([k, v]) => M.field(k, v)), M.el('button', { id: 'n-show', type: 'submit', 'data-i18n': 'show' }, M.t('show')));
  }

  async function load() {
    M.error(null);
    try {
      const my = ++seq;
      const r = await M.api.get('/api/network', { from: inputs.from.value, to: inputs.to.value, threshold: inputs.threshold.value, dataset: inputs.dataset.value });
      if (my !== seq) return; // a later request is on its way
      data = r;
      draw();
    } catch (e) { M.error(e); }
  }

  function figure(id, key, value, note) {
    return M.el('div', { class: 'figure', id }, M.el('span', { class: 'muted' }, M.t(key)), M.el('b', {}, value), note ? M.el('span', { class: 'muted' }, note) : '');
  }

  function draw() {
    if (!data) return;
    root.querySelector('#n-figures').replaceChildren(
      figure('n-nodes', 'nodes', M.fmt.int(data.nodes)),
      figure('n-edges', 'edges', M.fmt.int(data.edges), M.t('positive') + ' ' + M.fmt.int(data.positive) + ' · ' + M.t('negative') + ' ' + M.fmt.int(data.negative)),
      figure('n-triangles', 'triangleBalance', M.fmt.num(data.triangleBalance, 3), M.t('balancedTriangles', { b: M.fmt.int(data.balancedTriangles), t: M.fmt.int(data.triangles) })),
      figure('n-walk', 'walkBalance', M.fmt.num(data.walkBalance, 3)),
      figure('n-frustration', 'frustration', M.fmt.int(data.frustrationIndex), M.fmt.num(data.normalisedFrustration, 3) + ' · ' + data.frustrationMethod));
    const side = new Set(data.optimalSide);
    const degree = {};
    data.graph.edges.forEach(e => { degree[e.a] = (degree[e.a] || 0) + 1; degree[e.b] = (degree[e.b] || 0) + 1; });
    M.chart(root.querySelector('#n-graph')).setOption({
      tooltip: {},
      series: [{ type: 'graph', layout: 'force', roam: true, force: { repulsion: 120, edgeLength: 60 }, label: { show: true, fontSize: 10 },
        data: data.graph.nodes.map(n => ({ name: n, symbolSize: 6 + 3 * Math.sqrt(degree[n] || 1), itemStyle: { color: side.has(n) ? '#2e6db4' : '#e08e3c' } })),
        links: data.graph.edges.map(e => ({ source: e.a, target: e.b, lineStyle: { color: e.sign > 0 ? '#2f9e44' : '#c0392b', type: e.sign > 0 ? 'solid' : 'dashed', width: 1.2 } }))
      }]
    }, true);
  }

  M.page('network', {
    init(node) {
      root = node;
      root.append(form(), M.el('div', { id: 'n-figures', class: 'figures' }), M.el('div', { id: 'n-graph', class: 'chart tall' }));
    },
    shown() { if (!data) load(); },
    draw
  });
})();
