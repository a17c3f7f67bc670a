// The red-flag queue: what raised each flag, and clearing it with a written justification
// (security officers only; the server checks that too).
import { h, fill, when, field, form, errorLine, panel } from '../../ui.js';

const tagged = (id, el) => { el.dataset.flag = id; return el; };

export async function render(root, ctx) {
  const draw = async () => {
    let rows;
    try { rows = await ctx.api.get('/api/vetting/flags'); } catch (e) { fill(root, h('h1', {}, 'Red flags'), errorLine(e)); return; }
    fill(root, h('h1', {}, 'Red flags'),
      rows.length === 0 ? h('p', { class: 'empty' }, 'No open red flags.') : null,
      rows.map(({ flag, legalName, caseId }) => tagged(flag.id, panel(flag.rule + ' — ' + (legalName || flag.subjectId),
        h('p', {}, flag.summary),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Evidence'), h('dd', {}, flag.evidence),
          h('dt', {}, 'Controls'), h('dd', {}, flag.controls),
          h('dt', {}, 'Raised'), h('dd', {}, when(flag.raisedAt)),
          h('dt', {}, 'Case'), h('dd', {}, caseId ? h('a', { href: ctx.href('identity-verification/case-view', { id: caseId }) }, 'open the case') : '')),
        ctx.can('security-officer') ? form([
          field('justification', 'Justification for clearing', { kind: 'textarea', required: true }),
        ], 'Clear flag', async (v) => {
          await ctx.api.post('/api/vetting/flags/' + flag.id + '/clear', v);
          await draw();
        }) : null))));
  };
  await draw();
}
