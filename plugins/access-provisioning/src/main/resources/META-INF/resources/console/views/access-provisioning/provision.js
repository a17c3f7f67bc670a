// Provisioning: the change set for a subject is computed and shown first (a dry run, XIAM-01);
// only then can the IT admin apply it in Keycloak. The subject's grants are listed below.
import { h, fill, table, badge, when, field, form, errorLine, panel } from '../../ui.js';

export async function render(root, ctx) {
  const { profiles } = await ctx.api.get('/api/provisioning/profiles');
  const subject = ctx.params.get('subject') || '';
  const planOut = h('div', { id: 'plan', 'aria-live': 'polite' });
  const grantsOut = h('div', { id: 'grants' });
  let planned = null;

  const showGrants = async (subjectId) => {
    if (!/^[0-9a-f-]{36}$/.test(subjectId)) return;
    try {
      const grants = await ctx.api.get('/api/provisioning/subjects/' + subjectId + '/grants');
      fill(grantsOut, table([
        ['Entitlement', (g) => g.entitlement], ['Risk', (g) => (g.privileged ? badge('HIGH') : 'ordinary')],
        ['State', (g) => badge(g.state)], ['Granted', (g) => g.grantedBy + ', ' + when(g.grantedAt)],
        ['Expires', (g) => when(g.expiresAt)], ['Ended', (g) => (g.endedAt ? g.endedBy + ', ' + when(g.endedAt) : '')],
      ], grants, 'No grants.'));
    } catch (e) { fill(grantsOut, errorLine(e)); }
  };

  const apply = h('button', { type: 'button', class: 'primary', id: 'apply', disabled: true, onclick: async () => {
    apply.disabled = true;
    try {
      const grants = await ctx.api.post('/api/provisioning/apply', planned);
      fill(planOut, h('p', { class: 'ok', role: 'status' }, 'Applied: ' + grants.length + ' grants live in Keycloak for ' + planned.username + '.'));
      await showGrants(planned.subjectId);
    } catch (e) { planOut.append(errorLine(e)); }
  } }, 'Apply in Keycloak');

  const f = form([h('div', { class: 'form-grid' },
    field('subjectId', 'Subject id', { required: true, value: subject }),
    field('username', 'Workforce username', { required: true, hint: '3-60 of a-z 0-9 . _ -' }),
    field('email', 'Work e-mail', { kind: 'email', required: true }),
    field('firstName', 'First name', { required: true }),
    field('lastName', 'Last name', { required: true }),
    field('profile', 'Access profile', { kind: 'select', options: Object.values(profiles).map((p) => [p.name, p.name + ' (' + p.entitlements.map((e) => e.name).join(', ') + ')']) }))],
  'Show the plan', async (v) => {
    apply.disabled = true;
    const plan = await ctx.api.post('/api/provisioning/plan', v);
    planned = v;
    fill(planOut,
      h('p', {}, plan.allowed ? 'Allowed. ' : 'Refused: ' + plan.refusal + ' ', plan.userExists ? 'The Keycloak user exists.' : 'A new Keycloak user will be created.'),
      table([['Change', (c) => c.action], ['Entitlement', (c) => c.entitlement], ['Risk', (c) => (c.privileged ? badge('HIGH') : 'ordinary')]], plan.changes, 'No change needed.'));
    apply.disabled = !plan.allowed || !ctx.can('it-admin');
    await showGrants(v.subjectId);
  });
  f.id = 'plan-form';
  fill(root, h('h1', {}, 'Provision'),
    panel('Plan', f, planOut, ctx.can('it-admin') ? apply : h('p', { class: 'hint' }, 'Only an IT admin applies.')),
    panel('Grants', grantsOut));
  await showGrants(subject);
}
