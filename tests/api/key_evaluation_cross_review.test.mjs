// Cross review (互审互评, R-KE-5) and the key-evaluation statistics over HTTP: demo_office draws a
// round over a report of 云岭天衡 it has in report review, the review goes to demo_agency's agency,
// which scores it on the region's quality sheet (R-KE-4) and scores it again; the author agency
// reads it but may not score it, an agency outside the round does not see it; bad scores name
// the item and change nothing; a closed round takes no scores. The statistics count the year's
// evaluations, fees and findings within the caller's scope.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, agency, county, unit, viewer, author, outsider;
const q = (sql) => server.db.query(sql);
const count = (sql) => Number(q(sql));
const now = '2026-03-01T08:00:00Z';

// An account of an agency, as the registry's keeper would create it, with demo_agency's password.
function agencyAccount(username, agencyId) {
  q(`INSERT INTO users (username, display_name, password_hash, role, region_id, must_change_password,
     created_at, updated_at) SELECT '${username}', '${username}', password_hash, 'agency', region_id, 0,
     '${now}', '${now}' FROM users WHERE username = 'demo_agency'`);
  q(`INSERT INTO agency_users (user_id, agency_id) SELECT id, ${agencyId} FROM users WHERE username = '${username}'`);
}

const agencyNamed = (prefix) => Number(q(`SELECT id FROM agencies WHERE name LIKE '${prefix}%'`));

before(async () => {
  server = await startServer();
  agencyAccount('tianheng_staff', agencyNamed('云岭天衡'));
  agencyAccount('chengyuan_staff', agencyNamed('滇南诚远'));
  [office, agency, county, unit, viewer, author, outsider] = await Promise.all(
    ['demo_office', 'demo_agency', 'demo_county_office', 'demo_unit', 'demo_viewer', 'tianheng_staff', 'chengyuan_staff']
      .map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

// A 2024 evaluation of the prefecture (a year the demo has none of) commissioned to the agency, its report handed in.
function handedIn(name, agencyId, extra = {}) {
  const p = q('SELECT id, unit_id, department_id, amount_fen FROM projects WHERE region_id = 1 AND year = 2025 ORDER BY id LIMIT 1')
    .split('|').map(Number);
  const officeId = count("SELECT id FROM users WHERE username = 'demo_office'");
  const cols = { status: "'report_review'", contract_fee_fen: 20_000_000, ...extra };
  q(`INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, unit_id, fund_type,
     budget_fen, due, mode, agency_id, created_by, created_at, updated_at, ${Object.keys(cols).join(', ')})
     VALUES (1, 2024, 'project', '${name}', ${p[0]}, ${p[2]}, ${p[1]}, 'general', 500000000, '2026-09-30',
     'agency', ${agencyId}, ${officeId}, '${now}', '${now}', ${Object.values(cols).join(', ')})`);
  return count(`SELECT id FROM key_evaluations WHERE name = '${name}'`);
}

const sheet = { format: 9.5, completeness: 24, performance: 28.25, evidence: 18, language: 14 };

test('the reviewer agency scores its review on the quality sheet; nobody else does', async () => {
  const evaluation = handedIn('互审报告甲', agencyNamed('云岭天衡'));
  const drawn = await office.post('/api/v1/key-evaluation-cross-rounds', { year: 2024, name: "2024年度互审", seed: 42 });
  assert.equal(drawn.status, 201, JSON.stringify(drawn.body));
  assert.deepEqual(drawn.body.quality_items.map((i) => i.code), ['format', 'completeness', 'performance', 'evidence', 'language']);
  assert.equal(drawn.body.quality_items[4].label, '语言文字规范性');
  const review = drawn.body.review_items.find((x) => x.evaluation_id === evaluation);
  // Whoever the draw chose, demo_agency's agency reviews it here.
  const mine = count("SELECT agency_id FROM agency_users au JOIN users u ON u.id = au.user_id WHERE u.username = 'demo_agency'");
  q(`UPDATE key_evaluation_cross_reviews SET reviewer_agency_id = ${mine} WHERE id = ${review.id}`);
  const path = `/api/v1/key-evaluation-cross-reviews/${review.id}`;

  const seen = await agency.get(`/api/v1/key-evaluation-cross-rounds/${drawn.body.id}`);
  assert.equal(seen.status, 200);
  assert.deepEqual(seen.body.actions, ['review']);
  assert.equal(seen.body.review_items[0].reviewable, true);

  const fingerprint = () => q(`SELECT COALESCE(scores_json, '') || '|' || COALESCE(total, -1) || '|' || comment
    || '|' || (SELECT COUNT(*) FROM audit_log) FROM key_evaluation_cross_reviews WHERE id = ${review.id}`);
  const untouched = fingerprint();
  // Bad sheets name the item or field.
  for (const [body, field] of [
    [{ scores: { ...sheet, language: 15.5 }, comment: '意见' }, 'scores.language'],
    [{ scores: { ...sheet, format: 9.555 }, comment: '意见' }, 'scores.format'],
    [{ scores: { ...sheet, style: 1 }, comment: '意见' }, 'scores.style'],
    [{ scores: { format: 9 }, comment: '意见' }, 'scores.completeness'],
    [{ scores: [1, 2], comment: '意见' }, 'scores'],
    [{ scores: sheet }, 'comment'],
    [{ scores: sheet, comment: '长'.repeat(2001) }, 'comment'],
  ]) {
    const res = await agency.put(path, body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.field, field);
  }
  // The author reads the review of its report but may not score it; an agency outside the round
  // and the county's office do not see it; the office and a viewer do not score.
  assert.equal((await author.get(`/api/v1/key-evaluation-cross-rounds/${drawn.body.id}`)).status, 200);
  assert.equal((await author.put(path, { scores: sheet, comment: '自评' })).status, 403);
  for (const c of [outsider, county]) {
    const res = await c.put(path, { scores: sheet, comment: '越权' });
    assert.equal(res.status, 404, JSON.stringify(res.body));
    assert.ok(!JSON.stringify(res.body).includes('互审报告甲'));
  }
  assert.equal((await office.put(path, { scores: sheet, comment: '越权' })).status, 403);
  assert.equal((await viewer.put(path, { scores: sheet, comment: '越权' })).status, 403);
  assert.equal((await agency.put('/api/v1/key-evaluation-cross-reviews/999999', { scores: sheet, comment: '无' })).status, 404);
  assert.equal(fingerprint(), untouched);

  const scored = await agency.put(path, { scores: sheet, comment: '结构清晰，证据略欠' });
  assert.equal(scored.status, 200, JSON.stringify(scored.body));
  const x = scored.body.review_items[0];
  assert.equal(x.total, '93.75');
  assert.deepEqual(x.scores, { format: '9.50', completeness: '24.00', performance: '28.25', evidence: '18.00', language: '14.00' });
  assert.equal(x.comment, '结构清晰，证据略欠');
  assert.ok(x.reviewed_by_name && x.reviewed_at);
  assert.equal(scored.body.reviewed, 1);
  // Again while open: the new sheet stands; both are in the round's timeline.
  const again = await agency.put(path, { scores: { ...sheet, format: 10 }, comment: '复核后' });
  assert.equal(again.body.review_items[0].total, '94.25');
  const history = (await office.get(`/api/v1/key-evaluation-cross-rounds/${drawn.body.id}/history`)).body;
  assert.equal(history.items.filter((h) => h.action === 'review').length, 2);
  // The author reads the scores it was given.
  const given = (await author.get(`/api/v1/key-evaluation-cross-rounds/${drawn.body.id}`)).body;
  assert.equal(given.review_items[0].total, '94.25');
  assert.equal(given.review_items[0].reviewable, false);

  // Closed: no more scores.
  const closed = await office.post(`/api/v1/key-evaluation-cross-rounds/${drawn.body.id}/close`, { version: drawn.body.version });
  assert.equal(closed.status, 200, JSON.stringify(closed.body));
  const late = await agency.put(path, { scores: sheet, comment: '结束后' });
  assert.equal(late.status, 422, JSON.stringify(late.body));
  assert.equal(count(`SELECT total FROM key_evaluation_cross_reviews WHERE id = ${review.id}`), 9425);
});

test('the statistics count the year within the scope: money by kind, fees, grades and findings', async () => {
  const base = (await office.get('/api/v1/key-evaluations/statistics?year=2024')).body;
  handedIn('统计定稿', agencyNamed('云岭天衡'), { status: "'finalised'", grade: "'good'", quality_score: 8800,
    fee_payable_fen: 16_000_000, finalised_at: `'${now}'` });
  handedIn('统计计划', agencyNamed('云岭天衡'), { status: "'planned'", contract_fee_fen: 0 });
  q("UPDATE key_evaluations SET agency_id = NULL, mode = 'finance', kind = 'policy' WHERE name = '统计计划'");
  const res = await office.get('/api/v1/key-evaluations/statistics?year=2024');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const st = res.body;
  assert.equal(st.total.evaluations, base.total.evaluations + 2);
  assert.equal(st.total.budget_fen, base.total.budget_fen + 1_000_000_000);
  assert.equal(st.total.finalised, base.total.finalised + 1);
  assert.equal(st.total.planned, base.total.planned + 1);
  assert.equal(st.total.deducted_fen, base.total.deducted_fen + 4_000_000);
  assert.ok(st.by_kind.some((g) => g.key === 'policy' && g.label === '财政政策'));
  assert.ok(st.by_grade.some((g) => g.key === 'good' && g.label === '良'));
  assert.ok(st.by_mode.some((g) => g.key === 'finance' && g.label === '财政自行评价'));
  assert.deepEqual(st.by_status.map((g) => g.label).slice(0, 1), ['计划中']);
  assert.match(st.total.rectification_rate, /^(—|\d+\.\d\d)$/);
  assert.ok(st.by_region.length >= 2, 'the prefecture has counties below it');
  assert.equal(st.by_region[0].own_level, true);

  // The county sees none of the prefecture's, and may not look at it; a unit and an agency see none.
  const c = (await county.get('/api/v1/key-evaluations/statistics?year=2024')).body;
  assert.ok(c.total.evaluations < st.total.evaluations);
  assert.equal((await county.get('/api/v1/key-evaluations/statistics?year=2024&region_id=1')).status, 404);
  assert.equal((await unit.get('/api/v1/key-evaluations/statistics?year=2024')).status, 403);
  assert.equal((await agency.get('/api/v1/key-evaluations/statistics?year=2024')).status, 403);
  assert.equal((await viewer.get('/api/v1/key-evaluations/statistics?year=2024')).status, 200);
  assert.equal((await office.get('/api/v1/key-evaluations/statistics')).status, 400);
});
