// Dashboard card: recent runs with their time to zero access.
import { h, fill, bars, table, badge } from '../../ui.js';

export async function render(root, ctx) {
  const runs = (await ctx.api.get('/api/revocation/runs?limit=10')).filter((r) => r.state !== 'SCHEDULED');
  const timed = runs.filter((r) => r.zeroAccessMs != null).slice(0, 6);
  fill(root,
    timed.length ? bars(timed.map((r) => ({ label: r.username, value: r.zeroAccessMs, tone: r.zeroAccessMs > 1000 ? 'bad' : '' })), { title: 'Time to zero access', unit: ' ms' }) : null,
    table([
      ['User', (r) => h('a', { href: ctx.href('access-revocation/run-view', { id: r.id }) }, r.username)],
      ['Kind', (r) => r.kind.toLowerCase()], ['State', (r) => badge(r.state)],
      ['Zero access', (r) => (r.zeroAccessMs != null ? r.zeroAccessMs + ' ms' : '')],
    ], runs.slice(0, 6), 'No containments or offboardings yet.'));
}
