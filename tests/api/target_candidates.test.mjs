// 新建目标 offers only projects the caller may file a target for: in its write scope (the office
// its own region's, never a county's), of the year, not cancelled, without a target yet. Each one
// offered is accepted when chosen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, unit, unit2, expert;
before(async () => {
  server = await startServer();
  office = await loggedIn(server.base, 'demo_office');
  unit = await loggedIn(server.base, 'demo_unit');
  unit2 = await loggedIn(server.base, 'demo_unit2');
  expert = await loggedIn(server.base, 'demo_expert');
});
after(async () => { await server?.stop(); });

const me = async (c) => (await c.get('/api/v1/me')).body.user;
const candidates = async (c, q = '') =>
  (await c.get(`/api/v1/targets:candidates?year=2026&limit=200${q ? '&q=' + encodeURIComponent(q) : ''}`));

test('the office is offered its own region\'s projects only, though it reads the counties\' too', async () => {
  const m = await me(office);
  const res = await candidates(office);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.ok(res.body.items.length > 0, 'the demo region has projects without a target');
  const readable = (await office.get('/api/v1/projects?year=2026&limit=200')).body.items;
  assert.ok(readable.some((p) => p.region_id !== m.region_id), 'the office reads lower regions\' projects');
  for (const c of res.body.items) {
    const p = (await office.get(`/api/v1/projects/${c.id}`)).body;
    assert.equal(p.region_id, m.region_id, `${c.name} is not of the office's own region`);
    assert.notEqual(p.status, 'cancelled');
    assert.equal((await office.get(`/api/v1/targets?project_id=${c.id}&limit=1`)).body.items.length, 0,
      `${c.name} already has a target`);
  }
  // The first one offered is accepted, and then no longer offered.
  const first = res.body.items[0];
  const created = await office.post('/api/v1/targets', { kind: 'project', project_id: first.id, overall_goal: '', indicators: [] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.ok(!(await candidates(office)).body.items.some((c) => c.id === first.id));
});

test('a unit is offered its own projects; another unit\'s are not offered even by code', async () => {
  const u = await me(unit);
  const mine = (await candidates(unit)).body.items;
  assert.ok(mine.length > 0);
  for (const c of mine) assert.equal((await unit.get(`/api/v1/projects/${c.id}`)).body.unit_id, u.unit_id);
  const other = await candidates(unit2, mine[0].code);
  assert.equal(other.status, 200);
  assert.deepEqual(other.body.items, []);
  const byCode = await candidates(unit, mine[0].code);
  assert.deepEqual(byCode.body.items.map((c) => c.id), [mine[0].id]);
});

test('roles that file no targets are refused, and a year is required', async () => {
  const res = await candidates(expert);
  assert.equal(res.status, 403);
  const noYear = await unit.get('/api/v1/targets:candidates');
  assert.equal(noYear.status, 400);
  assert.equal(noYear.body.field, 'year');
});
