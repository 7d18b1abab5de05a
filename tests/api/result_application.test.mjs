// Result application (R-RA-2): the office proposes a budget action for every graded result, once;
// finance confirms, changes (with a reason) or waives each, and a next-year project above its
// confirmed limit is a breach, listed and kept out of the budget by the gate (R-BG-1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, unit, unit2, county;
before(async () => {
  server = await startServer();
  office = await loggedIn(server.base, 'demo_office');
  unit = await loggedIn(server.base, 'demo_unit');
  unit2 = await loggedIn(server.base, 'demo_unit2');
  county = await loggedIn(server.base, 'demo_county_office');
});
after(async () => { await server?.stop(); });

const total = async (client, q) => (await client.get(`/api/v1/budget-actions?${q}&limit=1`)).body.total;

// An action of demo_unit's own projects in the prefecture, proposed again by the office.
async function unitAction() {
  const mine = (await unit.get('/api/v1/budget-actions?year=2025&source=self_evaluation&limit=100')).body.items;
  assert.ok(mine.length > 0, 'the demo proposed actions on demo_unit\'s projects');
  let a = (await office.get(`/api/v1/budget-actions/${mine[0].id}`)).body;
  if (a.status !== 'proposed') {
    const r = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'reopen' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    a = r.body;
  }
  return a;
}

test('proposing again adds nothing: one action per graded result', async () => {
  const before = await total(office, 'year=2025');
  assert.ok(before > 0);
  const again = await office.post('/api/v1/budget-actions:propose', { year: 2025 });
  assert.equal(again.status, 200, JSON.stringify(again.body));
  assert.deepEqual([again.body.self_evaluation, again.body.key_evaluation, again.body.monitoring, again.body.assessment], [0, 0, 0, 0]);
  assert.equal(await total(office, 'year=2025'), before);
  const empty = await office.post('/api/v1/budget-actions:propose', { year: 2024 });
  assert.equal(empty.body.self_evaluation, 0);
  assert.equal((await unit.post('/api/v1/budget-actions:propose', { year: 2025 })).status, 403);
});

test('an action names its grade, rule and limit; 优 is prioritised, 良 and 中 capped at this year', async () => {
  const items = (await office.get('/api/v1/budget-actions?year=2025&source=self_evaluation&limit=200')).body.items;
  const excellent = items.find((a) => a.grade === 'excellent');
  assert.equal(excellent.grade_label, '优');
  assert.equal(excellent.rule, 'R-RA-2');
  assert.equal(excellent.proposed_kind, 'prioritise');
  assert.equal(excellent.proposed_limit_fen, null);
  const good = items.find((a) => a.grade === 'good' || a.grade === 'fair');
  assert.equal(good.proposed_kind, 'cap');
  assert.equal(good.proposed_limit_fen, good.base_fen);
  assert.equal(good.proposed_kind_label, '不得高于上年');
});

test('confirm, change with a reason and waive, each with its version', async () => {
  const a = await unitAction();
  const stale = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version - 1, action: 'confirm' });
  assert.equal(stale.status, 409);
  const noReason = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'change', kind: 'cut', cut_percent: 20 });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.body.field, 'reason');
  const tooMuch = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'change', kind: 'cut', cut_percent: 120, reason: '压减' });
  assert.equal(tooMuch.status, 400);
  assert.equal(tooMuch.body.field, 'cut_percent');
  const changed = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'change', kind: 'cut', cut_percent: 20, reason: '按评价结果压减' });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.body.status, 'changed');
  assert.equal(changed.body.limit_fen, Math.floor(a.base_fen * 80 / 100));
  assert.equal(changed.body.reason, '按评价结果压减');
  assert.deepEqual(changed.body.actions, ['reopen']);
  const reopened = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: changed.body.version, action: 'reopen' });
  assert.equal(reopened.body.status, 'proposed');
  const waiveBare = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: reopened.body.version, action: 'waive' });
  assert.equal(waiveBare.status, 400);
  assert.equal(waiveBare.body.field, 'reason');
  const waived = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: reopened.body.version, action: 'waive', reason: '项目已到期退出' });
  assert.equal(waived.body.status, 'waived');
  const back = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: waived.body.version, action: 'reopen' });
  const bulk = await office.post('/api/v1/budget-actions:confirm', { ids: [a.id] });
  assert.equal(bulk.status, 200, JSON.stringify(bulk.body));
  assert.equal(bulk.body.confirmed, 1);
  const done = (await office.get(`/api/v1/budget-actions/${a.id}`)).body;
  assert.equal(done.status, 'confirmed');
  assert.equal(done.version, back.body.version + 1);
  const history = (await office.get(`/api/v1/budget-actions/${a.id}/history`)).body.items;
  assert.ok(history.some((h) => h.action === 'change'));
});

test('a unit reads its actions but decides none; another unit\'s and another region\'s are not found', async () => {
  const a = await unitAction();
  const read = await unit.get(`/api/v1/budget-actions/${a.id}`);
  assert.equal(read.status, 200);
  assert.deepEqual(read.body.actions, []);
  const refused = await unit.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'confirm' });
  assert.equal(refused.status, 403);
  assert.equal((await unit2.get(`/api/v1/budget-actions/${a.id}`)).status, 404);
  assert.equal((await unit2.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'confirm' })).status, 404);
  assert.equal((await county.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'confirm' })).status, 404);
  const bad = await office.get('/api/v1/budget-actions?status=done');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'status');
});

test('a breach appears when the successor is raised above the confirmed limit', async () => {
  const a = await unitAction();
  const capped = await office.post(`/api/v1/budget-actions/${a.id}/steps`, { version: a.version, action: 'change', kind: 'cap', reason: '维持上年规模' });
  assert.equal(capped.status, 200, JSON.stringify(capped.body));
  const me = (await unit.get('/api/v1/me')).body.user;
  const created = await unit.post('/api/v1/projects', { year: a.year + 1, code: 'RA-BREACH-1', name: '结果应用超限测试项目',
    unit_id: me.unit_id, fund_type: 'general', amount_fen: a.base_fen, function_class: '2050202', category: 'continuing' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const linked = await office.put(`/api/v1/projects/${created.body.id}/predecessor`, { predecessor_id: a.project_id });
  assert.equal(linked.status, 200, JSON.stringify(linked.body));
  assert.equal(linked.body.how, 'hand');
  assert.equal((await unit.put(`/api/v1/projects/${created.body.id}/predecessor`, { predecessor_id: a.project_id })).status, 403);
  const within = (await office.get(`/api/v1/budget-actions/${a.id}`)).body;
  assert.equal(within.acted_project_id, created.body.id);
  assert.equal(within.breach, false);
  const raised = await unit.patch(`/api/v1/projects/${created.body.id}`, { version: created.body.version, amount_fen: a.base_fen + 100 });
  assert.equal(raised.status, 200, JSON.stringify(raised.body));
  const breaches = (await office.get(`/api/v1/budget-actions?breach=1&project_id=${created.body.id}`)).body;
  assert.ok(breaches.items.some((b) => b.id === a.id), JSON.stringify(breaches.items.map((b) => b.id)));
  assert.ok(breaches.items.every((b) => b.breach && b.acted_project_id === created.body.id));
  const summary = (await office.get(`/api/v1/budget-actions/summary?year=${a.year}`)).body;
  assert.ok(summary.breaches >= 1);
  assert.match(summary.decided_rate, /^\d+\.\d\d$|^—$/);
});

test('the gate keeps a project with a confirmed cancel out of the budget', async () => {
  const cancels = (await office.get('/api/v1/budget-actions?year=2027&kind=cancel&status=confirmed&limit=10')).body.items;
  assert.ok(cancels.length > 0, 'the demo confirmed an ex-ante 不予支持');
  const a = cancels[0];
  assert.equal(a.breach, true);
  const gate = (await office.get(`/api/v1/projects/${a.acted_project_id}/gate`)).body;
  const c = gate.conditions.find((x) => x.key === 'result_application');
  assert.ok(c, JSON.stringify(gate));
  assert.equal(c.met, false);
  assert.equal(c.rule, 'R-RA-2');
  const p = (await office.get(`/api/v1/projects/${a.acted_project_id}`)).body;
  const refused = await office.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, action: 'review', decision: 'approve' });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'budget_gate');
  assert.ok(refused.body.unmet.some((u) => u.key === 'result_application'));
});

test('the what-if moves money under other bands and saves nothing; bad bands are refused naming the field', async () => {
  const before = await total(office, 'year=2025');
  const asIs = await office.post('/api/v1/budget-actions:what-if', { year: 2025, bands: {} });
  assert.equal(asIs.status, 200, JSON.stringify(asIs.body));
  const harsh = await office.post('/api/v1/budget-actions:what-if', { year: 2025, bands: { good: 'cut', fair: 'cancel', cut_percent: 20 } });
  assert.equal(harsh.status, 200);
  assert.ok(harsh.body.total.moved_fen > asIs.body.total.moved_fen);
  assert.ok(harsh.body.rows.every((r) => r.department_name && r.fund_type_label));
  assert.equal(harsh.body.total.prioritised, asIs.body.total.prioritised);
  const bad = await office.post('/api/v1/budget-actions:what-if', { year: 2025, bands: { cut_percent: 120 } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'bands.cut_percent');
  assert.equal(await total(office, 'year=2025'), before);
  const rule = await office.put('/api/v1/rules/R-RA-2?year=2026', { params: { ...(await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-RA-2').params, cut_percent: 120 } });
  assert.equal(rule.status, 400);
  assert.equal(rule.body.field, 'params.cut_percent');
});

test('links: the demo linked by unit and name; a predecessor must be of the year before', async () => {
  // Left: at most the projects whose predecessor was taken by hand above; names match less "YYYY年".
  const strip = (n) => n.replace(/^\d{4}年/, '');
  const left = (await office.get('/api/v1/project-links/suggestions?year=2026')).body.items;
  assert.ok(new Set(left.map((x) => x.predecessor_id)).size <= 1, JSON.stringify(left));
  assert.ok(left.every((x) => strip(x.project_name) === strip(x.predecessor_name)));
  const again = await office.post('/api/v1/project-links:auto', { year: 2026, by: 'code' });
  assert.equal(again.status, 200);
  assert.equal(again.body.linked, 0);
  const bad = await office.post('/api/v1/project-links:auto', { year: 2026, by: 'guess' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'by');
  const a = (await office.get('/api/v1/budget-actions?year=2025&source=self_evaluation&limit=200')).body.items.find((x) => x.acted_project_id);
  const link = (await office.get(`/api/v1/projects/${a.acted_project_id}/predecessor`)).body;
  assert.equal(link.predecessor_id, a.project_id);
  assert.ok(['单位和名称相同', '人工指定'].includes(link.how_label), link.how_label);
  const wrongYear = await office.put(`/api/v1/projects/${a.acted_project_id}/predecessor`, { predecessor_id: a.acted_project_id });
  assert.equal(wrongYear.status, 400);
  assert.equal(wrongYear.body.field, 'predecessor_id');
  assert.equal((await unit2.get(`/api/v1/projects/${a.acted_project_id}/predecessor`)).status, 404);
});
