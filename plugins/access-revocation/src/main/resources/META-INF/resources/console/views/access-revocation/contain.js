// Contain: one user or many, now and covertly (RESP-02, RESP-07). Opened from the header on every
// page; asks for the usernames and a reason, then an explicit confirmation, then follows the run.
import { h, fill, field, form } from '../../ui.js';

export async function render(root, ctx) {
  const f = form([
    field('usernames', 'Workforce usernames', { kind: 'textarea', required: true, hint: 'one or more, separated by commas or new lines' }),
    field('reason', 'Reason', { kind: 'textarea', required: true, hint: 'at least 5 characters; goes into the evidence package' }),
    field('confirm', 'I confirm: end every session, token, credential and membership of these users now', { kind: 'checkbox' }),
  ], 'Contain now', async (v) => {
    const usernames = (v.usernames || '').split(/[\s,]+/).filter(Boolean);
    if (!v.confirm) {
      throw { problem: { title: 'Not confirmed', errors: [{ field: 'confirm', message: 'tick to confirm the containment' }] } };
    }
    const batch = await ctx.api.post('/api/revocation/containments', {
      targets: usernames.map((username) => ({ username })), reason: v.reason, waitSeconds: 0,
    });
    ctx.close();
    if (batch.runs.length === 1) ctx.go('access-revocation/run-view', { id: batch.runs[0].id });
    else ctx.go('access-revocation/runs-view', { batch: batch.batchId });
  }, { danger: true });
  f.id = 'contain-form';
  // the server names targets[i].username: show those on the usernames field
  f.querySelector('[data-field="usernames"]').dataset.field = 'targets';
  fill(root, h('p', { class: 'hint' }, 'Covert: the user is not told. Evidence is sealed first, then access goes to zero and readable client secrets are rotated.'), f);
  f.querySelector('textarea').focus();
}
