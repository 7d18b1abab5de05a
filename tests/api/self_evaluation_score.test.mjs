// 绩效自评计分 over HTTP (POST /api/v1/self-evaluations:score): the worked example of RULES.md as
// tests/cases/self_evaluation_scoring.json holds it, bad input answered as problem+json naming the
// field, a region's change of R-SE-2 changing the answer; nothing is ever saved by the route.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, loggedIn } from './harness.mjs';

const CASES = JSON.parse(readFileSync(new URL('../cases/self_evaluation_scoring.json', import.meta.url), 'utf8'));
const SUBCATEGORY = { output: 'quantity', benefit: 'social', satisfaction: 'service_recipient', cost: 'economic_cost' };
const fen = (wan) => Math.round(Number(wan) * 1_000_000);

// A case of the shared file as the route's body.
function bodyOf(c) {
  return {
    year: 2026, budget_fen: fen(c.budget_wan ?? '100'), executed_fen: fen(c.executed_wan ?? '100'),
    indicators: c.indicators.map(({ actual, ...i }) => ({ subcategory: SUBCATEGORY[i.category], ...i, actual_value: actual })),
  };
}

let server, unit, office;
before(async () => {
  server = await startServer();
  [unit, office] = await Promise.all(['demo_unit', 'demo_office'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const worked = CASES.cases[0];
const score = (client, body) => client.post('/api/v1/self-evaluations:score', body);

test('the worked example of RULES.md scores 69.00, 中, every part with its rule and inputs', async () => {
  assert.match(worked.note, /^RULES\.md 的算例/);
  const res = await score(unit, bodyOf(worked));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const out = res.body;
  assert.equal(out.execution_score, '9.00');
  assert.equal(out.execution_weight, '10.00');
  assert.equal(out.execution_rate, '90.00');
  assert.equal(out.execution_rule, 'R-SE-3');
  assert.equal(out.execution_detail, worked.execution_detail);
  assert.deepEqual(out.indicators.map((i) => i.score), ['15.00', '15.00', '0.00', '30.00']);
  assert.deepEqual(out.indicators.map((i) => i.weight), ['20.00', '15.00', '15.00', '40.00']);
  assert.deepEqual(out.indicators.map((i) => i.rule), ['R-SE-4', 'R-SE-4', 'R-SE-4', 'R-SE-4']);
  assert.deepEqual(out.indicators.map((i) => i.detail), worked.detail);
  assert.deepEqual(out.indicators.map((i) => i.needs_reason), [true, false, true, true]);
  assert.deepEqual(out.indicators.map((i) => i.met), [false, true, false, false]);
  assert.equal(out.total, '69.00');
  assert.equal(out.grade, 'fair');
  assert.equal(out.grade_label, '中');
  assert.equal(out.grade_rule, 'R-GR-1');
  assert.equal(out.self_total, null);
  // The unit's own scores: summed beside the computed ones; a qualitative one inside its band.
  const body = bodyOf(worked);
  body.indicators = body.indicators.map((i, k) => ({ ...i, self_score: ['14.00', 15, '0', 30][k] }));
  assert.equal((await score(unit, body)).body.self_total, '68.00');  // 9 + 14 + 15 + 0 + 30
  body.indicators.push({ category: 'output', subcategory: 'quality', name: '培训组织质量', comparator: 'qualitative',
    value: '达到预期', unit: '', weight: 0, actual_value: '部分达成并具有一定效果', self_score: null });
  const own = (await score(unit, body)).body;
  assert.equal(own.self_total, null, 'one indicator without a self score');
  assert.deepEqual(own.indicators[4].band, { code: 'partly', label: '部分达成并具有一定效果', floor: '0.00', ceiling: '0.00' });
});

test('bad input is a 400 problem naming the field, in Chinese', async () => {
  const base = bodyOf(worked);
  const at = (k, change) => ({ ...base, indicators: base.indicators.map((i, j) => (j === k ? { ...i, ...change } : i)) });
  const qualitative = { ...base, indicators: [...base.indicators, { category: 'benefit', subcategory: 'social',
    name: '群众认可度', comparator: 'qualitative', value: '明显提升', unit: '', weight: 0, actual_value: 'achieved' }] };
  const cases = [
    // the wrong kind of actual value: a word, a date, a number with %, for a number of 人次
    [at(0, { actual_value: '较多' }), 'indicators[0].actual_value'],
    [at(0, { actual_value: '2026-10-31' }), 'indicators[0].actual_value'],
    [at(0, { actual_value: '75%' }), 'indicators[0].actual_value'],
    // a number where the target is a date
    [at(2, { actual_value: '45' }), 'indicators[2].actual_value'],
    [at(1, { actual_value: '' }), 'indicators[1].actual_value'],
    // a self score outside its band, or above the indicator's weight
    [{ ...qualitative, indicators: qualitative.indicators.map((i, j) => (j === 4 ? { ...i, self_score: 0.01 } : i)) },
      'indicators[4].self_score'],
    [at(0, { self_score: '20.01' }), 'indicators[0].self_score'],
    // missing fields
    [{ ...base, year: undefined }, 'year'],
    [{ ...base, indicators: undefined }, 'indicators'],
    [at(1, { comparator: undefined }), 'indicators[1].comparator'],
    [{ ...base, executed_fen: base.budget_fen + 1 }, 'executed_fen'],
    [{ ...base, remark: '多余字段' }, 'remark'],
  ];
  const audit = server.db.query('SELECT COUNT(*) FROM audit_log');
  for (const [body, field] of cases) {
    const res = await score(unit, body);
    assert.equal(res.status, 400, `${field}: ${JSON.stringify(res.body)}`);
    assert.match(res.headers.get('content-type'), /application\/problem\+json/);
    assert.equal(res.body.field, field);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/, res.body.detail);
  }
  // A qualitative band's own score inside the band is taken as given.
  const ok = await score(unit, { ...qualitative, indicators: qualitative.indicators.map((i, j) => (j === 4 ? { ...i, self_score: 0 } : i)) });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.equal(server.db.query('SELECT COUNT(*) FROM audit_log'), audit);
  // Only a signed-in caller scores.
  const anonymous = await fetch(`${server.base}/api/v1/self-evaluations:score`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(base) });
  assert.equal(anonymous.status, 401);
});

test('a region that spreads the satisfaction points over output and benefit (R-SE-2) gets its own answer', async () => {
  const [me, them] = await Promise.all([unit.get('/api/v1/me'), office.get('/api/v1/me')]);
  assert.equal(me.body.user.region_id, them.body.user.region_id);
  const rule = (await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-SE-2');
  assert.equal(rule.params.missing_satisfaction_to, 'benefit');
  const refused = await office.put('/api/v1/rules/R-SE-2?year=2026', { params: { missing_satisfaction_to: 'output' } });
  assert.equal(refused.status, 400);
  assert.equal(refused.body.field, 'params.missing_satisfaction_to');
  const put = await office.put('/api/v1/rules/R-SE-2?year=2026', { params: { missing_satisfaction_to: 'output_and_benefit' } });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  // Output 50 + 10 × 50 ÷ 80 = 56.25 shared 20 : 15 : 15; benefit 30 + 3.75 = 33.75.
  const after = (await score(unit, bodyOf(worked))).body;
  assert.deepEqual(after.indicators.map((i) => i.weight), ['22.50', '16.88', '16.88', '33.75']);
  assert.deepEqual(after.indicators.map((i) => i.score), ['16.88', '16.88', '0.00', '25.31']);
  assert.equal(after.total, '68.07');
  assert.match(after.indicators[3].detail, /按产出、效益指标的分值比例分入（R-SE-2）/);
  // Another year keeps the shipped rule.
  const other = (await score(unit, { ...bodyOf(worked), year: 2025 })).body;
  assert.equal(other.total, '69.00');
  assert.equal((await office.delete('/api/v1/rules/R-SE-2?year=2026')).status, 200);
  assert.equal((await score(unit, bodyOf(worked))).body.total, '69.00');
});
