// The budget gate (R-BG-1): a project is approved into the budget (批复) only when every
// condition its region sets for the year is met; otherwise approval answers 422 naming each
// unmet condition with its rule, and nothing changes. The project page reads the same checklist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, unit, unit2;
before(async () => {
  server = await startServer();
  office = await loggedIn(server.base, 'demo_office');
  unit = await loggedIn(server.base, 'demo_unit');
  unit2 = await loggedIn(server.base, 'demo_unit2');
});
after(async () => { await server?.stop(); });

const ALL_ON = { target_review: true, ex_ante: true, budget_review: true, result_application: true };
const ALL_OFF = { target_review: false, ex_ante: false, budget_review: false, result_application: false };

// The next year's declared projects of the office's own region, with their checklists.
async function declaredWithGates() {
  const page = (await office.get('/api/v1/projects?year=2027&status=declared&limit=100')).body.items;
  const out = [];
  for (const p of page.slice(0, 40)) out.push({ p, gate: (await office.get(`/api/v1/projects/${p.id}/gate`)).body });
  return out;
}

test('the next year passes through the gate: a target not approved keeps the project out, named with its rule', async () => {
  const rule = (await office.get('/api/v1/rules?year=2027')).body.items.find((r) => r.id === 'R-BG-1');
  assert.deepEqual(rule.params, ALL_ON);
  const found = (await declaredWithGates()).find(({ gate }) =>
    gate.conditions.some((c) => c.key === 'target_review' && !c.met));
  assert.ok(found, 'a declared project whose target has not passed review');
  const { p, gate } = found;
  assert.equal(gate.ready, false);
  const target = gate.conditions.find((c) => c.key === 'target_review');
  assert.equal(target.rule, 'R-TR-2');
  assert.equal(target.label, '绩效目标审核通过');
  assert.match(target.detail, /尚未填报|尚未通过审核|不予安排资金/);

  const refused = await office.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, action: 'review', decision: 'approve' });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'budget_gate');
  assert.match(refused.body.detail, /绩效目标审核通过：.*（R-TR-2）/);
  const unmet = refused.body.unmet.map((u) => u.key);
  assert.ok(unmet.includes('target_review'));
  assert.deepEqual(unmet, gate.conditions.filter((c) => !c.met).map((c) => c.key));
  const after = (await office.get(`/api/v1/projects/${p.id}`)).body;
  assert.equal(after.status, 'declared');
  assert.equal(after.version, p.version);
  const history = (await office.get(`/api/v1/projects/${p.id}/history`)).body.items;
  assert.ok(!history.some((h) => h.action === 'approve'));
});

test('a region switches conditions per year: with none the project is approved; the years before need none', async () => {
  const [{ p }] = await declaredWithGates();
  const set = await office.put('/api/v1/rules/R-BG-1?year=2027', { params: ALL_OFF });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  const gate = (await office.get(`/api/v1/projects/${p.id}/gate`)).body;
  assert.deepEqual(gate, { ready: true, conditions: [] });
  const approved = await office.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, action: 'review', decision: 'approve' });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  assert.equal(approved.body.status, 'approved');
  assert.equal((await office.delete('/api/v1/rules/R-BG-1?year=2027')).status, 200);

  const current = (await office.get('/api/v1/projects?year=2026&limit=1')).body.items[0];
  assert.deepEqual((await office.get(`/api/v1/projects/${current.id}/gate`)).body, { ready: true, conditions: [] });
});

test('the switches are checked: a number where a yes/no belongs is refused naming the key', async () => {
  const bad = await office.put('/api/v1/rules/R-BG-1?year=2027', { params: { ...ALL_ON, ex_ante: 1 } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'params.ex_ante');
  assert.equal((await unit.put('/api/v1/rules/R-BG-1?year=2027', { params: ALL_OFF })).status, 403);
});

test("a unit reads its own project's checklist and never another unit's", async () => {
  const mine = (await unit.get('/api/v1/projects?year=2027&limit=1')).body.items[0];
  assert.ok(mine, 'the unit has a project of the next year');
  const own = await unit.get(`/api/v1/projects/${mine.id}/gate`);
  assert.equal(own.status, 200);
  assert.equal((await unit2.get(`/api/v1/projects/${mine.id}/gate`)).status, 404);
});
