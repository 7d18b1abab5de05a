import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, DEMO_PASSWORD } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

test('login answers the user and a CSRF token and sets a strict HttpOnly cookie', async () => {
  const c = new Client(server.base);
  const res = await c.post('/api/v1/sessions', { username: 'demo_office', password: DEMO_PASSWORD });
  assert.equal(res.status, 200);
  assert.equal(res.body.user.username, 'demo_office');
  assert.equal(res.body.user.role, 'performance_office');
  assert.ok(res.body.csrf_token.length >= 32);
  const cookie = res.headers.get('set-cookie');
  assert.match(cookie, /jixiao_session=[0-9a-f]{64}/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  c.csrf = res.body.csrf_token;
  const me = await c.get('/api/v1/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.user.username, 'demo_office');
  assert.equal(me.body.csrf_token, c.csrf);
});

test('a wrong password is refused with a Chinese message and no cookie', async () => {
  const c = new Client(server.base);
  const res = await c.post('/api/v1/sessions', { username: 'demo_viewer', password: 'Wrong@2026' });
  assert.equal(res.status, 401);
  assert.equal(res.body.code, 'bad_credentials');
  assert.match(res.body.detail, /用户名或密码错误/);
  assert.equal(res.headers.get('set-cookie'), null);
  const unknown = await c.post('/api/v1/sessions', { username: 'nobody', password: 'Wrong@2026' });
  assert.equal(unknown.status, 401);
  assert.equal(unknown.body.detail, res.body.detail);
});

test('five failed logins lock the account, even against the right password', async () => {
  const c = new Client(server.base);
  for (let i = 0; i < 4; i++) {
    const r = await c.post('/api/v1/sessions', { username: 'demo_expert', password: 'Wrong@2026' });
    assert.equal(r.status, 401);
  }
  const fifth = await c.post('/api/v1/sessions', { username: 'demo_expert', password: 'Wrong@2026' });
  assert.equal(fifth.status, 423);
  assert.equal(fifth.body.code, 'account_locked');
  const right = await c.post('/api/v1/sessions', { username: 'demo_expert', password: DEMO_PASSWORD });
  assert.equal(right.status, 423);
  assert.match(right.body.detail, /锁定/);
});

test('an unknown name answers exactly as a real account: 401 four times, then 423', async () => {
  const c = new Client(server.base);
  const answers = async (username) => {
    const out = [];
    for (let i = 0; i < 7; i++) {
      const r = await c.post('/api/v1/sessions', { username, password: 'Wrong@2026' });
      out.push(`${r.status} ${r.body.code}`);
    }
    return out;
  };
  const real = await answers('demo_county_office');
  const unknown = await answers('nobody_at_all');
  assert.deepEqual(real, [...Array(4).fill('401 bad_credentials'), ...Array(3).fill('423 account_locked')]);
  assert.deepEqual(unknown, real);
});

test('requests without a session get 401; state changes without the CSRF header get 403', async () => {
  const anon = new Client(server.base);
  assert.equal((await anon.get('/api/v1/me')).status, 401);
  assert.equal((await anon.get('/api/v1/projects')).status, 401);
  const c = await loggedIn(server.base, 'demo_unit');
  const noCsrf = await c.request('POST', '/api/v1/projects', { body: { name: 'x' }, csrf: false });
  assert.equal(noCsrf.status, 403);
  assert.equal(noCsrf.body.code, 'csrf');
  const wrongCsrf = await c.request('POST', '/api/v1/projects', { body: { name: 'x' }, csrf: false, headers: { 'x-csrf-token': 'f'.repeat(32) } });
  assert.equal(wrongCsrf.status, 403);
});

test('logout ends the session', async () => {
  const c = await loggedIn(server.base, 'demo_section');
  const cookie = c.cookie;
  const out = await c.delete('/api/v1/sessions/current');
  assert.equal(out.status, 204);
  c.cookie = cookie;  // replaying the old cookie must not work
  assert.equal((await c.get('/api/v1/me')).status, 401);
});

test('a password change needs the current password and the strength rule', async () => {
  const c = await loggedIn(server.base, 'demo_agency');
  const elsewhere = await loggedIn(server.base, 'demo_agency');
  const weak = await c.post('/api/v1/me/password', { current_password: DEMO_PASSWORD, new_password: 'abcdefgh' });
  assert.equal(weak.status, 400);
  assert.equal(weak.body.field, 'new_password');
  const wrong = await c.post('/api/v1/me/password', { current_password: 'Nope@2026', new_password: 'Better#2027' });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.body.field, 'current_password');
  const ok = await c.post('/api/v1/me/password', { current_password: DEMO_PASSWORD, new_password: 'Better#2027' });
  assert.equal(ok.status, 204);
  // The session it was changed in goes on; every other one of the account is over.
  assert.equal((await c.get('/api/v1/me')).status, 200);
  assert.equal((await elsewhere.get('/api/v1/me')).status, 401);
  await loggedIn(server.base, 'demo_agency', 'Better#2027');
  const old = await new Client(server.base).post('/api/v1/sessions', { username: 'demo_agency', password: DEMO_PASSWORD });
  assert.equal(old.status, 401);
});

test('login validates its body', async () => {
  const c = new Client(server.base);
  const res = await c.post('/api/v1/sessions', { username: 'demo_office', password: DEMO_PASSWORD, extra: 1 });
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'extra');
  const bad = await c.post('/api/v1/sessions', '{"username":', { headers: { 'content-type': 'application/json' } });
  assert.equal(bad.status, 400);
});

test('log out everywhere ends every session of the caller and no one else\'s, for any role', async () => {
  for (const username of ['demo_section', 'demo_viewer']) {
    const here = await loggedIn(server.base, username);
    const there = await loggedIn(server.base, username);
    const other = await loggedIn(server.base, 'demo_department');
    const me = (await here.get('/api/v1/me')).body.user;
    const res = await here.delete(`/api/v1/users/${me.id}/sessions`);
    assert.equal(res.status, 204, JSON.stringify(res.body));
    assert.match(res.headers.get('set-cookie'), /jixiao_session=;.*Max-Age=0/);
    assert.equal((await there.get('/api/v1/me')).status, 401);
    assert.equal((await here.get('/api/v1/me')).status, 401);
    assert.equal((await other.get('/api/v1/me')).status, 200);
    // Another's sessions are for its managers only.
    const outsider = await loggedIn(server.base, username);
    const refused = await outsider.delete(`/api/v1/users/${(await other.get('/api/v1/me')).body.user.id}/sessions`);
    assert.ok([403, 404].includes(refused.status), `${username}: ${refused.status}`);
    assert.equal((await other.get('/api/v1/me')).status, 200);
  }
  // The office ends an account's sessions it manages.
  const office = await loggedIn(server.base, 'demo_office');
  const unit = await loggedIn(server.base, 'demo_unit');
  const unitId = (await unit.get('/api/v1/me')).body.user.id;
  assert.equal((await office.delete(`/api/v1/users/${unitId}/sessions`)).status, 204);
  assert.equal((await unit.get('/api/v1/me')).status, 401);
  assert.equal((await office.get('/api/v1/me')).status, 200);
});
