// Drift (memberships granted outside Hirewall) and the realm's posture against the guidance.
import { h, fill, table, when, errorLine, panel } from '../../ui.js';

export async function render(root, ctx) {
  const posture = h('div', {});
  const drift = h('div', {});
  const reconcileMsg = h('p', { role: 'status' });
  const loadDrift = async () => {
    try {
      fill(drift, table([['Username', (d) => d.username], ['Entitlement', (d) => d.entitlement], ['Found', (d) => when(d.foundAt)], ['Reverted', (d) => when(d.revertedAt)]],
        await ctx.api.get('/api/provisioning/drift'), 'No drift found.'));
    } catch (e) { fill(drift, errorLine(e)); }
  };
  fill(root, h('h1', {}, 'Drift and posture'),
    panel('Realm posture', posture),
    ctx.can('security-officer') || ctx.can('auditor') ? panel('Drift', drift,
      ctx.can('security-officer') ? h('button', { type: 'button', onclick: async () => {
        fill(reconcileMsg, 'Reconciling…');
        try { const found = await ctx.api.post('/api/provisioning/reconcile'); fill(reconcileMsg, found.length + ' finding(s).'); await loadDrift(); } catch (e) { fill(reconcileMsg, errorLine(e)); }
      } }, 'Reconcile now') : null, reconcileMsg) : null);
  try {
    const p = await ctx.api.get('/api/provisioning/posture');
    fill(posture, p.findings.length ? h('ul', {}, p.findings.map((f) => h('li', { class: 'error' }, f))) : h('p', {}, 'The realm matches the guidance.'));
  } catch (e) { fill(posture, errorLine(e)); }
  if (ctx.can('security-officer') || ctx.can('auditor')) await loadDrift();
}
