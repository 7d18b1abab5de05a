// The bad-input catalogue: every malformed request gets problem+json naming the field at fault in
// Chinese, and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, unitId, projectId;
const FINGERPRINT = 'SELECT (SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM projects), ' +
  '(SELECT SUM(version) FROM projects), (SELECT COUNT(*) FROM units), (SELECT COUNT(*) FROM users)';

before(async () => {
  server = await startServer();
  office = await loggedIn(server.base, 'demo_office');
  const p = (await office.get('/api/v1/projects?limit=1')).body.items[0];
  unitId = p.unit_id;
  projectId = p.id;
});
after(async () => { await server?.stop(); });

const good = () => ({ year: 2026, code: 'BAD001', name: '坏输入测试', unit_id: unitId, fund_type: 'general',
  amount_fen: 100, function_class: '2050202', category: 'new' });

// [what, method, path, body (object → JSON, string → raw), expected status, expected field]
const cases = () => [
  ['not JSON', 'POST', '/api/v1/projects', '{"name": ', 400, undefined],
  ['a JSON array', 'POST', '/api/v1/projects', '[1,2]', 400, undefined],
  ['an empty body', 'POST', '/api/v1/projects', '', 400, undefined],
  ['money as a decimal string', 'POST', '/api/v1/projects', { ...good(), amount_fen: '12.5' }, 400, 'amount_fen'],
  ['money as a float', 'POST', '/api/v1/projects', { ...good(), amount_fen: 1.5 }, 400, 'amount_fen'],
  ['negative money', 'POST', '/api/v1/projects', { ...good(), amount_fen: -1 }, 400, 'amount_fen'],
  ['money beyond 1 万亿元', 'POST', '/api/v1/projects', { ...good(), amount_fen: 100_000_000_000_001 }, 400, 'amount_fen'],
  ['an unknown field', 'POST', '/api/v1/projects', { ...good(), amout_fen: 1 }, 400, 'amout_fen'],
  ['a missing field', 'POST', '/api/v1/projects', { ...good(), name: undefined }, 400, 'name'],
  ['a blank name', 'POST', '/api/v1/projects', { ...good(), name: '　 ' }, 400, 'name'],
  ['a name too long', 'POST', '/api/v1/projects', { ...good(), name: '长'.repeat(201) }, 400, 'name'],
  ['an unknown fund type', 'POST', '/api/v1/projects', { ...good(), fund_type: 'slush' }, 400, 'fund_type'],
  ['a year out of range', 'POST', '/api/v1/projects', { ...good(), year: 1999 }, 400, 'year'],
  ['tags not a list', 'POST', '/api/v1/projects', { ...good(), tags: 'ppp' }, 400, 'tags'],
  ['an unknown tag', 'POST', '/api/v1/projects', { ...good(), tags: ['gift'] }, 400, 'tags'],
  ['a bad function class', 'POST', '/api/v1/projects', { ...good(), function_class: '20A' }, 400, 'function_class'],
  ['a code with spaces', 'POST', '/api/v1/projects', { ...good(), code: 'A B' }, 400, 'code'],
  ['a unit id as text', 'POST', '/api/v1/projects', { ...good(), unit_id: 'one' }, 400, 'unit_id'],
  ['a unit that does not exist', 'POST', '/api/v1/projects', { ...good(), unit_id: 999999 }, 400, 'unit_id'],
  ['an edit without version', 'PATCH', `/api/v1/projects/{p}`, { name: '改' }, 400, 'version'],
  ['an edit with a stale version', 'PATCH', `/api/v1/projects/{p}`, { version: 999, name: '改' }, 409, 'version'],
  ['limit 0', 'GET', '/api/v1/projects?limit=0', undefined, 400, 'limit'],
  ['limit over 500', 'GET', '/api/v1/projects?limit=501', undefined, 400, 'limit'],
  ['year as text', 'GET', '/api/v1/projects?year=abc', undefined, 400, 'year'],
  ['an unknown sort', 'GET', '/api/v1/projects?sort=salary', undefined, 400, 'sort'],
  ['a forged cursor', 'GET', '/api/v1/projects?cursor=zz', undefined, 400, 'cursor'],
  ['an unknown status filter', 'GET', '/api/v1/projects?status=lost', undefined, 400, 'status'],
  ['an id that is not a number', 'GET', '/api/v1/projects/abc', undefined, 404, undefined],
  ['a unit kind outside the list', 'POST', '/api/v1/units', { code: 'K1', name: '类型', kind: 'office' }, 400, 'kind'],
  ['a username with capitals', 'POST', '/api/v1/users', { username: 'Zhang', display_name: '张', role: 'viewer' }, 400, 'username'],
  ['a fiscal year as text', 'POST', '/api/v1/fiscal-years', { year: '2027' }, 400, 'year'],
  ['a weak new password', 'POST', '/api/v1/me/password', { current_password: 'Jixiao@2026', new_password: 'abc' }, 400, 'new_password'],
  ['a CSV with a broken quote', 'POST', '/api/v1/projects:import', '项目编码,项目名称\n"A1,坏\n', 400, 'file'],
];

test('every bad request is refused with a Chinese problem naming its field, and nothing changes', async () => {
  const before = server.db.query(FINGERPRINT);
  for (const [what, method, path, body, status, field] of cases()) {
    // A raw text is JSON sent as such (an import is CSV).
    const headers = typeof body === 'string' ? { 'content-type': path.includes(':import') ? 'text/csv' : 'application/json' } : {};
    const res = await office.request(method, path.replace('{p}', projectId), { body, headers });
    const where = `${what}: ${res.status} ${JSON.stringify(res.body)}`;
    assert.equal(res.status, status, where);
    assert.match(res.headers.get('content-type'), /^application\/problem\+json/, where);
    assert.ok(res.body.code, where);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/, where);
    if (field) assert.equal(res.body.field, field, where);
  }
  assert.equal(server.db.query(FINGERPRINT), before);
});

test('bytes that are not UTF-8 are refused', async () => {
  const body = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
  const res = await office.request('POST', '/api/v1/projects', { body, headers: { 'content-type': 'application/json' } });
  assert.equal(res.status, 400);
  assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
});

test('a body over the limit is refused with 413 before it is read whole', async () => {
  const res = await office.request('POST', '/api/v1/projects', { body: 'x'.repeat(9 * 1024 * 1024) })
    .catch((e) => ({ status: 'reset', error: e }));
  // The server may answer 413 and close, or close while the client still sends.
  if (res.status !== 'reset') {
    assert.equal(res.status, 413);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
  }
  assert.equal((await office.get('/api/v1/me')).status, 200);
});
