// 绩效管理工作考核 over HTTP (R-AP-1): the prefecture's scorecards of its departments and counties
// against counts of the demo's rows, each point's rows adding up to its numerator and
// denominator, weights that do not add up to 100 refused naming `weights` with nothing changed,
// the appraisal issued with its notice by the office alone, and each caller kept to its scope.
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
const hundredths = (s) => Math.round(Number(s) * 100);

async function scorecard(client, subject, year = 2025) {
  const res = await client.get(`/api/v1/appraisals/scorecard?year=${year}&subject=${subject}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

async function allRows(client, subject, subjectId, item, year = 2025) {
  const rows = [];
  let page;
  for (let offset = 0; ; offset += 500) {
    const res = await client.get(`/api/v1/appraisals/scorecard/rows?year=${year}&subject=${subject}` +
      `&subject_id=${subjectId}&item=${item}&limit=500&offset=${offset}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    page = res.body;
    rows.push(...page.items);
    if (!page.more) break;
  }
  return { ...page, items: rows };
}

test('the departments\' target coverage is counted from the projects and their approved targets', async () => {
  const card = await scorecard(as.demo_office, 'department');
  const region = card.region_id;
  assert.equal(card.region_name, '云岭州');
  const departments = count(`SELECT COUNT(*) FROM units WHERE kind = 'department' AND region_id = ${region}`);
  assert.equal(card.rows.length, departments);
  const codes = card.items.map((i) => i.code);
  assert.equal(card.items.reduce((s, i) => s + hundredths(i.weight), 0), 10000);
  const k = codes.indexOf('target_count');
  for (const row of card.rows) {
    const declared = `FROM projects p WHERE p.year = 2025 AND p.region_id = ${region} AND p.department_id = ${row.subject_id} ` +
      `AND p.status IN ('declared', 'approved', 'executing', 'completed')`;
    const item = row.items[k];
    assert.equal(item.denominator, count(`SELECT COUNT(*) ${declared}`), row.name);
    assert.equal(item.numerator, count(`SELECT COUNT(*) ${declared} AND EXISTS (SELECT 1 FROM targets t ` +
      `WHERE t.project_id = p.id AND t.kind = 'project' AND t.status = 'approved')`), row.name);
    // The total is the sum of the rounded items; a rate shows two decimals or "—" (R-MON-2).
    if (row.total !== null) {
      const sum = row.items.reduce((s, i) => s + (i.points === null ? 0 : hundredths(i.points)), 0);
      assert.equal(hundredths(row.total), sum, row.name);
    }
    for (const i of row.items) {
      if (i.denominator === 0) { assert.equal(i.rate, '—'); assert.equal(i.points, null); }
      else assert.match(i.rate, RATE);
    }
  }
  // The disclosure rate (R-DI-1): items published ÷ items due (their date come, or published).
  const d = codes.indexOf('disclosure');
  assert.equal(card.items[d].has_source, true);
  const today = new Date().toISOString().slice(0, 10);
  for (const row of card.rows) {
    const due = `FROM disclosures x WHERE x.year = 2025 AND x.region_id = ${region} AND x.department_id = ${row.subject_id} ` +
      `AND (x.status = 'published' OR x.due <= '${today}')`;
    assert.equal(row.items[d].denominator, count(`SELECT COUNT(*) ${due}`), row.name);
    assert.equal(row.items[d].numerator, count(`SELECT COUNT(*) ${due} AND x.status = 'published'`), row.name);
  }
  assert.ok(card.rows.some((r) => r.items[d].denominator > 0), 'the demo published its year closed');
  assert.match(card.not_applicable_rule, /折算为 100 分/);
  // Ranks: the best total first, ties share a rank.
  const ranked = card.rows.filter((r) => r.total !== null);
  for (const r of ranked) {
    assert.equal(r.rank, 1 + ranked.filter((o) => hundredths(o.total) > hundredths(r.total)).length);
  }
});

test('each point\'s rows add up to its numerator and denominator', async () => {
  for (const subject of ['department', 'region']) {
    const card = await scorecard(as.demo_office, subject);
    for (const [k, item] of card.items.entries()) {
      if (!item.has_source) continue;
      // The first subject the item applies to, and one it does not.
      const row = card.rows.find((r) => r.items[k].denominator > 0);
      if (!row) continue;
      const rows = await allRows(as.demo_office, subject, row.subject_id, item.code);
      assert.equal(rows.numerator, row.items[k].numerator, `${subject} ${item.code} ${row.name}`);
      assert.equal(rows.denominator, row.items[k].denominator, `${subject} ${item.code} ${row.name}`);
      const counted = rows.items.filter((r) => r.counted);
      if (item.money) {
        assert.equal(rows.items.reduce((s, r) => s + r.amount_fen, 0), rows.denominator);
        assert.equal(counted.reduce((s, r) => s + r.amount_fen, 0), rows.numerator);
      } else {
        assert.equal(rows.items.length, rows.denominator);
        assert.equal(counted.length, rows.numerator);
      }
      for (const r of rows.items) assert.ok(r.status_label && !/^[a-z_]+$/.test(r.status_label), r.status_label);
    }
  }
  // The counties: the rows of a county's tree, its own departments included.
  const regions = await scorecard(as.demo_office, 'region');
  assert.deepEqual(regions.rows.map((r) => r.name).sort(), ['云溪县', '松岚县', '苍岭县'].sort());
  const yunxi = regions.rows.find((r) => r.name === '云溪县');
  const k = regions.items.findIndex((i) => i.code === 'self_evaluation_count');
  assert.equal(yunxi.items[k].denominator,
    count(`SELECT COUNT(*) FROM self_evaluations WHERE year = 2025 AND region_id = ${yunxi.subject_id}`));
});

test('weights not adding up to 100 are refused naming weights, and nothing changes', async () => {
  const before = (await as.demo_office.get('/api/v1/appraisals/weights?year=2024')).body;
  assert.equal(before.items.reduce((s, i) => s + hundredths(i.weight), 0), 10000);
  const weights = Object.fromEntries(before.items.map((i) => [i.code, Number(i.weight)]));
  weights.target_count -= 5;
  const bad = await as.demo_office.put('/api/v1/appraisals/weights?year=2024', { weights });
  assert.equal(bad.status, 400, JSON.stringify(bad.body));
  assert.equal(bad.body.field, 'weights');
  assert.match(bad.body.detail, /100/);
  assert.deepEqual((await as.demo_office.get('/api/v1/appraisals/weights?year=2024')).body, before);
  // The same through the rules page: R-AP-1's sheet is checked alike.
  const sheet = before.items.map((i) => ({ key: i.code, label: i.label, max: weights[i.code] }));
  const viaRules = await as.demo_office.put('/api/v1/rules/R-AP-1?year=2024',
    { params: { sheet, not_applicable: 'rescale' } });
  assert.equal(viaRules.status, 400, JSON.stringify(viaRules.body));
  assert.equal(viaRules.body.field, 'params.sheet');
  assert.deepEqual((await as.demo_office.get('/api/v1/appraisals/weights?year=2024')).body, before);
  // Adding up to 100 again, moved from one item to another: taken, and the scorecard follows.
  weights.disclosure += 5;
  const good = await as.demo_office.put('/api/v1/appraisals/weights?year=2024', { weights });
  assert.equal(good.status, 200, JSON.stringify(good.body));
  assert.equal(good.body.items.find((i) => i.code === 'disclosure').weight, '15.00');
  assert.equal(good.body.set_by_region_name, '云岭州');
  const card = await scorecard(as.demo_office, 'department', 2024);
  assert.equal(card.items.find((i) => i.code === 'target_count').weight, '5.00');
  // The rules page reads the same sheet, each item under its label.
  const rule = (await as.demo_office.get('/api/v1/rules?year=2024')).body.items.find((r) => r.id === 'R-AP-1');
  assert.deepEqual(rule.params.sheet.find((r) => r.key === 'disclosure'), { key: 'disclosure', label: '信息公开率', max: 15 });
  // A half point is kept exactly.
  weights.disclosure -= 0.5;
  weights.target_count += 0.5;
  assert.equal((await as.demo_office.put('/api/v1/appraisals/weights?year=2024', { weights })).body.items
    .find((i) => i.code === 'target_count').weight, '5.50');
  // Only the office sets them.
  assert.equal((await as.demo_department.put('/api/v1/appraisals/weights?year=2024', { weights })).status, 403);
});

test('the office issues an appraisal with its notice; a department cannot', async () => {
  const list = (await as.demo_office.get('/api/v1/appraisals?year=2025')).body.items;
  const issued = list.find((a) => a.subject === 'department');
  assert.equal(issued.status, 'issued');
  assert.match(issued.document_number, /^云岭州财绩考〔2025〕\d+号$/);
  assert.equal(issued.scores.rows.length > 0, true);
  const doc = await as.demo_office.get(`/api/v1/documents/${issued.document_id}`);
  assert.equal(doc.status, 200);
  assert.equal(doc.body.kind, 'appraisal_notice');
  // A second appraisal of the same subject and year is refused.
  assert.equal((await as.demo_office.post('/api/v1/appraisals', { year: 2025, subject: 'department' })).status, 409);

  const regions = list.find((a) => a.subject === 'region');
  assert.equal(regions.status, 'computed');
  assert.deepEqual(regions.actions.map((a) => a.name), ['compute', 'issue']);
  // A department may neither create nor issue.
  assert.equal((await as.demo_department.post('/api/v1/appraisals', { year: 2024, subject: 'department' })).status, 403);
  const refused = await as.demo_department.post(`/api/v1/appraisals/${regions.id}/issue`, { version: regions.version });
  assert.ok([403, 404].includes(refused.status), String(refused.status));
  assert.equal((await as.demo_office.get(`/api/v1/appraisals/${regions.id}`)).body.status, 'computed');

  const done = await as.demo_office.post(`/api/v1/appraisals/${regions.id}/issue`, { version: regions.version });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.status, 'issued');
  assert.equal(done.body.scores.subject, 'region');
  assert.deepEqual(done.body.actions, []);
  const notice = (await as.demo_office.get(`/api/v1/documents/${done.body.document_id}`)).body;
  assert.match(notice.title, /2025年度下级财政部门预算绩效管理工作考核结果的通报/);
  // Issued: frozen.
  assert.equal((await as.demo_office.post(`/api/v1/appraisals/${regions.id}/compute`, { version: done.body.version })).status, 422);
  // A stale version is a conflict.
  const fresh = await as.demo_office.post('/api/v1/appraisals', { year: 2024, subject: 'region' });
  assert.equal(fresh.status, 201, JSON.stringify(fresh.body));
  assert.equal(fresh.body.status, 'draft');
  assert.equal((await as.demo_office.post(`/api/v1/appraisals/${fresh.body.id}/compute`, { version: 99 })).status, 409);
});

test('a department reads its own row only; the county office its own region; a unit nothing', async () => {
  const own = await scorecard(as.demo_department, 'department');
  assert.equal(own.rows.length, 1);
  assert.equal(own.rows[0].name, '州教育体育局');
  assert.equal((await as.demo_department.get('/api/v1/appraisals/scorecard?year=2025&subject=region')).status, 403);
  const office = await scorecard(as.demo_office, 'department');
  const other = office.rows.find((r) => r.name !== '州教育体育局');
  const item = 'target_count';
  assert.equal((await as.demo_department.get(`/api/v1/appraisals/scorecard/rows?year=2025&subject=department&subject_id=${other.subject_id}&item=${item}`)).status, 404);
  assert.equal((await as.demo_department.get(`/api/v1/appraisals/scorecard/rows?year=2025&subject=department&subject_id=${own.rows[0].subject_id}&item=${item}`)).status, 200);
  assert.equal((await as.demo_department.get('/api/v1/appraisals?year=2025')).status, 403);

  const county = await scorecard(as.demo_county_office, 'department');
  assert.equal(county.region_name, '云溪县');
  for (const r of county.rows) assert.ok(!office.rows.some((o) => o.subject_id === r.subject_id));
  assert.equal((await as.demo_county_office.get(`/api/v1/appraisals/scorecard/rows?year=2025&subject=department&subject_id=${other.subject_id}&item=${item}`)).status, 404);
  assert.deepEqual((await as.demo_county_office.get('/api/v1/appraisals?year=2025')).body.items, []);

  assert.equal((await as.demo_unit.get('/api/v1/appraisals/scorecard?year=2025&subject=department')).status, 403);
  assert.equal((await as.demo_viewer.get('/api/v1/appraisals/scorecard?year=2025&subject=region')).status, 200);
  // Bad input names its field.
  const bad = await as.demo_office.get('/api/v1/appraisals/scorecard?year=2025&subject=unit');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'subject');
  const noSuchItem = await as.demo_office.get(`/api/v1/appraisals/scorecard/rows?year=2025&subject=department&subject_id=${other.subject_id}&item=budget_size`);
  assert.equal(noSuchItem.status, 400);
  assert.equal(noSuchItem.body.field, 'item');
});
