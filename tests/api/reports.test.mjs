import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, unit, county, agency;
before(async () => {
  server = await startServer();
  [office, unit, county, agency] = await Promise.all(
    ['demo_office', 'demo_unit', 'demo_county_office', 'demo_agency'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const sum = (xs, f) => xs.reduce((a, x) => a + f(x), 0);

test('statistics add up, per scope, to what the project list says', async () => {
  for (const c of [office, unit, county]) {
    const st = (await c.get('/api/v1/statistics/projects?year=2026')).body;
    const list = (await c.get('/api/v1/projects?year=2026&limit=1')).body;
    assert.equal(st.count, list.total);
    assert.equal(st.amount_fen, list.total_amount_fen);
    for (const groups of [st.by_fund_type, st.by_department, st.by_status]) {
      assert.equal(sum(groups, (g) => g.count), st.count);
      assert.equal(sum(groups, (g) => g.amount_fen), st.amount_fen);
    }
    assert.ok(st.by_fund_type.every((g) => /预算/.test(g.label)));
  }
  const office26 = (await office.get('/api/v1/statistics/projects?year=2026')).body;
  assert.ok(office26.by_department.length <= 13);
  assert.equal(office26.by_department.at(-1).label, '其他部门');
  const amounts = office26.by_department.slice(0, -1).map((g) => g.amount_fen);
  assert.deepEqual(amounts, [...amounts].sort((a, b) => b - a));
  const unitSt = (await unit.get('/api/v1/statistics/projects?year=2026')).body;
  assert.equal(unitSt.by_department.length, 1);
  const none = (await agency.get('/api/v1/statistics/projects?year=2026')).body;
  assert.equal(none.count, 0);
  const missing = await office.get('/api/v1/statistics/projects');
  assert.equal(missing.status, 400);
  assert.equal(missing.body.field, 'year');
});

test('the home statistics go by level: the own level, then each region below with its subtree', async () => {
  const st = (await office.get('/api/v1/statistics/projects?year=2026')).body;
  assert.deepEqual(st.by_region.map((g) => g.label), ['云岭州本级', '云溪县', '松岚县', '苍岭县']);
  assert.equal(sum(st.by_region, (g) => g.count), st.count);
  assert.equal(sum(st.by_region, (g) => g.amount_fen), st.amount_fen);
  const own = (await county.get('/api/v1/statistics/projects?year=2026')).body;
  const row = st.by_region.find((g) => g.key === own.by_region[0].key);
  assert.equal(own.by_region.length, 1);
  assert.equal(own.count, row.count);
  assert.equal(own.amount_fen, row.amount_fen);
  assert.deepEqual((await unit.get('/api/v1/statistics/projects?year=2026')).body.by_region, []);
});

test('the to-do list counts what waits for the caller', async () => {
  const draftsBefore = (await unit.get('/api/v1/projects?year=2026&status=draft&limit=1')).body.total;
  const todos = (await unit.get('/api/v1/todos?year=2026')).body;
  const drafts = todos.items.find((t) => t.kind === 'draft_projects');
  assert.equal(drafts?.count ?? 0, draftsBefore);
  const me = (await unit.get('/api/v1/me')).body.user;
  await unit.post('/api/v1/projects', {
    year: 2026, code: 'TODO1', name: '待办测试项目', unit_id: me.unit_id, fund_type: 'general',
    amount_fen: 100, function_class: '2050202', category: 'new',
  });
  const after = (await unit.get('/api/v1/todos?year=2026')).body.items.find((t) => t.kind === 'draft_projects');
  assert.equal(after.count, draftsBefore + 1);
  assert.equal(after.link, '/projects?status=draft');
  const officeTodos = (await office.get('/api/v1/todos?year=2026')).body;
  assert.ok(officeTodos.items.every((t) => t.count > 0 && t.title && t.link.startsWith('/')));
  // The agency's to-dos are its assignment, leading to its review queue, and its commissions
  // waiting for it (the demo's key evaluation in fieldwork).
  const assigned = (await agency.get('/api/v1/targets?year=2026&assigned=1&limit=1')).body.total;
  assert.ok(assigned > 0);
  const commissions = (await agency.get('/api/v1/key-evaluations?waiting=1&limit=1')).body.total;
  assert.ok(commissions > 0);
  assert.deepEqual((await agency.get('/api/v1/todos?year=2026')).body.items.map((t) => [t.kind, t.count, t.link]),
    [['assigned_targets', assigned, '/targets/review'], ['agency_key_evaluations', commissions, '/key-evaluations/commissions?waiting=1']]);
});

test('a department\'s statistics group its projects by unit, adding up to the whole', async () => {
  const department = await loggedIn(server.base, 'demo_department');
  const st = (await department.get('/api/v1/statistics/projects?year=2026')).body;
  assert.ok(st.by_unit.length > 1, 'the demo department has several units with projects');
  assert.equal(st.by_department.length, 1);
  assert.equal(sum(st.by_unit, (g) => g.count), st.count);
  assert.equal(sum(st.by_unit, (g) => g.amount_fen), st.amount_fen);
  const amounts = st.by_unit.filter((g) => g.key !== 'other').map((g) => g.amount_fen);
  assert.deepEqual(amounts, [...amounts].sort((a, b) => b - a));
  // Units are named, never coded; and no one else gets this grouping.
  assert.ok(st.by_unit.every((g) => g.label && !/^\d+$/.test(g.label)));
  assert.deepEqual((await office.get('/api/v1/statistics/projects?year=2026')).body.by_unit, []);
});
