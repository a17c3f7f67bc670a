// Dashboard card: live grants by risk and entitlement, those ending within a week, pending requests.
import { h, fill, bars, table, when } from '../../ui.js';

export async function render(root, ctx) {
  const s = await ctx.api.get('/api/provisioning/summary');
  const privileged = s.active.filter((a) => a.privileged).reduce((n, a) => n + a.grants, 0);
  const ordinary = s.active.filter((a) => !a.privileged).reduce((n, a) => n + a.grants, 0);
  fill(root,
    h('div', { class: 'figures' },
      h('div', {}, h('span', { class: 'figure' }, String(privileged)), 'privileged grants live'),
      h('div', {}, h('span', { class: 'figure' }, String(ordinary)), 'ordinary grants live'),
      h('div', {}, h('a', { class: 'figure', href: ctx.href('access-provisioning/requests-view') }, String(s.pendingRequests)), 'requests pending')),
    bars(s.active.map((a) => ({ label: a.entitlement, value: a.grants, tone: a.privileged ? 'bad' : '' })), { title: 'Live grants by entitlement' }),
    h('h3', {}, 'Ending this week'),
    table([['User', (e) => e.username], ['Entitlement', (e) => e.entitlement], ['Ends', (e) => when(e.expiresAt)]], s.endingSoon.slice(0, 8), 'None.'));
}
