// Dashboard card: the audit chain's last signed checkpoint, with the way to verify the whole
// chain. Verifying reads every record (seconds for a million), so the card does not do it on
// every dashboard load: the Audit trail page does, on arrival and on demand.
import { h, fill, when } from '../../ui.js';

export async function render(root, ctx) {
  const [last] = await ctx.api.get('/api/audit/checkpoints?limit=1');
  fill(root,
    h('div', { class: 'figures' },
      h('div', {}, h('span', { class: 'figure', id: 'last-checkpoint' }, last ? '#' + last.seq : 'none'), 'last signed checkpoint')),
    h('p', {}, last ? 'Signed ' + when(last.signedAt) + ' with key ' + last.keyId + '.' : 'No checkpoint signed yet.'),
    h('p', {}, h('a', { class: 'button-link', href: ctx.href('audit-reports/audit-trail-view') }, 'Verify the chain')));
}
