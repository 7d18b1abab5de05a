import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, admin, office, county, unit, viewer;
before(async () => {
  server = await startServer();
  [admin, office, county, unit, viewer] = await Promise.all(
    ['demo_admin', 'demo_office', 'demo_county_office', 'demo_unit', 'demo_viewer'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const me = async (c) => (await c.get('/api/v1/me')).body.user;

test('the region tree: the prefecture office sees its counties, a county office only itself', async () => {
  const all = await office.get('/api/v1/regions');
  assert.equal(all.status, 200);
  assert.equal(all.body.items.length, 4);
  const root = all.body.items[0];
  assert.equal(root.level, 'prefecture');
  assert.ok(all.body.items.slice(1).every((r) => r.parent_id === root.id && r.path.startsWith(root.path)));

  const detail = await office.get('/api/v1/regions/' + root.id);
  assert.equal(detail.body.bureau.name, '云岭州财政局');
  assert.equal(detail.body.sections[0].kind, 'performance_office');
  assert.ok(detail.body.sections.some((s) => s.kind === 'business' && s.department_count > 0));

  const own = await county.get('/api/v1/regions');
  assert.equal(own.body.items.length, 1);
  assert.equal((await county.get('/api/v1/regions/' + root.id)).status, 404);
  const unitRegions = await unit.get('/api/v1/regions');
  assert.deepEqual(unitRegions.body.items.map((r) => r.id), [root.id]);
});

test('a unit user sees only its own unit', async () => {
  const u = await me(unit);
  const list = await unit.get('/api/v1/units?limit=500');
  assert.equal(list.body.total, 1);
  assert.equal(list.body.items[0].id, u.unit_id);
  const all = await office.get('/api/v1/units?limit=500');
  const other = all.body.items.find((x) => x.id !== u.unit_id);
  assert.equal((await unit.get('/api/v1/units/' + other.id)).status, 404);
});

test('units: search, keyset pages, create, edit with version, delete only when unused', async () => {
  const found = await office.get('/api/v1/units?q=' + encodeURIComponent('教育') + '&kind=department');
  assert.equal(found.status, 200);
  assert.ok(found.body.items.length >= 1 && found.body.items.every((u) => u.kind === 'department'));

  const p1 = await office.get('/api/v1/units?limit=10');
  const p2 = await office.get('/api/v1/units?limit=10&cursor=' + p1.body.next_cursor);
  assert.equal(p2.status, 200);
  assert.ok(p2.body.items[0].code >= p1.body.items.at(-1).code);
  assert.equal(p2.body.total, p1.body.total);

  const region = (await me(office)).region_id;
  const section = (await office.get('/api/v1/regions/' + region)).body.sections.find((s) => s.kind === 'business');
  const dept = await office.post('/api/v1/units', { code: '901', name: '州测试局', kind: 'department', section_id: section.id });
  assert.equal(dept.status, 201, JSON.stringify(dept.body));
  assert.equal(dept.body.section_name, section.name);
  assert.equal(dept.body.department_id, dept.body.id);
  const child = await office.post('/api/v1/units', { code: '901001', name: '州测试中心', kind: 'unit', parent_id: dept.body.id });
  assert.equal(child.status, 201);
  assert.equal(child.body.department_name, '州测试局');
  assert.equal(child.body.path, dept.body.path + child.body.id + '/');

  const dup = await office.post('/api/v1/units', { code: '901', name: '重复', kind: 'department' });
  assert.equal(dup.status, 409);
  assert.equal(dup.body.field, 'code');
  const bad = await office.post('/api/v1/units', { code: '9 01', name: '坏编码', kind: 'department' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'code');
  assert.match(bad.body.detail, /单位编码/);
  const orphan = await office.post('/api/v1/units', { code: '902', name: '无上级', kind: 'unit' });
  assert.equal(orphan.body.field, 'parent_id');

  const renamed = await office.patch('/api/v1/units/' + child.body.id, { version: 1, name: '州测试服务中心' });
  assert.equal(renamed.status, 200);
  assert.equal(renamed.body.version, 2);
  const stale = await office.patch('/api/v1/units/' + child.body.id, { version: 1, name: '旧版本' });
  assert.equal(stale.status, 409);
  assert.equal((await office.get('/api/v1/units/' + child.body.id)).body.name, '州测试服务中心');

  const busy = await office.delete('/api/v1/units/' + dept.body.id);
  assert.equal(busy.status, 422);
  assert.equal(busy.body.code, 'in_use');
  assert.equal((await office.delete('/api/v1/units/' + child.body.id)).status, 204);
  assert.equal((await office.get('/api/v1/units/' + child.body.id)).status, 404);
  assert.equal((await office.delete('/api/v1/units/' + dept.body.id)).status, 204);
});

test('lower regions are read-only to the prefecture office; other regions are invisible', async () => {
  const countyRegion = (await me(county)).region_id;
  const countyUnits = await office.get('/api/v1/units?region_id=' + countyRegion + '&kind=department');
  assert.ok(countyUnits.body.total > 0);
  const dept = countyUnits.body.items[0];
  const denied = await office.patch('/api/v1/units/' + dept.id, { version: dept.version, name: '越权修改' });
  assert.equal(denied.status, 403);
  const rootRegion = (await me(office)).region_id;
  const invisible = await county.post('/api/v1/units', { region_id: rootRegion, code: 'X1', name: '越权', kind: 'department' });
  assert.equal(invisible.status, 404);
  assert.equal((await viewer.post('/api/v1/units', { code: 'V1', name: '只读', kind: 'department' })).status, 403);
  assert.equal((await unit.post('/api/v1/units', { code: 'U1', name: '单位', kind: 'department' })).status, 403);
});

test('sections: add, rename, refuse to delete one in use or the performance office', async () => {
  const region = (await me(office)).region_id;
  const created = await office.post('/api/v1/sections', { name: '测试股' });
  assert.equal(created.status, 201);
  assert.equal(created.body.kind, 'business');
  const renamed = await office.patch('/api/v1/sections/' + created.body.id, { version: 1, name: '测试科' });
  assert.equal(renamed.body.name, '测试科');
  const dup = await office.post('/api/v1/sections', { name: '测试科' });
  assert.equal(dup.status, 409);
  const sections = (await office.get('/api/v1/sections?region_id=' + region)).body.items;
  const perf = sections.find((s) => s.kind === 'performance_office');
  assert.equal((await office.delete('/api/v1/sections/' + perf.id)).status, 422);
  const inUse = sections.find((s) => s.department_count > 0);
  assert.equal((await office.delete('/api/v1/sections/' + inUse.id)).status, 422);
  assert.equal((await office.delete('/api/v1/sections/' + created.body.id)).status, 204);
});

test('fiscal years: open a year, refuse a duplicate, close one and projects cannot be added to it', async () => {
  const years = await office.get('/api/v1/fiscal-years');
  assert.deepEqual(years.body.items.map((y) => y.year), [2027, 2026, 2025]);
  const added = await office.post('/api/v1/fiscal-years', { year: 2028 });
  assert.equal(added.status, 201);
  assert.equal(added.body.status, 'open');
  assert.equal((await office.post('/api/v1/fiscal-years', { year: 2028 })).status, 409);
  const closed = await office.patch('/api/v1/fiscal-years/' + added.body.id, { version: 1, status: 'closed' });
  assert.equal(closed.body.status, 'closed');
  const u = await me(unit);
  const p = await unit.post('/api/v1/projects', {
    year: 2028, code: 'Y2028', name: '结账年度项目', unit_id: u.unit_id, fund_type: 'general',
    amount_fen: 100, function_class: '2050202', category: 'new',
  });
  assert.equal(p.status, 400);
  assert.equal(p.body.field, 'year');
  assert.equal((await unit.post('/api/v1/fiscal-years', { year: 2029 })).status, 403);
  const bad = await office.patch('/api/v1/fiscal-years/' + added.body.id, { version: 2, status: 'archived' });
  assert.equal(bad.body.field, 'status');
});

test('regions: only the admin adds one; it comes with a bureau and a performance office', async () => {
  const region = await me(admin);
  const countyRegion = (await me(county)).region_id;
  assert.equal((await office.post('/api/v1/regions', { parent_id: region.region_id, code: '539924', name: '新设县' })).status, 403);
  const created = await admin.post('/api/v1/regions', { parent_id: region.region_id, code: '539924', name: '新设县' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.level, 'county');
  assert.equal(created.body.bureau.name, '新设县财政局');
  assert.deepEqual(created.body.sections.map((s) => s.kind), ['performance_office']);
  const dup = await admin.post('/api/v1/regions', { parent_id: region.region_id, code: '539924', name: '重复' });
  assert.equal(dup.status, 409);
  const under = await admin.post('/api/v1/regions', { parent_id: countyRegion, code: '539925', name: '乡镇' });
  assert.equal(under.body.field, 'parent_id');
  const badCode = await admin.post('/api/v1/regions', { parent_id: region.region_id, code: '53A', name: '坏' });
  assert.equal(badCode.body.field, 'code');
  const renamed = await admin.patch('/api/v1/regions/' + created.body.id, { version: 1, name: '新设区' });
  assert.equal(renamed.body.name, '新设区');
  const bureau = await office.patch('/api/v1/bureaus/' + created.body.bureau.id, { version: 1, name: '改名' });
  assert.equal(bureau.status, 403);
  const history = await office.get('/api/v1/regions');
  assert.ok(history.body.items.some((r) => r.code === '539924'));
});
