import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, admin, office;
let account, token, secret;  // the account made here and its token limited to reads and the import
before(async () => {
  server = await startServer();
  [admin, office] = await Promise.all(['demo_admin', 'demo_office'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));
const later = (days) => new Date(Date.now() + days * 86400e3).toISOString().slice(0, 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// A request with nothing but the token: no cookie, no CSRF header.
async function call(method, path, bearer, { body, type = 'application/json' } = {}) {
  const headers = bearer ? { authorization: `Bearer ${bearer}` } : {};
  if (body !== undefined) headers['content-type'] = type;
  const res = await fetch(server.base + path, {
    method, headers, body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  const text = await res.text();
  return { status: res.status, body: text && (res.headers.get('content-type') || '').includes('json') ? JSON.parse(text) : text };
}
const failures = async () => {
  const text = (await call('GET', '/metrics')).body;
  return Object.fromEntries([...text.matchAll(/jixiao_token_failures_total\{reason="(\w+)"\} (\d+)/g)]
    .map((m) => [m[1], Number(m[2])]));
};

test('the admin creates a service account and issues a token shown once; others may not', async () => {
  const created = await admin.post('/api/v1/service-accounts',
    { username: 'feed_test', display_name: '测试接口', role: 'performance_office' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  account = created.body;
  assert.equal(account.kind, 'service');
  assert.equal(account.kind_label, '接口账号');
  assert.deepEqual(account.tokens, []);
  assert.equal((await office.get('/api/v1/service-accounts')).status, 403);
  assert.equal((await office.post('/api/v1/service-accounts',
    { username: 'feed_office', display_name: '科室接口', role: 'unit' })).status, 403);
  // Not an administrator, and not in the people's list.
  const admin_role = await admin.post('/api/v1/service-accounts', { username: 'feed_admin', display_name: '管理接口', role: 'admin' });
  assert.equal(admin_role.status, 400);
  assert.equal(admin_role.body.field, 'role');
  const users = (await admin.get('/api/v1/users?limit=500')).body.items;
  assert.ok(!users.some((u) => u.username === 'feed_test'));

  const routes = (await admin.get('/api/v1/api-token-routes')).body.items.map((r) => r.key);
  assert.ok(routes.includes('POST /api/v1/executions:import') && routes.includes('GET /api/v1/projects'));
  assert.ok(!routes.includes('POST /api/v1/sessions'));
  const audits = count('SELECT COUNT(*) FROM audit_log');
  for (const [body, field] of [
    [{ name: '', expires_on: later(30) }, 'name'],
    [{ name: '过期', expires_on: later(-1) }, 'expires_on'],
    [{ name: '太久', expires_on: later(3 * 366) }, 'expires_on'],
    [{ name: '未知接口', expires_on: later(30), routes: ['POST /api/v1/nothing'] }, 'routes'],
  ]) {
    const res = await admin.post(`/api/v1/service-accounts/${account.id}/tokens`, body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.field, field);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
  }
  assert.equal(count('SELECT COUNT(*) FROM audit_log'), audits);
  const issued = await admin.post(`/api/v1/service-accounts/${account.id}/tokens`,
    { name: '执行数据推送', expires_on: later(200), routes: ['POST /api/v1/executions:import', 'GET /api/v1/projects'] });
  assert.equal(issued.status, 201, JSON.stringify(issued.body));
  ({ token, secret } = issued.body);
  assert.match(secret, /^jxt_[0-9a-f]{48}$/);
  assert.ok(secret.startsWith(token.prefix));
  assert.equal(token.status_label, '有效');
  // Stored as its hash; the list never shows it again.
  assert.equal(count(`SELECT COUNT(*) FROM api_tokens WHERE token_hash LIKE '%${secret.slice(4)}%'`), 0);
  const listed = JSON.stringify((await admin.get('/api/v1/service-accounts')).body);
  assert.ok(listed.includes('执行数据推送') && !listed.includes(secret.slice(4)));
  assert.ok(!JSON.stringify((await admin.get(`/api/v1/service-accounts/${account.id}`)).body).includes(secret.slice(4)));
});

test('a token reads and imports without cookie or CSRF header, audited under its account', async () => {
  const list = await call('GET', '/api/v1/projects?year=2026&limit=5', secret);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  assert.ok(list.body.items.length > 0);
  const code = server.db.query(`SELECT code FROM projects WHERE year = 2026 AND region_id = 1
    AND status IN ('approved', 'executing', 'completed') ORDER BY id LIMIT 1`);
  const csv = `项目编码,截至日期,累计支出（万元）\n${code},2026-03-31,1\n`;
  const imported = await call('POST', '/api/v1/executions:import?year=2026', secret, { body: csv, type: 'text/csv' });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  assert.equal(imported.body.imported, 1);
  const actor = server.db.query(`SELECT actor FROM audit_log WHERE actor_id = ${account.id} ORDER BY id DESC LIMIT 1`);
  assert.equal(actor, `feed_test [令牌 ${token.id}]`);
  // Its last use, with the client's address.
  const used = (await admin.get(`/api/v1/service-accounts/${account.id}`)).body.tokens[0];
  assert.ok(used.last_used_at && used.last_used_from.includes('127.0.0.1'), JSON.stringify(used));
});

test('refused tokens: outside its routes 403, unknown, in the query string, expired, revoked 401, all counted', async () => {
  const start = await failures();
  const audits = count('SELECT COUNT(*) FROM audit_log');
  const outside = await call('GET', '/api/v1/targets?year=2026', secret);
  assert.equal(outside.status, 403);
  assert.equal(outside.body.code, 'token_route');
  assert.match(outside.body.detail, /GET \/api\/v1\/targets/);
  const unknown = await call('GET', '/api/v1/projects?year=2026', 'jxt_' + '0'.repeat(48));
  assert.equal(unknown.status, 401);
  assert.equal((await call('GET', '/api/v1/projects?year=2026', 'nonsense')).status, 401);
  // A token in the URL is never accepted, not even beside a good header.
  const query = await call('GET', `/api/v1/projects?year=2026&access_token=${secret}`, secret);
  assert.equal(query.status, 401);
  assert.equal(query.body.code, 'token_in_query');
  // On a write too, before the route's own query rules would call it an unknown parameter.
  const executions = count('SELECT COUNT(*) FROM executions');
  const posted = await call('POST', `/api/v1/executions:import?year=2026&api_key=${secret}`, secret,
    { body: 'x', type: 'text/csv' });
  assert.equal(posted.status, 401, JSON.stringify(posted.body));
  assert.equal(posted.body.code, 'token_in_query');
  assert.equal(count('SELECT COUNT(*) FROM executions'), executions);
  // A session user sending ?token= is refused too.
  assert.equal((await office.get('/api/v1/projects?year=2026&token=abc')).status, 401);
  // Expired: its last day moved into the past, seen by the server within 0.1 s.
  server.db.query(`UPDATE api_tokens SET expires_on = '2020-01-01' WHERE id = ${token.id}`);
  await sleep(250);
  const expired = await call('GET', '/api/v1/projects?year=2026', secret);
  assert.equal(expired.status, 401);
  assert.equal(expired.body.code, 'token_expired');
  server.db.query(`UPDATE api_tokens SET expires_on = '${later(100)}' WHERE id = ${token.id}`);
  await sleep(250);
  assert.equal((await call('GET', '/api/v1/projects?year=2026', secret)).status, 200);
  assert.equal(count('SELECT COUNT(*) FROM audit_log'), audits);
  // Revoked: at once.
  const revoked = await admin.post(`/api/v1/api-tokens/${token.id}/revoke`, {});
  assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
  assert.equal(revoked.body.status_label, '已吊销');
  const after = await call('GET', '/api/v1/projects?year=2026', secret);
  assert.equal(after.status, 401);
  assert.equal(after.body.code, 'token_revoked');
  assert.equal(count(`SELECT COUNT(*) FROM audit_log WHERE entity = 'api_token' AND entity_id = ${token.id}`), 2);
  const end = await failures();
  const grew = (reason, n) => assert.equal((end[reason] ?? 0) - (start[reason] ?? 0), n, reason);
  grew('route', 1); grew('unknown', 1); grew('malformed', 1); grew('query', 3); grew('expired', 1); grew('revoked', 1);
});

test('a service account cannot log in, and disabling it ends its tokens', async () => {
  const issued = (await admin.post(`/api/v1/service-accounts/${account.id}/tokens`,
    { name: '全部接口', expires_on: later(30) })).body;
  assert.equal((await call('GET', '/api/v1/targets?year=2026&limit=1', issued.secret)).status, 200);
  const login = await call('POST', '/api/v1/sessions', null, { body: { username: 'feed_test', password: 'Jixiao@2026' } });
  assert.equal(login.status, 401);
  assert.equal(login.body.detail, '用户名或密码错误');
  const reset = await admin.post(`/api/v1/users/${account.id}/password-reset`, {});
  assert.equal(reset.status, 400);
  assert.equal((await admin.post(`/api/v1/users/${account.id}/lock`, {})).status, 200);
  const refused = await call('GET', '/api/v1/targets?year=2026&limit=1', issued.secret);
  assert.equal(refused.status, 401);
  assert.equal((await admin.post(`/api/v1/users/${account.id}/unlock`, {})).status, 200);
  assert.equal((await call('GET', '/api/v1/targets?year=2026&limit=1', issued.secret)).status, 401);
  const listed = (await admin.get(`/api/v1/service-accounts/${account.id}`)).body.tokens;
  assert.ok(listed.every((t) => t.status === 'revoked'));
});

test('the demo has 预算一体化接口 with a token in force and one revoked, no secret anywhere', async () => {
  const items = (await admin.get('/api/v1/service-accounts')).body.items;
  const feed = items.find((a) => a.username === 'demo_budget_feed');
  assert.equal(feed.display_name, '预算一体化接口');
  assert.deepEqual(feed.tokens.map((t) => t.status).sort(), ['active', 'revoked']);
  assert.deepEqual(feed.tokens.find((t) => t.status === 'active').routes, ['POST /api/v1/executions:import']);
});

test('a token reaches only its account’s data scope: another unit’s project is not there', async () => {
  const [unitId, regionId] = server.db.query(`SELECT unit_id || ',' || region_id FROM users WHERE username = 'demo_unit'`).split(',').map(Number);
  const foreign = Number(server.db.query(`SELECT p.id FROM projects p JOIN users u ON u.unit_id = p.unit_id
    WHERE u.username = 'demo_unit2' AND p.unit_id <> ${unitId} ORDER BY p.id LIMIT 1`));
  const created = await admin.post('/api/v1/service-accounts',
    { username: 'feed_unit', display_name: '单位财务系统', role: 'unit', region_id: regionId, unit_id: unitId });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { secret: unitSecret } = (await admin.post(`/api/v1/service-accounts/${created.body.id}/tokens`,
    { name: '单位同步', expires_on: later(30) })).body;
  const listed = await call('GET', '/api/v1/projects?year=2026&limit=50', unitSecret);
  assert.equal(listed.status, 200);
  assert.ok(listed.body.items.length > 0 && listed.body.items.every((p) => p.unit_id === unitId));
  assert.equal((await call('GET', `/api/v1/projects/${foreign}`, unitSecret)).status, 404);
  const before = server.db.query(`SELECT name || '|' || version FROM projects WHERE id = ${foreign}`);
  const write = await call('PATCH', `/api/v1/projects/${foreign}`, unitSecret, { body: { version: 1, name: '越权修改' } });
  assert.equal(write.status, 404);
  assert.equal(server.db.query(`SELECT name || '|' || version FROM projects WHERE id = ${foreign}`), before);
});
