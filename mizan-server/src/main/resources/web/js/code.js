/* Code: paste text or drop a file, see the coded events with their evidence, optionally store them. */
(function () {
  const M = Mizan;
  let root, result = null, file = null, inputs = {};

  function form() {
    inputs = { text: M.el('textarea', { id: 'c-text', rows: 6 }), date: M.el('input', { id: 'c-date', type: 'date' }),
      store: M.el('input', { id: 'c-store', type: 'checkbox' }), file: M.el('input', { id: 'c-file', type: 'file', accept: '.txt,.html,.htm,.jsonl,.ndjson' }) };
    inputs.file.addEventListener('change', () => { file = inputs.file.files[0] || null; drop.querySelector('.name').textContent = file ? file.name : ''; });
    const drop = M.el('div', { class: 'drop', id: 'c-drop' }, M.el('span', { 'data-i18n': 'code.drop' }, M.t('code.drop')), ' ', inputs.file, M.el('b', { class: 'name' }));
    drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); file = e.dataTransfer.files[0] || null; drop.querySelector('.name').textContent = file ? file.name : ''; });
    return M.el('div', {}, M.field('code.text', inputs.text), drop,
      M.el('form', { class: 'bar', onsubmit: e => { e.preventDefault(); run(); } }, M.field('code.date', inputs.date),
        M.el('label', {}, M.el('span', { 'data-i18n': 'code.store' }, M.t('code.store')), inputs.store),
        M.el('button', { id: 'c-run', type: 'submit', 'data-i18n': 'code.run' }, M.t('code.run'))));
  }

  async function run() {
    M.error(null);
    const params = { date: inputs.date.value, store: inputs.store.checked };
    try {
      if (file) {
        const body = new FormData();
        body.append('file', file, file.name);
        result = await M.api.post('/api/code', params, body, null);
      } else {
        result = await M.api.post('/api/code', params, inputs.text.value, 'text/plain; charset=utf-8');
      }
      draw();
    } catch (e) { M.error(e); }
  }

  function draw() {
    if (!result) return;
    const box = root.querySelector('#c-result');
    box.replaceChildren(M.el('p', { class: 'summary', id: 'c-summary' }, M.t('code.result', { documents: M.fmt.int(result.documents),
      sentences: M.fmt.int(result.sentences), events: M.fmt.int(result.events.length) }) +
      (result.stored ? ' ' + M.t('code.stored', { added: M.fmt.int(result.stored.added), batch: result.stored.batch }) : '')),
      M.el('div', { id: 'c-evidence-panel', class: 'evidence', hidden: true }),
      M.EventView.table(result.events, e => M.EventView.open(e, 'c-evidence-panel')));
  }

  M.page('code', {
    init(node) { root = node; root.append(form(), M.el('div', { id: 'c-result' })); },
    draw
  });
})();
