// 自评统计 over HTTP: the year's figures against a count of the demo's rows after the office opened
// the year, a unit's evaluation was filled, sent in and accepted, and the review sampled it,
// scored it and found its self score inflated (coverage of projects and money, evaluations of
// projects and departments, sent in and accepted, grades, the sample, reviews and inflated ones,
// the findings' rectification by R-RA-1), in all, by the regions a level down and by department,
// each in the caller's scope; rates with two decimals or null (R-MON-2); a region outside the
// caller's tree is 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

const URL_ = '/api/v1/self-evaluations/statistics';
const REVIEWS = '/api/v1/self-evaluation-reviews';
const RATE = /^\d+\.\d\d$/;
let server, as, evaluation, finding;

const count = (sql) => Number(server.db.query(sql) || 0);

before(async () => {
  server = await startServer();
  as = Object.fromEntries(await Promise.all(
    ['demo_office', 'demo_viewer', 'demo_section', 'demo_department', 'demo_unit', 'demo_county_office', 'demo_expert']
      .map(async (u) => [u, await loggedIn(server.base, u)])));
  const { demo_office: office, demo_unit: unit, demo_department: department, demo_expert: expert } = as;
  let res = await office.post('/api/v1/self-evaluations/rounds', { year: 2026, due: '2027-03-31' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  // demo_unit's first evaluation: every indicator at its target, full marks claimed, sent in,
  // consolidated and accepted.
  const list = (await unit.get('/api/v1/self-evaluations?year=2026&kind=project&status=pending&limit=1')).body;
  const v = (await unit.get(`/api/v1/self-evaluations/${list.items[0].id}`)).body;
  const atTarget = v.indicators.map((i) => ({ position: i.position,
    actual_value: i.indicator.comparator === 'qualitative' ? 'achieved' : i.indicator.value }));
  res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, goal_achieved: '全部完成', indicators: atTarget });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const claimed = res.body.indicators.map((i, k) => ({ ...atTarget[k], self_score: i.computed_weight, self_score_reason: '全部完成' }));
  res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: res.body.version, indicators: claimed });
  res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'submit' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  res = await department.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'consolidate', decision: 'pass' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  res = await office.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'decide', decision: 'accept', opinion: '同意' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  evaluation = res.body;
  // The review: the key project sampled with a tenth of the rest, scored at half by the expert.
  res = await office.post(`${REVIEWS}/plans`, { year: 2026 });
  res = await office.put(`${REVIEWS}/plans/${res.body.id}`, { version: res.body.version, key_project_ids: [evaluation.project_id] });
  res = await office.post(`${REVIEWS}/plans/${res.body.id}/fix`, { version: res.body.version });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const plan = res.body;
  const sample = (await office.get(`${REVIEWS}/plans/${plan.id}/samples?limit=500`)).body.items
    .find((x) => x.evaluation_id === evaluation.id);
  const expertId = count(`SELECT id FROM users WHERE username = 'demo_expert'`);
  res = await office.post(`${REVIEWS}/plans/${plan.id}/assignments`, { reviewer_id: expertId, sample_ids: [sample.id] });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  let s = (await expert.get(`${REVIEWS}/samples/${sample.id}`)).body;
  const scores = s.evaluation.indicators.filter((i) => !i.not_applicable)
    .map((i) => ({ position: i.position, review_score: Math.floor(i.computed_weight / 2) }));
  s = (await expert.put(`${REVIEWS}/samples/${sample.id}`, { version: s.version, indicators: scores })).body;
  res = await expert.post(`${REVIEWS}/samples/${sample.id}/complete`, { version: s.version });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.inflated, true);
  finding = res.body.finding_id;
});
after(async () => { await server?.stop(); });

// What the statistics must say, counted from the evaluations, their samples and the ledger.
function counted(where = '1 = 1') {
  const e = `FROM self_evaluations e LEFT JOIN self_evaluation_review_samples x ON x.evaluation_id = e.id
    WHERE e.year = 2026 AND ${where}`;
  const n = (what, and = '') => count(`SELECT COALESCE(${what}, 0) ${e} ${and}`);
  return {
    evaluations: n('COUNT(*)'),
    projects: n('COUNT(*)', "AND e.kind = 'project'"),
    departments: n('COUNT(*)', "AND e.kind = 'department'"),
    budget_fen: n('SUM(e.budget_fen)'),
    executed_fen: n('SUM(e.executed_fen)'),
    submitted: n('COUNT(*)', "AND e.status IN ('submitted', 'consolidated', 'accepted')"),
    accepted: n('COUNT(*)', "AND e.status = 'accepted'"),
    ungraded: n('COUNT(*)', "AND e.grade = ''"),
    sampled: n('COUNT(x.id)'),
    sampled_fen: n('SUM(CASE WHEN x.id IS NULL THEN 0 ELSE e.budget_fen END)'),
    reviewed: n('COUNT(*)', "AND x.status = 'reviewed'"),
    inflated: n('COUNT(*)', 'AND x.inflated = 1'),
    project_fen: n('SUM(e.budget_fen)', "AND e.kind = 'project'"),
  };
}
const projects = (where = '1 = 1') => ({
  budget_projects: count(`SELECT COUNT(*) FROM projects e WHERE year = 2026 AND status IN ('approved', 'executing', 'completed') AND ${where}`),
  budget_projects_fen: count(`SELECT COALESCE(SUM(amount_fen), 0) FROM projects e WHERE year = 2026 AND status IN ('approved', 'executing', 'completed') AND ${where}`),
});
function expectFigures(got, want, where) {
  for (const [k, v] of Object.entries(want)) assert.equal(got[k], v, `${where}: ${k}`);
}
const me = async (who) => (await as[who].get('/api/v1/me')).body.user;

test('the office reads its region\'s year, every figure equal to a count of the rows', async () => {
  const res = await as.demo_office.get(`${URL_}?year=2026`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const st = res.body;
  const office = await me('demo_office');
  assert.equal(st.region.id, office.region_id);
  assert.deepEqual(st.trail.map((r) => r.id), [office.region_id]);
  assert.equal(st.by, 'region');
  const want = counted();
  assert.ok(want.evaluations > 100 && want.sampled > 1, JSON.stringify(want));
  expectFigures(st.total, { ...want, ...projects(), inflated: 1, reviewed: 1 }, 'total');
  assert.equal(st.total.reviewed_fen, evaluation.budget_fen);
  assert.equal(st.total.excellent + st.total.good + st.total.fair + st.total.poor, 1);
  // The grade follows the review (R-SE-8).
  const grade = server.db.query(`SELECT grade FROM self_evaluations WHERE id = ${evaluation.id}`);
  assert.equal(st.total[grade], 1);
  assert.equal(st.total[`${grade}_share`], '100.00');
  assert.equal(st.total.inflated_share, '100.00');
  for (const r of ['project_coverage', 'amount_coverage', 'execution_rate', 'submission_rate', 'review_progress', 'reviewed_amount_rate'])
    assert.match(st.total[r], RATE, r);
  // The regions a level down (each with its own below it) and the own level add up to the whole.
  const counties = count(`SELECT COUNT(*) FROM regions WHERE parent_id = ${office.region_id}`);
  assert.equal(st.by_region.length, counties);
  assert.ok(counties > 0);
  const sum = (rows, k) => rows.reduce((n, r) => n + r[k], 0);
  for (const k of ['evaluations', 'budget_fen', 'sampled', 'budget_projects'])
    assert.equal(sum(st.by_region, k) + st.own_level[k], st.total[k], k);
  const county = (await me('demo_county_office')).region_id;
  const row = st.by_region.find((r) => r.region_id === county);
  expectFigures(row, { ...counted(`e.region_id = ${county}`), ...projects(`e.region_id = ${county}`) }, 'the county');
  // The own level's departments, each with a name, adding up to the own level.
  assert.equal(sum(st.by_department, 'evaluations'), st.own_level.evaluations);
  assert.ok(st.by_department.every((d) => d.region_id === office.region_id && /[\u4e00-\u9fa5]/.test(d.department_name)));
  const dept = (await me('demo_department')).department_id;
  expectFigures(st.by_department.find((d) => d.department_id === dept), counted(`e.department_id = ${dept}`), 'the department');
  assert.deepEqual(st.by_level.map((l) => l.label), ['市（州）级', '县（区）级']);
  assert.equal(sum(st.by_level, 'evaluations'), want.evaluations);
  assert.deepEqual(st.by_status.map((s) => s.label), ['待填报', '已退回', '待部门汇总', '待绩效科确认', '已确认']);
  assert.equal(st.by_status.find((s) => s.status === 'accepted').evaluations, 1);
});

test('down to a county, and by every department of the tree', async () => {
  const county = (await me('demo_county_office')).region_id;
  const office = (await me('demo_office')).region_id;
  const down = (await as.demo_office.get(`${URL_}?year=2026&region_id=${county}`)).body;
  assert.equal(down.region.id, county);
  assert.deepEqual(down.trail.map((r) => r.id), [office, county]);
  assert.deepEqual(down.by_region, []);  // a county has no region below it
  expectFigures(down.total, counted(`e.region_id = ${county}`), 'the county');
  assert.equal(down.own_level.evaluations, down.total.evaluations);

  const all = (await as.demo_office.get(`${URL_}?year=2026&by=department&limit=0`)).body;
  assert.equal(all.by, 'department');
  assert.equal(all.departments_total, all.by_department.length);
  assert.deepEqual(all.by_region, []);
  const departments = count(`SELECT COUNT(DISTINCT department_id) FROM self_evaluations WHERE year = 2026`);
  assert.ok(all.by_department.length >= departments);
  assert.ok(all.by_department.some((d) => d.region_id === county));
  for (const k of ['evaluations', 'budget_fen', 'budget_projects', 'findings'])
    assert.equal(all.by_department.reduce((n, d) => n + d[k], 0), all.total[k], k);
});

test('the departments a page at a time, sorted on the server; every other figure still of them all', async () => {
  const get = async (q) => {
    const res = await as.demo_office.get(`${URL_}?year=2026&by=department${q}`);
    assert.equal(res.status, 200, `${q}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const all = await get('&limit=0');
  const n = all.departments_total;
  assert.equal(all.by_department.length, n);
  assert.ok(n > 6, String(n));
  const key = (d) => [d.region_id, d.department_id];
  const codeOrder = (a, b) => a.region_id - b.region_id || a.department_id - b.department_id;
  assert.deepEqual(all.by_department.map(key), [...all.by_department].sort(codeOrder).map(key));

  // The first page by default (50), then any slice; the totals unchanged.
  const first = await get('');
  assert.equal(first.departments_total, n);
  assert.deepEqual(first.by_department, all.by_department.slice(0, 50));
  for (const k of ['total', 'by_level', 'by_status', 'by_region', 'region', 'trail']) assert.deepEqual(first[k], all[k], k);
  const page = await get('&limit=3&offset=2');
  assert.equal(page.departments_total, n);
  assert.deepEqual(page.by_department, all.by_department.slice(2, 5));
  assert.deepEqual((await get(`&limit=5&offset=${n}`)).by_department, []);
  assert.deepEqual((await get('&sort=-code&limit=0')).by_department.map(key), all.by_department.map(key).reverse());

  // By a count or money, largest first with ties in code order; the page is the sorted list's.
  const sorted = (k) => [...all.by_department].sort((a, b) => b[k] - a[k] || codeOrder(a, b)).map(key);
  for (const k of ['evaluations', 'budget_fen']) {
    assert.deepEqual((await get(`&sort=-${k}&limit=0`)).by_department.map(key), sorted(k), k);
    assert.deepEqual((await get(`&sort=-${k}&limit=4&offset=1`)).by_department.map(key), sorted(k).slice(1, 5), k);
  }
  assert.deepEqual((await get('&sort=evaluations&limit=0')).by_department.map((d) => d.evaluations),
    all.by_department.map((d) => d.evaluations).sort((a, b) => a - b));
  // A rate: the only department reviewed (its one self score inflated) first, those with nothing
  // reviewed ("—") last either way.
  for (const sort of ['-inflated_share', 'inflated_share']) {
    const rows = (await get(`&sort=${sort}&limit=0`)).by_department;
    assert.equal(rows[0].department_id, evaluation.department_id, sort);
    assert.equal(rows[0].inflated_share, '100.00');
    assert.ok(rows.slice(1).every((d) => d.inflated_share === null), sort);
    assert.deepEqual(rows.slice(1).map(key), all.by_department.filter((d) => d.inflated_share === null).map(key));
  }
  const byRate = (await get('&sort=-submission_rate&limit=0')).by_department.map((d) => d.submission_rate);
  const numbers = byRate.filter((r) => r !== null).map(Number);
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
  assert.ok(byRate.indexOf(null) === -1 || byRate.slice(byRate.indexOf(null)).every((r) => r === null));

  // By region too, the own level's departments page the same way.
  const own = (await as.demo_office.get(`${URL_}?year=2026&limit=2&sort=-evaluations`)).body;
  assert.equal(own.by_department.length, Math.min(2, own.departments_total));
  assert.ok(own.by_department[0].evaluations >= own.by_department.at(-1).evaluations);
});

test('bad paging or sort names its field in Chinese', async () => {
  for (const [query, field] of [['limit=501', 'limit'], ['limit=-1', 'limit'], ['limit=x', 'limit'],
    ['offset=-1', 'offset'], ['offset=10001', 'offset'], ['offset=1.5', 'offset'], ['sort=name', 'sort'],
    ['sort=--code', 'sort'], ['sort=-', 'sort'], ['sort=evaluations,budget_fen', 'sort']]) {
    const res = await as.demo_office.get(`${URL_}?year=2026&by=department&${query}`);
    assert.equal(res.status, 400, `${query}: ${JSON.stringify(res.body)}`);
    assert.match(res.headers.get('content-type'), /application\/problem\+json/);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
    assert.match(res.body.detail ?? res.body.title, /[\u4e00-\u9fa5]/, JSON.stringify(res.body));
  }
});

test('rectification follows the ledger: a finding counts once due or closed (R-RA-1)', async () => {
  let st = (await as.demo_office.get(`${URL_}?year=2026`)).body;
  assert.equal(st.total.findings, 1);
  assert.equal(st.total.findings_due, 0);  // answered within its days: not due yet
  assert.equal(st.total.rectification_rate, null);
  let f = (await as.demo_unit.get(`/api/v1/findings/${finding}`)).body;
  let res = await as.demo_unit.post(`/api/v1/findings/${f.id}/steps`, { version: f.version, action: 'answer', answer: '已更正自评' });
  res = await as.demo_office.post(`/api/v1/findings/${f.id}/steps`, { version: res.body.version, action: 'close', opinion: '核实到位' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  st = (await as.demo_office.get(`${URL_}?year=2026`)).body;
  expectFigures(st.total, { findings: 1, findings_due: 1, findings_closed: 1, findings_overdue: 0 }, 'closed');
  assert.equal(st.total.rectification_rate, '100.00');
  const dept = st.by_department.find((d) => d.department_id === evaluation.department_id)
    ?? st.by_region.find((r) => r.region_id === evaluation.region_id);
  assert.equal(dept.findings_closed, 1);
});

test('each reader sees its own scope: the viewer all, a section its departments, a unit its own', async () => {
  const office = (await as.demo_office.get(`${URL_}?year=2026`)).body;
  const viewer = (await as.demo_viewer.get(`${URL_}?year=2026`)).body;
  assert.equal(viewer.total.evaluations, office.total.evaluations);

  const u = await me('demo_unit');
  const unit = await as.demo_unit.get(`${URL_}?year=2026`);
  assert.equal(unit.status, 200, JSON.stringify(unit.body));
  assert.equal(unit.body.region, null);
  expectFigures(unit.body.total, { ...counted(`e.unit_id = ${u.unit_id}`), ...projects(`e.unit_id = ${u.unit_id}`) }, 'unit');
  assert.deepEqual(unit.body.by_department.map((d) => d.department_id), [u.department_id]);
  assert.deepEqual(unit.body.by_region, []);

  const d = await me('demo_department');
  const dept = (await as.demo_department.get(`${URL_}?year=2026`)).body;
  expectFigures(dept.total, counted(`e.department_id = ${d.department_id}`), 'department');

  const section = (await as.demo_section.get(`${URL_}?year=2026`)).body;
  expectFigures(section.total, counted(`e.department_id IN (SELECT d.id FROM units d JOIN users u
    ON u.section_id = d.section_id WHERE u.username = 'demo_section')`), 'section');
  assert.ok(section.total.evaluations < office.total.evaluations);

  // The county's office: its own county, never the prefecture above it.
  const c = await me('demo_county_office');
  const county = (await as.demo_county_office.get(`${URL_}?year=2026`)).body;
  expectFigures(county.total, counted(`e.region_id = ${c.region_id}`), 'county');
  const up = await as.demo_county_office.get(`${URL_}?year=2026&region_id=${office.region.id}`);
  assert.equal(up.status, 404, JSON.stringify(up.body));
  assert.equal((await as.demo_unit.get(`${URL_}?year=2026&region_id=${c.region_id}`)).status, 403);
  assert.equal((await as.demo_expert.get(`${URL_}?year=2026`)).status, 403);
});

test('bad input names its field; a year without evaluations has every rate null', async () => {
  for (const [query, field] of [['', 'year'], ['?year=2026&by=unit', 'by'], ['?year=2026&region_id=x', 'region_id'],
    ['?year=2026&kind=project', 'kind']]) {
    const res = await as.demo_office.get(URL_ + query);
    assert.equal(res.status, 400, `${query}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
  }
  const empty = (await as.demo_office.get(`${URL_}?year=2031`)).body;
  assert.equal(empty.total.evaluations, 0);
  for (const r of ['execution_rate', 'submission_rate', 'excellent_share', 'review_progress', 'inflated_share', 'rectification_rate'])
    assert.equal(empty.total[r], null, r);
  assert.ok(empty.by_region.every((r) => r.evaluations === 0));
});
