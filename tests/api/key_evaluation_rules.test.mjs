// The key evaluations' rules over HTTP: the rules page lists R-KE-1, R-KE-3 and R-KE-4 with their
// shipped defaults; a region's office changes them for a year, and a fee band table that leaves a
// gap, weights that put output and benefit under 60 or a rework bar inside a band are refused
// naming the field, nothing saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office;

before(async () => {
  server = await startServer();
  office = await loggedIn(server.base, 'demo_office');
});

after(async () => {
  await server?.stop();
});

const rule = async (id, year = 2027) =>
  (await office.get(`/api/v1/rules?year=${year}`)).body.items.find((r) => r.id === id);

test('the shipped key-evaluation rules are listed with their defaults', async () => {
  const ke1 = await rule('R-KE-1');
  assert.deepEqual(ke1.params, { decision_points: 20, process_points: 20, output_points: 30, benefit_points: 30 });
  assert.match(ke1.title, /决策、过程、产出、效益/);
  const ke2 = await rule('R-KE-2');
  assert.deepEqual(ke2.params.parts.map((p) => [p.code, p.label, p.points]), [
    ['running_cost', '运行成本', 15], ['management_efficiency', '管理效率', 15], ['performance_of_duties', '履职效能', 25],
    ['social_effect', '社会效应', 20], ['sustainability', '可持续发展能力', 10], ['satisfaction', '服务对象满意度', 15]]);
  assert.equal((await rule('R-KE-3')).params.lookback_years, 2);
  const ke4 = await rule('R-KE-4');
  assert.equal(ke4.params.fee_bands.length, 5);
  assert.equal(ke4.params.rework_below, 60);
});

test('bad key-evaluation parameters are refused naming the field, nothing saved', async () => {
  const ke4 = await rule('R-KE-4');
  const gap = ke4.params.fee_bands.map((b) => (b.from === 80 ? { ...b, from: 81 } : b));
  const cases = [
    ['R-KE-4', { ...ke4.params, fee_bands: gap }, 'params.fee_bands[2].to', /80.00 分至 81.00 分不在任何一档/],
    ['R-KE-4', { ...ke4.params, rework_below: 65 }, 'params.rework_below', /返工线/],
    ['R-KE-1', { decision_points: 25, process_points: 25, output_points: 25, benefit_points: 25 },
      'params.output_points', /不得低于 60 分/],
    ['R-KE-3', { lookback_years: 2.5 }, 'params.lookback_years', /整数/],
    ['R-KE-2', { parts: [{ code: 'running_cost', label: '运行成本', points: 50 }, { code: 'satisfaction', label: '服务对象满意度', points: 40 }] },
      'params.parts', /现为 90.00 分/],
    ['R-KE-2', { parts: [{ code: 'running_cost', label: '运行成本', points: 50 }, { code: 'running_cost', label: '管理效率', points: 50 }] },
      'params.parts[1].code', /重复/],
  ];
  for (const [id, params, field, detail] of cases) {
    const r = await office.put(`/api/v1/rules/${id}?year=2027`, { params });
    assert.equal(r.status, 400, `${id} ${JSON.stringify(r.body)}`);
    assert.equal(r.body.field, field);
    assert.match(r.body.detail, detail);
    assert.equal((await rule(id)).region_id, null, `${id} unchanged`);
  }
});

test('a region raises its rework bar for a year', async () => {
  const ke4 = await rule('R-KE-4');
  const set = await office.put('/api/v1/rules/R-KE-4?year=2027', { params: { ...ke4.params, rework_below: 70 } });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  assert.equal((await rule('R-KE-4')).params.rework_below, 70);
  assert.equal((await rule('R-KE-4', 2026)).params.rework_below, 60);
  const reset = await office.delete('/api/v1/rules/R-KE-4?year=2027');
  assert.equal(reset.body.params.rework_below, 60);
});
