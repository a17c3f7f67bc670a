// A vetting case: required checks, recording a check, the liveness challenge shown large with its
// countdown, evidence by drag and drop, percent complete, red flags and the officer's sign-off.
import { h, fill, table, badge, when, field, form, errorLine, dropZone, panel } from '../../ui.js';

const withId = (id, el) => { el.id = id; return el; };

export async function render(root, ctx) {
  const id = ctx.params.get('id');
  const policy = await ctx.api.get('/api/vetting/policy');
  let challenge = null;
  let countdown = null;
  ctx.onLeave(() => clearInterval(countdown));

  const draw = async () => {
    let c;
    try { c = await ctx.api.get('/api/vetting/cases/' + encodeURIComponent(id)); } catch (e) { fill(root, errorLine(e)); return; }
    const subject = await ctx.api.get('/api/vetting/subjects/' + c.subjectId);
    const latest = Object.fromEntries(c.checks.map((k) => [k.checkType, k]));
    const checkTitle = (t) => (policy.checks[t] || {}).title || t;
    const mayRecord = ctx.can('it-admin') || ctx.can('security-officer');

    const checks = panel('Required checks', table([
      ['Check', (t) => h('span', { 'data-check': t, title: ((policy.checks[t] || {}).controls || []).join(', ') }, checkTitle(t))],
      ['Outcome', (t) => (latest[t] ? badge(latest[t].outcome) : badge('MISSING'))],
      ['Recorded', (t) => (latest[t] ? latest[t].recordedBy + ', ' + when(latest[t].recordedAt) : '')],
    ], c.requiredChecks));

    const progress = h('div', { class: 'figures' },
      h('div', {}, h('span', { class: 'figure', id: 'case-status' }, c.status), 'status'),
      h('div', {}, h('span', { class: 'figure', id: 'case-percent' }, c.percentComplete + ' %'), 'complete'),
      h('progress', { max: 100, value: c.percentComplete, 'aria-label': 'percent complete' }));

    const recordForm = mayRecord ? panel('Record a check', withId('record-check', form([
      h('div', { class: 'form-grid' },
        field('checkType', 'Check', { kind: 'select', value: c.missingChecks[0], options: [...new Set([...c.requiredChecks, ...Object.keys(policy.checks)])].map((t) => [t, checkTitle(t)]) }),
        field('outcome', 'Outcome', { kind: 'select', options: [['PASS', 'Pass'], ['FAIL', 'Fail'], ['FLAG', 'Flag'], ['NOT_APPLICABLE', 'Not applicable']] }),
        field('reason', 'Reason'),
        field('notes', 'Notes', { kind: 'textarea' })),
    ], 'Record check', async (v) => {
      const usesChallenge = v.checkType === 'liveness' && challenge;
      if (usesChallenge) v.challengeId = challenge.challengeId;
      await ctx.api.post('/api/vetting/cases/' + id + '/checks', v);
      if (usesChallenge) challenge = null; // one use only
      await draw();
    }))) : null;

    const live = h('div', { id: 'challenge' });
    const showChallenge = () => {
      clearInterval(countdown);
      if (!challenge) return;
      const left = h('p', { class: 'countdown', 'aria-live': 'off' });
      fill(live, h('p', { class: 'challenge', id: 'challenge-phrase' }, challenge.phrase),
        h('ol', {}, challenge.moves.map((m) => h('li', {}, m))), left);
      const tick = () => {
        const s = Math.max(0, Math.round((new Date(challenge.expiresAt) - Date.now()) / 1000));
        fill(left, s > 0 ? `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left` : 'Expired: issue a new challenge');
      };
      tick();
      countdown = setInterval(tick, 1000);
    };
    const liveness = mayRecord ? panel('Liveness challenge',
      h('p', { class: 'hint' }, 'Show this to the interviewer: the person reads the phrase aloud and makes the moves in this order (LIVE-01..04). Record the liveness check while it is valid.'),
      h('button', { type: 'button', id: 'issue-challenge', onclick: async () => {
        challenge = await ctx.api.post('/api/vetting/cases/' + id + '/liveness-challenges');
        showChallenge();
      } }, 'Issue a challenge'), live) : null;

    const evidenceMsg = h('p', { role: 'status' });
    const evidence = withId('evidence', panel('Evidence',
      table([
        ['File', (e) => e.fileName], ['Type', (e) => e.contentType], ['Bytes', (e) => String(e.sizeBytes)],
        ['SHA-256', (e) => h('code', {}, e.sha256)], ['Uploaded', (e) => e.uploadedBy + ', ' + when(e.uploadedAt)],
      ], c.evidence, 'No evidence uploaded.'),
      mayRecord ? dropZone('Drop a PNG, JPEG or PDF here (at most 10 MiB), or press to choose one. Stored encrypted.', 'image/png,image/jpeg,application/pdf', async (file) => {
        fill(evidenceMsg, 'Uploading ' + file.name + '…');
        try {
          await ctx.api.post('/api/vetting/cases/' + id + '/evidence?fileName=' + encodeURIComponent(file.name), file);
          await draw();
        } catch (e) { fill(evidenceMsg, errorLine(e)); }
      }) : null, evidenceMsg));

    const flags = panel('Red flags', table([
      ['Rule', (f) => f.rule], ['Summary', (f) => f.summary], ['Evidence', (f) => f.evidence],
      ['Controls', (f) => f.controls], ['State', (f) => badge(f.clearedAt ? 'CLEARED' : 'OPEN')],
    ], c.flags, 'No red flags.'));

    const signMsg = h('p', { role: 'status' });
    const signOff = ctx.can('security-officer') && c.status !== 'PASSED' ? panel('Sign-off',
      h('p', { class: 'hint' }, 'A second person who recorded none of the checks passes the case. Missing: ' + (c.missingChecks.join(', ') || 'nothing') + '.'),
      h('button', { type: 'button', class: 'primary', id: 'sign-off', onclick: async () => {
        try { await ctx.api.post('/api/vetting/cases/' + id + '/sign-off'); await draw(); } catch (e) { fill(signMsg, errorLine(e)); }
      } }, 'Sign off'), signMsg) : null;

    fill(root,
      h('h1', {}, 'Vetting case: ', subject.legalName),
      h('p', {}, 'Tier ', c.tier, ' · ', c.reason, ' · opened by ', c.openedBy, ' ', when(c.openedAt),
        c.signedOffBy ? ' · signed off by ' + c.signedOffBy + ' ' + when(c.signedOffAt) : ''),
      c.status === 'PASSED' && ctx.can('it-admin') && ctx.has('access-provisioning/provision-view')
        ? h('p', {}, h('a', { class: 'button-link', id: 'provision-link', href: ctx.href('access-provisioning/provision-view', { subject: c.subjectId }) }, 'Provision access')) : null,
      progress, checks, recordForm, liveness, evidence, flags, signOff,
      panel('Subject', h('dl', { class: 'facts' }, [
        ['Subject id', subject.id], ['Claimed', [subject.claimedCity, subject.claimedCountry].filter(Boolean).join(', ')],
        ['Time zone', subject.timeZone || ''], ['Document country', subject.documentCountry || ''],
        ['Sourcing', subject.sourcingChannel], ['Payout', subject.payoutMethod],
        ['Identifiers', subject.identifiers.join(' · ')]].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))));
    showChallenge();
  };
  await draw();
}
