// 撤回: a filer takes a submitted target back to draft while no one has acted on it; once a
// department, section, office or expert has, it is theirs to return (R-TR-1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';
import { goodTarget } from './target_fixtures.mjs';

let server, unit, unit2, department;
before(async () => {
  server = await startServer();
  [unit, unit2, department] = await Promise.all(
    ['demo_unit', 'demo_unit2', 'demo_department'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

async function submitted() {
  const [c] = (await unit.get('/api/v1/targets:candidates?year=2026&limit=1')).body.items;
  const t = (await unit.post('/api/v1/targets', { kind: 'project', project_id: c.id, ...goodTarget() })).body;
  const s = await unit.post(`/api/v1/targets/${t.id}/submit`, { version: t.version });
  assert.equal(s.status, 200, JSON.stringify(s.body));
  assert.ok(s.body.actions.includes('withdraw'));
  return s.body;
}

test('a filer withdraws a submission no one has acted on, and may edit it again', async () => {
  const t = await submitted();
  assert.equal((await unit2.post(`/api/v1/targets/${t.id}/withdraw`, { version: t.version })).status, 404);
  const back = await unit.post(`/api/v1/targets/${t.id}/withdraw`, { version: t.version });
  assert.equal(back.status, 200, JSON.stringify(back.body));
  assert.equal(back.body.status, 'draft');
  assert.ok(back.body.actions.includes('edit'));
  const history = (await unit.get(`/api/v1/targets/${t.id}/history`)).body.items;
  assert.equal(history.at(-1).action, 'withdraw');
  // A draft has nothing to withdraw.
  const again = await unit.post(`/api/v1/targets/${t.id}/withdraw`, { version: back.body.version });
  assert.equal(again.status, 422);
  assert.equal(again.body.code, 'bad_status');
});

test('once the department has acted, the filer can no longer withdraw', async () => {
  const t = await submitted();
  const returned = await department.post(`/api/v1/targets/${t.id}/review`, { version: t.version, decision: 'return', comment: '请补充效益指标' });
  assert.equal(returned.status, 200, JSON.stringify(returned.body));
  const resubmitted = (await unit.post(`/api/v1/targets/${t.id}/submit`, { version: returned.body.version })).body;
  const passed = await department.post(`/api/v1/targets/${t.id}/review`, { version: resubmitted.version, decision: 'pass' });
  assert.equal(passed.status, 200, JSON.stringify(passed.body));
  assert.equal(passed.body.status, 'department_reviewed');
  // The unit is no author above the department; the department passed it itself.
  const byUnit = await unit.post(`/api/v1/targets/${t.id}/withdraw`, { version: passed.body.version });
  assert.equal(byUnit.status, 422);
  const byDepartment = await department.post(`/api/v1/targets/${t.id}/withdraw`, { version: passed.body.version });
  assert.equal(byDepartment.status, 422);
  assert.equal(byDepartment.body.code, 'already_reviewed');
  assert.match(byDepartment.body.detail, /不能撤回/);
  assert.equal((await unit.get(`/api/v1/targets/${t.id}`)).body.status, 'department_reviewed');
});
