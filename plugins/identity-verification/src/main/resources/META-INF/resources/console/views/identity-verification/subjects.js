// Subjects with search and the status of their newest vetting case (DATA-01, HIRE-02).
import { h, fill, table, badge, when, errorLine } from '../../ui.js';

export async function render(root, ctx) {
  const q = h('input', { type: 'search', id: 'subject-search', name: 'q', value: ctx.params.get('q') || '' });
  const list = h('div', { 'aria-live': 'polite' });
  const load = async () => {
    try {
      const rows = await ctx.api.get('/api/vetting/subjects?limit=100&q=' + encodeURIComponent(q.value.trim()));
      fill(list, table([
        ['Legal name', (s) => s.caseId ? h('a', { href: ctx.href('identity-verification/case-view', { id: s.caseId }) }, s.legalName) : s.legalName],
        ['Kind', (s) => s.kind],
        ['Claimed country', (s) => s.claimedCountry],
        ['Status', (s) => badge(s.status)],
        ['Complete', (s) => s.percentComplete + ' %'],
        ['Open flags', (s) => String(s.openFlags)],
        ['Created', (s) => when(s.createdAt)],
      ], rows, q.value ? 'No subject matches.' : 'No subjects yet.'));
    } catch (e) { fill(list, errorLine(e)); }
  };
  let timer;
  q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, 250); });
  fill(root,
    h('h1', {}, 'Subjects'),
    h('div', { class: 'toolbar' },
      h('div', { class: 'field' }, h('label', { for: 'subject-search' }, 'Search by legal name'), q),
      ctx.can('it-admin') ? h('a', { href: ctx.href('identity-verification/new-subject-view'), class: 'button-link' }, 'New subject') : null),
    list);
  await load();
}
