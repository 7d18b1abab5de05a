// 信息公开 over HTTP: the office opens a year's list once, publishes and withdraws items; the
// public pages (no login) show only published snapshots and nothing personal, answer 304 to a
// client that has them, and refuse a client address past its rate (429); an office outside the
// item's region changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, Client } from './harness.mjs';

let server, office, county, unit, anonymous;
before(async () => {
  process.env.JIXIAO_PUBLIC_RATE_PER_MINUTE = '40';
  server = await startServer();
  [office, county, unit] = await Promise.all(
    ['demo_office', 'demo_county_office', 'demo_unit'].map((u) => loggedIn(server.base, u)));
  anonymous = new Client(server.base);
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));
const code = (subject) => subject.split('/').slice(2).join('/');

test('opening a year adds its items once; only an office opens', async () => {
  const before = count('SELECT COUNT(*) FROM disclosures');
  const again = await office.post('/api/v1/disclosures:open', { year: 2025 });
  assert.equal(again.status, 200, JSON.stringify(again.body));
  assert.equal(again.body.added, 0);
  assert.equal(count('SELECT COUNT(*) FROM disclosures'), before);
  const first = await office.post('/api/v1/disclosures:open', { year: 2027 });
  assert.ok(first.body.added > 0);
  assert.equal((await office.post('/api/v1/disclosures:open', { year: 2027 })).body.added, 0);
  assert.equal((await unit.post('/api/v1/disclosures:open', { year: 2027 })).status, 403);
  const bad = await office.post('/api/v1/disclosures:open', { year: 1999 });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'year');
});

test('the office publishes an item, the public sees its snapshot; withdrawn it is gone', async () => {
  const list = await office.get('/api/v1/disclosures?year=2026&status=due&kind=target&region_id=1&limit=5');
  assert.equal(list.status, 200);
  assert.ok(list.body.items.length > 0);
  assert.ok(list.body.items.every((i) => i.overdue), 'targets of 2026 were due in March');
  let item = list.body.items[0];
  // Unpublished: nothing public.
  assert.equal((await anonymous.get(`/api/public/v1/projects/${item.subject}`)).status, 404);
  const published = await office.post(`/api/v1/disclosures/${item.id}/steps`, { version: item.version, action: 'publish' });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  assert.equal(published.body.status, 'published');
  assert.deepEqual(published.body.actions, ['withdraw']);
  item = published.body;
  const page = await anonymous.get(`/api/public/v1/projects/${item.subject}`);
  assert.equal(page.status, 200);
  const shown = page.body.items.find((i) => i.slug === item.slug);
  assert.ok(shown, 'the published item is on its project page');
  assert.ok(shown.indicators.length > 0);
  assert.ok(shown.indicators.every((r) => r.category && r.name && r.comparator && r.unit !== undefined));
  // Found by the department, and by a word of its name.
  const departments = await anonymous.get(`/api/public/v1/regions/${item.region_code}/departments?year=2026`);
  assert.ok(departments.body.items.some((d) => d.department_id === item.department_id));
  const projects = await anonymous.get(`/api/public/v1/departments/${item.department_id}/projects?year=2026&limit=500`);
  assert.ok(projects.body.items.some((p) => p.subject === item.subject));
  const word = [...item.title].slice(0, 2).join('');
  const found = await anonymous.get(`/api/public/v1/search?q=${encodeURIComponent(word)}&year=2026&limit=500`);
  assert.equal(found.status, 200);
  assert.ok(found.body.items.every((p) => p.title.includes(word)));
  // Withdrawing asks for a reason; withdrawn, the public no longer sees it.
  const noReason = await office.post(`/api/v1/disclosures/${item.id}/steps`, { version: item.version, action: 'withdraw' });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.body.field, 'reason');
  const withdrawn = await office.post(`/api/v1/disclosures/${item.id}/steps`,
    { version: item.version, action: 'withdraw', reason: '目标表数据有误' });
  assert.equal(withdrawn.status, 200);
  assert.equal(withdrawn.body.status, 'withdrawn');
  const after = await anonymous.get(`/api/public/v1/projects/${item.subject}`);
  assert.ok(after.status === 404 || !after.body.items.some((i) => i.slug === item.slug));
  // A stale version: 409.
  const stale = await office.post(`/api/v1/disclosures/${item.id}/steps`, { version: item.version, action: 'publish' });
  assert.equal(stale.status, 409);
});

test('personal data is refused with what was found, and nothing changes', async () => {
  const id = count(`SELECT d.id FROM disclosures d JOIN self_evaluations e ON e.id = d.source_id
    WHERE d.kind = 'self_evaluation' AND e.problems LIKE '%13987654321%'`);
  assert.ok(id > 0, 'the demo left an item with a phone number');
  const item = (await office.get(`/api/v1/disclosures/${id}`)).body;
  assert.equal(item.status, 'due');
  const refused = await office.post(`/api/v1/disclosures/${id}/steps`, { version: item.version, action: 'publish' });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'personal_data');
  assert.match(refused.body.detail, /手机号码 13987654321/);
  assert.deepEqual(refused.body.personal_data.map((p) => p.kind), ['mobile']);
  assert.equal((await office.get(`/api/v1/disclosures/${id}`)).body.version, item.version);
  // A person's name known to the system, put into a target's goal, is refused too.
  const target = count(`SELECT MIN(d.id) FROM disclosures d WHERE d.region_id = 1 AND d.kind = 'target' AND d.status = 'due'`);
  server.db.query(`UPDATE targets SET overall_goal = overall_goal || '（经办人：张敏）'
    WHERE id = (SELECT source_id FROM disclosures WHERE id = ${target})`);
  const t = (await office.get(`/api/v1/disclosures/${target}`)).body;
  const named = await office.post(`/api/v1/disclosures/${target}/steps`, { version: t.version, action: 'publish' });
  assert.equal(named.status, 422);
  assert.match(named.body.detail, /姓名 张敏/);
  // A selection: the refused one is named, the others done.
  const other = count(`SELECT MIN(d.id) FROM disclosures d WHERE d.region_id = 1 AND d.status = 'due' AND d.id <> ${target} AND d.id <> ${id}`);
  const bulk = await office.post('/api/v1/disclosures:bulk', { ids: [other, target], action: 'publish' });
  assert.equal(bulk.status, 200, JSON.stringify(bulk.body));
  assert.equal(bulk.body.done, 1);
  assert.deepEqual(bulk.body.items.map((i) => [i.id, i.done]), [[other, true], [target, false]]);
  assert.equal(bulk.body.items[1].code, 'personal_data');
});

test('the public never sees an unpublished item, a withdrawn one or a person', async () => {
  const regions = await anonymous.get('/api/public/v1/regions');
  assert.equal(regions.status, 200);
  assert.ok(regions.body.items.some((r) => r.code === '539900' && r.name === '云岭州'));
  const unpublished = count(`SELECT COUNT(*) FROM disclosures WHERE status <> 'published'`);
  assert.ok(unpublished > 0);
  const subjects = server.db.query(`SELECT subject FROM disclosures WHERE status <> 'published' AND subject NOT IN
    (SELECT subject FROM disclosures WHERE status = 'published') ORDER BY id LIMIT 3`).split('\n').filter(Boolean);
  for (const s of subjects) assert.equal((await anonymous.get(`/api/public/v1/projects/${s}`)).status, 404, s);
  const names = server.db.query(`SELECT display_name FROM users`).split('\n').map((n) => n.split('（')[0]).filter((n) => n.length >= 2);
  const published = server.db.query(`SELECT DISTINCT subject FROM disclosures WHERE status = 'published' ORDER BY subject LIMIT 5`).split('\n').filter(Boolean);
  for (const s of published) {
    const page = await anonymous.get(`/api/public/v1/projects/${s}`);
    assert.equal(page.status, 200);
    const text = JSON.stringify(page.body);
    for (const n of names) assert.ok(!text.includes(n), `${n} on ${s}`);
    assert.ok(!/1[3-9]\d{9}/.test(text.replace(/\d{12,}/g, '')), `a mobile number on ${s}`);
    assert.ok(page.body.items.every((i) => i.published_at), 'only published items');
  }
});

test('open data: CSV and JSON, ETag and 304', async () => {
  const subject = server.db.query(`SELECT MIN(subject) FROM disclosures WHERE status = 'published'`).trim();
  const json = await anonymous.get(`/api/public/v1/projects/${subject}`);
  const etag = json.headers.get('etag');
  assert.ok(etag);
  assert.match(json.headers.get('cache-control'), /max-age/);
  const again = await anonymous.get(`/api/public/v1/projects/${subject}`, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  const csv = await anonymous.get(`/api/public/v1/projects/${subject}?format=csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.match(csv.body.toString('utf8'), /公开路径,公开事项,项目名称/);
  const bad = await anonymous.get(`/api/public/v1/regions?format=xml`);
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'format');
});

test('an office outside the item\'s region changes nothing', async () => {
  const id = count(`SELECT MIN(id) FROM disclosures WHERE region_id = 1 AND status = 'due'`);
  const item = (await office.get(`/api/v1/disclosures/${id}`)).body;
  const res = await county.post(`/api/v1/disclosures/${id}/steps`, { version: item.version, action: 'publish' });
  assert.ok([403, 404].includes(res.status));
  const bulk = await county.post('/api/v1/disclosures:bulk', { ids: [id], action: 'publish' });
  assert.ok([403, 404].includes(bulk.status));
  assert.equal((await unit.post(`/api/v1/disclosures/${id}/steps`, { version: item.version, action: 'publish' })).status, 404);
  // The prefecture reads a county's item but may not publish it.
  const countyItem = count(`SELECT MIN(d.id) FROM disclosures d JOIN regions r ON r.id = d.region_id WHERE r.parent_id IS NOT NULL AND d.status = 'due'`);
  const theirs = (await office.get(`/api/v1/disclosures/${countyItem}`)).body;
  assert.deepEqual(theirs.actions, []);
  assert.equal((await office.post(`/api/v1/disclosures/${countyItem}/steps`, { version: theirs.version, action: 'publish' })).status, 403);
  assert.equal((await office.get(`/api/v1/disclosures/${id}`)).body.version, item.version);
});

test('the rates count items published over items due, "—" for none', async () => {
  const r = await office.get('/api/v1/disclosures/rates?year=2025');
  assert.equal(r.status, 200);
  assert.ok(r.body.due > 0 && r.body.published > 0);
  assert.match(r.body.rate, /^\d+\.\d\d$/);
  assert.equal(r.body.by_region.length, 3);
  const empty = await office.get('/api/v1/disclosures/rates?year=2024');
  assert.equal(empty.body.rate, null);
  assert.equal(empty.body.rate_text, '—');
});

test('a client address past its rate gets 429 with Retry-After, counted in /metrics', async () => {
  let limited = null;
  for (let i = 0; i < 60 && !limited; i++) {
    const res = await anonymous.get('/api/public/v1/regions');
    if (res.status === 429) limited = res;
  }
  assert.ok(limited, 'no 429 within 60 requests at 40 a minute');
  assert.match(limited.headers.get('content-type'), /problem\+json/);
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
  const metrics = (await anonymous.get('/metrics')).body.toString('utf8');
  assert.match(metrics, /jixiao_public_rate_limited_total [1-9]/);
});
