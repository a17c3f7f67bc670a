// Bulk onboarding from an HR CSV: the dry-run report first (columns used and ignored, each row's
// problems), then the import with a live progress bar.
import { h, fill, table, badge, errorLine, dropZone, panel, poll } from '../../ui.js';

export async function render(root, ctx) {
  const report = h('div', { id: 'import-report', 'aria-live': 'polite' });
  const progress = h('div', { id: 'import-progress', 'aria-live': 'polite' });
  let csv = null;
  const start = h('button', { type: 'button', class: 'primary', id: 'import-start', disabled: true, onclick: async () => {
    start.disabled = true;
    try {
      const r = await ctx.api.raw('POST', '/api/provisioning/imports', csv, { type: 'text/csv' });
      const first = await r.json();
      poll(ctx, 700, async () => {
        const p = await ctx.api.get('/api/provisioning/imports/' + first.id);
        fill(progress,
          h('progress', { max: p.total || 1, value: p.applied + p.failed, 'aria-label': 'rows done' }),
          h('p', {}, p.state, ': ', p.applied + ' applied, ' + p.failed + ' failed of ' + p.total),
          table([['Line', (x) => String(x.line)], ['Username', (x) => x.username], ['State', (x) => badge(x.state)], ['Message', (x) => x.message || '']], p.rows.filter((x) => x.state !== 'APPLIED'), 'Every row applied so far.'));
        return p.state === 'DONE';
      });
    } catch (e) { fill(progress, errorLine(e)); }
  } }, 'Import the valid rows');
  const onFile = async (file) => {
    csv = await file.text();
    fill(progress);
    try {
      const r = await ctx.api.post('/api/provisioning/imports?dryRun=true', csv, { type: 'text/csv' });
      const bad = r.rows.filter((x) => x.problems.length);
      fill(report,
        h('p', {}, file.name, ': ', r.rows.length + ' rows, ' + bad.length + ' with problems. Columns: ' + r.columns.join(', ') + (r.ignoredColumns.length ? '. Ignored: ' + r.ignoredColumns.join(', ') : '') + '.'),
        table([['Line', (x) => String(x.line)], ['Username', (x) => (x.command ? x.command.username : '')], ['Problems', (x) => x.problems.join('; ') || 'none']], r.rows));
      start.disabled = r.rows.length === bad.length;
    } catch (e) { fill(report, errorLine(e)); }
  };
  fill(root, h('h1', {}, 'Bulk import'),
    panel('HR file', h('p', { class: 'hint' }, 'Columns: subject_id, username, email, first_name, last_name, profile (docs/access-provisioning.md). The dry run changes nothing.'),
      dropZone('Drop the CSV here, or press to choose it', '.csv,text/csv', onFile), report, start),
    panel('Progress', progress));
}
