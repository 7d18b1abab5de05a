// The annual report's figures over HTTP (R-RPT-1): the prefecture's work year against counts of
// the demo's rows, the funnel with the previous year beside it, every figure's rows (a page at a
// time and as CSV) adding up to it, and who may read them: the office and viewers (403 for a
// unit, a section, a department, an agency; 404 for a region outside the caller's tree; 400 for
// a bad year, part or cursor; 404 for an unknown figure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, as;
before(async () => {
  server = await startServer();
  as = Object.fromEntries(await Promise.all(
    ['demo_office', 'demo_viewer', 'demo_section', 'demo_department', 'demo_unit', 'demo_agency',
      'demo_county_office'].map(async (u) => [u, await loggedIn(server.base, u)])));
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql) || 0);
const region = () => count("SELECT id FROM regions WHERE code = '539900'");
const under = (id) => `region_id IN (SELECT g.id FROM regions g JOIN regions r ON g.path LIKE r.path || '%' WHERE r.id = ${id})`;

async function figures(client, year = 2026, q = '') {
  const res = await client.get(`/api/v1/annual-reports/figures?year=${year}${q}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

async function allRows(client, code, year, part = '') {
  const items = [];
  let cursor = '';
  let page;
  for (;;) {
    const res = await client.get(`/api/v1/annual-reports/figures/${code}/rows?year=${year}${part}&limit=500` +
      (cursor ? `&cursor=${cursor}` : ''));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    page = res.body;
    items.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return { ...page, items };
}

test('the work year counts each section\'s fiscal year, by level, from the stages\' rows', async () => {
  const set = await figures(as.demo_office);
  assert.equal(set.region_name, '云岭州');
  assert.equal(set.own_label, '州级');
  assert.equal(set.lower_label, '县级');
  const year = Object.fromEntries(set.sections.map((s) => [s.section, s.fiscal_year]));
  assert.equal(year.assessment, 2027);
  assert.equal(year.budget_review, 2027);
  assert.equal(year.targets, 2026);
  assert.equal(year.self_evaluation, 2025);
  const id = set.region_id;
  const f = Object.fromEntries(set.figures.map((x) => [x.code, x]));
  const projects = `FROM projects WHERE year = 2026 AND status IN ('declared', 'approved', 'executing', 'completed')`;
  assert.equal(f['projects.all'].total.count, count(`SELECT COUNT(*) ${projects} AND ${under(id)}`));
  assert.equal(f['projects.all'].total.fen, count(`SELECT SUM(amount_fen) ${projects} AND ${under(id)}`));
  assert.equal(f['projects.all'].own.count, count(`SELECT COUNT(*) ${projects} AND region_id = ${id}`));
  assert.equal(f['projects.all'].total.wan, (f['projects.all'].total.fen / 1e6).toFixed(2));
  assert.equal(f['budget_review.cut'].total.fen,
    count(`SELECT SUM(submitted_fen - approved_fen) FROM budget_reviews WHERE year = 2027 AND status = 'done' AND ${under(id)}`));
  assert.equal(f['self_evaluation.projects'].total.count,
    count(`SELECT COUNT(*) FROM self_evaluations WHERE year = 2025 AND kind = 'project' AND status IN ('submitted', 'consolidated', 'accepted') AND ${under(id)}`));
  for (const x of set.figures) {
    assert.equal(x.total.count, x.own.count + x.lower.count, x.code);
    assert.equal(x.lower.count, x.regions.reduce((s, r) => s + r.amount.count, 0), x.code);
    assert.equal(x.regions.length, 3, x.code);
  }
  const rate = Object.fromEntries(set.rates.map((r) => [r.code, r]));
  const cut = f['budget_review.cut'].total.fen, sub = f['budget_review.submitted'].total.fen;
  assert.equal(rate['budget_review.cut_rate'].total, `${(Math.round((cut * 10000) / sub) / 100).toFixed(2)}%`);
  // A viewer reads the same; an empty year counts nothing, a rate over nothing is "—".
  assert.deepEqual((await figures(as.demo_viewer)).figures, set.figures);
  const empty = await figures(as.demo_office, 2020);
  assert.ok(empty.figures.every((x) => x.total.count === 0));
  assert.ok(empty.rates.every((r) => r.total === '—'));
});

test('every figure\'s rows add up to it, by part, a page at a time and as CSV', async () => {
  const set = await figures(as.demo_office);
  for (const x of set.figures) {
    const parts = [['', x.total], ['&part=own', x.own], ['&part=lower', x.lower],
      ...x.regions.map((r) => [`&part=region&part_region=${r.region_id}`, r.amount])];
    for (const [part, want] of parts) {
      const rows = await allRows(as.demo_office, x.code, x.fiscal_year, part);
      assert.equal(rows.total, want.count, `${x.code}${part}`);
      assert.equal(rows.items.length, want.count, `${x.code}${part}`);
      if (x.money) {
        assert.equal(rows.total_fen, want.fen, `${x.code}${part}`);
        assert.equal(rows.items.reduce((s, r) => s + r.amount_fen, 0), want.fen, `${x.code}${part}`);
      }
    }
  }
  const x = set.figures.find((y) => y.code === 'targets.approved');
  const res = await as.demo_office.get(`/api/v1/annual-reports/figures/targets.approved/rows?year=2026&format=csv`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /text\/csv/);
  const lines = res.body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(lines[0], /^项目编码,名称,主管部门,单位,地区,金额（万元）,状态,说明$/);
  assert.equal(lines.length, x.total.count + 2);  // the header and the total line
  assert.match(lines.at(-1), new RegExp(`^合计 ${x.total.count} 条,,,,,${x.total.wan.replace('.', '\\.')},`));
});

test('the funnel follows one fiscal year\'s cohort, the previous year beside it', async () => {
  const res = await as.demo_office.get('/api/v1/annual-reports/funnel?year=2026');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const fu = res.body;
  assert.equal(fu.fiscal_year, 2026);
  assert.equal(fu.previous_year, 2025);
  assert.equal(fu.steps.length, 11);
  assert.deepEqual(fu.steps.map((s) => s.code).slice(0, 3), ['projects.all', 'targets.projects', 'targets.approved']);
  for (const s of fu.steps) {
    assert.equal(s.fiscal_year, 2026);
    assert.equal(s.previous.fiscal_year, 2025);
  }
  const set = await figures(as.demo_office);
  assert.deepEqual(fu.steps[0].total, set.figures.find((x) => x.code === 'projects.all').total);
  assert.ok(fu.steps[2].total.count <= fu.steps[1].total.count);
  assert.ok(fu.steps[4].total.count <= fu.steps[3].total.count);
});

test('only the office and viewers read the figures, of their own tree', async () => {
  for (const u of ['demo_section', 'demo_department', 'demo_unit', 'demo_agency']) {
    for (const path of ['/api/v1/annual-reports/figures?year=2026', '/api/v1/annual-reports/funnel?year=2026',
      '/api/v1/annual-reports/figures/projects.all/rows?year=2026']) {
      const res = await as[u].get(path);
      assert.equal(res.status, 403, `${u} ${path}`);
    }
  }
  const county = await figures(as.demo_county_office);
  assert.equal(county.own_label, '县级');
  assert.equal(county.has_lower, false);
  assert.notEqual(county.region_id, region());
  const res = await as.demo_county_office.get(`/api/v1/annual-reports/figures?year=2026&region=${region()}`);
  assert.equal(res.status, 404);
  const rows = await as.demo_county_office.get(`/api/v1/annual-reports/figures/projects.all/rows?year=2026&region=${region()}`);
  assert.equal(rows.status, 404);
  // The prefecture's office reads a county's figures: its tree holds it.
  const set = await figures(as.demo_office, 2026, `&region=${county.region_id}`);
  assert.deepEqual(set.figures.map((x) => x.total), county.figures.map((x) => x.total));
});

test('bad input names its field; an unknown figure is not found', async () => {
  const bad = [
    ['/api/v1/annual-reports/figures?year=abc', 'year'],
    ['/api/v1/annual-reports/figures', 'year'],
    ['/api/v1/annual-reports/funnel?year=1900', 'year'],
    ['/api/v1/annual-reports/figures/projects.all/rows?year=2026&part=half', 'part'],
    ['/api/v1/annual-reports/figures/projects.all/rows?year=2026&part=region', 'part_region'],
    [`/api/v1/annual-reports/figures/projects.all/rows?year=2026&part=region&part_region=${region()}`, 'part_region'],
    ['/api/v1/annual-reports/figures/projects.all/rows?year=2026&cursor=zz', 'cursor'],
    ['/api/v1/annual-reports/figures/projects.all/rows?year=2026&format=xls', 'format'],
  ];
  for (const [path, field] of bad) {
    const res = await as.demo_office.get(path);
    assert.equal(res.status, 400, path);
    assert.ok(JSON.stringify(res.body).includes(field), `${path}: ${JSON.stringify(res.body)}`);
  }
  const res = await as.demo_office.get('/api/v1/annual-reports/figures/nope/rows?year=2026');
  assert.equal(res.status, 404);
});
