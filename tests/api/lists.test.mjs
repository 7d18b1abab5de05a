// Paging every list (page jumps by `offset`, next and previous by cursor) and the header's search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, unit, unit2, expert, admin, department;
before(async () => {
  server = await startServer();
  [office, unit, unit2, expert, admin, department] = await Promise.all(
    ['demo_office', 'demo_unit', 'demo_unit2', 'demo_expert', 'demo_admin', 'demo_department']
      .map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

// Every paged list, as a caller who may read it, with its filters.
const LISTS = () => [
  [office, '/api/v1/projects?year=2026&sort=-amount_fen'],
  [office, '/api/v1/projects?year=2026&q=%E5%AD%A6'],
  [office, '/api/v1/targets?year=2026'],
  [office, '/api/v1/units?kind=unit'],
  [admin, '/api/v1/users?active=1'],
  [office, '/api/v1/library/indicators?q=%E7%8E%87'],
  [office, '/api/v1/library/cases?industry='],
];

test('a page jump by offset answers the rows the cursors reach, and goes on by cursor', async () => {
  for (const [client, path] of LISTS()) {
    const ids = [];
    let cursor = null;
    do {
      const page = await client.get(`${path}&limit=2${cursor ? '&cursor=' + cursor : ''}`);
      assert.equal(page.status, 200, path);
      ids.push(...page.body.items.map((i) => i.id));
      cursor = page.body.next_cursor;
    } while (cursor && ids.length < 12);
    assert.ok(ids.length >= 8, `${path}: too few rows to page (${ids.length})`);
    const third = await client.get(`${path}&limit=2&offset=4`);
    assert.equal(third.status, 200, path);
    assert.deepEqual(third.body.items.map((i) => i.id), ids.slice(4, 6), path);
    const fourth = await client.get(`${path}&limit=2&cursor=${third.body.next_cursor}`);
    assert.deepEqual(fourth.body.items.map((i) => i.id), ids.slice(6, 8), path);
  }
});

test('the project list counts its totals on the first page only, not on a jump', async () => {
  const first = await office.get('/api/v1/projects?year=2026&limit=10');
  assert.ok(Number.isInteger(first.body.total) && first.body.total_amount_fen > 0);
  const jumped = await office.get('/api/v1/projects?year=2026&limit=10&offset=30');
  assert.equal(jumped.status, 200);
  assert.equal(jumped.body.total, undefined);
});

test('a jump beyond the documented depth, or with a cursor, is refused naming offset in Chinese', async () => {
  for (const [client, path] of LISTS()) {
    for (const q of ['offset=10001', 'offset=-1', 'offset=abc']) {
      const res = await client.get(`${path}&${q}`);
      assert.equal(res.status, 400, `${path} ${q}`);
      assert.equal(res.body.field, 'offset', `${path} ${q}`);
      assert.match(res.body.detail, /[\u4e00-\u9fff]/, `${path} ${q}`);
    }
    const deep = await client.get(`${path}&offset=10001`);
    assert.match(deep.body.detail, /10000/);
    const first = await client.get(`${path}&limit=2`);
    const both = await client.get(`${path}&limit=2&offset=2&cursor=${first.body.next_cursor}`);
    assert.equal(both.status, 400, path);
    assert.equal(both.body.field, 'offset');
    assert.equal((await client.get(`${path}&offset=10000`)).status, 200, path);
  }
});

// The lists paged by offset alone (a register, a plan, a scorecard's rows): a jump answers its
// page, and a cursor is an unknown parameter there.
test('a list paged by offset alone jumps to a page, and refuses a cursor as unknown', async () => {
  for (const path of ['/api/v1/documents?year=2026', '/api/v1/key-evaluations?year=2026']) {
    const all = await office.get(`${path}&limit=4`);
    assert.equal(all.status, 200, path);
    const jumped = await office.get(`${path}&limit=2&offset=2`);
    assert.equal(jumped.status, 200, `${path}: ${JSON.stringify(jumped.body)}`);
    assert.deepEqual(jumped.body.items.map((i) => i.id), all.body.items.slice(2, 4).map((i) => i.id), path);
    const both = await office.get(`${path}&offset=2&cursor=abc`);
    assert.equal(both.status, 400, path);
    assert.equal(both.body.field, 'cursor', path);
  }
});

// A cursor the server did not hand out: the sort value and id it carries do not fit the list.
const forged = (value, id) => Buffer.concat([Buffer.from(value, 'latin1'), Buffer.from('\x1f' + id)]).toString('hex');

test('a forged cursor is refused naming cursor in Chinese, on every list and sort', async () => {
  // Every list: not hex, no separator, an id out of range, a sort value that is not UTF-8.
  const any = ['zz', '1f', forged('7', '99999999999999999999'), forged('\xed\x50\xff', '5')];
  // Lists by id alone carry no sort value; projects by id or money carry a whole number.
  const idOnly = [forged('12x', '5')];
  const whole = [forged('', '19836'), forged('12x', '5'), forged('99999999999999999999', '5'), forged('-', '5')];
  const cases = [
    ...LISTS().map(([client, path]) => [client, path, any]),
    [office, '/api/v1/targets?year=2026', idOnly],
    [admin, '/api/v1/users?active=1', idOnly],
    [office, '/api/v1/library/indicators?q=%E7%8E%87', idOnly],
    [office, '/api/v1/library/cases?industry=', idOnly],
    [office, '/api/v1/projects?year=2026', whole],
    [office, '/api/v1/projects?year=2026&sort=id', whole],
    [office, '/api/v1/projects?year=2026&sort=amount_fen', whole],
    [office, '/api/v1/projects?year=2026&sort=-amount_fen', whole],
  ];
  for (const [client, path, cursors] of cases) {
    for (const cursor of cursors) {
      const res = await client.get(`${path}&cursor=${cursor}`);
      const where = `${path} ${cursor}: ${res.status} ${JSON.stringify(res.body)}`;
      assert.equal(res.status, 400, where);
      assert.equal(res.body.field, 'cursor', where);
      assert.match(res.body.detail, /[\u4e00-\u9fff]/, where);
    }
  }
});

const search = (client, q, year = 2026) =>
  client.get(`/api/v1/search?year=${year}&q=${encodeURIComponent(q)}`);

test('the search finds projects by code and name, targets and units of the caller', async () => {
  const own = (await unit.get('/api/v1/projects?year=2026&limit=1')).body.items[0];
  const byCode = await search(unit, own.code);
  assert.equal(byCode.status, 200);
  assert.ok(Array.isArray(byCode.body.items) && 'next_cursor' in byCode.body);
  const hit = byCode.body.items.find((i) => i.kind === 'project');
  assert.deepEqual([hit.id, hit.name, hit.link, hit.kind_label], [own.id, own.name, `/projects/${own.id}`, '项目']);
  const byName = (await search(office, own.name)).body.items.filter((i) => i.kind === 'project');
  assert.ok(byName.length > 0 && byName.length <= 5 && byName.every((i) => i.name.includes(own.name)));
  const target = (await office.get('/api/v1/targets?year=2026&kind=project&limit=1')).body.items[0];
  const targets = await search(office, target.project_name);
  assert.ok(targets.body.items.some((i) => i.kind === 'target' && i.link === `/targets/${target.id}`));
  const someUnit = (await office.get('/api/v1/units?kind=unit&limit=1')).body.items[0];
  const units = await search(office, someUnit.code);
  assert.ok(units.body.items.some((i) => i.kind === 'unit' && i.id === someUnit.id && i.link.startsWith('/org/units?q=')));
  // Another year has none of this year's projects.
  assert.ok(!(await search(unit, own.code, 2025)).body.items.some((i) => i.kind === 'project'));
});

test('the search answers nothing outside the caller\'s scope', async () => {
  const own = (await unit.get('/api/v1/projects?year=2026&limit=50')).body.items;
  const mine = new Set((await unit2.get('/api/v1/projects?year=2026&limit=500')).body.items.map((p) => p.id));
  for (const p of own.slice(0, 5)) {
    for (const words of [p.code, p.name]) {
      const res = await search(unit2, words);
      assert.equal(res.status, 200);
      const projects = res.body.items.filter((i) => i.kind === 'project');
      assert.ok(projects.every((i) => mine.has(i.id)), `unit2 found ${JSON.stringify(projects)}`);
      assert.ok(!res.body.items.some((i) => i.kind === 'unit'), 'a unit searches no units');
    }
  }
  // An expert reads only the targets assigned to it (on its review page), and no projects.
  const assigned = new Set((await expert.get('/api/v1/targets?year=2026&assigned=1&limit=500')).body.items.map((t) => t.id));
  const found = (await search(expert, own[0].name)).body.items;
  assert.ok(found.every((i) => i.kind === 'target' && assigned.has(i.id) && i.link.endsWith('/review')));
  // A department's units are its own.
  const dept = (await department.get('/api/v1/me')).body.user;
  for (const i of (await search(department, '学')).body.items.filter((x) => x.kind === 'unit')) {
    const u = (await office.get(`/api/v1/units/${i.id}`)).body;
    assert.equal(u.department_id, dept.department_id);
  }
});

test('the search asks for words and a year, named in Chinese', async () => {
  for (const [path, field] of [['/api/v1/search?year=2026', 'q'], ['/api/v1/search?year=2026&q=%20', 'q'],
    ['/api/v1/search?q=abc', 'year'], [`/api/v1/search?year=2026&q=${'长'.repeat(51)}`, 'q']]) {
    const res = await office.get(path);
    assert.equal(res.status, 400, path);
    assert.equal(res.body.field, field, path);
    assert.match(res.body.detail, /[\u4e00-\u9fff]/);
  }
});
