// One revocation run, live: steps as they finish, time to zero access, rotated clients and owner
// notices, the people-side checklist editable in place, and the sealed evidence.
import { h, fill, table, badge, when, errorLine, panel, poll, saveFile } from '../../ui.js';

export async function render(root, ctx) {
  const id = ctx.params.get('id');
  const head = h('div', {});
  const body = h('div', {});
  fill(root, head, body);
  let drawnChecklist = false;
  const checklist = h('div', {});

  const drawChecklist = (d) => {
    const officer = ctx.can('security-officer');
    fill(checklist, table([
      ['Control', (t) => t.control], ['Task', (t) => t.title],
      ['Owner', (t) => (officer ? h('input', { type: 'text', value: t.owner || '', 'aria-label': 'owner of ' + t.control, 'data-task': t.control, 'data-part': 'owner' }) : t.owner || '')],
      ['Note', (t) => (officer ? h('input', { type: 'text', value: t.note || '', 'aria-label': 'note on ' + t.control, 'data-task': t.control, 'data-part': 'note' }) : t.note || '')],
      ['Done', (t) => (officer ? h('input', { type: 'checkbox', checked: !!t.doneAt, 'aria-label': t.control + ' done', 'data-task': t.control, 'data-part': 'done' }) : t.doneAt ? t.doneBy + ', ' + when(t.doneAt) : '')],
    ], d.checklist, 'No checklist.'));
    checklist.querySelectorAll('[data-task]').forEach((input) => input.addEventListener('change', async () => {
      const c = input.dataset.task;
      const get = (part) => checklist.querySelector(`[data-task="${c}"][data-part="${part}"]`);
      try {
        await ctx.api.put('/api/revocation/runs/' + id + '/checklist/' + c, { owner: get('owner').value, note: get('note').value, done: get('done').checked });
        input.classList.add('saved');
      } catch (e) { checklist.prepend(errorLine(e)); }
    }));
  };

  poll(ctx, 400, async () => {
    let d;
    try { d = await ctx.api.get('/api/revocation/runs/' + encodeURIComponent(id)); } catch (e) { fill(head, errorLine(e)); return true; }
    const r = d.run;
    fill(head,
      h('h1', {}, (r.kind === 'CONTAINMENT' ? 'Containment of ' : 'Offboarding of ') + r.username),
      h('div', { class: 'figures' },
        h('div', {}, h('span', { class: 'figure', id: 'run-state' }, r.state), 'state'),
        h('div', {}, h('span', { class: 'figure', id: 'zero-access' }, r.zeroAccessMs != null ? r.zeroAccessMs + ' ms' : '…'), 'time to zero access'),
        h('div', {}, h('span', { class: 'figure' }, r.completeness != null ? r.completeness + ' %' : '…'), 'identity record complete')),
      h('p', {}, 'Reason: ', r.reason, ' · requested by ', r.requestedBy, ' ', when(r.requestedAt), r.lastError ? ' · last error: ' + r.lastError : ''));
    fill(body,
      panel('Steps', table([
        ['Action', (s) => s.actionId], ['State', (s) => badge(s.state)], ['Attempts', (s) => String(s.attempts)],
        ['Done', (s) => when(s.doneAt)], ['Verified', (s) => when(s.verifiedAt)], ['Error', (s) => s.lastError || ''],
      ], d.steps, 'Not started.')),
      panel('Rotated client secrets', table([
        ['Client', (x) => x.clientId], ['New fingerprint', (x) => h('code', {}, x.fingerprint)], ['Rotated', (x) => when(x.rotatedAt)],
      ], d.rotations, 'None.'), table([['Owner notified', (n) => n.owner], ['System', (n) => n.system], ['Sent', (n) => when(n.sentAt)]], d.notices, 'No owner notices.')),
      panel('Checklist (people-side RESP tasks)', checklist),
      panel('Evidence', h('p', {}, 'Snapshot SHA-256: ', h('code', { id: 'snapshot-sha' }, r.snapshotSha256 || 'not sealed yet'), ' ', when(r.sealedAt)),
        ctx.can('security-officer') || ctx.can('auditor') ? h('div', { class: 'toolbar' },
          r.snapshotSha256 ? h('button', { type: 'button', onclick: async () => {
            const res = await ctx.api.raw('GET', '/api/revocation/runs/' + id + '/snapshot');
            saveFile(await res.blob(), 'snapshot-' + id + '.json');
          } }, 'Download the snapshot') : null,
          h('a', { href: ctx.href('audit-reports/reports-view', { report: 'incident-package', run: id }), id: 'incident-package-link' }, 'Incident evidence package')) : null));
    if (!drawnChecklist || r.state === 'COMPLETED') { drawChecklist(d); drawnChecklist = true; }
    return ['COMPLETED', 'FAILED', 'CANCELLED', 'SUPERSEDED'].includes(r.state) || r.kind === 'OFFBOARDING' && r.state === 'SCHEDULED';
  });
}
