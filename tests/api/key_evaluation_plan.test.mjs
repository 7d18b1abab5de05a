// The year's plan of key evaluations (评价计划) over HTTP: the prefecture's office puts a subject
// of every kind in its plan, edits it with its version and takes it out; bad input names its
// field in Chinese and changes nothing; the suggestions name a red-warned project with its figures
// and leave out what is planned; the coverage equals what the plan's list adds up to; departments,
// units and agencies never see a planned subject.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, section, unit, department, agency, county;
let year, regionId;
before(async () => {
  server = await startServer();
  [office, section, unit, department, agency, county] = await Promise.all(
    ['demo_office', 'demo_section', 'demo_unit', 'demo_department', 'demo_agency', 'demo_county_office']
      .map((u) => loggedIn(server.base, u)));
  regionId = (await office.get('/api/v1/me')).body.user.region_id;
  // The year of the demo's red warnings.
  year = Number(server.db.query("SELECT MAX(year) FROM monitoring_reports WHERE colour = 'red'"));
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));
const planRows = () => count('SELECT COUNT(*) FROM key_evaluations');
const base = () => ({ year, fund_type: 'general', budget_fen: 5_000_000, due: `${year + 1}-06-30`, mode: 'agency' });

// Approved projects of the year in the office's region tree, none planned yet.
async function freeProjects(n, where = '') {
  const rows = server.db.query(
    `SELECT p.id FROM projects p WHERE p.year = ${year} AND p.status IN ('approved', 'executing', 'completed') ${where}` +
    `AND p.region_id IN (SELECT id FROM regions WHERE path LIKE (SELECT path FROM regions WHERE id = ${regionId}) || '%') ` +
    `AND NOT EXISTS (SELECT 1 FROM key_evaluations k WHERE k.project_id = p.id) ORDER BY p.id LIMIT ${n}`);
  return rows.split('\n').map(Number);
}
const departmentOf = (region) =>
  Number(server.db.query(`SELECT MIN(id) FROM units WHERE kind = 'department' AND region_id = ${region}`));

test('the office puts a subject of every kind in its plan, with the project\'s figures as defaults', async () => {
  const [p1, p2, p3] = await freeProjects(3);
  const project = (await office.get(`/api/v1/projects/${p1}`)).body;
  const made = await office.post('/api/v1/key-evaluations', {
    year, kind: 'project', project_id: p1, due: `${year + 1}-06-30`, mode: 'agency', scope: '项目全过程',
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  assert.equal(made.body.status, 'planned');
  assert.equal(made.body.name, project.name);
  assert.equal(made.body.budget_fen, project.amount_fen);
  assert.equal(made.body.fund_type, project.fund_type);
  assert.equal(made.body.department_id, project.department_id);
  assert.deepEqual(made.body.actions, ['edit', 'delete', 'commission']);
  assert.equal(count(`SELECT COUNT(*) FROM audit_log WHERE entity = 'key_evaluation' AND entity_id = ${made.body.id} AND action = 'create'`), 1);

  for (const [kind, id] of [['mid_term', p2], ['special_bond', p3]]) {
    const r = await office.post('/api/v1/key-evaluations', { ...base(), kind, project_id: id, fund_type: undefined, budget_fen: undefined });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.kind, kind);
  }
  const dept = departmentOf(regionId);
  const d = await office.post('/api/v1/key-evaluations', { ...base(), kind: 'department', department_id: dept, mode: 'finance' });
  assert.equal(d.status, 201, JSON.stringify(d.body));
  assert.match(d.body.name, /部门整体支出$/);
  assert.ok(d.body.actions.includes('start'), d.body.actions.join());  // finance evaluates it itself
  const pol = await office.post('/api/v1/key-evaluations', { ...base(), kind: 'policy', name: '城乡居民医疗救助政策', department_id: dept });
  assert.equal(pol.status, 201, JSON.stringify(pol.body));
  const lower = Number(server.db.query(`SELECT MIN(id) FROM regions WHERE parent_id = ${regionId}`));
  const fo = await office.post('/api/v1/key-evaluations', { ...base(), kind: 'fiscal_operation', subject_region_id: lower });
  assert.equal(fo.status, 201, JSON.stringify(fo.body));
  assert.match(fo.body.name, /财政运行情况$/);
  assert.equal(fo.body.subject_region_id, lower);
});

test('bad input is refused naming its field in Chinese, and nothing changes', async () => {
  const [p] = await freeProjects(1);
  const planned = Number(server.db.query(`SELECT MIN(project_id) FROM key_evaluations WHERE year = ${year} AND project_id IS NOT NULL`));
  const nextYear = Number(server.db.query(`SELECT MIN(id) FROM projects WHERE year = ${year + 1}`));
  const dept = departmentOf(regionId);
  const countyRegion = (await county.get('/api/v1/me')).body.user.region_id;
  const countyDept = departmentOf(countyRegion);
  const cases = [
    [{ ...base(), kind: 'project' }, 'project_id', 400],
    [{ ...base(), kind: 'project', project_id: 999999999 }, 'project_id', 400],
    [{ ...base(), kind: 'project', project_id: nextYear }, 'project_id', 400],
    [{ ...base(), kind: 'project', project_id: planned }, 'project_id', 422],
    [{ ...base(), kind: 'project', project_id: p, department_id: countyDept }, 'department_id', 400],
    [{ ...base(), kind: 'project', project_id: p, subject_region_id: countyRegion }, 'subject_region_id', 400],
    [{ ...base(), kind: 'department' }, 'department_id', 400],
    [{ ...base(), kind: 'department', department_id: countyDept }, 'department_id', 400],
    [{ ...base(), kind: 'department', department_id: dept }, 'department_id', 422],
    [{ ...base(), kind: 'department', department_id: dept, project_id: p }, 'project_id', 400],
    [{ ...base(), kind: 'policy', department_id: dept }, 'name', 400],
    [{ ...base(), kind: 'policy', name: '城乡居民医疗救助政策', department_id: dept }, 'name', 422],
    [{ ...base(), kind: 'fiscal_operation', subject_region_id: regionId }, 'subject_region_id', 400],
    [{ ...base(), kind: 'fiscal_operation' }, 'subject_region_id', 400],
    [{ ...base(), kind: 'fiscal_operation', subject_region_id: countyRegion, fund_type: undefined }, 'fund_type', 400],
    [{ ...base(), kind: 'bogus', project_id: p }, 'kind', 400],
    [{ ...base(), kind: 'project', project_id: p, mode: 'self' }, 'mode', 400],
    [{ ...base(), kind: 'project', project_id: p, due: '明年六月' }, 'due', 400],
    [{ ...base(), kind: 'project', project_id: p, budget_fen: -1 }, 'budget_fen', 400],
    [{ ...base(), kind: 'project', project_id: p, fund_type: 'lottery' }, 'fund_type', 400],
    [{ ...base(), kind: 'project', project_id: p, colour: 'red' }, 'colour', 400],
    [{ ...base(), year: undefined, kind: 'project', project_id: p }, 'year', 400],
  ];
  const before = planRows();
  for (const [body, field, status] of cases) {
    const r = await office.post('/api/v1/key-evaluations', body);
    assert.equal(r.status, status, `${field}: ${JSON.stringify(r.body)}`);
    assert.equal(r.body.field, field, JSON.stringify(r.body));
    assert.match(r.body.detail, /[\u4e00-\u9fff]/);
  }
  // Only the office of the region puts subjects in its plan.
  for (const who of [section, unit, department, agency]) {
    const r = await who.post('/api/v1/key-evaluations', { ...base(), kind: 'project', project_id: p });
    assert.equal(r.status, 403, JSON.stringify(r.body));
  }
  assert.equal(planRows(), before);
});

test('a planned subject is edited with its version and taken out of the plan', async () => {
  // Of a department the business section is in charge of: it reads the subject.
  const [p] = await freeProjects(1, "AND p.department_id IN (SELECT id FROM units WHERE section_id = " +
    "(SELECT section_id FROM users WHERE username = 'demo_section'))");
  const made = (await office.post('/api/v1/key-evaluations', { ...base(), kind: 'project', project_id: p })).body;
  const edited = await office.put(`/api/v1/key-evaluations/${made.id}`, { version: made.version, budget_fen: 1_234_500, scope: '资金使用与管理' });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  assert.equal(edited.body.budget_fen, 1_234_500);
  assert.equal(edited.body.version, made.version + 1);
  const stale = await office.put(`/api/v1/key-evaluations/${made.id}`, { version: made.version, budget_fen: 1 });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.field, 'version');
  const kind = await office.put(`/api/v1/key-evaluations/${made.id}`, { version: edited.body.version, kind: 'policy' });
  assert.equal(kind.status, 400);
  assert.equal(kind.body.field, 'kind');
  // A business section reads it but neither edits nor removes it.
  assert.equal((await section.get(`/api/v1/key-evaluations/${made.id}`)).status, 200);
  assert.equal((await section.put(`/api/v1/key-evaluations/${made.id}`, { version: edited.body.version, budget_fen: 1 })).status, 403);
  assert.equal((await section.delete(`/api/v1/key-evaluations/${made.id}?version=${edited.body.version}`)).status, 403);
  const gone = await office.delete(`/api/v1/key-evaluations/${made.id}?version=${made.version}`);
  assert.equal(gone.status, 409);
  const removed = await office.delete(`/api/v1/key-evaluations/${made.id}?version=${edited.body.version}`);
  assert.equal(removed.status, 204);
  assert.equal((await office.get(`/api/v1/key-evaluations/${made.id}`)).status, 404);
  assert.equal(count(`SELECT COUNT(*) FROM audit_log WHERE entity = 'key_evaluation' AND entity_id = ${made.id} AND action IN ('update', 'delete')`), 2);
});

test('the suggestions name a red-warned project with its figures, and leave out planned ones', async () => {
  const res = await office.get(`/api/v1/key-evaluations/suggestions?year=${year}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const items = res.body.items;
  assert.ok(items.length > 0);
  const red = items.find((x) => x.reasons.some((r) => r.code === 'red_warning'));
  assert.ok(red, 'a red-warned project');
  const reason = red.reasons.find((r) => r.code === 'red_warning');
  assert.equal(reason.label, '运行监控红色预警');
  assert.match(reason.detail, /红色预警/);
  assert.ok(count(`SELECT COUNT(*) FROM monitoring_reports WHERE project_id = ${red.project_id} AND colour = 'red' AND year = ${year}`) > 0);
  assert.ok(items.some((x) => x.reasons.some((r) => r.code === 'large_unevaluated')));
  for (let i = 1; i < items.length; ++i) assert.ok(items[i - 1].amount_fen >= items[i].amount_fen);
  const planned = server.db.query(`SELECT project_id FROM key_evaluations WHERE year = ${year} AND project_id IS NOT NULL`)
    .split('\n').map(Number);
  for (const x of items) assert.ok(!planned.includes(x.project_id), `${x.name} is planned`);

  const put = await office.post('/api/v1/key-evaluations', { ...base(), kind: 'project', project_id: red.project_id, fund_type: undefined, budget_fen: undefined });
  assert.equal(put.status, 201, JSON.stringify(put.body));
  const after = (await office.get(`/api/v1/key-evaluations/suggestions?year=${year}`)).body.items;
  assert.ok(!after.some((x) => x.project_id === red.project_id));
});

// R-MON-2: two decimals, half up; null when there is nothing to cover.
function rate(n, d) {
  if (d === 0n) return null;
  const q = (n * 10000n * 2n + d) / (2n * d);
  return `${q / 100n}.${String(q % 100n).padStart(2, '0')}`;
}

test('the coverage equals what the plan\'s list adds up to, against the region tree\'s money', async () => {
  const res = await office.get(`/api/v1/key-evaluations/coverage?year=${year}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const c = res.body;
  const list = (await office.get(`/api/v1/key-evaluations?year=${year}&region_id=${regionId}&limit=500`)).body;
  assert.equal(c.count, list.total);
  assert.equal(c.count, list.items.length);
  assert.equal(c.budget_fen, list.items.reduce((s, e) => s + e.budget_fen, 0));
  for (const k of c.by_kind) {
    const mine = list.items.filter((e) => e.kind === k.kind);
    assert.equal(k.count, mine.length, k.kind);
    assert.equal(k.budget_fen, mine.reduce((s, e) => s + e.budget_fen, 0), k.kind);
    assert.match(k.label, /[\u4e00-\u9fff]/);
  }
  for (const f of c.by_fund_type) {
    const mine = list.items.filter((e) => e.fund_type === f.fund_type);
    assert.equal(f.budget_fen, mine.reduce((s, e) => s + e.budget_fen, 0), f.fund_type);
    // The tree's project money as the project list totals it.
    let held = 0n;
    for (const status of ['approved', 'executing', 'completed']) {
      const p = (await office.get(`/api/v1/projects?year=${year}&fund_type=${f.fund_type}&status=${status}&limit=1`)).body;
      held += BigInt(p.total_amount_fen ?? 0);
    }
    assert.equal(BigInt(f.projects_fen), held, f.fund_type);
    assert.equal(f.share, rate(BigInt(f.budget_fen), held), f.fund_type);
  }
  assert.ok(c.by_fund_type.some((f) => f.share === null) || c.by_fund_type.every((f) => f.projects_fen > 0));
});

test('departments, units and agencies never see the plan; the county office not the prefecture\'s', async () => {
  const planned = Number(server.db.query(`SELECT MIN(id) FROM key_evaluations WHERE status = 'planned' AND region_id = ${regionId}`));
  for (const who of [unit, department, agency]) {
    const list = await who.get(`/api/v1/key-evaluations?year=${year}`);
    assert.equal(list.status, 200);
    assert.ok(!list.body.items.some((e) => e.status === 'planned'), JSON.stringify(list.body.items[0]));
    assert.equal((await who.get(`/api/v1/key-evaluations/${planned}`)).status, 404);
    for (const what of ['suggestions', 'coverage'])
      assert.equal((await who.get(`/api/v1/key-evaluations/${what}?year=${year}`)).status, 403);
  }
  for (const what of ['suggestions', 'coverage'])
    assert.equal((await county.get(`/api/v1/key-evaluations/${what}?year=${year}&region_id=${regionId}`)).status, 404);
  assert.equal((await county.get(`/api/v1/key-evaluations/${planned}`)).status, 404);
  // A business section reads the plan's figures.
  assert.equal((await section.get(`/api/v1/key-evaluations/coverage?year=${year}`)).status, 200);
});
