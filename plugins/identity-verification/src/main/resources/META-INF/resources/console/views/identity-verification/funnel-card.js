// Dashboard card: the vetting funnel of the newest subjects and the open red flags.
import { h, fill, bars } from '../../ui.js';

export async function render(root, ctx) {
  const f = await ctx.api.get('/api/vetting/funnel');
  const order = ['NOT_STARTED', 'IN_PROGRESS', 'PASSED', 'FLAGGED', 'FAILED'];
  const tone = { FLAGGED: 'bad', FAILED: 'bad', IN_PROGRESS: 'warn' };
  fill(root,
    h('div', { class: 'figures' },
      h('div', {}, h('a', { class: 'figure', href: ctx.href('identity-verification/flag-queue-view') }, String(f.openFlags)), 'open red flags'),
      h('div', {}, h('span', { class: 'figure' }, String(f.byStatus.IN_PROGRESS + f.byStatus.NOT_STARTED)), 'cases in progress')),
    bars(order.map((s) => ({ label: s.replace('_', ' ').toLowerCase(), value: f.byStatus[s] || 0, tone: tone[s] })), { title: 'Vetting funnel' }),
    h('p', { class: 'hint' }, 'Newest cases of ' + f.subjects + ' subjects.'));
}
