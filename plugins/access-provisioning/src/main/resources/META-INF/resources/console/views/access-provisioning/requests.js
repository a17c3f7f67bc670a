// Privileged requests (ORG-01a, ORG-02): asked for some hours, approved or refused by a security
// officer who is neither the requester nor the grantee (the server enforces both).
import { h, fill, table, badge, when, field, form, errorLine, panel } from '../../ui.js';

export async function render(root, ctx) {
  const { entitlements } = await ctx.api.get('/api/provisioning/profiles');
  const privileged = Object.entries(entitlements).filter(([, e]) => e.privileged);
  const list = h('div', {});
  const draw = async () => {
    try {
      const rows = await ctx.api.get('/api/provisioning/requests');
      fill(list, table([
        ['Entitlement', (r) => r.entitlement], ['Hours', (r) => String(r.hours)], ['Subject', (r) => h('code', {}, r.subjectId)],
        ['Justification', (r) => r.justification], ['Requested', (r) => r.requestedBy + ', ' + when(r.requestedAt)],
        ['State', (r) => badge(r.state)],
        ['Decision', (r) => (r.state !== 'PENDING' ? [r.decidedBy || '', ' ', r.decision || ''] : ctx.can('security-officer') ? decide(r) : '')],
      ], rows, 'No requests.'));
    } catch (e) { fill(list, errorLine(e)); }
  };
  const decide = (r) => {
    const reason = h('input', { type: 'text', name: 'reason', 'aria-label': 'Reason for refusing' });
    const msg = h('span', { role: 'alert', class: 'field-error' });
    const act = (path, body) => async () => {
      try { await ctx.api.post('/api/provisioning/requests/' + r.id + path, body && body()); await draw(); } catch (e) { fill(msg, errorLine(e)); }
    };
    return h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'primary', onclick: act('/approve') }, 'Approve'),
      reason, h('button', { type: 'button', onclick: act('/refuse', () => ({ reason: reason.value })) }, 'Refuse'), msg);
  };
  const ask = ctx.can('it-admin') || ctx.can('security-officer') ? panel('Request privileged access', form([h('div', { class: 'form-grid' },
    field('subjectId', 'Subject id', { required: true }),
    field('entitlement', 'Entitlement', { kind: 'select', options: privileged.map(([key, e]) => [key, key + ' — ' + e.standsFor + ' (≤ ' + e.maxHours + ' h)']) }),
    field('hours', 'Hours', { kind: 'number', required: true, value: 4 }),
    field('justification', 'Justification', { kind: 'textarea', required: true }))],
  'Request', async (v) => { await ctx.api.post('/api/provisioning/requests', v); await draw(); })) : null;
  fill(root, h('h1', {}, 'Privileged requests'), ask, panel('Requests', list));
  await draw();
}
