// 监控统计 over HTTP: a checkpoint's figures against a count of the demo's rows (coverage of the
// year's projects, reports by status, warnings by colour and their money, by department and region
// level, notices answered on time, money recovered), each in the caller's scope; rates with two
// decimals or null (R-MON-2); a checkpoint the caller does not see is 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, as;
before(async () => {
  server = await startServer();
  as = Object.fromEntries(await Promise.all(
    ['demo_office', 'demo_viewer', 'demo_section', 'demo_department', 'demo_unit', 'demo_county_office']
      .map(async (u) => [u, await loggedIn(server.base, u)])));
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql) || 0);
const RATE = /^\d+\.\d\d$/;

// What the office's statistics must say, counted from the reports themselves.
function counted(checkpointId, where = '1 = 1') {
  const reports = `FROM monitoring_reports r WHERE r.checkpoint_id = ${checkpointId} AND ${where}`;
  return {
    reports: count(`SELECT COUNT(*) ${reports}`),
    budget: count(`SELECT COALESCE(SUM(r.budget_fen), 0) ${reports}`),
    executed: count(`SELECT COALESCE(SUM(r.executed_fen), 0) ${reports}`),
    red: count(`SELECT COUNT(*) ${reports} AND r.colour = 'red'`),
    redFen: count(`SELECT COALESCE(SUM(r.budget_fen), 0) ${reports} AND r.colour = 'red'`),
    blue: count(`SELECT COUNT(*) ${reports} AND r.colour = 'blue'`),
    accepted: count(`SELECT COUNT(*) ${reports} AND r.status = 'accepted'`),
    projects: count(`SELECT COUNT(*) ${reports} AND r.project_id IS NOT NULL`),
    projectFen: count(`SELECT COALESCE(SUM(r.budget_fen), 0) ${reports} AND r.project_id IS NOT NULL`),
  };
}

test('the office reads the latest checkpoint of the year, its figures equal to a count of the reports', async () => {
  const res = await as.demo_office.get('/api/v1/monitoring/statistics?year=2026');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const st = res.body;
  assert.equal(st.checkpoint.name, '8月末监控');  // the latest opened, not the planned December one
  const want = counted(st.checkpoint.id);
  assert.ok(want.reports > 100);
  assert.equal(st.total.reports, want.reports);
  assert.equal(st.total.budget_fen, want.budget);
  assert.equal(st.total.executed_fen, want.executed);
  assert.equal(st.total.red, want.red);
  assert.equal(st.total.blue, want.blue);
  assert.equal(st.total.red_fen, want.redFen);
  assert.match(st.total.execution_rate, RATE);
  assert.match(st.total.warning_rate, RATE);
  // Every status and colour is listed, and they add up.
  assert.deepEqual(st.by_status.map((s) => s.label), ['待填报', '已退回', '待科室审核', '待绩效科确认', '已确认']);
  assert.equal(st.by_status.find((s) => s.status === 'accepted').reports, want.accepted);
  assert.equal(st.by_status.reduce((n, s) => n + s.reports, 0), want.reports);
  assert.deepEqual(st.by_colour.map((c) => c.colour), ['none', 'blue', 'red']);
  assert.equal(st.by_colour.find((c) => c.colour === 'red').budget_fen, want.redFen);
  assert.equal(st.by_department.reduce((n, d) => n + d.budget_fen, 0), want.budget);
  assert.equal(st.by_region_level.reduce((n, l) => n + l.reports, 0), want.reports);
  assert.deepEqual(st.by_region_level.map((l) => l.label), ['市（州）级', '县（区）级']);
  // Coverage: the projects monitored against the year's projects the budget holds.
  const projects = count(`SELECT COUNT(*) FROM projects WHERE year = 2026 AND status IN ('approved', 'executing', 'completed')`);
  assert.equal(st.coverage.projects, projects);
  assert.equal(st.coverage.monitored_projects, want.projects);
  assert.equal(st.coverage.monitored_fen, want.projectFen);
  assert.equal(st.coverage.amount_fen,
    count(`SELECT SUM(amount_fen) FROM projects WHERE year = 2026 AND status IN ('approved', 'executing', 'completed')`));
  assert.match(st.coverage.project_rate, RATE);
  assert.match(st.coverage.amount_rate, RATE);
});

test('May: notices answered on time and money recovered, counted from the ledger and the outcomes', async () => {
  const may = Number(server.db.query("SELECT id FROM checkpoints WHERE name = '5月末监控'"));
  const st = (await as.demo_office.get(`/api/v1/monitoring/statistics?year=2026&checkpoint_id=${may}`)).body;
  assert.equal(st.checkpoint.id, may);
  const findings = `FROM findings f JOIN monitoring_reports r ON r.id = f.source_id WHERE
    f.source = 'monitoring_warning' AND r.checkpoint_id = ${may}`;
  const total = count(`SELECT COUNT(*) ${findings}`);
  assert.ok(total > 0, 'the demo noticed May\'s warnings');
  assert.equal(st.notices.findings, total);
  assert.equal(st.notices.answered_on_time,
    count(`SELECT COUNT(*) ${findings} AND f.answered_at IS NOT NULL AND SUBSTR(f.answered_at, 1, 10) <= f.due`));
  assert.equal(st.notices.due, count(`SELECT COUNT(*) ${findings} AND (f.answered_at IS NOT NULL OR f.due <= '${st.as_of}')`));
  assert.ok(st.notices.on_time_rate === null || RATE.test(st.notices.on_time_rate));
  const recovered = count(`SELECT SUM(recovered_fen) FROM monitoring_outcomes WHERE checkpoint_id = ${may} AND kind = 'recover'`);
  assert.ok(recovered > 0);
  assert.equal(st.recovered.recovered_fen, recovered);
  assert.equal(st.recovered.by_department.reduce((n, d) => n + d.recovered_fen, 0), recovered);
  assert.equal(st.recovered.recoveries, count(`SELECT COUNT(*) FROM monitoring_outcomes WHERE checkpoint_id = ${may} AND kind = 'recover'`));
});

test('each reader sees its own scope: viewer all, section its departments, a unit its own', async () => {
  const office = (await as.demo_office.get('/api/v1/monitoring/statistics?year=2026')).body;
  const id = office.checkpoint.id;
  const viewer = (await as.demo_viewer.get(`/api/v1/monitoring/statistics?year=2026&checkpoint_id=${id}`)).body;
  assert.equal(viewer.total.reports, office.total.reports);

  const unitMe = (await as.demo_unit.get('/api/v1/me')).body.user;
  const unit = await as.demo_unit.get('/api/v1/monitoring/statistics?year=2026');
  assert.equal(unit.status, 200, JSON.stringify(unit.body));
  assert.equal(unit.body.checkpoint.id, id);
  const own = counted(id, `r.unit_id = ${unitMe.unit_id}`);
  assert.ok(own.reports > 0, 'the demo unit has reports of its own');
  assert.equal(unit.body.total.reports, own.reports);
  assert.equal(unit.body.total.budget_fen, own.budget);
  assert.deepEqual(unit.body.by_department.map((d) => d.department_id), [unitMe.department_id]);
  assert.equal(unit.body.coverage.projects,
    count(`SELECT COUNT(*) FROM projects WHERE year = 2026 AND unit_id = ${unitMe.unit_id} AND status IN ('approved', 'executing', 'completed')`));

  const deptMe = (await as.demo_department.get('/api/v1/me')).body.user;
  const dept = (await as.demo_department.get(`/api/v1/monitoring/statistics?year=2026&checkpoint_id=${id}`)).body;
  assert.equal(dept.total.reports, counted(id, `r.department_id = ${deptMe.department_id}`).reports);

  const section = (await as.demo_section.get(`/api/v1/monitoring/statistics?year=2026&checkpoint_id=${id}`)).body;
  assert.equal(section.total.reports, counted(id,
    `r.department_id IN (SELECT d.id FROM units d JOIN users u ON u.section_id = d.section_id WHERE u.username = 'demo_section')`).reports);
  assert.ok(section.total.reports < office.total.reports);

  // The county office: the prefecture's checkpoint covers it; it counts its own county's reports.
  const county = (await as.demo_county_office.get(`/api/v1/monitoring/statistics?year=2026&checkpoint_id=${id}`)).body;
  const countyMe = (await as.demo_county_office.get('/api/v1/me')).body.user;
  assert.equal(county.total.reports, counted(id, `r.region_id = ${countyMe.region_id}`).reports);
});

test('a checkpoint the caller does not see is 404; bad input names its field', async () => {
  const countyMe = (await as.demo_county_office.get('/api/v1/me')).body.user;
  const other = (await as.demo_office.get('/api/v1/regions')).body.items
    .find((r) => r.level === 'county' && r.id !== countyMe.region_id);
  const officeMe = (await as.demo_office.get('/api/v1/me')).body.user;
  server.db.query(`INSERT INTO checkpoints (region_id, year, name, as_of, due, status, created_by, created_at)
    VALUES (${other.id}, 2026, '邻县统计节点', '2026-07-31', '2026-08-20', 'open', ${officeMe.id}, '2026-01-01T00:00:00Z')`);
  const foreign = Number(server.db.query("SELECT id FROM checkpoints WHERE name = '邻县统计节点'"));
  for (const who of ['demo_county_office', 'demo_unit']) {
    const res = await as[who].get(`/api/v1/monitoring/statistics?year=2026&checkpoint_id=${foreign}`);
    assert.equal(res.status, 404, `${who}: ${JSON.stringify(res.body)}`);
  }
  // The prefecture's office sees the county's checkpoint below it: empty, every rate "—".
  const below = (await as.demo_office.get(`/api/v1/monitoring/statistics?year=2026&checkpoint_id=${foreign}`)).body;
  assert.equal(below.total.reports, 0);
  assert.equal(below.total.execution_rate, null);
  assert.equal(below.notices.on_time_rate, null);

  const noYear = await as.demo_office.get('/api/v1/monitoring/statistics');
  assert.equal(noYear.status, 400);
  assert.match(JSON.stringify(noYear.body), /year/);
  const wrongYear = await as.demo_office.get(`/api/v1/monitoring/statistics?year=2025&checkpoint_id=${foreign}`);
  assert.equal(wrongYear.status, 400);
  assert.match(JSON.stringify(wrongYear.body), /checkpoint_id/);
  // A year with no opened checkpoint: no checkpoint and nothing counted.
  const empty = (await as.demo_office.get('/api/v1/monitoring/statistics?year=2031')).body;
  assert.equal(empty.checkpoint, null);
  assert.equal(empty.total.reports, 0);
});
