// Reports: choose one and its parameters, watch the job, download the file; and verify a file by
// dropping it on the page (was it produced by Hirewall, for whom, when, with which parameters).
import { h, fill, field, form, errorLine, dropZone, panel, poll, saveFile, when } from '../../ui.js';

export async function render(root, ctx) {
  const types = await ctx.api.get('/api/reports');
  const chosen = ctx.params.get('report') || (types[0] && types[0].id);
  const job = h('div', { id: 'report-job', 'aria-live': 'polite' });
  const verifyOut = h('div', { id: 'verify-result', 'aria-live': 'polite' });
  const paramsBox = h('div', { class: 'form-grid' });
  const select = field('report', 'Report', { kind: 'select', options: types.map((t) => [t.id, t.title]), value: chosen });
  const formatBox = h('div', {});
  const drawParams = () => {
    const t = types.find((x) => x.id === select.querySelector('select').value);
    fill(paramsBox, t.parameters.map((p) => field(p.name, p.name, { required: p.required, hint: p.description, value: ctx.params.get(p.name) || undefined })));
    fill(formatBox, field('format', 'Format', { kind: 'select', options: [...t.formats].sort().map((x) => [x, x.toUpperCase()]) }));
  };
  select.querySelector('select').addEventListener('change', drawParams);
  drawParams();

  const f = form([select, paramsBox, formatBox], 'Produce', async (v) => {
    const { report, format, ...params } = v;
    const q = new URLSearchParams(params).toString();
    const started = await ctx.api.post('/api/reports/' + report + '/' + format + (q ? '?' + q : ''));
    poll(ctx, 500, async () => {
      const j = await ctx.api.get('/api/reports/jobs/' + started.id);
      fill(job,
        h('progress', { max: 100, value: j.percent != null ? j.percent : j.state === 'DONE' ? 100 : 0, 'aria-label': 'report progress' }),
        h('p', {}, j.state, j.rows ? ' · ' + j.rows + ' rows' : '', j.error ? ' · ' + j.error : ''),
        j.state === 'DONE' ? [
          h('p', {}, 'SHA-256 ', h('code', { id: 'report-sha' }, j.sha256), ' · ', String(j.bytes), ' bytes'),
          h('button', { type: 'button', class: 'primary', id: 'report-download', onclick: async () => {
            const r = await ctx.api.raw('GET', '/api/reports/jobs/' + j.id + '/file');
            saveFile(await r.blob(), report + '.' + format);
          } }, 'Download')] : null);
      return j.state === 'DONE' || j.state === 'FAILED';
    });
  });

  const verifyFile = async (file) => {
    fill(verifyOut, 'Checking ' + file.name + '…');
    try {
      const v = await ctx.api.post('/api/reports/verify', file, { type: 'application/octet-stream' });
      fill(verifyOut, h('p', { class: v.genuine ? 'ok' : 'error', id: 'verify-verdict' }, v.genuine ? 'Genuine: produced by Hirewall.' : 'Not genuine.', ' ', v.detail || ''),
        v.genuine ? h('dl', { class: 'facts' },
          h('dt', {}, 'Report'), h('dd', {}, v.report + ' (' + v.format + ')'),
          h('dt', {}, 'Parameters'), h('dd', {}, JSON.stringify(v.parameters)),
          h('dt', {}, 'Requested by'), h('dd', {}, v.requestedBy + ', ' + when(v.requestedAt)),
          h('dt', {}, 'SHA-256'), h('dd', {}, h('code', {}, v.sha256))) : null);
    } catch (e) { fill(verifyOut, errorLine(e)); }
  };

  fill(root, h('h1', {}, 'Reports'),
    panel('Produce a report', f, job),
    panel('Verify a file', dropZone('Drop a report file here, or press to choose one: it is hashed and looked up, never stored', '', verifyFile), verifyOut));
}
