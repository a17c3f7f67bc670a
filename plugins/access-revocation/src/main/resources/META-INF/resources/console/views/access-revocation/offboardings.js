// Scheduled offboardings: create one at the person's last moment (RESP-05), cancel one that has
// not started.
import { h, fill, table, badge, when, field, form, errorLine, panel } from '../../ui.js';

export async function render(root, ctx) {
  const list = h('div', {});
  const load = async () => {
    try {
      const runs = (await ctx.api.get('/api/revocation/runs?limit=200')).filter((r) => r.kind === 'OFFBOARDING');
      fill(list, table([
        ['User', (r) => h('a', { href: ctx.href('access-revocation/run-view', { id: r.id }) }, r.username)],
        ['At', (r) => when(r.scheduledFor)], ['State', (r) => badge(r.state)], ['Reason', (r) => r.reason],
        ['', (r) => (r.state === 'SCHEDULED' ? h('button', { type: 'button', onclick: async () => {
          try { await ctx.api.del('/api/revocation/runs/' + r.id); await load(); } catch (e) { list.prepend(errorLine(e)); }
        } }, 'Cancel') : '')],
      ], runs, 'No offboardings.'));
    } catch (e) { fill(list, errorLine(e)); }
  };
  const f = form([h('div', { class: 'form-grid' },
    field('username', 'Workforce username', { required: true }),
    field('at', 'Last moment (your local time)', { kind: 'datetime-local', required: true }),
    field('reason', 'Reason', { kind: 'textarea', required: true }))],
  'Schedule offboarding', async (v) => {
    const at = v.at ? new Date(v.at).toISOString() : null;
    await ctx.api.post('/api/revocation/offboardings', { targets: [{ username: v.username }], reason: v.reason, at });
    f.reset();
    await load();
  });
  // the server names targets[0].username and at
  f.querySelector('[data-field="username"]').dataset.field = 'targets';
  fill(root, h('h1', {}, 'Offboardings'), panel('Schedule', f), panel('Offboardings', list));
  await load();
}
