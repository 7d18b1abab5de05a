// 第三方机构库 and 专家库 over HTTP: the office registers and edits an agency and its contract of a
// year, suspends and reactivates it; lists search and page; each role reads what it may (an
// agency's account its agency, an expert their record, units nothing, the county none of the
// prefecture's); bad input names its field in Chinese and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, section, unit, agency, expert, viewer, county;
before(async () => {
  server = await startServer();
  [office, section, unit, agency, expert, viewer, county] = await Promise.all(
    ['demo_office', 'demo_section', 'demo_unit', 'demo_agency', 'demo_expert', 'demo_viewer',
      'demo_county_office'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));
// 17 characters and the GB 32100-2015 check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(first17) {
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * WEIGHTS[i], 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

test('the office registers an agency, edits it with its version, records a year and suspends it', async () => {
  const created = await office.post('/api/v1/agencies', {
    name: '云岭致远绩效评价有限公司', credit_code: creditCode('91539900MA6W1X2Y3').toLowerCase(),
    qualifications: '预算绩效评价入围机构', staff_count: 21, contact_person: '尹涛', contact_phone: '0877-3100101',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const a = created.body;
  assert.equal(a.credit_code, creditCode('91539900MA6W1X2Y3'));  // stored upper case
  assert.equal(a.status_label, '在库');
  assert.deepEqual(a.actions, ['edit', 'suspend']);
  const edited = await section.patch(`/api/v1/agencies/${a.id}`, { version: a.version, staff_count: 25 });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  assert.equal(edited.body.staff_count, 25);
  const stale = await office.patch(`/api/v1/agencies/${a.id}`, { version: a.version, staff_count: 30 });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.field, 'version');

  const year = await office.post(`/api/v1/agencies/${a.id}/years`,
    { year: 2026, contract_no: 'YLCZ-2026-CG-0501', fee_fen: 25_000_000, notes: '公开招标' });
  assert.equal(year.status, 201, JSON.stringify(year.body));
  const again = await office.post(`/api/v1/agencies/${a.id}/years`, { year: 2026 });
  assert.equal(again.status, 409);
  assert.equal(again.body.field, 'year');
  const fee = await office.patch(`/api/v1/agency-years/${year.body.id}`, { version: 1, fee_fen: 24_000_000 });
  assert.equal(fee.status, 200, JSON.stringify(fee.body));
  const detail = (await office.get(`/api/v1/agencies/${a.id}`)).body;
  assert.deepEqual(detail.years.map((y) => [y.year, y.fee_fen]), [[2026, 24_000_000]]);

  const suspended = await office.post(`/api/v1/agencies/${a.id}/suspend`, { version: detail.version });
  assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
  assert.equal(suspended.body.status, 'suspended');
  assert.deepEqual(suspended.body.actions, ['edit', 'reactivate']);
  const twice = await office.post(`/api/v1/agencies/${a.id}/suspend`, { version: suspended.body.version });
  assert.equal(twice.status, 422);
  // status is not a field of an edit
  const byField = await office.patch(`/api/v1/agencies/${a.id}`, { version: suspended.body.version, status: 'active' });
  assert.equal(byField.status, 400);
  assert.equal(byField.body.field, 'status');
  const back = await office.post(`/api/v1/agencies/${a.id}/reactivate`, { version: suspended.body.version });
  assert.equal(back.body.status, 'active');
  assert.equal(count(`SELECT COUNT(*) FROM audit_log WHERE entity = 'agency' AND entity_id = ${a.id}`), 6);
});

test('lists search and page; the office links an agency account', async () => {
  const all = (await office.get('/api/v1/agencies?limit=2')).body;
  assert.equal(all.items.length, 2);
  assert.ok(all.total >= 4 && all.next_cursor);
  const next = (await office.get(`/api/v1/agencies?limit=2&cursor=${encodeURIComponent(all.next_cursor)}`)).body;
  assert.ok(next.items.every((x) => x.id > all.items[1].id));
  const found = (await office.get(`/api/v1/agencies?q=${encodeURIComponent('天衡')}`)).body;
  assert.deepEqual(found.items.map((x) => x.name), ['云岭天衡会计师事务所（特殊普通合伙）']);
  const suspended = (await office.get('/api/v1/experts?status=suspended')).body;
  assert.deepEqual(suspended.items.map((x) => x.name), ['杨志强']);
  const byField = (await office.get(`/api/v1/experts?q=${encodeURIComponent('水利')}`)).body;
  assert.deepEqual(byField.items.map((x) => x.name), ['马文涛']);
  // demo_agency acts for 云岭正信 already: another agency may not take it.
  const agencyUser = count("SELECT id FROM users WHERE username = 'demo_agency'");
  const other = all.items.find((x) => x.name !== '云岭正信评价事务所有限公司');
  const taken = await office.patch(`/api/v1/agencies/${other.id}`, { version: other.version, user_ids: [agencyUser] });
  assert.equal(taken.status, 400);
  assert.equal(taken.body.field, 'user_ids[0]');
});

test('each role reads what it may', async () => {
  const mine = (await agency.get('/api/v1/agencies')).body;
  assert.deepEqual(mine.items.map((x) => x.name), ['云岭正信评价事务所有限公司']);
  assert.deepEqual(mine.items[0].actions, []);
  const others = (await office.get('/api/v1/agencies?limit=500')).body.items.filter((x) => x.id !== mine.items[0].id);
  const foreign = await agency.get(`/api/v1/agencies/${others[0].id}`);
  assert.equal(foreign.status, 404);
  assert.ok(!JSON.stringify(foreign.body).includes(others[0].name));
  assert.equal((await agency.patch(`/api/v1/agencies/${mine.items[0].id}`, { version: 1, name: '改名' })).status, 403);
  assert.equal((await agency.get('/api/v1/experts')).status, 403);

  const own = (await expert.get('/api/v1/experts')).body;
  assert.deepEqual(own.items.map((x) => x.name), ['吴建国']);
  assert.equal((await expert.get('/api/v1/agencies')).status, 403);

  for (const path of ['/api/v1/agencies', '/api/v1/experts'])
    assert.equal((await unit.get(path)).status, 403, path);
  assert.equal((await viewer.get('/api/v1/experts')).body.total, 5);
  assert.equal((await viewer.post('/api/v1/experts', { name: '只读' })).status, 403);
  assert.equal((await county.get('/api/v1/agencies')).body.total, 0);
  assert.equal((await county.get(`/api/v1/agencies/${others[0].id}`)).status, 404);
});

test('bad input names its field in Chinese and changes nothing', async () => {
  const before = count('SELECT COUNT(*) FROM agencies') + count('SELECT COUNT(*) FROM experts') +
    count('SELECT COUNT(*) FROM agency_years');
  const good = creditCode('91539900MA6X4Y5W6');
  const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  const existing = (await office.get('/api/v1/agencies?limit=1')).body.items[0];
  const cases = [
    [office.post('/api/v1/agencies', { name: '校验位错误', credit_code: wrongCheck }), 400, 'credit_code', /校验位/],
    [office.post('/api/v1/agencies', { name: '位数不对', credit_code: '91539900MA6X4Y5' }), 400, 'credit_code', /18 位/],
    [office.post('/api/v1/agencies', { credit_code: good }), 400, 'name', /机构名称/],
    [office.post('/api/v1/agencies', { name: '  ', credit_code: good }), 400, 'name', /机构名称/],
    [office.post('/api/v1/agencies', { name: '同码', credit_code: existing.credit_code }), 409, 'credit_code', /统一社会信用代码/],
    [office.post('/api/v1/agencies', { name: '人数为负', credit_code: good, staff_count: -1 }), 400, 'staff_count', /不能为负数/],
    [office.post(`/api/v1/agencies/${existing.id}/years`, { year: 2027, fee_fen: -100 }), 400, 'fee_fen', /合同金额不能为负数/],
    [office.post(`/api/v1/agencies/${existing.id}/years`, { fee_fen: 100 }), 400, 'year', /年度/],
    [office.post('/api/v1/experts', { title: '教授' }), 400, 'name', /专家姓名/],
    [office.post('/api/v1/experts', { name: '回避无理由', avoid: [{ name: '某公司' }] }), 400, 'avoid[0].reason', /回避理由/],
    [office.post('/api/v1/experts', { name: '电话', phone: 'call me' }), 400, 'phone', /联系电话/],
    [county.post('/api/v1/agencies', { name: '越级登记', credit_code: good, region_id: existing.region_id }), 400, 'region_id', /本地区/],
    [unit.post('/api/v1/agencies', { name: '单位登记', credit_code: good }), 403, undefined, /绩效科/],
  ];
  for (const [pending, status, field, message] of cases) {
    const res = await pending;
    assert.equal(res.status, status, JSON.stringify(res.body));
    assert.match(res.headers.get('content-type'), /problem\+json/);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
    assert.match(res.body.detail, message);
  }
  assert.equal(count('SELECT COUNT(*) FROM agencies') + count('SELECT COUNT(*) FROM experts') +
    count('SELECT COUNT(*) FROM agency_years'), before);
});

test('an expert is registered with a unit to avoid and edited with its version', async () => {
  const unitId = count("SELECT unit_id FROM users WHERE username = 'demo_unit'");
  const created = await office.post('/api/v1/experts', {
    name: '普丽华', fields: ['教育', '财政'], title: '高级会计师', employer: '州审计局',
    phone: '13800001111', avoid: [{ unit_id: unitId, reason: '配偶在该校任职' }],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.avoid[0].name, '州第一中学');
  const edited = await section.patch(`/api/v1/experts/${created.body.id}`,
    { version: created.body.version, fields: ['教育'] });
  assert.equal(edited.status, 200);
  assert.deepEqual(edited.body.fields, ['教育']);
  const stale = await office.patch(`/api/v1/experts/${created.body.id}`, { version: created.body.version, title: '教授' });
  assert.equal(stale.status, 409);
  const suspended = await office.post(`/api/v1/experts/${created.body.id}/suspend`, { version: edited.body.version });
  assert.equal(suspended.body.status_label, '已暂停');
});
