import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, Client, jixiaoResult } from './harness.mjs';

let server, admin, office, county, unit;
before(async () => {
  server = await startServer();
  [admin, office, county, unit] = await Promise.all(
    ['demo_admin', 'demo_office', 'demo_county_office', 'demo_unit'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const me = async (c) => (await c.get('/api/v1/me')).body.user;

test('managers list users by filter; other roles may not list them', async () => {
  const all = await office.get('/api/v1/users?limit=500');
  assert.equal(all.status, 200);
  assert.ok(all.body.total >= 10);
  assert.ok(all.body.items.every((u) => !('password_hash' in u)));
  const units = await office.get('/api/v1/users?role=unit');
  assert.ok(units.body.items.length >= 2 && units.body.items.every((u) => u.role === 'unit'));
  const page = await office.get('/api/v1/users?limit=3');
  const next = await office.get('/api/v1/users?limit=3&cursor=' + page.body.next_cursor);
  assert.ok(next.body.items[0].id > page.body.items.at(-1).id);
  assert.equal((await unit.get('/api/v1/users')).status, 403);
  const countyUsers = await county.get('/api/v1/users?limit=500');
  assert.ok(countyUsers.body.items.every((u) => u.region_id === countyUsers.body.items[0].region_id));
  const officeUser = all.body.items.find((u) => u.username === 'demo_office');
  assert.equal((await county.get('/api/v1/users/' + officeUser.id)).status, 404);
});

test('an issued password works once and must be changed before anything else', async () => {
  const u = await me(unit);
  const created = await office.post('/api/v1/users', { username: 'new_teacher', display_name: '新老师', role: 'unit', unit_id: u.unit_id });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.user.must_change_password, true);
  assert.equal(created.body.user.unit_name, u.unit_name);
  const fresh = await loggedIn(server.base, 'new_teacher', created.body.initial_password);
  const blocked = await fresh.get('/api/v1/projects');
  assert.equal(blocked.status, 403);
  assert.equal(blocked.body.code, 'password_change_required');
  const changed = await fresh.post('/api/v1/me/password', { current_password: created.body.initial_password, new_password: 'Teacher#2026' });
  assert.equal(changed.status, 204, JSON.stringify(changed.body));
  const list = await fresh.get('/api/v1/projects?limit=1');
  assert.equal(list.status, 200);
  assert.ok(list.body.items.every((p) => p.unit_id === u.unit_id));
});

test('bad input names its field and changes nothing', async () => {
  const before = (await office.get('/api/v1/users')).body.total;
  const cases = [
    [{ username: 'AB', display_name: '甲', role: 'viewer' }, 'username', 400],
    [{ username: 'ok_name', display_name: '', role: 'viewer' }, 'display_name', 400],
    [{ username: 'ok_name', display_name: '甲', role: 'boss' }, 'role', 400],
    [{ username: 'ok_name', display_name: '甲', role: 'unit' }, 'unit_id', 400],
    [{ username: 'ok_name', display_name: '甲', role: 'business_section' }, 'section_id', 400],
    [{ username: 'ok_name', display_name: '甲', role: 'viewer', extra: 1 }, 'extra', 400],
    [{ username: 'demo_unit', display_name: '甲', role: 'viewer' }, 'username', 409],
  ];
  for (const [body, field, status] of cases) {
    const res = await office.post('/api/v1/users', body);
    assert.equal(res.status, status, JSON.stringify([body, res.body]));
    assert.equal(res.body.field, field);
    assert.match(res.headers.get('content-type'), /problem\+json/);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
  }
  assert.equal((await office.post('/api/v1/users', { username: 'office_admin', display_name: '甲', role: 'admin' })).status, 403);
  assert.equal((await office.get('/api/v1/users')).body.total, before);
});

test('lock ends the sessions and refuses login; unlock restores it', async () => {
  const created = await office.post('/api/v1/users', { username: 'to_lock', display_name: '待锁定', role: 'viewer' });
  const id = created.body.user.id;
  const victim = await loggedIn(server.base, 'to_lock', created.body.initial_password);
  const locked = await office.post(`/api/v1/users/${id}/lock`);
  assert.equal(locked.status, 200);
  assert.equal(locked.body.locked, true);
  assert.equal((await victim.get('/api/v1/me')).status, 401);
  const retry = new Client(server.base);
  assert.equal((await retry.post('/api/v1/sessions', { username: 'to_lock', password: created.body.initial_password })).status, 401);
  const unlocked = await office.post(`/api/v1/users/${id}/unlock`);
  assert.equal(unlocked.body.locked, false);
  assert.equal((await retry.post('/api/v1/sessions', { username: 'to_lock', password: created.body.initial_password })).status, 200);
  const self = (await me(office)).id;
  assert.equal((await office.post(`/api/v1/users/${self}/lock`)).status, 403);
});

test('reset password issues a new one, ends sessions, and lifts a failed-login lock', async () => {
  const created = await office.post('/api/v1/users', { username: 'forgetful', display_name: '健忘', role: 'viewer' });
  const id = created.body.user.id;
  const anon = new Client(server.base);
  for (let i = 0; i < 5; i++) await anon.post('/api/v1/sessions', { username: 'forgetful', password: 'Wrong#Pass1' });
  assert.equal((await anon.post('/api/v1/sessions', { username: 'forgetful', password: created.body.initial_password })).status, 423);
  const reset = await office.post(`/api/v1/users/${id}/password-reset`);
  assert.equal(reset.status, 200);
  assert.notEqual(reset.body.initial_password, created.body.initial_password);
  assert.equal((await anon.post('/api/v1/sessions', { username: 'forgetful', password: created.body.initial_password })).status, 401);
  const ok = await anon.post('/api/v1/sessions', { username: 'forgetful', password: reset.body.initial_password });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.user.must_change_password, true);
});

test('edit: role and placement are checked; lower regions are read-only; stale versions refused', async () => {
  const created = await office.post('/api/v1/users', { username: 'mover', display_name: '调岗', role: 'viewer' });
  const id = created.body.user.id;
  const sections = (await office.get('/api/v1/sections')).body.items;
  const business = sections.find((s) => s.kind === 'business');
  const moved = await office.patch('/api/v1/users/' + id, { version: 1, role: 'business_section', section_id: business.id });
  assert.equal(moved.status, 200, JSON.stringify(moved.body));
  assert.equal(moved.body.section_name, business.name);
  assert.equal((await office.patch('/api/v1/users/' + id, { version: 1, display_name: 'x' })).status, 409);
  const countyUser = (await office.get('/api/v1/users?limit=500')).body.items.find((u) => u.username === 'demo_county_office');
  assert.equal((await office.patch('/api/v1/users/' + countyUser.id, { version: countyUser.version, display_name: '越级' })).status, 403);
  assert.equal((await admin.patch('/api/v1/users/' + countyUser.id, { version: countyUser.version, display_name: '杨帆' })).status, 200);
});

test('the command line creates the first administrator of an empty database', async () => {
  const r = jixiaoResult(['user', 'add', '--db', server.db.url, '--username', 'demo_admin', '--region-code', '539900']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /用户名已被使用/);
  const missing = jixiaoResult(['user', 'add', '--db', server.db.url, '--username', 'x_admin', '--region-code', '110000']);
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /--region-name/);
  const ok = jixiaoResult(['user', 'add', '--db', server.db.url, '--username', 'prov_admin', '--region-code', '530000', '--region-name', '云南省', '--region-level', 'province']);
  assert.equal(ok.status, 0, ok.stderr);
  const password = ok.stdout.match(/initial password[^:]*: (\S+)/)[1];
  const c = await loggedIn(server.base, 'prov_admin', password);
  assert.equal((await c.get('/api/v1/me')).body.user.must_change_password, true);
});
