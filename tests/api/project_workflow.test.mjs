// A project's status moves only through the steps of its workflow (data/workflows/project.json):
// a unit declares, finance approves or returns with an opinion. Never through a field or an import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, section, unit, unit2, department, countyOffice;
before(async () => {
  server = await startServer();
  office = await loggedIn(server.base, 'demo_office');
  section = await loggedIn(server.base, 'demo_section');
  unit = await loggedIn(server.base, 'demo_unit');
  unit2 = await loggedIn(server.base, 'demo_unit2');
  department = await loggedIn(server.base, 'demo_department');
  countyOffice = await loggedIn(server.base, 'demo_county_office');
});
after(async () => { await server?.stop(); });

const me = async (c) => (await c.get('/api/v1/me')).body.user;
const step = (c, p, body) => c.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, ...body });

async function draft(over = {}) {
  const u = await me(unit);
  const res = await unit.post('/api/v1/projects', {
    year: 2026, code: 'W' + Math.random().toString(36).slice(2, 10).toUpperCase(), name: '流程测试：社区养老服务补助',
    unit_id: u.unit_id, fund_type: 'general', amount_fen: 50_000_000, function_class: '2080201', category: 'new', ...over,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

test('a unit cannot set a status: not on create, not on edit', async () => {
  const u = await me(unit);
  const before = (await unit.get('/api/v1/projects?year=2026&limit=1')).body.total;
  const created = await unit.post('/api/v1/projects', {
    year: 2026, code: 'WX1', name: '自批项目', unit_id: u.unit_id, fund_type: 'general', amount_fen: 1,
    function_class: '2080201', category: 'new', status: 'approved',
  });
  assert.equal(created.status, 400);
  assert.equal(created.body.field, 'status');
  assert.match(created.body.detail, /项目状态不能直接修改/);
  assert.equal((await unit.get('/api/v1/projects?year=2026&limit=1')).body.total, before);

  const p = await draft();
  assert.equal(p.status, 'draft');
  const edited = await unit.patch(`/api/v1/projects/${p.id}`, { version: p.version, status: 'approved' });
  assert.equal(edited.status, 400);
  assert.equal(edited.body.field, 'status');
  const read = (await unit.get(`/api/v1/projects/${p.id}`)).body;
  assert.equal(read.status, 'draft');
  assert.equal(read.version, p.version);
});

test('declare, withdraw, return with an opinion, declare again, approve: each by its role', async () => {
  let p = await draft();
  const view = (await unit.get(`/api/v1/projects/${p.id}`)).body;
  assert.deepEqual(view.actions.sort(), ['cancel', 'declare', 'delete', 'edit'].sort());

  // The unit may not decide; the office may not declare what it did not write... it may, as the region's author,
  // but approving a draft is not a step of the workflow.
  const selfApproved = await step(unit, p, { action: 'review', decision: 'approve' });
  assert.equal(selfApproved.status, 403);
  assert.match(selfApproved.body.detail, /财政部门/);
  const early = await step(office, p, { action: 'review', decision: 'approve' });
  assert.equal(early.status, 422);
  assert.equal(early.body.code, 'bad_status');

  p = (await step(unit, p, { action: 'declare' })).body;
  assert.equal(p.status, 'declared');
  assert.equal(p.status_label, '已申报');
  assert.deepEqual(p.actions, ['withdraw']);
  const locked = await unit.patch(`/api/v1/projects/${p.id}`, { version: p.version, name: '申报后改名' });
  assert.equal(locked.status, 422);
  assert.match(locked.body.detail, /已申报.*不能修改.*撤回/);

  p = (await step(unit, p, { action: 'withdraw' })).body;
  assert.equal(p.status, 'draft');
  p = (await step(unit, p, { action: 'declare' })).body;

  const officeView = (await office.get(`/api/v1/projects/${p.id}`)).body;
  assert.ok(officeView.actions.includes('review'));
  const noOpinion = await step(office, p, { action: 'review', decision: 'return' });
  assert.equal(noOpinion.status, 400);
  assert.equal(noOpinion.body.field, 'opinion');
  const badDecision = await step(office, p, { action: 'review', decision: 'pass' });
  assert.equal(badDecision.status, 400);
  assert.equal(badDecision.body.field, 'decision');
  const stale = await step(office, { ...p, version: p.version - 1 }, { action: 'review', decision: 'approve' });
  assert.equal(stale.status, 409);
  p = (await step(office, p, { action: 'review', decision: 'return', opinion: '请补充绩效目标和测算依据' })).body;
  assert.equal(p.status, 'returned');

  // Returned: the unit edits and declares again; finance approves.
  const fixed = await unit.patch(`/api/v1/projects/${p.id}`, { version: p.version, amount_fen: 45_000_000 });
  assert.equal(fixed.status, 200);
  p = (await step(unit, fixed.body, { action: 'declare' })).body;
  p = (await step(office, p, { action: 'review', decision: 'approve', opinion: '同意' })).body;
  assert.equal(p.status, 'approved');
  assert.deepEqual((await unit.get(`/api/v1/projects/${p.id}`)).body.actions, ['start']);
  const gone = await unit.delete(`/api/v1/projects/${p.id}`);
  assert.equal(gone.status, 422);

  // The timeline names each step and person in Chinese, with the opinions.
  const history = (await unit.get(`/api/v1/projects/${p.id}/history`)).body.items;
  const steps = history.filter((h) => h.entity === 'project').map((h) => h.action);
  assert.deepEqual(steps, ['create', 'declare', 'withdraw', 'declare', 'return', 'update', 'declare', 'approve']);
  const returned = history.find((h) => h.action === 'return');
  assert.equal(returned.after.opinion, '请补充绩效目标和测算依据');
  assert.equal(returned.before.status, 'declared');
  assert.equal(returned.after.status, 'returned');
  assert.ok(returned.actor_name && !/^demo_/.test(returned.actor_name), returned.actor_name);
});

test('a save that changes nothing writes no version and no timeline entry', async () => {
  const p = await draft();
  const same = await unit.patch(`/api/v1/projects/${p.id}`, { version: p.version, name: p.name });
  assert.equal(same.status, 200);
  assert.equal(same.body.version, p.version);
  const history = (await unit.get(`/api/v1/projects/${p.id}/history`)).body.items;
  assert.deepEqual(history.map((h) => h.action), ['create']);
});

test('the section in charge decides too; a section, office or unit elsewhere cannot', async () => {
  let p = await draft();
  p = (await step(unit, p, { action: 'declare' })).body;
  const sectionView = await section.get(`/api/v1/projects/${p.id}`);
  if (sectionView.status === 200 && sectionView.body.actions.includes('review')) {
    assert.equal((await step(section, p, { action: 'review', decision: 'approve' })).body.status, 'approved');
  } else {
    // demo_section is not in charge of this department: it cannot decide.
    assert.notEqual((await step(section, p, { action: 'review', decision: 'approve' })).status, 200);
    assert.equal((await step(office, p, { action: 'review', decision: 'approve' })).body.status, 'approved');
  }
  const q = await draft();
  const declared = (await step(unit, q, { action: 'declare' })).body;
  assert.equal((await step(unit2, declared, { action: 'withdraw' })).status, 404);
  const county = await step(countyOffice, declared, { action: 'review', decision: 'approve' });
  assert.equal(county.status, 404);
  const dept = await step(department, declared, { action: 'review', decision: 'approve' });
  assert.equal(dept.status, 403);
  const unknown = await step(unit, declared, { action: 'approve' });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.field, 'action');
});

test('cancelling needs a reason; a cancelled project is closed', async () => {
  let p = await draft();
  p = (await step(unit, p, { action: 'declare' })).body;
  const bare = await step(office, p, { action: 'cancel' });
  assert.equal(bare.status, 400);
  assert.equal(bare.body.field, 'opinion');
  p = (await step(office, p, { action: 'cancel', opinion: '政策调整，不再实施' })).body;
  assert.equal(p.status, 'cancelled');
  assert.deepEqual((await unit.get(`/api/v1/projects/${p.id}`)).body.actions, []);
});

test('an import file with a status column is refused and writes nothing', async () => {
  const before = (await unit.get('/api/v1/projects?year=2026&limit=1')).body.total;
  const u = await me(unit);
  const unitCode = (await unit.get(`/api/v1/units/${u.unit_id}`)).body.code;
  const csv = '项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别,项目状态\n'
    + `WIMP1,导入自批,${unitCode},2026,一般公共预算,10,2080201,新增项目,已批复\n`;
  const res = await unit.post('/api/v1/projects:import', csv, { headers: { 'content-type': 'text/csv' } });
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.code, 'import_invalid');
  assert.match(res.body.errors[0].message, /项目状态不能导入/);
  assert.equal((await unit.get('/api/v1/projects?year=2026&limit=1')).body.total, before);
});

test("the office's to-do of declared projects leads to a list where each can be decided", async () => {
  let p = await draft();
  p = (await step(unit, p, { action: 'declare' })).body;
  const todos = (await office.get('/api/v1/todos?year=2026')).body.items;
  const todo = todos.find((t) => t.kind === 'declared_projects');
  assert.ok(todo, JSON.stringify(todos));
  assert.equal(todo.link, '/projects?queue=review');
  const listed = (await office.get('/api/v1/projects?year=2026&queue=review&limit=200')).body;
  assert.ok(listed.items.every((x) => x.status === 'declared' && x.region_id === p.region_id));
  assert.equal((await unit.get('/api/v1/projects?queue=review')).status, 400);
  assert.equal(listed.total, todo.count);
  assert.ok((await office.get(`/api/v1/projects/${p.id}`)).body.actions.includes('review'));
});

test("a target's save that changes nothing writes nothing; its steps stay the target's on the project's timeline", async () => {
  const p = await draft({ name: '时间线测试：教师培训' });
  const target = {
    overall_goal: '2026年完成2000人次教师培训，培训合格率达到95%以上。',
    indicators: [
      { category: 'output', subcategory: 'quantity', name: '培训人次', comparator: '>=', value: '2000', unit: '人次', weight: 20 },
      { category: 'satisfaction', subcategory: 'service_recipient', name: '参训教师满意度', comparator: '>=', value: '90', unit: '%', weight: 10 },
    ],
  };
  const t = await unit.post('/api/v1/targets', { kind: 'project', project_id: p.id, ...target });
  assert.equal(t.status, 201, JSON.stringify(t.body));
  const same = await unit.patch(`/api/v1/targets/${t.body.id}`, { version: t.body.version, ...target });
  assert.equal(same.status, 200, JSON.stringify(same.body));
  assert.equal(same.body.version, t.body.version);
  const changed = await unit.patch(`/api/v1/targets/${t.body.id}`, { version: t.body.version, ...target, overall_goal: target.overall_goal + '参训教师满意度达到90%以上。' });
  assert.equal(changed.body.version, t.body.version + 1);
  const history = (await unit.get(`/api/v1/projects/${p.id}/history`)).body.items;
  assert.deepEqual(history.map((h) => `${h.entity}:${h.action}`), ['project:create', 'target:create', 'target:update']);
  assert.ok(history.every((h) => h.actor_name && !/^demo_/.test(h.actor_name)));
});
