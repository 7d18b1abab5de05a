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

const me = async (c) => (await c.get('/api/v1/me')).body.user;

function newProject(unitId, over = {}) {
  return {
    year: 2026, code: 'T' + Math.random().toString(36).slice(2, 10).toUpperCase(), name: '测试项目：乡村学校营养改善',
    unit_id: unitId, fund_type: 'general', amount_fen: 12_345_600, function_class: '2050202',
    category: 'new', tags: ['direct_fund'], ...over,
  };
}

test('a unit lists only its own projects, with totals and keyset pages', async () => {
  const u = await me(unit);
  const first = await unit.get('/api/v1/projects?year=2026&limit=5&sort=-amount_fen');
  assert.equal(first.status, 200);
  assert.ok(first.body.total > 5, 'demo_unit should have more than five projects');
  assert.ok(first.body.items.every((p) => p.unit_id === u.unit_id));
  const amounts = first.body.items.map((p) => p.amount_fen);
  assert.deepEqual(amounts, [...amounts].sort((a, b) => b - a));
  assert.ok(first.body.next_cursor);
  const second = await unit.get(`/api/v1/projects?year=2026&limit=5&sort=-amount_fen&cursor=${first.body.next_cursor}`);
  assert.equal(second.status, 200);
  const ids = new Set(first.body.items.map((p) => p.id));
  assert.ok(second.body.items.every((p) => !ids.has(p.id)));
  assert.ok(second.body.items[0].amount_fen <= amounts.at(-1));
  // The totals are the first page's: later pages leave them out rather than count them again.
  assert.ok(first.body.total_amount_fen > 0 && typeof first.body.total_amount_wan === 'string');
  for (const key of ['total', 'total_amount_fen', 'total_amount_wan']) assert.ok(!(key in second.body), key);
  // Walking every page by cursor yields the total exactly once each.
  let seen = 0, cursor = null;
  const all = new Set();
  do {
    const page = await unit.get(`/api/v1/projects?year=2026&limit=3&sort=name${cursor ? '&cursor=' + cursor : ''}`);
    page.body.items.forEach((p) => all.add(p.id));
    seen += page.body.items.length;
    cursor = page.body.next_cursor;
  } while (cursor);
  assert.equal(seen, first.body.total);
  assert.equal(all.size, first.body.total);
});

test('the office sees the whole region; totals match the filter', async () => {
  const all = await office.get('/api/v1/projects?year=2026&limit=1');
  const general = await office.get('/api/v1/projects?year=2026&fund_type=general&limit=500');
  assert.ok(all.body.total > general.body.total);
  assert.ok(general.body.items.every((p) => p.fund_type === 'general'));
  const big = await office.get('/api/v1/projects?year=2026&amount_min_fen=1000000000&limit=500');
  assert.ok(big.body.items.every((p) => p.amount_fen >= 1_000_000_000));
  const sum = big.body.items.reduce((s, p) => s + p.amount_fen, 0);
  if (big.body.total <= 500) assert.equal(big.body.total_amount_fen, sum);
  const tagged = await office.get('/api/v1/projects?year=2026&tag=direct_fund&tag=ppp&limit=50');
  assert.ok(tagged.body.items.every((p) => p.tags.includes('direct_fund') || p.tags.includes('ppp')));
});

test('create a project, read it back, find it by name, edit it with its version', async () => {
  const u = await me(unit);
  const created = await unit.post('/api/v1/projects', newProject(u.unit_id, { name: '独特名称的学校维修项目' }));
  assert.equal(created.status, 201);
  assert.equal(created.body.amount_fen, 12_345_600);
  assert.equal(created.body.amount_wan, '12.35');
  assert.equal(created.body.department_id, u.department_id);
  assert.equal(created.body.version, 1);
  const found = await unit.get('/api/v1/projects?q=' + encodeURIComponent('独特名称'));
  assert.equal(found.body.total, 1);
  assert.equal(found.body.items[0].id, created.body.id);
  const edited = await unit.patch(`/api/v1/projects/${created.body.id}`, { version: 1, amount_fen: 20_000_000 });
  assert.equal(edited.status, 200);
  assert.equal(edited.body.version, 2);
  assert.equal(edited.body.amount_wan, '20.00');
  const stale = await unit.patch(`/api/v1/projects/${created.body.id}`, { version: 1, name: '改名' });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.code, 'version_conflict');
  const again = await unit.get(`/api/v1/projects/${created.body.id}`);
  assert.equal(again.body.name, '独特名称的学校维修项目');
});

test('another unit cannot read, list or change the project: 404, not its content', async () => {
  const u = await me(unit);
  const created = await unit.post('/api/v1/projects', newProject(u.unit_id));
  const id = created.body.id;
  const read = await unit2.get(`/api/v1/projects/${id}`);
  assert.equal(read.status, 404);
  assert.ok(!JSON.stringify(read.body).includes(created.body.code));
  const list = await unit2.get('/api/v1/projects?limit=500&q=' + encodeURIComponent('测试项目'));
  assert.ok(list.body.items.every((p) => p.id !== id));
  const write = await unit2.patch(`/api/v1/projects/${id}`, { version: 1, name: '被篡改' });
  assert.equal(write.status, 404);
  const intoOther = await unit2.post('/api/v1/projects', newProject(u.unit_id));
  assert.equal(intoOther.status, 400);
  assert.equal(intoOther.body.field, 'unit_id');
  assert.equal((await unit.get(`/api/v1/projects/${id}`)).body.name, created.body.name);
});

test('bad input names its field in Chinese and writes nothing', async () => {
  const u = await me(unit);
  const before = (await unit.get('/api/v1/projects?limit=1')).body.total;
  const cases = [
    [{ amount_fen: -1 }, 'amount_fen'],
    [{ amount_fen: 1.5 }, 'amount_fen'],
    [{ amount_fen: '100' }, 'amount_fen'],
    [{ amount_fen: 1e30 }, 'amount_fen'],
    [{ fund_type: 'cash' }, 'fund_type'],
    [{ category: 'old' }, 'category'],
    [{ function_class: '20A' }, 'function_class'],
    [{ code: 'bad code!' }, 'code'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ name: '' }, 'name'],
    [{ tags: ['gift'] }, 'tags'],
    [{ year: 1999 }, 'year'],
    [{ year: 2031 }, 'year'],
    [{ colour: 'red' }, 'colour'],
    [{ unit_id: 999999999 }, 'unit_id'],
  ];
  for (const [over, field] of cases) {
    const res = await unit.post('/api/v1/projects', newProject(u.unit_id, over));
    assert.equal(res.status, 400, JSON.stringify(over));
    assert.equal(res.body.field, field, JSON.stringify(over));
    assert.match(res.headers.get('content-type'), /problem\+json/);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
  }
  const missing = await unit.post('/api/v1/projects', { year: 2026 });
  assert.equal(missing.status, 400);
  const dup = newProject(u.unit_id);
  assert.equal((await unit.post('/api/v1/projects', dup)).status, 201);
  const again = await unit.post('/api/v1/projects', dup);
  assert.equal(again.status, 409);
  assert.equal(again.body.field, 'code');
  const after = (await unit.get('/api/v1/projects?limit=1')).body.total;
  assert.equal(after, before + 1);
});

test('list parameters are validated', async () => {
  for (const q of ['limit=0', 'limit=501', 'year=abc', 'fund_type=cash', 'sort=colour', 'cursor=zz', 'tag=gift', 'amount_min_fen=-5']) {
    const res = await office.get('/api/v1/projects?' + q);
    assert.equal(res.status, 400, q);
    assert.ok(res.body.field, q);
  }
  const capped = await office.get('/api/v1/projects?limit=500');
  assert.equal(capped.status, 200);
  assert.ok(capped.body.items.length <= 500);
});

test('the unit-subtree filter narrows the list; a foreign unit is refused', async () => {
  const u = await me(unit);
  const dept = await office.get(`/api/v1/projects?unit_id=${u.department_id}&limit=500`);
  assert.equal(dept.status, 200);
  assert.ok(dept.body.items.some((p) => p.unit_id === u.unit_id));
  assert.ok(dept.body.items.every((p) => p.department_id === u.department_id));
  const own = await office.get(`/api/v1/projects?unit_id=${u.unit_id}&limit=500`);
  assert.ok(own.body.total < dept.body.total);
  assert.ok(own.body.items.every((p) => p.unit_id === u.unit_id));
  const other = await me(unit2);
  const refused = await unit.get(`/api/v1/projects?unit_id=${other.unit_id}`);
  assert.equal(refused.status, 400);
  assert.equal(refused.body.field, 'unit_id');
});

test('a draft can be deleted by its unit; a declared project cannot', async () => {
  const u = await me(unit);
  const draft = await unit.post('/api/v1/projects', newProject(u.unit_id));
  assert.equal(draft.status, 201);
  assert.equal((await unit2.delete('/api/v1/projects/' + draft.body.id)).status, 404);
  assert.equal((await unit.delete('/api/v1/projects/' + draft.body.id)).status, 204);
  assert.equal((await unit.get('/api/v1/projects/' + draft.body.id)).status, 404);
  const created = await unit.post('/api/v1/projects', newProject(u.unit_id));
  const declared = await unit.post(`/api/v1/projects/${created.body.id}/steps`, { version: 1, action: 'declare' });
  assert.equal(declared.body.status, 'declared');
  const refused = await unit.delete('/api/v1/projects/' + declared.body.id);
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'bad_status');
  assert.match(refused.body.detail, /已申报.*不能删除.*撤回/);
});

test('a draft with evidence files attached is kept until they are removed', async () => {
  const u = await me(unit);
  const draft = await unit.post('/api/v1/projects', newProject(u.unit_id));
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], { type: 'application/pdf' }), '依据.pdf');
  const file = await unit.post(`/api/v1/evidence?document_type=project&document_id=${draft.body.id}`, form);
  assert.equal(file.status, 201);
  const kept = await unit.delete('/api/v1/projects/' + draft.body.id);
  assert.equal(kept.status, 422);
  assert.equal(kept.body.code, 'in_use');
  assert.equal((await unit.delete('/api/v1/evidence/' + file.body.id)).status, 204);
  assert.equal((await unit.delete('/api/v1/projects/' + draft.body.id)).status, 204);
});

test('a list page served again is never older than the data: own writes, another process, another scope', async () => {
  const u = await me(unit);
  const path = '/api/v1/projects?year=2026&limit=5&sort=-updated_at';
  const first = await unit.get(path);
  assert.equal((await unit.get(path)).body.total, first.body.total);  // the same answer again

  // A write through the API shows at once.
  const created = await unit.post('/api/v1/projects', newProject(u.unit_id, { name: '缓存检验：新建项目' }));
  assert.equal(created.status, 201);
  const afterCreate = await unit.get(path);
  assert.equal(afterCreate.body.total, first.body.total + 1);
  assert.equal(afterCreate.body.items[0].name, '缓存检验：新建项目');

  // A write by another process straight into the database (a batch job, another server) shows
  // within the time the server takes to ask the database again (0.1 s).
  server.db.query(`UPDATE projects SET name = '缓存检验：库内改名' WHERE id = ${created.body.id}`);
  const started = Date.now();
  let name;
  do {
    name = (await unit.get(path)).body.items[0].name;
  } while (name !== '缓存检验：库内改名' && Date.now() - started < 1000);
  assert.equal(name, '缓存检验：库内改名');

  // The same query from another scope is its own page: the other unit never sees this one's.
  const other = await unit2.get(path);
  assert.ok(other.body.items.every((p) => p.unit_id !== u.unit_id));
  assert.ok(!other.body.items.some((p) => p.id === created.body.id));
});
