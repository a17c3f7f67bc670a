// Revocation runs, newest first, with their time to zero access; a batch's progress when one was
// just started.
import { h, fill, table, badge, when, errorLine, poll } from '../../ui.js';

export async function render(root, ctx) {
  const batchId = ctx.params.get('batch');
  const batchOut = h('div', { 'aria-live': 'polite' });
  const list = h('div', {});
  const user = h('input', { type: 'search', id: 'runs-user', value: ctx.params.get('username') || '' });
  const runTable = (runs) => table([
    ['User', (r) => h('a', { href: ctx.href('access-revocation/run-view', { id: r.id }) }, r.username)],
    ['Kind', (r) => r.kind], ['State', (r) => badge(r.state)],
    ['Requested', (r) => r.requestedBy + ', ' + when(r.requestedAt)],
    ['Scheduled for', (r) => when(r.scheduledFor)],
    ['Zero access', (r) => (r.zeroAccessMs != null ? r.zeroAccessMs + ' ms' : '')],
    ['Reason', (r) => r.reason],
  ], runs, 'No runs.');
  const load = async () => {
    try {
      const u = user.value.trim();
      fill(list, runTable(await ctx.api.get('/api/revocation/runs?limit=100' + (u ? '&username=' + encodeURIComponent(u) : ''))));
    } catch (e) { fill(list, errorLine(e)); }
  };
  user.addEventListener('change', load);
  fill(root, h('h1', {}, 'Revocation runs'), batchOut,
    h('div', { class: 'toolbar' }, h('div', { class: 'field' }, h('label', { for: 'runs-user' }, 'Username'), user)), list);
  if (batchId) {
    poll(ctx, 500, async () => {
      const b = await ctx.api.get('/api/revocation/batches/' + encodeURIComponent(batchId));
      fill(batchOut, h('section', { class: 'panel' }, h('h2', {}, 'This request'),
        h('progress', { max: b.total, value: b.completed + b.failed, 'aria-label': 'runs finished' }),
        h('p', {}, b.completed + ' of ' + b.total + ' completed, ' + b.failed + ' failed, ' + b.inProgress + ' in progress'),
        runTable(b.runs)));
      if (b.inProgress === 0) await load();
      return b.inProgress === 0;
    });
  }
  await load();
}
