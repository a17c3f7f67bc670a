// The audit trail for auditors: chain status (verify, first broken record, last signed checkpoint),
// records with paging and filters, and the signed checkpoints (ir-2.1.4, XFOR-01).
import { h, fill, table, badge, when, errorLine, panel } from '../../ui.js';

const PAGE = 50;

export async function render(root, ctx) {
  const status = h('div', { id: 'chain-status', 'aria-live': 'polite' });
  const records = h('div', {});
  const checkpoints = h('div', {});
  let from = Number(ctx.params.get('from') || 1);
  const filter = {
    action: h('input', { type: 'search', id: 'filter-action', placeholder: 'e.g. revocation' }),
    actor: h('input', { type: 'search', id: 'filter-actor' }),
  };

  const verify = async () => {
    fill(status, 'Verifying the whole chain…');
    try {
      const v = await ctx.api.post('/api/audit/verify');
      fill(status,
        h('div', { class: 'figures' },
          h('div', {}, h('span', { class: 'figure', id: 'chain-intact' }, v.intact ? 'INTACT' : 'BROKEN'), 'chain'),
          h('div', {}, h('span', { class: 'figure' }, String(v.recordsChecked)), 'records checked'),
          h('div', {}, h('span', { class: 'figure' }, String(v.lastCheckpointSeq)), 'last signed checkpoint'),
          h('div', {}, h('span', { class: 'figure' }, String(v.unsignedRecords)), 'newer than it')),
        v.intact ? null : h('p', { class: 'error', role: 'alert' }, 'First broken record: ', String(v.firstBrokenSeq), ' — ', v.problem),
        h('p', { class: 'hint' }, 'Anchored outside the database up to record ' + v.anchoredSeq + '; ' + v.pendingRecords + ' pending.'));
    } catch (e) { fill(status, errorLine(e)); }
  };

  const loadRecords = async () => {
    try {
      const rows = await ctx.api.get('/api/audit/records?from=' + from + '&limit=' + PAGE);
      const a = filter.action.value.trim().toLowerCase();
      const who = filter.actor.value.trim().toLowerCase();
      const shown = rows.filter((r) => (!a || r.action.toLowerCase().includes(a)) && (!who || r.actor.toLowerCase().includes(who)));
      fill(records,
        h('div', { class: 'toolbar' },
          h('button', { type: 'button', disabled: from <= 1, onclick: () => { from = Math.max(1, from - PAGE); loadRecords(); } }, 'Older'),
          h('span', {}, rows.length ? 'Records ' + rows[0].seq + '–' + rows[rows.length - 1].seq : 'No records from ' + from),
          h('button', { type: 'button', disabled: rows.length < PAGE, onclick: () => { from += PAGE; loadRecords(); } }, 'Newer')),
        table([
          ['Seq', (r) => String(r.seq)], ['When', (r) => when(r.occurredAt)], ['Actor', (r) => r.actor + ' (' + r.actorRole + ')'],
          ['Action', (r) => r.action], ['Subject', (r) => r.subject || ''], ['Controls', (r) => r.controls || ''],
          ['Outcome', (r) => badge(r.outcome)], ['Hash', (r) => h('code', { title: r.recordHash }, (r.recordHash || '').slice(0, 12))],
        ], shown, 'No record on this page matches.'));
    } catch (e) { fill(records, errorLine(e)); }
  };
  Object.values(filter).forEach((i) => i.addEventListener('input', loadRecords));

  fill(root, h('h1', {}, 'Audit trail'),
    panel('Chain', status, h('button', { type: 'button', class: 'primary', id: 'verify-chain', onclick: verify }, 'Verify again')),
    panel('Records',
      h('div', { class: 'toolbar' },
        h('div', { class: 'field' }, h('label', { for: 'filter-action' }, 'Action contains'), filter.action),
        h('div', { class: 'field' }, h('label', { for: 'filter-actor' }, 'Actor contains'), filter.actor)),
      records),
    panel('Signed checkpoints', checkpoints));
  await Promise.all([verify(), loadRecords(), (async () => {
    try {
      fill(checkpoints, table([
        ['Seq', (c) => String(c.seq)], ['Signed', (c) => when(c.signedAt)], ['Key', (c) => c.keyId],
        ['Record hash', (c) => h('code', {}, c.recordHash)],
      ], await ctx.api.get('/api/audit/checkpoints?limit=20'), 'No checkpoint signed yet.'));
    } catch (e) { fill(checkpoints, errorLine(e)); }
  })()]);
}
