// The guidance coverage matrix: each control, the plugins enforcing it and its evidence (the
// sealed audit records naming it). Controls marked "never" are not automated, by design.
import { h, fill, table, badge, bars } from '../../ui.js';

export async function render(root, ctx) {
  const rows = await ctx.api.get('/api/controls');
  const q = h('input', { type: 'search', id: 'coverage-filter' });
  const out = h('div', {});
  const family = (id) => id.replace(/-.*$/, '');
  const perFamily = new Map();
  rows.forEach((r) => perFamily.set(family(r.control.id), (perFamily.get(family(r.control.id)) || 0) + r.evidence));
  const draw = () => {
    const t = q.value.trim().toLowerCase();
    fill(out, table([
      ['Control', (r) => r.control.id], ['Name', (r) => r.control.name],
      ['Automation', (r) => (r.control.automation === 'never' ? badge('NEVER') : r.control.automation)],
      ['Enforced by', (r) => r.enforcedBy.join(', ')], ['Evidence', (r) => String(r.evidence)],
    ], rows.filter((r) => !t || (r.control.id + ' ' + r.control.name + ' ' + r.enforcedBy.join(' ')).toLowerCase().includes(t))));
  };
  q.addEventListener('input', draw);
  const enforced = rows.filter((r) => r.enforcedBy.length).length;
  fill(root, h('h1', {}, 'Guidance coverage'),
    h('p', {}, enforced + ' of ' + rows.length + ' controls enforced by a deployed plugin.'),
    bars([...perFamily].map(([label, value]) => ({ label, value })), { title: 'Evidence records per control family' }),
    h('div', { class: 'toolbar' }, h('div', { class: 'field' }, h('label', { for: 'coverage-filter' }, 'Filter'), q)), out);
  draw();
}
