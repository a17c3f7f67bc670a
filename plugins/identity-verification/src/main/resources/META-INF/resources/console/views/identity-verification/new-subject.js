// The identity record of a new subject (DATA-01..18), as the IT admin enters it. The server
// validates every field; its problem+json is shown beside the field it names. Nothing here asks
// for ethnicity, age, sex, accent or name origin.
import { h, field, form } from '../../ui.js';

const list = (v) => (v ? v.split(/[\n,]/).map((x) => x.trim()).filter(Boolean) : undefined);

export async function render(root, ctx) {
  const policy = await ctx.api.get('/api/vetting/policy');
  const tiers = Object.keys(policy.tiers || { standard: [] });
  const f = form([
    h('div', { class: 'form-grid' },
      field('legalName', 'Legal name', { required: true, attrs: { maxlength: 200 } }),
      field('kind', 'Kind', { kind: 'select', options: [['CANDIDATE', 'Candidate'], ['STAFF', 'Existing staff']] }),
      field('tier', 'Vetting tier', { kind: 'select', options: tiers.map((t) => [t, t]) }),
      field('phones', 'Phone numbers', { required: true, hint: 'one or more, separated by commas' }),
      field('emails', 'E-mail addresses', { required: true, hint: 'one or more, separated by commas' }),
      field('claimedCountry', 'Claimed country of residence', { required: true, hint: 'two letters, e.g. US', attrs: { maxlength: 2 } }),
      field('claimedCity', 'Claimed city'),
      field('timeZone', 'Time zone', { hint: 'e.g. America/Chicago' }),
      field('documentCountry', 'Identity document country', { attrs: { maxlength: 2 } }),
      field('documentNumber', 'Identity document number', { hint: 'stored only as a keyed hash' }),
      field('sourcingChannel', 'Sourcing channel', { kind: 'select', options: ['JOB_PORTAL', 'DIRECT_OUTREACH', 'OPEN_SOURCE', 'REFERRAL', 'RECRUITER', 'BOUNTY_OR_HACKATHON', 'AGENCY', 'OTHER'].map((c) => [c, c.replaceAll('_', ' ').toLowerCase()]) }),
      field('referrerId', 'Referrer (subject id)', { hint: 'for a referral' }),
      field('payoutMethod', 'Payout method', { kind: 'select', options: [['PAYROLL', 'payroll'], ['BANK_TRANSFER', 'bank transfer'], ['CRYPTO', 'crypto'], ['THIRD_PARTY', 'third party']] }),
      field('payoutHolder', 'Payout account holder'),
      field('bankAccount', 'Bank account'),
      field('wallet', 'Wallet address'),
      field('shippingAddress', 'Equipment shipping address', { kind: 'textarea' }),
      field('githubAccounts', 'GitHub accounts', { hint: 'separated by commas' }),
      field('ipAddresses', 'IP addresses seen', { hint: 'separated by commas' }),
      field('offeredSalary', 'Offered salary', { kind: 'number' }),
      field('marketBandMin', 'Market band minimum', { kind: 'number' }),
      field('marketBandMax', 'Market band maximum', { kind: 'number' })),
  ], 'Create subject and open the case', async (v) => {
    for (const k of ['phones', 'emails', 'githubAccounts', 'ipAddresses']) v[k] = list(v[k]);
    if (v.claimedCountry) v.claimedCountry = v.claimedCountry.toUpperCase();
    if (v.documentCountry) v.documentCountry = v.documentCountry.toUpperCase();
    const created = await ctx.api.post('/api/vetting/subjects', v);
    ctx.go('identity-verification/case-view', { id: created.caseId });
  });
  f.id = 'new-subject';
  root.replaceChildren(h('h1', {}, 'New subject'),
    h('p', { class: 'hint' }, 'The identity record the guidance asks for (DATA-01..18). Identifiers are stored as keyed hashes and shown masked.'),
    f);
}
