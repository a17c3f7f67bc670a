// Dashboard card: whether the audit chain verifies, and its last signed checkpoint.
import { h, fill } from '../../ui.js';

export async function render(root, ctx) {
  const v = await ctx.api.post('/api/audit/verify');
  fill(root, h('div', { class: 'figures' },
    h('div', {}, h('a', { class: 'figure ' + (v.intact ? '' : 'error'), href: ctx.href('audit-reports/audit-trail-view') }, v.intact ? 'INTACT' : 'BROKEN'), 'audit chain'),
    h('div', {}, h('span', { class: 'figure' }, String(v.lastSeq)), 'records'),
    h('div', {}, h('span', { class: 'figure' }, String(v.lastCheckpointSeq)), 'last signed checkpoint')),
  v.intact ? null : h('p', { class: 'error' }, 'First broken record: ' + v.firstBrokenSeq));
}
